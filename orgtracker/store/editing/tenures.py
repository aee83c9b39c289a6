"""Tenure edits: add a tenure, change one, and a person leaving an organisation."""

from __future__ import annotations

from datetime import date, timedelta

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Status
from orgtracker.domain.intervals import Activity, activity
from orgtracker.domain.validation import Problem, check_org, check_person, check_tenure

from ..convert import fuzzy_columns
from .transaction import T_LINE, T_TENURE, EditRefused, EditResult, edit_transaction, find_fact
from .words import describe_from, describe_on, first_day, org_name, person_name


def add_tenure(store, person_id: int, org_id: int, title: str | None, start: FuzzyDate | None,
               end: FuzzyDate | None = None, *, force: bool = False) -> EditResult:
    title = (title or "").strip() or None
    with edit_transaction(store, "add_tenure") as e:
        e.check(check_tenure(e.facts, person_id, org_id, title, start, end), force)
        e.rows.insert(T_TENURE, **e.manual(person_id=person_id, org_id=org_id, title=title,
                                           status=Status.ACCEPTED.value, **fuzzy_columns("start", start),
                                           **fuzzy_columns("end", end), **fuzzy_columns("anchor", None)))
        e.summary = (f"{person_name(e.facts, person_id)} at {org_name(e.facts, org_id)}"
                     f"{' as ' + title if title else ''} {describe_from(start)}"
                     + (f" until {describe_on(end)}" if end else ""))
    return e.result


def edit_tenure(store, tenure_id: int, org_id: int, title: str | None, start: FuzzyDate | None,
                end: FuzzyDate | None, *, force: bool = False) -> EditResult:
    title = (title or "").strip() or None
    with edit_transaction(store, "edit_tenure") as e:
        t = find_fact(e.facts, "tenure", tenure_id)
        if (t.org_id, t.title, t.start, t.end) == (org_id, title, start, end):
            raise EditRefused("Nothing to change: the tenure already says that.")
        e.check(check_tenure(e.facts, t.person_id, org_id, title, start, end, replacing_id=tenure_id), force)
        e.rows.update(T_TENURE, tenure_id, **e.manual(org_id=org_id, title=title, status=Status.ACCEPTED.value,
                                                      **fuzzy_columns("start", start), **fuzzy_columns("end", end)))
        e.summary = (f"{person_name(e.facts, t.person_id)}: {t.title or 'member'} at {org_name(e.facts, t.org_id)} → "
                     f"{title or 'member'} at {org_name(e.facts, org_id)} {describe_from(start)}"
                     + (f" until {describe_on(end)}" if end else ""))
    return e.result


def end_tenure(store, person_id: int, org_id: int, on: FuzzyDate, *, tenure_id: int | None = None,
               force: bool = False) -> EditResult:
    """The person leaves the organisation on `on`: their tenures there end, and their lines to people there."""
    day = first_day(on, "the end date")
    with edit_transaction(store, "end_tenure") as e:
        facts = e.facts
        e.check(check_person(facts, person_id) + check_org(facts, org_id), False)
        who, where = person_name(facts, person_id), org_name(facts, org_id)
        running = [t for t in facts.live_tenures() if t.person_id == person_id and t.org_id == org_id
                   and (tenure_id is None or t.id == tenure_id) and _runs_past(t, day)]
        if not running:
            raise EditRefused(f"{who} has no time at {where} that runs until {day.isoformat()}.")
        problems: list[Problem] = []
        for t in running:
            problems += check_tenure(facts, person_id, org_id, t.title, t.start, on, replacing_id=t.id)
        e.check([p for p in problems if p.is_error], force)
        before = day - timedelta(days=1)
        colleagues = {t.person_id for t in facts.live_tenures() if t.org_id == org_id and t.person_id != person_id
                      and activity(t.start, t.end, before) is not Activity.INACTIVE}
        lines = [r for r in facts.live_lines() if r.person_id == person_id and r.manager_id in colleagues
                 and _runs_past(r, day)]
        for t in running:
            e.rows.update(T_TENURE, t.id, **e.manual(**fuzzy_columns("end", on)))
        for r in lines:
            e.rows.update(T_LINE, r.id, **e.manual(**fuzzy_columns("end", on)))
        e.summary = f"{who} leaves {where} on {describe_on(on)}" + (
            f" (and no longer reports to {', '.join(person_name(facts, r.manager_id) for r in lines)})"
            if lines else "")
    return e.result


def _runs_past(fact, day: date) -> bool:
    """Began before `day` and may still hold on it."""
    begins = fact.start.earliest if fact.start is not None else None
    if begins is not None and begins >= day:
        return False
    return fact.end is None or fact.end.latest is None or fact.end.latest > day
