"""kill -9 at random moments during ingest and during edits: the file stays sound, nothing is half-written."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import LineKind
from orgtracker.ingest import ingest
from orgtracker.paths import seeds_dir
from orgtracker.store import editing, open_store

KILLS = 20
SEED = int(os.environ.get("ORGTRACKER_CRASH_SEED", "20251120"))

INGEST_WORKER = textwrap.dedent("""
    import sys
    from orgtracker.ingest import ingest
    from orgtracker.store import open_store

    store = open_store(sys.argv[1])
    print("ready", flush=True)
    ingest(store, sys.argv[2:])
    store.close()
    print("done", flush=True)
""")

EDIT_WORKER = textwrap.dedent("""
    import sys
    from datetime import date, timedelta
    from orgtracker.domain.dates import FuzzyDate
    from orgtracker.domain.facts import LineKind
    from orgtracker.store import editing, open_store

    store = open_store(sys.argv[1])
    people, managers = [int(x) for x in sys.argv[2].split(",")], [int(x) for x in sys.argv[3].split(",")]
    print("ready", flush=True)
    for n in range(400):
        person = people[n % len(people)]
        facts = store.load_facts(with_evidence=False)
        (line,) = [r for r in facts.live_lines() if r.person_id == person and r.end is None]
        other = managers[1 - managers.index(line.manager_id)]
        editing.set_manager(store, person, other, FuzzyDate.day(line.start.earliest + timedelta(days=1)),
                             force=True)
    print("done", flush=True)
""")


def worker_seconds(args: list[str]) -> float:
    """How long a worker runs from 'ready' to its end, so that kill delays match this machine's pace now."""
    proc = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with proc:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        start = time.perf_counter()
        proc.wait(timeout=300)
        assert proc.returncode == 0, proc.stderr.read()
        return time.perf_counter() - start


def run_and_kill(args: list[str], delay: float) -> bool:
    """Start a worker, wait until it is ready, kill -9 it after `delay` seconds; True if it finished first."""
    proc = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(delay)
        finished = proc.poll() is not None
        if not finished:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if finished:
            assert proc.returncode == 0, proc.stderr.read()
        return finished
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()


def assert_sound(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_during_ingest_leaves_each_document_whole_or_absent(tmp_path):
    docs = sorted(seeds_dir().glob("*.txt"))
    reference_db = tmp_path / "reference.sqlite"
    with open_store(reference_db) as store:
        ingest(store, docs)
        reference = {d.path: (store.document_text(d.id), len(store.claims(document_id=d.id))) for d in store.documents()}
        reference_counts = store.counts()
    assert len(reference) == len(docs) and all(n > 0 for _, n in reference.values())

    scratch = tmp_path / "timing.sqlite"
    open_store(scratch).close()
    busy = worker_seconds([INGEST_WORKER, str(scratch), *map(str, docs)])  # as long as the killed runs take

    rng = random.Random(SEED)
    outcomes = []
    for attempt in range(KILLS):
        db = tmp_path / f"killed-{attempt}.sqlite"
        open_store(db).close()
        finished = run_and_kill([INGEST_WORKER, str(db), *map(str, docs)], rng.uniform(0, busy * 1.1))
        assert_sound(db)
        with open_store(db) as store:
            stored = store.documents()
            for doc in stored:  # whole or absent: its text and every claim it makes, or nothing at all
                text, claims = reference[doc.path]
                assert store.document_text(doc.id) == text, (attempt, doc.path)
                mine = store.claims(document_id=doc.id)
                assert len(mine) == claims, (attempt, doc.path)
                assert all(text[e.start:e.end] == e.quote for c in mine for e in c.claim.evidence)
            outcomes.append((finished, len(stored)))
            if attempt % 5 == 4:  # the next ingest completes what was cut off
                ingest(store, docs)
                assert store.counts() == reference_counts
                assert not store.facts_dirty()
    cut = [n for finished, n in outcomes if not finished]
    assert len(cut) >= KILLS // 2, outcomes  # most kills landed mid-ingest
    assert len(set(cut)) >= 2, outcomes  # at different points


@pytest.mark.slow
def test_kill_during_edits_leaves_each_edit_applied_or_absent(tmp_path):
    db = tmp_path / "edits.sqlite"
    start = FuzzyDate.day(date(2020, 1, 1))
    with open_store(db) as store:
        for name in ("Person 0", "Person 1", "Person 2", "Person 3", "Boss A", "Boss B"):
            editing.add_person(store, name)
        ids = {p.name: p.id for p in store.load_facts().people.values()}
        people = [ids[f"Person {i}"] for i in range(4)]
        managers = [ids["Boss A"], ids["Boss B"]]
        for person in people:
            editing.set_manager(store, person, managers[0], start, force=True)  # bosses at no organisation
        edits_before = len(editing.history(store))
    args = [EDIT_WORKER, str(db), ",".join(map(str, people)), ",".join(map(str, managers))]

    rng = random.Random(SEED + 1)
    applied = []
    for attempt in range(KILLS):
        finished = run_and_kill(args, rng.uniform(0.05, 0.6))
        assert not finished, "the worker ran out of edits before it was killed"
        assert_sound(db)
        with open_store(db) as store:
            history = editing.history(store)
            lines = store.load_facts(with_evidence=False).live_lines()
        set_manager_edits = [e for e in history if e.action == "set_manager"]
        assert all(e.summary for e in history)  # the audit row is completed in the edit's own transaction
        assert len(lines) == len(set_manager_edits), attempt  # one new line per edit, never a half
        for person in people:
            mine = sorted((r for r in lines if r.person_id == person and r.kind is LineKind.SOLID),
                          key=lambda r: r.start.earliest)
            assert [r.end for r in mine[:-1]] == [r.start for r in mine[1:]], (attempt, person)
            assert mine[-1].end is None
            assert [r.manager_id for r in mine] == [managers[i % 2] for i in range(len(mine))]
        applied.append(len(history) - edits_before)
    assert applied == sorted(applied) and applied[-1] > applied[0]  # edits went on between kills


def test_a_copy_taken_mid_write_is_never_half_a_document(tmp_path):
    """What a backup tool copying the files during an ingest sees: the last committed state."""
    db = tmp_path / "live.sqlite"
    docs = sorted(seeds_dir().glob("*.txt"))[:2]
    with open_store(db) as store:
        ingest(store, docs[:1])
        snapshot = tmp_path / "copy.sqlite"
        for suffix in ("", "-wal"):
            if Path(f"{db}{suffix}").exists():
                shutil.copy(f"{db}{suffix}", f"{snapshot}{suffix}")
        ingest(store, docs[1:])
    assert_sound(snapshot)
    with open_store(snapshot) as copy:
        assert len(copy.documents()) == 1
