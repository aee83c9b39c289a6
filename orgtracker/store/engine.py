"""The SQLite engine: file checks, per-connection pragmas, explicit transactions, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from .migrations import SchemaError, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
IMMEDIATE = "orgtracker_immediate"  # execution option: begin write transactions with BEGIN IMMEDIATE


class StoreError(Exception):
    """The database cannot be opened or written; the message is one line for the user."""


def check_file(path: Path) -> None:
    """Refuse a path that is not an SQLite database (an empty or missing file is a new database)."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    if not path.exists():
        if not path.parent.exists():
            raise StoreError(f"cannot create database {path}: folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read database {path}: {exc.strerror or exc}") from None
    if head and head != SQLITE_HEADER:
        raise StoreError(f"{path} is not an orgtracker database (not an SQLite file)")


def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    # Autocommit at the driver level; transactions are begun by _on_begin, so that
    # SQLite's own BEGIN (and BEGIN IMMEDIATE for writers) is what runs.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = NORMAL")
    finally:
        cur.close()


def _on_begin(conn) -> None:
    if conn.get_execution_options().get(IMMEDIATE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    """An engine on `path`, migrated to the current schema; raises StoreError with the reason."""
    path = Path(path)
    check_file(path)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            migrate(raw, target=schema_version(raw))  # refuse a foreign or newer file before writing to it
            mode = _journal_mode_wal(raw)
            if str(mode).lower() != "wal" and not _is_memory(path):
                raise StoreError(f"cannot use database {path}: journal mode stays {mode!r}")
            migrate(raw)
    except SchemaError as exc:
        engine.dispose()
        raise StoreError(f"{path}: {exc}") from None
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {path}: {describe_db_error(exc)}") from None
    return engine


def _journal_mode_wal(raw: sqlite3.Connection) -> str:
    """Switch to WAL; a read-only file keeps its mode, so it can still be read (writes then fail as 'readonly')."""
    try:
        return raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
        return "wal"


def describe_db_error(exc: BaseException) -> str:
    """One line for a driver error: 'file is not a database', 'attempt to write a readonly database'."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    if "not a database" in text or "malformed" in text:
        return f"the file is corrupt or not an SQLite database ({text})"
    return text


def _is_memory(path: Path) -> bool:
    return str(path) == ":memory:"
