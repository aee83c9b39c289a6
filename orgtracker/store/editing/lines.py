"""Reporting-line edits: set a manager (with the move a drag implies), end a line, make it dotted or solid."""

from __future__ import annotations

from dataclasses import replace

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet, LineKind, Origin, ReportingLine, Status, Tenure
from orgtracker.domain.intervals import Activity, activity
from orgtracker.domain.validation import check_org, check_person, check_reporting_line, check_tenure

from ..convert import fuzzy_columns
from .succession import Succession, apply_changes, facts_with, plan_succession
from .transaction import T_LINE, T_TENURE, Edit, EditRefused, EditResult, edit_transaction, find_fact
from .words import describe_from, describe_on, first_day, org_name, person_name


def set_manager(
    store,
    person_id: int,
    manager_id: int,
    start: FuzzyDate,
    *,
    kind: LineKind = LineKind.SOLID,
    org_id: int | None = None,
    title: str | None = None,
    leave_org_id: int | None = None,
    force: bool = False,
) -> EditResult:
    """From `start`, person reports to manager (ending the solid line it follows).

    With `org_id`/`title`, the person also takes that title at that organisation from the same
    date (a drag that reparents and retitles); with `leave_org_id`, they leave that organisation then.
    """
    day = first_day(start)
    kind = LineKind(kind)
    with edit_transaction(store, "set_manager") as e:
        facts = e.facts
        e.check(check_person(facts, person_id) + check_person(facts, manager_id, "manager"), False)
        if org_id is not None:
            e.check(check_org(facts, org_id), False)
        who, boss = person_name(facts, person_id), person_name(facts, manager_id)
        line_changes: dict[int, ReportingLine] = {}
        end: FuzzyDate | None = None
        was: list[str] = []
        plan = Succession([], [], None)
        if kind is LineKind.SOLID:
            mine = [r for r in facts.live_lines() if r.person_id == person_id and r.kind is LineKind.SOLID]
            plan = plan_succession(mine, start)
            same = [r for r in plan.cut + plan.replaced if r.manager_id == manager_id]
            if same:
                raise EditRefused(f"{who} already reports to {boss} on {day.isoformat()}.")
            for r in plan.cut:
                line_changes[r.id] = replace(r, end=start)
            for r in plan.replaced:
                line_changes[r.id] = replace(r, status=Status.REJECTED)
            was = [person_name(facts, r.manager_id) for r in plan.cut + plan.replaced]
            end = plan.end
        tenure_changes, new_tenure = _move_plan(e, facts, person_id, start, org_id, title, leave_org_id)
        tenures = apply_changes(facts.tenures, tenure_changes) + ([new_tenure] if new_tenure else [])
        proposed = facts_with(facts, tenures=tenures, lines=apply_changes(facts.lines, line_changes))
        problems = check_reporting_line(proposed, person_id, manager_id, kind, start, end)
        if new_tenure is not None:
            problems = check_tenure(facts_with(proposed, tenures=apply_changes(facts.tenures, tenure_changes)),
                                    person_id, new_tenure.org_id, new_tenure.title, new_tenure.start,
                                    new_tenure.end) + problems
        e.check(problems, force)
        for r in plan.cut:
            e.rows.update(T_LINE, r.id, **e.manual(**fuzzy_columns("end", start)))
        for r in plan.replaced:
            e.rows.update(T_LINE, r.id, status=Status.REJECTED.value, edit_id=e.id)
        _write_tenure_changes(e, facts, tenure_changes, new_tenure)
        e.rows.insert(T_LINE, **e.manual(person_id=person_id, manager_id=manager_id, kind=kind.value,
                                         status=Status.ACCEPTED.value, **fuzzy_columns("start", start),
                                         **fuzzy_columns("end", end)))
        verb = "has a dotted line to" if kind is LineKind.DOTTED else "reports to"
        e.summary = f"{who} {verb} {boss} {describe_from(start)}" + (f" (was {', '.join(was)})" if was else "")
        if new_tenure is not None:
            e.summary += f"; {new_tenure.title or 'member'} at {org_name(facts, new_tenure.org_id)}"
    return e.result


def _move_plan(e: Edit, facts: FactSet, person_id: int, start: FuzzyDate, org_id: int | None, title: str | None,
               leave_org_id: int | None) -> tuple[dict[int, Tenure], Tenure | None]:
    """Tenure changes of a drag that moves or retitles: tenures that end at `start`, and the new one."""
    changes: dict[int, Tenure] = {}
    if org_id is None and title is None and leave_org_id is None:
        return changes, None
    mine = [t for t in facts.live_tenures() if t.person_id == person_id]
    if leave_org_id is not None:
        plan = plan_succession([t for t in mine if t.org_id == leave_org_id], start)
        for t in plan.cut:
            changes[t.id] = replace(t, end=start)
    if org_id is None and title is None:
        return changes, None
    if org_id is None:
        day = start.earliest
        here = [t for t in mine if activity(t.start, t.end, day) is not Activity.INACTIVE]
        if len(here) != 1:
            raise EditRefused(f"{person_name(facts, person_id)} is at {len(here)} organisations on {day.isoformat()}: "
                              f"say at which one the new title holds.")
        org_id = here[0].org_id
    plan = plan_succession([t for t in mine if t.org_id == org_id], start)
    current = plan.cut + plan.replaced
    if current and (title is None or all(t.title == title for t in current)):
        return changes, None  # already there with that title
    for t in plan.cut:
        changes[t.id] = replace(t, end=start)
    for t in plan.replaced:
        changes[t.id] = replace(t, status=Status.REJECTED)
    return changes, Tenure(-1, person_id, org_id, title, start, plan.end, Origin.MANUAL, Status.ACCEPTED)


def _write_tenure_changes(e: Edit, facts: FactSet, changes: dict[int, Tenure], new: Tenure | None) -> None:
    for tid, t in changes.items():
        if t.status is Status.REJECTED:
            e.rows.update(T_TENURE, tid, status=Status.REJECTED.value, edit_id=e.id)
        else:
            e.rows.update(T_TENURE, tid, **e.manual(**fuzzy_columns("end", t.end)))
    if new is not None:
        e.rows.insert(T_TENURE, **e.manual(person_id=new.person_id, org_id=new.org_id, title=new.title,
                                           status=Status.ACCEPTED.value, **fuzzy_columns("start", new.start),
                                           **fuzzy_columns("end", new.end), **fuzzy_columns("anchor", None)))


def end_line(store, line_id: int, on: FuzzyDate, *, force: bool = False) -> EditResult:
    """The reporting line ends on `on` (the first day it no longer holds)."""
    first_day(on, "the end date")
    with edit_transaction(store, "end_line") as e:
        line = find_fact(e.facts, "line", line_id)
        if line.status is Status.REJECTED:
            raise EditRefused("That reporting line was deleted; there is nothing to end.")
        who, boss = person_name(e.facts, line.person_id), person_name(e.facts, line.manager_id)
        problems = check_reporting_line(facts_with(e.facts, lines=[r for r in e.facts.lines if r.id != line_id]),
                                        line.person_id, line.manager_id, line.kind, line.start, on)
        e.check([p for p in problems if p.is_error], force)
        e.rows.update(T_LINE, line_id, **e.manual(**fuzzy_columns("end", on)))
        e.summary = f"{who} no longer reports to {boss} from {describe_on(on)}"
    return e.result


def set_line_kind(store, line_id: int, kind: LineKind, *, force: bool = False) -> EditResult:
    """Make a reporting line dotted or solid."""
    kind = LineKind(kind)
    with edit_transaction(store, "set_line_kind") as e:
        line = find_fact(e.facts, "line", line_id)
        if line.kind is kind:
            raise EditRefused(f"That line is already {kind.value}.")
        problems = check_reporting_line(e.facts, line.person_id, line.manager_id, kind, line.start, line.end,
                                        replacing_id=line_id)
        e.check([p for p in problems if p.kind not in ("manager_other_org", "duplicate_line")], force)
        e.rows.update(T_LINE, line_id, **e.manual(kind=kind.value))
        e.summary = (f"{person_name(e.facts, line.person_id)}'s line to {person_name(e.facts, line.manager_id)} "
                     f"is now {kind.value}")
    return e.result
