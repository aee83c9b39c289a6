"""An index of a FactSet's intervals as numpy arrays, built once, that answers "what holds at t" fast."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date

import numpy as np

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet, LineKind, OrgParent, ReportingLine, Tenure
from orgtracker.domain.intervals import Activity

from .model import Edge, OrgNode, Placement, Snapshot

# Day ordinals stand for dates; these stand for the unbounded past and future.
NEG = -(1 << 62)
POS = 1 << 62

INACTIVE, POSSIBLE, ACTIVE = 0, 1, 2
ACTIVITY = {ACTIVE: Activity.ACTIVE, POSSIBLE: Activity.POSSIBLE}


def start_bounds(fd: FuzzyDate | None) -> tuple[int, int]:
    """(s_lo, s_hi): live from s_lo, surely started from s_hi (intervals.activity's rules)."""
    if fd is None:
        return NEG, NEG
    lo = fd.earliest.toordinal() if fd.earliest is not None else NEG
    hi = fd.latest.toordinal() if fd.latest is not None else POS
    return lo, hi


def end_bounds(fd: FuzzyDate | None) -> tuple[int, int]:
    """(e_lo, e_hi): surely running before e_lo, surely over from e_hi."""
    if fd is None:
        return POS, POS
    lo = fd.earliest.toordinal() if fd.earliest is not None else NEG
    hi = fd.latest.toordinal() if fd.latest is not None else POS
    return lo, hi


def reference_point(t: Tenure) -> int | None:
    """The day a title is dated to when choosing between uncertain titles: its start, else its anchor."""
    fd = t.start if t.start is not None and (t.start.earliest or t.start.latest) else t.anchor
    if fd is None:
        return None
    lo, hi = fd.earliest, fd.latest
    if lo is not None and hi is not None:
        return (lo.toordinal() + hi.toordinal()) // 2
    if lo is not None:
        return lo.toordinal()
    if hi is not None:
        return hi.toordinal()
    return None


class _Bounds:
    """Four int64 arrays of interval bounds plus the live / active masks at a day."""

    def __init__(self, starts: list[FuzzyDate | None], ends: list[FuzzyDate | None]):
        sb = [start_bounds(s) for s in starts]
        eb = [end_bounds(e) for e in ends]
        self.s_lo = np.fromiter((b[0] for b in sb), np.int64, len(sb))
        self.s_hi = np.fromiter((b[1] for b in sb), np.int64, len(sb))
        self.e_lo = np.fromiter((b[0] for b in eb), np.int64, len(eb))
        self.e_hi = np.fromiter((b[1] for b in eb), np.int64, len(eb))

    def states(self, t: int) -> np.ndarray:
        """INACTIVE / POSSIBLE / ACTIVE per interval at day t, as int8."""
        live = (self.s_lo <= t) & (t < self.e_hi)
        active = live & (self.s_hi <= t) & (t < self.e_lo)
        return live.astype(np.int8) + active.astype(np.int8)

    def boundary_days(self) -> np.ndarray:
        out = np.concatenate([self.s_lo, self.s_hi, self.e_lo, self.e_hi])
        return out[(out != NEG) & (out != POS)]


@dataclass
class State:
    """What holds at one day, as arrays over the index's memberships and lines."""

    day: int
    seg_state: np.ndarray  # int8 per tenure segment
    memb_state: np.ndarray  # int8 per membership
    memb_seg: np.ndarray  # int32: the segment whose title is shown, -1 when not live
    memb_certain: np.ndarray  # bool
    line_state: np.ndarray  # int8 per line
    org_parent: dict[int, int | None]  # shown organisations → enclosing organisation


class TimelineIndex:
    """Sorted arrays over the live facts of one FactSet.

    A FactSet is treated as frozen once indexed: `TimelineIndex.of(facts)`
    rebuilds only when its lists were replaced or changed length; after
    changing facts in place, call `TimelineIndex.forget(facts)`.
    """

    _cache: dict[int, tuple[weakref.ref, tuple, "TimelineIndex"]] = {}

    @classmethod
    def of(cls, facts: FactSet) -> "TimelineIndex":
        key = id(facts)
        stamp = _stamp(facts)
        hit = cls._cache.get(key)
        if hit is not None and hit[0]() is facts and hit[1] == stamp:
            return hit[2]
        index = cls(facts)
        ref = weakref.ref(facts, lambda _r, k=key: cls._cache.pop(k, None))
        cls._cache[key] = (ref, stamp, index)
        return index

    @classmethod
    def forget(cls, facts: FactSet) -> None:
        cls._cache.pop(id(facts), None)

    def __init__(self, facts: FactSet):
        self.facts = facts
        self._build_tenures(facts.live_tenures())
        self._build_lines(facts.live_lines())
        self._build_parents(facts.live_parents())
        self._build_names(facts)
        self._make_objects()
        self._org_nodes: dict[tuple[int, int | None], OrgNode] = {}
        self._change_days: np.ndarray | None = None

    # -- building -------------------------------------------------------------
    def _build_tenures(self, tenures: list[Tenure]) -> None:
        tenures.sort(key=lambda t: (t.person_id, t.org_id, t.id))
        self.tenures = tenures
        self.seg = _Bounds([t.start for t in tenures], [t.end for t in tenures])
        refs = [reference_point(t) for t in tenures]
        self.seg_has_ref = np.fromiter((r is not None for r in refs), bool, len(refs))
        self.seg_ref = np.fromiter((r if r is not None else 0 for r in refs), np.int64, len(refs))
        self.seg_id = np.fromiter((t.id for t in tenures), np.int64, len(tenures))
        memberships: list[tuple[int, int]] = []
        seg_memb = np.empty(len(tenures), np.int32)
        first: list[int] = []
        for i, t in enumerate(tenures):
            key = (t.person_id, t.org_id)
            if not memberships or memberships[-1] != key:
                memberships.append(key)
                first.append(i)
            seg_memb[i] = len(memberships) - 1
        self.memberships = memberships
        self.seg_memb = seg_memb
        self.memb_first = np.array(first + [len(tenures)], np.int64)
        self.memb_person = np.fromiter((m[0] for m in memberships), np.int64, len(memberships))
        self.memb_org = np.fromiter((m[1] for m in memberships), np.int64, len(memberships))
        seg_open = np.fromiter((t.start is None or t.start.earliest is None for t in tenures), bool, len(tenures))
        # a membership known only from "X is CEO" statements: no join is known, so none is reported
        self.memb_open_start = (
            np.logical_and.reduceat(seg_open, self.memb_first[:-1]) if len(tenures) else np.zeros(0, bool)
        )
        self._build_chains()

    def _build_chains(self) -> None:
        """Spans where a membership surely holds because one title hands over to the next.

        Title A ending on the same fuzzy date title B starts leaves no gap:
        the person is surely at the organisation from A's sure start to B's
        sure end, even while either title alone is only possible.
        """
        lo: list[int] = []
        hi: list[int] = []
        memb: list[int] = []
        s_hi, e_lo = self.seg.s_hi, self.seg.e_lo
        for m in range(len(self.memberships)):
            a, b = int(self.memb_first[m]), int(self.memb_first[m + 1])
            if b - a < 2:
                continue
            segs = self.tenures[a:b]
            follows = {i: [j for j in range(b - a) if j != i and segs[i].end is not None
                           and segs[j].start == segs[i].end] for i in range(b - a)}
            for i in range(b - a):
                seen: set[int] = set()
                todo = list(follows[i])
                while todo:
                    j = todo.pop()
                    if j in seen:
                        continue
                    seen.add(j)
                    todo.extend(follows[j])
                    if s_hi[a + i] < e_lo[a + j]:
                        lo.append(int(s_hi[a + i]))
                        hi.append(int(e_lo[a + j]))
                        memb.append(m)
        self.chain_lo = np.array(lo, np.int64)
        self.chain_hi = np.array(hi, np.int64)
        self.chain_memb = np.array(memb, np.int32)

    def _build_lines(self, lines: list[ReportingLine]) -> None:
        lines.sort(key=lambda r: (r.person_id, r.manager_id, r.id))
        self.lines = lines
        self.line = _Bounds([r.start for r in lines], [r.end for r in lines])
        self.line_person = np.fromiter((r.person_id for r in lines), np.int64, len(lines))
        self.line_manager = np.fromiter((r.manager_id for r in lines), np.int64, len(lines))
        self.line_solid = np.fromiter((r.kind is LineKind.SOLID for r in lines), bool, len(lines))

    def _build_parents(self, parents: list[OrgParent]) -> None:
        parents.sort(key=lambda p: (p.org_id, p.id))
        self.parents = parents
        self.parent = _Bounds([p.start for p in parents], [p.end for p in parents])
        self.parent_start = [start_bounds(p.start)[0] for p in parents]
        orgs_with_tenures = {t.org_id for t in self.tenures}
        # An organisation nobody has ever been placed in (just added by hand) is always shown.
        self.timeless_orgs = sorted(oid for oid in self.facts.orgs if oid not in orgs_with_tenures)

    def _build_names(self, facts: FactSet) -> None:
        """Names of everyone and every organisation referred to, and people's rank in name order."""
        pids = set(facts.people) | {t.person_id for t in self.tenures}
        pids |= {r.person_id for r in self.lines} | {r.manager_id for r in self.lines}
        self.person_names = {pid: facts.people[pid].name if pid in facts.people else f"person #{pid}" for pid in pids}
        oids = set(facts.orgs) | {t.org_id for t in self.tenures}
        oids |= {p.org_id for p in self.parents} | {p.parent_id for p in self.parents}
        self.org_names = {oid: facts.orgs[oid].name if oid in facts.orgs else f"organisation #{oid}" for oid in oids}
        by_name = sorted(self.person_names, key=lambda pid: (self.person_names[pid], pid))
        self.person_rank = {pid: rank for rank, pid in enumerate(by_name)}

    # -- querying -------------------------------------------------------------
    def state(self, at: date) -> State:
        t = at.toordinal()
        seg_state = self.seg.states(t)
        n_memb = len(self.memberships)
        if n_memb:
            memb_state = np.maximum.reduceat(seg_state, self.memb_first[:-1]).astype(np.int8)
        else:
            memb_state = np.zeros(0, np.int8)
        if len(self.chain_lo):
            covered = (self.chain_lo <= t) & (t < self.chain_hi)
            memb_state[self.chain_memb[covered]] = ACTIVE
        memb_seg = np.full(n_memb, -1, np.int32)
        memb_certain = np.zeros(n_memb, bool)
        live = np.flatnonzero(seg_state)
        if len(live):
            memb = self.seg_memb[live]
            first = np.flatnonzero(np.r_[True, memb[1:] != memb[:-1]])
            counts = np.diff(np.r_[first, len(live)])
            single = first[counts == 1]
            memb_seg[memb[single]] = live[single]
            memb_certain[memb[single]] = True
            for f, c in zip(first[counts > 1].tolist(), counts[counts > 1].tolist()):
                m = int(memb[f])
                seg, certain = self._choose_title(t, live[f:f + c].tolist(), seg_state)
                memb_seg[m] = seg
                memb_certain[m] = certain
        line_state = self.line.states(t)
        return State(t, seg_state, memb_state, memb_seg, memb_certain, line_state, self._org_parents(t, memb_state))

    def _choose_title(self, t: int, segs: list[int], seg_state: np.ndarray) -> tuple[int, bool]:
        """Among a membership's live segments: the surely active one, else the nearest by start/anchor."""
        tenures = self.tenures
        active = [i for i in segs if seg_state[i] == ACTIVE]
        if active:
            best = max(active, key=lambda i: (int(self.seg_ref[i]) if self.seg_has_ref[i] else NEG, tenures[i].id))
            certain = len({tenures[i].title for i in active}) == 1
            return best, certain

        def nearness(i: int) -> tuple:
            if not self.seg_has_ref[i]:
                return (False, 0, 0, tenures[i].id)
            ref = int(self.seg_ref[i])
            return (True, -abs(t - ref), ref, tenures[i].id)

        best = max(segs, key=nearness)
        certain = len({tenures[i].title for i in segs}) == 1
        return best, certain

    def _org_parents(self, t: int, memb_state: np.ndarray) -> dict[int, int | None]:
        parent_of: dict[int, int | None] = {}
        if self.parents:
            pstate = self.parent.states(t)
            rank: dict[int, tuple] = {}
            for i in np.flatnonzero(pstate).tolist():
                p = self.parents[i]
                r = (int(pstate[i]), self.parent_start[i], p.id)
                if p.org_id not in rank or r > rank[p.org_id]:
                    rank[p.org_id] = r
                    parent_of[p.org_id] = p.parent_id
        shown = set(np.unique(self.memb_org[memb_state > 0]).tolist()) if len(memb_state) else set()
        shown.update(self.timeless_orgs)
        todo = list(shown)
        while todo:
            parent = parent_of.get(todo.pop())
            if parent is not None and parent not in shown:
                shown.add(parent)
                todo.append(parent)
        return {oid: parent_of.get(oid) for oid in sorted(shown)}

    # -- objects ---------------------------------------------------------------
    # Placement and Edge objects are immutable and shared by every snapshot that shows them:
    # one object array per variant (activity, title certainty), the common variant made up front,
    # so a snapshot is numpy fancy indexing rather than a hundred thousand constructor calls.
    def _make_objects(self) -> None:
        n_seg, n_line = len(self.tenures), len(self.lines)
        self._pobj = np.empty((4, n_seg), object)
        self._pmade = np.zeros((4, n_seg), bool)
        self._eobj = np.empty((2, n_line), object)
        self._emade = np.zeros((2, n_line), bool)
        sure = int(_variant(ACTIVE, True))
        self._pobj[sure] = [self._new_placement(i, ACTIVE, True) for i in range(n_seg)]
        self._pmade[sure] = True
        self._eobj[ACTIVE - 1] = [self._new_edge(i, ACTIVE) for i in range(n_line)]
        self._emade[ACTIVE - 1] = True

    def _new_placement(self, seg: int, s: int, certain: bool) -> Placement:
        t = self.tenures[seg]
        return Placement(
            person_id=t.person_id,
            person=self.person_name(t.person_id),
            org_id=t.org_id,
            org=self.org_name(t.org_id),
            title=t.title,
            activity=ACTIVITY[s],
            tenure_id=t.id,
            title_certain=certain,
        )

    def _new_edge(self, i: int, s: int) -> Edge:
        r = self.lines[i]
        return Edge(person_id=r.person_id, manager_id=r.manager_id, kind=r.kind, activity=ACTIVITY[s], line_id=r.id)

    def placements_of(self, state: State, memberships: np.ndarray) -> list[Placement]:
        """The placements of these live memberships at the state's day."""
        segs = state.memb_seg[memberships]
        variants = _variant(state.memb_state[memberships], state.memb_certain[memberships])
        for k in np.flatnonzero(~self._pmade[variants, segs]).tolist():
            v, seg = int(variants[k]), int(segs[k])
            self._pobj[v, seg] = self._new_placement(seg, v // 2 + 1, bool(v % 2))
            self._pmade[v, seg] = True
        return self._pobj[variants, segs].tolist()

    def edges_of(self, state: State, lines: np.ndarray) -> list[Edge]:
        """The edges of these live lines at the state's day."""
        variants = state.line_state[lines].astype(np.int64) - 1
        for k in np.flatnonzero(~self._emade[variants, lines]).tolist():
            v, i = int(variants[k]), int(lines[k])
            self._eobj[v, i] = self._new_edge(i, v + 1)
            self._emade[v, i] = True
        return self._eobj[variants, lines].tolist()

    def placement(self, state: State, m: int) -> Placement | None:
        if state.memb_state[m] == INACTIVE:
            return None
        return self.placements_of(state, np.array([m]))[0]

    def edge(self, state: State, i: int) -> Edge | None:
        if state.line_state[i] == INACTIVE:
            return None
        return self.edges_of(state, np.array([i]))[0]

    def org_node(self, org_id: int, parent_id: int | None) -> OrgNode:
        node = self._org_nodes.get((org_id, parent_id))
        if node is None:
            node = OrgNode(org_id=org_id, name=self.org_name(org_id), parent_id=parent_id)
            self._org_nodes[(org_id, parent_id)] = node
        return node

    def person_name(self, pid: int) -> str:
        return self.person_names.get(pid) or f"person #{pid}"

    def org_name(self, oid: int) -> str:
        return self.org_names.get(oid) or f"organisation #{oid}"

    def snapshot(self, at: date) -> Snapshot:
        st = self.state(at)
        return Snapshot(
            at=at,
            placements=self.placements_of(st, np.flatnonzero(st.memb_state)),
            edges=self.edges_of(st, np.flatnonzero(st.line_state)),
            orgs={oid: self.org_node(oid, parent) for oid, parent in st.org_parent.items()},
        )

    def change_days(self) -> np.ndarray:
        """Sorted day ordinals where the snapshot may change (see timeline.changes)."""
        if self._change_days is None:
            self._change_days = self.compute_change_days()
        return self._change_days

    def compute_change_days(self) -> np.ndarray:
        parts = [self.seg.boundary_days(), self.line.boundary_days(), self.parent.boundary_days(),
                 self.chain_lo[self.chain_lo != NEG], self.chain_hi[self.chain_hi != POS],
                 self._title_switch_days()]
        return np.unique(np.concatenate(parts))

    def _title_switch_days(self) -> np.ndarray:
        """Days where the nearest-start title of a membership can switch: midway between two starts
        (a tie goes to the later start), when both titles may hold then."""
        out: list[int] = []
        has, ref, s_lo, e_hi = self.seg_has_ref, self.seg_ref, self.seg.s_lo, self.seg.e_hi
        multi = np.flatnonzero(np.diff(self.memb_first) > 1)
        for m in multi.tolist():
            segs = [i for i in range(int(self.memb_first[m]), int(self.memb_first[m + 1])) if has[i]]
            for x, i in enumerate(segs):
                for j in segs[x + 1:]:
                    day = -(-(int(ref[i]) + int(ref[j])) // 2)
                    if max(s_lo[i], s_lo[j]) <= day < min(e_hi[i], e_hi[j]):
                        out.append(day)
        return np.array(out, np.int64)


def _variant(state, certain):
    """Row of the placement object array for an activity (POSSIBLE/ACTIVE) and a title certainty."""
    return (np.asarray(state, np.int64) - 1) * 2 + np.asarray(certain, np.int64)


def _stamp(facts: FactSet) -> tuple:
    return tuple((id(c), len(c)) for c in (facts.people, facts.orgs, facts.tenures, facts.lines, facts.parents))
