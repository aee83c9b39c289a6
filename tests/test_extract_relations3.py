"""Phrasing families of the third relations round: listed leavers, board seats, government posts, board chairs."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-06-02")


def test_titled_people_listed_as_subject_of_left_each_leave():
    got = triples(
        "Harrowgate Foods loses two lawyers\n\n"
        "General counsel Tobias Wrenfield and chief risk officer Hannah Corvo have both left Harrowgate Foods.\n"
    )
    assert ("leave", "Tobias Wrenfield", "Harrowgate Foods") in got
    assert ("leave", "Hannah Corvo", "Harrowgate Foods") in got


def test_listed_people_resigning_from_a_board_each_leave():
    got = triples(
        "Board exits at Pellworth Brewing\n\n"
        "Pellworth Brewing said Osric Delahunt and Mirela Voss will leave Pellworth Brewing's board in May.\n"
    )
    assert ("leave", "Osric Delahunt", "Pellworth Brewing") in got
    assert ("leave", "Mirela Voss", "Pellworth Brewing") in got


def test_passive_appointment_to_the_board_as_a_title_is_a_join_and_a_role():
    got = triples(
        "Pemberly Mining adds director\n\n"
        "Pemberly Mining said Kofi Asante had been appointed to the board as an independent non-executive director.\n"
    )
    assert ("join", "Kofi Asante", "Pemberly Mining") in got
    assert ("role", "Kofi Asante", "Pemberly Mining") in got


def test_elected_to_a_named_board_as_a_title():
    got = triples(
        "Castellan Insurance board\n\n"
        "Odile Brenner has been elected to the board of Castellan Insurance as a non-executive director.\n"
    )
    assert ("join", "Odile Brenner", "Castellan Insurance") in got


def test_former_title_in_a_government_department_is_a_past_employer():
    got = triples(
        "Pemberly Mining adds director\n\n"
        "Pemberly Mining said Kofi Asante, a former deputy secretary in the Department of Water Affairs, "
        "had been appointed to the board as an independent non-executive director.\n"
    )
    assert ("leave", "Kofi Asante", "Department of Water Affairs") in got


def test_former_title_in_a_city_is_no_employer():
    got = triples(
        "Pemberly Mining hires\n\n"
        "Lionel Varga, a former economist in Budapest, joined Pemberly Mining.\n"
    )
    assert not any(k == "leave" and p == "Lionel Varga" for k, p, _ in got)


def test_board_chaired_by_a_person_gives_the_chair():
    got = triples(
        "Tallis Freight governance\n\n"
        "Tallis Freight's board is chaired by Miriam Oduya, a former chief executive of Kestrel Haulage.\n"
    )
    assert ("role", "Miriam Oduya", "Tallis Freight") in got
    assert ("leave", "Miriam Oduya", "Kestrel Haulage") in got


def test_the_board_chaired_by_in_commas_belongs_to_the_company_of_the_article():
    got = triples(
        "Verano Power names finance chief\n\n"
        "Verano Power named Fenella Quist as chief financial officer. "
        "The board, chaired by Ignatius Morrow, backed the pick.\n"
    )
    assert ("role", "Ignatius Morrow", "Verano Power") in got


def test_a_committee_chair_is_no_board_chair():
    got = triples(
        "Verano Power governance\n\n"
        "Verano Power said the audit committee is chaired by Ignatius Morrow.\n"
    )
    assert ("role", "Ignatius Morrow", "Verano Power") not in got


def test_listed_founders_who_started_after_leaving_an_employer_all_left_it():
    got = triples(
        "Grainline raises seed round\n\n"
        "Ravi Tandon and Elsa Marchetti founded Grainline in 2019 after leaving Monzo, where both worked on payments.\n"
    )
    assert ("leave", "Ravi Tandon", "Monzo") in got
    assert ("leave", "Elsa Marchetti", "Monzo") in got


def test_listed_people_described_as_both_former_staff_of_a_company_left_it():
    got = triples(
        "Grainline raises seed round\n\n"
        "Grainline was founded in 2019 by Ravi Tandon and Elsa Marchetti, both former Monzo engineers.\n"
    )
    assert ("leave", "Ravi Tandon", "Monzo") in got
    assert ("leave", "Elsa Marchetti", "Monzo") in got
