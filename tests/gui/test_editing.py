"""Editing in the window on the shipped seeds: drag to reparent and undo, the review queue, a new user's first fixes."""

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from orgtracker import paths
from orgtracker.domain.facts import Status
from orgtracker.ingest import ingest
from orgtracker.store import open_store
from orgtracker.ui import app as app_module
from orgtracker.ui.export_dialog import ExportDialog
from orgtracker.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory):
    db = tmp_path_factory.mktemp("seeded-edit") / "seeds.sqlite"
    with open_store(db) as store:
        ingest(store, sorted(paths.seeds_dir().glob("*.txt")))
    return db


@pytest.fixture
def window(qtbot, seeded_template, tmp_path):
    db = tmp_path / "seeds.sqlite"
    shutil.copy(seeded_template, db)
    source = app_module.open_source(db, None)
    win = MainWindow(source)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    yield win
    win.close()
    source.close()


def person(win, name):
    (pid,) = [i for i, p in win.source.facts.people.items() if p.name == name]
    return pid


def org(win, name):
    (oid,) = [i for i, o in win.source.facts.orgs.items() if o.name == name]
    return oid


def chart_manager(win, pid):
    edge = win.chart.snapshot.manager_of(pid)
    return edge.manager_id if edge else None


def test_drag_lecun_onto_zuckerberg_then_ctrl_z(window, qtbot):
    window.go_to(date(2025, 12, 1))
    lecun, wang, zuck = person(window, "Yann LeCun"), person(window, "Alexandr Wang"), person(window, "Mark Zuckerberg")
    assert chart_manager(window, lecun) == wang
    window.chart.personDropped.emit(lecun, zuck)
    assert window.editing.last_message is None
    assert chart_manager(window, lecun) == zuck  # the chart shows it
    assert window.current_date() == date(2025, 12, 1)
    assert "Yann LeCun reports to Mark Zuckerberg" in window.undo_stack.undoText()
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chart_manager(window, lecun) == wang
    qtbot.keyClick(window.chart, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert chart_manager(window, lecun) == zuck


def test_refused_drag_changes_nothing(window):
    window.go_to(date(2025, 12, 1))
    lecun, wang = person(window, "Yann LeCun"), person(window, "Alexandr Wang")
    before = window.source.store.load_facts()
    window.editing.report = lambda message: setattr(window.editing, "last_message", message)
    window.chart.personDropped.emit(wang, lecun)  # Wang under his own report: a cycle
    assert "cycle" in window.editing.last_message
    assert window.source.store.load_facts() == before and window.undo_stack.count() == 0


def test_reject_a_claim_in_the_review_queue_and_reingest(window, qtbot):
    editing = window.editing
    editing.show_review(which="unreviewed")
    panel = editing.review
    assert panel.items, "the seeds bring claims to review"
    first = panel.current()
    assert panel.sentence.toPlainText() == first.sentence and panel.highlighted_text()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_R)
    store = window.source.store
    status = {c.id: c.status for c in store.claims()}
    assert status[first.claim_id] is Status.REJECTED
    assert all(i.claim_id != first.claim_id for i in panel.items)
    ingest(store, sorted(paths.seeds_dir().glob("*.txt")))
    window.reload()
    assert {c.id: c.status for c in store.claims()}[first.claim_id] is Status.REJECTED
    qtbot.keyClick(panel.list, Qt.Key.Key_J)
    assert panel.list.currentRow() == 1 or len(panel.items) == 1


def test_reject_several_claims_then_a_whole_document_and_undo(window, qtbot):
    editing = window.editing
    editing.show_review(which="all")
    panel, store = editing.review, window.source.store
    before = {c.id: c.status for c in store.claims()}
    panel.list.setCurrentRow(0)
    panel.list.item(1).setSelected(True)
    picked = panel.selected_ids()
    assert len(picked) == 2
    panel.reject_button.click()
    assert all(c.status is Status.REJECTED for c in store.claims() if c.id in picked)
    assert sum(c.status is Status.REJECTED for c in store.claims()) == 2
    window.undo_stack.undo()
    assert {c.id: c.status for c in store.claims()} == before

    doc = panel.current().document_id
    people_before = {p.person for p in window.snapshot.placements}
    panel.reject_document_button.click()
    claims = store.claims()
    assert all(c.status is Status.REJECTED for c in claims if c.document_id == doc)
    assert all(c.status is before[c.id] for c in claims if c.document_id != doc)
    window.undo_stack.undo()
    assert {c.id: c.status for c in store.claims()} == before
    assert {p.person for p in window.snapshot.placements} == people_before


def test_new_user_adds_a_manager_names_the_startup_and_exports(window, qtbot, monkeypatch, tmp_path):
    editing = window.editing

    def set_wang_manager(dialog):
        qtbot.keyClicks(dialog.person.lineEdit(), "Alexandr W")
        qtbot.keyClicks(dialog.manager.lineEdit(), "Zuckerberg")
        dialog.start.edit.setDate(dialog.start.edit.date().fromString("2025-06-01", "yyyy-MM-dd"))
        dialog.start.precision.setCurrentIndex(dialog.start.precision.findText("month"))
        return True

    editing.exec_dialog = set_wang_manager
    window.go_to(date(2025, 12, 1))
    assert editing.set_manager_action.isEnabled()
    editing.set_manager_action.trigger()
    assert editing.last_message is None, editing.last_message
    wang, zuck = person(window, "Alexandr Wang"), person(window, "Mark Zuckerberg")
    assert chart_manager(window, wang) == zuck
    line = next(r for r in window.source.facts.lines if r.person_id == wang and r.manager_id == zuck)
    assert line.start.iso == "2025-06" and line.start.precision.value == "month" and line.edit_id

    startup = org(window, "Yann LeCun's startup")

    def name_it(dialog):
        dialog.entity.set_value(startup)
        qtbot.keyClicks(dialog.name, "Advanced Machine Intelligence")
        return True

    editing.exec_dialog = name_it
    editing.rename_org_action.trigger()
    assert window.source.facts.orgs[startup].name == "Advanced Machine Intelligence"

    window.go_to(date(2026, 2, 1))
    assert "Advanced Machine Intelligence" in {p.org for p in window.snapshot.placements}
    target = tmp_path / "corrected.png"

    def answer(dialog):
        dialog.path_edit.setText(str(target))
        return 1

    monkeypatch.setattr(ExportDialog, "exec", answer)
    with qtbot.waitSignal(window.exported, timeout=10000):
        window.export_action.trigger()
    assert QImage(str(target)).width() > 0
    history = editing.history.summaries()
    assert any("Renamed organisation" in s for s in history) and any("Alexandr Wang reports to" in s for s in history)


def test_the_review_queue_opened_from_the_view_menu_lists_the_claims(window, qtbot):
    editing = window.editing
    assert not editing.review_dock.isVisible()
    editing.review_action.trigger()  # View > Review queue, as a user opens it
    qtbot.waitUntil(lambda: editing.review_dock.isVisible())
    assert editing.review.list.count() > 0 and editing.review.count.text()
