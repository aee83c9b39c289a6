"""Where the talent-flow diagram puts each organisation: one group per set of linked organisations, packed in rows."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

PAIR_GAP = 120.0  # between the two names of a lone move, room for its arrow
CELL_GAP = 28.0  # between groups
NAME_GAP = 16.0  # at least this between two names' boxes
MARGIN = 16.0


def groups(nodes: Sequence[str], links: Sequence[tuple[str, str]]) -> list[list[str]]:
    """The connected groups of organisations (moves in either direction link them), biggest first."""
    linked: dict[str, set[str]] = {n: set() for n in nodes}
    for a, b in links:
        if a in linked and b in linked and a != b:
            linked[a].add(b)
            linked[b].add(a)
    order = {n: i for i, n in enumerate(nodes)}
    seen: set[str] = set()
    out = []
    for n in nodes:
        if n in seen:
            continue
        group, todo = [], [n]
        seen.add(n)
        while todo:
            m = todo.pop()
            group.append(m)
            for k in sorted(linked[m] - seen):
                seen.add(k)
                todo.append(k)
        out.append(sorted(group, key=order.__getitem__))
    return sorted(out, key=lambda g: (-len(g), order[g[0]]))


def flow_positions(nodes: Sequence[str], links: Sequence[tuple[str, str]], widths: Mapping[str, float],
                   box_h: float, width: float, height: float) -> tuple[dict[str, tuple[float, float]], float]:
    """Centres of the organisations' boxes and the height the diagram needs in a canvas `width` wide.

    One group fills the canvas on an ellipse (as wide as the canvas allows); several are packed in rows,
    a lone move as a pair side by side (from left to right), bigger groups each on an ellipse of their own.
    """
    parts = groups(nodes, links)
    if len(parts) <= 1:
        rx = max(40.0, width / 2 - _widest(nodes, widths) / 2 - MARGIN)
        rx, ry, turn = _apart(list(nodes), widths, box_h, rx, max(30.0, height / 2 - box_h - MARGIN), rx)
        tall = max(height, 2 * (ry + box_h + MARGIN))
        return _ellipse(list(nodes), width / 2, tall / 2, rx, ry, turn), tall
    sources = {a for a, _ in links}
    out: dict[str, tuple[float, float]] = {}
    x = y = MARGIN
    row_h = 0.0
    for part in parts:
        if len(part) == 2:
            left, right = part if part[0] in sources else part[::-1]
            cell_w = widths[left] + PAIR_GAP + widths[right]
            cell_h = box_h + 24.0
        else:
            rx = max(90.0, len(part) * 26.0)
            room = max(rx, (width - _widest(part, widths)) / 2 - MARGIN)
            rx, ry, turn = _apart(part, widths, box_h, rx, max(60.0, len(part) * 16.0), room)
            cell_w = 2 * rx + _widest(part, widths)
            cell_h = 2 * ry + box_h + 24.0
        if x > MARGIN and x + cell_w > width - MARGIN:
            x, y, row_h = MARGIN, y + row_h + CELL_GAP, 0.0
        cy = y + cell_h / 2
        if len(part) == 2:
            out[left] = (x + widths[left] / 2, cy)
            out[right] = (x + cell_w - widths[right] / 2, cy)
        else:
            out.update(_ellipse(part, x + cell_w / 2, cy, rx, ry, turn))
        x += cell_w + CELL_GAP
        row_h = max(row_h, cell_h)
    return out, max(height, y + row_h + MARGIN)


def _apart(names: list[str], widths: Mapping[str, float], box_h: float, rx: float, ry: float,
           max_rx: float) -> tuple[float, float, float]:
    """The ellipse's radii (from `rx`, `ry` up: wider up to `max_rx`, the canvas's room, then taller, as the
    canvas scrolls) and turn at which no two names on it overlap: long names at its top and bottom, side by
    side, covered each other. Two names mirrored across the vertical axis sit at one height however tall
    the ellipse; a quarter step's turn sets them at different heights."""
    wide, tall = rx, ry
    for turn, tries in ((0.0, 16), (0.25, 48)):
        wide, tall = rx, ry
        for _ in range(tries):
            if not _overlap(_ellipse(names, 0.0, 0.0, wide, tall, turn), widths, box_h):
                return wide, tall, turn
            if wide < max_rx:
                wide = min(max_rx, wide * 1.12)
            else:
                tall *= 1.12
    return wide, tall, 0.25


def _overlap(pos: Mapping[str, tuple[float, float]], widths: Mapping[str, float], box_h: float) -> bool:
    """Whether two names' boxes come closer than NAME_GAP (a sweep down the names by height)."""
    by_y = sorted(pos.items(), key=lambda kv: (kv[1][1], kv[0]))
    for i, (a, (xa, ya)) in enumerate(by_y):
        for b, (xb, yb) in by_y[i + 1:]:
            if yb - ya >= box_h + NAME_GAP:
                break
            if abs(xa - xb) * 2 < widths[a] + widths[b] + NAME_GAP:
                return True
    return False


def _widest(names: Sequence[str], widths: Mapping[str, float]) -> float:
    return max((widths[n] for n in names), default=0.0)


def _ellipse(names: list[str], cx: float, cy: float, rx: float, ry: float,
             turn: float = 0.0) -> dict[str, tuple[float, float]]:
    """The names evenly round an ellipse from its top, clockwise, turned by `turn` of a step."""
    n = max(1, len(names))
    angles = [2 * math.pi * (i + turn) / n - math.pi / 2 for i in range(len(names))]
    return {name: (cx + rx * math.cos(a), cy + ry * math.sin(a)) for name, a in zip(names, angles)}
