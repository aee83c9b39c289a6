"""The synthetic history generator and articles: deterministic, realistic in shape, opened like any database."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

import pytest

from benchmarks import generate
from benchmarks.articles import article_text, write_articles
from benchmarks.cases import Result
from benchmarks.run import markdown_table, text_table
from orgtracker.domain.facts import LineKind, Origin, Status
from orgtracker.domain.intervals import Activity
from orgtracker.store import open_store
from orgtracker.timeline.snapshot import snapshot


@pytest.fixture(scope="module")
def history():
    return generate.simulate(3000, years=10, seed=4)


def test_same_seed_same_history_other_seed_other_history(history):
    again = generate.simulate(3000, years=10, seed=4)
    assert again.people == history.people
    assert again.tenures == history.tenures
    assert again.lines == history.lines
    assert generate.simulate(3000, years=10, seed=5).lines != history.lines


def test_history_has_every_kind_of_event(history):
    events = history.stats["events"]
    for kind in ("hire", "departure", "retitle", "internal move", "reorganised subtree", "moved company",
                 "dotted line", "successor", "division moved to lab", "lab spun out"):
        assert events.get(kind, 0) > 0, kind
    assert 0.08 < history.stats["month_dates"] < 0.25
    assert 0.02 < history.stats["year_dates"] < 0.1
    assert history.stats["dotted_lines"] > 0
    assert len(history.people) >= 3000
    assert history.first_day == date(2016, 1, 1) and history.last_day == date(2025, 12, 31)


def test_people_move_between_organisations(history):
    orgs_of = defaultdict(set)
    for person, org, *_ in history.tenures:
        orgs_of[person].add(org)
    assert sum(len(orgs) > 1 for orgs in orgs_of.values()) > 30


def test_tenures_and_lines_are_valid_intervals(history):
    for fact in history.tenures + history.lines:
        start, end = fact[3], fact[4]
        if start is not None and end is not None:
            assert end.latest >= start.earliest, fact
    assert all(line[0] != line[1] for line in history.lines)


@pytest.fixture(scope="module")
def facts(tmp_path_factory, history):
    db = tmp_path_factory.mktemp("gen") / "history.sqlite"
    counts = generate.write_database(history, db, {"seed": 4})
    with open_store(db) as store:
        assert store.counts()["tenures"] == counts["tenures"] == len(history.tenures)
        assert store.counts()["reporting_lines"] == len(history.lines)
        return store.load_facts()


def test_database_holds_manual_accepted_facts(facts, history):
    assert len(facts.people) == len(history.people)
    assert {t.origin for t in facts.tenures} == {Origin.MANUAL}
    assert {t.status for t in facts.tenures} == {Status.ACCEPTED}
    assert {line.edit_id for line in facts.lines} == {1}
    assert any(p.end is not None for p in facts.parents)  # the lab that was spun out


@pytest.mark.parametrize("at", [date(2017, 3, 1), date(2021, 1, 1), date(2025, 11, 30)])
def test_trees_are_deep_narrow_and_acyclic_at_any_date(facts, at):
    snap = snapshot(facts, at)
    sure = [e for e in snap.edges if e.kind is LineKind.SOLID and e.activity is Activity.ACTIVE]
    manager = {}
    for e in sure:
        assert e.person_id not in manager, f"two sure solid managers for {e.person_id}"
        manager[e.person_id] = e.manager_id
    reports = Counter(manager.values())
    assert max(reports.values()) <= generate.MAX_SPAN
    depth = {}

    def level(pid, seen=()):
        if pid in depth:
            return depth[pid]
        assert pid not in seen, "reporting cycle"
        depth[pid] = 0 if pid not in manager else level(manager[pid], seen + (pid,)) + 1
        return depth[pid]

    deepest = max(level(p) for p in manager)
    assert 6 <= deepest + 1 <= 12
    assert len({p.org_id for p in snap.placements}) >= 4


def test_writing_refuses_an_existing_database(tmp_path, history):
    db = tmp_path / "taken.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(FileExistsError):
        generate.write_database(history, db)


def test_command_line_writes_database_and_articles(tmp_path, capsys):
    db, folder = tmp_path / "h.sqlite", tmp_path / "articles"
    assert generate.main(["--people", "200", "--years", "10", "--seed", "2", "--db", str(db),
                          "--articles", str(folder), "--count", "3"]) == 0
    with open_store(db) as store:
        assert store.counts()["people"] >= 200
    assert sorted(p.name for p in folder.iterdir()) == ["article_00000.txt", "article_00001.txt", "article_00002.txt"]
    assert generate.main(["--people", "200", "--db", str(db)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert generate.main(["--people", "5", "--db", str(tmp_path / "tiny.sqlite")]) == 2


def test_articles_are_deterministic_news_with_a_header(tmp_path):
    text = article_text(5, seed=1)
    assert text == article_text(5, seed=1) != article_text(6, seed=1)
    head, body = text.split("\n---\n", 1)
    assert head.startswith("source: https://news.example.com/") and "\npublished: " in head
    assert len(body) > 500
    paths = write_articles(tmp_path, 2, seed=1)
    assert paths[1].read_text(encoding="utf-8") == article_text(1, seed=1)


def test_articles_feed_the_extractor():
    from orgtracker.extract.pipeline import extract_text

    claims = [c for i in range(5) for c in extract_text(article_text(i), f"synthetic-{i}")]
    kinds = {c.kind.value for c in claims}
    assert {"join", "leave"} <= kinds


def test_tables_show_budget_and_verdict():
    rows = [Result("snapshot", "100k", 61.0, "ms", 50.0, runs=5), Result("extraction", "1 MB", 700.0, "KB/s", 500.0, True),
            Result("layout", "1k", 4.0, "ms", peer="dot 200 ms: 50× slower", note="synthetic")]
    assert [r.ok for r in rows] == [False, True, None]
    text = text_table(rows)
    assert "≤ 50.0 ms" in text and "NO" in text and "≥ 500 KB/s" in text and "50× slower" in text
    md = markdown_table(rows)
    assert md.count("\n") == 4 and "| layout | 1k | 4.0 ms |" in md
