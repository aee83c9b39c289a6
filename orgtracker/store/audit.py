"""Row images for the audit log: what an edit touched, before and after, and how to put either back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, select, update

from .tables import (
    ClaimRow,
    FactEvidenceRow,
    OrgAliasRow,
    OrganisationRow,
    OrgParentRow,
    PersonAliasRow,
    PersonRow,
    ReportingLineRow,
    TenureRow,
)

# Parents before children: rows are restored in this order and removed in the reverse one.
AUDITED: list[Table] = [
    PersonRow.__table__,
    OrganisationRow.__table__,
    PersonAliasRow.__table__,
    OrgAliasRow.__table__,
    TenureRow.__table__,
    ReportingLineRow.__table__,
    OrgParentRow.__table__,
    FactEvidenceRow.__table__,
    ClaimRow.__table__,
]
BY_NAME: dict[str, Table] = {t.name: t for t in AUDITED}

Image = dict[str, dict[int, dict[str, Any] | None]]  # table → id → row (None: the row does not exist)


def encode_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def encode_row(row) -> dict[str, Any]:
    return {k: encode_value(v) for k, v in dict(row).items()}


def decode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        column = table.c[name]
        if value is not None and isinstance(value, str):
            kind = column.type.python_type
            if kind is date:
                value = date.fromisoformat(value)
            elif kind is datetime:
                value = datetime.fromisoformat(value)
        out[name] = value
    return out


def read_row(conn, table: Table, row_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return encode_row(row) if row is not None else None


@dataclass
class Recorder:
    """Notes the first image of every row an edit touches, so the edit can be written down and undone."""

    conn: Any
    before: Image

    @classmethod
    def on(cls, conn) -> "Recorder":
        return cls(conn, {})

    def touch(self, table: Table, row_id: int) -> None:
        rows = self.before.setdefault(table.name, {})
        if row_id not in rows:
            rows[row_id] = read_row(self.conn, table, row_id)

    def insert(self, table: Table, **values) -> int:
        row_id = self.conn.execute(table.insert().values(**values)).inserted_primary_key[0]
        # SQLite reuses the id of a row this edit deleted: that row's first image is what undo must bring back
        self.before.setdefault(table.name, {}).setdefault(row_id, None)
        return row_id

    def update(self, table: Table, row_id: int, **values) -> None:
        self.touch(table, row_id)
        self.conn.execute(update(table).where(table.c.id == row_id).values(**values))

    def delete(self, table: Table, row_id: int) -> None:
        self.touch(table, row_id)
        self.conn.execute(delete(table).where(table.c.id == row_id))

    def after(self) -> Image:
        return {name: {row_id: read_row(self.conn, BY_NAME[name], row_id) for row_id in rows}
                for name, rows in self.before.items()}


def dump_image(image: Image) -> str:
    return json.dumps({name: {str(k): v for k, v in rows.items()} for name, rows in image.items()},
                      ensure_ascii=False, sort_keys=True)


def load_image(text: str) -> Image:
    data = json.loads(text or "null") or {}
    if not isinstance(data, dict):
        return {}
    return {name: {int(k): v for k, v in rows.items()} for name, rows in data.items() if name in BY_NAME}


def changed_rows(conn, expected: Image) -> list[str]:
    """The rows that no longer look as `expected` says: '<table> #id' each."""
    out = []
    for name, rows in expected.items():
        table = BY_NAME[name]
        for row_id, row in rows.items():
            if read_row(conn, table, row_id) != row:
                out.append(f"{name} #{row_id}")
    return out


def restore(conn, image: Image, current: Image) -> None:
    """Make every row in `image` look as it says: rows it holds are written back, rows it lacks are removed.

    `current` is what the rows look like now (the other side of the edit). Foreign keys are
    checked at commit, so rows may pass through states that refer to rows not yet restored.
    """
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in AUDITED:
        for row_id, row in image.get(table.name, {}).items():
            if row is None:
                continue
            values = decode_row(table, row)
            if current.get(table.name, {}).get(row_id) is None and read_row(conn, table, row_id) is None:
                conn.execute(table.insert().values(**values))
            else:
                conn.execute(update(table).where(table.c.id == row_id).values(**values))
    for table in reversed(AUDITED):
        gone = [row_id for row_id, row in image.get(table.name, {}).items() if row is None]
        if gone:
            conn.execute(delete(table).where(table.c.id.in_(gone)))
