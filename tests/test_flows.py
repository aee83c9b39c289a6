"""Talent flows: moves between organisations in a window, weighted by people."""

from datetime import date

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import FactSet, Organisation, Person, Status, Tenure
from orgtracker.graph.flows import talent_flows

D = FuzzyDate.parse
OPENAI, META, COHERE, NYU = 1, 2, 3, 4


def facts() -> FactSet:
    fs = FactSet(
        people={i: Person(i, n) for i, n in enumerate(["Jason Wei", "Hyung Won Chung", "Joelle Pineau",
                                                         "Yann LeCun", "Shengjia Zhao"], start=1)},
        orgs={OPENAI: Organisation(OPENAI, "OpenAI"), META: Organisation(META, "Meta"),
              COHERE: Organisation(COHERE, "Cohere"), NYU: Organisation(NYU, "NYU")},
    )
    hire = D("2025").bounded(not_after=date(2025, 11, 20))
    fs.tenures = [
        Tenure(1, 1, OPENAI, "Researcher", D("2023"), hire), Tenure(2, 1, META, "Researcher", hire, None),
        Tenure(3, 2, OPENAI, "Researcher", D("2023"), hire), Tenure(4, 2, META, "Researcher", hire, None),
        Tenure(5, 3, META, "VP", D("2017"), D("2025-05-30")), Tenure(6, 3, COHERE, "CAIO", D("2025-08"), None),
        Tenure(7, 4, META, "Chief AI Scientist", D("2013-12"), None),
        Tenure(8, 4, NYU, "Professor", D("2003"), None),  # side by side: not a move
        Tenure(9, 5, OPENAI, "Researcher", D("2022"), D("2025-06")),
        Tenure(10, 5, META, "Scientist", D("2025-06"), None, status=Status.REJECTED),
    ]
    return fs


def test_openai_to_meta_twice_and_meta_to_cohere():
    g = talent_flows(facts(), date(2025, 1, 1), date(2026, 1, 1))
    assert g.nodes[OPENAI]["name"] == "OpenAI"
    assert g.edges[OPENAI, META]["weight"] == 2
    assert g.edges[OPENAI, META]["people"] == ["Hyung Won Chung", "Jason Wei"]
    assert g.edges[META, COHERE]["weight"] == 1 and g.edges[META, COHERE]["people"] == ["Joelle Pineau"]
    assert set(g.edges) == {(OPENAI, META), (META, COHERE)}  # no NYU, no rejected Meta stint


def test_the_window_bounds_the_arrivals():
    assert talent_flows(facts(), date(2020, 1, 1), date(2025, 1, 1)).number_of_edges() == 0
    g = talent_flows(facts(), date(2025, 7, 1), date(2026, 1, 1))
    assert set(g.edges) == {(META, COHERE)}


def test_a_long_gap_is_not_a_move_and_a_title_change_is_not_either():
    fs = facts()
    fs.tenures += [Tenure(11, 5, COHERE, "Researcher", D("2027-03"), None),
                   Tenure(12, 1, META, "Lead", D("2026-02"), None)]
    fs.tenures[1] = Tenure(2, 1, META, "Researcher", D("2025-07"), D("2026-02"))
    g = talent_flows(fs, date(2026, 1, 1), date(2028, 1, 1))
    assert g.number_of_edges() == 0


def test_a_job_known_only_from_its_end_still_counts_as_the_one_left():
    """'Hired from OpenAI' in a November article: the OpenAI start is only 'on or before' the hire."""
    fs = facts()
    hire = D("2025").bounded(not_after=date(2025, 11, 20))
    fs.tenures[0] = Tenure(1, 1, OPENAI, None, FuzzyDate.unknown(not_after=date(2025, 11, 20)), hire)
    g = talent_flows(fs, date(2025, 1, 1), date(2026, 1, 1))
    assert "Jason Wei" in g.edges[OPENAI, META]["people"]
