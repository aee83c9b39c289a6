"""Where the talent-flow diagram puts each organisation: one group per set of linked organisations, packed in rows."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

PAIR_GAP = 120.0  # between the two names of a lone move, room for its arrow
CELL_GAP = 28.0  # between groups
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
        return _ellipse(list(nodes), width / 2, height / 2,
                        max(40.0, width / 2 - _widest(nodes, widths) / 2 - MARGIN),
                        max(30.0, height / 2 - box_h - MARGIN)), height
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
            ry = max(60.0, len(part) * 16.0)
            cell_w = 2 * rx + _widest(part, widths)
            cell_h = 2 * ry + box_h + 24.0
        if x > MARGIN and x + cell_w > width - MARGIN:
            x, y, row_h = MARGIN, y + row_h + CELL_GAP, 0.0
        cy = y + cell_h / 2
        if len(part) == 2:
            out[left] = (x + widths[left] / 2, cy)
            out[right] = (x + cell_w - widths[right] / 2, cy)
        else:
            out.update(_ellipse(part, x + cell_w / 2, cy, rx, ry))
        x += cell_w + CELL_GAP
        row_h = max(row_h, cell_h)
    return out, max(height, y + row_h + MARGIN)


def _widest(names: Sequence[str], widths: Mapping[str, float]) -> float:
    return max((widths[n] for n in names), default=0.0)


def _ellipse(names: list[str], cx: float, cy: float, rx: float, ry: float) -> dict[str, tuple[float, float]]:
    n = max(1, len(names))
    return {name: (cx + rx * math.cos(2 * math.pi * i / n - math.pi / 2), cy + ry * math.sin(2 * math.pi * i / n - math.pi / 2))
            for i, name in enumerate(names)}
