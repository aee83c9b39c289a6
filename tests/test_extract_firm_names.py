"""Firms named after people: a person-shaped name only ever seen where an employer goes is an organisation."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return set(article_triples(text, published="2024-05-01"))


def test_a_firm_named_like_a_person_after_joined_from_is_the_former_employer():
    got = triples(
        "Ines Carvalho, 51, joined Tidemark Freight in 2016 from Martin Kessler. "
        "She started her career at Orla Shipping before moving to Martin Kessler in 2009."
    )
    assert ("leave", "Ines Carvalho", "Martin Kessler") in got
    assert not any(p == "Martin Kessler" for _, p, _ in got)


def test_a_title_at_a_firm_named_like_a_person_gives_the_employer():
    got = triples(
        "Pellworth Dental last month hired Colette Mariner, previously a principal at Thomas Grady, "
        "as its chief operating officer."
    )
    assert any(p == "Colette Mariner" and o == "Thomas Grady" for _, p, o in got)
    assert not any(p == "Thomas Grady" for _, p, _ in got)


def test_the_short_name_of_a_company_defined_in_a_release_is_the_company():
    got = triples(
        'Osric Vale Holdings Corp. ("Osric Vale") and Brantmoor today named a new board.\n\n'
        "- Damian Fairley, Chairman and Chief Executive Officer of Osric Vale, who will join the board as a director\n\n"
        "The deal is subject to approval by Osric Vale's shareholders."
    )
    assert not any(p == "Osric Vale" for _, p, _ in got)


def test_a_person_seen_in_an_employer_slot_and_as_a_speaker_stays_a_person():
    got = triples(
        "Harriet Lune joined Corvane Analytics from Dalby Reinsurance in May. "
        "Colleagues who worked at Harriet Lune's side said she was demanding. "
        '"We are growing fast," said Harriet Lune, the company\'s new head of pricing.'
    )
    assert any(p == "Harriet Lune" and o == "Corvane Analytics" for _, p, o in got)


def test_a_title_word_inside_a_firms_name_is_part_of_the_name():
    got = triples(
        '"Clients now ask for fees up front," said Odile Marchetti, founder and president of staffing '
        "firm Marchetti Counsel Group, who was not involved in the move. Brightwater Bank lost two teams this year."
    )
    assert ("role", "Odile Marchetti", "Marchetti Counsel Group") in got
    assert not any(o == "Brightwater Bank" for _, _, o in got)


def test_a_quotes_speaker_known_by_one_name_with_a_job_is_a_person():
    got = triples(
        'Growers have switched to drip lines. "Nobody plants without sensors now," said Wiranto, a portfolio manager at '
        "Surabaya-based fund house Benih Lestari, who goes by one name. Benih Lestari does not own farmland, Wiranto said."
    )
    assert ("role", "Wiranto", "Benih Lestari") in got
