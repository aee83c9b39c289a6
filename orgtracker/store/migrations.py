"""Schema versions in PRAGMA user_version: one step per version, run in order, each in a transaction."""

from __future__ import annotations

import sqlite3
from typing import Callable

# Step i takes a database from version i to version i + 1. Steps are frozen once released:
# a later change to the tables is a new step, never an edit of an old one.

_V1_SCHEMA = [
    """
CREATE TABLE document (
    id INTEGER NOT NULL,
    path VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    published_iso VARCHAR,
    published_precision VARCHAR,
    published_earliest DATE,
    published_latest DATE,
    checksum VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    ingested_at DATETIME NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (checksum)
)
    """,
    """
CREATE TABLE edit (
    id INTEGER NOT NULL,
    at DATETIME NOT NULL,
    action VARCHAR NOT NULL,
    summary VARCHAR NOT NULL,
    before_json VARCHAR NOT NULL,
    after_json VARCHAR NOT NULL,
    undone BOOLEAN NOT NULL,
    PRIMARY KEY (id)
)
    """,
    """
CREATE TABLE meta (
    "key" VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    PRIMARY KEY ("key")
)
    """,
    """
CREATE TABLE organisation (
    id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,
    PRIMARY KEY (id)
)
    """,
    "CREATE INDEX ix_organisation_name_key ON organisation (name_key)",
    """
CREATE TABLE person (
    id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,
    PRIMARY KEY (id)
)
    """,
    "CREATE INDEX ix_person_name_key ON person (name_key)",
    """
CREATE TABLE claim (
    id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    natural_key VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    person VARCHAR NOT NULL,
    org VARCHAR,
    role VARCHAR,
    manager VARCHAR,
    date_iso VARCHAR,
    date_precision VARCHAR,
    date_earliest DATE,
    date_latest DATE,
    as_of_iso VARCHAR,
    as_of_precision VARCHAR,
    as_of_earliest DATE,
    as_of_latest DATE,
    confidence FLOAT NOT NULL,
    dotted BOOLEAN NOT NULL,
    status VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
    UNIQUE (natural_key)
)
    """,
    "CREATE INDEX ix_claim_document_id ON claim (document_id)",
    "CREATE INDEX ix_claim_status ON claim (status)",
    """
CREATE TABLE org_alias (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    alias VARCHAR NOT NULL,
    alias_key VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(org_id) REFERENCES organisation (id) ON DELETE CASCADE
)
    """,
    "CREATE INDEX ix_org_alias_alias_key ON org_alias (alias_key)",
    "CREATE INDEX ix_org_alias_org_id ON org_alias (org_id)",
    """
CREATE TABLE org_parent (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    parent_id INTEGER NOT NULL,
    start_iso VARCHAR,
    start_precision VARCHAR,
    start_earliest DATE,
    start_latest DATE,
    end_iso VARCHAR,
    end_precision VARCHAR,
    end_earliest DATE,
    end_latest DATE,
    origin VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    "conflict" VARCHAR,
    natural_key VARCHAR,
    edit_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(org_id) REFERENCES organisation (id),
    FOREIGN KEY(parent_id) REFERENCES organisation (id),
    UNIQUE (natural_key),
    FOREIGN KEY(edit_id) REFERENCES edit (id) ON DELETE SET NULL
)
    """,
    "CREATE INDEX ix_org_parent_org_id ON org_parent (org_id)",
    "CREATE INDEX ix_org_parent_parent_id ON org_parent (parent_id)",
    """
CREATE TABLE person_alias (
    id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    alias VARCHAR NOT NULL,
    alias_key VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
)
    """,
    "CREATE INDEX ix_person_alias_alias_key ON person_alias (alias_key)",
    "CREATE INDEX ix_person_alias_person_id ON person_alias (person_id)",
    """
CREATE TABLE reporting_line (
    id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    manager_id INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    start_iso VARCHAR,
    start_precision VARCHAR,
    start_earliest DATE,
    start_latest DATE,
    end_iso VARCHAR,
    end_precision VARCHAR,
    end_earliest DATE,
    end_latest DATE,
    origin VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    "conflict" VARCHAR,
    natural_key VARCHAR,
    edit_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(person_id) REFERENCES person (id),
    FOREIGN KEY(manager_id) REFERENCES person (id),
    UNIQUE (natural_key),
    FOREIGN KEY(edit_id) REFERENCES edit (id) ON DELETE SET NULL
)
    """,
    "CREATE INDEX ix_reporting_line_end_latest ON reporting_line (end_latest)",
    "CREATE INDEX ix_reporting_line_manager_id ON reporting_line (manager_id)",
    "CREATE INDEX ix_reporting_line_person_id ON reporting_line (person_id)",
    "CREATE INDEX ix_reporting_line_start_earliest ON reporting_line (start_earliest)",
    """
CREATE TABLE tenure (
    id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    title VARCHAR,
    start_iso VARCHAR,
    start_precision VARCHAR,
    start_earliest DATE,
    start_latest DATE,
    end_iso VARCHAR,
    end_precision VARCHAR,
    end_earliest DATE,
    end_latest DATE,
    anchor_iso VARCHAR,
    anchor_precision VARCHAR,
    anchor_earliest DATE,
    anchor_latest DATE,
    origin VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    "conflict" VARCHAR,
    natural_key VARCHAR,
    edit_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(person_id) REFERENCES person (id),
    FOREIGN KEY(org_id) REFERENCES organisation (id),
    UNIQUE (natural_key),
    FOREIGN KEY(edit_id) REFERENCES edit (id) ON DELETE SET NULL
)
    """,
    "CREATE INDEX ix_tenure_end_latest ON tenure (end_latest)",
    "CREATE INDEX ix_tenure_org_id ON tenure (org_id)",
    "CREATE INDEX ix_tenure_person_id ON tenure (person_id)",
    "CREATE INDEX ix_tenure_start_earliest ON tenure (start_earliest)",
    """
CREATE TABLE claim_evidence (
    id INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    quote VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(claim_id) REFERENCES claim (id) ON DELETE CASCADE
)
    """,
    "CREATE INDEX ix_claim_evidence_claim_id ON claim_evidence (claim_id)",
    """
CREATE TABLE fact_evidence (
    id INTEGER NOT NULL,
    tenure_id INTEGER,
    line_id INTEGER,
    parent_id INTEGER,
    document_id INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    quote VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenure_id) REFERENCES tenure (id) ON DELETE CASCADE,
    FOREIGN KEY(line_id) REFERENCES reporting_line (id) ON DELETE CASCADE,
    FOREIGN KEY(parent_id) REFERENCES org_parent (id) ON DELETE CASCADE,
    FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE
)
    """,
    "CREATE INDEX ix_fact_evidence_document_id ON fact_evidence (document_id)",
    "CREATE INDEX ix_fact_evidence_line_id ON fact_evidence (line_id)",
    "CREATE INDEX ix_fact_evidence_parent_id ON fact_evidence (parent_id)",
    "CREATE INDEX ix_fact_evidence_tenure_id ON fact_evidence (tenure_id)",
]


_V2_PARENT_CLAIMS = [
    """
CREATE TABLE parent_claim (
    id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    natural_key VARCHAR NOT NULL,
    org VARCHAR NOT NULL,
    parent VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    quote VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
    UNIQUE (natural_key)
)
    """,
    "CREATE INDEX ix_parent_claim_document_id ON parent_claim (document_id)",
]


def _run(statements: list[str]) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return step


STEPS: list[Callable[[sqlite3.Connection], None]] = [
    _run(_V1_SCHEMA),  # 0 → 1: people, organisations, documents, claims, facts, evidence, edits
    _run(_V2_PARENT_CLAIMS),  # 1 → 2: statements that one organisation sits inside another
]
SCHEMA_VERSION = len(STEPS)


class SchemaError(Exception):
    """The database cannot be used by this version of orgtracker."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to `target`; returns the version it had. `conn` must be in autocommit mode."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"the database has schema version {found}, newer than this orgtracker understands "
            f"(up to {SCHEMA_VERSION}); upgrade orgtracker to open it"
        )
    if found == 0 and _has_foreign_tables(conn):
        raise SchemaError("the file is an SQLite database but not an orgtracker one")
    for version in range(found, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) != version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            STEPS[version](conn)
            conn.execute(f"PRAGMA user_version = {int(version) + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return bool(row[0])
