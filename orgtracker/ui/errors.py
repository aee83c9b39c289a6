"""Unexpected exceptions in the window: written to the log file, shown once, and the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime

from orgtracker import paths

log = logging.getLogger("orgtracker")


def write_to_log(exc_type, exc, tb) -> str:
    """Append the traceback to the log file; return the one-line summary shown to the user."""
    summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        with open(paths.log_file(), "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError as err:  # a full or read-only disk must not turn one error into two
        print(f"orgtracker: could not write the log file: {err}", file=sys.stderr)
    return summary


def show_in_message_box(summary: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("orgtracker: unexpected error")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"Something went wrong; the app keeps running.\n\n{summary}\n\nDetails: {paths.log_file()}")
    box.exec()


class ExceptionReporter:
    """A sys.excepthook: logs every exception and shows each distinct one once, never two boxes at once."""

    def __init__(self, show: Callable[[str], None] = show_in_message_box):
        self.show = show
        self.shown: set[str] = set()
        self._showing = False
        self._previous = None

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        summary = write_to_log(exc_type, exc, tb)
        if summary in self.shown or self._showing:
            return
        self.shown.add(summary)
        self._showing = True
        try:
            self.show(summary)
        finally:
            self._showing = False

    def install(self) -> "ExceptionReporter":
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous or sys.__excepthook__
