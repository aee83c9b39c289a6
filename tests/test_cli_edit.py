"""The edit, history and review commands: names to ids, the same rules as the app, one line on refusal."""

import json
from datetime import date

import pytest
from edits_world import ingest_toy, manager_at, pid, write_articles

from orgtracker import cli
from orgtracker.domain.facts import Status
from orgtracker.store import open_store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "db.sqlite"
    with open_store(path) as store:
        ingest_toy(store, write_articles(tmp_path / "docs", ["a.txt", "b.txt"]))
    return path


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_set_manager_by_part_of_a_name_and_history(db, capsys):
    code, out, err = run(capsys, "edit", "set-manager", "LeCun", "Zuckerberg", "--from", "2025-12-01", "--db", str(db))
    assert code == 0 and "Yann LeCun reports to Mark Zuckerberg" in out, err
    with open_store(db) as store:
        facts = store.load_facts()
        assert manager_at(facts, pid(facts, "Yann LeCun"), date(2025, 12, 5)) == pid(facts, "Mark Zuckerberg")
    code, out, _ = run(capsys, "history", "--db", str(db))
    assert code == 0 and "set_manager" in out and "Yann LeCun" in out
    code, out, _ = run(capsys, "history", "--json", "--db", str(db))
    (entry,) = json.loads(out)
    assert entry["action"] == "set_manager" and "reporting_line" in entry["before"] and "reporting_line" in entry["after"]


def test_validation_is_one_line_and_a_non_zero_exit(db, capsys):
    code, out, err = run(capsys, "edit", "set-manager", "Wang", "LeCun", "--from", "2025-12", "--db", str(db))
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1 and "cycle" in err
    code, _, err = run(capsys, "edit", "set-manager", "Nobody Atall", "LeCun", "--from", "2025-12", "--db", str(db))
    assert code != 0 and "No person on record matches" in err
    code, _, err = run(capsys, "edit", "set-manager", "LeCun", "Zuckerberg", "--from", "2025-13", "--db", str(db))
    assert code != 0 and "--from" in err
    code, _, err = run(capsys, "edit", "set-manager", "LeCun", "Pineau", "--from", "2025-12-01", "--db", str(db))
    assert code != 0 and "--force" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "edit", "set-manager", "LeCun", "Pineau", "--from", "2025-12-01", "--force", "--db", str(db))
    assert code == 0 and "overridden warning" in out


def test_end_tenure_merge_rename(db, tmp_path, capsys):
    assert run(capsys, "edit", "end-tenure", "LeCun", "Meta", "--on", "2026-01-01", "--db", str(db))[0] == 0
    assert run(capsys, "edit", "add-org", "LeCun's startup", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "edit", "rename", "LeCun's startup", "Advanced Machine Intelligence", "--db", str(db))
    assert code == 0 and "Renamed organisation" in out
    assert run(capsys, "edit", "add-person", "Yan LeCun", "--db", str(db))[0] == 0
    code, _, err = run(capsys, "edit", "merge", "LeCun", "Yan LeCun", "--db", str(db))
    assert code != 0 and "use a fuller name" in err  # "LeCun" alone is ambiguous now
    code, out, _ = run(capsys, "edit", "merge", "Yann LeCun", "Yan LeCun", "--db", str(db))
    assert code == 0 and "Merged person Yan LeCun into Yann LeCun" in out
    with open_store(db) as store:
        facts = store.load_facts()
        assert "Advanced Machine Intelligence" in {o.name for o in facts.orgs.values()}
        assert "Yan LeCun" in facts.people[pid(facts, "Yann LeCun")].aliases


def test_review_list_accept_reject(db, capsys):
    code, out, _ = run(capsys, "review", "--json", "--db", str(db))
    items = json.loads(out)
    assert code == 0 and items and all(i["status"] == "proposed" for i in items)
    first = items[0]
    assert first["sentence"] and first["highlights"] and "confidence" in first
    code, out, _ = run(capsys, "review", "reject", str(first["id"]), "--db", str(db))
    assert code == 0 and "Rejected" in out
    code, out, _ = run(capsys, "review", "accept", str(items[1]["id"]), "--db", str(db))
    assert code == 0
    with open_store(db) as store:
        status = {c.id: c.status for c in store.claims()}
    assert status[first["id"]] is Status.REJECTED and status[items[1]["id"]] is Status.ACCEPTED
    code, out, _ = run(capsys, "review", "--db", str(db))
    assert f"{first['id']:>5}  [" not in out
    code, _, err = run(capsys, "review", "reject", "99999", "--db", str(db))
    assert code != 0 and "no claim with id 99999" in err.lower()


def test_missing_database_is_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "history", "--db", str(tmp_path / "none.sqlite"))
    assert code != 0 and "no database" in err


def test_review_reject_a_whole_document_and_undo_it(db, capsys):
    with open_store(db) as store:
        docs = {d.path.rsplit("/", 1)[-1]: d.id for d in store.documents()}
        before = {c.id: (c.document_id, c.status) for c in store.claims()}
        facts_before = _fact_rows(store)
    a, b = docs["a.txt"], docs["b.txt"]
    code, out, _ = run(capsys, "review", "--json", "--document", "a.txt", "--db", str(db))
    listed = json.loads(out)
    assert code == 0 and listed and {i["document_id"] for i in listed} == {a}
    code, out, _ = run(capsys, "review", "reject", "--document", "a.txt", "--db", str(db))
    assert code == 0 and "Rejected" in out
    edit_id = out.split(":", 1)[0].split()[-1]
    with open_store(db) as store:
        after = {c.id: c.status for c in store.claims()}
        assert _fact_rows(store) != facts_before
    assert all(after[i] is Status.REJECTED for i, (d, _) in before.items() if d == a)
    assert all(after[i] is s for i, (d, s) in before.items() if d == b)
    code, out, _ = run(capsys, "review", "reject", "--document", str(a), "--db", str(db))
    assert code == 0 and "Nothing to reject" in out and "already rejected" in out
    assert run(capsys, "edit", "undo", edit_id, "--db", str(db))[0] == 0
    with open_store(db) as store:
        assert {c.id: c.status for c in store.claims()} == {i: s for i, (_, s) in before.items()}
        assert not store.facts_dirty() and _fact_rows(store) == facts_before  # the facts came back too


@pytest.mark.parametrize("argv, words", [
    (["review", "--document", "nothing-like-it.txt"], "no document matches"),
    (["review", "--document", ".txt"], "2 documents match"),
    (["review", "reject", "1", "--document", "a.txt"], "not both"),
    (["review", "reject"], "or --document"),
])
def test_review_document_refusals_are_one_line(db, capsys, argv, words):
    with open_store(db) as store:
        before = [(c.id, c.status) for c in store.claims()]
    code, out, err = run(capsys, *argv, "--db", str(db))
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1 and words in err, err
    with open_store(db) as store:
        assert [(c.id, c.status) for c in store.claims()] == before


def _fact_rows(store):
    facts = store.load_facts()
    return sorted((facts.people[t.person_id].name, facts.orgs[t.org_id].name, t.title) for t in facts.tenures)
