"""An index of a FactSet's intervals as numpy arrays, built once, that answers "what holds at t" fast."""

from __future__ import annotations

import ctypes
import gc
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

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

    def __init__(self, starts: "_Dates", ends: "_Dates"):
        self.s_lo = np.where(starts.present, starts.lo, NEG)
        self.s_hi = np.where(starts.present, starts.hi, NEG)
        self.e_lo = np.where(ends.present, ends.lo, POS)
        self.e_hi = np.where(ends.present, ends.hi, POS)
        self._days = np.concatenate([starts.days, ends.days])

    def states(self, t: int) -> np.ndarray:
        """INACTIVE / POSSIBLE / ACTIVE per interval at day t, as int8."""
        live = (self.s_lo <= t) & (t < self.e_hi)
        active = live & (self.s_hi <= t) & (t < self.e_lo)
        return live.astype(np.int8) + active.astype(np.int8)

    def boundary_days(self) -> np.ndarray:
        """Every day an interval may begin or end on (read from the distinct dates, not per interval)."""
        out = self._days
        return out[(out != NEG) & (out != POS)]


class _Dates:
    """One optional FuzzyDate attribute of many records as arrays: day ordinals of the earliest and
    latest day (NEG / POS when unbounded), whether a date is set and, when asked for, an equality
    class (equal dates share one; -1 for None).

    Each distinct date object is read once (`known`: id → (lo, hi, set), shared by the attributes
    read in one build): a large history shares its FuzzyDates (the store's memo), so this is a few
    thousand reads and numpy indexing rather than one read per fact.
    """

    def __init__(self, records: Sequence, attribute: str, known: dict[int, tuple[int, int, bool]],
                 classes: dict[tuple, int] | None = None):
        dates, ids = _objects_and_ids(map(attrgetter(attribute), records), len(records))
        distinct, inverse = np.unique(ids, return_inverse=True)
        inverse = inverse.reshape(-1)
        first = np.empty(len(distinct), np.int64)
        first[inverse] = np.arange(len(ids))  # where each distinct date is
        lo: list[int] = []
        hi: list[int] = []
        present: list[bool] = []
        cls: list[int] = []
        for key, fd in zip(distinct.tolist(), dates[first].tolist()):
            row = known.get(key)
            if row is None:
                row = known[key] = _date_row(fd)
            lo.append(row[0])
            hi.append(row[1])
            present.append(row[2])
            if classes is not None:
                cls.append(-1 if fd is None else classes.setdefault(_equality_key(fd), len(classes)))
        distinct_lo, distinct_hi = np.array(lo, np.int64), np.array(hi, np.int64)
        self.days = np.concatenate([distinct_lo, distinct_hi])  # every bound of every date, once or so
        self.lo = distinct_lo[inverse]
        self.hi = distinct_hi[inverse]
        self.present = np.array(present, bool)[inverse]
        self.cls = np.array(cls, np.int64)[inverse] if classes is not None else None

    def take(self, order: np.ndarray) -> "_Dates":
        out = object.__new__(_Dates)
        out.lo, out.hi, out.present, out.days = self.lo[order], self.hi[order], self.present[order], self.days
        out.cls = self.cls[order] if self.cls is not None else None
        return out


def _objects_and_ids(objects: Iterable[object], n: int) -> tuple[np.ndarray, np.ndarray]:
    """The objects as an object array and their identities as uint64.

    The identities are the array's own pointers, read as numbers: what id() gives in CPython, and
    valid while the array holds the objects. It is twice as fast as calling id() per object, which
    matters at a few hundred thousand facts.
    """
    held = np.fromiter(objects, object, n)
    if not n:
        return held, np.zeros(0, np.uint64)
    pointers = (ctypes.c_char * (n * held.itemsize)).from_address(held.ctypes.data)
    return held, np.frombuffer(pointers, np.uint64).copy()


# What FuzzyDate equality compares, read in C (the dataclass __hash__ is Python, and so is an Enum's).
_equality_key = attrgetter("value", "precision._value_", "earliest", "latest")


def _date_row(fd: FuzzyDate | None) -> tuple[int, int, bool]:
    if fd is None:
        return NEG, POS, False
    return (fd.earliest.toordinal() if fd.earliest is not None else NEG,
            fd.latest.toordinal() if fd.latest is not None else POS, True)


class _Reordered(Sequence):
    """A list's records in another order, without moving them: reading records in the order they
    were made (the store makes them in id order) is what keeps a pass over them cache-friendly."""

    __slots__ = ("_items", "_positions")

    def __init__(self, items: list, order: np.ndarray):
        self._items = items
        self._positions = order

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.pick(np.arange(len(self))[i])
        return self._items[self._positions[i]]

    def pick(self, positions: np.ndarray) -> list:
        """The records at these positions."""
        return list(map(self._items.__getitem__, self._positions[positions].tolist()))


def _reference_points(starts: _Dates, anchors: _Dates) -> tuple[np.ndarray, np.ndarray]:
    """reference_point of every tenure at once: (has a reference, the day)."""
    use_start = starts.present & ((starts.lo != NEG) | (starts.hi != POS))
    lo = np.where(use_start, starts.lo, anchors.lo)
    hi = np.where(use_start, starts.hi, anchors.hi)
    present = use_start | anchors.present
    has_lo, has_hi = lo != NEG, hi != POS
    both = has_lo & has_hi
    ref = np.where(both, (np.where(both, lo, 0) + np.where(both, hi, 0)) // 2, np.where(has_lo, lo, hi))
    has = present & (has_lo | has_hi)
    return has, np.where(has, ref, 0)


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
    changing facts in place, call `TimelineIndex.forget(facts)`. The index
    holds the FactSet's records but not the FactSet, so a FactSet no longer
    used is freed with its index.
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
        with _collector_paused():
            self._people = facts.people
            self._orgs = facts.orgs
            known: dict[int, tuple[int, int, bool]] = {}
            self._build_tenures(facts.live_tenures(), known)
            self._build_lines(facts.live_lines(), known)
            self._build_parents(facts.live_parents(), facts)
            n_seg, n_line = len(self.tenures), len(self.lines)
            # Placement and Edge objects, made when a snapshot first shows them (see placements_of).
            self._pobj = np.empty((4, n_seg), object)
            self._pmade = np.zeros((4, n_seg), bool)
            self._eobj = np.empty((2, n_line), object)
            self._emade = np.zeros((2, n_line), bool)
            self._org_nodes: dict[tuple[int, int | None], OrgNode] = {}
            self._change_days: np.ndarray | None = None
            self._person_names: dict[int, str] | None = None
            self._org_names: dict[int, str] | None = None

    # -- building -------------------------------------------------------------
    def _build_tenures(self, tenures: list[Tenure], known: dict[int, tuple[int, int, bool]]) -> None:
        n = len(tenures)
        person = np.fromiter(map(attrgetter("person_id"), tenures), np.int64, n)
        org = np.fromiter(map(attrgetter("org_id"), tenures), np.int64, n)
        ids = np.fromiter(map(attrgetter("id"), tenures), np.int64, n)
        classes: dict[tuple, int] = {}  # equal start and end dates, for handovers between titles
        starts = _Dates(tenures, "start", known, classes)
        ends = _Dates(tenures, "end", known, classes)
        anchors = _Dates(tenures, "anchor", known)
        order = _sort_order(person, org, ids)  # segments of one membership together, in id order
        person, org, ids = person[order], org[order], ids[order]
        starts, ends, anchors = starts.take(order), ends.take(order), anchors.take(order)
        self.tenures = _Reordered(tenures, order)
        self.seg = _Bounds(starts, ends)
        self.seg_has_ref, self.seg_ref = _reference_points(starts, anchors)
        first = np.flatnonzero(np.r_[True, (person[1:] != person[:-1]) | (org[1:] != org[:-1])]) if n else \
            np.zeros(0, np.int64)
        self.seg_memb = np.repeat(np.arange(len(first), dtype=np.int32), np.diff(np.r_[first, n]))
        self.memb_first = np.r_[first, n].astype(np.int64)
        self.memb_person = person[first]
        self.memb_org = org[first]
        # a membership known only from "X is CEO" statements: no join is known, so none is reported
        seg_open = ~starts.present | (starts.lo == NEG)
        self.memb_open_start = np.logical_and.reduceat(seg_open, first) if n else np.zeros(0, bool)
        self._build_chains(starts.cls, ends.cls)

    def _build_chains(self, start_cls: np.ndarray, end_cls: np.ndarray) -> None:
        """Spans where a membership surely holds because one title hands over to the next.

        Title A ending on the same fuzzy date title B starts leaves no gap:
        the person is surely at the organisation from A's sure start to B's
        sure end, even while either title alone is only possible. Every
        segment reachable through such handovers counts.
        """
        n = len(self.tenures)
        memb = self.seg_memb
        src: list[np.ndarray] = [np.zeros(0, np.int64)]
        dst: list[np.ndarray] = [np.zeros(0, np.int64)]
        d = 1
        while d < n:
            i = np.flatnonzero(memb[:-d] == memb[d:])  # segment pairs of one membership, d apart
            if not len(i):
                break
            j = i + d
            forward = (end_cls[i] >= 0) & (start_cls[j] == end_cls[i])
            backward = (end_cls[j] >= 0) & (start_cls[i] == end_cls[j])
            src += [i[forward], j[backward]]
            dst += [j[forward], i[backward]]
            d += 1
        a, b = _reachable(np.concatenate(src), np.concatenate(dst), self.memb_first, memb)
        s_hi, e_lo = self.seg.s_hi, self.seg.e_lo
        keep = s_hi[a] < e_lo[b]
        self.chain_lo = s_hi[a][keep]
        self.chain_hi = e_lo[b][keep]
        self.chain_memb = memb[a][keep].astype(np.int32)

    def _build_lines(self, lines: list[ReportingLine], known: dict[int, tuple[int, int, bool]]) -> None:
        n = len(lines)
        person = np.fromiter(map(attrgetter("person_id"), lines), np.int64, n)
        manager = np.fromiter(map(attrgetter("manager_id"), lines), np.int64, n)
        ids = np.fromiter(map(attrgetter("id"), lines), np.int64, n)
        starts, ends = _Dates(lines, "start", known), _Dates(lines, "end", known)
        order = _sort_order(person, manager, ids)
        self.lines = _Reordered(lines, order)
        self.line = _Bounds(starts.take(order), ends.take(order))
        self.line_person = person[order]
        self.line_manager = manager[order]
        self._line_solid: np.ndarray | None = None

    @property
    def line_solid(self) -> np.ndarray:
        """Per line: is it a solid line (diff's new managers); read on first use."""
        if self._line_solid is None:
            lines = self.lines
            kinds = np.fromiter(map(id, map(attrgetter("kind"), lines._items)), np.uint64, len(lines._items))
            self._line_solid = (kinds == id(LineKind.SOLID))[lines._positions]
        return self._line_solid

    def _build_parents(self, parents: list[OrgParent], facts: FactSet) -> None:
        parents.sort(key=lambda p: (p.org_id, p.id))
        self.parents = parents
        self.parent = _Bounds(_Dates(parents, "start", {}), _Dates(parents, "end", {}))
        self.parent_start = self.parent.s_lo.tolist()
        orgs_with_tenures = set(np.unique(self.memb_org).tolist())
        # An organisation nobody has ever been placed in (just added by hand) is always shown.
        self.timeless_orgs = sorted(oid for oid in facts.orgs if oid not in orgs_with_tenures)

    @property
    def person_names(self) -> dict[int, str]:
        """The name of everyone in the FactSet or referred to by a fact ("person #id" when unknown)."""
        if self._person_names is None:
            names = {pid: p.name for pid, p in self._people.items()}
            referred = np.unique(np.concatenate([self.memb_person, self.line_person, self.line_manager]))
            for pid in referred.tolist():
                if pid not in names:
                    names[pid] = f"person #{pid}"
            self._person_names = names
        return self._person_names

    @property
    def org_names(self) -> dict[int, str]:
        """The name of every organisation in the FactSet or referred to by a fact."""
        if self._org_names is None:
            names = {oid: o.name for oid, o in self._orgs.items()}
            referred = set(np.unique(self.memb_org).tolist())
            referred |= {p.org_id for p in self.parents} | {p.parent_id for p in self.parents}
            for oid in referred:
                if oid not in names:
                    names[oid] = f"organisation #{oid}"
            self._org_names = names
        return self._org_names

    # -- querying -------------------------------------------------------------
    def state(self, at: date) -> State:
        t = at.toordinal()
        seg_state = self.seg.states(t)
        n_memb = len(self.memb_person)
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
    # one object array per variant (activity, title certainty), each object made the first time a
    # snapshot shows it, so a snapshot is mostly numpy fancy indexing rather than constructor calls.
    def placements_of(self, state: State, memberships: np.ndarray) -> list[Placement]:
        """The placements of these live memberships at the state's day."""
        segs = state.memb_seg[memberships]
        variants = _variant(state.memb_state[memberships], state.memb_certain[memberships])
        new = np.flatnonzero(~self._pmade[variants, segs])
        if len(new):
            v, seg = variants[new], segs[new]
            self._pobj[v, seg] = _object_array(self._new_placements(self.tenures.pick(seg), v.tolist()))
            self._pmade[v, seg] = True
        return self._pobj[variants, segs].tolist()

    def edges_of(self, state: State, lines: np.ndarray) -> list[Edge]:
        """The edges of these live lines at the state's day."""
        variants = state.line_state[lines].astype(np.int64) - 1
        new = np.flatnonzero(~self._emade[variants, lines])
        if len(new):
            v, i = variants[new], lines[new]
            self._eobj[v, i] = _object_array(self._new_edges(self.lines.pick(i), v.tolist()))
            self._emade[v, i] = True
        return self._eobj[variants, lines].tolist()

    def _new_placements(self, tenures: list[Tenure], variants: list[int]) -> list[Placement]:
        person, org = self.person_name, self.org_name
        activity, certain = _VARIANT_ACTIVITY, _VARIANT_CERTAIN
        with _collector_paused(len(variants)):
            return [Placement(t.person_id, person(t.person_id), t.org_id, org(t.org_id), t.title, activity[k], t.id,
                              certain[k]) for t, k in zip(tenures, variants)]

    def _new_edges(self, lines: list[ReportingLine], variants: list[int]) -> list[Edge]:
        activity = (Activity.POSSIBLE, Activity.ACTIVE)
        with _collector_paused(len(variants)):
            return [Edge(r.person_id, r.manager_id, r.kind, activity[k], r.id) for r, k in zip(lines, variants)]

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
            node = OrgNode(org_id=org_id, name=self.org_name(org_id), parent_id=parent_id, short=self.org_short(org_id))
            self._org_nodes[(org_id, parent_id)] = node
        return node

    def person_name(self, pid: int) -> str:
        person = self._people.get(pid)
        return (person.name if person is not None else None) or f"person #{pid}"

    def org_name(self, oid: int) -> str:
        org = self._orgs.get(oid)
        return (org.name if org is not None else None) or f"organisation #{oid}"

    def org_short(self, oid: int) -> str:
        """The organisation's shortest one-word alias shorter than its name ("FAIR"), or ""."""
        org = self._orgs.get(oid)
        if org is None:
            return ""
        shorter = [a for a in org.aliases if " " not in a.strip() and len(a.strip()) < len(org.name)]
        return min(shorter, key=lambda a: (len(a), a)).strip() if shorter else ""

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
        return _distinct_days(np.concatenate(parts))

    def _title_switch_days(self) -> np.ndarray:
        """Days where the nearest-start title of a membership can switch: midway between two starts
        (a tie goes to the later start), when both titles may hold then."""
        dated = np.flatnonzero(self.seg_has_ref)
        memb = self.seg_memb[dated]
        ref, s_lo, e_hi = self.seg_ref, self.seg.s_lo, self.seg.e_hi
        out: list[np.ndarray] = [np.zeros(0, np.int64)]
        d = 1
        while d < len(dated):
            pair = np.flatnonzero(memb[:-d] == memb[d:])  # two dated titles of one membership
            if not len(pair):
                break
            i, j = dated[pair], dated[pair + d]
            day = -(-(ref[i] + ref[j]) // 2)
            holds = (np.maximum(s_lo[i], s_lo[j]) <= day) & (day < np.minimum(e_hi[i], e_hi[j]))
            out.append(day[holds])
            d += 1
        return np.concatenate(out)


def _distinct_days(days: np.ndarray) -> np.ndarray:
    """np.unique for day ordinals: marks in a table as long as the span of days (a few MB at most,
    as ordinals run from 1 to 3,652,059), which is linear where sorting a million values is not."""
    if not len(days):
        return days.astype(np.int64)
    first = int(days.min())
    seen = np.zeros(int(days.max()) - first + 1, bool)
    seen[days - first] = True
    return np.flatnonzero(seen) + first


def _sort_order(a: np.ndarray, b: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Positions in (a, b, id) order; one stable sort on a combined key when the ids already ascend."""
    small = len(a) and 0 <= min(a.min(), b.min()) and max(a.max(), b.max()) < 1 << 31
    if small and bool((ids[1:] >= ids[:-1]).all()):
        return np.argsort(a * (int(b.max()) + 1) + b, kind="stable")
    return np.lexsort((ids, b, a))


def _reachable(src: np.ndarray, dst: np.ndarray, memb_first: np.ndarray, seg_memb: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (a, b) with b reachable from a through one or more of the edges src → dst, all of
    which join segments of one membership.

    Each segment's reach is a bit mask over the segments of its membership, widened all at once
    until nothing changes; memberships of more than 64 segments go through pairs instead.
    """
    n = len(seg_memb)
    if not len(src):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    first = memb_first[seg_memb]  # the first segment of each segment's membership
    wide = (memb_first[seg_memb + 1] - first)[src] > 64
    pairs = [_reachable_pairs(src[wide], dst[wide], n)]
    src, dst = src[~wide], dst[~wide]
    reach = np.zeros(n, np.uint64)
    np.bitwise_or.at(reach, src, np.left_shift(np.uint64(1), (dst - first[dst]).astype(np.uint64)))
    width = int((dst - first[dst]).max()) + 1 if len(dst) else 0
    rows = np.unique(src)
    while True:
        grown = reach[rows]
        for offset in range(width):
            via = np.flatnonzero((grown >> np.uint64(offset)) & np.uint64(1))
            grown[via] |= reach[first[rows[via]] + offset]
        if np.array_equal(grown, reach[rows]):
            break
        reach[rows] = grown
    for offset in range(width):
        a = rows[np.flatnonzero((reach[rows] >> np.uint64(offset)) & np.uint64(1))]
        pairs.append((a, first[a] + offset))
    return np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs])


def _reachable_pairs(src: np.ndarray, dst: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The same as _reachable for any edges: pairs as numbers a * n + b, extended one edge per round."""
    order = np.argsort(src, kind="stable")
    src, dst = src[order], dst[order]
    reached = np.unique(src * n + dst)
    frontier = reached
    while len(frontier):
        via = frontier % n
        lo = np.searchsorted(src, via, "left")
        count = np.searchsorted(src, via, "right") - lo
        if not count.any():
            break
        starts = np.repeat(frontier // n, count)
        at = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count) + np.repeat(lo, count)
        step = np.unique(starts * n + dst[at])
        frontier = step[~np.isin(step, reached)]
        reached = np.union1d(reached, frontier)
    return reached // n, reached % n


def _object_array(items: list) -> np.ndarray:
    out = np.empty(len(items), object)
    out[:] = items
    return out


_VARIANT_ACTIVITY = (Activity.POSSIBLE, Activity.POSSIBLE, Activity.ACTIVE, Activity.ACTIVE)
_VARIANT_CERTAIN = (False, True, False, True)


# Objects made in one go from this many on are moved out of the cyclic collector's sight afterwards
# (gc.freeze), as the store does with what it loads: placements and edges live as long as the index,
# and every full collection would otherwise walk them all again.
FREEZE_AT = 10_000


@contextmanager
def _collector_paused(made: int = 0) -> Iterator[None]:
    """No cyclic collection while many long-lived objects are made: it would walk the heap for nothing.

    With `made` ≥ FREEZE_AT, the young generations are collected first and everything alive is
    frozen after, so what gets frozen is what is alive, not garbage waiting in a young generation.
    """
    enabled = gc.isenabled()
    freeze = enabled and made >= FREEZE_AT
    if freeze:
        gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
    if freeze:
        gc.freeze()


def _variant(state, certain):
    """Row of the placement object array for an activity (POSSIBLE/ACTIVE) and a title certainty."""
    return (np.asarray(state, np.int64) - 1) * 2 + np.asarray(certain, np.int64)


def _stamp(facts: FactSet) -> tuple:
    return tuple((id(c), len(c)) for c in (facts.people, facts.orgs, facts.tenures, facts.lines, facts.parents))
