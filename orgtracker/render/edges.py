"""Reporting lines as a few batched paths: one line's geometry by key, and one QPainterPath per style for many."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtGui import QPainterPath
from pyqtgraph import arrayToQPath

from orgtracker.graph.layout import CardKey, ChartLayout, edge_style
from orgtracker.graph.routing import KIND_CODES, POINTS_PER_LINE, EdgeStyle, Rect, RouteKind, polylines, route
from orgtracker.render.diff import LineKey, line_keys

_CONNECT = np.array([1] * (POINTS_PER_LINE - 1) + [0], dtype=np.int32)

LineSpec = tuple[EdgeStyle, RouteKind, Rect, Rect]  # style, route, manager's card, the report's card

_dotted_cache: list = [None, {}]  # the last layout asked about, and its dotted lines' styles


def line_spec(layout: ChartLayout, key: LineKey, rects: dict[CardKey, Rect] | None = None) -> LineSpec | None:
    """Where and how one line is drawn, or None when the layout has no such line.

    `rects` overrides some cards' rectangles (cards in mid-glide).
    """
    cards = layout.cards
    if key[0] == "dotted":
        _, child, parent = key
        if child not in cards or parent not in cards:
            return None
        if _dotted_cache[0] is not layout:
            _dotted_cache[:] = [layout, {(c, p): s for c, p, s in layout.dotted}]
        style = _dotted_cache[1].get((child, parent))
        if style is None:
            return None
        kind = RouteKind.CURVE
    else:
        c = cards.get(key)
        if c is None or c.manager is None or c.edge is None:
            return None
        parent, child = c.manager, key
        if parent not in cards:
            return None
        style, kind = edge_style(c.edge.kind, c.edge.activity), c.route
    if rects:
        pr = rects.get(parent) or cards[parent].rect
        cr = rects.get(child) or cards[child].rect
    else:
        pr, cr = cards[parent].rect, cards[child].rect
    return (style, kind, pr, cr)


def line_bounds(spec: LineSpec, pad: float) -> tuple[float, float, float, float]:
    """A rectangle (x0, y0, x1, y1) that holds the whole line: both cards, widened by `pad`."""
    _, _, (px, py, pw, ph), (cx, cy, cw, ch) = spec
    return (min(px, cx) - pad, min(py, cy) - pad, max(px + pw, cx + cw) + pad, max(py + ph, cy + ch) + pad)


def build_paths(specs: Iterable[LineSpec], v_gap: float, spine_gap: float) -> dict[EdgeStyle, QPainterPath]:
    """One path per style for these lines: straight routes in one numpy pass, dotted-line curves one by one."""
    straight: dict[EdgeStyle, tuple[list, list, list]] = {}
    curves: dict[EdgeStyle, list[tuple[Rect, Rect]]] = {}
    for style, kind, pr, cr in specs:
        if kind is RouteKind.CURVE:
            curves.setdefault(style, []).append((pr, cr))
            continue
        group = straight.get(style)
        if group is None:
            group = straight[style] = ([], [], [])
        group[0].append(KIND_CODES[kind])
        group[1].append(pr)
        group[2].append(cr)
    out: dict[EdgeStyle, QPainterPath] = {}
    for style, (kinds, parents, children) in straight.items():
        xs, ys = polylines(np.asarray(kinds), np.asarray(parents, dtype=float), np.asarray(children, dtype=float),
                           v_gap, spine_gap)
        out[style] = arrayToQPath(xs.ravel(), ys.ravel(), np.tile(_CONNECT, len(kinds)), finiteCheck=False)
    for style, pairs in curves.items():
        path = out.get(style)
        if path is None:
            path = out[style] = QPainterPath()
        for pr, cr in pairs:
            pts, _ = route(RouteKind.CURVE, pr, cr, v_gap, spine_gap)
            path.moveTo(*pts[0])
            path.cubicTo(*pts[1], *pts[2], *pts[3])
    return out


def style_paths(layout: ChartLayout) -> dict[EdgeStyle, QPainterPath]:
    """One path per style for the whole chart (the export draws these)."""
    o = layout.options
    specs = (line_spec(layout, key) for key in line_keys(layout))
    return build_paths((s for s in specs if s is not None), o.v_gap, o.column_gap)


def card_boxes(layout: ChartLayout) -> tuple[list[CardKey], np.ndarray]:
    """Every card's key and its box as an (n, 4) array of x, y, width, height, in the layout's order."""
    cards = layout.cards
    boxes = np.array([(c.x, c.y, c.w, c.h) for c in cards.values()], dtype=float).reshape(-1, 4)
    return list(cards), boxes


def line_boxes(layout: ChartLayout, pad: float, old: ChartLayout | None = None,
               cards_boxed: tuple[list[CardKey], np.ndarray] | None = None) -> tuple[list[LineKey], np.ndarray]:
    """Every solid line's key (its report's card) and a box that holds it, (m, 4) of x0, y0, x1, y1, widened by `pad`.

    With `old`, the box also holds both cards' boxes there: the line as they glide from there.
    `cards_boxed` is `card_boxes(layout)` if the caller has it already.
    """
    keys, boxes = cards_boxed or card_boxes(layout)
    row = {k: i for i, k in enumerate(keys)}
    cards = layout.cards
    manager = np.array([row.get(c.manager, -1) if c.edge is not None and c.manager is not None else -1
                        for c in cards.values()], dtype=np.int64)
    child = np.flatnonzero(manager >= 0)
    parent = manager[child]
    line_list: list[LineKey] = [keys[i] for i in child.tolist()]
    out = _union_box(boxes[child], boxes[parent], pad)
    if old is not None:
        before = old.cards
        nan4 = (np.nan,) * 4
        was = np.array([(o.x, o.y, o.w, o.h) if (o := before.get(k)) is not None else nan4 for k in keys],
                       dtype=float).reshape(-1, 4)
        for ends in (child, parent):
            b = was[ends]
            had = ~np.isnan(b[:, 0])
            out[had, 0] = np.minimum(out[had, 0], b[had, 0] - pad)
            out[had, 1] = np.minimum(out[had, 1], b[had, 1] - pad)
            out[had, 2] = np.maximum(out[had, 2], b[had, 0] + b[had, 2] + pad)
            out[had, 3] = np.maximum(out[had, 3], b[had, 1] + b[had, 3] + pad)
    return line_list, out


def _union_box(a: np.ndarray, b: np.ndarray, pad: float) -> np.ndarray:
    out = np.empty((len(a), 4))
    out[:, 0] = np.minimum(a[:, 0], b[:, 0]) - pad
    out[:, 1] = np.minimum(a[:, 1], b[:, 1]) - pad
    out[:, 2] = np.maximum(a[:, 0] + a[:, 2], b[:, 0] + b[:, 2]) + pad
    out[:, 3] = np.maximum(a[:, 1] + a[:, 3], b[:, 1] + b[:, 3]) + pad
    return out
