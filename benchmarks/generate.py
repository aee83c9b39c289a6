"""Synthetic org histories written to an orgtracker database, deterministic by seed.

    python -m benchmarks.generate --people 100000 --years 10 --seed 1 --db big.sqlite \
        [--articles DIR --count 1000]

A month-by-month simulation of several companies (each with a research lab inside it
for part of the history) and a university: hires, departures (a successor or the
manager above takes the reports), promotions, internal moves that carry a person's
whole subtree, a yearly reorganisation that re-parents whole subtrees, a division
moved into the lab, moves between companies, dotted lines, second affiliations, and
a share of dates known only to the month or the year. Trees stay 12 levels deep at
most with at most 15 reports a manager. The facts are written as manual, accepted
rows of one "import" edit, through the store's schema and migrations.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from orgtracker.domain.dates import FuzzyDate, Precision
from orgtracker.domain.facts import LineKind, Origin, Status

from . import names

END_YEAR = 2026  # histories run from 1 January of END_YEAR - years to the end of END_YEAR - 1
MAX_LEVEL = 11  # levels 0..11: trees at most 12 deep
MAX_SPAN = 15
MIN_SPAN = 3
# yearly rates per live person
DEPARTURE = 0.09
RETITLE = 0.08
INTERNAL_MOVE = 0.05
COMPANY_MOVE = 0.02
DOTTED = 0.04
INITIAL_SHARE = 0.45  # of all people, employed when the history starts
MONTH_SHARE, YEAR_SHARE = 0.15, 0.05  # of dates known only to the month / the year


@dataclass(slots=True)
class Seat:
    """Where a live person stands now."""

    org: int
    manager: int | None
    level: int
    title: str
    cap: int  # how many reports this person may take (0: not a manager)
    tenure_start: FuzzyDate | None
    line_start: FuzzyDate | None
    reports: set[int] = field(default_factory=set)


@dataclass
class History:
    """Everything the simulation recorded, keyed by 1-based ids."""

    people: list[str] = field(default_factory=list)  # person id i has name people[i - 1]
    orgs: list[str] = field(default_factory=list)
    tenures: list[tuple] = field(default_factory=list)  # (person, org, title, start, end)
    lines: list[tuple] = field(default_factory=list)  # (person, manager, LineKind, start, end)
    parents: list[tuple] = field(default_factory=list)  # (org, parent, start, end)
    first_day: date = date(END_YEAR - 10, 1, 1)
    last_day: date = date(END_YEAR - 1, 12, 31)
    stats: dict = field(default_factory=dict)


class _Bag:
    """A set with O(1) add, remove and random choice."""

    def __init__(self) -> None:
        self.items: list[int] = []
        self.where: dict[int, int] = {}

    def add(self, x: int) -> None:
        if x not in self.where:
            self.where[x] = len(self.items)
            self.items.append(x)

    def remove(self, x: int) -> None:
        i = self.where.pop(x)
        last = self.items.pop()
        if last != x:
            self.items[i] = last
            self.where[last] = i

    def choice(self, rng: random.Random) -> int:
        return self.items[rng.randrange(len(self.items))]

    def __len__(self) -> int:
        return len(self.items)


class _Simulation:
    def __init__(self, n_people: int, years: int, seed: int):
        if n_people < 20:
            raise ValueError("at least 20 people are needed for a history")
        if years < 1:
            raise ValueError("at least one year of history is needed")
        self.rng = random.Random(seed)
        self.n_people = n_people
        self.years = years
        self.h = History(first_day=date(END_YEAR - years, 1, 1), last_day=date(END_YEAR - 1, 12, 31))
        self.seats: dict[int, Seat] = {}
        self.live = _Bag()
        self.members: dict[int, _Bag] = {}
        self.open: dict[int, list[int]] = {}
        self.dotted: dict[tuple[int, int], FuzzyDate | None] = {}  # (person, manager) → start
        self.dotted_of: dict[int, set[tuple[int, int]]] = {}  # person → open dotted lines from or to them
        self.dotted_ends: dict[int, list[tuple[int, int]]] = {}  # month index → dotted lines planned to end
        self.roots: dict[int, int] = {}  # organisation → the head of its tree
        self.companies: list[int] = []
        self.labs: dict[int, int] = {}  # company → its lab
        self.university = 0
        self.events: Counter[str] = Counter()

    # -- dates ------------------------------------------------------------------------------
    def fuzzy(self, d: date) -> FuzzyDate:
        r = self.rng.random()
        if r < YEAR_SHARE:
            return FuzzyDate.year(d.year)
        if r < YEAR_SHARE + MONTH_SHARE:
            return FuzzyDate.month(d.year, d.month)
        return FuzzyDate.day(d)

    # -- people and seats --------------------------------------------------------------------
    def _new_person(self) -> int:
        self.h.people.append(names.person_name(self.rng))
        return len(self.h.people)

    def _cap_for(self, level: int) -> int:
        if level >= MAX_LEVEL:
            return 0
        chance = 1.0 if level <= 2 else 0.3 if level <= 5 else 0.08
        return self.rng.randint(MIN_SPAN, MAX_SPAN) if self.rng.random() < chance else 0

    def _seat(self, pid: int, org: int, manager: int | None, start: FuzzyDate | None,
              level: int | None = None, title: str | None = None, cap: int | None = None) -> Seat:
        if level is None:
            level = self.seats[manager].level + 1 if manager is not None else 0
        cap = self._cap_for(level) if cap is None else cap
        seat = Seat(org, manager, level, title or names.title_for(level, cap > 0, self.rng), cap, start,
                    start if manager is not None else None)
        self.seats[pid] = seat
        self.live.add(pid)
        self.members.setdefault(org, _Bag()).add(pid)
        if cap:
            self.open.setdefault(org, []).append(pid)
        if manager is not None:
            self.seats[manager].reports.add(pid)
        else:
            self.roots[org] = pid
        return seat

    def _unseat(self, pid: int) -> Seat:
        seat = self.seats.pop(pid)
        self.live.remove(pid)
        self.members[seat.org].remove(pid)
        if seat.manager is not None:
            self._drop_report(seat.manager, pid)
        return seat

    def _drop_report(self, manager: int, pid: int) -> None:
        boss = self.seats[manager]
        was_full = len(boss.reports) >= boss.cap
        boss.reports.discard(pid)
        if was_full and len(boss.reports) < boss.cap:
            self.open.setdefault(boss.org, []).append(manager)

    def _subtree(self, pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            todo.extend(self.seats[p].reports)
        return out

    def _height(self, pid: int) -> int:
        base = self.seats[pid].level
        return max(self.seats[p].level for p in self._subtree(pid)) - base

    def _is_under(self, pid: int, boss: int) -> bool:
        p: int | None = pid
        while p is not None:
            if p == boss:
                return True
            p = self.seats[p].manager
        return False

    def _shift(self, pid: int, delta: int) -> None:
        if delta:
            for p in self._subtree(pid):
                self.seats[p].level += delta

    def pick_manager(self, org: int, avoid: int | None = None, height: int = 0) -> int | None:
        """An open manager in `org`, more often a recently opened (deeper) one; None when none fits."""
        cands = self.open.get(org) or []
        rng = self.rng
        for _ in range(40):
            if not cands:
                break
            if rng.random() < 0.6:
                i = len(cands) - 1 - min(int(rng.expovariate(1 / (1 + len(cands) / 20))), len(cands) - 1)
            else:
                i = rng.randrange(len(cands))
            cand = cands[i]
            seat = self.seats.get(cand)
            if seat is None or seat.org != org or len(seat.reports) >= seat.cap:
                cands[i] = cands[-1]
                cands.pop()
                continue
            if seat.level + 1 + height > MAX_LEVEL or (avoid is not None and self._is_under(cand, avoid)):
                continue
            if len(seat.reports) >= MIN_SPAN + 2 and rng.random() < 0.85:
                continue  # rather fill a manager who has too few reports
            return cand
        return None

    def make_room(self, org: int, height: int = 0) -> int | None:
        """Give a member of a full organisation room for reports (they become a manager)."""
        bag = self.members.get(org)
        for _ in range(60 if bag else 0):
            cand = bag.choice(self.rng)
            seat = self.seats[cand]
            if seat.level + 1 + height <= MAX_LEVEL and len(seat.reports) < MAX_SPAN:
                seat.cap = min(MAX_SPAN, max(seat.cap, len(seat.reports) + self.rng.randint(MIN_SPAN, 8)))
                self.open.setdefault(org, []).append(cand)
                return cand
        return None

    # -- recorded facts ------------------------------------------------------------------------
    def _end_tenure(self, pid: int, seat: Seat, end: FuzzyDate) -> None:
        self.h.tenures.append((pid, seat.org, seat.title, seat.tenure_start, end))

    def _end_line(self, pid: int, seat: Seat, end: FuzzyDate) -> None:
        if seat.manager is not None:
            self.h.lines.append((pid, seat.manager, LineKind.SOLID, seat.line_start, end))

    def _end_dotted_of(self, pid: int, end: FuzzyDate) -> None:
        for key in sorted(self.dotted_of.pop(pid, ())):
            self._end_dotted(key, end)

    def _end_dotted(self, key: tuple[int, int], end: FuzzyDate) -> None:
        if key in self.dotted:
            self.h.lines.append((key[0], key[1], LineKind.DOTTED, self.dotted.pop(key), end))
            for p in key:
                self.dotted_of.get(p, set()).discard(key)

    # -- events ---------------------------------------------------------------------------------
    def hire(self, org: int, day: date, start: FuzzyDate | None = None) -> int | None:
        manager = self.pick_manager(org) if org in self.members else None
        if manager is None and org in self.members and len(self.members[org]):
            manager = self.make_room(org)
            if manager is None:
                return None
        pid = self._new_person()
        self._seat(pid, org, manager, start or self.fuzzy(day))
        self.events["hire"] += 1
        return pid

    def set_manager(self, pid: int, manager: int, at: FuzzyDate) -> None:
        seat = self.seats[pid]
        self._end_line(pid, seat, at)
        if seat.manager in self.seats:  # not when the manager has just left
            self._drop_report(seat.manager, pid)
        boss = self.seats[manager]
        boss.reports.add(pid)
        seat.manager, seat.line_start = manager, at
        self._shift(pid, boss.level + 1 - seat.level)

    def leave(self, pid: int, day: date, why: str = "departure") -> FuzzyDate:
        """End the person's tenure and lines; a successor or the manager above takes the reports."""
        seat = self.seats[pid]
        end = self.fuzzy(day)
        self._end_tenure(pid, seat, end)
        self._end_line(pid, seat, end)
        self._end_dotted_of(pid, end)
        reports = sorted(seat.reports)
        self._unseat(pid)
        if reports:
            above = seat.manager
            crowded = above is None or len(self.seats[above].reports) + len(reports) > MAX_SPAN
            if crowded or self.rng.random() < 0.5:
                successor = self._new_person()
                self._seat(successor, seat.org, seat.manager, end, seat.level, seat.title,
                           max(seat.cap, len(reports)))
                self.events["successor"] += 1
                above = successor
            for r in reports:
                self.set_manager(r, above, end)
        self.events[why] += 1
        return end

    def retitle(self, pid: int, day: date) -> None:
        seat = self.seats[pid]
        handover = self.fuzzy(day)
        self._end_tenure(pid, seat, handover)
        title = seat.title
        for _ in range(3):
            title = names.title_for(seat.level, bool(seat.cap), self.rng)
            if title != seat.title:
                break
        else:
            title = "Principal " + seat.title
        seat.title, seat.tenure_start = title, handover
        self.events["retitle"] += 1

    def move_inside(self, pid: int, day: date, why: str = "internal move") -> bool:
        """A new manager in the same organisation; the person's reports come along."""
        seat = self.seats[pid]
        new = self.pick_manager(seat.org, avoid=pid, height=self._height(pid))
        if new is None or new == seat.manager:
            return False
        self.set_manager(pid, new, self.fuzzy(day))
        self.events[why] += 1
        return True

    def move_company(self, pid: int, day: date) -> None:
        seat = self.seats[pid]
        targets = [c for c in self.companies if c != seat.org]
        org = self.rng.choice(targets)
        start = self.leave(pid, day, "moved company")
        manager = self.pick_manager(org) or self.make_room(org)
        if manager is not None:
            self._seat(pid, org, manager, start)

    def add_dotted(self, pid: int, month: int, day: date) -> None:
        seat = self.seats[pid]
        other = self.members[seat.org].choice(self.rng)
        if other in (pid, seat.manager) or (pid, other) in self.dotted or self.seats[other].level >= seat.level:
            return
        self.dotted[(pid, other)] = self.fuzzy(day)
        for p in (pid, other):
            self.dotted_of.setdefault(p, set()).add((pid, other))
        if self.rng.random() < 0.5:
            self.dotted_ends.setdefault(month + self.rng.randint(3, 36), []).append((pid, other))
        self.events["dotted line"] += 1

    def reorganise(self, org: int, day: date) -> None:
        """Re-parent a few whole subtrees headed at levels 2–4 under other managers."""
        bag = self.members.get(org)
        if not bag:
            return
        wanted = self.rng.randint(2, 6)
        for _ in range(wanted * 20):
            if wanted == 0:
                break
            head = bag.choice(self.rng)
            seat = self.seats[head]
            if (2 <= seat.level <= 4 and seat.reports and self._settled(seat, day)
                    and self.move_inside(head, day, "reorganised subtree")):
                wanted -= 1

    def move_division_to_lab(self, company: int, day: date) -> None:
        """A division (a whole subtree) leaves the company's payroll for its lab, under the lab's head."""
        lab = self.labs.get(company)
        bag = self.members.get(company)
        if not bag or not self.members.get(lab):
            return
        candidates = sorted(p for p in bag.items if 1 <= self.seats[p].level <= 3 and self.seats[p].reports
                            and self._settled(self.seats[p], day))
        self.rng.shuffle(candidates)
        largest = max(10, len(bag) // 4)
        head = next((p for p in candidates[:300] if 10 <= len(self._subtree(p)) <= largest), None)
        if head is None:
            return
        height = self._height(head)
        new_manager = self.pick_manager(lab, height=height) or self.make_room(lab, height)
        if new_manager is None:
            return
        at = self.fuzzy(day)
        for p in self._subtree(head):
            s = self.seats[p]
            self._end_tenure(p, s, at)
            self.members[company].remove(p)
            s.org, s.tenure_start = lab, at
            self.members.setdefault(lab, _Bag()).add(p)
            if len(s.reports) < s.cap:
                self.open.setdefault(lab, []).append(p)
        self.set_manager(head, new_manager, at)
        self.events["division moved to lab"] += 1

    # -- the run ----------------------------------------------------------------------------------
    def run(self) -> History:
        rng, h = self.rng, self.h
        n_companies = max(3, min(8, 2 + self.n_people // 20_000))
        company_names = names.company_names(n_companies)
        for name in company_names:
            h.orgs.append(name)
            self.companies.append(len(h.orgs))
        for company, name in zip(list(self.companies), company_names):
            h.orgs.append(f"{name.split()[0]} Research")
            lab = len(h.orgs)
            self.labs[company] = lab
            founded = h.first_day - timedelta(days=rng.randrange(-365 * 2, 365 * 3))
            h.parents.append([lab, company, self.fuzzy(founded), None])
        h.orgs.append(names.UNIVERSITY)
        self.university = len(h.orgs)
        weights = [1.0 / (i + 1) ** 0.7 for i in range(n_companies)]
        orgs = self.companies + [self.labs[c] for c in self.companies]
        org_weights = weights + [w / 6 for w in weights]

        for org in orgs:  # the heads, there long before the history starts
            self.hire(org, h.first_day - timedelta(days=rng.randrange(800, 3650)))
        initial = int(self.n_people * INITIAL_SHARE)
        while len(h.people) < initial:
            org = rng.choices(orgs, org_weights)[0]
            self.hire(org, h.first_day - timedelta(days=rng.randrange(1, 3000)))

        months = self.years * 12
        division_month = {c: rng.randrange(months // 4, max(months // 4 + 1, 3 * months // 4))
                          for c in self.companies[: max(1, n_companies // 2)]}
        self.hiring_orgs, self.hiring_weights = orgs, org_weights
        spin_month = rng.randrange(months // 2, months)
        for month in range(months):
            first = date(h.first_day.year + month // 12, month % 12 + 1, 1)
            for when, _seq, act, arg in self._agenda(month, first, spin_month, division_month):
                self._do(act, arg, month, when)
        self._second_affiliations()
        self.h.stats = self._stats()
        for pid, seat in self.seats.items():
            h.tenures.append((pid, seat.org, seat.title, seat.tenure_start, None))
            if seat.manager is not None:
                h.lines.append((pid, seat.manager, LineKind.SOLID, seat.line_start, None))
        for (pid, other), start in self.dotted.items():
            h.lines.append((pid, other, LineKind.DOTTED, start, None))
        h.parents = [tuple(p) for p in h.parents]
        h.stats["events"] = dict(sorted(self.events.items()))
        h.stats.update(_date_shares(h))
        return h

    def _agenda(self, month: int, first: date, spin_month: int, division_month: dict[int, int]) -> list[tuple]:
        """This month's events as (day, order, action, argument), in the order they happen."""
        rng, h = self.rng, self.h
        out: list[tuple] = []

        def add(act: str, arg: object = None) -> None:
            out.append((first + timedelta(days=rng.randrange(28)), len(out), act, arg))

        k = len(self.live)
        for rate, act in ((DEPARTURE, "leave"), (RETITLE, "retitle"), (INTERNAL_MOVE, "move"),
                          (COMPANY_MOVE, "company"), (DOTTED, "dotted")):
            for _ in range(int(k * rate / 12) + (rng.random() < (k * rate / 12) % 1)):
                add(act)
        if rng.random() < 1 / 40:  # now and then a head leaves and a successor takes over
            add("head", rng.choice(self.companies))
        for key in self.dotted_ends.pop(month, ()):
            add("end dotted", key)
        if month % 12 == 3:
            for company in self.companies:
                add("reorganise", company)
        for company, at in division_month.items():
            if at == month:
                add("division", company)
        if month == spin_month:
            add("spin out", self.companies[-1])
        room = self.n_people - len(h.people)
        for _ in range(math.ceil(room / (self.years * 12 - month)) if room > 0 else 0):
            add("hire", rng.choices(self.hiring_orgs, self.hiring_weights)[0])
        out.sort()
        return out

    def _settled(self, seat: Seat, when: date) -> bool:
        """True when the person's current tenure and line surely began before `when` (no two changes a day)."""
        return all(fd is None or fd.earliest is None or fd.earliest < when
                   for fd in (seat.tenure_start, seat.line_start))

    def _do(self, act: str, arg, month: int, when: date) -> None:
        if act == "hire":
            self.hire(arg, when)
        elif act == "end dotted":
            self._end_dotted(arg, self.fuzzy(when))
        elif act == "head":
            head = self.roots.get(arg)
            if head in self.seats and self._settled(self.seats[head], when):
                self.leave(head, when, "head replaced")
        elif act == "reorganise":
            self.reorganise(arg, when)
        elif act == "division":
            self.move_division_to_lab(arg, when)
        elif act == "spin out":
            row = next(p for p in self.h.parents if p[1] == arg)
            row[3] = self.fuzzy(when)
            self.events["lab spun out"] += 1
        else:
            pid = self.live.choice(self.rng)
            seat = self.seats[pid]
            if not self._settled(seat, when):
                return
            if act == "leave" and seat.level > 0:
                self.leave(pid, when)
            elif act == "retitle" and seat.level > 0:
                self.retitle(pid, when)
            elif act == "move" and seat.level > 1:
                self.move_inside(pid, when)
            elif act == "company" and seat.level > 1 and seat.org in self.companies:
                self.move_company(pid, when)
            elif act == "dotted" and seat.level > 1:
                self.add_dotted(pid, month, when)

    def _second_affiliations(self) -> None:
        rng, h = self.rng, self.h
        span = (h.last_day - h.first_day).days
        for pid in rng.sample(range(1, len(h.people) + 1), len(h.people) // 100):
            start = h.first_day + timedelta(days=rng.randrange(span))
            end = start + timedelta(days=rng.randrange(200, 1500))
            h.tenures.append((pid, self.university, "Adjunct Professor", self.fuzzy(start),
                              self.fuzzy(end) if end < h.last_day else None))

    def _stats(self) -> dict:
        """Depth and span of each organisation's tree at the end of the history."""
        depth: dict[str, int] = {}
        spans: list[int] = []
        for pid, seat in self.seats.items():
            name = self.h.orgs[seat.org - 1]
            depth[name] = max(depth.get(name, 0), seat.level + 1)
            if seat.reports:
                spans.append(len(seat.reports))
        spans.sort()
        return {
            "people": len(self.h.people),
            "organisations": len(self.h.orgs),
            "live_at_end": len(self.seats),
            "depth": depth,
            "span_min": spans[0] if spans else 0,
            "span_median": spans[len(spans) // 2] if spans else 0,
            "span_max": spans[-1] if spans else 0,
            "span_3_to_15": round(sum(MIN_SPAN <= x <= MAX_SPAN for x in spans) / max(1, len(spans)), 3),
        }


def _date_shares(h: History) -> dict:
    counts: Counter[str] = Counter()
    for fact in h.tenures + h.lines:
        for fd in fact[3:5]:
            if fd is not None:
                counts[fd.precision.value] += 1
    total = sum(counts.values()) or 1
    return {"tenures": len(h.tenures), "lines": len(h.lines),
            "dotted_lines": sum(1 for line in h.lines if line[2] is LineKind.DOTTED),
            "month_dates": round(counts[Precision.MONTH.value] / total, 3),
            "year_dates": round(counts[Precision.YEAR.value] / total, 3)}


def simulate(people: int, years: int = 10, seed: int = 0) -> History:
    """The synthetic history of `people` people over `years` years; the same for the same arguments."""
    return _Simulation(people, years, seed).run()


# -- writing the database ---------------------------------------------------------------------------
def write_database(h: History, path: str | Path, params: dict | None = None) -> dict[str, int]:
    """Create `path` through the store (schema, migrations) and bulk insert the history in one transaction."""
    from orgtracker.store import open_store
    from orgtracker.store.convert import fuzzy_columns, name_key
    from orgtracker.store.engine import make_engine
    from orgtracker.store.tables import (
        EditRow, OrganisationRow, OrgParentRow, PersonRow, ReportingLineRow, TenureRow,
    )

    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"{path} already exists; generate into a new file")
    open_store(path).close()
    engine = make_engine(path)
    manual, accepted = Origin.MANUAL.value, Status.ACCEPTED.value
    no_anchor = fuzzy_columns("anchor", None)
    fact = dict(origin=manual, status=accepted, conflict=None, natural_key=None, edit_id=1)
    try:
        with engine.begin() as conn:
            conn.execute(EditRow.__table__.insert(), [dict(
                id=1, at=datetime.now(timezone.utc), action="import",
                summary=f"synthetic history: {len(h.people)} people (benchmarks.generate)",
                before_json="null", after_json=json.dumps(params or {}), undone=False)])
            conn.execute(PersonRow.__table__.insert(),
                         [dict(id=i, name=n, name_key=name_key(n)) for i, n in enumerate(h.people, 1)])
            conn.execute(OrganisationRow.__table__.insert(),
                         [dict(id=i, name=n, name_key=name_key(n)) for i, n in enumerate(h.orgs, 1)])
            conn.execute(OrgParentRow.__table__.insert(), [
                dict(id=i, org_id=o, parent_id=p, **fuzzy_columns("start", s), **fuzzy_columns("end", e), **fact)
                for i, (o, p, s, e) in enumerate(h.parents, 1)])
            conn.execute(TenureRow.__table__.insert(), [
                dict(id=i, person_id=p, org_id=o, title=t, **fuzzy_columns("start", s), **fuzzy_columns("end", e),
                     **no_anchor, **fact)
                for i, (p, o, t, s, e) in enumerate(h.tenures, 1)])
            conn.execute(ReportingLineRow.__table__.insert(), [
                dict(id=i, person_id=p, manager_id=m, kind=k.value, **fuzzy_columns("start", s),
                     **fuzzy_columns("end", e), **fact)
                for i, (p, m, k, s, e) in enumerate(h.lines, 1)])
    finally:
        engine.dispose()
    return {"people": len(h.people), "organisations": len(h.orgs), "tenures": len(h.tenures),
            "reporting_lines": len(h.lines), "org_parents": len(h.parents)}


def generate(people: int, years: int, seed: int, db: str | Path) -> History:
    """Simulate and write; returns the history (its `stats` say what it holds)."""
    h = simulate(people, years, seed)
    write_database(h, db, {"people": people, "years": years, "seed": seed})
    return h


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=1000, help="people over the whole history (default 1000)")
    parser.add_argument("--years", type=int, default=10, help="years of history (default 10)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", help="database file to create (must not exist yet)")
    parser.add_argument("--articles", metavar="DIR", help="also write synthetic articles into DIR")
    parser.add_argument("--count", type=int, default=100, help="how many articles (default 100)")
    args = parser.parse_args(argv)
    from orgtracker.store import StoreError

    if not args.db and not args.articles:
        parser.error("give --db FILE, --articles DIR, or both")
    try:
        if args.db:
            t0 = time.perf_counter()
            h = generate(args.people, args.years, args.seed, args.db)
            print(f"{args.db}: {len(h.people)} people, {len(h.tenures)} tenures, {len(h.lines)} reporting lines "
                  f"in {len(h.orgs)} organisations, {h.first_day}..{h.last_day} "
                  f"({time.perf_counter() - t0:.1f} s)")
            print(json.dumps(h.stats, indent=1))
        if args.articles:
            from .articles import write_articles

            written = write_articles(args.articles, args.count, args.seed)
            print(f"{args.articles}: {len(written)} articles, {sum(p.stat().st_size for p in written)} bytes")
    except (ValueError, OSError, StoreError) as exc:
        print(f"benchmarks.generate: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
