"""Hypothesis: snapshot against a brute-force reading of every interval, diff/apply, change dates."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import (
    FactSet, LineKind, Organisation, OrgParent, Person, ReportingLine, Status, Tenure,
)
from orgtracker.domain.intervals import Activity, activity
from orgtracker.timeline.changes import change_dates
from orgtracker.timeline.diff import apply_diff, diff
from orgtracker.timeline.index import reference_point
from orgtracker.timeline.snapshot import snapshot

FIRST = date(2019, 1, 1).toordinal()
LAST = date(2024, 12, 31).toordinal()
days = st.integers(FIRST, LAST).map(date.fromordinal)


@st.composite
def fuzzy(draw):
    kind = draw(st.sampled_from(["none", "day", "day", "month", "year", "unknown", "bounded"]))
    if kind == "none":
        return None
    d = draw(days)
    if kind == "day":
        return FuzzyDate.day(d)
    if kind == "month":
        return FuzzyDate.month(d.year, d.month)
    if kind == "year":
        return FuzzyDate.year(d.year)
    if kind == "unknown":
        return FuzzyDate.unknown()
    return FuzzyDate.year(d.year).bounded(not_after=d)


@st.composite
def factsets(draw):
    people = {i: Person(i, f"P{i}") for i in range(1, 6)}
    orgs = {i: Organisation(i, f"O{i}") for i in range(1, 4)}
    tenures, lines, parents = [], [], []
    status = st.sampled_from([Status.ACCEPTED, Status.ACCEPTED, Status.PROPOSED, Status.REJECTED])
    for i in range(draw(st.integers(0, 8))):
        start, end = draw(fuzzy()), draw(fuzzy())
        t = Tenure(len(tenures) + 1, draw(st.integers(1, 5)), draw(st.integers(1, 3)),
                   draw(st.sampled_from(["A", "B", None])), start, end, status=draw(status),
                   anchor=draw(st.one_of(st.none(), fuzzy())))
        tenures.append(t)
        if end is not None and draw(st.booleans()):  # the next title, handed over on the same fuzzy date
            tenures.append(Tenure(len(tenures) + 1, t.person_id, t.org_id, draw(st.sampled_from(["A", "C"])),
                                  end, draw(fuzzy()), status=draw(status)))
    for i in range(draw(st.integers(0, 6))):
        lines.append(ReportingLine(i + 1, draw(st.integers(1, 5)), draw(st.integers(1, 5)),
                                   draw(st.sampled_from(list(LineKind))), draw(fuzzy()), draw(fuzzy()),
                                   status=draw(status)))
    for i in range(draw(st.integers(0, 3))):
        parents.append(OrgParent(i + 1, draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(fuzzy()),
                                 draw(fuzzy()), status=draw(status)))
    return FactSet(people=people, orgs=orgs, tenures=tenures, lines=lines, parents=parents)


def _surely_started(t, at):
    return t.start is None or (t.start.latest is not None and t.start.latest <= at)


def _surely_running(t, at):
    return t.end is None or (t.end.earliest is not None and at < t.end.earliest)


def brute_placements(facts: FactSet, at: date) -> dict:
    """(person, org) → (activity, title, certain), read off every tenure with intervals.activity."""
    groups: dict[tuple[int, int], list[Tenure]] = {}
    for t in facts.tenures:
        if t.status is not Status.REJECTED:
            groups.setdefault((t.person_id, t.org_id), []).append(t)
    out = {}
    for key, segs in groups.items():
        states = {t.id: activity(t.start, t.end, at) for t in segs}
        live = [t for t in segs if states[t.id] is not Activity.INACTIVE]
        if not live:
            continue
        active = [t for t in live if states[t.id] is Activity.ACTIVE]
        sure = bool(active) or any(
            _surely_started(a, at) and _surely_running(b, at) for a in segs for b in _handed_to(a, segs))
        if active:
            best = max(active, key=lambda t: (_ref(t) if _ref(t) is not None else -(1 << 62), t.id))
            certain = len({t.title for t in active}) == 1
        else:
            o = at.toordinal()
            best = max(live, key=lambda t: (True, -abs(o - _ref(t)), _ref(t), t.id) if _ref(t) is not None
                       else (False, 0, 0, t.id))
            certain = len({t.title for t in live}) == 1
        out[key] = (Activity.ACTIVE if sure else Activity.POSSIBLE, best.title, certain)
    return out


def _ref(t):
    return reference_point(t)


def _handed_to(a: Tenure, segs: list[Tenure]) -> list[Tenure]:
    """Segments reached from a through titles that start on the very date the previous one ends."""
    seen, todo = [], [a]
    while todo:
        cur = todo.pop()
        for b in segs:
            if b is not cur and cur.end is not None and b.start == cur.end and b not in seen:
                seen.append(b)
                todo.append(b)
    return seen


def brute_edges(facts: FactSet, at: date) -> dict:
    return {r.id: activity(r.start, r.end, at) for r in facts.lines
            if r.status is not Status.REJECTED and activity(r.start, r.end, at) is not Activity.INACTIVE}


def content(snap):
    return snap.placements, snap.edges, snap.orgs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(factsets(), days)
def test_snapshot_holds_exactly_the_facts_whose_intervals_contain_t(facts, at):
    snap = snapshot(facts, at)
    got = {(p.person_id, p.org_id): (p.activity, p.title, p.title_certain) for p in snap.placements}
    assert got == brute_placements(facts, at)
    assert {e.line_id: e.activity for e in snap.edges} == brute_edges(facts, at)
    live_orgs = {oid for (_, oid) in got}
    assert live_orgs <= set(snap.orgs)
    for oid, node in snap.orgs.items():
        if node.parent_id is not None:
            assert any(p.org_id == oid and p.parent_id == node.parent_id and p.status is not Status.REJECTED
                       and activity(p.start, p.end, at) is not Activity.INACTIVE for p in facts.parents)
            assert node.parent_id in snap.orgs


@settings(max_examples=300, deadline=None)
@given(factsets(), days, days)
def test_applying_diff_a_b_to_snapshot_a_gives_snapshot_b(facts, a, b):
    d = diff(facts, a, b)
    assert apply_diff(d, snapshot(facts, a)) == snapshot(facts, b)
    if a == b:
        assert d.empty and not d.changes


@settings(max_examples=300, deadline=None)
@given(factsets(), st.data())
def test_the_snapshot_changes_only_on_change_dates(facts, data):
    listed = change_dates(facts)
    assert listed == sorted(set(listed))
    near = [d + timedelta(days=k) for d in listed for k in (-1, 0, 1)]
    for d in data.draw(st.lists(st.one_of(days, st.sampled_from(near) if near else days), max_size=12)):
        if content(snapshot(facts, d - timedelta(days=1))) != content(snapshot(facts, d)):
            assert d in listed


@settings(max_examples=200, deadline=None)
@given(factsets(), days, days)
def test_joins_in_the_summary_are_sure_at_b_and_not_at_a(facts, a, b):
    before, after = brute_placements(facts, a), brute_placements(facts, b)
    for c in diff(facts, a, b).changes:
        if c.kind in ("joined", "moved"):
            org = next(o.id for o in facts.orgs.values() if o.name == c.after)
            assert after[(c.person_id, org)][0] is Activity.ACTIVE
            assert before.get((c.person_id, org), (Activity.INACTIVE,))[0] is not Activity.ACTIVE
        if c.kind in ("left", "moved"):
            org = next(o.id for o in facts.orgs.values() if o.name == c.before)
            assert (c.person_id, org) in before and (c.person_id, org) not in after
