"""User edits written to the store: each validated, in one transaction, with an audit row (before → after)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, update

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet, LineKind, Origin, OrgParent, ReportingLine, Status, Tenure
from orgtracker.domain.intervals import Activity, activity
from orgtracker.domain.validation import (
    Problem,
    check_org,
    check_org_parent,
    check_person,
    check_reporting_line,
    check_tenure,
    find_cycles,
)

from .audit import BY_NAME, Recorder, changed_rows, dump_image, load_image, restore
from .convert import fuzzy_columns, name_key
from .engine import StoreError
from .tables import ClaimEvidenceRow, EditRow

T_EDIT = EditRow.__table__
T_PERSON, T_ORG = BY_NAME["person"], BY_NAME["organisation"]
T_PERSON_ALIAS, T_ORG_ALIAS = BY_NAME["person_alias"], BY_NAME["org_alias"]
T_TENURE, T_LINE, T_PARENT = BY_NAME["tenure"], BY_NAME["reporting_line"], BY_NAME["org_parent"]
T_EVIDENCE, T_CLAIM = BY_NAME["fact_evidence"], BY_NAME["claim"]
T_CLAIM_EV = ClaimEvidenceRow.__table__
FACT_TABLES = {"tenure": T_TENURE, "line": T_LINE, "parent": T_PARENT}
EVIDENCE_COLUMN = {"tenure": "tenure_id", "line": "line_id", "parent": "parent_id"}


# -- results and refusals ------------------------------------------------------------------------
class EditRefused(StoreError):
    """The edit breaks a rule; nothing was written. `problems` holds every problem found."""

    def __init__(self, problems: Sequence[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("refused", problems)]
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error] or self.problems
        super().__init__(errors[0].message)


class NeedsConfirmation(StoreError):
    """Only warnings stand in the way; the same edit with force=True goes ahead. Nothing was written."""

    def __init__(self, warnings: Sequence[Problem]):
        self.problems = list(warnings)
        super().__init__(" ".join(p.message for p in self.problems))


@dataclass(frozen=True)
class EditResult:
    edit_id: int
    action: str
    summary: str
    overridden: tuple[Problem, ...] = ()  # warnings the user chose to override


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log; before/after map table → id → row (None: the row did not exist)."""

    id: int
    at: datetime
    action: str
    summary: str
    before: dict
    after: dict
    undone: bool

    def tables(self) -> list[str]:
        return sorted(set(self.before) | set(self.after))


# -- the edit transaction --------------------------------------------------------------------------
class _Edit:
    def __init__(self, conn, edit_id: int):
        self.conn = conn
        self.id = edit_id
        self.rows = Recorder.on(conn)
        self.summary = ""
        self.overridden: tuple[Problem, ...] = ()
        self._facts: FactSet | None = None

    @property
    def facts(self) -> FactSet:
        if self._facts is None:
            self._facts = load_facts_in(self.conn)
        return self._facts

    def check(self, problems: Sequence[Problem], force: bool) -> None:
        """Refuse on an error; on warnings alone, refuse unless forced (and remember what was overridden)."""
        if any(p.is_error for p in problems):
            raise EditRefused(problems)
        if problems and not force:
            raise NeedsConfirmation(problems)
        self.overridden += tuple(problems)

    def manual(self, **values) -> dict[str, Any]:
        return dict(values, origin=Origin.MANUAL.value, edit_id=self.id)


@contextmanager
def _editing(store, action: str) -> Iterator[_Edit]:
    with store._write() as session:
        conn = session.connection()
        edit_id = conn.execute(T_EDIT.insert().values(
            at=datetime.now(timezone.utc), action=action, summary="", before_json="{}", after_json="{}",
            undone=False)).inserted_primary_key[0]
        edit = _Edit(conn, edit_id)
        yield edit
        conn.execute(update(T_EDIT).where(T_EDIT.c.id == edit_id).values(
            summary=edit.summary, before_json=dump_image(edit.rows.before),
            after_json=dump_image(edit.rows.after())))
    edit.result = EditResult(edit_id, action, edit.summary, edit.overridden)


def load_facts_in(conn) -> FactSet:
    """Every fact as plain objects, read inside the caller's transaction (no evidence)."""
    from .repository import _line, _orgs, _parent, _people, _tenure

    return FactSet(
        people=_people(conn), orgs=_orgs(conn),
        tenures=[_tenure(r, ()) for r in conn.execute(select(T_TENURE).order_by(T_TENURE.c.id)).mappings()],
        lines=[_line(r, ()) for r in conn.execute(select(T_LINE).order_by(T_LINE.c.id)).mappings()],
        parents=[_parent(r, ()) for r in conn.execute(select(T_PARENT).order_by(T_PARENT.c.id)).mappings()],
    )


# -- words ---------------------------------------------------------------------------------------------
def _pname(facts: FactSet, pid: int) -> str:
    p = facts.people.get(pid)
    return p.name if p else f"person #{pid}"


def _oname(facts: FactSet, oid: int) -> str:
    o = facts.orgs.get(oid)
    return o.name if o else f"organisation #{oid}"


def _from(fd: FuzzyDate | None) -> str:
    return "from the start of the record" if fd is None else f"from {fd.describe()}"


def _on(fd: FuzzyDate) -> str:
    return fd.describe()


def _first_day(fd: FuzzyDate | None, what: str = "the date") -> date:
    if fd is None or fd.earliest is None:
        raise EditRefused(f"Pick {what}: an edit takes effect from a known date.")
    return fd.earliest


# -- succession: what a new fact from a date does to the ones it follows ----------------------------------
@dataclass
class _Succession:
    cut: list  # facts that began before the date: they now end on it
    replaced: list  # facts that begin within the new start's span: the new fact replaces them
    end: FuzzyDate | None  # when the new fact ends: where the next one begins, or where the one it follows ended


def _succession(facts: Sequence, start: FuzzyDate) -> _Succession:
    day, last = start.earliest, start.latest or start.earliest
    out = _Succession([], [], None)
    ends: list[FuzzyDate] = []
    for f in facts:
        begins = f.start.earliest if f.start is not None else None
        if begins is None or begins < day:
            if activity(f.start, f.end, day) is Activity.INACTIVE:
                continue  # over before the date
            out.cut.append(f)
            if f.end is not None:
                ends.append(f.end)
        elif begins <= last:
            out.replaced.append(f)
            if f.end is not None:
                ends.append(f.end)
        else:
            ends.append(f.start)
    if ends:
        out.end = min(ends, key=lambda fd: fd.sort_key())
    return out


def _with(facts: FactSet, tenures=None, lines=None, parents=None) -> FactSet:
    return FactSet(facts.people, facts.orgs, list(facts.tenures if tenures is None else tenures),
                   list(facts.lines if lines is None else lines), list(facts.parents if parents is None else parents))


def _apply(items: list, changes: dict[int, Any]) -> list:
    return [changes.get(f.id, f) for f in items]


# -- reporting lines -------------------------------------------------------------------------------------
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
    day = _first_day(start)
    kind = LineKind(kind)
    with _editing(store, "set_manager") as e:
        facts = e.facts
        e.check(check_person(facts, person_id) + check_person(facts, manager_id, "manager"), False)
        if org_id is not None:
            e.check(check_org(facts, org_id), False)
        who, boss = _pname(facts, person_id), _pname(facts, manager_id)
        line_changes: dict[int, ReportingLine] = {}
        end: FuzzyDate | None = None
        was: list[str] = []
        plan = _Succession([], [], None)
        if kind is LineKind.SOLID:
            mine = [r for r in facts.live_lines() if r.person_id == person_id and r.kind is LineKind.SOLID]
            plan = _succession(mine, start)
            same = [r for r in plan.cut + plan.replaced if r.manager_id == manager_id]
            if same:
                raise EditRefused(f"{who} already reports to {boss} on {day.isoformat()}.")
            for r in plan.cut:
                line_changes[r.id] = replace(r, end=start)
            for r in plan.replaced:
                line_changes[r.id] = replace(r, status=Status.REJECTED)
            was = [_pname(facts, r.manager_id) for r in plan.cut + plan.replaced]
            end = plan.end
        tenure_changes, new_tenure = _move_plan(e, facts, person_id, start, org_id, title, leave_org_id)
        proposed = _with(facts, tenures=_apply(facts.tenures, tenure_changes) + ([new_tenure] if new_tenure else []),
                         lines=_apply(facts.lines, line_changes))
        problems = check_reporting_line(proposed, person_id, manager_id, kind, start, end)
        if new_tenure is not None:
            problems = check_tenure(_with(proposed, tenures=_apply(facts.tenures, tenure_changes)), person_id,
                                    new_tenure.org_id, new_tenure.title, new_tenure.start, new_tenure.end) + problems
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
        e.summary = f"{who} {verb} {boss} {_from(start)}" + (f" (was {', '.join(was)})" if was else "")
        if new_tenure is not None:
            e.summary += f"; {new_tenure.title or 'member'} at {_oname(facts, new_tenure.org_id)}"
    return e.result


def _move_plan(e: _Edit, facts: FactSet, person_id: int, start: FuzzyDate, org_id: int | None, title: str | None,
               leave_org_id: int | None) -> tuple[dict[int, Tenure], Tenure | None]:
    """Tenure changes of a drag that moves or retitles: tenures that end at `start`, and the new one."""
    changes: dict[int, Tenure] = {}
    if org_id is None and title is None and leave_org_id is None:
        return changes, None
    mine = [t for t in facts.live_tenures() if t.person_id == person_id]
    if leave_org_id is not None:
        plan = _succession([t for t in mine if t.org_id == leave_org_id], start)
        for t in plan.cut:
            changes[t.id] = replace(t, end=start)
    if org_id is None and title is None:
        return changes, None
    if org_id is None:
        day = start.earliest
        here = [t for t in mine if activity(t.start, t.end, day) is not Activity.INACTIVE]
        if len(here) != 1:
            raise EditRefused(f"{_pname(facts, person_id)} is at {len(here)} organisations on {day.isoformat()}: "
                              f"say at which one the new title holds.")
        org_id = here[0].org_id
    plan = _succession([t for t in mine if t.org_id == org_id], start)
    current = plan.cut + plan.replaced
    if current and (title is None or all(t.title == title for t in current)):
        return changes, None  # already there with that title
    for t in plan.cut:
        changes[t.id] = replace(t, end=start)
    for t in plan.replaced:
        changes[t.id] = replace(t, status=Status.REJECTED)
    return changes, Tenure(-1, person_id, org_id, title, start, plan.end, Origin.MANUAL, Status.ACCEPTED)


def _write_tenure_changes(e: _Edit, facts: FactSet, changes: dict[int, Tenure], new: Tenure | None) -> None:
    for tid, t in changes.items():
        if t.status is Status.REJECTED:
            e.rows.update(T_TENURE, tid, status=Status.REJECTED.value, edit_id=e.id)
        else:
            e.rows.update(T_TENURE, tid, **e.manual(**fuzzy_columns("end", t.end)))
    if new is not None:
        e.rows.insert(T_TENURE, **e.manual(person_id=new.person_id, org_id=new.org_id, title=new.title,
                                           status=Status.ACCEPTED.value, **fuzzy_columns("start", new.start),
                                           **fuzzy_columns("end", new.end), **fuzzy_columns("anchor", None)))


def _fact(facts: FactSet, kind: str, fact_id: int):
    pool = {"tenure": facts.tenures, "line": facts.lines, "parent": facts.parents}[kind]
    for f in pool:
        if f.id == fact_id:
            return f
    raise EditRefused(f"There is no {'reporting line' if kind == 'line' else kind} with id {fact_id}.")


def end_line(store, line_id: int, on: FuzzyDate, *, force: bool = False) -> EditResult:
    """The reporting line ends on `on` (the first day it no longer holds)."""
    _first_day(on, "the end date")
    with _editing(store, "end_line") as e:
        line = _fact(e.facts, "line", line_id)
        if line.status is Status.REJECTED:
            raise EditRefused("That reporting line was deleted; there is nothing to end.")
        who, boss = _pname(e.facts, line.person_id), _pname(e.facts, line.manager_id)
        problems = check_reporting_line(_with(e.facts, lines=[r for r in e.facts.lines if r.id != line_id]),
                                        line.person_id, line.manager_id, line.kind, line.start, on)
        e.check([p for p in problems if p.is_error], force)
        e.rows.update(T_LINE, line_id, **e.manual(**fuzzy_columns("end", on)))
        e.summary = f"{who} no longer reports to {boss} from {_on(on)}"
    return e.result


def set_line_kind(store, line_id: int, kind: LineKind, *, force: bool = False) -> EditResult:
    """Make a reporting line dotted or solid."""
    kind = LineKind(kind)
    with _editing(store, "set_line_kind") as e:
        line = _fact(e.facts, "line", line_id)
        if line.kind is kind:
            raise EditRefused(f"That line is already {kind.value}.")
        problems = check_reporting_line(e.facts, line.person_id, line.manager_id, kind, line.start, line.end,
                                        replacing_id=line_id)
        e.check([p for p in problems if p.kind not in ("manager_other_org", "duplicate_line")], force)
        e.rows.update(T_LINE, line_id, **e.manual(kind=kind.value))
        e.summary = (f"{_pname(e.facts, line.person_id)}'s line to {_pname(e.facts, line.manager_id)} "
                     f"is now {kind.value}")
    return e.result


# -- tenures ---------------------------------------------------------------------------------------------
def add_tenure(store, person_id: int, org_id: int, title: str | None, start: FuzzyDate | None,
               end: FuzzyDate | None = None, *, force: bool = False) -> EditResult:
    title = (title or "").strip() or None
    with _editing(store, "add_tenure") as e:
        e.check(check_tenure(e.facts, person_id, org_id, title, start, end), force)
        e.rows.insert(T_TENURE, **e.manual(person_id=person_id, org_id=org_id, title=title,
                                           status=Status.ACCEPTED.value, **fuzzy_columns("start", start),
                                           **fuzzy_columns("end", end), **fuzzy_columns("anchor", None)))
        e.summary = (f"{_pname(e.facts, person_id)} at {_oname(e.facts, org_id)}"
                     f"{' as ' + title if title else ''} {_from(start)}" + (f" until {_on(end)}" if end else ""))
    return e.result


def edit_tenure(store, tenure_id: int, org_id: int, title: str | None, start: FuzzyDate | None,
                end: FuzzyDate | None, *, force: bool = False) -> EditResult:
    title = (title or "").strip() or None
    with _editing(store, "edit_tenure") as e:
        t = _fact(e.facts, "tenure", tenure_id)
        if (t.org_id, t.title, t.start, t.end) == (org_id, title, start, end):
            raise EditRefused("Nothing to change: the tenure already says that.")
        e.check(check_tenure(e.facts, t.person_id, org_id, title, start, end, replacing_id=tenure_id), force)
        e.rows.update(T_TENURE, tenure_id, **e.manual(org_id=org_id, title=title, status=Status.ACCEPTED.value,
                                                      **fuzzy_columns("start", start), **fuzzy_columns("end", end)))
        e.summary = (f"{_pname(e.facts, t.person_id)}: {t.title or 'member'} at {_oname(e.facts, t.org_id)} → "
                     f"{title or 'member'} at {_oname(e.facts, org_id)} {_from(start)}"
                     + (f" until {_on(end)}" if end else ""))
    return e.result


def end_tenure(store, person_id: int, org_id: int, on: FuzzyDate, *, tenure_id: int | None = None,
               force: bool = False) -> EditResult:
    """The person leaves the organisation on `on`: their tenures there end, and their lines to people there."""
    day = _first_day(on, "the end date")
    with _editing(store, "end_tenure") as e:
        facts = e.facts
        e.check(check_person(facts, person_id) + check_org(facts, org_id), False)
        who, where = _pname(facts, person_id), _oname(facts, org_id)
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
        e.summary = f"{who} leaves {where} on {_on(on)}" + (
            f" (and no longer reports to {', '.join(_pname(facts, r.manager_id) for r in lines)})" if lines else "")
    return e.result


def _runs_past(fact, day: date) -> bool:
    """Began before `day` and may still hold on it."""
    begins = fact.start.earliest if fact.start is not None else None
    if begins is not None and begins >= day:
        return False
    return fact.end is None or fact.end.latest is None or fact.end.latest > day


# -- people, organisations, parents ---------------------------------------------------------------------------
def _name_owner(conn, kind: str, key: str) -> int | None:
    table, alias_table, column = ((T_PERSON, T_PERSON_ALIAS, "person_id") if kind == "person"
                                  else (T_ORG, T_ORG_ALIAS, "org_id"))
    row = conn.execute(select(table.c.id).where(table.c.name_key == key).order_by(table.c.id)).first()
    if row:
        return row[0]
    row = conn.execute(select(alias_table.c[column]).where(alias_table.c.alias_key == key)
                       .order_by(alias_table.c.id)).first()
    return row[0] if row else None


def _clean_name(name: str, what: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise EditRefused(f"Give the {what} a name.")
    if len(clean) > 300:
        raise EditRefused(f"That name is {len(clean)} characters long; a {what}'s name is at most 300.")
    return clean


def add_person(store, name: str) -> EditResult:
    return _add_named(store, "person", name)


def add_org(store, name: str) -> EditResult:
    return _add_named(store, "org", name)


def _add_named(store, kind: str, name: str) -> EditResult:
    what = "person" if kind == "person" else "organisation"
    clean = _clean_name(name, what)
    with _editing(store, f"add_{kind}") as e:
        owner = _name_owner(e.conn, kind, name_key(clean))
        if owner is not None:
            raise EditRefused(f"A {what} named {clean} is already on record (id {owner}).")
        e.rows.insert(T_PERSON if kind == "person" else T_ORG, name=clean, name_key=name_key(clean))
        e.summary = f"New {what}: {clean}"
    return e.result


def set_org_parent(store, org_id: int, parent_id: int, start: FuzzyDate | None, end: FuzzyDate | None = None,
                   *, force: bool = False) -> EditResult:
    """From `start` (None: always), the organisation sits inside `parent_id`; the parent link it follows ends then."""
    with _editing(store, "set_org_parent") as e:
        facts = e.facts
        e.check(check_org(facts, org_id) + check_org(facts, parent_id, "parent organisation"), False)
        changes: dict[int, OrgParent] = {}
        plan = _Succession([], [], None)
        mine = [p for p in facts.live_parents() if p.org_id == org_id]
        if any(p.parent_id == parent_id and (start is None or activity(p.start, p.end, start.earliest)
                                             is not Activity.INACTIVE) for p in mine):
            raise EditRefused(f"{_oname(facts, org_id)} is already inside {_oname(facts, parent_id)} then.")
        if start is not None:
            _first_day(start)
            plan = _succession(mine, start)
            for p in plan.cut:
                changes[p.id] = replace(p, end=start)
            for p in plan.replaced:
                changes[p.id] = replace(p, status=Status.REJECTED)
            if end is None:
                end = plan.end
        proposed = _with(facts, parents=_apply(facts.parents, changes))
        e.check(check_org_parent(proposed, org_id, parent_id, start, end), force)
        for pid, p in changes.items():
            if p.status is Status.REJECTED:
                e.rows.update(T_PARENT, pid, status=Status.REJECTED.value, edit_id=e.id)
            else:
                e.rows.update(T_PARENT, pid, **e.manual(**fuzzy_columns("end", start)))
        e.rows.insert(T_PARENT, **e.manual(org_id=org_id, parent_id=parent_id, status=Status.ACCEPTED.value,
                                           **fuzzy_columns("start", start), **fuzzy_columns("end", end)))
        e.summary = f"{_oname(facts, org_id)} inside {_oname(facts, parent_id)} {_from(start)}"
    return e.result


def rename(store, kind: str, entity_id: int, new_name: str) -> EditResult:
    """Give a person or organisation a new name; the old one stays as an alias, so articles still find it."""
    what = "person" if kind == "person" else "organisation"
    clean = _clean_name(new_name, what)
    table, alias_table, column = ((T_PERSON, T_PERSON_ALIAS, "person_id") if kind == "person"
                                  else (T_ORG, T_ORG_ALIAS, "org_id"))
    with _editing(store, f"rename_{kind}") as e:
        row = e.conn.execute(select(table).where(table.c.id == entity_id)).mappings().first()
        if row is None:
            raise EditRefused(f"There is no {what} with id {entity_id} in the database.")
        key = name_key(clean)
        if clean == row["name"]:
            raise EditRefused(f"{clean} already has that name.")
        owner = _name_owner(e.conn, kind, key)
        if owner is not None and owner != entity_id:
            raise EditRefused(f"{clean} already names another {what} (id {owner}); merge the two instead.")
        e.rows.update(table, entity_id, name=clean, name_key=key)
        aliases = e.conn.execute(select(alias_table.c.id, alias_table.c.alias_key)
                                 .where(alias_table.c[column] == entity_id)).all()
        for alias_id, alias_key in aliases:
            if alias_key == key:
                e.rows.delete(alias_table, alias_id)
        if row["name_key"] != key and all(k != row["name_key"] for _, k in aliases):
            e.rows.insert(alias_table, **{column: entity_id, "alias": row["name"], "alias_key": row["name_key"]})
        e.summary = f"Renamed {what} {row['name']} → {clean}"
    return e.result


# -- merge ---------------------------------------------------------------------------------------------------
def merge(store, kind: str, keep_id: int, gone_id: int) -> EditResult:
    """Two records of one person (or organisation) become one: every fact, alias and quote of `gone_id`
    moves to `keep_id`, whose name stays; facts that become identical share their evidence."""
    what = "person" if kind == "person" else "organisation"
    with _editing(store, f"merge_{kind}") as e:
        facts = e.facts
        pool = facts.people if kind == "person" else facts.orgs
        for i in (keep_id, gone_id):
            if i not in pool:
                raise EditRefused(f"There is no {what} with id {i} in the database.")
        if keep_id == gone_id:
            raise EditRefused(f"Pick two different {what}s to merge.")
        keep_name, gone_name = pool[keep_id].name, pool[gone_id].name
        if kind == "person":
            _merge_person_facts(e, facts, keep_id, gone_id)
        else:
            _merge_org_facts(e, facts, keep_id, gone_id)
        _merge_names(e, kind, keep_id, gone_id)
        e.summary = f"Merged {what} {gone_name} into {keep_name}"
    return e.result


def _same_dates(a, b) -> bool:
    return a.start == b.start and a.end == b.end


def _merge_person_facts(e: _Edit, facts: FactSet, keep: int, gone: int) -> None:
    def moved(pid: int) -> int:
        return keep if pid == gone else pid

    lines = [replace(r, person_id=moved(r.person_id), manager_id=moved(r.manager_id)) for r in facts.lines]
    self_lines = {r.id for r in lines if r.person_id == r.manager_id and r.status is not Status.REJECTED}
    lines = [replace(r, status=Status.REJECTED) if r.id in self_lines else r for r in lines]
    tenures = [replace(t, person_id=moved(t.person_id)) for t in facts.tenures]
    duplicates = _duplicates(tenures, lambda t: (t.person_id, t.org_id, name_key(t.title)), gone,
                             {t.id for t in facts.tenures if t.person_id == gone})
    duplicates |= _duplicates(lines, lambda r: (r.person_id, r.manager_id, r.kind), gone,
                              {r.id for r in facts.lines if gone in (r.person_id, r.manager_id)}, "line")
    merged = _with(facts, tenures=[replace(t, status=Status.REJECTED) if ("tenure", t.id) in duplicates else t
                                   for t in tenures],
                   lines=[replace(r, status=Status.REJECTED) if ("line", r.id) in duplicates else r for r in lines])
    cycles = find_cycles(merged)
    if cycles:
        raise EditRefused(f"Merging would make a reporting cycle: {cycles[0].message}")
    for r in facts.lines:
        if gone in (r.person_id, r.manager_id):
            values = dict(person_id=moved(r.person_id), manager_id=moved(r.manager_id))
            if r.id in self_lines:
                values.update(status=Status.REJECTED.value, edit_id=e.id)
            e.rows.update(T_LINE, r.id, **values)
    for t in facts.tenures:
        if t.person_id == gone:
            e.rows.update(T_TENURE, t.id, person_id=keep)
    _share_evidence(e, duplicates)


def _merge_org_facts(e: _Edit, facts: FactSet, keep: int, gone: int) -> None:
    def moved(oid: int) -> int:
        return keep if oid == gone else oid

    tenures = [replace(t, org_id=moved(t.org_id)) for t in facts.tenures]
    parents = [replace(p, org_id=moved(p.org_id), parent_id=moved(p.parent_id)) for p in facts.parents]
    self_parents = {p.id for p in parents if p.org_id == p.parent_id and p.status is not Status.REJECTED}
    duplicates = _duplicates(tenures, lambda t: (t.person_id, t.org_id, name_key(t.title)), None,
                             {t.id for t in facts.tenures if t.org_id == gone})
    duplicates |= _duplicates(parents, lambda p: (p.org_id, p.parent_id), None,
                              {p.id for p in facts.parents if gone in (p.org_id, p.parent_id)}, "parent")
    live = [p for p in parents if p.id not in self_parents and p.status is not Status.REJECTED]
    if _has_cycle({(p.org_id, p.parent_id) for p in live}):
        raise EditRefused("Merging would put an organisation inside itself through its parents.")
    for t in facts.tenures:
        if t.org_id == gone:
            e.rows.update(T_TENURE, t.id, org_id=keep)
    for p in facts.parents:
        if gone in (p.org_id, p.parent_id):
            values = dict(org_id=moved(p.org_id), parent_id=moved(p.parent_id))
            if p.id in self_parents:
                values.update(status=Status.REJECTED.value, edit_id=e.id)
            e.rows.update(T_PARENT, p.id, **values)
    _share_evidence(e, duplicates)


def _duplicates(items: list, key, _gone, moved_ids: set[int], kind: str = "tenure") -> dict[tuple[str, int], int]:
    """Moved facts identical to one already there (same key and dates): (kind, moved id) → the id kept."""
    out: dict[tuple[str, int], int] = {}
    stay = [f for f in items if f.id not in moved_ids and f.status is not Status.REJECTED]
    for f in items:
        if f.id not in moved_ids or f.status is Status.REJECTED:
            continue
        for other in stay:
            if key(other) == key(f) and _same_dates(other, f):
                out[(kind, f.id)] = other.id
                break
    return out


def _share_evidence(e: _Edit, duplicates: dict[tuple[str, int], int]) -> None:
    """A duplicate becomes rejected; its quotes are copied to the fact it duplicates."""
    for (kind, dup_id), kept_id in duplicates.items():
        table, column = FACT_TABLES[kind], EVIDENCE_COLUMN[kind]
        e.rows.update(table, dup_id, status=Status.REJECTED.value, edit_id=e.id)
        have = {(r[0], r[1], r[2]) for r in e.conn.execute(
            select(T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start, T_EVIDENCE.c.span_end)
            .where(T_EVIDENCE.c[column] == kept_id))}
        for r in e.conn.execute(select(T_EVIDENCE).where(T_EVIDENCE.c[column] == dup_id)).mappings().all():
            if (r["document_id"], r["span_start"], r["span_end"]) in have:
                continue
            e.rows.insert(T_EVIDENCE, **{column: kept_id, "document_id": r["document_id"],
                                         "span_start": r["span_start"], "span_end": r["span_end"],
                                         "quote": r["quote"]})


def _has_cycle(edges: set[tuple[int, int]]) -> bool:
    up: dict[int, set[int]] = {}
    for a, b in edges:
        up.setdefault(a, set()).add(b)
    state: dict[int, int] = {}
    for root in up:
        stack = [(root, iter(up.get(root, ())))]
        if root in state:
            continue
        state[root] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return True
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(up.get(nxt, ()))))
    return False


def _merge_names(e: _Edit, kind: str, keep: int, gone: int) -> None:
    """Aliases and the name of `gone` go to `keep`; claims that named `gone` now name `keep`."""
    table, alias_table, column = ((T_PERSON, T_PERSON_ALIAS, "person_id") if kind == "person"
                                  else (T_ORG, T_ORG_ALIAS, "org_id"))
    keep_row = e.conn.execute(select(table).where(table.c.id == keep)).mappings().one()
    gone_row = e.conn.execute(select(table).where(table.c.id == gone)).mappings().one()
    have = {keep_row["name_key"]} | {k for (k,) in e.conn.execute(
        select(alias_table.c.alias_key).where(alias_table.c[column] == keep))}
    spellings = {gone_row["name_key"]}
    for alias_id, alias_key in e.conn.execute(select(alias_table.c.id, alias_table.c.alias_key)
                                              .where(alias_table.c[column] == gone)).all():
        spellings.add(alias_key)
        if alias_key in have:
            e.rows.delete(alias_table, alias_id)
        else:
            e.rows.update(alias_table, alias_id, **{column: keep})
            have.add(alias_key)
    if gone_row["name_key"] not in have:
        e.rows.insert(alias_table, **{column: keep, "alias": gone_row["name"], "alias_key": gone_row["name_key"]})
    # Re-extraction reconciles claims by name: the merged spellings must read as one name there too.
    fields = ("person", "manager") if kind == "person" else ("org",)
    for f in fields:
        for claim_id, value in e.conn.execute(select(T_CLAIM.c.id, T_CLAIM.c[f]).where(T_CLAIM.c[f].is_not(None))).all():
            if name_key(value) in spellings:
                e.rows.update(T_CLAIM, claim_id, **{f: keep_row["name"]})
    e.rows.delete(table, gone)


# -- delete a fact ------------------------------------------------------------------------------------------------
def delete_fact(store, kind: str, fact_id: int) -> EditResult:
    """An extracted fact becomes rejected (so re-extraction cannot bring it back); one made by hand is removed."""
    table = FACT_TABLES[kind]
    with _editing(store, f"delete_{kind}") as e:
        row = e.conn.execute(select(table).where(table.c.id == fact_id)).mappings().first()
        if row is None:
            raise EditRefused(f"There is no {_fact_word(kind)} with id {fact_id}.")
        if row["status"] == Status.REJECTED.value:
            raise EditRefused(f"That {_fact_word(kind)} is already deleted (rejected).")
        label = _describe_row(e.facts, kind, row)
        if row["origin"] == Origin.MANUAL.value and row["natural_key"] is None:
            column = EVIDENCE_COLUMN[kind]
            for (ev_id,) in e.conn.execute(select(T_EVIDENCE.c.id).where(T_EVIDENCE.c[column] == fact_id)).all():
                e.rows.delete(T_EVIDENCE, ev_id)
            e.rows.delete(table, fact_id)
            e.summary = f"Removed {label}"
        else:
            e.rows.update(table, fact_id, status=Status.REJECTED.value, edit_id=e.id)
            e.summary = f"Rejected {label}"
    return e.result


def _fact_word(kind: str) -> str:
    return {"tenure": "tenure", "line": "reporting line", "parent": "organisation parent"}[kind]


def _describe_row(facts: FactSet, kind: str, row) -> str:
    if kind == "tenure":
        return f"{_pname(facts, row['person_id'])} at {_oname(facts, row['org_id'])}" + (
            f" as {row['title']}" if row["title"] else "")
    if kind == "line":
        return f"{_pname(facts, row['person_id'])} reports to {_pname(facts, row['manager_id'])}"
    return f"{_oname(facts, row['org_id'])} inside {_oname(facts, row['parent_id'])}"


# -- review of claims -------------------------------------------------------------------------------------------------
def set_claims_status(store, claim_ids: Sequence[int], status: Status) -> EditResult:
    """Accept or reject claims; accepting also accepts the proposed facts they support.

    A rejection marks the facts for a rebuild (the caller runs it): reconcile then ignores the claim.
    """
    status = Status(status)
    with _editing(store, f"{status.value}_claims") as e:
        claims = _claim_rows(e.conn, claim_ids)
        for c in claims:
            e.rows.update(T_CLAIM, c["id"], status=status.value)
        if status is Status.ACCEPTED:
            for kind, fact_id in _facts_citing(e.conn, [c["id"] for c in claims]):
                row = e.conn.execute(select(FACT_TABLES[kind].c.status).where(FACT_TABLES[kind].c.id == fact_id)).first()
                if row and row[0] == Status.PROPOSED.value:
                    e.rows.update(FACT_TABLES[kind], fact_id, status=Status.ACCEPTED.value)
        _mark_dirty(e.conn)
        verb = {"accepted": "Accepted", "rejected": "Rejected", "proposed": "Reopened"}[status.value]
        e.summary = f"{verb} " + "; ".join(_claim_words(c) for c in claims[:3]) + (
            f" and {len(claims) - 3} more" if len(claims) > 3 else "")
    return e.result


def resolve_conflict(store, keep: tuple[str, int], drop: Sequence[tuple[str, int]]) -> EditResult:
    """Keep one of several conflicting facts: it is accepted, the others and the claims only they rest on rejected."""
    with _editing(store, "resolve_conflict") as e:
        rows = {}
        for kind, fact_id in [keep, *drop]:
            row = e.conn.execute(select(FACT_TABLES[kind]).where(FACT_TABLES[kind].c.id == fact_id)).mappings().first()
            if row is None:
                raise EditRefused(f"There is no {_fact_word(kind)} with id {fact_id}.")
            rows[(kind, fact_id)] = row
        if not drop:
            raise EditRefused("Pick the facts to set aside.")
        kept_claims = _claims_of_fact(e.conn, *keep)
        for kind, fact_id in drop:
            e.rows.update(FACT_TABLES[kind], fact_id, status=Status.REJECTED.value, edit_id=e.id)
            for claim_id in _claims_of_fact(e.conn, kind, fact_id) - kept_claims:
                e.rows.update(T_CLAIM, claim_id, status=Status.REJECTED.value)
        e.rows.update(FACT_TABLES[keep[0]], keep[1], status=Status.ACCEPTED.value, conflict=None)
        for claim_id in kept_claims:
            e.rows.update(T_CLAIM, claim_id, status=Status.ACCEPTED.value)
        _mark_dirty(e.conn)
        e.summary = f"Kept {_describe_row(e.facts, keep[0], rows[keep])}; set aside " + "; ".join(
            _describe_row(e.facts, k, rows[(k, i)]) for k, i in drop)
    return e.result


def _claim_rows(conn, claim_ids: Sequence[int]) -> list:
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        raise EditRefused("Pick at least one claim.")
    rows = {r["id"]: r for r in conn.execute(select(T_CLAIM).where(T_CLAIM.c.id.in_(ids))).mappings().all()}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise EditRefused(f"There is no claim with id {missing[0]}.")
    return [rows[i] for i in ids]


def _claim_words(c) -> str:
    if c["kind"] == "reports_to":
        return f"“{c['person']} reports to {c['manager']}”"
    return f"“{c['person']} {c['kind']} {c['org'] or ''}”".replace(" ”", "”")


def _spans_of_claims(conn, claim_ids: Sequence[int]) -> set[tuple[int, int, int]]:
    query = (select(T_CLAIM.c.document_id, T_CLAIM_EV.c.span_start, T_CLAIM_EV.c.span_end)
             .join(T_CLAIM_EV, T_CLAIM_EV.c.claim_id == T_CLAIM.c.id)
             .where(T_CLAIM.c.id.in_(list(claim_ids))))
    return {(r[0], r[1], r[2]) for r in conn.execute(query)}


def _facts_citing(conn, claim_ids: Sequence[int]) -> set[tuple[str, int]]:
    spans = _spans_of_claims(conn, claim_ids)
    out: set[tuple[str, int]] = set()
    if not spans:
        return out
    docs = {d for d, _, _ in spans}
    for r in conn.execute(select(T_EVIDENCE).where(T_EVIDENCE.c.document_id.in_(docs))).mappings():
        if (r["document_id"], r["span_start"], r["span_end"]) in spans:
            for kind, column in EVIDENCE_COLUMN.items():
                if r[column] is not None:
                    out.add((kind, r[column]))
    return out


def _claims_of_fact(conn, kind: str, fact_id: int) -> set[int]:
    """Claims whose evidence is among the fact's quotes."""
    column = EVIDENCE_COLUMN[kind]
    spans = {(r[0], r[1], r[2]) for r in conn.execute(
        select(T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start, T_EVIDENCE.c.span_end)
        .where(T_EVIDENCE.c[column] == fact_id))}
    if not spans:
        return set()
    ce = T_CLAIM_EV
    out = set()
    for claim_id, doc_id, a, b in conn.execute(
            select(T_CLAIM.c.id, T_CLAIM.c.document_id, ce.c.span_start, ce.c.span_end)
            .join(ce, ce.c.claim_id == T_CLAIM.c.id)
            .where(T_CLAIM.c.document_id.in_({d for d, _, _ in spans}))):
        if (doc_id, a, b) in spans:
            out.add(claim_id)
    return out


def _mark_dirty(conn) -> None:
    from .repository import FACTS_DIRTY, _set_meta

    _set_meta(conn, FACTS_DIRTY, "1")


# -- undo, redo, history ------------------------------------------------------------------------------------------------
def revert(store, edit_id: int) -> EditResult:
    """Undo an edit: every row it touched goes back to how it was; refused if one changed since."""
    return _replay(store, edit_id, undo=True)


def reapply(store, edit_id: int) -> EditResult:
    """Redo an undone edit: every row it touched goes back to how the edit left it."""
    return _replay(store, edit_id, undo=False)


def _replay(store, edit_id: int, undo: bool) -> EditResult:
    with store._write() as session:
        conn = session.connection()
        row = conn.execute(select(T_EDIT).where(T_EDIT.c.id == edit_id)).mappings().first()
        if row is None:
            raise EditRefused(f"There is no edit with id {edit_id}.")
        if row["action"] in ("undo", "redo"):
            raise EditRefused(f"Edit {edit_id} is itself an {row['action']}; undo the edit it names instead.")
        if bool(row["undone"]) != (not undo):
            raise EditRefused(f"Edit {edit_id} ({row['summary']}) is {'already' if undo else 'not'} undone.")
        before, after = load_image(row["before_json"]), load_image(row["after_json"])
        source, target = (after, before) if undo else (before, after)
        changed = changed_rows(conn, source)
        if changed:
            raise EditRefused(f"Cannot {'undo' if undo else 'redo'} “{row['summary']}”: "
                              f"{', '.join(changed[:3])} changed since (a later edit or an ingest).")
        restore(conn, target, source)
        conn.execute(update(T_EDIT).where(T_EDIT.c.id == edit_id).values(undone=undo))
        action = "undo" if undo else "redo"
        summary = f"{'Undo' if undo else 'Redo'}: {row['summary']}"
        new_id = conn.execute(T_EDIT.insert().values(
            at=datetime.now(timezone.utc), action=action, summary=summary,
            before_json=json.dumps({"edit": edit_id}), after_json=json.dumps({"edit": edit_id}),
            undone=False)).inserted_primary_key[0]
        if "claim" in source:
            _mark_dirty(conn)
    return EditResult(new_id, action, summary)


def history(store, limit: int | None = None) -> list[AuditEntry]:
    """The audit log, newest first."""
    query = select(T_EDIT).order_by(T_EDIT.c.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with store._read() as session:
        rows = session.connection().execute(query).mappings().all()
    return [AuditEntry(r["id"], r["at"], r["action"], r["summary"], _json(r["before_json"]), _json(r["after_json"]),
                       bool(r["undone"])) for r in rows]


def _json(text: str) -> dict:
    try:
        value = json.loads(text or "null")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def edit_of(store, edit_id: int) -> AuditEntry | None:
    with store._read() as session:
        r = session.connection().execute(select(T_EDIT).where(T_EDIT.c.id == edit_id)).mappings().first()
    if r is None:
        return None
    return AuditEntry(r["id"], r["at"], r["action"], r["summary"], _json(r["before_json"]), _json(r["after_json"]),
                      bool(r["undone"]))


__all__ = [
    "AuditEntry", "EditRefused", "EditResult", "NeedsConfirmation", "add_org", "add_person", "add_tenure",
    "delete_fact", "edit_of", "edit_tenure", "end_line", "end_tenure", "history", "load_facts_in", "merge",
    "reapply", "rename", "resolve_conflict", "revert", "set_claims_status", "set_line_kind", "set_manager",
    "set_org_parent",
]
