"""A dump of every table but the audit log, to compare database states."""

from sqlalchemy import select

AUDIT_TABLES = {"edit", "meta"}


def dump_facts_tables(store) -> dict:
    out = {}
    with store._read() as session:
        conn = session.connection()
        from orgtracker.store.tables import SQLModel

        for name, table in sorted(SQLModel.metadata.tables.items()):
            if name in AUDIT_TABLES:
                continue
            out[name] = sorted(tuple(r) for r in conn.execute(select(table)).all())
    return out
