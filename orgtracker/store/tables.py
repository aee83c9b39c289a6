"""SQLModel tables of the store; each FuzzyDate is four columns: iso, precision, earliest, latest."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

# A FuzzyDate column group `<name>_precision` is NULL when the date itself is None
# (unbounded / still running) and "unknown" for a date known only by its bounds.


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(index=True)  # casefolded name, for lookups


class PersonAliasRow(SQLModel, table=True):
    __tablename__ = "person_alias"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    alias: str
    alias_key: str = Field(index=True)


class OrganisationRow(SQLModel, table=True):
    __tablename__ = "organisation"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(index=True)


class OrgAliasRow(SQLModel, table=True):
    __tablename__ = "org_alias"
    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organisation.id", ondelete="CASCADE", index=True)
    alias: str
    alias_key: str = Field(index=True)


class DocumentRow(SQLModel, table=True):
    __tablename__ = "document"
    id: int | None = Field(default=None, primary_key=True)
    path: str
    title: str
    published_iso: str | None = None
    published_precision: str | None = None
    published_earliest: date | None = None
    published_latest: date | None = None
    checksum: str = Field(unique=True)  # sha256 of the file's bytes
    text: str  # the decoded text the claims' spans index
    ingested_at: datetime


class ClaimRow(SQLModel, table=True):
    __tablename__ = "claim"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    natural_key: str = Field(unique=True)
    kind: str
    person: str
    org: str | None = None
    role: str | None = None
    manager: str | None = None
    date_iso: str | None = None
    date_precision: str | None = None
    date_earliest: date | None = None
    date_latest: date | None = None
    as_of_iso: str | None = None
    as_of_precision: str | None = None
    as_of_earliest: date | None = None
    as_of_latest: date | None = None
    confidence: float
    dotted: bool = False
    status: str = Field(default="proposed", index=True)


class ClaimEvidenceRow(SQLModel, table=True):
    __tablename__ = "claim_evidence"
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", index=True)
    span_start: int
    span_end: int
    quote: str


class EditRow(SQLModel, table=True):
    """The audit log: one row per user edit, with the state before and after as JSON."""

    __tablename__ = "edit"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    action: str
    summary: str = ""
    before_json: str = "null"
    after_json: str = "null"
    undone: bool = False


class TenureRow(SQLModel, table=True):
    __tablename__ = "tenure"
    __table_args__ = (
        Index("ix_tenure_start_earliest", "start_earliest"),
        Index("ix_tenure_end_latest", "end_latest"),
    )
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    org_id: int = Field(foreign_key="organisation.id", index=True)
    title: str | None = None
    start_iso: str | None = None
    start_precision: str | None = None
    start_earliest: date | None = None
    start_latest: date | None = None
    end_iso: str | None = None
    end_precision: str | None = None
    end_earliest: date | None = None
    end_latest: date | None = None
    anchor_iso: str | None = None
    anchor_precision: str | None = None
    anchor_earliest: date | None = None
    anchor_latest: date | None = None
    origin: str = "extracted"
    status: str = "proposed"
    conflict: str | None = None
    natural_key: str | None = Field(default=None, unique=True)  # set for rows ingest made
    edit_id: int | None = Field(default=None, foreign_key="edit.id", ondelete="SET NULL")


class ReportingLineRow(SQLModel, table=True):
    __tablename__ = "reporting_line"
    __table_args__ = (
        Index("ix_reporting_line_start_earliest", "start_earliest"),
        Index("ix_reporting_line_end_latest", "end_latest"),
    )
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    manager_id: int = Field(foreign_key="person.id", index=True)
    kind: str = "solid"
    start_iso: str | None = None
    start_precision: str | None = None
    start_earliest: date | None = None
    start_latest: date | None = None
    end_iso: str | None = None
    end_precision: str | None = None
    end_earliest: date | None = None
    end_latest: date | None = None
    origin: str = "extracted"
    status: str = "proposed"
    conflict: str | None = None
    natural_key: str | None = Field(default=None, unique=True)
    edit_id: int | None = Field(default=None, foreign_key="edit.id", ondelete="SET NULL")


class OrgParentRow(SQLModel, table=True):
    __tablename__ = "org_parent"
    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organisation.id", index=True)
    parent_id: int = Field(foreign_key="organisation.id", index=True)
    start_iso: str | None = None
    start_precision: str | None = None
    start_earliest: date | None = None
    start_latest: date | None = None
    end_iso: str | None = None
    end_precision: str | None = None
    end_earliest: date | None = None
    end_latest: date | None = None
    origin: str = "extracted"
    status: str = "proposed"
    conflict: str | None = None
    natural_key: str | None = Field(default=None, unique=True)
    edit_id: int | None = Field(default=None, foreign_key="edit.id", ondelete="SET NULL")


class FactEvidenceRow(SQLModel, table=True):
    """A quote that supports one fact; exactly one of tenure_id, line_id, parent_id is set."""

    __tablename__ = "fact_evidence"
    id: int | None = Field(default=None, primary_key=True)
    tenure_id: int | None = Field(default=None, foreign_key="tenure.id", ondelete="CASCADE", index=True)
    line_id: int | None = Field(default=None, foreign_key="reporting_line.id", ondelete="CASCADE", index=True)
    parent_id: int | None = Field(default=None, foreign_key="org_parent.id", ondelete="CASCADE", index=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    span_start: int
    span_end: int
    quote: str


class MetaRow(SQLModel, table=True):
    """Small key/value state, e.g. whether the facts need a rebuild after an interrupted ingest."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class ParentClaimRow(SQLModel, table=True):
    """A document's statement that one organisation sits inside another (FAIR inside Meta)."""

    __tablename__ = "parent_claim"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    natural_key: str = Field(unique=True)
    org: str
    parent: str
    span_start: int
    span_end: int
    quote: str
    status: str = "proposed"
