"""The chart's content at one date: snapshot(facts, at), answered from a cached TimelineIndex."""

from __future__ import annotations

from datetime import date

from orgtracker.domain.facts import FactSet

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
