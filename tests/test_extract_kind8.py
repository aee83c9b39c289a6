"""Phrasing families of the eighth kind round: board seats from outside, predecessors who stay on in another post."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-09-15")


def test_board_seat_given_to_a_former_executive_elsewhere_is_a_join():
    got = triples(
        "Brackenford Mills adds a director\n\n"
        "Brackenford Mills appointed Odile Vantongeren, a former finance director of Harrowgate Textiles, "
        "as an independent non-executive director.\n"
    )
    assert ("join", "Odile Vantongeren", "Brackenford Mills") in got
    assert ("role", "Odile Vantongeren", "Brackenford Mills") in got
    assert ("leave", "Odile Vantongeren", "Harrowgate Textiles") in got


def test_board_seat_with_the_former_employer_in_the_next_sentence_is_a_join():
    got = triples(
        "Pellworth Shipping board change\n\n"
        "Pellworth Shipping announced the appointment of Casimir Ondaatje as an independent non-executive director.\n"
        "Ondaatje is a former deputy director of the Lantern Bay Port Authority, where he worked for twelve years.\n"
    )
    assert ("join", "Casimir Ondaatje", "Pellworth Shipping") in got


def test_board_seat_beside_a_current_job_leaves_nothing():
    got = triples(
        "Quenby Insurance board change\n\n"
        "Quenby Insurance announced the appointment of Rosalind Achebe-Hart as a non-executive director with effect from 1 October.\n"
        "She is currently chief actuary of Marrow Life and was previously head of pricing at Tolland Re.\n"
    )
    assert ("join", "Rosalind Achebe-Hart", "Quenby Insurance") in got
    assert ("leave", "Rosalind Achebe-Hart", "Marrow Life") not in got


def test_predecessor_who_transitions_to_a_new_role_stays():
    got = triples(
        "Ferrowind Turbines names new technology chief\n\n"
        "Ferrowind Turbines has named Halvard Ekstrom chief technology officer. Ekstrom succeeds co-founder Marguerite Osei, "
        "who will transition to the newly created role of chief strategy officer.\n"
    )
    assert ("leave", "Marguerite Osei", "Ferrowind Turbines") not in got
    assert ("role", "Marguerite Osei", "Ferrowind Turbines") in got


def test_predecessor_who_will_then_become_an_honorary_post_stays():
    got = triples(
        "Linwood Chamber Choir names a new conductor\n\n"
        "The Linwood Chamber Choir has named Tobiah Renwick artistic director. Renwick succeeds Ilse Marchetti, who will conclude "
        "her tenure as artistic director next summer and will then become the choir's director emerita.\n"
    )
    assert ("leave", "Ilse Marchetti", "Linwood Chamber Choir") not in got
    assert ("role", "Ilse Marchetti", "Linwood Chamber Choir") in got


def test_predecessor_who_will_become_chief_elsewhere_leaves():
    got = triples(
        "Ferrowind Turbines names new technology chief\n\n"
        "Ferrowind Turbines has named Halvard Ekstrom chief technology officer. Ekstrom succeeds Marguerite Osei, "
        "who will become chief executive of Dunmore Grid.\n"
    )
    assert ("leave", "Marguerite Osei", "Ferrowind Turbines") in got
