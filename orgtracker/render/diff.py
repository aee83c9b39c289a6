"""What changed between two chart layouts, by card key: the renderer touches only that."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from orgtracker.graph.layout import CardKey, ChartLayout

# A line is keyed by its child card (the line to its manager) or, for a dotted-line report,
# by ("dotted", child, manager).
LineKey = CardKey | tuple[str, CardKey, CardKey]


@dataclass(slots=True)
class LayoutDiff:
    added: list[CardKey] = field(default_factory=list)
    removed: list[CardKey] = field(default_factory=list)
    moved: list[CardKey] = field(default_factory=list)  # the same card with a new box (place or size)
    restyled: list[CardKey] = field(default_factory=list)  # what the card shows changed
    changed: set[CardKey] = field(default_factory=set)  # joined, new title or activity, folded count, new manager
    lines: set[LineKey] = field(default_factory=set)  # lines that appeared, went away, or moved or changed style


def line_keys(layout: ChartLayout) -> Iterator[LineKey]:
    """Every line the layout draws (see `edges.line_spec`)."""
    cards = layout.cards
    for key, c in cards.items():
        if c.manager is not None and c.edge is not None and c.manager in cards:
            yield key
    for child, parent, _ in layout.dotted:
        if child in cards and parent in cards:
            yield ("dotted", child, parent)


def diff_layouts(old: ChartLayout | None, new: ChartLayout) -> LayoutDiff:
    """Compare two layouts card by card; with no `old`, everything is added (and nothing "changed")."""
    cards = new.cards
    if old is None:
        return LayoutDiff(added=list(cards), lines=set(line_keys(new)))
    before = old.cards
    d = LayoutDiff()
    added, moved, restyled, changed, lines = d.added, d.moved, d.restyled, d.changed, d.lines
    get = before.get
    for key, c in cards.items():
        o = get(key)
        if o is None:
            added.append(key)
            changed.add(key)
            lines.add(key)
            continue
        if o.x != c.x or o.y != c.y or o.w != c.w or o.h != c.h:
            moved.append(key)
            lines.add(key)
        op, cp = o.placement, c.placement
        if (op is not cp and op != cp) or o.secondary != c.secondary or o.hidden != c.hidden or o.w != c.w or o.h != c.h:
            restyled.append(key)
            if op.title != cp.title or op.activity != cp.activity or o.hidden != c.hidden:
                changed.add(key)
        if o.manager != c.manager or o.route is not c.route or (o.edge is not c.edge and _line_look(o) != _line_look(c)):
            lines.add(key)
            if (o.manager and o.manager[0]) != (c.manager and c.manager[0]):
                changed.add(key)
    d.removed = [k for k in before if k not in cards]
    lines.update(d.removed)
    shifted = set(moved)
    shifted.update(added)
    shifted.update(d.removed)
    if shifted:  # lines hang from their manager too
        for key, c in cards.items():
            if c.manager in shifted:
                lines.add(key)
    old_dotted = {(c, p): s for c, p, s in old.dotted}
    new_dotted = {(c, p): s for c, p, s in new.dotted}
    for pair in old_dotted.keys() | new_dotted.keys():
        if old_dotted.get(pair) != new_dotted.get(pair) or pair[0] in shifted or pair[1] in shifted:
            lines.add(("dotted", *pair))
    return d


def _line_look(c) -> tuple:
    e = c.edge
    return (None, None) if e is None else (e.kind, e.activity)
