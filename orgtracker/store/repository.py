"""The Store: the one owner of database sessions; hands plain, fully loaded domain objects upward."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import (
    Claim,
    ClaimKind,
    Document,
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

from .convert import FuzzyDateMemo, fuzzy_columns, fuzzy_from, name_key
from .engine import IMMEDIATE, StoreError, describe_db_error, make_engine
from .reading import FREEZE_AT, collector_paused, fact_count, read_facts
from .records import AddedDocument, StoredClaim, SyncReport
from .tables import (
    ClaimEvidenceRow,
    ClaimRow,
    DocumentRow,
    FactEvidenceRow,
    MetaRow,
    OrgAliasRow,
    OrganisationRow,
    OrgParentRow,
    ParentClaimRow,
    PersonAliasRow,
    PersonRow,
    ReportingLineRow,
    TenureRow,
)

if TYPE_CHECKING:
    from orgtracker.extract.reconcile import Drafts

T_TENURE = TenureRow.__table__
T_LINE = ReportingLineRow.__table__
T_PARENT = OrgParentRow.__table__
T_EVIDENCE = FactEvidenceRow.__table__
T_CLAIM = ClaimRow.__table__
T_CLAIM_EV = ClaimEvidenceRow.__table__
T_DOC = DocumentRow.__table__
T_PERSON = PersonRow.__table__
T_PERSON_ALIAS = PersonAliasRow.__table__
T_ORG = OrganisationRow.__table__
T_ORG_ALIAS = OrgAliasRow.__table__
T_META = MetaRow.__table__
T_PARENT_CLAIM = ParentClaimRow.__table__

ParentStatement = tuple[str, str, Evidence]  # (organisation, the organisation it sits inside, evidence)

FACTS_DIRTY = "facts_dirty"
MEMO_LIMIT = 1_000_000  # distinct stored dates the store remembers before starting afresh


class EvidenceMismatch(StoreError):
    """A claim's span does not hold its quote in the document's text; the document is not stored."""


def open_store(path: str | Path | None = None) -> "Store":
    """The store in `path` (default: the user's database), created and migrated as needed."""
    if path is None:
        from orgtracker.paths import default_db

        path = default_db()
    return Store(Path(path))


def claim_natural_key(document_id: int, claim: Claim) -> str:
    """Stable across re-ingest of a document: what the claim says, not where or how surely."""
    d = claim.date
    parts = [
        document_id, claim.kind.value, name_key(claim.person), name_key(claim.org), name_key(claim.role),
        name_key(claim.manager), d.iso if d else None, d.precision.value if d else None, claim.dotted,
    ]
    digest = hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]
    return f"{document_id}:{digest}"


def tenure_key(person_id: int, org_id: int, title: str | None, seq: int) -> str:
    return f"tenure:{person_id}:{org_id}:{name_key(title)}:{seq}"


def line_key(person_id: int, manager_id: int, kind: LineKind, seq: int) -> str:
    return f"line:{person_id}:{manager_id}:{kind.value}:{seq}"


def parent_key(org_id: int, parent_id: int, seq: int) -> str:
    return f"parent:{org_id}:{parent_id}:{seq}"


class Store:
    """Reads and writes the database; every method opens and closes its own session."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._engine = make_engine(self.path)
        self._writer = self._engine.execution_options(**{IMMEDIATE: True})
        self._dates = FuzzyDateMemo()  # stored date column groups → shared FuzzyDates, kept between loads

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- sessions -------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except (DBAPIError, sqlite3.Error) as exc:  # sqlite3's own, from the fast reads on the raw connection
            raise StoreError(f"cannot read {self.path}: {describe_db_error(exc)}") from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction, begun IMMEDIATE so concurrent writers wait rather than fail."""
        try:
            with Session(self._writer) as session:
                yield session
                session.commit()
        except DBAPIError as exc:
            raise StoreError(f"cannot write {self.path}: {describe_db_error(exc)}") from None

    # -- documents and claims -------------------------------------------------
    def has_document(self, checksum: str) -> bool:
        with self._read() as s:
            return s.connection().execute(select(T_DOC.c.id).where(T_DOC.c.checksum == checksum)).first() is not None

    def documents(self) -> list[Document]:
        with self._read() as s:
            rows = s.connection().execute(select(T_DOC).order_by(T_DOC.c.id)).mappings().all()
        return [_document(r) for r in rows]

    def document_text(self, document_id: int) -> str:
        with self._read() as s:
            row = s.connection().execute(select(T_DOC.c.text).where(T_DOC.c.id == document_id)).first()
        if row is None:
            raise StoreError(f"no document with id {document_id}")
        return row[0]

    def add_document(
        self,
        path: str,
        title: str,
        published: FuzzyDate | None,
        checksum: str,
        text: str,
        claims: Sequence[Claim],
        parents: Sequence[ParentStatement] = (),
    ) -> AddedDocument | None:
        """Store a document and its claims in one transaction; None when its checksum is known.

        A new version of a document already stored under the same path replaces it: claims
        that it still makes keep their id and review status, claims it no longer makes are
        dropped unless the user rejected them.
        """
        now = datetime.now(timezone.utc)
        with self._write() as s:
            conn = s.connection()
            if conn.execute(select(T_DOC.c.id).where(T_DOC.c.checksum == checksum)).first():
                return None
            values = dict(path=path, title=title, checksum=checksum, text=text, ingested_at=now,
                          **_published_columns(published))
            previous = conn.execute(
                select(T_DOC.c.id).where(T_DOC.c.path == path).order_by(T_DOC.c.id.desc())
            ).first()
            if previous is not None:
                doc_id = previous[0]
                conn.execute(update(T_DOC).where(T_DOC.c.id == doc_id).values(**values))
            else:
                doc_id = conn.execute(T_DOC.insert().values(**values)).inserted_primary_key[0]
            existing = {
                r.natural_key: (r.id, r.status)
                for r in conn.execute(select(T_CLAIM.c.id, T_CLAIM.c.natural_key, T_CLAIM.c.status)
                                      .where(T_CLAIM.c.document_id == doc_id))
            }
            kept: set[str] = set()
            added = 0
            for claim in claims:
                key = claim_natural_key(doc_id, claim)
                if key in kept:  # the extractor said it twice: keep one claim, all evidence
                    claim_id = existing[key][0]
                else:
                    kept.add(key)
                    if key in existing:
                        claim_id = existing[key][0]
                        conn.execute(update(T_CLAIM).where(T_CLAIM.c.id == claim_id).values(**_claim_columns(claim)))
                        conn.execute(delete(T_CLAIM_EV).where(T_CLAIM_EV.c.claim_id == claim_id))
                    else:
                        claim_id = conn.execute(T_CLAIM.insert().values(
                            document_id=doc_id, natural_key=key, status=Status.PROPOSED.value,
                            **_claim_columns(claim))).inserted_primary_key[0]
                        existing[key] = (claim_id, Status.PROPOSED.value)
                        added += 1
                _insert_claim_evidence(conn, claim_id, claim.evidence, text)
            stale = [cid for key, (cid, status) in existing.items()
                     if key not in kept and status != Status.REJECTED.value]
            if stale:
                conn.execute(delete(T_CLAIM).where(T_CLAIM.c.id.in_(stale)))
            _store_parent_statements(conn, doc_id, parents, text)
            _set_meta(conn, FACTS_DIRTY, "1")
        return AddedDocument(doc_id, added, len(kept), replaced=previous is not None)

    def remove_new_documents(self, document_ids: Sequence[int]) -> None:
        """Take back documents stored by an ingest that could not finish (their claims and statements go too)."""
        with self._write() as s:
            conn = s.connection()
            for chunk in _chunks(list(document_ids)):
                conn.execute(delete(T_DOC).where(T_DOC.c.id.in_(chunk)))
            _set_meta(conn, FACTS_DIRTY, "1")

    def claims(self, status: Status | str | None = None, document_id: int | None = None) -> list[StoredClaim]:
        """Stored claims with their evidence, in document then span order."""
        query = select(T_CLAIM)
        if status is not None:
            query = query.where(T_CLAIM.c.status == Status(status).value)
        if document_id is not None:
            query = query.where(T_CLAIM.c.document_id == document_id)
        with self._read() as s:
            conn = s.connection()
            rows = conn.execute(query.order_by(T_CLAIM.c.document_id, T_CLAIM.c.id)).mappings().all()
            paths = dict(conn.execute(select(T_DOC.c.id, T_DOC.c.path)).all())
            evidence = _claim_evidence(conn, [r["id"] for r in rows])
        out = []
        for r in rows:
            evs = tuple(
                Evidence(paths.get(r["document_id"], ""), start, end, quote, r["document_id"])
                for start, end, quote in evidence.get(r["id"], ())
            )
            out.append(StoredClaim(r["id"], r["document_id"], Status(r["status"]), _claim(r, evs)))
        out.sort(key=lambda c: (c.document_id, c.claim.evidence[0].start if c.claim.evidence else -1, c.id))
        return out

    def live_claims(self) -> list[Claim]:
        """Every claim not rejected: what reconcile builds the extracted facts from."""
        return [c.claim for c in self.claims() if c.status is not Status.REJECTED]

    def canonical_names(self) -> tuple[dict[str, str], dict[str, str]]:
        """name_key of every person and organisation alias → the current name (after merges and renames)."""
        with self._read() as session:
            conn = session.connection()
            people = {name_key(a): n for p in _people(conn).values() for n in [p.name] for a in p.aliases}
            orgs = {name_key(a): o.name for o in _orgs(conn).values() for a in o.aliases}
        return people, orgs

    def parent_statements(self) -> list[ParentStatement]:
        """Every statement, not rejected, that one organisation sits inside another."""
        with self._read() as s:
            conn = s.connection()
            paths = dict(conn.execute(select(T_DOC.c.id, T_DOC.c.path)).all())
            rows = conn.execute(select(T_PARENT_CLAIM).where(T_PARENT_CLAIM.c.status != Status.REJECTED.value)
                                .order_by(T_PARENT_CLAIM.c.document_id, T_PARENT_CLAIM.c.span_start)).mappings().all()
        return [(r["org"], r["parent"], Evidence(paths.get(r["document_id"], ""), r["span_start"], r["span_end"],
                                                 r["quote"], r["document_id"])) for r in rows]

    def set_claim_status(self, claim_id: int, status: Status | str) -> None:
        with self._write() as s:
            conn = s.connection()
            done = conn.execute(update(T_CLAIM).where(T_CLAIM.c.id == claim_id).values(status=Status(status).value))
            if done.rowcount == 0:
                raise StoreError(f"no claim with id {claim_id}")
            _set_meta(conn, FACTS_DIRTY, "1")

    def facts_dirty(self) -> bool:
        """True when claims changed since the facts were last rebuilt (e.g. an interrupted ingest)."""
        with self._read() as s:
            return _get_meta(s.connection(), FACTS_DIRTY) == "1"

    # -- facts ----------------------------------------------------------------
    def is_empty(self) -> bool:
        with self._read() as s:
            conn = s.connection()
            return not any(conn.execute(select(t.c.id).limit(1)).first() for t in (T_TENURE, T_LINE, T_DOC))

    def counts(self) -> dict[str, int]:
        tables = {"documents": T_DOC, "claims": T_CLAIM, "people": T_PERSON, "organisations": T_ORG,
                  "tenures": T_TENURE, "reporting_lines": T_LINE, "org_parents": T_PARENT}
        with self._read() as s:
            conn = s.connection()
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one() for name, t in tables.items()}

    def load_facts(self, at: date | None = None, with_evidence: bool = True) -> FactSet:
        """Every person, organisation and fact; with `at`, only what may be active then.

        With `at` the people are those the loaded facts name and the organisations those
        they name or that nobody was ever placed in, so that a snapshot at `at` is the
        same as from everything. Equal dates, ids and titles are shared objects.
        """
        with collector_paused() as paused:
            with self._read() as s:
                if len(self._dates) > MEMO_LIMIT:
                    self._dates = FuzzyDateMemo()
                facts = read_facts(s.connection().connection.driver_connection, at, with_evidence, self._dates)
            paused.freeze = fact_count(facts) >= FREEZE_AT
        return facts

    def evidence_for(self, fact: Tenure | ReportingLine | OrgParent) -> tuple[Evidence, ...]:
        column = {Tenure: "tenure_id", ReportingLine: "line_id", OrgParent: "parent_id"}[type(fact)]
        with self._read() as s:
            conn = s.connection()
            paths = dict(conn.execute(select(T_DOC.c.id, T_DOC.c.path)).all())
            return tuple(_fact_evidence(conn, column, [fact.id], paths).get(fact.id, ()))

    # -- sync drafts into facts ------------------------------------------------
    def sync_drafts(self, drafts: "Drafts") -> SyncReport:
        """Make the extracted facts match `drafts`, by natural key, in one transaction.

        A rejected row stays rejected and a manual row keeps its values: both only gain
        new evidence. Proposed extracted rows that no draft supports any more are removed.
        """
        report = SyncReport()
        with self._write() as s:
            conn = s.connection()
            names = _NameIndex(conn, report)
            for name, aliases in sorted(drafts.people.items()):
                names.add_aliases(names.person(name), aliases, person=True)
            for name, aliases in sorted(drafts.orgs.items()):
                names.add_aliases(names.org(name), aliases, person=False)
            doc_ids = {p: i for i, p in conn.execute(select(T_DOC.c.id, T_DOC.c.path)).all()}

            def rows_for(draft_rows: Iterable[tuple[str, dict[str, Any], str, Sequence[Evidence]]], table, column):
                existing = {r["natural_key"]: r for r in conn.execute(
                    select(table).where(table.c.natural_key.is_not(None))).mappings()}
                have = _evidence_index(conn, column)
                seen: set[str] = set()
                for key, values, label, evidence in draft_rows:
                    seen.add(key)
                    row = existing.get(key)
                    wanted = _evidence_keys(evidence, doc_ids)
                    if row is None:
                        fact_id = conn.execute(table.insert().values(
                            natural_key=key, origin=Origin.EXTRACTED.value, status=Status.PROPOSED.value,
                            **values)).inserted_primary_key[0]
                        report.added += 1
                        report.added_facts.append(label)
                        _sync_evidence(conn, column, fact_id, {}, wanted, exact=False, report=None)
                        continue
                    frozen = row["origin"] == Origin.MANUAL.value or row["status"] == Status.REJECTED.value
                    if not frozen and any(row[k] != v for k, v in values.items()):
                        conn.execute(update(table).where(table.c.id == row["id"]).values(**values))
                        report.updated += 1
                    _sync_evidence(conn, column, row["id"], have.get(row["id"], {}), wanted, exact=not frozen,
                                   report=report)
                stale = [r["id"] for k, r in existing.items() if k not in seen
                         and r["origin"] == Origin.EXTRACTED.value and r["status"] == Status.PROPOSED.value]
                if stale:
                    conn.execute(delete(table).where(table.c.id.in_(stale)))
                    report.removed += len(stale)

            def tenure_rows():
                for d in drafts.tenures:
                    pid, oid = names.person(d.person), names.org(d.org)
                    values = dict(person_id=pid, org_id=oid, title=d.title, conflict=d.conflict,
                                  **fuzzy_columns("start", d.start), **fuzzy_columns("end", d.end),
                                  **fuzzy_columns("anchor", d.anchor))
                    label = f"{d.person} at {d.org}" + (f" as {d.title}" if d.title else "")
                    yield tenure_key(pid, oid, d.title, d.seq), values, label, d.evidence

            def line_rows():
                for d in drafts.lines:
                    pid, mid = names.person(d.person), names.person(d.manager)
                    kind = LineKind(d.kind)
                    values = dict(person_id=pid, manager_id=mid, kind=kind.value, conflict=d.conflict,
                                  **fuzzy_columns("start", d.start), **fuzzy_columns("end", d.end))
                    label = f"{d.person} reports to {d.manager}" + (" (dotted)" if kind is LineKind.DOTTED else "")
                    yield line_key(pid, mid, kind, d.seq), values, label, d.evidence

            def parent_rows():
                for d in drafts.parents:
                    oid, parent = names.org(d.org), names.org(d.parent)
                    values = dict(org_id=oid, parent_id=parent, conflict=getattr(d, "conflict", None),
                                  **fuzzy_columns("start", d.start), **fuzzy_columns("end", d.end))
                    yield parent_key(oid, parent, d.seq), values, f"{d.org} inside {d.parent}", d.evidence

            rows_for(tenure_rows(), T_TENURE, "tenure_id")
            rows_for(line_rows(), T_LINE, "line_id")
            rows_for(parent_rows(), T_PARENT, "parent_id")
            _set_meta(conn, FACTS_DIRTY, "0")
        return report


# -- helpers that run inside a session ------------------------------------------
class _NameIndex:
    """Finds people and organisations by name or alias (casefolded), creating them when new."""

    def __init__(self, conn, report: SyncReport):
        self.conn = conn
        self.report = report
        self.people = _name_index(conn, T_PERSON, T_PERSON_ALIAS, "person_id")
        self.orgs = _name_index(conn, T_ORG, T_ORG_ALIAS, "org_id")
        self.person_aliases = {(r[0], r[1]) for r in conn.execute(select(T_PERSON_ALIAS.c.person_id, T_PERSON_ALIAS.c.alias_key))}
        self.org_aliases = {(r[0], r[1]) for r in conn.execute(select(T_ORG_ALIAS.c.org_id, T_ORG_ALIAS.c.alias_key))}

    def person(self, name: str) -> int:
        return self._find_or_create(name, self.people, T_PERSON, person=True)

    def org(self, name: str) -> int:
        return self._find_or_create(name, self.orgs, T_ORG, person=False)

    def _find_or_create(self, name: str, index: dict[str, int], table, person: bool) -> int:
        key = name_key(name)
        found = index.get(key)
        if found is not None:
            return found
        new_id = self.conn.execute(table.insert().values(name=name.strip(), name_key=key)).inserted_primary_key[0]
        index[key] = new_id
        if person:
            self.report.people_added += 1
        else:
            self.report.orgs_added += 1
        return new_id

    def add_aliases(self, owner: int, aliases: Iterable[str], person: bool) -> None:
        table, column, seen, index = (
            (T_PERSON_ALIAS, "person_id", self.person_aliases, self.people) if person
            else (T_ORG_ALIAS, "org_id", self.org_aliases, self.orgs))
        for alias in sorted(set(aliases)):
            key = name_key(alias)
            if not key or (owner, key) in seen or index.get(key) not in (None, owner):
                continue
            self.conn.execute(table.insert().values(**{column: owner, "alias": alias.strip(), "alias_key": key}))
            seen.add((owner, key))
            index[key] = owner


def _name_index(conn, table, alias_table, owner_column: str) -> dict[str, int]:
    index: dict[str, int] = {}
    for owner, key in conn.execute(select(getattr(alias_table.c, owner_column), alias_table.c.alias_key)
                                   .order_by(alias_table.c.id.desc())):
        index[key] = owner
    for row_id, key in conn.execute(select(table.c.id, table.c.name_key).order_by(table.c.id.desc())):
        index[key] = row_id  # a name wins over an alias, the oldest row over newer ones
    return index


def _evidence_keys(evidence: Sequence[Evidence], doc_ids: dict[str, int]) -> dict[tuple[int, int, int], str]:
    out: dict[tuple[int, int, int], str] = {}
    for ev in evidence:
        doc_id = ev.document_id if ev.document_id is not None else doc_ids.get(ev.source)
        if doc_id is None:
            raise StoreError(f"evidence cites a document that is not stored: {ev.source}")
        out[(doc_id, ev.start, ev.end)] = ev.quote
    return out


def _evidence_index(conn, column: str) -> dict[int, dict[tuple[int, int, int], int]]:
    """fact id → {(document, start, end): evidence row id} for every fact of one kind."""
    owner = getattr(T_EVIDENCE.c, column)
    out: dict[int, dict[tuple[int, int, int], int]] = defaultdict(dict)
    for row_id, fact_id, doc_id, start, end in conn.execute(
            select(T_EVIDENCE.c.id, owner, T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start, T_EVIDENCE.c.span_end)
            .where(owner.is_not(None))):
        out[fact_id][(doc_id, start, end)] = row_id
    return out


def _sync_evidence(conn, column: str, fact_id: int, have: dict[tuple[int, int, int], int],
                   wanted: dict[tuple[int, int, int], str], exact: bool, report: SyncReport | None) -> None:
    new = [k for k in wanted if k not in have]
    if new:
        conn.execute(T_EVIDENCE.insert(), [
            {column: fact_id, "document_id": d, "span_start": a, "span_end": b, "quote": wanted[(d, a, b)]}
            for d, a, b in new])
        if report is not None:
            report.evidence_added += len(new)
    if exact:
        gone = [row_id for k, row_id in have.items() if k not in wanted]
        if gone:
            conn.execute(delete(T_EVIDENCE).where(T_EVIDENCE.c.id.in_(gone)))


def _insert_claim_evidence(conn, claim_id: int, evidence: Sequence[Evidence], text: str) -> None:
    have = {(r[0], r[1]) for r in conn.execute(
        select(T_CLAIM_EV.c.span_start, T_CLAIM_EV.c.span_end).where(T_CLAIM_EV.c.claim_id == claim_id))}
    for ev in evidence:
        if (ev.start, ev.end) in have:
            continue
        if text[ev.start:ev.end] != ev.quote:
            raise EvidenceMismatch(f"evidence span {ev.start}-{ev.end} does not hold its quote {ev.quote[:40]!r}")
        conn.execute(T_CLAIM_EV.insert().values(claim_id=claim_id, span_start=ev.start, span_end=ev.end, quote=ev.quote))
        have.add((ev.start, ev.end))


def _store_parent_statements(conn, doc_id: int, parents: Sequence[ParentStatement], text: str) -> None:
    existing = {r[0]: r[1] for r in conn.execute(select(T_PARENT_CLAIM.c.natural_key, T_PARENT_CLAIM.c.status)
                                                  .where(T_PARENT_CLAIM.c.document_id == doc_id))}
    kept = set()
    for org, parent, ev in parents:
        if text[ev.start:ev.end] != ev.quote:
            raise EvidenceMismatch(f"evidence span {ev.start}-{ev.end} does not hold its quote {ev.quote[:40]!r}")
        key = f"{doc_id}:{name_key(org)}:{name_key(parent)}:{ev.start}:{ev.end}"
        if key in kept:
            continue
        kept.add(key)
        if key not in existing:
            conn.execute(T_PARENT_CLAIM.insert().values(
                document_id=doc_id, natural_key=key, org=org, parent=parent, span_start=ev.start,
                span_end=ev.end, quote=ev.quote, status=Status.PROPOSED.value))
    stale = [k for k, status in existing.items() if k not in kept and status != Status.REJECTED.value]
    if stale:
        conn.execute(delete(T_PARENT_CLAIM).where(T_PARENT_CLAIM.c.natural_key.in_(stale)))


def _claim_evidence(conn, claim_ids: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    out: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for chunk in _chunks(claim_ids):
        for r in conn.execute(select(T_CLAIM_EV.c.claim_id, T_CLAIM_EV.c.span_start, T_CLAIM_EV.c.span_end,
                                     T_CLAIM_EV.c.quote).where(T_CLAIM_EV.c.claim_id.in_(chunk))
                              .order_by(T_CLAIM_EV.c.span_start)):
            out[r[0]].append((r[1], r[2], r[3]))
    return out


def _fact_evidence(conn, column: str, ids: list[int], paths: dict[int, str]) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = defaultdict(list)
    owner = getattr(T_EVIDENCE.c, column)
    if len(ids) > 5000:  # cheaper to read them all than to page through IN lists
        query = select(owner, T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start, T_EVIDENCE.c.span_end,
                       T_EVIDENCE.c.quote).where(owner.is_not(None))
        wanted = set(ids)
        rows = (r for r in conn.execute(query.order_by(T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start)) if r[0] in wanted)
    else:
        rows = (r for chunk in _chunks(ids) for r in conn.execute(
            select(owner, T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start, T_EVIDENCE.c.span_end, T_EVIDENCE.c.quote)
            .where(owner.in_(chunk)).order_by(T_EVIDENCE.c.document_id, T_EVIDENCE.c.span_start)))
    for fact_id, doc_id, start, end, quote in rows:
        out[fact_id].append(Evidence(paths.get(doc_id, ""), start, end, quote, doc_id))
    return out


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _set_meta(conn, key: str, value: str) -> None:
    if conn.execute(update(T_META).where(T_META.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(T_META.insert().values(key=key, value=value))


def _get_meta(conn, key: str) -> str | None:
    row = conn.execute(select(T_META.c.value).where(T_META.c.key == key)).first()
    return row[0] if row else None


def _published_columns(published: FuzzyDate | None) -> dict[str, Any]:
    return fuzzy_columns("published", published)


def _claim_columns(claim: Claim) -> dict[str, Any]:
    return dict(kind=claim.kind.value, person=claim.person, org=claim.org, role=claim.role, manager=claim.manager,
                confidence=float(claim.confidence), dotted=bool(claim.dotted),
                **fuzzy_columns("date", claim.date), **fuzzy_columns("as_of", claim.as_of))


# -- rows to domain objects -------------------------------------------------------
def _people(conn) -> dict[int, Person]:
    aliases: dict[int, list[str]] = defaultdict(list)
    for owner, alias in conn.execute(select(T_PERSON_ALIAS.c.person_id, T_PERSON_ALIAS.c.alias).order_by(T_PERSON_ALIAS.c.id)):
        aliases[owner].append(alias)
    return {i: Person(i, name, tuple(aliases.get(i, ()))) for i, name in conn.execute(select(T_PERSON.c.id, T_PERSON.c.name))}


def _orgs(conn) -> dict[int, Organisation]:
    aliases: dict[int, list[str]] = defaultdict(list)
    for owner, alias in conn.execute(select(T_ORG_ALIAS.c.org_id, T_ORG_ALIAS.c.alias).order_by(T_ORG_ALIAS.c.id)):
        aliases[owner].append(alias)
    return {i: Organisation(i, name, tuple(aliases.get(i, ()))) for i, name in conn.execute(select(T_ORG.c.id, T_ORG.c.name))}


def _document(r) -> Document:
    return Document(r["id"], r["path"], r["title"], fuzzy_from(r, "published"), r["checksum"])


def _claim(r, evidence: tuple[Evidence, ...]) -> Claim:
    return Claim(
        kind=ClaimKind(r["kind"]), person=r["person"], org=r["org"], role=r["role"], manager=r["manager"],
        date=fuzzy_from(r, "date"), as_of=fuzzy_from(r, "as_of"), evidence=evidence,
        confidence=r["confidence"], dotted=bool(r["dotted"]),
    )


def _tenure(r, evidence) -> Tenure:
    return Tenure(
        id=r["id"], person_id=r["person_id"], org_id=r["org_id"], title=r["title"],
        start=fuzzy_from(r, "start"), end=fuzzy_from(r, "end"), origin=Origin(r["origin"]),
        status=Status(r["status"]), evidence=tuple(evidence), edit_id=r["edit_id"], conflict=r["conflict"],
        anchor=fuzzy_from(r, "anchor"),
    )


def _line(r, evidence) -> ReportingLine:
    return ReportingLine(
        id=r["id"], person_id=r["person_id"], manager_id=r["manager_id"], kind=LineKind(r["kind"]),
        start=fuzzy_from(r, "start"), end=fuzzy_from(r, "end"), origin=Origin(r["origin"]),
        status=Status(r["status"]), evidence=tuple(evidence), edit_id=r["edit_id"], conflict=r["conflict"],
    )


def _parent(r, evidence) -> OrgParent:
    return OrgParent(
        id=r["id"], org_id=r["org_id"], parent_id=r["parent_id"], start=fuzzy_from(r, "start"),
        end=fuzzy_from(r, "end"), origin=Origin(r["origin"]), status=Status(r["status"]), evidence=tuple(evidence),
    )
