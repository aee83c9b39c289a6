"""The main window over a small in-memory world and a recording chart (no store or renderer needed)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui_helpers import DOCS, world

ZUCK, WANG, LECUN, PINEAU, ZHAO = 1, 2, 3, 4, 5

# What the offscreen platform cannot do (size hints, raising, grabbing the keyboard for a popup): not faults.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_opens_on_the_latest_change_date(make_window):
    win = make_window()
    assert win.current_date() == win.source.dates[-1]
    assert win.chart.snapshot.at == win.current_date()
    assert win.undo_stack.count() == 0
    assert "people in" in win.status_people.text()


def test_slider_date_puts_cards_under_the_right_manager(make_window, qtbot):
    win = make_window()
    with qtbot.waitSignal(win.dateShown):
        win.timeline.slider.setValue(win.timeline.scale.position(date(2025, 11, 20)))
    orgs, manager = win.chart.card_of(LECUN)
    assert orgs == ["Meta"] and manager == WANG
    win.go_to(date(2026, 2, 1))
    orgs, manager = win.chart.card_of(LECUN)
    assert orgs == ["LeCun's startup"] and manager is None


def test_arrow_keys_step_exactly_between_change_dates(make_window, qtbot):
    win = make_window(at=date(2025, 11, 20))
    dates = win.source.dates
    with qtbot.waitSignal(win.dateShown) as shown:
        qtbot.keyClick(win, Qt.Key.Key_Right)
    assert shown.args[0] in dates and shown.args[0] > date(2025, 11, 20)
    assert win.current_date() == min(d for d in dates if d > date(2025, 11, 20))
    qtbot.keyClick(win, Qt.Key.Key_Left)
    before = [d for d in dates if d < date(2025, 11, 20)]
    assert win.current_date() == before[-1]
    qtbot.keyClick(win, Qt.Key.Key_Left)
    assert win.current_date() == before[-2]
    assert win.chart.snapshot.at == win.current_date()


def test_step_lists_what_changed(make_window, qtbot):
    win = make_window(at=date(2025, 7, 1))
    win.go_to(date(2025, 9, 1))
    lines = [win.timeline.changes.item(i).text() for i in range(win.timeline.changes.count())]
    assert any("Joelle Pineau" in line and "Cohere" in line for line in lines), lines


def test_space_plays_to_the_end(make_window, qtbot):
    win = make_window(at=date(2025, 7, 1))
    win.timeline.timer.setInterval(10)
    with qtbot.waitSignal(win.timeline.playingChanged, timeout=5000, check_params_cb=lambda p: not p):
        qtbot.keyClick(win, Qt.Key.Key_Space)
    assert win.current_date() == win.source.dates[-1]
    assert win.chart.snapshot.at == win.source.dates[-1]


def test_find_centres_and_highlights_the_chain(make_window, qtbot):
    win = make_window(at=date(2025, 11, 20))
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.find_bar.field.hasFocus() or not win.isActiveWindow()
    qtbot.keyClicks(win.find_bar.field, "zhao")
    qtbot.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    assert win.chart.centred == ZHAO
    assert win.chart.highlighted == [ZHAO, WANG, ZUCK]
    assert win.focusWidget() is not win.find_bar.field  # Ctrl+Z now undoes an edit, not the typing
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert win.chart.highlighted == [] and win.selected is None


def test_find_someone_not_on_the_chart_says_so(make_window):
    win = make_window(at=date(2014, 6, 1))
    win.find_bar.search("Pineau")
    assert win.chart.centred is None
    assert "not on the chart" in win.statusBar().currentMessage()


def test_clicking_a_card_shows_quotes_from_its_documents(make_window, qtbot):
    win = make_window(at=date(2025, 11, 20))
    win.chart.personClicked.emit(LECUN)
    assert win.details.person_id == LECUN
    quotes = [lab.text().strip("“”") for lab in win.details.quote_labels]
    assert quotes and all(any(q in text for text in DOCS.values()) for q in quotes)
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in win.details.findChildren(QLabel))
    texts = [lab.text() for lab in win.details.findChildren(QLabel)]
    assert any("Conflicting claims" in t for t in texts)
    assert any("(to the month)" in t for t in texts)
    assert any("Article b.txt" in t for t in texts)


def test_names_from_documents_are_shown_literally(make_window):
    facts = world()
    from orgtracker.domain.facts import Person

    facts.people[ZHAO] = Person(ZHAO, '<img src="x.png"> <a href="y">Zhao</a>')
    win = make_window(facts, at=date(2025, 11, 20))
    win.chart.personClicked.emit(ZHAO)
    name = win.details.findChild(QLabel, "detailsName")
    assert name.text() == '<img src="x.png"> <a href="y">Zhao</a>'
    assert name.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;img" in name.toolTip()


def test_compare_marks_two_dates_and_escape_leaves(make_window):
    win = make_window()
    win.compare(date(2025, 1, 1), date(2026, 2, 1))
    assert win.chart.compared == (date(2025, 1, 1), date(2026, 2, 1))
    assert win.comparing is not None
    win.clear_selection()
    assert win.comparing is None


def test_talent_flow_tab_lists_moves(make_window, qtbot):
    win = make_window()
    win.flows_action.trigger()
    assert win.tabs.currentWidget() is win.flows
    moves = [win.flows.moves.item(i).text() for i in range(win.flows.moves.count())]
    assert any(m.startswith("OpenAI → Meta") for m in moves)


def test_view_actions_reach_the_chart(make_window, qtbot):
    win = make_window(at=date(2025, 11, 20))
    qtbot.waitUntil(lambda: win.chart.fits == 1)  # the first show fits the chart to the window
    win.fit_action.trigger()
    win.zoom_in_action.trigger()
    assert win.chart.fits == 2 and win.chart.zooms == [1.25]
    win.chart.personClicked.emit(WANG)
    win.collapse_action.trigger()
    assert win.chart.collapsed == {WANG}
    win.collapse_action.trigger()
    assert win.chart.collapsed == set()


def test_date_and_geometry_are_remembered(make_window, qtbot):
    from orgtracker.ui.main_window import remembered_date

    win = make_window(at=date(2025, 11, 20))
    win.resize(701, 555)
    win.close()
    assert remembered_date() == date(2025, 11, 20)
    again = make_window(at=remembered_date())
    assert again.current_date() == date(2025, 11, 20)
    assert again.size().height() == 555


def test_undo_stack_steps_redraw_the_chart(make_window):
    from PySide6.QtGui import QUndoCommand

    win = make_window(at=date(2025, 11, 20))
    loads = win.source.store.loads

    class Touch(QUndoCommand):
        def redo(self):
            pass

        def undo(self):
            pass

    win.undo_stack.push(Touch("touch"))
    assert win.source.store.loads == loads + 1
    win.undo_action.trigger()
    assert win.source.store.loads == loads + 2 and win.undo_stack.index() == 0
    assert win.current_date() == date(2025, 11, 20)


def test_compact_arrangement_toggles_the_layout_and_is_remembered(make_window):
    win = make_window(at=date(2025, 11, 20))
    assert win.compact and win.chart.layout_arg is None  # the chart's own (compact) layout
    win.compact_action.trigger()
    assert not win.compact and win.chart.layout_arg is not None
    assert win.chart.layout_arg.cards  # laid out by the graph layer with compact off
    win.close()
    again = make_window(at=date(2025, 11, 20))
    assert not again.compact_action.isChecked()
