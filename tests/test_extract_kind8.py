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


def test_hyphenated_epithet_before_the_new_employer_keeps_the_join():
    got = triples(
        "Finance chief to move\n\n"
        "Marlow Brewing chief financial officer Ines Kowalczyk will join PE-backed Dunholme Distillers Ltd as group CFO, "
        "people familiar with the matter said.\n"
    )
    assert ("join", "Ines Kowalczyk", "Dunholme Distillers") in got
    assert ("role", "Ines Kowalczyk", "Dunholme Distillers") in got
    assert ("leave", "Ines Kowalczyk", "Marlow Brewing") in got


def test_hyphenated_epithet_before_the_former_employer_keeps_the_leave():
    got = triples(
        "Quarry software maker hires\n\n"
        "Tessellate Systems said Joaquim Brandao joined the company in 2020 from Lisbon-based Altavia Robotics.\n"
    )
    assert ("leave", "Joaquim Brandao", "Altavia Robotics") in got


def test_join_with_an_apposition_before_as_keeps_the_title():
    got = triples(
        "Finance chief to move\n\n"
        "Marlow Brewing chief financial officer Ines Kowalczyk is leaving. Kowalczyk is set to join Dunholme Distillers Ltd, "
        "a family-owned maker of gin, as chief financial officer in March.\n"
    )
    assert ("role", "Ines Kowalczyk", "Dunholme Distillers") in got


def test_announced_departure_after_a_stint_keeps_the_post_until_then():
    got = triples(
        "Streamer shake-up\n\n"
        "At Corvid Pictures, senior vp drama Halima Desrosiers is also leaving after six years with the company, "
        "though she will stay through the launch of the autumn slate.\n"
    )
    assert ("leave", "Halima Desrosiers", "Corvid Pictures") in got
    assert ("role", "Halima Desrosiers", "Corvid Pictures") in got


def test_retired_in_a_year_as_a_title_of_an_organisation_leaves_that_organisation():
    got = triples(
        "Brightline board\n\n"
        "Brightline Foods appointed Odalys Ferreira as a director. Ferreira retired in 2023 as chief financial officer of Hollins Grain.\n"
    )
    assert ("leave", "Odalys Ferreira", "Hollins Grain") in got
    assert ("leave", "Odalys Ferreira", "Brightline Foods") not in got


def test_founded_after_a_decade_as_a_title_elsewhere_is_a_whole_stint_there():
    got = triples(
        "Brightline founder\n\n"
        "Odalys Ferreira founded Brightline Foods in 2015 after a decade as chief buyer at Hollins Grain.\n"
    )
    assert ("join", "Odalys Ferreira", "Hollins Grain") in got
    assert ("leave", "Odalys Ferreira", "Hollins Grain") in got


def test_is_out_at_is_a_departure():
    got = triples(
        "Brightline layoffs\n\n"
        "Chief scientific officer Odalys Ferreira is out at Brightline Foods as part of a restructuring.\n"
    )
    assert ("leave", "Odalys Ferreira", "Brightline Foods") in got
    assert ("role", "Odalys Ferreira", "Brightline Foods") not in got


def test_former_qualified_title_names_a_past_employer():
    got = triples(
        "Brightline names CFO\n\n"
        "Brightline Foods named Odalys Ferreira chief financial officer. Ferreira is a former procurement director at Hollins Grain.\n"
    )
    assert ("leave", "Odalys Ferreira", "Hollins Grain") in got


def test_apposition_naming_where_someone_works_is_what_a_join_leaves():
    got = triples(
        "Brightline hires\n\n"
        "Odalys Ferreira, a longtime logistics lead at Hollins Grain, has joined Brightline Foods as vice president of supply.\n"
    )
    assert ("join", "Odalys Ferreira", "Brightline Foods") in got
    assert ("leave", "Odalys Ferreira", "Hollins Grain") in got


def test_title_in_another_firms_team_is_held_there_and_left_by_the_hire():
    got = triples(
        "Brightline hires\n\n"
        "Brightline Foods hired Odalys Ferreira, a director in Marrowby Capital's credit team, as head of trading.\n"
    )
    assert ("join", "Odalys Ferreira", "Brightline Foods") in got
    assert ("role", "Odalys Ferreira", "Marrowby Capital") in got
    assert ("leave", "Odalys Ferreira", "Marrowby Capital") in got


def test_came_from_where_they_spent_years_doing_something_is_a_whole_stint():
    got = triples(
        "Brightline hires\n\n"
        "Odalys Ferreira joined Brightline Foods in 2019 from Hollins Grain, where she spent nine years building its export desk.\n"
    )
    assert ("join", "Odalys Ferreira", "Hollins Grain") in got
    assert ("leave", "Odalys Ferreira", "Hollins Grain") in got


def test_came_from_where_they_worked_for_years_and_rose_is_a_whole_stint():
    got = triples(
        "Brightline hires\n\n"
        "Ferreira arrives from Hollins Grain, where she worked for 12 years and was most recently head of trading. "
        "Odalys Ferreira is Brightline Foods' new chief operating officer.\n"
    )
    assert ("join", "Odalys Ferreira", "Hollins Grain") in got


def test_came_from_where_their_career_began_is_a_whole_stint():
    got = triples(
        "Brightline hires\n\n"
        "Odalys Ferreira joined Brightline Foods in 2011 from Hollins Grain, where she began her career as a trainee in 2003.\n"
    )
    assert ("join", "Odalys Ferreira", "Hollins Grain") in got


def test_left_ending_a_long_career_there_had_joined_it():
    got = triples(
        "Moves\n\n"
        "Odalys Ferreira has left Hollins Grain, where she was head of trading, ending a 17-year career at the company.\n"
    )
    assert ("join", "Odalys Ferreira", "Hollins Grain") in got
    assert ("leave", "Odalys Ferreira", "Hollins Grain") in got


def test_leaving_after_years_to_do_something_else_had_joined_it():
    got = triples(
        "Moves\n\n"
        "Odalys Ferreira is leaving Hollins Grain after nine years to launch a startup.\n"
    )
    assert ("join", "Odalys Ferreira", "Hollins Grain") in got
