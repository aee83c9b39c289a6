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
