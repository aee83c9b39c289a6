"""Phrasing families of the seventh relations round: where a leaver goes and what they hold there, reporting lines."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-06-02")


def test_join_as_a_title_with_lower_case_qualifiers_is_a_role():
    got = triples(
        "Orrin Foods Group loses its Ghana chief\n\n"
        "Orrin Foods Group's Ghana general manager, Efua Mensimah, has left Orrin Foods Group to join Kelderfield Foods as its supply and logistics manager in Accra.\n"
    )
    assert ("join", "Efua Mensimah", "Kelderfield Foods") in got
    assert ("role", "Efua Mensimah", "Kelderfield Foods") in got


def test_title_after_working_as_belongs_to_the_earlier_job():
    got = triples(
        "Tallowmere Ventures promotes Idris Varga\n\n"
        "Idris Varga joined Tallowmere Ventures in 2019 after working as a product manager at Quillspire.\n"
    )
    assert ("join", "Idris Varga", "Tallowmere Ventures") in got
    assert ("role", "Idris Varga", "Tallowmere Ventures") not in got


def test_left_to_run_another_company_holds_that_post():
    got = triples(
        "Harlowe Shipping fills a vacant post\n\n"
        "Harlowe Shipping said the post had been vacant since Petra Lindqvist left to run independent Saltmarsh Ferries Ltd last year.\n"
    )
    assert ("join", "Petra Lindqvist", "Saltmarsh Ferries") in got
    assert ("role", "Petra Lindqvist", "Saltmarsh Ferries") in got


def test_left_to_lead_then_moved_on_holds_no_post_there():
    got = triples(
        "Coastal board names chair\n\n"
        "Mirela Dorn left the Coast Guard in 2019 to lead the Tidewatch Alliance, a nonprofit group, before being named to the new board.\n"
    )
    assert ("role", "Mirela Dorn", "Tidewatch Alliance") not in got


def test_leave_after_a_parenthesis_to_become_title_of_a_described_company():
    got = triples(
        "Law firm moves\n\n"
        "Corin Ashby has left Pellam Grace LLP after nine years at the firm, the last five as a partner in its tax practice, "
        "to become general counsel of Denver-based Ridgeway Minerals Corp.\n"
    )
    assert ("leave", "Corin Ashby", "Pellam Grace") in got
    assert ("join", "Corin Ashby", "Ridgeway Minerals") in got
    assert ("role", "Corin Ashby", "Ridgeway Minerals") in got


def test_to_become_title_of_a_field_at_an_organisation():
    got = triples(
        "Aid group changes\n\n"
        "Talia Brennock, Sunwell Relief International's chief operating officer, left in April to become director of field programs at the Nile Basin Water Trust.\n"
    )
    assert ("join", "Talia Brennock", "Nile Basin Water Trust") in got
    assert ("role", "Talia Brennock", "Nile Basin Water Trust") in got


def test_to_become_title_of_an_index_listed_company():
    got = triples(
        "Audit partner moves\n\n"
        "Rothley & Price audit partner Dev Malhotra will leave the firm at the end of March after 18 years "
        "to become group chief financial officer of FTSE 250 retailer Hexby Stores.\n"
    )
    assert ("join", "Dev Malhotra", "Hexby Stores") in got
    assert ("role", "Dev Malhotra", "Hexby Stores") in got
    assert not any(org == "FTSE" for _, _, org in got)


def test_both_report_to_means_the_two_people_the_sentence_before_names():
    got = triples(
        "Grid people moves: Calder Energy names CFO\n\n"
        "Calder Energy has named Ruth Amankwah as chief financial officer. Calder Energy said she starts in May.\n\n"
        "Separately, pipeline operator Pellmark Midstream made two promotions: Oona Farrelly becomes chief commercial officer, "
        "and Tariq Benhamou takes over as general counsel. Both report to CEO Lisbet Okonjo.\n"
    )
    assert ("reports_to", "Oona Farrelly", "Lisbet Okonjo") in got
    assert ("reports_to", "Tariq Benhamou", "Lisbet Okonjo") in got


def test_possessive_pronoun_before_the_apposition_is_not_the_subject():
    got = triples(
        "Harbinger Records shake-up\n\n"
        "Mona Achebe is leaving Harbinger Records. Her longtime deputy, Per Lindgren, has been promoted to president of the "
        "label and will report to Harbinger Records chairman Walt Osei.\n"
    )
    assert ("reports_to", "Per Lindgren", "Walt Osei") in got
    assert ("reports_to", "Mona Achebe", "Walt Osei") not in got


def test_chief_exec_is_a_title():
    got = triples(
        "Brackwater Broadband names interim CTO\n\n"
        "Brackwater Broadband's network director, Hamid Zaheer, will step up as interim CTO. "
        "Zaheer will report to chief exec Rhiannon Pugh.\n"
    )
    assert ("reports_to", "Hamid Zaheer", "Rhiannon Pugh") in got


def test_who_joined_in_a_month_joins_the_organisation_of_the_title():
    got = triples(
        "Quarrymoor Cement names finance chief\n\n"
        "Quarrymoor Cement has named Idris Okafor as chief financial officer. Chief operating officer Wren Albright, "
        "who joined in March, stays in her post.\n"
    )
    assert ("join", "Wren Albright", "Quarrymoor Cement") in got


def test_who_joined_last_year_from_another_company():
    got = triples(
        "Fernvale Payments Group founder steps back\n\n"
        "Fernvale Payments Group's chief financial officer, Kojo Mensimah, who joined last year from Ecobank Nigeria, will remain in his post.\n"
    )
    assert ("join", "Kojo Mensimah", "Fernvale Payments Group") in got
    assert ("leave", "Kojo Mensimah", "Ecobank Nigeria") in got


def test_previously_led_a_team_named_with_digits_at_a_company_is_a_leave():
    got = triples(
        "Telecom moves\n\n"
        "Hiroko Tanabe, who previously led the 6G radio research team at Nokia Bell Labs, has joined Ostrava Networks as chief technology officer.\n"
    )
    assert ("leave", "Hiroko Tanabe", "Nokia Bell Labs") in got


def test_who_ran_a_business_elsewhere_beside_a_move_is_a_leave():
    got = triples(
        "Corran Pension Fund hires credit head\n\n"
        "Corran Pension Fund said Leila Haddad, a Lebanese investor who ran infrastructure debt at Blackstone, will join as head of private credit.\n"
    )
    assert ("leave", "Leila Haddad", "Blackstone") in got


def test_who_ran_the_subjects_own_business_is_no_leave():
    got = triples(
        "Corran Pension Fund promotes credit head\n\n"
        "Corran Pension Fund said Leila Haddad, who ran infrastructure debt at Corran Pension Fund, has been named chief investment officer.\n"
    )
    assert ("leave", "Leila Haddad", "Corran Pension Fund") not in got


def test_hired_previously_a_title_in_a_rivals_team_as_a_title():
    got = triples(
        "Mazars Hale adds partner\n\n"
        "Mazars Hale has hired Priyanka Dutt, previously a director in Deloitte's valuations team, as a partner in its Leeds office.\n"
    )
    assert ("join", "Priyanka Dutt", "Mazars Hale") in got
    assert ("leave", "Priyanka Dutt", "Deloitte") in got
    assert ("role", "Priyanka Dutt", "Mazars Hale") in got


def test_a_former_company_executive_comma_name_comma_left_it():
    got = triples(
        "Farm startups\n\n"
        "Another former Tanigawa Foods executive, Sione Latu, co-founded grocery startup Pantrio in 2023 and is its chief executive.\n"
    )
    assert ("leave", "Sione Latu", "Tanigawa Foods") in got


def test_brought_in_a_described_chief_comma_name_is_a_hire():
    got = triples(
        "Ostrander Records reshuffle\n\n"
        "Ostrander Records has since brought in a new digital rights chief, Malik Osei, a former Warner Music Group executive.\n"
    )
    assert ("join", "Malik Osei", "Ostrander Records") in got
    assert ("leave", "Malik Osei", "Warner Music Group") in got


def test_left_where_he_was_title_and_joined_another_firm_as_title():
    got = triples(
        "Water utility moves\n\n"
        "Tobiah Renner has left the Nevada Public Utilities Commission, where he was a commissioner for five years, "
        "and joined Caldera Pryce LLP as senior counsel in its Reno office.\n"
    )
    assert ("leave", "Tobiah Renner", "Nevada Public Utilities Commission") in got
    assert ("join", "Tobiah Renner", "Caldera Pryce") in got
    assert ("role", "Tobiah Renner", "Caldera Pryce") in got


def test_named_to_a_post_then_previously_elsewhere_is_a_hire_from_outside():
    got = triples(
        "Museum news\n\n"
        "Odalys Ferreira has been named executive director of the Harbor Lights Science Center. "
        "She was previously head of exhibitions at the Carnegie Science Center.\n"
    )
    assert ("role", "Odalys Ferreira", "Harbor Lights Science Center") in got
    assert ("join", "Odalys Ferreira", "Harbor Lights Science Center") in got
    assert ("leave", "Odalys Ferreira", "Carnegie Science Center") in got


def test_elevated_to_a_post_is_a_promotion_not_a_hire():
    got = triples(
        "Kapoor Industries reshuffle\n\n"
        "Meera Kapoor has been elevated to managing director of Kapoor Industries. "
        "She was previously a consultant at Bain & Company.\n"
    )
    assert ("role", "Meera Kapoor", "Kapoor Industries") in got
    assert ("join", "Meera Kapoor", "Kapoor Industries") not in got


def test_a_joiner_who_will_report_to_a_manager_holds_a_post_there():
    got = triples(
        "Tarrant Biologics adds finance head\n\n"
        "Yusuf Demir joins Tarrant Biologics from Lonza, where he ran treasury for Europe. "
        "Demir will report to chief executive Ingrid Solvang.\n"
    )
    assert ("join", "Yusuf Demir", "Tarrant Biologics") in got
    assert ("role", "Yusuf Demir", "Tarrant Biologics") in got


def test_a_past_reporting_line_gives_no_post_at_a_later_employer():
    got = triples(
        "Harlow Gazette loses editor\n\n"
        "The exit follows the departure of publisher Mara Quist, who left in May to join the Bugle. "
        "Quist had reported to Harlow Gazette chief executive Tom Reyes.\n"
    )
    assert ("join", "Mara Quist", "Bugle") in got
    assert ("role", "Mara Quist", "Bugle") not in got
