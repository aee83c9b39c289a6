"""Rules an edit must pass before it is written: each check returns the problems it finds, in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from .dates import FuzzyDate
from .facts import FactSet, LineKind, ReportingLine, Status
from .intervals import Activity, activity, boundaries, valid_interval

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """kind names the rule (e.g. "cycle"); severity is "error" (refused) or "warning" (the user may override)."""

    kind: str
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.is_error for p in problems)


# -- small pieces ---------------------------------------------------------------------------
def person_name(facts: FactSet, pid: int) -> str:
    p = facts.people.get(pid)
    return p.name if p is not None else f"person #{pid}"


def org_name(facts: FactSet, oid: int) -> str:
    o = facts.orgs.get(oid)
    return o.name if o is not None else f"organisation #{oid}"


def _when(fd: FuzzyDate | None) -> str:
    return fd.describe() if fd is not None else "the start of the record"


def check_person(facts: FactSet, pid: int | None, role: str = "person") -> list[Problem]:
    if pid is None or pid not in facts.people:
        return [Problem("unknown_person", f"There is no {role} with id {pid} in the database.")]
    return []


def check_org(facts: FactSet, oid: int | None, role: str = "organisation") -> list[Problem]:
    if oid is None or oid not in facts.orgs:
        return [Problem("unknown_org", f"There is no {role} with id {oid} in the database.")]
    return []


def check_dates(start: FuzzyDate | None, end: FuzzyDate | None, what: str) -> list[Problem]:
    """An end before its start, or an end on the very day of an exact start (nothing would remain)."""
    if not valid_interval(start, end):
        return [Problem("end_before_start", f"{what} would end ({_when(end)}) before it starts ({_when(start)}).")]
    if start is not None and end is not None and start.is_exact and end.is_exact and end.latest <= start.earliest:
        return [Problem("end_before_start",
                        f"{what} would end on the day it starts ({_when(start)}); the end date is the first day "
                        f"it no longer holds.")]
    return []


_PAST = -(10**9)
_FUTURE = 10**9


def _sure_span(start: FuzzyDate | None, end: FuzzyDate | None) -> tuple[int, int]:
    """[lo, hi) in day ordinals where the interval surely holds (may be empty)."""
    lo = _PAST if start is None else (start.latest.toordinal() if start.latest else _FUTURE)
    hi = _FUTURE if end is None else (end.earliest.toordinal() if end.earliest else _PAST)
    return lo, hi


def _live_span(start: FuzzyDate | None, end: FuzzyDate | None) -> tuple[int, int]:
    """[lo, hi) in day ordinals where the interval may hold."""
    lo = _PAST if start is None or start.earliest is None else start.earliest.toordinal()
    hi = _FUTURE if end is None or end.latest is None else end.latest.toordinal()
    return lo, hi


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def _first_day(start: FuzzyDate | None, end: FuzzyDate | None) -> date | None:
    """The day an interval is checked at: when it surely began, else when it may have."""
    if start is not None and start.latest is not None:
        return start.latest
    if start is not None and start.earliest is not None:
        return start.earliest
    if end is not None and end.earliest is not None:
        return date.fromordinal(end.earliest.toordinal() - 1)
    return None


# -- reporting lines ---------------------------------------------------------------------------
def check_reporting_line(
    facts: FactSet,
    person_id: int,
    manager_id: int,
    kind: LineKind,
    start: FuzzyDate | None,
    end: FuzzyDate | None,
    replacing_id: int | None = None,
) -> list[Problem]:
    """Problems with "person reports to manager over [start, end)"; `replacing_id` is the line this one replaces."""
    problems = check_person(facts, person_id) + check_person(facts, manager_id, "manager")
    if problems:
        return problems
    who, boss = person_name(facts, person_id), person_name(facts, manager_id)
    if person_id == manager_id:
        return [Problem("self_report", f"{who} cannot report to themselves.")]
    problems += check_dates(start, end, f"The line from {who} to {boss}")
    if problems:
        return problems
    others = [r for r in facts.lines if r.status is not Status.REJECTED and r.id != replacing_id]
    proposed = ReportingLine(-1, person_id, manager_id, kind, start, end)
    problems += _cycle_problems(proposed, others, _line_cycle_message(facts))
    if kind is LineKind.SOLID:
        problems += _second_manager_problems(facts, proposed, others)
    problems += _org_problems(facts, proposed)
    return problems


def _second_manager_problems(facts: FactSet, line: ReportingLine, others: list[ReportingLine]) -> list[Problem]:
    out: list[Problem] = []
    who = person_name(facts, line.person_id)
    sure, live = _sure_span(line.start, line.end), _live_span(line.start, line.end)
    for r in others:
        if r.person_id != line.person_id or r.kind is not LineKind.SOLID:
            continue
        other = person_name(facts, r.manager_id)
        dates = f"from {_when(r.start)}" + (f" until {_when(r.end)}" if r.end is not None else "")
        if r.manager_id == line.manager_id:
            if _overlap(live, _live_span(r.start, r.end)):
                out.append(Problem("duplicate_line", f"{who} already reports to {other} {dates}.", WARNING))
        elif _overlap(sure, _sure_span(r.start, r.end)):
            out.append(Problem("two_managers",
                               f"{who} already reports to {other} {dates}; one person cannot have two solid "
                               f"managers at once. End that line first, or make one of them dotted."))
        elif _overlap(live, _live_span(r.start, r.end)):
            out.append(Problem("two_managers",
                               f"{who} may still report to {other} then ({dates}): the dates may overlap.",
                               WARNING))
    return out


def _live_lines_at(lines: list[ReportingLine], at: date) -> dict[int, list[tuple[ReportingLine, Activity]]]:
    up: dict[int, list[tuple[ReportingLine, Activity]]] = {}
    for r in lines:
        a = activity(r.start, r.end, at)
        if a is not Activity.INACTIVE:
            up.setdefault(r.person_id, []).append((r, a))
    return up


def _path_up(up: dict[int, list[tuple[ReportingLine, Activity]]], source: int, target: int,
             sure_solid_only: bool) -> list[int] | None:
    """People from source up to target through reporting lines, or None when target is not above source."""
    came_from: dict[int, int | None] = {source: None}
    todo = [source]
    while todo:
        pid = todo.pop()
        for r, a in up.get(pid, ()):
            if sure_solid_only and (a is not Activity.ACTIVE or r.kind is not LineKind.SOLID):
                continue
            if r.manager_id in came_from:
                continue
            came_from[r.manager_id] = pid
            if r.manager_id == target:
                path, node = [], target
                while node is not None:
                    path.append(node)
                    node = came_from[node]
                return path[::-1]
            todo.append(r.manager_id)
    return None


def _above(lines: list[ReportingLine], start: int) -> list[ReportingLine]:
    """Every line on a path up from `start` at some date (dates ignored)."""
    by_person: dict[int, list[ReportingLine]] = {}
    for r in lines:
        by_person.setdefault(r.person_id, []).append(r)
    seen, todo, out = {start}, [start], []
    while todo:
        for r in by_person.get(todo.pop(), ()):
            out.append(r)
            if r.manager_id not in seen:
                seen.add(r.manager_id)
                todo.append(r.manager_id)
    return out


def _check_days(start: FuzzyDate | None, end: FuzzyDate | None, others: Iterable) -> list[date]:
    """Every day the set of live intervals can change while [start, end) may hold, and its first day."""
    days: set[date] = set()
    for f in others:
        days |= boundaries(f.start, f.end)
    days |= boundaries(start, end)
    first = start.earliest if start is not None and start.earliest is not None else date.min
    days.add(first)
    return sorted(d for d in days if d >= first and activity(start, end, d) is not Activity.INACTIVE)


def _cycle_problems(line: ReportingLine, others: list[ReportingLine], message, kind: str = "cycle") -> list[Problem]:
    """A cycle the proposed line would close at some date: an error when every link surely holds then.

    `message(path, day, certain)` words it; path runs from the line's upper end back to its lower end.
    """
    relevant = _above(others, line.manager_id)
    if not any(r.manager_id == line.person_id for r in relevant):
        return []
    maybe: Problem | None = None
    for day in _check_days(line.start, line.end, relevant):
        up = _live_lines_at(relevant, day)
        own = activity(line.start, line.end, day)
        sure = own is Activity.ACTIVE and line.kind is LineKind.SOLID
        path = _path_up(up, line.manager_id, line.person_id, sure_solid_only=True) if sure else None
        if path is not None:
            return [Problem(kind, message([line.person_id] + path, day, True))]
        if maybe is None:
            path = _path_up(up, line.manager_id, line.person_id, sure_solid_only=False)
            if path is not None:
                maybe = Problem(kind, message([line.person_id] + path, day, False), WARNING)
    return [maybe] if maybe else []


def _line_cycle_message(facts: FactSet):
    def message(path: list[int], day: date, certain: bool) -> str:
        names = [person_name(facts, p) for p in path]
        return _cycle_words(names, day, certain, "report to", "is already under", "reporting cycle")
    return message


def _parent_cycle_message(facts: FactSet):
    def message(path: list[int], day: date, certain: bool) -> str:
        names = [org_name(facts, o) for o in path]
        return _cycle_words(names, day, certain, "sit inside", "already contains", "cycle of organisations")
    return message


def _on(day: date) -> str:
    return "before any known date" if day == date.min else f"on {day.isoformat()}"


def _cycle_words(names: list[str], day: date, certain: bool, verb: str, already: str, what: str) -> str:
    chain = " → ".join(names)
    if certain:
        return (f"{names[0]} cannot {verb} {names[1]}: {_on(day)} {names[1]} {already} "
                f"{names[0]}, which would make a {what} ({chain}).")
    return (f"{names[0]} may not {verb} {names[1]}: it could make a {what} {_on(day)} "
            f"({chain}) through a dotted line or one whose dates are uncertain.")


def _orgs_at(facts: FactSet, pid: int, day: date) -> set[int]:
    """Organisations the person may be at on `day`, with the organisations enclosing them."""
    orgs = {t.org_id for t in facts.tenures if t.person_id == pid and t.status is not Status.REJECTED
            and activity(t.start, t.end, day) is not Activity.INACTIVE}
    parents = [p for p in facts.parents if p.status is not Status.REJECTED
               and activity(p.start, p.end, day) is not Activity.INACTIVE]
    todo = list(orgs)
    while todo:
        oid = todo.pop()
        for p in parents:
            if p.org_id == oid and p.parent_id not in orgs:
                orgs.add(p.parent_id)
                todo.append(p.parent_id)
    return orgs


def _org_problems(facts: FactSet, line: ReportingLine) -> list[Problem]:
    day = _first_day(line.start, line.end)
    if day is None:
        return []
    who, boss = person_name(facts, line.person_id), person_name(facts, line.manager_id)
    mine, theirs = _orgs_at(facts, line.person_id, day), _orgs_at(facts, line.manager_id, day)
    if mine & theirs:
        return []
    if not theirs:
        text = f"{boss} is at no organisation on {day.isoformat()}, when {who} would start reporting to them."
    elif not mine:
        text = f"{who} is at no organisation on {day.isoformat()}, when they would start reporting to {boss}."
    else:
        text = (f"{boss} ({', '.join(sorted(org_name(facts, o) for o in theirs))}) is not at the same "
                f"organisation as {who} ({', '.join(sorted(org_name(facts, o) for o in mine))}) "
                f"on {day.isoformat()}.")
    return [Problem("manager_other_org", text, WARNING)]


def find_cycles(facts: FactSet) -> list[Problem]:
    """Every reporting cycle among the stored solid lines surely active at some date (one problem per cycle)."""
    lines = [r for r in facts.live_lines() if r.kind is LineKind.SOLID]
    days: set[date] = {date.min}
    for r in lines:
        days |= boundaries(r.start, r.end)
    found: dict[frozenset, Problem] = {}
    for day in sorted(days):
        up: dict[int, list[int]] = {}
        for r in lines:
            if activity(r.start, r.end, day) is Activity.ACTIVE:
                up.setdefault(r.person_id, []).append(r.manager_id)
        for cycle in _cycles(up):
            key = frozenset(cycle)
            if key not in found:
                chain = " → ".join(person_name(facts, p) for p in cycle + [cycle[0]])
                found[key] = Problem("cycle", f"Reporting cycle {_on(day)}: {chain}.")
    return list(found.values())


def _cycles(up: dict[int, list[int]]) -> list[list[int]]:
    """Elementary cycles reachable in a small graph of person → managers (iterative DFS, one per entry)."""
    out: list[list[int]] = []
    state: dict[int, int] = {}  # 1 on the current path, 2 finished
    for root in up:
        if root in state:
            continue
        path: list[int] = []
        stack = [(root, iter(up.get(root, ())))]
        state[root] = 1
        path.append(root)
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(nxt) == 1:
                out.append(path[path.index(nxt):])
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, iter(up.get(nxt, ()))))
    return out


# -- tenures and organisations -----------------------------------------------------------------
def check_tenure(
    facts: FactSet,
    person_id: int,
    org_id: int,
    title: str | None,
    start: FuzzyDate | None,
    end: FuzzyDate | None,
    replacing_id: int | None = None,
) -> list[Problem]:
    """Problems with "person at organisation as title over [start, end)"."""
    problems = check_person(facts, person_id) + check_org(facts, org_id)
    if problems:
        return problems
    who, where = person_name(facts, person_id), org_name(facts, org_id)
    problems += check_dates(start, end, f"{who}'s time at {where}")
    if problems:
        return problems
    sure, live = _sure_span(start, end), _live_span(start, end)
    for t in facts.tenures:
        if t.id == replacing_id or t.status is Status.REJECTED or t.person_id != person_id or t.org_id != org_id:
            continue
        if t.title == title and _overlap(live, _live_span(t.start, t.end)):
            problems.append(Problem("duplicate_tenure",
                                    f"{who} is already at {where} as {title or 'a member'} from {_when(t.start)}.",
                                    WARNING))
        elif t.title != title and _overlap(sure, _sure_span(t.start, t.end)):
            problems.append(Problem("overlapping_titles",
                                    f"{who} would hold two titles at {where} at once: {t.title or 'no title'} "
                                    f"(from {_when(t.start)}) and {title or 'no title'}.", WARNING))
    return problems


def check_org_parent(
    facts: FactSet,
    org_id: int,
    parent_id: int,
    start: FuzzyDate | None,
    end: FuzzyDate | None,
    replacing_id: int | None = None,
) -> list[Problem]:
    """Problems with "organisation inside parent over [start, end)"."""
    problems = check_org(facts, org_id) + check_org(facts, parent_id, "parent organisation")
    if problems:
        return problems
    inner, outer = org_name(facts, org_id), org_name(facts, parent_id)
    if org_id == parent_id:
        return [Problem("self_parent", f"{inner} cannot be inside itself.")]
    problems += check_dates(start, end, f"{inner} inside {outer}")
    if problems:
        return problems
    others = [p for p in facts.parents if p.status is not Status.REJECTED and p.id != replacing_id]
    # Reuse the reporting-line cycle search: organisation → parent is a line upward.
    as_lines = [ReportingLine(p.id, p.org_id, p.parent_id, LineKind.SOLID, p.start, p.end) for p in others]
    proposed = ReportingLine(-1, org_id, parent_id, LineKind.SOLID, start, end)
    problems += _cycle_problems(proposed, as_lines, _parent_cycle_message(facts), "parent_cycle")
    sure = _sure_span(start, end)
    for p in others:
        if p.org_id == org_id and p.parent_id != parent_id and _overlap(sure, _sure_span(p.start, p.end)):
            problems.append(Problem("two_parents",
                                    f"{inner} is already inside {org_name(facts, p.parent_id)} from "
                                    f"{_when(p.start)}.", WARNING))
    return problems
