"""How edits name people, organisations, dates and facts in their summaries and refusals."""

from __future__ import annotations

from datetime import date

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet

from .transaction import EditRefused


def person_name(facts: FactSet, pid: int) -> str:
    p = facts.people.get(pid)
    return p.name if p else f"person #{pid}"


def org_name(facts: FactSet, oid: int) -> str:
    o = facts.orgs.get(oid)
    return o.name if o else f"organisation #{oid}"


def describe_from(fd: FuzzyDate | None) -> str:
    return "from the start of the record" if fd is None else f"from {fd.describe()}"


def describe_on(fd: FuzzyDate) -> str:
    return fd.describe()


def first_day(fd: FuzzyDate | None, what: str = "the date") -> date:
    if fd is None or fd.earliest is None:
        raise EditRefused(f"Pick {what}: an edit takes effect from a known date.")
    return fd.earliest


def fact_word(kind: str) -> str:
    return {"tenure": "tenure", "line": "reporting line", "parent": "organisation parent"}[kind]


def describe_row(facts: FactSet, kind: str, row) -> str:
    if kind == "tenure":
        return f"{person_name(facts, row['person_id'])} at {org_name(facts, row['org_id'])}" + (
            f" as {row['title']}" if row["title"] else "")
    if kind == "line":
        return f"{person_name(facts, row['person_id'])} reports to {person_name(facts, row['manager_id'])}"
    return f"{org_name(facts, row['org_id'])} inside {org_name(facts, row['parent_id'])}"
