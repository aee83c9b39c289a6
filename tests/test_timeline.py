"""Snapshot, change dates and diff on small hand-made FactSets."""

from datetime import date, timedelta

import pytest

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import (
    FactSet, LineKind, Organisation, OrgParent, Person, ReportingLine, Status, Tenure,
)
from orgtracker.domain.intervals import Activity
from orgtracker.timeline.bench import measure, synthetic_facts
from orgtracker.timeline.changes import change_dates
from orgtracker.timeline.diff import apply_diff, diff
from orgtracker.timeline.index import TimelineIndex
from orgtracker.timeline.snapshot import snapshot

D = FuzzyDate.parse
META, COHERE, FAIR, OPENAI, NYU, STARTUP = 1, 2, 3, 4, 5, 6
YANN, MARK, ALEX, JOELLE, JASON, HYUNG = 1, 2, 3, 4, 5, 6
PUBLISHED = date(2025, 11, 20)


def seeds_like() -> FactSet:
    """The shape of the seed articles: fuzzy dates, an undated hire, two affiliations, FAIR inside Meta."""
    names = {YANN: "Yann LeCun", MARK: "Mark Zuckerberg", ALEX: "Alexandr Wang", JOELLE: "Joelle Pineau",
             JASON: "Jason Wei", HYUNG: "Hyung Won Chung"}
    orgs = {META: "Meta", COHERE: "Cohere", FAIR: "FAIR", OPENAI: "OpenAI", NYU: "New York University",
            STARTUP: "Advanced Machine Intelligence"}
    this_year = D("2025").bounded(not_after=PUBLISHED)  # an undated hire reported in November 2025
    chief = D("2025")
    fs = FactSet(
        people={i: Person(i, n) for i, n in names.items()},
        orgs={i: Organisation(i, n) for i, n in orgs.items()},
    )
    fs.tenures = [
        Tenure(1, YANN, META, "Director of AI Research", D("2013-12"), chief),
        Tenure(2, YANN, META, "Chief AI Scientist", chief, D("2026-01")),
        Tenure(3, YANN, FAIR, "Head", D("2013-12"), D("2018")),
        Tenure(4, YANN, NYU, "Professor", D("2003"), None),
        Tenure(5, YANN, STARTUP, "Founder", D("2026-01"), None),
        Tenure(6, MARK, META, "CEO", None, None),
        Tenure(7, ALEX, META, "Chief AI Officer", this_year, None),
        Tenure(8, JOELLE, META, "VP of AI Research", D("2017"), D("2025-05-30")),
        Tenure(9, JOELLE, COHERE, "Chief AI Officer", D("2025-08"), None),
        Tenure(10, JASON, OPENAI, "Researcher", D("2023"), this_year),
        Tenure(11, JASON, META, "Researcher", this_year, None),
        Tenure(12, HYUNG, OPENAI, "Researcher", D("2023"), this_year),
        Tenure(13, HYUNG, META, "Researcher", this_year, None),
        Tenure(14, HYUNG, COHERE, "Researcher", D("2024"), None, status=Status.REJECTED),
    ]
    fs.lines = [
        ReportingLine(1, YANN, MARK, LineKind.SOLID, D("2013-12"), this_year),
        ReportingLine(2, YANN, ALEX, LineKind.SOLID, this_year, D("2026-01")),
        ReportingLine(3, ALEX, MARK, LineKind.SOLID, this_year, None),
        ReportingLine(4, JASON, ALEX, LineKind.DOTTED, this_year, None),
    ]
    fs.parents = [OrgParent(1, FAIR, META, D("2013-12"), None)]
    return fs


def by_person(snap):
    return {(p.person_id, p.org_id): p for p in snap.placements}


def test_snapshot_2014_fair_inside_meta_and_a_professorship_beside():
    snap = snapshot(seeds_like(), date(2014, 6, 1))
    places = by_person(snap)
    assert places[(YANN, META)].title == "Director of AI Research"
    assert places[(YANN, META)].activity is Activity.ACTIVE
    assert places[(YANN, FAIR)].title == "Head"
    assert places[(YANN, NYU)].title == "Professor"
    assert len(snap.placements_of(YANN)) == 3
    assert snap.orgs[FAIR].parent_id == META
    assert snap.orgs[META].parent_id is None
    assert snap.manager_of(YANN).manager_id == MARK
    assert (ALEX, META) not in places


def test_snapshot_2025_11_20_undated_hires_are_possible_then_and_rejected_facts_are_gone():
    snap = snapshot(seeds_like(), PUBLISHED)
    places = by_person(snap)
    assert places[(ALEX, META)].activity is Activity.ACTIVE  # on or before the publication date
    assert places[(JOELLE, COHERE)].activity is Activity.ACTIVE
    assert (JOELLE, META) not in places
    assert (HYUNG, COHERE) not in places  # rejected
    assert (JASON, OPENAI) not in places
    assert places[(YANN, META)].title == "Chief AI Scientist"
    assert snap.manager_of(YANN).manager_id == ALEX
    assert [e.kind for e in snap.edges if e.person_id == JASON] == [LineKind.DOTTED]
    early = by_person(snapshot(seeds_like(), date(2025, 3, 1)))
    assert early[(ALEX, META)].activity is Activity.POSSIBLE
    assert early[(JASON, OPENAI)].activity is Activity.POSSIBLE


def test_title_handover_on_a_fuzzy_date_keeps_the_membership_sure_but_the_title_uncertain():
    places = by_person(snapshot(seeds_like(), date(2025, 3, 1)))
    yann = places[(YANN, META)]
    assert yann.activity is Activity.ACTIVE  # one title or the other: surely at Meta
    assert yann.title_certain is False
    assert yann.title == "Chief AI Scientist"  # its start (2025) is nearer than December 2013
    later = by_person(snapshot(seeds_like(), date(2025, 12, 31)))[(YANN, META)]
    assert later.title == "Chief AI Scientist" and later.title_certain


def test_anchor_dates_a_title_without_a_start():
    fs = FactSet(people={1: Person(1, "A")}, orgs={1: Organisation(1, "O")})
    fs.tenures = [
        Tenure(1, 1, 1, "Old", None, FuzzyDate.unknown(), anchor=D("2010")),
        Tenure(2, 1, 1, "New", FuzzyDate.unknown(), None, anchor=D("2020")),
    ]
    assert by_person(snapshot(fs, date(2011, 1, 1)))[(1, 1)].title == "Old"
    assert by_person(snapshot(fs, date(2019, 1, 1)))[(1, 1)].title == "New"
    assert date(2015, 7, 2) in change_dates(fs)  # midway between the two anchors


def test_snapshot_2026_the_startup():
    places = by_person(snapshot(seeds_like(), date(2026, 2, 1)))
    assert (YANN, META) not in places
    assert places[(YANN, STARTUP)].org == "Advanced Machine Intelligence"


def test_snapshot_lists_are_in_a_canonical_order():
    snap = snapshot(seeds_like(), PUBLISHED)
    assert [(p.person_id, p.org_id) for p in snap.placements] == sorted((p.person_id, p.org_id)
                                                                       for p in snap.placements)
    assert list(snap.orgs) == sorted(snap.orgs)


def test_diff_2025_lists_the_hires_the_departure_and_the_new_manager():
    d = diff(seeds_like(), date(2025, 1, 1), date(2025, 12, 31))
    said = {c.describe() for c in d.changes}
    assert "Alexandr Wang joined Meta" in said
    assert "Jason Wei: OpenAI → Meta" in said
    assert "Hyung Won Chung: OpenAI → Meta" in said
    assert "Joelle Pineau: Meta → Cohere" in said
    assert "Yann LeCun now reports to Alexandr Wang (was Mark Zuckerberg)" in said
    assert "Yann LeCun: Director of AI Research → Chief AI Scientist" in said
    assert apply_diff(d, snapshot(seeds_like(), d.a)) == snapshot(seeds_like(), d.b)


def test_diff_both_ways_and_the_empty_diff():
    fs = seeds_like()
    back = diff(fs, date(2026, 2, 1), date(2025, 1, 1))
    assert apply_diff(back, snapshot(fs, back.a)) == snapshot(fs, back.b)
    assert any(c.kind == "moved" and c.before == "Advanced Machine Intelligence" and c.after == "Meta"
               for c in back.changes)
    same = diff(fs, date(2020, 1, 1), date(2020, 1, 2))
    assert same.empty and same.changes == []
    with pytest.raises(ValueError):
        apply_diff(same, snapshot(fs, date(2021, 1, 1)))


def test_change_dates_are_the_boundaries_and_each_is_a_real_change_here():
    fs = FactSet(people={1: Person(1, "A"), 2: Person(2, "B")}, orgs={1: Organisation(1, "O")})
    fs.tenures = [Tenure(1, 1, 1, "T", D("2020-03"), D("2021-06-15")), Tenure(2, 2, 1, "T", None, None)]
    fs.lines = [ReportingLine(1, 1, 2, LineKind.SOLID, D("2020-03-10"), None, status=Status.REJECTED)]
    days = change_dates(fs)
    assert days == [date(2020, 3, 1), date(2020, 3, 31), date(2021, 6, 15)]
    for d in days:
        before, after = snapshot(fs, d - timedelta(days=1)), snapshot(fs, d)
        assert (before.placements, before.edges) != (after.placements, after.edges)


def test_the_index_is_cached_and_rebuilt_when_facts_grow():
    fs = seeds_like()
    assert TimelineIndex.of(fs) is TimelineIndex.of(fs)
    first = TimelineIndex.of(fs)
    fs.tenures.append(Tenure(99, MARK, COHERE, "Adviser", D("2020"), None))
    assert TimelineIndex.of(fs) is not first
    assert (MARK, COHERE) in by_person(snapshot(fs, date(2021, 1, 1)))


def test_empty_factset():
    fs = FactSet()
    snap = snapshot(fs, date(2020, 1, 1))
    assert snap.placements == [] and snap.edges == [] and snap.orgs == {}
    assert change_dates(fs) == []
    assert diff(fs, date(2020, 1, 1), date(2021, 1, 1)).changes == []


def test_an_organisation_nobody_was_ever_in_is_shown():
    fs = seeds_like()
    fs.orgs[7] = Organisation(7, "Just Added")
    assert 7 in snapshot(fs, date(2020, 1, 1)).orgs


def test_synthetic_facts_are_deterministic_and_shaped_like_a_company():
    a, b = synthetic_facts(600, years=4, seed=3), synthetic_facts(600, years=4, seed=3)
    assert a == b
    assert synthetic_facts(600, years=4, seed=4) != a
    assert len(a.people) == 600
    assert any(t.start is not None and t.start.precision.value != "day" for t in a.tenures)
    assert any(r.kind is LineKind.DOTTED for r in a.lines)
    snap = snapshot(a, date(2024, 6, 1))
    solid = {e.person_id: e.manager_id for e in snap.edges if e.kind is LineKind.SOLID}

    def depth(pid):
        n = 0
        while pid in solid and n < 100:
            pid, n = solid[pid], n + 1
        return n

    assert 3 <= max(depth(p.person_id) for p in snap.placements) <= 12


def test_measure_reports_every_figure():
    out = measure(300, years=3, runs=2)
    for key in ("index_ms", "snapshot_ms", "change_dates_ms", "diff_month_ms", "diff_year_ms"):
        assert out[key] >= 0
    assert out["people"] == 300 and out["placements"] > 0


def test_a_membership_known_only_from_a_title_is_not_reported_as_a_join():
    """'Meta CEO X' in a November article: unsure in January, sure in December, but nobody joined."""
    fs = seeds_like()
    fs.tenures.append(Tenure(15, MARK, NYU, "Trustee", FuzzyDate.unknown(not_after=PUBLISHED), None))
    said = {c.describe() for c in diff(fs, date(2025, 1, 1), date(2025, 12, 31)).changes}
    assert not any(s.startswith("Mark Zuckerberg joined") for s in said)
    assert "Alexandr Wang joined Meta" in said


def test_the_certain_part_of_a_snapshot_drops_what_is_only_possibly_there():
    from orgtracker.domain.intervals import Activity
    from orgtracker.timeline.model import Edge, OrgNode, Placement, Snapshot
    from orgtracker.timeline.snapshot import certain_part

    yes, maybe = Activity.ACTIVE, Activity.POSSIBLE
    orgs = {1: OrgNode(1, "Acme", None), 2: OrgNode(2, "Acme Labs", 1), 3: OrgNode(3, "Old Co", None),
            4: OrgNode(4, "Empty Co", None)}
    snap = Snapshot(date(2024, 1, 1), [
        Placement(1, "Ann", 2, "Acme Labs", "Head", yes, 11), Placement(2, "Bob", 2, "Acme Labs", None, maybe, 12),
        Placement(3, "Cy", 3, "Old Co", "CEO", maybe, 13), Placement(4, "Di", 2, "Acme Labs", None, yes, 14),
    ], [Edge(2, 1, LineKind.SOLID, yes, 1), Edge(4, 1, LineKind.SOLID, maybe, 2)], orgs)
    part = certain_part(snap)
    assert [p.person for p in part.placements] == ["Ann", "Di"]
    assert part.edges == []  # Bob is not shown; Di's line to Ann is itself uncertain
    assert set(part.orgs) == {1, 2, 4}  # Acme stays around its lab; Old Co is left with nobody; Empty Co had nobody
    assert certain_part(part) == part
