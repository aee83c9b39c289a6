"""A row of organisations opens at its left edge, even when the ones that opened it before are gone."""

from __future__ import annotations

from dataclasses import replace

from test_layout_packing import World

from orgtracker.graph.layout import layout_snapshot


def _harbour() -> World:
    w = World()
    for oid, name in [(1, "Alder Ferries"), (2, "Bramble Locks"), (3, "Cinder Wharf"), (4, "Dunlin Tugs")]:
        w.org(oid, name)
        w.people(oid, 2)
    return w


def test_a_row_whose_first_organisation_is_gone_starts_with_the_next_at_the_left():
    """Jumping from 2027 back to 2013 kept every organisation at its 2027 place: the row's old first
    organisations were gone and the chart's top left, where the window looks first, stayed blank."""
    w = _harbour()
    before = layout_snapshot(w.snapshot())
    top = min(h.y for h in before.headers.values())
    first, second, third = [oid for _, oid in sorted((h.x, oid) for oid, h in before.headers.items() if h.y == top)]
    snap = replace(w.snapshot(), placements=[p for p in w.placements if p.org_id != first])
    after = layout_snapshot(snap, previous=before)
    assert after.headers[second].x == before.headers[first].x  # the row still opens at its left edge
    assert after.headers[third].x == before.headers[third].x  # the others keep their places
