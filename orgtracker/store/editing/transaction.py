"""The edit transaction: the tables edits write, refusals and results, and the audit row each edit leaves."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select, update

from orgtracker.domain.facts import FactSet, Origin
from orgtracker.domain.validation import Problem

from ..audit import BY_NAME, Recorder, dump_image
from ..engine import StoreError
from ..tables import ClaimEvidenceRow, EditRow


T_EDIT = EditRow.__table__
T_PERSON, T_ORG = BY_NAME["person"], BY_NAME["organisation"]
T_PERSON_ALIAS, T_ORG_ALIAS = BY_NAME["person_alias"], BY_NAME["org_alias"]
T_TENURE, T_LINE, T_PARENT = BY_NAME["tenure"], BY_NAME["reporting_line"], BY_NAME["org_parent"]
T_EVIDENCE, T_CLAIM = BY_NAME["fact_evidence"], BY_NAME["claim"]
T_CLAIM_EV = ClaimEvidenceRow.__table__
FACT_TABLES = {"tenure": T_TENURE, "line": T_LINE, "parent": T_PARENT}
EVIDENCE_COLUMN = {"tenure": "tenure_id", "line": "line_id", "parent": "parent_id"}


def name_tables(kind: str) -> tuple:
    """The table of people or organisations, its alias table, and the alias column that points back."""
    return (T_PERSON, T_PERSON_ALIAS, "person_id") if kind == "person" else (T_ORG, T_ORG_ALIAS, "org_id")


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


class Edit:
    """One edit being written: its connection, the rows it changes, its summary, the facts as they stood."""

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
def edit_transaction(store, action: str) -> Iterator[Edit]:
    with store._write() as session:
        conn = session.connection()
        edit_id = conn.execute(T_EDIT.insert().values(
            at=datetime.now(timezone.utc), action=action, summary="", before_json="{}", after_json="{}",
            undone=False)).inserted_primary_key[0]
        edit = Edit(conn, edit_id)
        yield edit
        conn.execute(update(T_EDIT).where(T_EDIT.c.id == edit_id).values(
            summary=edit.summary, before_json=dump_image(edit.rows.before),
            after_json=dump_image(edit.rows.after())))
    edit.result = EditResult(edit_id, action, edit.summary, edit.overridden)


def load_facts_in(conn) -> FactSet:
    """Every fact as plain objects, read inside the caller's transaction (no evidence)."""
    from ..repository import _line, _orgs, _parent, _people, _tenure

    return FactSet(
        people=_people(conn), orgs=_orgs(conn),
        tenures=[_tenure(r, ()) for r in conn.execute(select(T_TENURE).order_by(T_TENURE.c.id)).mappings()],
        lines=[_line(r, ()) for r in conn.execute(select(T_LINE).order_by(T_LINE.c.id)).mappings()],
        parents=[_parent(r, ()) for r in conn.execute(select(T_PARENT).order_by(T_PARENT.c.id)).mappings()],
    )


def find_fact(facts: FactSet, kind: str, fact_id: int):
    pool = {"tenure": facts.tenures, "line": facts.lines, "parent": facts.parents}[kind]
    for f in pool:
        if f.id == fact_id:
            return f
    raise EditRefused(f"There is no {'reporting line' if kind == 'line' else kind} with id {fact_id}.")


def mark_facts_dirty(conn) -> None:
    from ..repository import FACTS_DIRTY, _set_meta

    _set_meta(conn, FACTS_DIRTY, "1")
