"""Talent flows: who moved from which organisation to which in a window, as a weighted directed graph."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import networkx as nx

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet, Tenure

# How far apart a departure and the next arrival may be and still count as one move: dates in news
# are fuzzy (the leave may be reported a little after the join), and people take time off between jobs.
OVERLAP = timedelta(days=90)
GAP = timedelta(days=365)


@dataclass(frozen=True)
class Stint:
    """One continuous stay of a person at an organisation, titles merged."""

    person_id: int
    org_id: int
    start: date | None  # representative day of the fuzzy start; None: before anything known
    end: date | None  # representative day of the fuzzy end; None: still there; date.max: left, date unknown


def representative(fd: FuzzyDate | None) -> date | None:
    """The middle of a fuzzy date's span (its known bound when one side is open)."""
    if fd is None:
        return None
    lo, hi = fd.earliest, fd.latest
    if lo is not None and hi is not None:
        return date.fromordinal((lo.toordinal() + hi.toordinal()) // 2)
    return lo or hi


def _start_day(fd: FuzzyDate | None) -> date | None:
    """A start known only as "on or before X" began before anything we know: None, not X."""
    if fd is None or fd.earliest is None:
        return None
    return representative(fd)


def stints(facts: FactSet) -> dict[int, list[Stint]]:
    """Each person's stints, sorted by start; title segments that touch or overlap are one stint."""
    by_membership: dict[tuple[int, int], list[Tenure]] = {}
    for t in facts.live_tenures():
        by_membership.setdefault((t.person_id, t.org_id), []).append(t)
    out: dict[int, list[Stint]] = {}
    for (pid, oid), segs in by_membership.items():
        spans = sorted(((_start_day(t.start), None if t.end is None else representative(t.end) or date.max)
                        for t in segs), key=lambda s: s[0] or date.min)
        cur_start, cur_end = spans[0]
        for s, e in spans[1:]:
            if cur_end is None or cur_end == date.max or (s or date.min) <= cur_end + timedelta(days=1):
                cur_end = None if cur_end is None or e is None else max(cur_end, e)
            else:
                out.setdefault(pid, []).append(Stint(pid, oid, cur_start, cur_end))
                cur_start, cur_end = s, e
        out.setdefault(pid, []).append(Stint(pid, oid, cur_start, cur_end))
    for pid in out:
        out[pid].sort(key=lambda st: (st.start or date.min, st.org_id))
    return out


def moves(facts: FactSet, start: date, end: date) -> list[tuple[int, int, int]]:
    """(person, from org, to org) for each arrival dated in [start, end) that follows a departure elsewhere."""
    found: list[tuple[int, int, int]] = []
    for pid, person_stints in stints(facts).items():
        for arrival in person_stints:
            if arrival.start is None or not start <= arrival.start < end:
                continue
            candidates = [
                left for left in person_stints
                if left.org_id != arrival.org_id and left.end is not None
                and (left.start is None or left.start < arrival.start)
                and (left.end == date.max or arrival.start - GAP <= left.end <= arrival.start + OVERLAP)
            ]
            if candidates:
                # the latest dated departure; one with an unknown date only when none is dated
                best = max(candidates, key=lambda st: (st.end != date.max, st.end, st.start or date.min))
                found.append((pid, best.org_id, arrival.org_id))
    return found


def talent_flows(facts: FactSet, start: date, end: date) -> nx.DiGraph:
    """Organisations as nodes (id, with attribute `name`); an edge A → B per pair with people who moved
    from A to B in [start, end): `weight` = how many people, `people` = their names, `person_ids`."""
    graph = nx.DiGraph()
    for pid, src, dst in moves(facts, start, end):
        for oid in (src, dst):
            if oid not in graph:
                org = facts.orgs.get(oid)
                graph.add_node(oid, name=org.name if org else f"organisation #{oid}")
        if graph.has_edge(src, dst):
            data = graph.edges[src, dst]
            if pid in data["person_ids"]:
                continue
        else:
            graph.add_edge(src, dst, weight=0, people=[], person_ids=[])
            data = graph.edges[src, dst]
        person = facts.people.get(pid)
        data["person_ids"].append(pid)
        data["people"].append(person.name if person else f"person #{pid}")
        data["weight"] += 1
    for _, _, data in graph.edges(data=True):
        order = sorted(range(len(data["people"])), key=lambda i: (data["people"][i], data["person_ids"][i]))
        data["people"] = [data["people"][i] for i in order]
        data["person_ids"] = [data["person_ids"][i] for i in order]
    return graph
