"""The third newcomer review: Home/End on the timeline, what an ingest added, a growing chart stays in view,
timeline keys in the Talent flow tab, organisation names and dotted lines when zoomed far out."""

from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from orgtracker.domain.facts import FactSet
from orgtracker.graph.layout import layout_snapshot
from orgtracker.graph.synthetic import synthetic_snapshot
from orgtracker.ingest import DocumentOutcome, IngestReport
from orgtracker.render.view import ChartView
from orgtracker.store.records import SyncReport
from orgtracker.ui.ingest_news import IngestNews
from orgtracker.ui.timeline_bar import TimelineBar, previous_date
from orgtracker.wording import count
from ui_helpers import world

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DATES = [date(2013, 12, 1), date(2025, 5, 1), date(2025, 6, 1), date(2026, 1, 1)]


def test_home_and_end_go_to_the_first_and_last_change(qtbot):
    bar = TimelineBar()
    qtbot.addWidget(bar)
    bar.set_dates(DATES, until=date(2026, 11, 1))
    bar.set_date(date(2025, 5, 20), emit=False)
    with qtbot.waitSignal(bar.dateChanged) as blocker:
        bar.first_button.click()
    assert blocker.args == [DATES[0]] and not bar.first_button.isEnabled() and bar.last_button.isEnabled()
    assert bar.go_last() and bar.current_date() == DATES[-1]  # the last change, not the slider's end (today)
    assert not bar.last_button.isEnabled() and bar.go_last() is False
    assert "Home" in bar.first_button.toolTip() and "End" in bar.last_button.toolTip()
    assert all(k in bar.slider.toolTip() for k in ("←", "→", "Home", "End", "Space"))


def test_the_timeline_keys_are_in_the_shortcuts_list_and_work(make_window, qtbot):
    win = make_window(at=date(2025, 6, 1))
    listed = win.shortcuts_text()
    for key, what in (("Home", "First change"), ("End", "Last change"), ("Left", "Previous change"),
                      ("Right", "Next change"), ("Space", "Play")):
        assert any(line.startswith(key) and what in line for line in listed.splitlines()), (key, listed)
    win.chart.setFocus()
    qtbot.keyClick(win.chart, Qt.Key.Key_Home)
    assert win.current_date() == win.source.dates[0]
    qtbot.keyClick(win.chart, Qt.Key.Key_End)
    assert win.current_date() == win.source.dates[-1]


def _without_a_newcomer() -> FactSet:
    """The world before an article brought in one researcher (person 5) and the lab they came from (org 5)."""
    w = world()
    return FactSet(people={i: p for i, p in w.people.items() if i != 5},
                   orgs={i: o for i, o in w.orgs.items() if i != 5},
                   tenures=[t for t in w.tenures if t.person_id != 5],
                   lines=[r for r in w.lines if r.person_id != 5])


def test_an_ingest_says_what_it_added_and_shows_its_newest_change(make_window):
    store_facts = _without_a_newcomer()
    win = make_window(store_facts, at=date(2014, 1, 1))
    news = IngestNews.before(win.source.facts)
    win.source.store.facts = world()  # what the ingest wrote
    win.reload()
    assert win.current_date() == date(2014, 1, 1)  # a reload alone keeps the date
    report = IngestReport([DocumentOutcome("a.txt", "added", claims_added=5)],
                          SyncReport(added=3, people_added=1, orgs_added=1))
    win.editing.tell_ingest(news, report)
    message = win.statusBar().currentMessage()
    newest = news.newest_change(win.source.facts, win.source.dates)
    assert newest == date(2025, 6, 1)  # the move dated "June 2025" shows from the first of the month
    assert win.current_date() == newest
    assert message == ("Added 1 article: 5 claims, 1 new person, 1 new organisation; now shown at 1 June 2025 "
                       "(their newest change). New: Shengjia Zhao; OpenAI")
    assert any(p.person_id == 5 for p in win.snapshot.placements)  # what was added is on the chart now


def test_nothing_new_says_so_and_stays(make_window):
    win = make_window(at=date(2014, 1, 1))
    news = IngestNews.before(win.source.facts)
    win.editing.tell_ingest(news, IngestReport([DocumentOutcome("a.txt", "unchanged")]))
    assert win.statusBar().currentMessage().startswith("Nothing new")
    assert win.current_date() == date(2014, 1, 1)
    assert [count(1, "claim"), count(2, "claim"), count(1, "new person", "new people"),
            count(2, "new person", "new people")] == ["1 claim", "2 claims", "1 new person", "2 new people"]


def test_the_talent_flow_tab_leaves_the_arrows_to_the_timeline(make_window, qtbot):
    win = make_window(at=date(2025, 6, 1))
    win.show_flows(True)
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is win.flows.canvas, focus
    before = win.flows.date_window()
    back = previous_date(win.source.dates, date(2025, 6, 1))
    qtbot.keyClick(focus, Qt.Key.Key_Left)
    assert win.current_date() == back and win.flows.date_window() == before
    # a click in a date field still types into it; Esc gives the arrows back to the timeline
    win.flows.start_edit.setFocus()
    qtbot.keyClick(win.flows.start_edit, Qt.Key.Key_Up)
    assert win.flows.date_window() != before and win.current_date() == back
    qtbot.keyClick(win.flows.start_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is win.flows.canvas
    qtbot.keyClick(win.flows.canvas, Qt.Key.Key_Right)
    assert win.current_date() == date(2025, 6, 1)


def _chart(qtbot):
    v = ChartView()
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def _bounds(v) -> QRectF:
    x0, y0, x1, y1 = v.current_layout.bounds
    return QRectF(x0, y0, x1 - x0, y1 - y0)


def test_a_fitted_chart_that_grows_is_fitted_again(qtbot):
    small, big = synthetic_snapshot(30, 2, seed=3), synthetic_snapshot(160, 4, seed=3)
    v = _chart(qtbot)
    v.show(small, animate=False)
    assert v.visible_rect().contains(_bounds(v)) and not v.zoomed_by_hand
    v.show(big, animate=False)
    assert v.visible_rect().contains(_bounds(v))  # nothing off the right edge


def test_a_hand_zoomed_chart_keeps_its_zoom_when_it_grows(qtbot):
    small, big = synthetic_snapshot(30, 2, seed=3), synthetic_snapshot(160, 4, seed=3)
    v = _chart(qtbot)
    v.show(small, animate=False)
    v.zoom(2.0)
    kept = v.visible_rect()
    v.show(big, animate=False)
    assert v.zoomed_by_hand and v.visible_rect() == kept
    v.fit()  # Fit to window (Ctrl+0) hands the view back to the chart
    assert not v.zoomed_by_hand and v.visible_rect().contains(_bounds(v))


def test_far_out_organisation_names_are_labelled_and_dotted_lines_fade(qtbot):
    snap = synthetic_snapshot(2000, 6, seed=1)
    layout = layout_snapshot(snap)
    assert layout.dotted, "the synthetic chart has dotted-line reports"
    v = _chart(qtbot)
    v.show(snap, layout=layout, animate=False)
    v.fit()
    QApplication.processEvents()
    labels = v._labels
    assert labels.keys() == layout.headers.keys()
    assert all(label.isVisible() for label in labels.values())
    names = {label.name for label in labels.values()}
    assert names == {h.name for h in layout.headers.values()}
    for label in labels.values():  # the same size on screen whatever the zoom, and wide enough for a name
        assert label.rect().height() >= 20 and label.rect().width() >= 80
    assert v._lines.dotted_opacity == 0.0 and not any(i.isVisible() for i in v._lines._dotted.values())
    v.center_on(next(iter(layout.by_person)))  # reading zoom: the headers hold their own names again
    QApplication.processEvents()
    assert not any(label.isVisible() for label in labels.values())
    assert v._lines.dotted_opacity == 1.0 and all(i.isVisible() for i in v._lines._dotted.values())


def test_a_fitted_chart_that_shrinks_to_a_speck_is_fitted_again_at_most_at_its_own_size(qtbot):
    big, one = synthetic_snapshot(400, 4, seed=2), synthetic_snapshot(1, 1, seed=2)
    v = _chart(qtbot)
    v.show(big, animate=False)
    v.show(one, animate=False)  # Home on a big history: the first change has one person
    card = v.card_rect(next(iter(v.current_layout.by_person)))
    assert v.visible_rect().contains(card)
    assert 0.99 <= v.scale() <= 1.01  # the card at its own size, not blown up to fill the window


def test_far_out_labels_do_not_cover_each_other(qtbot):
    snap = synthetic_snapshot(60, 6, seed=5)  # small organisations side by side
    v = _chart(qtbot)
    v.show(snap, animate=False)
    v.zoom(0.05)
    QApplication.processEvents()
    shown = [lab for lab in v._labels.values() if lab.isVisible()]
    assert shown
    screen = v._graphics.viewportTransform()
    rects = [lab.deviceTransform(screen).mapRect(lab.rect()) for lab in shown]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)


def test_home_and_end_still_move_the_cursor_in_a_text_field(make_window, qtbot):
    win = make_window(at=date(2025, 6, 1))
    field = win.find_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "Wan")
    qtbot.keyClick(field, Qt.Key.Key_Home)
    assert field.cursorPosition() == 0 and win.current_date() == date(2025, 6, 1)
    qtbot.keyClick(field, Qt.Key.Key_End)
    assert field.cursorPosition() == 3 and win.current_date() == date(2025, 6, 1)
    win.show_flows(True)
    edit = win.flows.start_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    assert win.current_date() == date(2025, 6, 1)  # the keys edit the date field, the timeline stays


def test_a_hand_zoomed_view_that_would_show_no_card_is_fitted(qtbot):
    big, one = synthetic_snapshot(400, 4, seed=2), synthetic_snapshot(1, 1, seed=2)
    v = _chart(qtbot)
    v.show(big, animate=False)
    v.zoom(4.0)  # somewhere in the middle of a big chart
    v.show(one, animate=False)  # Home: one person, far from there
    assert v.visible_rect().contains(v.card_rect(next(iter(v.current_layout.by_person))))
    assert not v.zoomed_by_hand


def test_a_label_stays_on_screen_when_its_header_starts_left_of_the_view(qtbot):
    snap = synthetic_snapshot(2000, 6, seed=1)
    v = _chart(qtbot)
    v.show(snap, animate=False)
    v.fit()
    org, h = max(v.current_layout.headers.items(), key=lambda kv: kv[1].w)
    view = v.visible_rect()
    v._box.setRange(view.translated(h.x + h.w / 3 - view.left(), 0), padding=0)  # the header's left end is off
    QApplication.processEvents()
    label = v._labels[org]
    assert label.isVisible() and label.pos().x() >= v.visible_rect().left()
