"""Where a reporting line runs between two cards: orthogonal connectors, column spines, curves."""

from __future__ import annotations

from enum import Enum

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # x, y, width, height (y grows downward)


class EdgeStyle(str, Enum):
    SOLID = "solid"  # an active solid reporting line
    POSSIBLE = "possible"  # a solid line that may or may not hold at the date: dashed
    DOTTED = "dotted"  # a dotted-line report
    DOTTED_POSSIBLE = "dotted_possible"


class RouteKind(str, Enum):
    TREE = "tree"  # child on the row below: down, along a bus, down
    COLUMN = "column"  # child stacked in a column under its manager: bus, spine, stub
    CROSS = "cross"  # anywhere else: a straight line
    CURVE = "curve"  # dotted-line reports: a cubic curve


def route(kind: RouteKind, parent: Rect, child: Rect, v_gap: float, spine_gap: float) -> tuple[list[Point], bool]:
    """The points of the line from `parent` to `child`; the flag says they are one cubic Bézier."""
    px, py, pw, ph = parent
    cx, cy, cw, ch = child
    p_bottom = (px + pw / 2.0, py + ph)
    bus = py + ph + min(16.0, v_gap * 0.3)
    if kind is RouteKind.COLUMN:
        spine = cx - spine_gap / 2.0
        mid = cy + ch / 2.0
        return [p_bottom, (p_bottom[0], bus), (spine, bus), (spine, mid), (cx, mid)], False
    if kind is RouteKind.CURVE:
        a = (px + pw / 2.0, py + ph) if cy > py + ph else (px + pw / 2.0, py)
        b = (cx + cw / 2.0, cy) if cy > py + ph else (cx + cw / 2.0, cy + ch)
        dy = (b[1] - a[1]) / 2.0 or v_gap / 2.0
        return [a, (a[0], a[1] + dy), (b[0], b[1] - dy), b], True
    c_top = (cx + cw / 2.0, cy)
    if kind is RouteKind.TREE and py + ph < cy <= py + ph + v_gap + 1.0:
        return [p_bottom, (p_bottom[0], bus), (c_top[0], bus), c_top], False
    if cy >= py + ph:
        return [p_bottom, c_top], False
    return [(px + pw / 2.0, py), (cx + cw / 2.0, cy + ch)], False


KIND_CODES = {RouteKind.TREE: 0, RouteKind.COLUMN: 1, RouteKind.CROSS: 2}
POINTS_PER_LINE = 5


def polylines(kinds, parents, children, v_gap: float, spine_gap: float):
    """`route` for many straight-segment lines at once (numpy): arrays of x and y, 5 points a line.

    kinds: int codes (KIND_CODES); parents, children: (m, 4) arrays of x, y, width, height.
    Shorter routes repeat their last point, so every line has the same number of points.
    """
    import numpy as np

    kinds = np.asarray(kinds)
    px, py, pw, ph = (parents[:, i] for i in range(4))
    cx, cy, cw, ch = (children[:, i] for i in range(4))
    m = len(kinds)
    xs = np.empty((m, POINTS_PER_LINE))
    ys = np.empty((m, POINTS_PER_LINE))
    pbx, pby = px + pw / 2.0, py + ph
    ctx = cx + cw / 2.0
    bus = pby + min(16.0, v_gap * 0.3)
    # default: a straight line, downwards (parent bottom to child top) or upwards
    down = cy >= pby
    xs[:, 0] = pbx
    ys[:, 0] = np.where(down, pby, py)
    xs[:, 1:] = ctx[:, None]
    ys[:, 1:] = np.where(down, cy, cy + ch)[:, None]
    tree = (kinds == 0) & (cy > pby) & (cy <= pby + v_gap + 1.0)
    xs[tree, 1] = pbx[tree]
    ys[tree, 1] = bus[tree]
    ys[tree, 2] = bus[tree]
    column = kinds == 1
    spine = cx - spine_gap / 2.0
    mid = cy + ch / 2.0
    xs[column, 1] = pbx[column]
    ys[column, 1] = bus[column]
    xs[column, 2] = spine[column]
    ys[column, 2] = bus[column]
    xs[column, 3] = spine[column]
    ys[column, 3] = mid[column]
    xs[column, 4] = cx[column]
    ys[column, 4] = mid[column]
    return xs, ys
