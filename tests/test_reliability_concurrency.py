"""A CLI ingest while another process edits and this one reads: no 'database is locked', no lost edit."""

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from orgtracker.paths import seeds_dir
from orgtracker.store import editing, open_store

EDITOR = textwrap.dedent("""
    import os, sys
    from orgtracker.store import editing, open_store

    store = open_store(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while not os.path.exists(sys.argv[2]) or i < 10:  # edit until the ingest is over
        editing.add_person(store, f"Editor Person {i}")
        facts = store.load_facts(with_evidence=False)
        ids = sorted(p.id for p in facts.people.values() if p.name.startswith("Editor Person"))
        if len(ids) >= 2 and i % 3 == 0:
            from orgtracker.domain.dates import FuzzyDate
            editing.set_manager(store, ids[-1], ids[0], FuzzyDate.parse("2024-01"), force=True)
        i += 1
    store.close()
    print(i, flush=True)
""")


@pytest.mark.slow
def test_cli_ingest_while_another_process_edits_and_this_one_reads(tmp_path):
    db = tmp_path / "shared.sqlite"
    open_store(db).close()
    stop = tmp_path / "ingest-finished"
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(db), str(stop)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert editor.stdout.readline().strip() == "ready"
    ingester = subprocess.Popen([sys.executable, "-m", "orgtracker", "ingest", "--db", str(db), str(seeds_dir())],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reads = 0
    with open_store(db) as reader:
        while editor.poll() is None:
            if ingester.poll() is not None:
                stop.touch()
            reader.load_facts()
            reader.documents()
            reads += 1
            time.sleep(0.01)
    ed_out, ed_err = editor.communicate(timeout=60)
    edits = int(ed_out.strip())
    in_out, in_err = ingester.communicate(timeout=60)
    assert editor.returncode == 0, ed_err
    assert ingester.returncode == 0, in_err
    assert "locked" not in ed_err + in_err and "Traceback" not in ed_err + in_err
    assert reads > 5 and edits > 10, (reads, edits)  # the edits went on all through the ingest

    with open_store(db) as store:
        facts = store.load_facts(with_evidence=False)
        history = editing.history(store)
        names = {p.name for p in facts.people.values()}
        assert {f"Editor Person {i}" for i in range(edits)} <= names  # no edit lost to the ingest
        manual = [r for r in facts.lines if r.origin.value == "manual"]
        assert len(manual) == len([e for e in history if e.action == "set_manager"])
        assert len(store.documents()) == len(list(seeds_dir().glob("*.txt")))
        assert not store.facts_dirty()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_reader_holding_a_snapshot_does_not_block_a_writer(tmp_path):
    db = tmp_path / "db.sqlite"
    open_store(db).close()
    reader = sqlite3.connect(db, timeout=0.1)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()  # a read transaction stays open
    try:
        with open_store(db) as store:
            editing.add_person(store, "Written Meanwhile")
            assert "Written Meanwhile" in {p.name for p in store.load_facts().people.values()}
        assert reader.execute("SELECT count(*) FROM person").fetchone()[0] == 0  # its snapshot is unchanged
    finally:
        reader.rollback()
        reader.close()
