"""People and organisations: add one, rename one, and place an organisation inside a parent."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import OrgParent, Status
from orgtracker.domain.intervals import Activity, activity
from orgtracker.domain.validation import check_org, check_org_parent

from ..convert import fuzzy_columns, name_key
from .succession import Succession, apply_changes, facts_with, plan_succession
from .transaction import T_PARENT, EditRefused, EditResult, edit_transaction, name_tables
from .words import describe_from, first_day, org_name


def _name_owner(conn, kind: str, key: str) -> int | None:
    table, alias_table, column = name_tables(kind)
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
    with edit_transaction(store, f"add_{kind}") as e:
        owner = _name_owner(e.conn, kind, name_key(clean))
        if owner is not None:
            raise EditRefused(f"A {what} named {clean} is already on record (id {owner}).")
        e.rows.insert(name_tables(kind)[0], name=clean, name_key=name_key(clean))
        e.summary = f"New {what}: {clean}"
    return e.result


def set_org_parent(store, org_id: int, parent_id: int, start: FuzzyDate | None, end: FuzzyDate | None = None,
                   *, force: bool = False) -> EditResult:
    """From `start` (None: always), the organisation sits inside `parent_id`; the parent link it follows ends then."""
    with edit_transaction(store, "set_org_parent") as e:
        facts = e.facts
        e.check(check_org(facts, org_id) + check_org(facts, parent_id, "parent organisation"), False)
        changes: dict[int, OrgParent] = {}
        plan = Succession([], [], None)
        mine = [p for p in facts.live_parents() if p.org_id == org_id]
        if any(p.parent_id == parent_id and (start is None or activity(p.start, p.end, start.earliest)
                                             is not Activity.INACTIVE) for p in mine):
            raise EditRefused(f"{org_name(facts, org_id)} is already inside {org_name(facts, parent_id)} then.")
        if start is not None:
            first_day(start)
            plan = plan_succession(mine, start)
            for p in plan.cut:
                changes[p.id] = replace(p, end=start)
            for p in plan.replaced:
                changes[p.id] = replace(p, status=Status.REJECTED)
            if end is None:
                end = plan.end
        proposed = facts_with(facts, parents=apply_changes(facts.parents, changes))
        e.check(check_org_parent(proposed, org_id, parent_id, start, end), force)
        for pid, p in changes.items():
            if p.status is Status.REJECTED:
                e.rows.update(T_PARENT, pid, status=Status.REJECTED.value, edit_id=e.id)
            else:
                e.rows.update(T_PARENT, pid, **e.manual(**fuzzy_columns("end", start)))
        e.rows.insert(T_PARENT, **e.manual(org_id=org_id, parent_id=parent_id, status=Status.ACCEPTED.value,
                                           **fuzzy_columns("start", start), **fuzzy_columns("end", end)))
        e.summary = f"{org_name(facts, org_id)} inside {org_name(facts, parent_id)} {describe_from(start)}"
    return e.result


def rename(store, kind: str, entity_id: int, new_name: str) -> EditResult:
    """Give a person or organisation a new name; the old one stays as an alias, so articles still find it."""
    what = "person" if kind == "person" else "organisation"
    clean = _clean_name(new_name, what)
    table, alias_table, column = name_tables(kind)
    with edit_transaction(store, f"rename_{kind}") as e:
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
