"""Synthetic org histories (deterministic by seed) and timing of snapshot, change dates and diff on them."""

from __future__ import annotations

import gc
import random
import statistics
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import (
    FactSet, LineKind, Organisation, OrgParent, Person, ReportingLine, Status, Tenure,
)

TITLES = [
    "Chief Executive Officer", "Senior Vice President", "Vice President", "Senior Director", "Director",
    "Senior Manager", "Manager", "Staff Engineer", "Senior Engineer", "Engineer", "Associate",
]
MAX_DEPTH = 12
SPAN = (3, 15)


@dataclass
class _Member:
    """Where one person stands now in the simulation."""

    org: int
    manager: int | None
    level: int  # depth when placed; kept for titles, re-measured with _level() where it matters
    tenure_start: FuzzyDate | None
    title: str
    line_start: FuzzyDate | None = None
    span: int = 8  # how many reports this person will take before a new manager is needed
    reports: set[int] = field(default_factory=set)


class _History:
    """A month-by-month simulation of several organisations that records every fact it creates."""

    def __init__(self, n_people: int, years: int, seed: int):
        self.rng = random.Random(seed)
        self.n_people = n_people
        self.start = date(2026 - years, 1, 1)
        self.months = years * 12
        self.facts = FactSet()
        self.now: dict[int, _Member] = {}
        self.by_org: dict[int, list[int]] = {}
        self.pos: dict[int, int] = {}
        self.managers: dict[int, list[int]] = {}  # per organisation, people picked as managers (pruned lazily)
        self._next = {"person": 1, "tenure": 1, "line": 1}

    # -- ids and records -------------------------------------------------------
    def _id(self, kind: str) -> int:
        n = self._next[kind]
        self._next[kind] = n + 1
        return n

    def fuzzy(self, d: date) -> FuzzyDate:
        r = self.rng.random()
        if r < 0.05:
            return FuzzyDate.year(d.year)
        if r < 0.20:
            return FuzzyDate.month(d.year, d.month)
        return FuzzyDate.day(d)

    def _tenure(self, pid: int, m: _Member, end: FuzzyDate | None) -> None:
        self.facts.tenures.append(Tenure(self._id("tenure"), pid, m.org, m.title, m.tenure_start, end,
                                         status=Status.ACCEPTED))

    def _line(self, pid: int, manager: int, start: FuzzyDate | None, end: FuzzyDate | None,
              kind: LineKind = LineKind.SOLID) -> None:
        self.facts.lines.append(ReportingLine(self._id("line"), pid, manager, kind, start, end,
                                              status=Status.ACCEPTED))

    # -- membership of the live population ----------------------------------------
    def _enter(self, pid: int, m: _Member) -> None:
        self.now[pid] = m
        members = self.by_org.setdefault(m.org, [])
        self.pos[pid] = len(members)
        members.append(pid)
        if m.manager is not None:
            self.now[m.manager].reports.add(pid)

    def _exit(self, pid: int) -> _Member:
        m = self.now.pop(pid)
        members = self.by_org[m.org]
        i = self.pos.pop(pid)
        last = members.pop()
        if last != pid:
            members[i] = last
            self.pos[last] = i
        if m.manager is not None:
            self.now[m.manager].reports.discard(pid)
        return m

    def _pick_manager(self, org: int, avoid: int | None = None) -> int | None:
        """A manager with room under them, most often someone who already manages people."""
        members = self.by_org.get(org) or []
        managers = self.managers.setdefault(org, [])
        rng = self.rng
        height = self._height(avoid) if avoid is not None else 0
        for attempt in range(60 if members else 0):
            from_managers = managers and attempt < 40 and rng.random() > 0.12
            pool = managers if from_managers else members
            k = rng.randrange(len(pool))
            cand = pool[k]
            cm = self.now.get(cand)
            if cm is None or cm.org != org:
                managers[k] = managers[-1]
                managers.pop()
                continue
            if len(cm.reports) >= cm.span or self._level(cand) + height >= MAX_DEPTH - 1:
                continue
            if avoid is not None and self._is_under(cand, avoid):
                continue
            if not cm.reports:
                managers.append(cand)
            return cand
        return None

    def _height(self, pid: int) -> int:
        """Levels below pid in the current tree."""
        level, height = [pid], 0
        while True:
            level = [r for p in level for r in self.now[p].reports]
            if not level:
                return height
            height += 1

    def _level(self, pid: int) -> int:
        n = 0
        manager = self.now[pid].manager
        while manager is not None:
            n += 1
            manager = self.now[manager].manager
        return n

    def _is_under(self, pid: int, boss: int) -> bool:
        while pid is not None:
            if pid == boss:
                return True
            pid = self.now[pid].manager
        return False

    # -- events ------------------------------------------------------------------------
    def hire(self, org: int, when: date, manager: int | None = None) -> int | None:
        manager = manager if manager is not None else self._pick_manager(org)
        if manager is None and self.by_org.get(org):
            return None
        pid = self._id("person")
        self.facts.people[pid] = Person(pid, f"Person {pid:06d}")
        level = self._level(manager) + 1 if manager is not None else 0
        start = self.fuzzy(when)
        self._enter(pid, _Member(org, manager, level, start, TITLES[min(level, len(TITLES) - 1)], start,
                                 span=self.rng.randint(*SPAN)))
        return pid

    def depart(self, pid: int, when: date) -> _Member:
        m = self.now[pid]
        end = self.fuzzy(when)
        self._tenure(pid, m, end)
        if m.manager is not None:
            self._line(pid, m.manager, m.line_start, end)
        if m.reports:
            # a backfill: one report takes the leaver's place, the others now report to them
            reports = sorted(m.reports)
            successor = reports.pop(self.rng.randrange(len(reports)))
            self.set_manager(successor, m.manager, when, end)
            for r in reports:
                self.set_manager(r, successor, when, end)
            self.now[successor].span = max(self.now[successor].span, len(self.now[successor].reports))
        return self._exit(pid)

    def set_manager(self, pid: int, manager: int | None, when: date, at: FuzzyDate | None = None) -> None:
        m = self.now[pid]
        at = at or self.fuzzy(when)
        if m.manager is not None:
            self._line(pid, m.manager, m.line_start, at)
            self.now[m.manager].reports.discard(pid)
        m.manager, m.line_start = manager, at
        if manager is not None:
            self.now[manager].reports.add(pid)

    def retitle(self, pid: int, when: date) -> None:
        m = self.now[pid]
        handover = self.fuzzy(when)
        self._tenure(pid, m, handover)
        m.title = TITLES[max(0, min(m.level, len(TITLES) - 1) - self.rng.randint(0, 1))]
        if self.rng.random() < 0.5:
            m.title = "Senior " + m.title if not m.title.startswith("Senior") else m.title[7:]
        m.tenure_start = handover

    def move_org(self, pid: int, org: int, when: date) -> None:
        self.depart(pid, when)
        manager = self._pick_manager(org)
        if manager is None:
            return
        level = self._level(manager) + 1
        start = self.fuzzy(when)
        self._enter(pid, _Member(org, manager, level, start, TITLES[min(level, len(TITLES) - 1)], start,
                                 span=self.rng.randint(*SPAN)))

    # -- the run --------------------------------------------------------------------------
    def run(self) -> FactSet:
        rng = self.rng
        n_companies = max(2, min(8, self.n_people // 15000 + 2))
        for i in range(n_companies):
            oid = i + 1
            self.facts.orgs[oid] = Organisation(oid, f"Company {chr(65 + i)}")
            lab = 100 + oid
            self.facts.orgs[lab] = Organisation(lab, f"Company {chr(65 + i)} Research")
            founded = self.start + timedelta(days=rng.randrange(365 * 2))
            self.facts.parents.append(OrgParent(len(self.facts.parents) + 1, lab, oid, self.fuzzy(founded), None,
                                                status=Status.ACCEPTED))
        university = 200
        self.facts.orgs[university] = Organisation(university, "Northfield University")
        companies = list(range(1, n_companies + 1))
        weights = [1.0 / (i + 1) for i in range(n_companies)]
        turnover = 0.08
        initial = int(self.n_people / (1 + turnover * self.months / 12))
        for oid in companies:
            self.hire(oid, self.start - timedelta(days=3650))
        for oid in [100 + c for c in companies]:
            self.hire(oid, self.start - timedelta(days=1000))
        before = self.start - timedelta(days=1)
        while len(self.facts.people) < initial:
            oid = rng.choices(companies + [100 + c for c in companies], weights + [w / 4 for w in weights])[0]
            self.hire(oid, before - timedelta(days=rng.randrange(3000)))
        monthly = turnover / 12
        for month in range(self.months):
            first = date(self.start.year + month // 12, month % 12 + 1, 1)
            day = lambda: first + timedelta(days=rng.randrange(28))  # noqa: E731
            live = list(self.now)
            rng.shuffle(live)
            k = len(live)
            n_leave = int(k * monthly)
            leavers, rest = live[:n_leave], live[n_leave:]
            for pid in leavers:
                if pid in self.now and self.now[pid].level > 0:
                    self.depart(pid, day())
            for pid in rest[: int(k * 0.006)]:
                if pid in self.now and self.now[pid].level > 1:
                    self.retitle(pid, day())
            for pid in rest[int(k * 0.006): int(k * 0.012)]:
                m = self.now.get(pid)
                if m is not None and m.level > 1:
                    new = self._pick_manager(m.org, avoid=pid)
                    if new is not None and new != m.manager:
                        self.set_manager(pid, new, day())
            for pid in rest[int(k * 0.012): int(k * 0.0135)]:
                m = self.now.get(pid)
                if m is not None and m.level > 1:
                    self.move_org(pid, rng.choice([c for c in companies if c != m.org] or companies), day())
            if month % 12 == 6:  # a yearly reorganisation re-parents a few whole subtrees
                for org in companies:
                    heads = [p for p in self.by_org.get(org, []) if 1 < self.now[p].level < 5 and self.now[p].reports]
                    for pid in rng.sample(heads, min(len(heads), 5)):
                        new = self._pick_manager(org, avoid=pid)
                        if new is not None and new != self.now[pid].manager:
                            self.set_manager(pid, new, day())
            room = self.n_people - len(self.facts.people)
            months_left = self.months - month
            for _ in range(min(room, max(0, -(-room // months_left)))):
                oid = rng.choices(companies + [100 + c for c in companies], weights + [w / 4 for w in weights])[0]
                self.hire(oid, day())
        self._extras()
        for pid in sorted(self.now):
            m = self.now[pid]
            self._tenure(pid, m, None)
            if m.manager is not None:
                self._line(pid, m.manager, m.line_start, None)
        return self.facts

    def _extras(self) -> None:
        """Dotted lines and second affiliations (a professorship beside a company role)."""
        rng = self.rng
        people = sorted(self.now)
        for pid in rng.sample(people, len(people) // 30):
            m = self.now[pid]
            other = self._pick_manager(m.org, avoid=pid)
            if other is not None and other != m.manager:
                self._line(pid, other, self.fuzzy(self.start + timedelta(days=rng.randrange(3000))), None,
                           LineKind.DOTTED)
        for pid in rng.sample(people, len(people) // 100):
            start = self.fuzzy(self.start + timedelta(days=rng.randrange(3000)))
            self.facts.tenures.append(Tenure(self._id("tenure"), pid, 200, "Adjunct Professor", start, None,
                                             status=Status.ACCEPTED))


def synthetic_facts(n_people: int, years: int = 10, seed: int = 0) -> FactSet:
    """A FactSet of about n_people people over `years` years: hires, departures, moves, fuzzy dates."""
    return _History(n_people, years, seed).run()


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure(n: int, years: int = 10, seed: int = 0, runs: int = 5) -> dict[str, float]:
    """Milliseconds (median of `runs`) for index build, snapshot, change_dates and diff on n people,
    plus the sizes they were measured on.

    Each snapshot run asks for a date not asked before, so no run is served
    from the objects cached by an earlier one at the same date.
    """
    from .changes import change_dates
    from .diff import diff
    from .index import TimelineIndex
    from .snapshot import snapshot

    facts = synthetic_facts(n, years, seed)
    t0 = time.perf_counter()
    TimelineIndex.of(facts)
    build = (time.perf_counter() - t0) * 1000
    # What the app does after loading: move the long-lived facts and index out of the collector's
    # sight, or every full collection walks millions of objects in the middle of a query.
    gc.collect()
    gc.freeze()
    first = date(2026 - years, 1, 1)
    dates = iter([first + timedelta(days=int(365 * years * (i + 0.5) / (runs * 3))) for i in range(runs * 3)])
    out = {
        "people": float(len(facts.people)),
        "tenures": float(len(facts.tenures)),
        "lines": float(len(facts.lines)),
        "index_ms": build,
        "snapshot_ms": _median_ms(lambda: snapshot(facts, next(dates)), runs),
        "change_dates_ms": _median_ms(lambda: change_dates(facts), runs),
    }
    out["change_dates_uncached_ms"] = _median_ms(TimelineIndex.of(facts).compute_change_days, runs)
    a = first + timedelta(days=365 * years // 2)
    out["diff_month_ms"] = _median_ms(lambda: diff(facts, a, a + timedelta(days=30)), runs)
    out["diff_year_ms"] = _median_ms(lambda: diff(facts, a, a + timedelta(days=365)), runs)
    out["placements"] = float(len(snapshot(facts, a).placements))
    out["changes_in_year"] = float(len(diff(facts, a, a + timedelta(days=365)).changes))
    gc.unfreeze()
    return out
