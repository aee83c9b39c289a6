"""Which organisation a claim names, second round: bare titles next to a move, people-moves columns."""

from extract_helpers import article_triples as triples


def test_the_manager_someone_will_report_to_holds_the_title_at_the_new_employer():
    got = triples(
        "Quillon Pharmaceuticals has hired Rosalind Achterberg as head of clinical operations. "
        "Achterberg joins from Veradyne, where she ran trial logistics, and will report to chief scientific "
        "officer Dmitri Halvorsen."
    )
    assert ("role", "Dmitri Halvorsen", "Quillon Pharmaceuticals") in got
    assert ("role", "Dmitri Halvorsen", "Veradyne") not in got


def test_a_manager_named_after_the_new_hires_current_post_is_at_the_hirer():
    got = triples(
        "Grain trader Oxbury Commodities has appointed Lucien Ferreira as treasurer. "
        "He is currently deputy treasurer at Tallis Mills and will report to finance chief Ingrid Solberg."
    )
    assert ("role", "Ingrid Solberg", "Oxbury Commodities") in got
    assert ("role", "Ingrid Solberg", "Tallis Mills") not in got


def test_a_county_title_belongs_to_the_county_the_text_names_most_often():
    got = triples(
        "Harlow County administrator quits\n\n"
        "HARLOW COUNTY — County Administrator Bettina Usoro resigned Friday after a dispute over pension investments. "
        "Usoro came to the post in 2019 from neighbouring Pellam County, where she kept its books.\n\n"
        "Tensions on the board\n\n"
        "Deputy County Administrator Hollis Varga will act in the post, the Harlow County board said."
    )
    assert ("role", "Hollis Varga", "Harlow County") in got
    assert ("role", "Hollis Varga", "Pellam County") not in got


def test_the_name_a_merger_creates_is_the_subject_of_the_company():
    got = triples(
        "Halden Mutual and Corrib Assurance Finish Merger\n\n"
        "Halden Mutual and Corrib Assurance completed their merger on Monday, creating Halden Corrib Group, an insurer "
        "with 4,000 staff. Halden Mutual had long been the larger partner.\n\n"
        "Yusuf Amari joins the company from Aviva, where he was head of pricing."
    )
    assert ("join", "Yusuf Amari", "Halden Corrib Group") in got
    assert ("join", "Yusuf Amari", "Halden Mutual") not in got


def test_a_one_capital_short_name_in_parentheses_after_a_legal_form_is_the_long_name():
    got = triples(
        "Teodora Rusu, who led freight at Baltic Maritime Logistics Co. (Baltimar), joined Orsova Ports as "
        "chief operating officer last month. Rusu spent eleven years at Baltimar."
    )
    assert ("leave", "Teodora Rusu", "Baltic Maritime Logistics") in got
    assert not any(org == "Baltimar" for _, _, org in got)
