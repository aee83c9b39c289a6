"""ChartView: items reused by key, signals, highlight, collapse, compare, and a 2,000-card run that exits 0."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity
from orgtracker.render.items import CardItem
from orgtracker.render.view import ChartView, tooltip_text
from orgtracker.timeline.model import Edge, OrgNode, Placement, Snapshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform

A = Activity.ACTIVE
ORGS = {1: OrgNode(1, "Acme", None), 2: OrgNode(2, "Beta", None)}


def snap(people, lines, at=date(2025, 1, 1)):
    placements = [Placement(pid, name, org, ORGS[org].name, title, A, pid * 10 + org)
                  for pid, name, org, title in people]
    edges = [Edge(p, m, LineKind.SOLID, A, i + 1) for i, (p, m) in enumerate(lines)]
    return Snapshot(at, placements, edges, dict(ORGS))


BASE = [(1, "Ada Boss", 1, "CEO"), (2, "Bo Lead", 1, "VP"), (3, "Cy Dev", 1, "Engineer"), (4, "Di Beta", 2, "CEO")]


@pytest.fixture
def view(qtbot):
    v = ChartView()
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_show_reuses_items_and_touches_only_what_changed(view):
    first = snap(BASE, [(2, 1), (3, 2)])
    view.show(first, animate=False)
    item_ada = view._cards[(1, 1)]
    assert set(view._cards) == {(1, 1), (2, 1), (3, 1), (4, 2)}
    second = snap(BASE[:3] + [(5, "Ed New", 1, "Engineer")], [(2, 1), (3, 1), (5, 2)], date(2025, 2, 1))
    view.show(second, animate=False)
    assert view._cards[(1, 1)] is item_ada
    assert (4, 2) not in view._cards and (5, 1) in view._cards
    assert {(5, 1), (3, 1)} <= view.changed_keys  # joined; new manager
    assert (1, 1) not in view.changed_keys
    for key, item in view._cards.items():
        card = view.current_layout.cards[key]
        assert (item.pos().x(), item.pos().y()) == (card.x, card.y)


def test_animated_step_glides_and_ends_in_place(view, qtbot):
    view.show(snap(BASE, [(2, 1), (3, 2)]), animate=False)
    view.show(snap(BASE, [(2, 1), (3, 1)], date(2025, 3, 1)), animate=True)
    assert view._anim.state() == view._anim.State.Running
    qtbot.waitUntil(lambda: view._anim.state() != view._anim.State.Running, timeout=3000)
    card = view.current_layout.cards[(3, 1)]
    assert view._cards[(3, 1)].pos().x() == card.x and view._cards[(3, 1)].opacity() == 1.0


def test_click_double_click_empty_click(view, qtbot):
    view.show(snap(BASE, [(2, 1), (3, 2)]), animate=False)
    view.center_on(2)
    qtbot.wait(20)
    pos = view.card_widget_pos(2)
    assert view.person_at(pos) == 2
    with qtbot.waitSignal(view.personClicked, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [2]
    with qtbot.waitSignal(view.personDoubleClicked, timeout=2000) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # QTest sends no release
    assert blocker.args == [2]
    corner = QPoint(view.viewport().width() - 5, view.viewport().height() - 5)
    assert view.person_at(corner) is None
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # not part of the double click
    with qtbot.waitSignal(view.emptyClicked, timeout=2000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=corner)


def test_drag_a_card_onto_another(view, qtbot):
    view.show(snap(BASE, [(2, 1), (3, 2)]), animate=False)
    view.center_on(1)
    qtbot.wait(20)
    start, target = view.card_widget_pos(3), view.card_widget_pos(1)
    vp = view.viewport()
    with qtbot.waitSignal(view.personDropped, timeout=2000) as blocker:
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
        for i in range(1, 11):
            p = start + (target - start) * (i / 10)
            qtbot.mouseMove(vp, p)
            qtbot.wait(5)
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=target)
    assert blocker.args == [3, 1]
    card = view.current_layout.cards[(3, 1)]
    assert view._cards[(3, 1)].pos().x() == card.x  # back in its place: the UI decides


def test_highlight_collapse_center_and_fit(view):
    view.show(snap(BASE, [(2, 1), (3, 2)]), animate=False)
    view.highlight_chain([3, 2, 1])
    assert all(view._cards[(p, 1)].look.highlighted for p in (1, 2, 3))
    assert not view._chain_item.path().isEmpty()
    view.clear_highlight()
    assert not view._cards[(1, 1)].look.highlighted and view._chain_item.path().isEmpty()
    view.set_collapsed({2})
    assert view.card_rect(3) is None and view._cards[(2, 1)].look.hidden == 1
    view.set_collapsed(set())
    assert view.card_rect(3) is not None
    view.center_on(4)
    assert view.visible_rect().contains(view.card_rect(4).center())
    view.fit()
    vis = view.visible_rect()
    assert all(vis.contains(view.card_rect(p)) for p in (1, 2, 3, 4))


def test_compare_marks_added_removed_moved_with_ghost(view):
    a = snap(BASE, [(2, 1), (3, 2)])
    b = snap(BASE[:3] + [(5, "Ed New", 1, "x")], [(2, 1), (3, 1), (5, 1)], date(2025, 6, 1))
    view.compare(a, b)
    marks = {k: v for k, v in view._marks.items()}
    assert marks[(5, 1)] == "added" and marks[(4, 2)] == "removed" and marks[(3, 1)] == "moved"
    assert marks[(-3, 1)] == "ghost"
    ghost = view.current_layout.cards[(-3, 1)]
    assert ghost.manager == (2, 1)  # the ghost stays under the old manager
    assert not view._ghost_item.path().isEmpty()
    view.show(b, animate=False)
    assert (-3, 1) not in view._cards and not view._marks


def test_tooltip_is_plain_text(view):
    hostile = [(1, "<img src=x onerror=alert(1)>", 1, "<b>Boss</b>")]
    view.show(snap(hostile, []), animate=False)
    item = view._cards[(1, 1)]
    view._card_hovered(item)
    assert "&lt;img" in item.toolTip() and "<img" not in item.toolTip()
    assert tooltip_text(view.current_layout.cards[(1, 1)]).startswith("<img src=x")


def test_card_items_are_cached_rect_items(view):
    view.show(snap(BASE, [(2, 1)]), animate=False)
    item = view._cards[(1, 1)]
    assert isinstance(item, CardItem)
    assert item.cacheMode() == CardItem.CacheMode.DeviceCoordinateCache
    assert type(item).boundingRect is CardItem.__mro__[1].boundingRect  # no Python boundingRect


SCRUB = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from orgtracker.graph.synthetic import synthetic_timeline
    from orgtracker.render.view import ChartView
    view = ChartView()
    view.resize(1400, 900)
    view.show()
    steps = synthetic_timeline(2000, 4, 6, 20, seed=9)
    view.show(steps[0], animate=False)
    app.processEvents()
    for i, s in enumerate(steps[1:]):
        view.show(s, animate=(i % 2 == 0))
        for _ in range(30):
            app.processEvents()
        view.viewport().repaint()
    view.fit(); app.processEvents(); view.viewport().repaint()
    view.show(steps[1], animate=False); app.processEvents(); view.viewport().repaint()  # a step in the overview
    view.center_on(steps[-1].placements[0].person_id); app.processEvents(); view.viewport().repaint()
    print("cards", len(view._cards))
    """
)


@pytest.mark.slow
def test_2000_cards_scrub_and_exit_zero(tmp_path):
    proc = subprocess.run([sys.executable, "-c", SCRUB], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "cards" in proc.stdout


def test_fit_and_reveal_keep_headers_clear_of_the_legend(view):
    view.show(snap(BASE, [(2, 1), (3, 2)]), animate=False)
    band = view.legend_band()
    assert band > 0

    def header_top_px(org):
        vis = view.visible_rect()
        return (view.header_rect(org).top() - vis.top()) * view._box.height() / vis.height()

    view.fit()
    assert min(header_top_px(1), header_top_px(2)) >= band - 1
    view.center_on(3)  # zoomed in on a card low down: Acme's header may slide under the legend
    view.reveal_below_legend(view.header_rect(1))
    assert header_top_px(1) >= band - 1
    view.set_legend_visible(False)
    assert view.legend_band() == 0 and not view.legend_visible()


def test_a_big_chart_can_open_on_its_top_left_corner_at_a_readable_size(view):
    from orgtracker.graph.synthetic import synthetic_timeline

    view.show(synthetic_timeline(600, 2, 6, 20, seed=3)[0], animate=False)
    view.show_top_left(120)
    visible = view.visible_rect()
    x0, y0, _x1, _y1 = view.current_layout.bounds
    scale = view.viewport().width() / visible.width()
    assert view.current_layout.options.card_width * scale == pytest.approx(120, rel=0.02)
    assert visible.left() < x0 < visible.left() + 40 / scale  # the chart's left edge just inside the view
    assert (y0 - visible.top()) * scale >= view.legend_band()  # its top below the legend
    assert view.zoomed_by_hand  # the next timeline step keeps this view rather than fitting a speck
