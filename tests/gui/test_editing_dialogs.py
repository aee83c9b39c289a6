"""Editing dialogs on a small real store: merge keeps both evidences, Add articles opens the review queue, menus."""

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from edits_world import ingest_toy, toy_extractor, write_articles  # noqa: E402

from orgtracker.domain.facts import Status  # noqa: E402
from orgtracker.ingest import ingest  # noqa: E402
from orgtracker.store import open_store  # noqa: E402
from orgtracker.ui import edit_dialogs as D  # noqa: E402
from orgtracker.ui.main_window import MainWindow  # noqa: E402
from orgtracker.ui.source import ChartSource  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "toy.sqlite"
    with open_store(db) as store:
        ingest_toy(store, write_articles(tmp_path / "docs"))
    source = ChartSource.open(db)
    win = MainWindow(source)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.go_to(date(2025, 11, 20))
    yield win
    win.close()
    source.close()


def pid(win, name):
    (found,) = [i for i, p in win.source.facts.people.items() if p.name == name]
    return found


def quotes_of(facts, person_id):
    return {e.quote for f in facts.live_tenures() + facts.live_lines() if f.person_id == person_id for e in f.evidence}


def test_merge_two_people_from_the_ui_keeps_both_evidences(window, qtbot):
    yann, yan = pid(window, "Yann LeCun"), pid(window, "Yan LeCun")
    facts = window.source.facts
    expected = quotes_of(facts, yann) | quotes_of(facts, yan)
    assert any("Yan LeCun" in q for q in expected) and any("Yann LeCun" in q for q in expected)

    def answer(dialog):
        assert isinstance(dialog, D.MergeDialog)
        assert dialog.keep.value() == yann  # the selected card
        qtbot.keyClicks(dialog.gone.lineEdit(), "Yan LeCun")
        return True

    window.select_person(yann)
    window.editing.exec_dialog = answer
    window.editing.merge_people_action.trigger()
    assert window.editing.last_message is None, window.editing.last_message
    merged = window.source.facts
    assert yan not in merged.people and quotes_of(merged, yann) == expected
    window.undo_action.trigger()
    assert yan in window.source.facts.people
    assert window.statusBar().currentMessage().startswith("Undone: ")
    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Done again: ")


def test_add_pasted_article_opens_the_review_queue_on_it(window, qtbot, monkeypatch):
    import orgtracker.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "ingest",
                        lambda store, paths, **kw: ingest(store, paths, published=kw.get("published"),
                                                          progress=kw.get("progress"), extractor=toy_extractor))

    def answer(dialog):
        dialog.tabs.setCurrentIndex(1)
        dialog.title_edit.setText("A move")
        dialog.text_edit.setPlainText("Grace Hopper joined Cohere in 2025-09. <b>Bold</b> claims stay plain.")
        return True

    window.editing.exec_dialog = answer
    window.editing.add_articles_action.trigger()
    panel = window.editing.review
    assert window.editing.review_dock.isVisible()
    assert [i.words for i in panel.items] == ["Grace Hopper joined Cohere"]
    assert panel.sentence.toPlainText() == "Grace Hopper joined Cohere in 2025-09."
    assert panel.highlighted_text() == ["Grace Hopper", "Cohere"]
    assert "Grace Hopper" in {p.name for p in window.source.facts.people.values()}


def test_review_accept_and_undo(window, qtbot):
    window.editing.show_review(which="all")
    panel = window.editing.review
    item = panel.current()
    panel.decide_current(Status.ACCEPTED)
    store = window.source.store
    assert {c.id: c.status for c in store.claims()}[item.claim_id] is Status.ACCEPTED
    window.undo_action.trigger()
    assert {c.id: c.status for c in store.claims()}[item.claim_id] is Status.PROPOSED


def test_manager_at_another_organisation_asks_and_can_move_the_person(window, qtbot):
    lecun, pineau = pid(window, "Yann LeCun"), pid(window, "Joelle Pineau")
    window.go_to(date(2025, 12, 1))
    seen = []

    def answer(dialog):
        seen.append(dialog)
        assert isinstance(dialog, D.MoveDialog) and dialog.move.isChecked()
        dialog.job.setText("Chief Scientist")
        return True

    window.editing.exec_dialog = answer
    window.chart.personDropped.emit(lecun, pineau)
    assert seen and window.editing.last_message is None, window.editing.last_message
    places = window.snapshot.placements_of(lecun)
    assert [(p.org, p.title) for p in places] == [("Cohere", "Chief Scientist")]
    assert window.snapshot.manager_of(lecun).manager_id == pineau
    window.undo_action.trigger()  # one step for the move and the new manager
    assert {p.org for p in window.snapshot.placements_of(lecun)} == {"Meta"}


def test_card_menu_and_every_edit_dialog_builds(window):
    lecun = pid(window, "Yann LeCun")
    menu = window.editing.card_menu(lecun, None)
    assert "Set manager…" in [a.text() for a in menu.actions()]
    facts, at = window.source.facts, date(2025, 11, 20)
    for dialog in (D.SetManagerDialog(facts, at, window, lecun), D.EndLineDialog(facts, at, window, lecun),
                   D.LineKindDialog(facts, at, window, lecun), D.TenureDialog(facts, at, window, lecun),
                   D.EndTenureDialog(facts, at, window, lecun), D.NameDialog(facts, at, window, "org"),
                   D.OrgParentDialog(facts, at, window), D.MergeDialog(facts, at, window),
                   D.DeleteFactDialog(facts, at, window, lecun)):
        assert dialog.windowTitle()
        dialog.deleteLater()


def test_a_dialog_with_a_missing_field_says_so(window, qtbot):
    dialog = D.SetManagerDialog(window.source.facts, date(2025, 11, 20), window)
    dialog._accept()
    assert "Pick the person" in dialog.message.text() and dialog.result() == 0


def test_right_click_on_a_card_selects_it(window, qtbot):
    """A right-click opened the card's menu but left the selection and the details on whoever was clicked
    before: the menu's edits were about someone the panel did not show."""
    from PySide6.QtCore import QPoint

    lecun, pineau = pid(window, "Yann LeCun"), pid(window, "Joelle Pineau")
    window.select_person(pineau)
    menu = window.editing.card_menu(lecun, QPoint(10, 10))
    assert window.selected == lecun and window.details.person_id == lecun
    menu.close()
