"""Two processes writing one database at once: no lost document, no 'database is locked', no corruption."""

import sqlite3
import subprocess
import sys
import textwrap

WRITER = textwrap.dedent("""
    import sys
    from orgtracker.domain.dates import FuzzyDate
    from orgtracker.domain.facts import Claim, ClaimKind, Evidence
    from orgtracker.extract.reconcile import reconcile
    from orgtracker.store import open_store

    db, tag = sys.argv[1], sys.argv[2]
    store = open_store(db)
    for i in range(15):
        person = f"Person {tag}{i}"
        text = f"{person} joined Acme in 2020."
        ev = (Evidence(f"{tag}{i}.txt", 0, len(text), text),)
        claim = Claim(ClaimKind.JOIN, person, "Acme", None, None, FuzzyDate.year(2020), None, ev, 0.9)
        store.add_document(f"{tag}{i}.txt", "t", None, f"{tag}-{i}", text, [claim])
        store.sync_drafts(reconcile(store.live_claims(), {}))
    store.close()
""")


def test_two_writers_at_once(tmp_path):
    db = tmp_path / "shared.sqlite"
    from orgtracker.store import open_store

    open_store(db).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), tag], stderr=subprocess.PIPE, text=True)
             for tag in "ab"]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    store = open_store(db)
    counts = store.counts()
    facts = store.load_facts()
    store.close()
    assert counts["documents"] == 30 and counts["tenures"] == 30
    assert len({p.name for p in facts.people.values()}) == 30
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
