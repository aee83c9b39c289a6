"""What changed between two dates: the structural difference of two snapshots and its summary in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from orgtracker.domain.facts import FactSet

from .index import ACTIVE, INACTIVE, POSSIBLE, State, TimelineIndex
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
    summary: Callable[[], list[Change]] | None = field(default=None, repr=False, compare=False)

    @property
    def changes(self) -> list[Change]:
        """What changed in words, in reading order; worked out on first use, as it costs more than the
        structural difference (tens of thousands of lines over a year of a large organisation)."""
        made = self.__dict__.get("_changes")
        if made is None:
            made = self.summary() if self.summary is not None else []
            self.__dict__["_changes"] = made
        return made

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
    out = Diff(a, b, summary=lambda: _in_reading_order(index, _membership_changes(index, sa, sb)
                                                     + _manager_changes(index, sa, sb)))
    _placements(index, sa, sb, out)
    _edges(index, sa, sb, out)
    _orgs(index, sa, sb, out)
    return out


Row = tuple[str, int, "str | None", "str | None"]  # a change before it is put in words: kind, person, before, after


def _in_reading_order(index: TimelineIndex, rows: list[Row]) -> list[Change]:
    """By person name, then moved, joined, left, new title, new manager, then before/after."""
    names, order = index.person_names, CHANGE_ORDER
    keyed = [(names[pid], pid, order[kind], before or "", after or "", i)
             for i, (kind, pid, before, after) in enumerate(rows)]
    keyed.sort()
    return [Change(rows[i][0], pid, name, rows[i][2], rows[i][3]) for name, pid, _, _, _, i in keyed]


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
    differs = np.flatnonzero((sa.memb_state != sb.memb_state) | (sa.memb_seg != sb.memb_seg)
                             | (sa.memb_certain != sb.memb_certain))
    was, now = sa.memb_state[differs] != INACTIVE, sb.memb_state[differs] != INACTIVE
    out.placements_added = index.placements_of(sb, differs[~was & now])
    out.placements_removed = index.placements_of(sa, differs[was & ~now])
    both = differs[was & now]
    out.placements_changed = list(zip(index.placements_of(sa, both), index.placements_of(sb, both)))


def _edges(index: TimelineIndex, sa: State, sb: State, out: Diff) -> None:
    differs = np.flatnonzero(sa.line_state != sb.line_state)
    was, now = sa.line_state[differs] != INACTIVE, sb.line_state[differs] != INACTIVE
    out.edges_added = index.edges_of(sb, differs[~was & now])
    out.edges_removed = index.edges_of(sa, differs[was & ~now])
    both = differs[was & now]
    out.edges_changed = list(zip(index.edges_of(sa, both), index.edges_of(sb, both)))


def _orgs(index: TimelineIndex, sa: State, sb: State, out: Diff) -> None:
    for oid in sorted(set(sa.org_parent) | set(sb.org_parent)):
        if oid not in sa.org_parent:
            out.orgs_added.append(index.org_node(oid, sb.org_parent[oid]))
        elif oid not in sb.org_parent:
            out.orgs_removed.append(index.org_node(oid, sa.org_parent[oid]))
        elif sa.org_parent[oid] != sb.org_parent[oid]:
            out.orgs_changed.append((index.org_node(oid, sa.org_parent[oid]), index.org_node(oid, sb.org_parent[oid])))


def _membership_changes(index: TimelineIndex, sa: State, sb: State) -> list[Row]:
    was, now = sa.memb_state, sb.memb_state
    confirmed = (was == POSSIBLE) & index.memb_open_start  # became sure, but no join date is known
    joined = (was != ACTIVE) & (now == ACTIVE) & ~confirmed
    left = (was != INACTIVE) & (now == INACTIVE)
    orgs = index.org_names
    rows: list[Row] = []
    moves = np.flatnonzero(joined | left)
    pids = index.memb_person[moves]
    several = np.zeros(len(moves), bool)
    if len(moves) > 1:
        same = pids[1:] == pids[:-1]  # memberships are sorted by person
        several[1:] |= same
        several[:-1] |= same
    one = moves[~several]
    for went, pid, oid in zip(left[one].tolist(), pids[~several].tolist(), index.memb_org[one].tolist()):
        rows.append(("left", pid, orgs[oid], None) if went else ("joined", pid, None, orgs[oid]))
    by_person: dict[int, tuple[list[str], list[str]]] = {}
    many = moves[several]
    for went, pid, oid in zip(left[many].tolist(), pids[several].tolist(), index.memb_org[many].tolist()):
        by_person.setdefault(pid, ([], []))[0 if went else 1].append(orgs[oid])
    for pid, (lefts, joins) in by_person.items():
        lefts.sort()
        joins.sort()
        while lefts and joins:
            rows.append(("moved", pid, lefts.pop(0), joins.pop(0)))
        rows.extend(("left", pid, org, None) for org in lefts)
        rows.extend(("joined", pid, None, org) for org in joins)
    shown_b = np.maximum(sb.memb_seg, 0)
    newly_sure = (sb.seg_state[shown_b] == ACTIVE) & (sa.seg_state[shown_b] != ACTIVE)
    retitled = np.flatnonzero((was != INACTIVE) & (now != INACTIVE) & sb.memb_certain & newly_sure & ~joined)
    for m, seg, pid in zip(retitled.tolist(), sb.memb_seg[retitled].tolist(), index.memb_person[retitled].tolist()):
        after = index.tenures[seg].title
        before = _title_before(index, sa, m, after)
        if before != after:
            rows.append(("new_title", pid, before, after))
    return rows


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


def _manager_changes(index: TimelineIndex, sa: State, sb: State) -> list[Row]:
    solid, person, manager = index.line_solid, index.line_person, index.line_manager
    new = np.flatnonzero(solid & (sb.line_state == ACTIVE) & (sa.line_state != ACTIVE))
    if not len(new):
        return []
    theirs = np.flatnonzero(solid & np.isin(person, person[new]) & (sa.line_state != INACTIVE))
    width = int(manager.max()) + 1
    sure = theirs[sa.line_state[theirs] == ACTIVE]
    new = new[~np.isin(person[new] * width + manager[new], person[sure] * width + manager[sure])]
    surely: dict[int, list[int]] = {}
    maybe: dict[int, list[int]] = {}
    for pid, mid, s in zip(person[theirs].tolist(), manager[theirs].tolist(), sa.line_state[theirs].tolist()):
        (surely if s == ACTIVE else maybe).setdefault(pid, []).append(mid)
    names = index.person_names
    rows: list[Row] = []
    last = None
    for pid, mid in zip(person[new].tolist(), manager[new].tolist()):
        if (pid, mid) == last:  # lines are sorted by (person, manager): repeats are adjacent
            continue
        last = (pid, mid)
        had = [m for m in surely.get(pid, ()) if m != mid] or [m for m in maybe.get(pid, ()) if m != mid]
        if not had:
            was = None
        elif len(had) == 1:
            was = names[had[0]]
        else:
            was = ", ".join(sorted({names[m] for m in had}))
        rows.append(("new_manager", pid, was, names[mid]))
    return rows
