"""Reporting lines as a few batched paths: numpy geometry, one QPainterPath per style (and screen tile)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QPainterPath
from pyqtgraph import arrayToQPath

from orgtracker.graph.layout import CardKey, ChartLayout, edge_style
from orgtracker.graph.routing import KIND_CODES, POINTS_PER_LINE, EdgeStyle, RouteKind, polylines, route

STYLES = list(EdgeStyle)
_STYLE_CODE = {s: i for i, s in enumerate(STYLES)}
_CONNECT = np.array([1] * (POINTS_PER_LINE - 1) + [0], dtype=np.int32)
TILE_CARDS = 12  # lines are grouped by the tile of their child card, this many card widths wide

GroupKey = tuple[EdgeStyle, int]  # (style, tile); tile -1 holds the curves


def edge_groups(layout: ChartLayout, rects: dict[CardKey, tuple] | None = None,
                tiled: bool = True) -> dict[GroupKey, tuple[bytes, QPainterPath | None, object]]:
    """Every line of the layout, grouped by (style, tile): {key: (signature, None, builder)}.

    The signature changes exactly when the group's geometry does; call builder() for the path.
    `rects` overrides some cards' rectangles (cards in mid-glide).
    """
    o = layout.options
    cards = layout.cards
    codes, kinds, parents, children = [], [], [], []
    curves: list[tuple[EdgeStyle, tuple, tuple]] = []
    get = rects.get if rects else None
    for key, c in cards.items():
        m = c.manager
        if m is None or c.edge is None:
            continue
        mc = cards.get(m)
        if mc is None:
            continue
        pr = (get(m) if get else None) or (mc.x, mc.y, mc.w, mc.h)
        cr = (get(key) if get else None) or (c.x, c.y, c.w, c.h)
        codes.append(_STYLE_CODE[edge_style(c.edge.kind, c.edge.activity)])
        kinds.append(KIND_CODES[c.route])
        parents.append(pr)
        children.append(cr)
    for child, parent, style in layout.dotted:
        if child in cards and parent in cards:
            pr = (get(parent) if get else None) or cards[parent].rect
            cr = (get(child) if get else None) or cards[child].rect
            curves.append((style, pr, cr))
    out: dict = {}
    if codes:
        code_arr = np.asarray(codes)
        par = np.asarray(parents, dtype=float)
        chi = np.asarray(children, dtype=float)
        xs, ys = polylines(np.asarray(kinds), par, chi, o.v_gap, o.column_gap)
        if tiled:
            tiles = np.floor((chi[:, 0] + chi[:, 2] / 2.0) / (TILE_CARDS * o.card_width)).astype(np.int64)
        else:
            tiles = np.zeros(len(codes), dtype=np.int64)
        group = code_arr * (1 << 40) + (tiles - tiles.min())
        order = np.argsort(group, kind="stable")
        uniq, starts = np.unique(group[order], return_index=True)
        ends = list(starts[1:]) + [len(order)]
        for g, s, e in zip(uniq, starts, ends):
            idx = order[s:e]
            gx, gy = xs[idx], ys[idx]
            style = STYLES[int(g >> 40)]
            key = (style, int(tiles[idx[0]]))
            out[key] = (gx.tobytes() + gy.tobytes(), None, _builder(gx, gy))
    by_style: dict[EdgeStyle, list] = {}
    for style, pr, cr in curves:
        by_style.setdefault(style, []).append((pr, cr))
    for style, pairs in by_style.items():
        sig = repr(pairs).encode()
        out[(style, -1)] = (sig, None, _curve_builder(pairs, o.v_gap, o.column_gap))
    return out


def _builder(gx: np.ndarray, gy: np.ndarray):
    def build() -> QPainterPath:
        n = gx.shape[0]
        return arrayToQPath(gx.ravel(), gy.ravel(), np.tile(_CONNECT, n), finiteCheck=False)

    return build


def _curve_builder(pairs, v_gap: float, spine_gap: float):
    def build() -> QPainterPath:
        path = QPainterPath()
        for pr, cr in pairs:
            pts, _ = route(RouteKind.CURVE, pr, cr, v_gap, spine_gap)
            path.moveTo(*pts[0])
            path.cubicTo(*pts[1], *pts[2], *pts[3])
        return path

    return build


def style_paths(layout: ChartLayout) -> dict[EdgeStyle, QPainterPath]:
    """One path per style for the whole chart (the export draws these)."""
    out: dict[EdgeStyle, QPainterPath] = {}
    for (style, _), (_, _, build) in edge_groups(layout, tiled=False).items():
        path = build()
        if style in out:
            out[style].addPath(path)
        else:
            out[style] = path
    return out
