"""Capitalised spans shaped like organisation names that are not organisations: places, events, filings, parts of bodies."""

from extract_helpers import article_triples as triples


def _orgs(got):
    return {o for _, _, o in got}


def test_a_word_after_an_emoji_bullet_opens_its_sentence():
    got = triples(
        "Industry moves this week\n\n"
        "🔔 Farewell: Tamsin Okoro is leaving her post as head of sales at Brindlewood Foods at the end of May. "
        "She joined the company in 2015."
    )
    assert "Farewell" not in _orgs(got)
    assert {o for _, p, o in got if p == "Tamsin Okoro"} == {"Brindlewood Foods"}


def test_until_opening_a_sentence_is_not_part_of_a_name():
    got = triples(
        "Marlow Tide Energy named Ines Carrow chief executive on Monday.\n\n"
        "Until Carrow arrives in March, finance director Petra Lund will serve as interim chief executive of Marlow Tide Energy."
    )
    assert not any(o.startswith("Until") for o in _orgs(got))


def test_an_opening_gerund_is_not_part_of_the_company_after_it():
    got = triples(
        "Quellary's data chief is leaving to start his own company\n\n"
        "Ravi Mendel, the head of data at analytics company Quellary, is leaving to start his own company.\n\n"
        "Mendel told staff in a memo on Monday that he would stay through June. \"Building Quellary's data team has been "
        "the best job of my career,\" he wrote. \"But I have been itching to build something of my own.\""
    )
    assert not any(o.startswith("Building") for o in _orgs(got))
    assert ("leave", "Ravi Mendel", "Quellary") in got


def test_a_city_before_its_state_abbreviation_is_a_place():
    got = triples(
        "Chief Operating Officer Lena Forsberg is leaving at the end of June to become chief executive of "
        "Boise, Idaho-based Sawtooth Outfitters. Forsberg also sits on the board of Tacoma, Wash., nonprofit Harbor Reads."
    )
    assert {"Boise", "Tacoma", "Wash"}.isdisjoint(_orgs(got))


def test_a_place_before_a_shared_based_is_not_an_organisation():
    got = triples(
        "Brightwater Aid, the Lisbon- and Dakar-based charity, has named Ousmane Tall as its chief executive."
    )
    assert not any(o.endswith("-") for o in _orgs(got))
    assert ("role", "Ousmane Tall", "Brightwater Aid") in got


def test_an_annual_meeting_is_an_event():
    got = triples(
        "Harriet Vale, a non-executive director of Kestrow Mutual, will not seek re-election at the Annual General Meeting "
        "on 3 June and will leave the board."
    )
    assert "Annual General Meeting" not in _orgs(got)


def test_a_numbered_filing_is_not_an_organisation():
    got = triples(
        "Orrin Bancorp adds two directors\n\n"
        "Orrin Bancorp has appointed Delia Marsh and Tobias Grunwald to its board, it disclosed in a Form 8-K filing on Friday. "
        "Under the agreement, disclosed in the Form 8-K, Marsh will join the audit committee."
    )
    assert "Form" not in _orgs(got)


def test_the_town_of_a_factory_is_not_the_employer():
    got = triples(
        "Pavel Hruska joins from Skoda, where he spent ten years in quality control at the Mlada factory."
    )
    assert "Mlada" not in _orgs(got)


def test_a_segment_of_the_company_is_not_another_company():
    got = triples("Corvel Dynamics also named Ruth Abernathy president of its Sensors and Avionics segment.")
    assert {"Sensors", "Avionics", "Sensors and Avionics"}.isdisjoint(_orgs(got))
    assert ("role", "Ruth Abernathy", "Corvel Dynamics") in got


def test_a_department_of_a_named_owner_is_part_of_it():
    got = triples(
        "Ottery Re named Eamon Pratt deputy governor for payments. Pratt was director of the Reserve Bank's Payments "
        "Oversight Department."
    )
    assert "Payments Oversight Department" not in _orgs(got)


def test_a_board_named_in_apposition_is_the_clubs_board():
    got = triples(
        "On Friday, Pieter de Waal stepped down as chair of the Raad van Toezicht, the hospital's supervisory board, "
        "after six years at Meridiaan Ziekenhuis."
    )
    assert "Raad van Toezicht" not in _orgs(got)


def test_a_college_named_for_its_fields_is_a_unit_of_the_university():
    got = triples(
        "Lindqvist University announced several changes on Tuesday.\n\n"
        "Mira Tanaka, dean of the College of Nursing since 2019, said she will step down at the end of the year."
    )
    assert "College of Nursing" not in _orgs(got)


def test_words_before_a_descriptor_and_a_name_describe_the_company():
    got = triples("Owen Reyes has been named chief executive of Edge AI chip startup Lumora, the company said on Monday.")
    assert "Edge AI" not in _orgs(got)
    assert ("role", "Owen Reyes", "Lumora") in got


def test_the_field_of_a_title_is_not_the_employer():
    got = triples(
        "Fenwick Mutual appointed Laila Brandt as a non-executive director. Brandt was previously Head of Payments "
        "Regulation at the Bank of Ruritania."
    )
    assert "Payments Regulation" not in _orgs(got)
    assert ("leave", "Laila Brandt", "Bank of Ruritania") in got


def test_a_signature_line_field_is_not_an_organisation():
    got = triples(
        "Calder Biologics named Nora Finch chief medical officer.\n\n"
        "Media Contact:\nSimon Achebe\nVice President, Corporate Communications\nCalder Biologics\n"
    )
    assert "Corporate Communications" not in _orgs(got)


def test_the_pronoun_i_and_business_shorthand_end_a_name():
    got = triples(
        "Harwell Pike hires a Bracken Lowe R&D chief\n\n"
        "Harwell Pike has hired Ines Moravec, a Bracken Lowe R&D director, as chief technology officer. "
        "\"For eight years at Bracken Lowe I built labs,\" Moravec said. \"I told Petra I'm ready for something new.\""
    )
    assert {o for _, p, o in got if p == "Ines Moravec"} <= {"Harwell Pike", "Bracken Lowe"}
    assert not any(o.endswith(("I", "I'm", "R&D")) for o in _orgs(got))


def test_an_ex_prefix_is_not_part_of_the_former_employer():
    got = triples(
        "Ex-Tolvane engineer Rosa Imbert joins Quarrix as CTO\n\n"
        "Rosa Imbert, who spent nine years at Tolvane, has joined robotics startup Quarrix as chief technology officer."
    )
    assert not any(o.startswith("Ex-") for o in _orgs(got))


def test_a_streaming_brand_keeps_its_plus_sign():
    got = triples(
        "Brannock Studios said Mae Whitlow would move to the company's streaming service, Brannock+, as head of drama, "
        "reporting to Brannock+ chief content officer Idris Fallow."
    )
    assert ("role", "Idris Fallow", "Brannock+") in got


def test_a_chambers_committee_named_for_two_fields_is_one_name():
    got = triples(
        "Tamsin Arkwright has joined the Harlow Wind Council as policy director. Arkwright previously spent five years on "
        "the staff of the House Agriculture and Rural Affairs Committee."
    )
    assert any(o == "House Agriculture and Rural Affairs Committee" for o in _orgs(got))
    assert "House Agriculture" not in _orgs(got)


def test_a_short_name_stands_for_its_name_with_a_generic_tail():
    got = triples(
        "Orwell Fenn's Top Credit Manager Leaves for Sable Point\n\n"
        "Marisol Ebner, who runs $3 billion of credit funds at Orwell Fenn Asset Management, is leaving the firm. "
        "Ebner will leave Orwell Fenn next month. Her Orwell Fenn High Yield Bond Fund returned 9% this year."
    )
    assert ("leave", "Marisol Ebner", "Orwell Fenn Asset Management") in got
    assert "Orwell Fenn" not in _orgs(got)


def test_a_name_before_a_where_clause_is_where_someone_worked():
    got = triples(
        "Tessaly Robotics also hired Marek Olsen as chief operating officer. Olsen joins from Brackwater Grumman, "
        "where he was vice president of assembly programs."
    )
    assert ("leave", "Marek Olsen", "Brackwater Grumman") in got
    assert not any(p == "Brackwater Grumman" for _, p, _ in got)


def test_a_firm_named_for_a_person_before_a_where_clause_is_the_firm():
    got = triples(
        "Tellwater Private Wealth has hired adviser Nadia Rusk. Rusk joined from Henry Caldwell, where she spent nine years "
        "managing client portfolios."
    )
    assert ("leave", "Nadia Rusk", "Henry Caldwell") in got


def test_what_follows_a_persons_name_and_of_is_where_they_belong():
    got = triples(
        "The growers' council elected its officers on Thursday. Also elected were Treasurer Lorna Ekwueme of "
        "Sable Creek Orchards and Secretary Davit Mamuka of Pinecrest Grain Co."
    )
    assert not any(p == "Sable Creek Orchards" for _, p, _ in got)
    assert "Sable Creek Orchards" in _orgs(got)


def test_a_name_after_a_company_noun_and_a_comma_is_the_company():
    got = triples(
        "Lukas Brandl, the chief technology officer of Aerovane, left in March to start a battery company, Cobalt Harbour. "
        "Aerovane has not named a successor."
    )
    assert not any(p == "Cobalt Harbour" for _, p, _ in got)


def test_a_name_after_left_for_is_an_organisation():
    got = triples(
        "Marlow & Pike has lost two partners. Tax partner Odile Renner left for Brisket Lowe in May, the firm said."
    )
    assert ("join", "Odile Renner", "Brisket Lowe") in got


def test_business_words_of_other_languages_open_or_end_a_company_name():
    got = triples(
        "Almacenes Tordesillas replaces chief executive\n\n"
        "MADRID — The board of Almacenes Tordesillas on Tuesday accepted the resignation of chief executive Elena Quispe "
        "and named Tomas Arregui to replace her.\n\n"
        "Stahlwerk Oberbach also changes its leadership: the board of Stahlwerk Oberbach named Klaus Wendt chief executive."
    )
    assert ("role", "Elena Quispe", "Almacenes Tordesillas") in got
    assert ("role", "Klaus Wendt", "Stahlwerk Oberbach") in got


def test_a_name_given_an_acronym_of_its_initials_is_an_organisation():
    got = triples(
        "Halden Acquisition names its board\n\n"
        "The new board members are:\n"
        "- Rosa Echeverri, former vice president of oversight at the Superintendencia Financiera de Colombia (SFC), who "
        "will join as an independent director"
    )
    assert "Superintendencia Financiera de Colombia" in _orgs(got)


def test_a_groups_possessive_inside_a_departments_name_is_kept():
    got = triples(
        "The governor named Ruth Okonjo, a former deputy commissioner at Vermont's Ministry of Women's Affairs, "
        "as the agency's new director."
    )
    assert not any(o in ("Ministry of Women", "Women") for o in _orgs(got))


def test_a_companys_own_words_outweigh_a_headline_on_a_tie():
    got = triples(
        "Sementes do Planalto replaces chief executive\n\n"
        "Sementes do Planalto, one of the largest seed producers in Goiás, said on Monday that chief executive "
        "Otávio Lins Barreto will step down in June. Sementes do Planalto's shares have fallen 20% this year."
    )
    assert ("role", "Otávio Lins Barreto", "Sementes do Planalto") in got


def test_a_ticker_after_a_mixed_case_exchange_is_not_an_organisation():
    got = triples(
        "Quorvant Bio, Inc. (Nasdaq: QVBI) today announced that Lena Marsh has been appointed Chief Financial Officer. "
        "Marsh will report to Chief Executive Officer Paul Strand."
    )
    assert "QVBI" not in _orgs(got)


def test_an_acronym_before_a_lower_case_noun_after_a_title_is_the_field():
    got = triples(
        "Nadia Verhoef has joined grid operator Tessel Power as chief engineer after eight years at Vodaline, where she "
        "was most recently head of LTE planning in the northern region."
    )
    assert "LTE" not in _orgs(got)
