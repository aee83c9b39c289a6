"""The chart's content at one date: snapshot(facts, at), answered from a cached TimelineIndex."""

from __future__ import annotations

from datetime import date

from orgtracker.domain.facts import FactSet
from orgtracker.domain.intervals import Activity

from .index import TimelineIndex
from .model import Edge, Placement, Snapshot


def snapshot(facts: FactSet, at: date) -> Snapshot:
    """Placements, reporting edges and organisations active or possibly active at `at`.

    One placement per (person, organisation) membership, sorted by (person_id,
    org_id); edges sorted by (person_id, manager_id, line_id); organisations
    shown are those with someone placed, those nobody was ever placed in, and
    their enclosing organisations. Rejected facts are ignored.
    """
    return TimelineIndex.of(facts).snapshot(at)


def placement_key(p: Placement) -> tuple[int, int]:
    return (p.person_id, p.org_id)


def edge_key(e: Edge) -> tuple[int, int, int]:
    return (e.person_id, e.manager_id, e.line_id)


def certain_part(s: Snapshot) -> Snapshot:
    """The snapshot without what is only possibly active at its date: cards and lines whose dates are
    uncertain there, and organisations left with nobody (their enclosing organisations stay)."""
    active = Activity.ACTIVE
    placements = [p for p in s.placements if p.activity is active]
    placed = {p.person_id for p in placements}
    edges = [e for e in s.edges if e.activity is active and e.person_id in placed and e.manager_id in placed]
    had_people = {p.org_id for p in s.placements}
    keep = {p.org_id for p in placements} | (set(s.orgs) - had_people)
    for org in list(keep):
        node = s.orgs.get(org)
        while node is not None and node.parent_id is not None and node.parent_id not in keep:
            keep.add(node.parent_id)
            node = s.orgs.get(node.parent_id)
    return Snapshot(s.at, placements, edges, {o: n for o, n in s.orgs.items() if o in keep})
