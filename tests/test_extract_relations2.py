"""Phrasing families of the second relations round: career histories and move sentences that say join or leave."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-06-02")


def test_came_to_an_employer_in_a_year_from_a_described_former_one():
    got = triples(
        "Quillfield Ceramics names new plant head\n\n"
        "Quillfield Ceramics said Ottilie Brannagh will run its Derby kiln works. "
        "Brannagh came to Quillfield in 2021 from the glassmaker Vantorre Glass Co..\n"
    )
    assert ("leave", "Ottilie Brannagh", "Vantorre Glass") in got
    assert ("leave", "Ottilie Brannagh", "Quillfield Ceramics") not in got


def test_previously_led_a_function_at_another_company_is_a_past_job():
    got = triples(
        "Pellucid Analytics adds a revenue chief\n\n"
        "Pellucid Analytics has hired Jorvik Stenmark as chief revenue officer. "
        "Stenmark previously ran enterprise sales at Ardenmoor Software, and Pellucid wants larger clients.\n"
    )
    assert ("leave", "Jorvik Stenmark", "Ardenmoor Software") in got


def test_previously_led_a_unit_of_the_company_itself_is_no_departure():
    got = triples(
        "Corriveau Savings Bank names operations chief\n\n"
        "Corriveau Savings Bank promoted Idris Fenwick to chief operating officer on Tuesday. "
        "Fenwick previously headed consumer lending at the Quebec-based bank.\n"
    )
    assert not any(k == "leave" and p == "Idris Fenwick" for k, p, _ in got)


def test_held_roles_with_several_firms_after_a_current_post_elsewhere():
    got = triples(
        "Tarnwell Resources appoints chief executive\n\n"
        "Tarnwell Resources announced the appointment of Ms Rosalind Okereke as chief executive officer. "
        "Ms Okereke is currently General Manager of Brackwater Copper Limited and has previously held senior "
        "engineering roles with Cobalt Ridge Mining and Saltpan Metals over a 20-year career.\n"
    )
    assert ("leave", "Rosalind Okereke", "Cobalt Ridge Mining") in got
    assert ("leave", "Rosalind Okereke", "Saltpan Metals") in got


def test_is_a_former_chief_of_another_firm_is_a_past_job_not_a_current_role():
    got = triples(
        "Brimstead Mutual names chair\n\n"
        "Brimstead Mutual has named Orla Quennell as chair. Quennell is a former chief executive of Fenwater Re.\n"
    )
    assert ("leave", "Orla Quennell", "Fenwater Re") in got
    assert ("role", "Orla Quennell", "Fenwater Re") not in got


def test_an_appointment_followed_by_an_earlier_employer_is_a_hire_from_outside():
    got = triples(
        "Corvane Logistics names finance chief\n\n"
        "Corvane Logistics has appointed Ilsabet Varga as chief financial officer, effective 1 March. "
        "Varga was previously group treasurer at Mirelle Shipping.\n"
    )
    assert ("join", "Ilsabet Varga", "Corvane Logistics") in got
    assert ("leave", "Ilsabet Varga", "Mirelle Shipping") in got


def test_an_appointee_currently_in_post_elsewhere_will_leave_it():
    got = triples(
        "Corvane Logistics names finance chief\n\n"
        "Corvane Logistics has appointed Ilsabet Varga as chief financial officer, effective 1 March. "
        "She is currently finance director at Mirelle Shipping and will report to chief executive Anton Kreel.\n"
    )
    assert ("join", "Ilsabet Varga", "Corvane Logistics") in got
    assert ("leave", "Ilsabet Varga", "Mirelle Shipping") in got
    assert ("role", "Ilsabet Varga", "Mirelle Shipping") in got


def test_a_promotion_or_a_board_seat_is_no_hire_from_outside():
    got = triples(
        "Corvane Logistics reshuffles leadership\n\n"
        "Corvane Logistics promoted Ilsabet Varga to chief financial officer. Varga previously spent eight years at Mirelle Shipping.\n"
        "Corvane Logistics also appointed Bastian Oyelowo as chair. Oyelowo was previously chief executive of Tamsin Freight.\n"
    )
    assert ("join", "Ilsabet Varga", "Corvane Logistics") not in got
    assert ("join", "Bastian Oyelowo", "Corvane Logistics") not in got


def test_the_company_is_the_subject_not_an_adviser_whose_name_ends_in_company():
    got = triples(
        "Brightwell Dental hires strategy chief from consultancy\n\n"
        "Brightwell Dental said Noor Haddad has joined as chief strategy officer. Haddad spent nine years at Pemberton & Company.\n\n"
        "Brightwell also said that its chief operating officer, Lucas Ferreira, has left the company.\n"
    )
    assert ("leave", "Lucas Ferreira", "Brightwell Dental") in got
    assert ("leave", "Lucas Ferreira", "Pemberton & Company") not in got


def test_joined_from_a_firm_where_years_were_spent_is_a_whole_stint_there():
    got = triples(
        "Ostrander Pumps names finance chief\n\n"
        "Ostrander Pumps said Helga Marwick will become chief financial officer. "
        "Marwick joined Ostrander in 2019 from Dunmore Valves, where she spent nine years in treasury roles.\n"
        "Ostrander also hired Ewan Tolley, who joins from Carrick Hydraulics after 11 years there.\n"
    )
    assert ("join", "Helga Marwick", "Dunmore Valves") in got
    assert ("leave", "Helga Marwick", "Dunmore Valves") in got
    assert ("join", "Ewan Tolley", "Carrick Hydraulics") in got
    assert ("leave", "Ewan Tolley", "Carrick Hydraulics") in got


def test_after_a_long_career_at_a_firm_is_a_past_stint_there():
    got = triples(
        "Lindqvist Outdoor picks new chief\n\n"
        "Lindqvist Outdoor named Rhoswen Pryce chief executive. "
        "Pryce joined the retailer in 2012 after a long career at Hallbrook Stores.\n"
    )
    assert ("join", "Rhoswen Pryce", "Hallbrook Stores") in got
    assert ("leave", "Rhoswen Pryce", "Hallbrook Stores") in got
