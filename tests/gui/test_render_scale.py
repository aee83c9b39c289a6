"""ChartView on big charts: a step touches what changed near the view, tiles stay right through steps,
pans and zooms (the picture equals a fresh view's), the overview when zoomed out, clicks there."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from orgtracker.graph.layout import layout_snapshot
from orgtracker.graph.synthetic import synthetic_snapshot, synthetic_timeline
from orgtracker.render import view as view_module
from orgtracker.render.diff import diff_layouts, line_keys
from orgtracker.render.items import CardItem
from orgtracker.render.tiles import TileGrid, TileIndex
from orgtracker.render.view import ChartView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


# -- the bookkeeping, without a view ------------------------------------------------------------
def test_diff_names_what_moved_and_the_lines_that_hang_from_it():
    a_snap, b_snap = synthetic_timeline(400, 3, 2, 6, seed=4)[:2]
    a = layout_snapshot(a_snap)
    b = layout_snapshot(b_snap, previous=a)
    d = diff_layouts(a, b)
    assert set(d.added) == b.cards.keys() - a.cards.keys()
    assert set(d.removed) == a.cards.keys() - b.cards.keys()
    moved = {k for k in b.cards.keys() & a.cards.keys() if b.cards[k].rect != a.cards[k].rect}
    assert set(d.moved) == moved
    for key, c in b.cards.items():  # a line whose either end moved is re-drawn
        if c.manager in b.cards and c.edge is not None and (key in moved or c.manager in moved):
            assert key in d.lines
    same = diff_layouts(b, b)
    assert not (same.added or same.removed or same.moved or same.restyled or same.changed or same.lines)
    first = diff_layouts(None, b)
    assert set(first.added) == set(b.cards) and first.lines == set(line_keys(b)) and not first.changed


def test_tile_index_filed_at_once_equals_filed_one_by_one():
    layout = layout_snapshot(synthetic_snapshot(600, 3, 2))
    from orgtracker.render.edges import line_boxes

    keys, boxes = line_boxes(layout, 16.0)
    grid = TileGrid(1600.0, 992.0)
    bulk, single = TileIndex(), TileIndex()
    bulk.rebuild(keys, *grid.ranges(boxes))
    for key, box in zip(keys, boxes.tolist()):
        single.put(key, grid.over(*box))
    assert bulk.members == single.members and bulk.where == single.where
    some = keys[:50]
    for key in some:
        single.drop(key)
    assert not any(k in single.keys_in(single.tiles()) for k in some)
    assert len(single) == len(keys) - 50


# -- the view -----------------------------------------------------------------------------------
def _pixels(view: ChartView) -> np.ndarray:
    QApplication.processEvents()
    view.viewport().repaint()
    img = view.viewport().grab().toImage()
    arr = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return arr[:, : img.width() * 4].reshape(img.height(), img.width(), 4).astype(int)


def _differing(a: np.ndarray, b: np.ndarray) -> float:
    """Share of pixels of `a` with no close match in `b` within one pixel (device caches snap to whole pixels)."""
    inner = a[1:-1, 1:-1]
    h, w = inner.shape[:2]
    best = np.min([np.abs(inner - b[1 + dy:1 + dy + h, 1 + dx:1 + dx + w]).max(axis=2)
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1)], axis=0)
    return float((best > 60).mean())


def _fresh(qtbot, snap, rect) -> ChartView:
    v = ChartView()
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    v.show(snap, animate=False)
    v._box.setRange(rect, padding=0)
    return v


@pytest.fixture
def big(qtbot):
    v = ChartView()
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_steps_pans_and_zooms_draw_what_a_fresh_view_draws(big, qtbot):
    steps = synthetic_timeline(1200, 4, 7, 20, seed=5)
    big.show(steps[0], animate=False)
    pids = [p.person_id for p in steps[0].placements]
    for i, snap in enumerate(steps[1:]):
        if i == 3:
            big.fit()  # this step and the next happen in the overview
        elif i != 4:
            big.center_on(pids[(i * 997) % len(pids)])
        big.show(snap, animate=(i % 2 == 0))
        qtbot.waitUntil(lambda: big._anim.state() != big._anim.State.Running, timeout=3000)
        big._clear_flash()
        fresh = _fresh(qtbot, snap, big.visible_rect())
        assert big._overview.shown == (i in (3, 4))
        assert _differing(_pixels(big), _pixels(fresh)) < 0.001, f"step {i}"
        fresh.close()


def test_only_cards_near_the_view_have_items_and_a_step_touches_only_changed_ones(big, monkeypatch):
    steps = synthetic_timeline(3000, 4, 3, 3, seed=2)
    big.show(steps[0], animate=False)
    big.center_on(steps[0].placements[len(steps[0].placements) // 2].person_id)
    near = set(big._cards)
    assert 0 < len(near) < 400  # of 3,000
    view_rect = big.visible_rect()
    for key in big._cards:
        assert big.current_layout.cards[key].x < view_rect.right() + view_rect.width()
    looks = []
    monkeypatch.setattr(CardItem, "set_look", lambda self, look: looks.append(self.key))
    before = big.current_layout
    big.show(steps[1], animate=False)
    d = diff_layouts(before, big.current_layout)
    touched = set(d.added) | set(d.moved) | set(d.restyled) | set(d.changed)
    assert set(looks) <= touched
    for key, item in big._cards.items():
        c = big.current_layout.cards[key]
        assert (item.pos().x(), item.pos().y()) == (c.x, c.y)


def test_overview_when_zoomed_out_clicks_and_highlight_still_work(big, qtbot):
    snap = synthetic_snapshot(2000, 4, 3)
    big.show(snap, animate=False)
    big.fit()
    assert big._overview.shown and not big._cards
    pid = snap.placements[0].person_id
    pos = big.card_widget_pos(pid)
    assert big.person_at(pos) == pid
    with qtbot.waitSignal(big.personClicked, timeout=2000) as blocker:
        qtbot.mouseClick(big.viewport(), view_module.Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [pid]
    child = next(p.person_id for p in snap.placements if snap.manager_of(p.person_id) is not None)
    chain = [child, snap.manager_of(child).manager_id]
    big.highlight_chain(chain)
    assert not big._chain_item.path().isEmpty()
    big.center_on(child)
    assert not big._overview.shown
    assert big._cards[big.current_layout.by_person[child][0]].look.highlighted


def test_small_charts_keep_every_card_as_an_item(big):
    snap = synthetic_snapshot(150, 2, 1)
    big.show(snap, animate=False)
    big.zoom(8.0)
    layout = big.current_layout
    assert len(layout.cards) <= view_module.SMALL_CHART
    assert set(big._cards) == set(layout.cards)
    pid = snap.placements[7].person_id
    assert big.person_at(big.card_widget_pos(pid)) == pid


@pytest.mark.slow
def test_a_step_at_2000_people_stays_far_from_its_old_cost():
    from orgtracker.render.bench import measure_step

    assert measure_step(2000, steps=6)["step_ms"] < 100  # budget 16 ms (benchmarks); this only catches a blow-up
