"""Database faults: corrupt, foreign, newer, read-only and full files give one line and lose nothing; old schemas migrate.

Run `python tests/test_reliability_database.py VERSION` to write tests/data/schema/vVERSION.db, a database
of that schema version with a little of everything in it, built by the frozen migration steps.
"""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from orgtracker import cli
from orgtracker.domain.facts import Status
from orgtracker.store import StoreError, editing, engine, open_store
from orgtracker.store.migrations import SCHEMA_VERSION, migrate

FIXTURES = Path(__file__).parent / "data" / "schema"
TEXT = "Acme hired Ann Lee as CTO in 2020. Ann Lee reports to Bo Chan."

# Rows in the version-1 tables: a document, a claim with its quote, two people, an organisation with an
# alias, a tenure and a reporting line citing the document, an edit in the audit log.
V1_ROWS = [
    ("INSERT INTO document VALUES (1, 'old.txt', 'Old article', '2025-11', 'month', '2025-11-01', '2025-11-30',"
     " 'sum-old', ?, '2025-11-20 10:00:00.000000')", (TEXT,)),
    ("INSERT INTO claim VALUES (1, 1, '1:k', 'join', 'Ann Lee', 'Acme', 'CTO', NULL, '2020', 'year',"
     " '2020-01-01', '2020-12-31', '2025-11', 'month', '2025-11-01', '2025-11-30', 0.9, 0, 'accepted')", ()),
    ("INSERT INTO claim_evidence VALUES (1, 1, 0, 34, ?)", (TEXT[:34],)),
    ("INSERT INTO person VALUES (1, 'Ann Lee', 'ann lee')", ()),
    ("INSERT INTO person VALUES (2, 'Bo Chan', 'bo chan')", ()),
    ("INSERT INTO person_alias VALUES (1, 1, 'A. Lee', 'a lee')", ()),
    ("INSERT INTO organisation VALUES (1, 'Acme', 'acme')", ()),
    ("INSERT INTO org_alias VALUES (1, 1, 'Acme Corp', 'acme corp')", ()),
    ("INSERT INTO edit VALUES (1, '2025-11-21 09:00:00.000000', 'add_person', 'New person: Bo Chan', '{}', '{}', 0)", ()),
    ("INSERT INTO tenure VALUES (1, 1, 1, 'CTO', '2020', 'year', '2020-01-01', '2020-12-31', NULL, NULL, NULL, NULL,"
     " NULL, NULL, NULL, NULL, 'extracted', 'accepted', NULL, 'tenure:1:1:cto:0', NULL)", ()),
    ("INSERT INTO reporting_line VALUES (1, 1, 2, 'solid', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
     " 'manual', 'accepted', NULL, NULL, 1)", ()),
    ("INSERT INTO fact_evidence VALUES (1, 1, NULL, NULL, 1, 0, 34, ?)", (TEXT[:34],)),
    ("INSERT INTO meta VALUES ('facts_dirty', '0')", ()),
]


def build_fixture(path: Path, version: int) -> None:
    """A database at `version`: the frozen steps up to 1, the sample rows, then the steps up to `version`."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=min(version, 1))
    if version >= 1:
        conn.execute("BEGIN")
        for sql, params in V1_ROWS:
            conn.execute(sql, params)
        conn.execute("COMMIT")
    migrate(conn, target=version)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def assert_sample_survived(store) -> None:
    (doc,) = store.documents()
    assert doc.path == "old.txt" and store.document_text(doc.id) == TEXT
    (claim,) = store.claims()
    assert claim.status is Status.ACCEPTED and claim.claim.quote == TEXT[:34]
    facts = store.load_facts()
    assert {p.name for p in facts.people.values()} == {"Ann Lee", "Bo Chan"}
    (tenure,) = facts.tenures
    assert tenure.title == "CTO" and [e.quote for e in tenure.evidence] == [TEXT[:34]]
    (line,) = facts.lines
    assert (line.person_id, line.manager_id) == (1, 2)
    assert [e.summary for e in editing.history(store)] == ["New person: Bo Chan"]


# -- migrations --------------------------------------------------------------------------------------
@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_committed_file_of_each_earlier_schema_opens_with_its_data(tmp_path, version):
    fixture = FIXTURES / f"v{version}.db"
    assert fixture.exists(), f"no fixture for schema {version}: run python {Path(__file__).name} {version}"
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with open_store(path) as store:
        assert_sample_survived(store)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert integrity(path) == "ok"


@pytest.mark.parametrize("version", range(0, SCHEMA_VERSION))
def test_a_file_built_by_each_earlier_schema_migrates(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    build_fixture(path, version)
    with open_store(path) as store:
        if version >= 1:
            assert_sample_survived(store)
        else:
            assert store.is_empty()
        store.add_document("new.txt", "New", None, "sum-new", "Zed Ray joined Acme.", [])
    assert integrity(path) == "ok"


def test_the_committed_fixtures_match_the_frozen_steps(tmp_path):
    """A change to an old migration step (which must never happen) shows up as a different schema."""
    for fixture in sorted(FIXTURES.glob("v*.db")):
        version = int(fixture.stem[1:])
        built = tmp_path / fixture.name
        build_fixture(built, version)
        schemas = []
        for path in (fixture, built):
            conn = sqlite3.connect(path)
            schemas.append(conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall())
            conn.close()
        assert schemas[0] == schemas[1], fixture.name


# -- files that are not (usable) orgtracker databases -------------------------------------------------
def _newer(path: Path) -> None:
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()


def _corrupt_header(path: Path) -> None:
    open_store(path).close()
    data = bytearray(path.read_bytes())
    data[16:100] = b"\xee" * 84  # page size and format fields destroyed
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    open_store(path).close()
    path.write_bytes(path.read_bytes()[:1000])


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()


BAD_FILES = {
    "text": (lambda p: p.write_text("my notes\n"), "not an orgtracker database"),
    "random bytes": (lambda p: p.write_bytes(bytes(range(256)) * 64), "not an orgtracker database"),
    "another app's SQLite": (_foreign, "not an orgtracker one"),
    "newer schema": (_newer, "newer than this orgtracker"),
    "corrupt header": (_corrupt_header, "corrupt"),
    "truncated": (_truncated, "corrupt"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_database_file_is_one_line_and_left_untouched(tmp_path, kind, capsys):
    make, words = BAD_FILES[kind]
    path = tmp_path / "db.sqlite"
    make(path)
    before = digest(path)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert "\n" not in str(info.value) and words in str(info.value) and str(path) in str(info.value)
    assert cli.main(["ingest", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("orgtracker ingest: ") and "Traceback" not in err
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_damage_inside_a_table_is_a_store_error_when_read(tmp_path):
    path = tmp_path / "db.sqlite"
    with open_store(path) as store:
        store.add_document("a.txt", "A", None, "sum-a", "Ann Lee joined Acme. " * 2000, [])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'document'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StoreError) as info:
        with open_store(path) as store:
            store.documents()
    assert "corrupt" in str(info.value) and "\n" not in str(info.value)
    assert digest(path) == before


# -- read-only and full ---------------------------------------------------------------------------------
@pytest.fixture
def immutable(tmp_path):
    """Make a file immutable (chattr +i): unwritable even for root, as tests here run."""
    made = []

    def make(path: Path) -> None:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("chattr +i is not available here")
        made.append(path)

    yield make
    for path in made:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_read_only_database_can_be_read_and_refuses_writes_in_one_line(tmp_path, immutable, capsys):
    path = tmp_path / "db.sqlite"
    build_fixture(path, SCHEMA_VERSION)
    before = digest(path)
    immutable(path)
    with open_store(path) as store:
        assert_sample_survived(store)
        with pytest.raises(StoreError, match="readonly") as info:
            store.add_document("b.txt", "B", None, "sum-b", "Zed Ray joined Acme.", [])
        assert "\n" not in str(info.value)
        with pytest.raises(StoreError, match="readonly"):
            editing.add_person(store, "Cy Dee")
    doc = tmp_path / "b.txt"
    doc.write_text("Zed Ray joined Acme Corp as chief executive in 2021.\n")
    assert cli.main(["ingest", "--db", str(path), str(doc)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "readonly" in err
    assert digest(path) == before


@pytest.fixture
def full_disk(monkeypatch):
    """Every new connection may not grow the file past its present size: SQLITE_FULL, as on a full disk."""
    original = engine._on_connect

    def no_room(dbapi_conn, record):
        original(dbapi_conn, record)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 1}")

    monkeypatch.setattr(engine, "_on_connect", no_room)


def test_a_full_disk_stops_with_one_line_and_keeps_what_was_stored(tmp_path, full_disk, capsys):
    path = tmp_path / "db.sqlite"
    build_fixture(path, SCHEMA_VERSION)
    big = tmp_path / "big.txt"
    big.write_text("Zed Ray joined Acme Corp as chief executive in 2021. " * 4000)
    with open_store(path) as store:
        with pytest.raises(StoreError, match="disk is full") as info:
            store.add_document(str(big), "Big", None, "sum-big", big.read_text(), [])
        assert "\n" not in str(info.value)
        assert_sample_survived(store)  # the failed transaction left nothing behind
    assert cli.main(["ingest", "--db", str(path), str(big)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "disk is full" in err and "Traceback" not in err
    assert integrity(path) == "ok"
    with open_store(path) as store:
        assert_sample_survived(store)


def test_after_a_full_disk_the_next_ingest_succeeds(tmp_path, monkeypatch, full_disk):
    path = tmp_path / "db.sqlite"
    build_fixture(path, SCHEMA_VERSION)
    big = tmp_path / "big.txt"
    big.write_text("Zed Ray joined Acme Corp as chief executive in 2021. " * 4000)
    assert cli.main(["ingest", "--db", str(path), str(big)]) == 2
    monkeypatch.undo()  # space freed
    assert cli.main(["ingest", "--db", str(path), str(big)]) == 0
    with open_store(path) as store:
        assert len(store.documents()) == 2


if __name__ == "__main__":
    wanted = int(sys.argv[1])
    FIXTURES.mkdir(parents=True, exist_ok=True)
    target = FIXTURES / f"v{wanted}.db"
    target.unlink(missing_ok=True)
    build_fixture(target, wanted)
    print(target)
