"""The fast paths for large histories give the plain paths' answers: loading, load at a date, the index, lookups."""

import gc
import random
import weakref
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from sqlalchemy import select

from benchmarks.generate import generate
from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet, LineKind, Organisation, Person, ReportingLine, Status, Tenure
from orgtracker.domain.intervals import Activity, activity
from orgtracker.store import StoreError, open_store, repository
from orgtracker.store.convert import FuzzyDateMemo, fuzzy_columns
from orgtracker.timeline.diff import diff
from orgtracker.timeline.index import TimelineIndex, _reachable, _reachable_pairs
from orgtracker.timeline.model import Edge, Placement, Snapshot
from orgtracker.timeline.snapshot import snapshot

D = FuzzyDate.parse
TEXT = "Acme hired Ann Lee. Ann Lee reports to Bo Chan. Lab sits inside Acme."
DATES = [
    None, D("2019"), D("2019-06"), D("2019-06-15"), D("2020").bounded(not_after=date(2020, 3, 1)),
    D("2020-02").bounded(not_before=date(2020, 2, 10)), FuzzyDate.unknown(date(2018, 1, 1), date(2021, 12, 31)),
    FuzzyDate.unknown(not_after=date(2022, 5, 1)), FuzzyDate.unknown(), D("2021-03-01"), D("2023"),
]


def _insert(conn, table, **values):
    return conn.execute(table.insert().values(**values)).inserted_primary_key[0]


@pytest.fixture
def odd_store(tmp_path):
    """A store with every kind of stored date, each status and origin, aliases, evidence, conflicts and anchors."""
    store = open_store(tmp_path / "odd.sqlite")
    rng = random.Random(5)
    now = datetime(2025, 11, 20, tzinfo=timezone.utc)
    with store._write() as s:
        conn = s.connection()
        doc = _insert(conn, repository.T_DOC, path="a.txt", title="A", checksum="x", text=TEXT, ingested_at=now,
                      **fuzzy_columns("published", D("2025-11")))
        people = [_insert(conn, repository.T_PERSON, name=f"Person {i}", name_key=f"person {i}") for i in range(12)]
        _insert(conn, repository.T_PERSON_ALIAS, person_id=people[0], alias="P. Zero", alias_key="p zero")
        orgs = [_insert(conn, repository.T_ORG, name=n, name_key=n.lower()) for n in ("Acme", "Lab", "Unplaced")]
        _insert(conn, repository.T_ORG_ALIAS, org_id=orgs[0], alias="Acme Corp", alias_key="acme corp")
        for i in range(60):
            start, end, anchor = (rng.choice(DATES) for _ in range(3))
            tid = _insert(conn, repository.T_TENURE, person_id=rng.choice(people), org_id=rng.choice(orgs[:2]),
                          title=rng.choice(["CTO", "CEO", None, "Researcher"]), origin=rng.choice(["extracted", "manual"]),
                          status=rng.choice(["proposed", "accepted", "rejected"]), conflict=rng.choice([None, "two dates"]),
                          **fuzzy_columns("start", start), **fuzzy_columns("end", end), **fuzzy_columns("anchor", anchor))
            lid = _insert(conn, repository.T_LINE, person_id=rng.choice(people), manager_id=rng.choice(people),
                          kind=rng.choice(["solid", "solid", "dotted"]), origin="extracted",
                          status=rng.choice(["proposed", "accepted", "rejected"]),
                          **fuzzy_columns("start", rng.choice(DATES)), **fuzzy_columns("end", rng.choice(DATES)))
            for column, fact in (("tenure_id", tid), ("line_id", lid)):
                if i % 3 == 0:
                    for start_at in sorted(rng.sample([0, 20, 48], 2)):
                        _insert(conn, repository.T_EVIDENCE, **{column: fact}, document_id=doc, span_start=start_at,
                                span_end=start_at + 5, quote=TEXT[start_at:start_at + 5])
        pid = _insert(conn, repository.T_PARENT, org_id=orgs[1], parent_id=orgs[0], origin="extracted",
                      status="accepted", **fuzzy_columns("start", D("2019")), **fuzzy_columns("end", None))
        _insert(conn, repository.T_EVIDENCE, parent_id=pid, document_id=doc, span_start=48, span_end=71,
                quote=TEXT[48:71])
    yield store
    store.close()


def reference_facts(store) -> FactSet:
    """What the store loaded before its fast path: SQLAlchemy mappings turned into records row by row."""
    with store._read() as s:
        conn = s.connection()
        paths = dict(conn.execute(select(repository.T_DOC.c.id, repository.T_DOC.c.path)).all())

        def rows(table, column, make):
            found = conn.execute(select(table).order_by(table.c.id)).mappings().all()
            evidence = repository._fact_evidence(conn, column, [r["id"] for r in found], paths)
            return [make(r, evidence.get(r["id"], ())) for r in found]

        return FactSet(
            people=repository._people(conn), orgs=repository._orgs(conn),
            tenures=rows(repository.T_TENURE, "tenure_id", repository._tenure),
            lines=rows(repository.T_LINE, "line_id", repository._line),
            parents=rows(repository.T_PARENT, "parent_id", repository._parent),
        )


def test_the_fast_load_gives_what_the_row_by_row_load_gave(odd_store):
    fast = odd_store.load_facts()
    assert fast == reference_facts(odd_store)
    assert any(t.evidence for t in fast.tenures) and any(r.evidence for r in fast.lines) and fast.parents[0].evidence
    assert {t.status for t in fast.tenures} == set(Status)
    assert odd_store.load_facts() == fast  # again, through the store's memo of dates


def test_equal_dates_are_one_shared_object(odd_store):
    facts = odd_store.load_facts()
    dates = [d for t in facts.tenures for d in (t.start, t.end, t.anchor)] + [d for r in facts.lines for d in (r.start, r.end)]
    assert len({id(d) for d in dates}) == len(set(dates))


def test_the_date_memo_reads_what_fuzzy_from_reads_and_refuses_a_broken_value():
    memo = FuzzyDateMemo()
    assert memo[None] is None
    assert memo["month|2019-06|2019-06-01|2019-06-30"] == D("2019-06")
    assert memo["unknown||2018-01-01|"] == FuzzyDate.unknown(date(2018, 1, 1))
    assert memo["year|2020|2020-01-01|2020-03-01"] == D("2020").bounded(not_after=date(2020, 3, 1))
    with pytest.raises(ValueError):
        memo["day|2019-02-30|2019-02-30|2019-02-30"]
    with pytest.raises(ValueError):
        memo["day|2019"]


@pytest.mark.parametrize("with_evidence", [True, False])
def test_load_at_a_date_keeps_what_may_be_active_then(odd_store, with_evidence):
    everything = odd_store.load_facts(with_evidence=with_evidence)
    for at in [date(2017, 1, 1), date(2019, 6, 15), date(2020, 2, 29), date(2021, 12, 31), date(2024, 1, 1)]:
        part = odd_store.load_facts(at=at, with_evidence=with_evidence)
        assert part.tenures == [t for t in everything.tenures if activity(t.start, t.end, at) is not Activity.INACTIVE]
        assert part.lines == [r for r in everything.lines if activity(r.start, r.end, at) is not Activity.INACTIVE]
        named = {t.person_id for t in part.tenures} | {r.person_id for r in part.lines} | {r.manager_id for r in part.lines}
        assert set(part.people) == named
        assert snapshot(part, at) == snapshot(everything, at)


def test_a_snapshot_from_facts_loaded_at_its_date_is_the_one_from_everything(tmp_path):
    db = tmp_path / "history.sqlite"
    generate(400, 4, 7, db)
    with open_store(db) as store, store._write() as s:
        conn = s.connection()
        conn.execute(repository.T_TENURE.update().where(repository.T_TENURE.c.id % 17 == 0).values(status="rejected"))
        _insert(conn, repository.T_ORG, name="Nobody Yet", name_key="nobody yet")
    with open_store(db) as store:
        everything = store.load_facts()
        first = min(t.start.earliest for t in everything.tenures if t.start is not None and t.start.earliest)
        for k in range(12):
            at = first + timedelta(days=k * 130)
            assert snapshot(store.load_facts(at=at, with_evidence=False), at) == snapshot(everything, at), at


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_collector_as_it_found_it(odd_store, enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        odd_store.load_facts()
        snapshot(odd_store.load_facts(), date(2020, 1, 1))
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_an_index_does_not_keep_its_facts_alive(odd_store):
    facts = odd_store.load_facts()
    index = TimelineIndex.of(facts)
    assert TimelineIndex.of(facts) is index
    gone = weakref.ref(index)
    key = id(facts)
    del facts, index
    gc.collect()
    assert gone() is None and key not in TimelineIndex._cache


def _handover_pairs_by_search(src, dst):
    """Reachability by a plain search from every node, to check the vectorised ones against."""
    edges: dict[int, list[int]] = {}
    for a, b in zip(src, dst):
        edges.setdefault(a, []).append(b)
    out = set()
    for a in edges:
        seen, todo = set(), list(edges[a])
        while todo:
            b = todo.pop()
            if b not in seen:
                seen.add(b)
                todo.extend(edges.get(b, ()))
        out |= {(a, b) for b in seen}
    return out


@pytest.mark.parametrize("seed", range(6))
def test_reachable_handovers_match_a_plain_search_also_past_64_segments(seed):
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 9, 300).tolist() + [70, 130]  # two memberships wider than a 64-bit mask
    rng.shuffle(sizes)
    memb_first = np.r_[0, np.cumsum(sizes)]
    seg_memb = np.repeat(np.arange(len(sizes)), sizes)
    src, dst = [], []
    for m, size in enumerate(sizes):
        for _ in range(int(rng.integers(0, 2 * size))):
            a, b = rng.integers(0, size, 2)
            if a != b:
                src.append(memb_first[m] + a)
                dst.append(memb_first[m] + b)
    src, dst = np.array(src, np.int64), np.array(dst, np.int64)
    a, b = _reachable(src, dst, memb_first, seg_memb)
    want = _handover_pairs_by_search(src.tolist(), dst.tolist())
    assert sorted(zip(a.tolist(), b.tolist())) == sorted(want)
    pa, pb = _reachable_pairs(src, dst, len(seg_memb))
    assert set(zip(pa.tolist(), pb.tolist())) == want


def test_snapshot_lookups_by_person_follow_its_lists():
    snap = Snapshot(date(2020, 1, 1))
    for pid in (1, 2, 1):
        snap.placements.append(Placement(pid, f"P{pid}", pid * 10, "Org", None, Activity.ACTIVE, len(snap.placements)))
    assert [p.tenure_id for p in snap.placements_of(1)] == [0, 2] and snap.manager_of(1) is None
    snap.edges.append(Edge(1, 3, LineKind.DOTTED, Activity.ACTIVE, 1))
    snap.edges.append(Edge(1, 4, LineKind.SOLID, Activity.POSSIBLE, 2))
    snap.edges.append(Edge(1, 5, LineKind.SOLID, Activity.ACTIVE, 3))
    assert snap.manager_of(1).manager_id == 4 and snap.manager_of(2) is None
    snap.edges = [Edge(2, 9, LineKind.SOLID, Activity.ACTIVE, 4)]
    assert snap.manager_of(1) is None and snap.manager_of(2).manager_id == 9
    assert snap == Snapshot(snap.at, list(snap.placements), list(snap.edges))


def test_the_words_of_a_diff_are_made_once_on_first_use():
    fs = FactSet(people={1: Person(1, "Ann"), 2: Person(2, "Bo")}, orgs={1: Organisation(1, "Acme")})
    fs.tenures = [Tenure(1, 1, 1, "CTO", D("2020"), None)]
    fs.lines = [ReportingLine(1, 1, 2, LineKind.SOLID, D("2020-06"), None)]
    d = diff(fs, date(2019, 1, 1), date(2021, 1, 1))
    assert d.changes is d.changes
    assert [c.describe() for c in d.changes] == ["Ann joined Acme", "Ann now reports to Bo"]
    assert diff(fs, date(2019, 1, 1), date(2019, 2, 1)).changes == []


def test_a_damaged_table_read_by_the_fast_path_is_one_store_error(odd_store):
    with odd_store._write() as s:
        s.connection().exec_driver_sql("ALTER TABLE tenure RENAME TO tenure_gone")
    with pytest.raises(StoreError, match="cannot read .*no such table: tenure"):
        odd_store.load_facts()
