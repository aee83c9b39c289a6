"""Where the window keeps what it remembers (geometry, docks, the last date): QSettings of "orgtracker"."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QSettings

ORGANISATION = "orgtracker"
APPLICATION = "orgtracker"


def app_settings() -> QSettings:
    """The app's settings; kept in ORGTRACKER_HOME when it is set, so tests never touch the user's."""
    home = os.environ.get("ORGTRACKER_HOME")
    if home:
        return QSettings(os.path.join(home, "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def read_date(settings: QSettings, key: str) -> date | None:
    value = settings.value(key)
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None
