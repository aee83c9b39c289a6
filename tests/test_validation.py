"""Validation rules, one by one, and hypothesis: accepted lines never make a reporting cycle."""

from datetime import date

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import (
    FactSet, LineKind, Organisation, OrgParent, Person, ReportingLine, Status, Tenure,
)
from orgtracker.domain.intervals import Activity, activity, boundaries
from orgtracker.domain.validation import (
    ERROR, WARNING, check_org_parent, check_reporting_line, check_tenure, find_cycles, has_errors,
)

D = FuzzyDate.parse
SOLID, DOTTED = LineKind.SOLID, LineKind.DOTTED
ANN, BOB, CY, DEE = 1, 2, 3, 4
META, COHERE, FAIR = 1, 2, 3


def facts() -> FactSet:
    fs = FactSet(people={i: Person(i, n) for i, n in [(ANN, "Ann"), (BOB, "Bob"), (CY, "Cy"), (DEE, "Dee")]},
                 orgs={META: Organisation(META, "Meta"), COHERE: Organisation(COHERE, "Cohere"),
                       FAIR: Organisation(FAIR, "FAIR")})
    fs.tenures = [Tenure(1, ANN, META, "CEO", None, None), Tenure(2, BOB, META, "VP", D("2015"), None),
                  Tenure(3, CY, FAIR, "Scientist", D("2016"), None), Tenure(4, DEE, COHERE, "CTO", D("2019"), None)]
    fs.lines = [ReportingLine(1, BOB, ANN, SOLID, D("2015"), None), ReportingLine(2, CY, BOB, SOLID, D("2016"), None)]
    fs.parents = [OrgParent(1, FAIR, META, D("2014"), None)]
    return fs


def kinds(problems, severity=None):
    return [p.kind for p in problems if severity is None or p.severity == severity]


def test_a_sound_line_passes():
    assert kinds(check_reporting_line(facts(), DEE, ANN, DOTTED, D("2024-01-01"), None)) == ["manager_other_org"]
    assert check_reporting_line(facts(), CY, ANN, SOLID, D("2020-01-01"), None, replacing_id=2) == []


def test_a_cycle_of_two_and_of_three_is_refused_naming_the_people():
    two = check_reporting_line(facts(), ANN, BOB, SOLID, D("2020-01-01"), None)
    assert kinds(two, ERROR) == ["cycle"]
    assert "Ann" in two[0].message and "Bob" in two[0].message
    three = check_reporting_line(facts(), ANN, CY, SOLID, D("2020-01-01"), None)
    assert "cycle" in kinds(three, ERROR)
    assert "Ann → Cy → Bob → Ann" in three[0].message


def test_a_cycle_only_at_a_later_date_is_found():
    fs = facts()
    fs.lines[1] = ReportingLine(2, CY, BOB, SOLID, D("2022-06-01"), None)
    problems = check_reporting_line(fs, BOB, CY, SOLID, D("2021-01-01"), None, replacing_id=1)
    assert kinds(problems, ERROR) == ["cycle"] and "2022-06-01" in problems[0].message
    assert not has_errors(check_reporting_line(fs, BOB, CY, SOLID, D("2021-01-01"), D("2022-06-01"),
                                               replacing_id=1))


def test_a_cycle_through_a_fuzzy_end_or_a_dotted_line_is_a_warning():
    fs = facts()
    fs.lines[0] = ReportingLine(1, BOB, ANN, SOLID, D("2015"), D("2020"))
    maybe = check_reporting_line(fs, ANN, BOB, SOLID, D("2020-06-01"), None)
    assert kinds(maybe) == ["cycle"] and maybe[0].severity == WARNING
    dotted = check_reporting_line(facts(), ANN, BOB, DOTTED, D("2020-01-01"), None)
    assert kinds(dotted) == ["cycle"] and dotted[0].severity == WARNING


def test_reporting_to_oneself():
    problems = check_reporting_line(facts(), ANN, ANN, SOLID, None, None)
    assert kinds(problems, ERROR) == ["self_report"] and "Ann" in problems[0].message


def test_end_before_start_and_an_empty_interval():
    assert kinds(check_reporting_line(facts(), DEE, ANN, SOLID, D("2021"), D("2020")), ERROR) == ["end_before_start"]
    assert kinds(check_reporting_line(facts(), DEE, ANN, SOLID, D("2021-03-01"), D("2021-03-01")),
                 ERROR) == ["end_before_start"]
    assert kinds(check_tenure(facts(), DEE, META, "x", D("2021-05"), D("2021-04")), ERROR) == ["end_before_start"]


def test_two_solid_managers_at_once():
    problems = check_reporting_line(facts(), CY, ANN, SOLID, D("2020-01-01"), None)
    assert kinds(problems, ERROR) == ["two_managers"] and "Bob" in problems[0].message
    assert not has_errors(check_reporting_line(facts(), CY, ANN, DOTTED, D("2020-01-01"), None))
    fs = facts()
    fs.lines[1] = ReportingLine(2, CY, BOB, SOLID, D("2016"), D("2020"))
    assert kinds(check_reporting_line(fs, CY, ANN, SOLID, D("2020-06-01"), None), WARNING) == ["two_managers"]
    assert check_reporting_line(fs, CY, ANN, SOLID, D("2021-06-01"), None) == []


def test_a_manager_at_another_organisation_is_a_warning_and_a_parent_counts_as_the_same():
    problems = check_reporting_line(facts(), DEE, BOB, SOLID, D("2021-01-01"), None)
    assert kinds(problems) == ["manager_other_org"] and problems[0].severity == WARNING
    assert "Cohere" in problems[0].message and "Meta" in problems[0].message
    assert check_reporting_line(facts(), CY, ANN, SOLID, D("2020-01-01"), None, replacing_id=2) == []


def test_people_and_organisations_that_do_not_exist():
    assert kinds(check_reporting_line(facts(), 99, ANN, SOLID, None, None)) == ["unknown_person"]
    assert kinds(check_reporting_line(facts(), ANN, 99, SOLID, None, None)) == ["unknown_person"]
    assert kinds(check_tenure(facts(), ANN, 99, "x", None, None)) == ["unknown_org"]
    assert kinds(check_org_parent(facts(), 99, META, None, None)) == ["unknown_org"]


def test_tenure_rules():
    assert check_tenure(facts(), DEE, META, "Adviser", D("2022"), None) == []
    assert kinds(check_tenure(facts(), BOB, META, "VP", D("2020"), None), WARNING) == ["duplicate_tenure"]
    assert kinds(check_tenure(facts(), BOB, META, "SVP", D("2020"), None), WARNING) == ["overlapping_titles"]
    assert check_tenure(facts(), BOB, META, "SVP", D("2020"), None, replacing_id=2) == []


def test_org_parent_rules():
    assert kinds(check_org_parent(facts(), META, META, None, None), ERROR) == ["self_parent"]
    cyc = check_org_parent(facts(), META, FAIR, D("2020"), None)
    assert kinds(cyc, ERROR) == ["parent_cycle"] and "Meta" in cyc[0].message and "FAIR" in cyc[0].message
    assert kinds(check_org_parent(facts(), FAIR, COHERE, D("2020"), None), WARNING) == ["two_parents"]
    assert check_org_parent(facts(), COHERE, META, D("2020"), None) == []


def test_find_cycles_in_stored_facts():
    fs = facts()
    assert find_cycles(fs) == []
    fs.lines.append(ReportingLine(3, ANN, CY, SOLID, D("2023-01-01"), None))
    found = find_cycles(fs)
    assert len(found) == 1 and "2023-01-01" in found[0].message
    fs.lines[-1] = ReportingLine(3, ANN, CY, SOLID, D("2023-01-01"), None, status=Status.REJECTED)
    assert find_cycles(fs) == []


# -- hypothesis ---------------------------------------------------------------------------------
day = st.integers(date(2020, 1, 1).toordinal(), date(2023, 12, 31).toordinal()).map(date.fromordinal)


@st.composite
def maybe_fuzzy(draw):
    d = draw(day)
    return draw(st.sampled_from([None, FuzzyDate.day(d), FuzzyDate.month(d.year, d.month), FuzzyDate.year(d.year)]))


proposals = st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.sampled_from([SOLID, SOLID, DOTTED]),
                               maybe_fuzzy(), maybe_fuzzy()), max_size=14)


def sure_cycle_days(lines: list[ReportingLine]) -> list[date]:
    """Brute force: every date at which the surely active solid lines hold a cycle (networkx)."""
    days = {date.min}
    for r in lines:
        days |= boundaries(r.start, r.end)
    bad = []
    for d in sorted(days):
        g = nx.DiGraph()
        g.add_edges_from((r.person_id, r.manager_id) for r in lines
                         if r.kind is SOLID and activity(r.start, r.end, d) is Activity.ACTIVE)
        if not nx.is_directed_acyclic_graph(g):
            bad.append(d)
    return bad


@settings(max_examples=300, deadline=None)
@given(proposals)
def test_the_validator_never_accepts_a_line_that_makes_a_cycle(props):
    fs = FactSet(people={i: Person(i, f"P{i}") for i in range(1, 6)})
    for person, manager, kind, start, end in props:
        problems = check_reporting_line(fs, person, manager, kind, start, end)
        candidate = ReportingLine(len(fs.lines) + 1, person, manager, kind, start, end)
        would_cycle = person != manager and bool(sure_cycle_days(fs.lines + [candidate]))
        if "cycle" in kinds(problems, ERROR):
            assert would_cycle  # no false alarm
        if not has_errors(problems):
            assert not would_cycle
            fs.lines.append(candidate)
    assert sure_cycle_days(fs.lines) == []
    assert find_cycles(fs) == []
