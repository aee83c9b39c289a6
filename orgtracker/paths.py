"""Where the shipped resources and seeds are, and where user data goes."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "orgtracker"


def resource_dir() -> Path:
    return Path(str(resources.files("orgtracker.resources")))


def seeds_dir() -> Path:
    return Path(str(resources.files("orgtracker.seeds")))


def data_dir() -> Path:
    """The user's data directory (ORGTRACKER_HOME overrides it, for tests and scripts)."""
    override = os.environ.get("ORGTRACKER_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> Path:
    return data_dir() / "orgtracker.sqlite"


def log_file() -> Path:
    return data_dir() / "orgtracker.log"
