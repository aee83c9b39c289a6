"""Deleting a fact: an extracted one is rejected, one made by hand is removed."""

from __future__ import annotations

from sqlalchemy import select

from orgtracker.domain.facts import Origin, Status

from .transaction import EVIDENCE_COLUMN, FACT_TABLES, T_EVIDENCE, EditRefused, EditResult, edit_transaction
from .words import describe_row, fact_word


def delete_fact(store, kind: str, fact_id: int) -> EditResult:
    """An extracted fact becomes rejected (so re-extraction cannot bring it back); one made by hand is removed."""
    table = FACT_TABLES[kind]
    with edit_transaction(store, f"delete_{kind}") as e:
        row = e.conn.execute(select(table).where(table.c.id == fact_id)).mappings().first()
        if row is None:
            raise EditRefused(f"There is no {fact_word(kind)} with id {fact_id}.")
        if row["status"] == Status.REJECTED.value:
            raise EditRefused(f"That {fact_word(kind)} is already deleted (rejected).")
        label = describe_row(e.facts, kind, row)
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
