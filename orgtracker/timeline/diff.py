"""What changed between two dates: the structural difference of two snapshots and its summary in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from orgtracker.domain.facts import FactSet

from .index import ACTIVE, INACTIVE, State, TimelineIndex
from .model import Change, Edge, OrgNode, Placement, Snapshot
from .snapshot import edge_key, placement_key

CHANGE_ORDER = {"moved": 0, "joined": 1, "left": 2, "new_title": 3, "new_manager": 4}


@dataclass
class Diff:
    """snapshot(a) → snapshot(b). `placements_changed` etc. hold (before, after) pairs with one key."""

    a: date
    b: date
    placements_added: list[Placement] = field(default_factory=list)
    placements_removed: list[Placement] = field(default_factory=list)
    placements_changed: list[tuple[Placement, Placement]] = field(default_factory=list)
    edges_added: list[Edge] = field(default_factory=list)
    edges_removed: list[Edge] = field(default_factory=list)
    edges_changed: list[tuple[Edge, Edge]] = field(default_factory=list)
    orgs_added: list[OrgNode] = field(default_factory=list)
    orgs_removed: list[OrgNode] = field(default_factory=list)
    orgs_changed: list[tuple[OrgNode, OrgNode]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.placements_added or self.placements_removed or self.placements_changed
                    or self.edges_added or self.edges_removed or self.edges_changed
                    or self.orgs_added or self.orgs_removed or self.orgs_changed)


def diff(facts: FactSet, a: date, b: date) -> Diff:
    """The difference between the snapshots at a and b, with `.changes` in words.

    Three-valued: a membership or solid reporting line not surely active at a
    (inactive or possible) and surely active at b is a join / new manager; one
    active or possible at a and inactive at b is a departure.
    """
    index = TimelineIndex.of(facts)
    sa, sb = index.state(a), index.state(b)
    out = Diff(a, b)
    _placements(index, sa, sb, out)
    _edges(index, sa, sb, out)
    _orgs(index, sa, sb, out)
    out.changes = _membership_changes(index, sa, sb) + _manager_changes(index, sa, sb)
    out.changes.sort(key=lambda c: (c.person, c.person_id, CHANGE_ORDER.get(c.kind, 9), c.before or "", c.after or ""))
    return out


def apply_diff(d: Diff, before: Snapshot) -> Snapshot:
    """snapshot(d.a) with d applied: equal to snapshot(d.b)."""
    if before.at != d.a:
        raise ValueError(f"this diff starts at {d.a.isoformat()}, not at {before.at.isoformat()}")
    placements = {placement_key(p): p for p in before.placements}
    for p in d.placements_removed:
        del placements[placement_key(p)]
    for _, p in d.placements_changed:
        placements[placement_key(p)] = p
    for p in d.placements_added:
        placements[placement_key(p)] = p
    edges = {edge_key(e): e for e in before.edges}
    for e in d.edges_removed:
        del edges[edge_key(e)]
    for _, e in d.edges_changed:
        edges[edge_key(e)] = e
    for e in d.edges_added:
        edges[edge_key(e)] = e
    orgs = dict(before.orgs)
    for o in d.orgs_removed:
        del orgs[o.org_id]
    for _, o in d.orgs_changed:
        orgs[o.org_id] = o
    for o in d.orgs_added:
        orgs[o.org_id] = o
    return Snapshot(
        at=d.b,
        placements=[placements[k] for k in sorted(placements)],
        edges=[edges[k] for k in sorted(edges)],
        orgs={k: orgs[k] for k in sorted(orgs)},
    )


def _placements(index: TimelineIndex, sa: State, sb: State, out: Diff) -> None:
    differs = (sa.memb_state != sb.memb_state) | (sa.memb_seg != sb.memb_seg) | (sa.memb_certain != sb.memb_certain)
    for m in np.flatnonzero(differs).tolist():
        pa, pb = index.placement(sa, m), index.placement(sb, m)
        if pa is None:
            out.placements_added.append(pb)
        elif pb is None:
            out.placements_removed.append(pa)
        else:
            out.placements_changed.append((pa, pb))


def _edges(index: TimelineIndex, sa: State, sb: State, out: Diff) -> None:
    for i in np.flatnonzero(sa.line_state != sb.line_state).tolist():
        ea, eb = index.edge(sa, i), index.edge(sb, i)
        if ea is None:
            out.edges_added.append(eb)
        elif eb is None:
            out.edges_removed.append(ea)
        else:
            out.edges_changed.append((ea, eb))


def _orgs(index: TimelineIndex, sa: State, sb: State, out: Diff) -> None:
    for oid in sorted(set(sa.org_parent) | set(sb.org_parent)):
        if oid not in sa.org_parent:
            out.orgs_added.append(index.org_node(oid, sb.org_parent[oid]))
        elif oid not in sb.org_parent:
            out.orgs_removed.append(index.org_node(oid, sa.org_parent[oid]))
        elif sa.org_parent[oid] != sb.org_parent[oid]:
            out.orgs_changed.append((index.org_node(oid, sa.org_parent[oid]), index.org_node(oid, sb.org_parent[oid])))


def _membership_changes(index: TimelineIndex, sa: State, sb: State) -> list[Change]:
    was, now = sa.memb_state, sb.memb_state
    joined = (was != ACTIVE) & (now == ACTIVE)
    left = (was != INACTIVE) & (now == INACTIVE)
    shown_b = np.maximum(sb.memb_seg, 0)
    newly_sure = (sb.seg_state[shown_b] == ACTIVE) & (sa.seg_state[shown_b] != ACTIVE) if len(shown_b) else joined
    retitled = (was != INACTIVE) & (now != INACTIVE) & sb.memb_certain & newly_sure & ~joined
    by_person: dict[int, tuple[list[str], list[str]]] = {}
    changes: list[Change] = []
    for m in np.flatnonzero(joined | left).tolist():
        pid, oid = index.memberships[m]
        entry = by_person.setdefault(pid, ([], []))
        entry[0 if left[m] else 1].append(index.org_name(oid))
    for pid, (lefts, joins) in by_person.items():
        name = index.person_name(pid)
        lefts.sort()
        joins.sort()
        while lefts and joins:
            changes.append(Change("moved", pid, name, lefts.pop(0), joins.pop(0)))
        changes.extend(Change("left", pid, name, org, None) for org in lefts)
        changes.extend(Change("joined", pid, name, None, org) for org in joins)
    for m in np.flatnonzero(retitled).tolist():
        after = index.tenures[int(sb.memb_seg[m])].title
        before = _title_before(index, sa, m, after)
        if before != after:
            pid = index.memberships[m][0]
            changes.append(Change("new_title", pid, index.person_name(pid), before, after))
    return changes


def _title_before(index: TimelineIndex, sa: State, m: int, after: str | None) -> str | None:
    """The title held at a that differs from `after`: the one shown, else the likeliest other live one."""
    shown = index.tenures[int(sa.memb_seg[m])].title
    if shown != after:
        return shown
    first, last = int(index.memb_first[m]), int(index.memb_first[m + 1])
    others = [i for i in range(first, last) if sa.seg_state[i] != INACTIVE and index.tenures[i].title != after]
    if not others:
        return after
    best = max(others, key=lambda i: (int(sa.seg_state[i]), int(index.seg_ref[i]), index.tenures[i].id))
    return index.tenures[best].title


def _manager_changes(index: TimelineIndex, sa: State, sb: State) -> list[Change]:
    solid = index.line_solid
    new = np.flatnonzero(solid & (sb.line_state == ACTIVE) & (sa.line_state != ACTIVE))
    if not len(new):
        return []
    people = np.unique(index.line_person[new])
    theirs = np.flatnonzero(solid & np.isin(index.line_person, people) & (sa.line_state != INACTIVE))
    managers_before: dict[int, dict[int, int]] = {}
    for i in theirs.tolist():
        pid, mid = int(index.line_person[i]), int(index.line_manager[i])
        seen = managers_before.setdefault(pid, {})
        seen[mid] = max(seen.get(mid, 0), int(sa.line_state[i]))
    changes: list[Change] = []
    reported: set[tuple[int, int]] = set()
    for i in new.tolist():
        pid, mid = int(index.line_person[i]), int(index.line_manager[i])
        before = managers_before.get(pid, {})
        if before.get(mid) == ACTIVE or (pid, mid) in reported:
            continue
        reported.add((pid, mid))
        surely = sorted(index.person_name(x) for x, s in before.items() if s == ACTIVE and x != mid)
        maybe = sorted(index.person_name(x) for x, s in before.items() if s != ACTIVE and x != mid)
        was = ", ".join(surely or maybe) or None
        changes.append(Change("new_manager", pid, index.person_name(pid), was, index.person_name(mid)))
    return changes
