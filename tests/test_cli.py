"""The ingest, snapshot and diff commands through a subprocess: output, JSON, one-line errors."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence
from orgtracker.extract.reconcile import reconcile
from orgtracker.store import open_store

NOV = FuzzyDate.month(2025, 11)
TEXT = "Ann Lee joined Acme in 2020. Bob Ray is the CEO of Acme. Ann Lee reports to Bob Ray. Ann Lee left Acme."


def cli(*args, home=None):
    env = dict(os.environ)
    if home is not None:
        env["ORGTRACKER_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "orgtracker", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def _ev(sentence):
    start = TEXT.index(sentence)
    return (Evidence("doc.txt", start, start + len(sentence), sentence),)


@pytest.fixture
def db(tmp_path):
    """A database made through the store API (no extractor needed)."""
    path = tmp_path / "hand.sqlite"
    store = open_store(path)
    claims = [
        Claim(ClaimKind.JOIN, "Ann Lee", "Acme", "CTO", None, FuzzyDate.year(2020), NOV,
              _ev("Ann Lee joined Acme in 2020."), 0.9),
        Claim(ClaimKind.ROLE, "Bob Ray", "Acme", "CEO", None, None, NOV, _ev("Bob Ray is the CEO of Acme."), 0.9),
        Claim(ClaimKind.REPORTS_TO, "Ann Lee", None, None, "Bob Ray", None, NOV, _ev("Ann Lee reports to Bob Ray."), 0.9),
        Claim(ClaimKind.LEAVE, "Ann Lee", "Acme", None, None, FuzzyDate.day(date(2025, 12, 31)), NOV,
              _ev("Ann Lee left Acme."), 0.9),
    ]
    store.add_document("doc.txt", "Acme", NOV, "c1", TEXT, claims)
    store.sync_drafts(reconcile(store.live_claims(), {}))
    store.close()
    return path


def test_every_command_has_help():
    for name in ("ingest", "snapshot", "diff"):
        out = cli(name, "--help")
        assert out.returncode == 0 and "--db" in out.stdout


def test_snapshot_text_and_json(db):
    out = cli("snapshot", "--at", "2025-12-01", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "Acme" in out.stdout
    assert "Ann Lee, CTO — reports to Bob Ray" in out.stdout
    assert "  Bob Ray, CEO\n" in out.stdout  # known true in November 2025: surely begun by December
    mid = cli("snapshot", "--at", "2025-11-15", "--db", db)
    assert "Bob Ray, CEO (possibly)" in mid.stdout  # may have begun after the 15th
    data = json.loads(cli("snapshot", "--at", "2025-12-01", "--db", db, "--json").stdout)
    ann = next(p for p in data["people"] if p["person"] == "Ann Lee")
    assert (ann["org"], ann["title"], ann["manager"], ann["possible"]) == ("Acme", "CTO", "Bob Ray", False)
    assert [(e["person"], e["manager"], e["kind"]) for e in data["edges"]] == [("Ann Lee", "Bob Ray", "solid")]
    later = json.loads(cli("snapshot", "--at", "2026-01-01", "--db", db, "--json").stdout)
    assert "Ann Lee" not in {p["person"] for p in later["people"]}


def test_diff_text_and_json(db):
    out = cli("diff", "--from", "2019", "--to", "2026-02", "--db", db)
    assert out.returncode == 0, out.stderr
    data = json.loads(cli("diff", "--from", "2019-06-01", "--to", "2021-01-01", "--db", db, "--json").stdout)
    assert {(c["kind"], c["person"]) for c in data["changes"]} >= {("joined", "Ann Lee")}
    assert all(c["text"] for c in data["changes"])


@pytest.mark.parametrize("args, message", [
    (["snapshot", "--at", "2025-02-30"], "--at: not a date"),
    (["snapshot", "--at", "yesterday"], "--at: not a date"),
    (["diff", "--from", "2025", "--to", "nope"], "--to: not a date"),
    (["diff", "--from", "2026", "--to", "2025"], "is before --from"),
])
def test_bad_dates_give_one_line_and_a_failure(db, args, message):
    out = cli(*args, "--db", db)
    assert out.returncode != 0
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert out.stdout == ""


def test_snapshot_of_an_empty_or_missing_database_says_to_ingest(tmp_path):
    missing = cli("snapshot", "--at", "2025", "--db", tmp_path / "none.sqlite")
    assert missing.returncode != 0 and "run `orgtracker ingest" in missing.stderr
    assert not (tmp_path / "none.sqlite").exists()
    open_store(tmp_path / "empty.sqlite").close()
    empty = cli("snapshot", "--at", "2025", "--db", tmp_path / "empty.sqlite")
    assert empty.returncode != 0 and "empty" in empty.stderr and "orgtracker ingest" in empty.stderr


def test_a_file_that_is_not_a_database_is_one_line_and_left_alone(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    for args in (["snapshot", "--at", "2025"], ["ingest"], ["diff", "--from", "2024", "--to", "2025"]):
        out = cli(*args, "--db", notes)
        assert out.returncode != 0 and "not an orgtracker database" in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
    assert notes.read_text() == "hello"


def test_ingest_of_missing_paths_fails_with_one_line_each(tmp_path):
    out = cli("ingest", tmp_path / "a.txt", tmp_path / "b.txt", "--db", tmp_path / "db.sqlite")
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 2 and "no such file" in out.stderr


def test_an_internal_error_is_one_line_and_a_failure(tmp_path, monkeypatch, capsys):
    import orgtracker.ingest
    from orgtracker.cli import main

    def broken(*args, **kwargs):
        raise RuntimeError("something inside broke")

    monkeypatch.setattr(orgtracker.ingest, "ingest", broken)
    monkeypatch.delenv("ORGTRACKER_DEBUG", raising=False)
    assert main(["ingest", "--db", str(tmp_path / "x.sqlite")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["orgtracker ingest: internal error: RuntimeError: something inside broke "
                   "(run with ORGTRACKER_DEBUG=1 to see where)"]
