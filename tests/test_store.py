"""The store: schema and pragmas, refusals, documents and claims, syncing drafts into facts."""

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence, Origin, Status
from orgtracker.extract.reconcile import reconcile
from orgtracker.store import EvidenceMismatch, StoreError, open_store
from orgtracker.store import tables  # noqa: F401  (registers the tables)
from orgtracker.store.migrations import SCHEMA_VERSION

TEXT = "Acme hired Ann Lee as CTO in 2020. Ann Lee reports to Bo Chan. Bo Chan is the CEO of Acme."
NOV = FuzzyDate.month(2025, 11)


def span_of(sentence, text=TEXT, source="doc.txt"):
    start = text.index(sentence)
    return Evidence(source, start, start + len(sentence), sentence)


def doc_claims(source="doc.txt", text=TEXT):
    s1 = span_of("Acme hired Ann Lee as CTO in 2020.", text, source)
    s2 = span_of("Ann Lee reports to Bo Chan.", text, source)
    s3 = span_of("Bo Chan is the CEO of Acme.", text, source)
    return [
        Claim(ClaimKind.JOIN, "Ann Lee", "Acme", "CTO", None, FuzzyDate.year(2020), NOV, (s1,), 0.9),
        Claim(ClaimKind.REPORTS_TO, "Ann Lee", None, None, "Bo Chan", None, NOV, (s2,), 0.8),
        Claim(ClaimKind.ROLE, "Bo Chan", "Acme", "CEO", None, None, NOV, (s3,), 0.9),
    ]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "t.sqlite")
    yield s
    s.close()


def add(store, path="doc.txt", text=TEXT, checksum="c1", claims=None):
    return store.add_document(path, "A title", NOV, checksum, text, doc_claims(path, text) if claims is None else claims)


def rebuild(store):
    return store.sync_drafts(reconcile(store.live_claims(), {}))


def test_new_database_has_the_schema_version_and_pragmas(tmp_path, store):
    conn = sqlite3.connect(tmp_path / "t.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with store._engine.connect() as c:
        raw = c.connection.driver_connection
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_the_frozen_first_migration_matches_the_tables(tmp_path, store):
    """The DDL written into migrations must create what the SQLModel tables describe."""
    fresh = create_engine(f"sqlite:///{tmp_path / 'meta.sqlite'}")
    SQLModel.metadata.create_all(fresh)

    def schema(path):
        conn = sqlite3.connect(path)
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        out = {n: conn.execute(f"PRAGMA table_info({n})").fetchall() for n in names}
        out["indexes"] = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'"))
        out["fks"] = {n: conn.execute(f"PRAGMA foreign_key_list({n})").fetchall() for n in names}
        conn.close()
        return out

    assert schema(tmp_path / "t.sqlite") == schema(tmp_path / "meta.sqlite")
    fresh.dispose()


def test_refuses_a_database_newer_than_the_code(tmp_path):
    path = tmp_path / "new.sqlite"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes\n")
    with pytest.raises(StoreError, match="not an orgtracker database"):
        open_store(path)
    assert path.read_text() == "just some notes\n"


def test_refuses_another_applications_sqlite_file(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an orgtracker"):
        open_store(path)


def test_refuses_a_corrupt_file(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    open_store(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        open_store(path)


def test_refuses_a_folder_and_a_missing_parent(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such.sqlite")


def test_foreign_keys_are_enforced(store):
    from sqlalchemy import insert

    from orgtracker.store.tables import TenureRow

    with pytest.raises(StoreError):
        with store._write() as s:
            s.connection().execute(insert(TenureRow.__table__).values(person_id=999, org_id=999))


def test_a_document_and_its_claims_go_in_once(store):
    first = add(store)
    assert first.claims_added == 3
    assert add(store) is None  # same checksum: nothing added
    assert store.counts()["documents"] == 1 and store.counts()["claims"] == 3
    (doc,) = store.documents()
    assert (doc.title, doc.published, doc.checksum) == ("A title", NOV, "c1")
    assert store.document_text(doc.id) == TEXT
    stored = store.claims()
    assert [c.claim.kind for c in stored] == [ClaimKind.JOIN, ClaimKind.REPORTS_TO, ClaimKind.ROLE]
    assert stored[0].claim.date == FuzzyDate.year(2020) and stored[0].claim.as_of == NOV
    assert all(c.status is Status.PROPOSED for c in stored)
    for c in stored:
        e = c.claim.evidence[0]
        assert TEXT[e.start:e.end] == e.quote and e.document_id == doc.id


def test_a_claim_whose_span_misses_its_quote_stores_nothing(store):
    bad = Claim(ClaimKind.ROLE, "Ann Lee", "Acme", "CTO", None, None, NOV, (Evidence("doc.txt", 0, 5, "Ann L"),), 0.5)
    with pytest.raises(EvidenceMismatch):
        add(store, claims=[bad])
    assert store.counts()["documents"] == 0 and store.counts()["claims"] == 0


def test_a_new_version_of_a_document_keeps_the_review_status_of_claims_it_still_makes(store):
    add(store)
    join = store.claims()[0]
    store.set_claim_status(join.id, Status.ACCEPTED)
    role = [c for c in store.claims() if c.claim.kind is ClaimKind.ROLE][0]
    store.set_claim_status(role.id, Status.REJECTED)
    text2 = TEXT + " Ann Lee reports to Bo Chan."
    claims2 = doc_claims("doc.txt", text2)[:2]  # the role claim is gone from the new version
    result = store.add_document("doc.txt", "A title", NOV, "c2", text2, claims2)
    assert result.replaced and result.claims_added == 0
    by_kind = {c.claim.kind: c for c in store.claims()}
    assert by_kind[ClaimKind.JOIN].status is Status.ACCEPTED and by_kind[ClaimKind.JOIN].id == join.id
    assert by_kind[ClaimKind.ROLE].status is Status.REJECTED  # kept so it cannot come back
    assert store.counts()["documents"] == 1


def test_sync_creates_facts_with_evidence_and_is_idempotent(store):
    add(store)
    assert store.facts_dirty()
    first = rebuild(store)
    assert first.added == 3 and first.people_added == 2 and first.orgs_added == 1
    assert not store.facts_dirty()
    facts = store.load_facts()
    names = {p.name for p in facts.people.values()}
    assert names == {"Ann Lee", "Bo Chan"}
    ann = next(p.id for p in facts.people.values() if p.name == "Ann Lee")
    (t,) = [t for t in facts.tenures if t.person_id == ann]
    assert (t.title, t.start, t.origin, t.status) == ("CTO", FuzzyDate.year(2020), Origin.EXTRACTED, Status.PROPOSED)
    assert [e.quote for e in t.evidence] == ["Acme hired Ann Lee as CTO in 2020."]
    assert store.evidence_for(t) == t.evidence
    (line,) = facts.lines
    assert facts.people[line.manager_id].name == "Bo Chan"
    second = rebuild(store)
    assert not second.changed
    assert store.load_facts() == facts


def test_rejected_fact_stays_rejected_and_gains_evidence(store):
    add(store)
    rebuild(store)
    t = next(t for t in store.load_facts().tenures if t.title == "CTO")
    with store._write() as s:
        s.connection().exec_driver_sql("UPDATE tenure SET status = 'rejected' WHERE id = ?", (t.id,))
    text2 = "Acme hired Ann Lee as CTO in 2020, it said."
    s2 = span_of("Acme hired Ann Lee as CTO in 2020", text2, "doc2.txt")
    store.add_document("doc2.txt", "B", NOV, "c2", text2,
                       [Claim(ClaimKind.JOIN, "Ann Lee", "Acme", "CTO", None, FuzzyDate.year(2020), NOV, (s2,), 0.9)])
    report = rebuild(store)
    assert report.added == 0 and report.evidence_added == 1
    again = next(x for x in store.load_facts().tenures if x.id == t.id)
    assert again.status is Status.REJECTED
    assert len(again.evidence) == 2


def test_manual_fact_is_never_overwritten(store):
    add(store)
    rebuild(store)
    t = next(t for t in store.load_facts().tenures if t.title == "CTO")
    with store._write() as s:
        s.connection().exec_driver_sql(
            "UPDATE tenure SET origin = 'manual', start_iso = '2019', start_precision = 'year', "
            "start_earliest = '2019-01-01', start_latest = '2019-12-31' WHERE id = ?", (t.id,))
    report = rebuild(store)
    assert report.updated == 0 and report.added == 0
    again = next(x for x in store.load_facts().tenures if x.id == t.id)
    assert again.origin is Origin.MANUAL and again.start == FuzzyDate.year(2019)


def test_rejecting_a_claim_removes_the_fact_only_it_supported(store):
    add(store)
    rebuild(store)
    line_claim = next(c for c in store.claims() if c.claim.kind is ClaimKind.REPORTS_TO)
    store.set_claim_status(line_claim.id, "rejected")
    assert store.facts_dirty()
    report = rebuild(store)
    assert report.removed == 1 and store.load_facts().lines == []


def test_load_facts_at_a_date_keeps_only_what_may_be_active(store):
    add(store)
    rebuild(store)
    everything = store.load_facts()
    assert len(store.load_facts(at=date(2019, 6, 1)).tenures) < len(everything.tenures)
    assert len(store.load_facts(at=date(2025, 11, 20)).tenures) == len(everything.tenures)


def test_untrusted_names_are_stored_literally(store):
    name = "<img src=x> Robert'); DROP TABLE person;--"
    text = f"{name} is the CEO of Acme."
    s = span_of(text, text)
    store.add_document("evil.txt", "E", NOV, "e1", text,
                       [Claim(ClaimKind.ROLE, name, "Acme", "CEO", None, None, NOV, (s,), 0.9)])
    rebuild(store)
    assert name in {p.name for p in store.load_facts().people.values()}


def test_a_version_1_database_is_migrated_keeping_its_data(tmp_path):
    from orgtracker.store.migrations import migrate

    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("INSERT INTO person (name, name_key) VALUES ('Ann Lee', 'ann lee')")
    conn.close()
    store = open_store(path)
    assert {p.name for p in store.load_facts().people.values()} == {"Ann Lee"}
    assert store.parent_statements() == []
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    conn.close()
