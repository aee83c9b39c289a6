"""Undo and redo of an edit, and reading the audit log the edits leave."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import select, update

from ..audit import changed_rows, load_image, restore
from .transaction import T_EDIT, AuditEntry, EditRefused, EditResult, mark_facts_dirty


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
            mark_facts_dirty(conn)
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
