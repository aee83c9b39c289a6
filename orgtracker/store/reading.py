"""Reading facts fast: plain SQLite rows to domain records, sharing repeated dates, names and numbers."""

from __future__ import annotations

import gc
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from orgtracker.domain.facts import (
    Evidence,
    FactSet,
    LineKind,
    Organisation,
    Origin,
    OrgParent,
    Person,
    ReportingLine,
    Status,
    Tenure,
)

from .convert import FuzzyDateMemo, fuzzy_key_sql

# A load of at least this many facts moves everything alive out of the cyclic collector's sight
# afterwards (gc.freeze): the records are long-lived and acyclic, and every full collection would
# otherwise walk them all again while the timeline, the layout and the chart allocate.
FREEZE_AT = 20_000


# Every statement is a constant: the only value, the date, goes in as a bound parameter.
_TENURE_COLUMNS = ", ".join(["id", "person_id", "org_id", "title", fuzzy_key_sql("start"), fuzzy_key_sql("end"),
                             fuzzy_key_sql("anchor"), "origin", "status", "edit_id", '"conflict"'])
_LINE_COLUMNS = ", ".join(["id", "person_id", "manager_id", "kind", fuzzy_key_sql("start"), fuzzy_key_sql("end"),
                           "origin", "status", "edit_id", '"conflict"'])
_PARENT_COLUMNS = ", ".join(["id", "org_id", "parent_id", fuzzy_key_sql("start"), fuzzy_key_sql("end"),
                             "origin", "status"])

# What may be active at :at (intervals.activity): not surely begun after it, not surely over by it.
# Dates are ISO text; an unset start sorts before every date and an unset end after ('X' > '9').
LIVE_AT = "coalesce(start_earliest, '') <= :at AND coalesce(end_latest, 'X') > :at"

TENURES = f"SELECT {_TENURE_COLUMNS} FROM tenure ORDER BY id"
TENURES_AT = f"SELECT {_TENURE_COLUMNS} FROM tenure WHERE {LIVE_AT} ORDER BY id"
LINES = f"SELECT {_LINE_COLUMNS} FROM reporting_line ORDER BY id"
LINES_AT = f"SELECT {_LINE_COLUMNS} FROM reporting_line WHERE {LIVE_AT} ORDER BY id"
PARENTS = f"SELECT {_PARENT_COLUMNS} FROM org_parent ORDER BY id"
PARENTS_AT = f"SELECT {_PARENT_COLUMNS} FROM org_parent WHERE {LIVE_AT} ORDER BY id"
PEOPLE = "SELECT id, name FROM person"
PERSON_ALIASES = "SELECT person_id, alias FROM person_alias ORDER BY id"
ORGS = "SELECT id, name FROM organisation"
ORG_ALIASES = "SELECT org_id, alias FROM org_alias ORDER BY id"
ORGS_NEVER_PLACED = ("SELECT id FROM organisation o WHERE NOT EXISTS "
                     "(SELECT 1 FROM tenure t WHERE t.org_id = o.id AND t.status != :rejected)")
DOCUMENT_PATHS = "SELECT id, path FROM document"
EVIDENCE = {
    "tenure_id": "SELECT tenure_id, document_id, span_start, span_end, quote FROM fact_evidence "
                 "WHERE tenure_id IS NOT NULL ORDER BY document_id, span_start",
    "line_id": "SELECT line_id, document_id, span_start, span_end, quote FROM fact_evidence "
               "WHERE line_id IS NOT NULL ORDER BY document_id, span_start",
    "parent_id": "SELECT parent_id, document_id, span_start, span_end, quote FROM fact_evidence "
                 "WHERE parent_id IS NOT NULL ORDER BY document_id, span_start",
}


class collector_paused:
    """The cyclic garbage collector off inside the block (it only slows the building of many records).

    Set `freeze` inside the block to move everything alive out of the collector's sight
    afterwards (gc.freeze). The young generations are collected on entry, so what gets
    frozen is what is alive (reading makes no cyclic garbage), not garbage waiting there.
    """

    def __init__(self) -> None:
        self.freeze = False
        self._enabled = False

    def __enter__(self) -> "collector_paused":
        self._enabled = gc.isenabled()
        if self._enabled:
            gc.collect(1)
        gc.disable()
        return self

    def __exit__(self, kind, *_exc) -> None:
        if not self._enabled:
            return
        gc.enable()
        if self.freeze and kind is None:
            gc.freeze()


def read_facts(raw: sqlite3.Connection, at: date | None = None, with_evidence: bool = True,
               dates: FuzzyDateMemo | None = None) -> FactSet:
    """Every person, organisation and fact, read inside the caller's transaction on `raw`.

    With `at`: only the facts that may be active then, the people they name, and the
    organisations they name or that nobody was ever placed in; snapshot(facts, at) is
    then the same as with everything loaded. `dates` may be a memo kept from an earlier read.
    """
    reader = _Reader(dates if dates is not None else FuzzyDateMemo())
    params = {"at": at.isoformat()} if at is not None else {}
    evidence: dict[str, dict[int, tuple[Evidence, ...]]] = {"tenure_id": {}, "line_id": {}, "parent_id": {}}
    if with_evidence:
        paths = dict(raw.execute(DOCUMENT_PATHS))
        evidence = {column: _evidence(raw, column, paths, reader) for column in evidence}
    # Rows go straight from the cursor into records: holding them all first would double the peak memory.
    tenures = reader.tenures(raw.execute(TENURES if at is None else TENURES_AT, params), evidence["tenure_id"])
    lines = reader.lines(raw.execute(LINES if at is None else LINES_AT, params), evidence["line_id"])
    parents = reader.parents(raw.execute(PARENTS if at is None else PARENTS_AT, params), evidence["parent_id"])
    person_aliases, org_aliases = _aliases(raw, PERSON_ALIASES), _aliases(raw, ORG_ALIASES)
    if at is None:
        people = reader.people(raw.execute(PEOPLE), person_aliases)
        orgs = reader.orgs(raw.execute(ORGS), org_aliases)
    else:
        named = {t.person_id for t in tenures} | {r.person_id for r in lines} | {r.manager_id for r in lines}
        people = reader.people((r for r in raw.execute(PEOPLE) if r[0] in named), person_aliases)
        rejected = Status.REJECTED
        shown = {t.org_id for t in tenures if t.status is not rejected}
        shown |= {o for p in parents if p.status is not rejected for o in (p.org_id, p.parent_id)}
        shown |= {r[0] for r in raw.execute(ORGS_NEVER_PLACED, {"rejected": rejected.value})}
        orgs = reader.orgs((r for r in raw.execute(ORGS) if r[0] in shown), org_aliases)
    return FactSet(people=people, orgs=orgs, tenures=tenures, lines=lines, parents=parents)


def _aliases(raw: sqlite3.Connection, query: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for owner_id, alias in raw.execute(query):
        out[owner_id].append(alias)
    return out


def _evidence(raw: sqlite3.Connection, column: str, paths: dict[int, str],
              reader: "_Reader") -> dict[int, tuple[Evidence, ...]]:
    """fact id → its quotes, in document then span order, for every fact of one kind."""
    found: dict[int, list[Evidence]] = defaultdict(list)
    number = reader.numbers
    for fact_id, doc_id, start, end, quote in raw.execute(EVIDENCE[column]):
        found[fact_id].append(Evidence(paths.get(doc_id, ""), start, end, quote, number[doc_id]))
    return {fact_id: tuple(evs) for fact_id, evs in found.items()}


class _Shared(dict):
    """Each value once: looking a value up gives the first equal one seen."""

    def __missing__(self, key):
        self[key] = key
        return key


class _Members(dict):
    """Stored text → enum member; an unknown text raises the enum's ValueError."""

    def __init__(self, enum) -> None:
        super().__init__((m.value, m) for m in enum)
        self._enum = enum

    def __missing__(self, key):
        return self._enum(key)


_ORIGINS = _Members(Origin)
_STATUSES = _Members(Status)
_KINDS = _Members(LineKind)


class _Reader:
    """Builds records from plain rows; equal dates, ids and titles become one shared object each."""

    def __init__(self, dates: FuzzyDateMemo) -> None:
        self.dates = dates
        self.numbers = _Shared()
        self.texts = _Shared()

    def people(self, rows: Iterable[tuple[int, str]], aliases: dict[int, list[str]]) -> dict[int, Person]:
        number = self.numbers
        return {number[i]: Person(number[i], name, tuple(aliases.get(i, ()))) for i, name in rows}

    def orgs(self, rows: Iterable[tuple[int, str]], aliases: dict[int, list[str]]) -> dict[int, Organisation]:
        number, text = self.numbers, self.texts
        return {number[i]: Organisation(number[i], text[name], tuple(aliases.get(i, ()))) for i, name in rows}

    def tenures(self, rows: Iterable[tuple], evidence: dict[int, tuple[Evidence, ...]]) -> list[Tenure]:
        fd, number, text, origins, statuses = self.dates, self.numbers, self.texts, _ORIGINS, _STATUSES
        return [
            Tenure(fid, number[pid], number[oid], text[title], fd[start], fd[end], origins[origin], statuses[status],
                   evidence.get(fid, ()), edit_id, conflict, fd[anchor])
            for fid, pid, oid, title, start, end, anchor, origin, status, edit_id, conflict in rows
        ]

    def lines(self, rows: Iterable[tuple], evidence: dict[int, tuple[Evidence, ...]]) -> list[ReportingLine]:
        fd, number, origins, statuses, kinds = self.dates, self.numbers, _ORIGINS, _STATUSES, _KINDS
        return [
            ReportingLine(fid, number[pid], number[mid], kinds[kind], fd[start], fd[end], origins[origin],
                          statuses[status], evidence.get(fid, ()), edit_id, conflict)
            for fid, pid, mid, kind, start, end, origin, status, edit_id, conflict in rows
        ]

    def parents(self, rows: Iterable[tuple], evidence: dict[int, tuple[Evidence, ...]]) -> list[OrgParent]:
        fd, number = self.dates, self.numbers
        return [
            OrgParent(fid, number[oid], number[pid], fd[start], fd[end], _ORIGINS[origin], _STATUSES[status],
                      evidence.get(fid, ()))
            for fid, oid, pid, start, end, origin, status in rows
        ]


def fact_count(facts: FactSet) -> int:
    return len(facts.tenures) + len(facts.lines) + len(facts.parents)
