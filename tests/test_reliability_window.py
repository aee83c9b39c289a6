"""In the window, errors are message boxes or status messages: an exception in a slot is logged and shown once,
a full disk during an edit is one message, and the app keeps running."""

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from orgtracker import paths
from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence
from orgtracker.edits import commands as C
from orgtracker.extract.reconcile import reconcile
from orgtracker.store import engine, open_store
from orgtracker.ui import errors
from orgtracker.ui.main_window import MainWindow
from orgtracker.ui.source import ChartSource

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TEXT = "Acme hired Ann Lee as CTO in 2020. Ann Lee reports to Bo Chan."


def seed(path):
    with open_store(path) as store:
        claims = [Claim(ClaimKind.JOIN, "Ann Lee", "Acme", "CTO", None, FuzzyDate.year(2020), None,
                        (Evidence("a.txt", 0, 34, TEXT[:34]),), 0.9),
                  Claim(ClaimKind.REPORTS_TO, "Ann Lee", None, None, "Bo Chan", None, FuzzyDate.year(2021),
                        (Evidence("a.txt", 35, len(TEXT), TEXT[35:]),), 0.9)]
        store.add_document("a.txt", "A", None, "sum-a", TEXT, claims)
        store.sync_drafts(reconcile(store.live_claims(), {}))


def open_window(qtbot, db):
    win = MainWindow(ChartSource.open(db), at=date(2021, 6, 1))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    return win


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "w.sqlite"
    seed(db)
    win = open_window(qtbot, db)
    yield win
    win.close()
    win.source.close()


def ann(win):
    return next(i for i, p in win.source.facts.people.items() if p.name == "Ann Lee")


@pytest.mark.qt_no_exception_capture  # the app's own hook must see the exception, not pytest-qt's
def test_an_exception_in_a_slot_is_logged_shown_once_and_the_app_keeps_running(window, qtbot, monkeypatch):
    shown = []
    reporter = errors.ExceptionReporter(show=shown.append).install()
    try:
        def broken(*_args):
            raise RuntimeError("details exploded")

        monkeypatch.setattr(window.details, "show_person", broken)
        for _ in range(3):  # the same fault again and again: one message, every one logged
            window.chart.personClicked.emit(ann(window))
            qtbot.wait(10)
    finally:
        reporter.uninstall()
    assert shown == ["RuntimeError: details exploded"]
    log = paths.log_file().read_text(encoding="utf-8")
    assert log.count("RuntimeError: details exploded") == 3 and "Traceback" in log
    monkeypatch.undo()
    window.go_to(date(2020, 6, 1))  # still alive and drawing
    window.chart.personClicked.emit(ann(window))
    assert any(lab.text() == "Ann Lee" for lab in window.details.findChildren(QLabel))
    assert window.isVisible()


@pytest.mark.qt_no_exception_capture
def test_the_unexpected_error_box_is_plain_text_and_names_the_log(window, qtbot):
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.textFormat(), box.text()))
            box.accept()

    QTimer.singleShot(100, close_box)
    errors.show_in_message_box('ValueError: <img src="x"> bad')
    (fmt, text), = seen
    assert fmt.name == "PlainText" and '<img src="x">' in text and str(paths.log_file()) in text
    assert "Traceback" not in text


@pytest.fixture
def full_disk(monkeypatch):
    original = engine._on_connect

    def no_room(dbapi_conn, record):
        original(dbapi_conn, record)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(engine, "_on_connect", no_room)


def test_a_full_disk_during_edits_is_one_message_and_nothing_is_lost(qtbot, tmp_path, full_disk):
    db = tmp_path / "w.sqlite"
    seed(db)
    win = open_window(qtbot, db)
    try:
        messages = []
        win.editing.report = messages.append
        made = 0
        for i in range(300):  # fill the last free pages, then one edit more
            if not win.editing.run(C.AddPerson(f"Person {i} " + "x" * 250)):
                break
            made += 1
        assert messages and "disk is full" in messages[0] and "\n" not in messages[0]
        assert len(messages) == 1
        people = win.source.store.load_facts().people
        assert sum(p.name.startswith("Person ") for p in people.values()) == made  # every edit made is kept
        assert {"Ann Lee", "Bo Chan"} <= {p.name for p in people.values()}
        assert win.undo_stack.count() == made
    finally:
        win.close()
        win.source.close()
