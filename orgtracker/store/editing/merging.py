"""Merging two records of one person or organisation: facts, aliases, quotes and claim names move to one."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from orgtracker.domain.facts import FactSet, Status
from orgtracker.domain.validation import find_cycles

from ..convert import name_key
from .succession import facts_with
from .transaction import (
    EVIDENCE_COLUMN,
    FACT_TABLES,
    T_CLAIM,
    T_EVIDENCE,
    T_LINE,
    T_PARENT,
    T_TENURE,
    Edit,
    EditRefused,
    EditResult,
    edit_transaction,
    name_tables,
)


def merge(store, kind: str, keep_id: int, gone_id: int) -> EditResult:
    """Two records of one person (or organisation) become one: every fact, alias and quote of `gone_id`
    moves to `keep_id`, whose name stays; facts that become identical share their evidence."""
    what = "person" if kind == "person" else "organisation"
    with edit_transaction(store, f"merge_{kind}") as e:
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


def _merge_person_facts(e: Edit, facts: FactSet, keep: int, gone: int) -> None:
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
    merged = facts_with(facts,
                        tenures=[replace(t, status=Status.REJECTED) if ("tenure", t.id) in duplicates else t
                                 for t in tenures],
                        lines=[replace(r, status=Status.REJECTED) if ("line", r.id) in duplicates else r
                               for r in lines])
    cycles = find_cycles(merged)
    if cycles:
        raise EditRefused(f"Merging would make a reporting cycle: {cycles[0].message}")
    _repoint(e, T_LINE, facts.lines, ("person_id", "manager_id"), gone, moved, self_lines)
    _repoint(e, T_TENURE, facts.tenures, ("person_id",), gone, moved)
    _share_evidence(e, duplicates)


def _merge_org_facts(e: Edit, facts: FactSet, keep: int, gone: int) -> None:
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
    _repoint(e, T_TENURE, facts.tenures, ("org_id",), gone, moved)
    _repoint(e, T_PARENT, facts.parents, ("org_id", "parent_id"), gone, moved, self_parents)
    _share_evidence(e, duplicates)


def _repoint(e: Edit, table, items: list, columns: tuple[str, ...], gone: int, moved,
             self_ids: set[int] = frozenset()) -> None:
    """Facts naming `gone` in one of `columns` name the kept record; those now pointing at themselves are rejected."""
    for f in items:
        if gone in (getattr(f, c) for c in columns):
            values = {c: moved(getattr(f, c)) for c in columns}
            if f.id in self_ids:
                values.update(status=Status.REJECTED.value, edit_id=e.id)
            e.rows.update(table, f.id, **values)


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


def _share_evidence(e: Edit, duplicates: dict[tuple[str, int], int]) -> None:
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


def _merge_names(e: Edit, kind: str, keep: int, gone: int) -> None:
    """Aliases and the name of `gone` go to `keep`; claims that named `gone` now name `keep`."""
    table, alias_table, column = name_tables(kind)
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
