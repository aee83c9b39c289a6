"""Start the desktop app: open the database (ingesting the shipped seeds on first run) and show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from orgtracker import __version__, paths

from .errors import ExceptionReporter, write_to_log
from .settings import APPLICATION, ORGANISATION
from .source import ChartSource


def make_application() -> QApplication:
    """The QApplication with the app's names, icon and stylesheet (reused when one exists, as in tests)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    icon = paths.resource_dir() / "icon.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = paths.resource_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def tell_user(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def open_source(path: Path, parent: QWidget | None) -> ChartSource | None:
    """Open a database, ingesting the shipped seeds when it is empty; None (after one message) when it cannot be."""
    try:
        source = ChartSource.open(path)
        if source.is_empty():
            ingest_seeds(source, parent)
        return source
    except Exception as exc:  # a corrupt, foreign, newer or unreadable file: one message, the file untouched
        write_to_log(type(exc), exc, exc.__traceback__)
        tell_user(parent, "Cannot open database", f"{path}: {exc}")
        return None


def ingest_seeds(source: ChartSource, parent: QWidget | None) -> None:
    """Ingest the shipped articles, with a progress dialog if it takes over a second."""
    from orgtracker.ingest import ingest

    seeds = sorted(p for p in paths.seeds_dir().glob("*.txt"))
    dialog = QProgressDialog("Reading the shipped articles…", "", 0, len(seeds), parent)
    dialog.setWindowTitle("orgtracker: first run")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(1000)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)

    def step(done: int, total: int, _path: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        report = ingest(source.store, seeds, progress=step)
    finally:
        dialog.setValue(dialog.maximum())
        dialog.close()
    source.reload()
    if report.failed:
        tell_user(parent, "Some articles could not be read", "\n".join(report.summary()))


def main(db_path: str | Path | None = None) -> int:
    """Run the app until its window closes; 0 on a normal exit, 1 when the database cannot be opened."""
    app = make_application()
    reporter = ExceptionReporter().install()
    try:
        path = Path(db_path).expanduser() if db_path else paths.default_db()
        source = open_source(path, None)
        if source is None:
            return 1
        from .main_window import MainWindow, remembered_date

        window = MainWindow(source, at=remembered_date())
        window.show()
        app.exec()
        source.close()
        return 0
    finally:
        reporter.uninstall()
