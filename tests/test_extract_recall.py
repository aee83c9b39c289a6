"""Phrasing families of people named in passing: ages, past appositions, stacked titles, career clauses."""

from extract_helpers import article_triples as triples


def test_a_capitalised_word_right_after_a_title_is_a_given_name():
    got = triples(
        "Quarry Town FC sacked its manager on Monday. Assistant coach Earl Pinnock and first-team coach Dean Ostler "
        "have also left the club."
    )
    assert ("leave", "Dean Ostler", "Quarry Town FC") in got
    assert ("leave", "Earl Pinnock", "Quarry Town FC") in got


def test_a_title_the_sentence_says_was_left_is_not_held():
    got = triples("Lindqvist Freight Inc. reported higher costs on Monday. The company's treasurer, Odile Varga, has left the company.")
    assert ("leave", "Odile Varga", "Lindqvist Freight") in got
    assert ("role", "Odile Varga", "Lindqvist Freight") not in got


def test_an_age_does_not_hide_a_past_employer_or_the_appointment():
    got = triples(
        "Harrow Dairy Cooperative named Petra Solvang, 61, a former Arla Foods executive who ran its cheese division, "
        "as its new chief executive."
    )
    assert ("join", "Petra Solvang", "Harrow Dairy Cooperative") in got
    assert ("role", "Petra Solvang", "Harrow Dairy Cooperative") in got
    assert ("leave", "Petra Solvang", "Arla Foods") in got


def test_a_past_apposition_with_a_field_is_read_to_its_comma():
    got = triples(
        "Bramwell Orbital Inc. raised $40 million on Tuesday. Ines Cathcart, a former ESA mission director for lunar programs, has joined "
        "the company's board of directors, Bramwell Orbital said."
    )
    assert ("join", "Ines Cathcart", "Bramwell Orbital") in got
    assert ("leave", "Ines Cathcart", "ESA") in got


def test_a_retired_executive_left_that_company():
    got = triples(
        "Tamsin Water Ltd agreed to merge with a rival on Friday. Tamsin Water's board will be chaired by Hollis Grange, "
        "a retired Unilever executive."
    )
    assert ("leave", "Hollis Grange", "Unilever") in got
    assert ("role", "Hollis Grange", "Tamsin Water") in got


def test_a_numbered_board_and_a_deputy_serving_beside_its_chair():
    got = triples(
        "Fenwick Credit Union's nine-member board will be chaired by Alma Trevino, with Bruno Osei serving as vice chair."
    )
    assert ("role", "Alma Trevino", "Fenwick Credit Union") in got
    assert ("role", "Bruno Osei", "Fenwick Credit Union") in got


def test_a_who_clause_after_a_past_apposition_does_not_hide_the_verb():
    got = triples(
        "Corran Textiles said Edda Morrow, a former Inditex buyer, who had been tipped for the top job, will remain "
        "chief executive of Loomwell Retail."
    )
    assert ("role", "Edda Morrow", "Loomwell Retail") in got


def test_a_seat_on_a_named_board_belongs_to_that_board():
    got = triples(
        "Raman Textiles said Kavita Raman, 29, the founder's niece, has been elevated to executive director on the "
        "board of Raman Holdings, the family's investment company."
    )
    assert ("role", "Kavita Raman", "Raman Holdings") in got


def test_a_time_phrase_between_left_and_its_destination():
    got = triples(
        "Ostrava Mills Ltd reported a loss on Monday. Pavel Hruska, Ostrava Mills' head of trading, left last month "
        "to join Cargill."
    )
    assert ("leave", "Pavel Hruska", "Ostrava Mills") in got
    assert ("join", "Pavel Hruska", "Cargill") in got


def test_a_departure_to_start_an_own_shop_names_it_after_a_comma():
    got = triples(
        "Ferrand Studio Ltd hired a new design chief on Monday. She replaces Colm Duggan, who left in May to launch his "
        "own agency, Lantern Works."
    )
    assert ("join", "Colm Duggan", "Lantern Works") in got


def test_an_organisation_possessive_apposition_does_not_hide_the_verb():
    got = triples(
        "Kestrel Robotics Inc. shipped its first arm in 2023. The job has been open since Amal Idris, Kestrel's first "
        "hardware lead, left in March."
    )
    assert ("leave", "Amal Idris", "Kestrel Robotics") in got


POST = """source: blog.tallowfield.example
published: 2026-02-02
---
Welcoming two new leaders to Tallowfield

When Ines Moravec and I started Tallowfield in 2019, we were four people in a garage.

Kofi Mensah-Blair, Chief Technology Officer

Kofi joins us from Atlassian, where he spent eight years leading platform engineering.

Rosa Lindgren, Head of Finance

Rosa was previously a controller at Klarna. Kofi will report to me, and Rosa will report to our CFO, Ivan Petrak.
"""


def test_a_name_and_title_line_in_a_post_is_a_caption():
    got = {(k, p, o) for k, p, o in triples(POST)}
    assert ("role", "Kofi Mensah-Blair", "Tallowfield") in got
    assert ("role", "Rosa Lindgren", "Tallowfield") in got


def test_joins_us_from_and_our_title_in_a_first_person_post():
    got = triples(POST)
    assert ("join", "Kofi Mensah-Blair", "Tallowfield") in got
    assert ("leave", "Kofi Mensah-Blair", "Atlassian") in got
    assert ("role", "Ivan Petrak", "Tallowfield") in got


def test_a_byline_is_no_caption():
    got = triples("By Mara Quist, Senior Editor, Semiconductors\n\nVelloc Systems named Ada Brun its chief executive on Monday.")
    assert not any(p == "Mara Quist" for _, p, _ in got)


def test_a_previous_holder_apposition_with_field_words_is_a_past_post():
    got = triples(
        "Corlander Stores Inc. fired its finance chief on Monday. The company's previous chief financial officer, "
        "Wade Ellory, had also left abruptly. The county's public works director, Nils Arden, said roads were shut."
    )
    assert ("leave", "Wade Ellory", "Corlander Stores") in got
    assert ("role", "Wade Ellory", "Corlander Stores") not in got


def test_who_has_led_since_is_a_post_held_now():
    got = triples(
        "Brannock Logistics Ltd named a new chief executive on Monday. She takes over from Arvid Solheim, who has led "
        "Brannock Logistics since 2014 and will become chairman."
    )
    assert ("role", "Arvid Solheim", "Brannock Logistics") in got


def test_who_directs_a_unit_at_an_institution():
    got = triples(
        '"The spinout is good news," said Ilse Verhoeven, who directs the Marine Institute at Dunmere University.'
    )
    assert ("role", "Ilse Verhoeven", "Dunmere University") in got


def test_re_elected_and_a_country_after_the_name():
    got = triples(
        "The Nordic Rowing Federation held its congress in Oslo. Sven Aalto of Finland was re-elected as treasurer "
        "of the Nordic Rowing Federation."
    )
    assert ("role", "Sven Aalto", "Nordic Rowing Federation") in got


def test_takes_over_as_is_a_new_post():
    got = triples("Pellcroft Software Inc. lost its sales chief. Her deputy Mirela Sauca takes over as interim head of sales.")
    assert ("role", "Mirela Sauca", "Pellcroft Software") in got


def test_fired_with_a_job_description_before_the_name():
    got = triples("The Harbourside Gulls also fired defensive coordinator Otis Brandvold on Sunday.")
    assert ("leave", "Otis Brandvold", "Harbourside Gulls") in got


def test_joined_from_an_office_of_a_firm():
    got = triples("Lena Ostrova joined Kellam Voss LLP in 2019 from the Denver office of Holland & Hart.")
    assert ("leave", "Lena Ostrova", "Holland & Hart") in got


def test_everyone_in_a_list_after_a_colon_moves():
    got = triples(
        "Marlow Pike LLP has added two partners to its Leeds office: litigator Dara Quigley, formerly of Addleshaw "
        "Goddard, and tax lawyer Femi Okonjo, who joins from Deloitte."
    )
    assert ("join", "Dara Quigley", "Marlow Pike") in got
    assert ("leave", "Dara Quigley", "Addleshaw Goddard") in got
    assert ("join", "Femi Okonjo", "Marlow Pike") in got


def test_now_works_for_is_a_current_post():
    got = triples(
        "The Portvale Herons are looking for a coach. One name is Abel Tamsin, who was fired by the Dunlin Hawks in "
        "2022 and now works as a studio analyst for Coastline Sports Network."
    )
    assert ("role", "Abel Tamsin", "Coastline Sports Network") in got


def test_left_for_a_job_at_and_left_to_become_a_lower_case_post():
    got = triples(
        "Eastmoor University is losing senior staff. The exodus follows the departure in May of registrar Pia Lund, "
        "who left for a job at Skane Health, and of dean Ravi Anand, who left to become pro-vice-chancellor at "
        "Kingsford University."
    )
    assert ("join", "Pia Lund", "Skane Health") in got
    assert ("join", "Ravi Anand", "Kingsford University") in got
    assert ("leave", "Ravi Anand", "Eastmoor University") in got


def test_an_appointee_with_a_former_title_elsewhere_is_hired_from_outside():
    got = triples(
        "Brixley Foods Ltd said on Monday that it had appointed Yara Demir, a former partner at KPMG, as chief "
        "people officer."
    )
    assert ("join", "Yara Demir", "Brixley Foods") in got
    assert ("leave", "Yara Demir", "KPMG") in got


def test_a_board_seat_for_someone_with_a_former_title_elsewhere_is_a_join():
    got = triples(
        "Brixley Foods Ltd said its board elected Tomas Riga, a former chief executive of Tesco, as an independent director."
    )
    assert ("role", "Tomas Riga", "Brixley Foods") in got
    assert ("join", "Tomas Riga", "Brixley Foods") in got  # an outsider comes onto the board (gold of dev5, dev6, dev19)


def test_a_mayor_belongs_to_the_one_city_the_story_names():
    got = triples(
        "The City of Dunmore said its water chief had resigned. Mayor Celia Hartigan praised the crews who worked "
        "through the storm."
    )
    assert ("role", "Celia Hartigan", "City of Dunmore") in got


def test_will_be_led_by_is_a_post():
    got = triples("Crossway Mutual Bank completed its merger on Monday. The new credit unit will be led by Bela Novak.")
    assert ("role", "Bela Novak", "Crossway Mutual Bank") in got


def test_an_unlisted_job_word_before_a_name_in_commas():
    got = triples(
        "The Harbour Pilots Association met on Monday. The Harbour Pilots Association's regional officer, Marta Iles, "
        "said pilots had raised concerns."
    )
    assert ("role", "Marta Iles", "Harbour Pilots Association") in got


def test_welcome_to_the_board_as_a_director():
    got = triples(
        "Tarnby Gold Ltd released its quarterly report. The Company is pleased to welcome Mr Ewan Scully to the "
        "Board as an independent Non-Executive Director."
    )
    assert ("join", "Ewan Scully", "Tarnby Gold") in got
    assert ("role", "Ewan Scully", "Tarnby Gold") in got


def test_a_name_with_an_apposition_then_chairs_the_board():
    got = triples(
        "The Coastal Netball League named a new commissioner. Hana Villiers, the league's biggest investor, chairs "
        "the board of governors."
    )
    assert ("role", "Hana Villiers", "Coastal Netball League") in got


def test_chair_of_a_named_board_of_trustees():
    got = triples(
        '"We are delighted," said Owen Marsh, chair of the Lakeview Community Hospital board of trustees.'
    )
    assert ("role", "Owen Marsh", "Lakeview Community Hospital") in got


def test_whose_title_names_the_organisations_officer():
    got = triples(
        "Pressure came from activist fund Greyhaven Partners, whose founder, Lotte Brink, has called for a sale."
    )
    assert ("role", "Lotte Brink", "Greyhaven Partners") in got


def test_a_member_of_a_named_body_and_a_board_member_in_charge_of_a_field():
    got = triples(
        "Falkmoor Pension Fund named an interim trustee on Monday. The seat will be filled by Roos Dekker, a member "
        "of Falkmoor Pension Fund's audit committee. His duties pass to Jan Brouwer, the board member in charge of "
        "operations and IT."
    )
    assert ("role", "Roos Dekker", "Falkmoor Pension Fund") in got
    assert ("role", "Jan Brouwer", "Falkmoor Pension Fund") in got


def test_a_plc_legal_form_in_title_case_is_dropped():
    got = triples("Ashworth Bank Plc said on Monday that Kemi Adebola had resigned as chief executive of Ashworth Bank Plc.")
    assert ("leave", "Kemi Adebola", "Ashworth Bank") in got


def test_a_second_mover_sharing_the_verb():
    got = triples(
        "Larkspur Ventures added two partners this week. Ines Vidal is joining from Accel and Tomas Rehn from Index Ventures."
    )
    assert ("join", "Tomas Rehn", "Larkspur Ventures") in got
    assert ("leave", "Tomas Rehn", "Index Ventures") in got


def test_formerly_at_a_unit_of_a_firm_before_the_verb():
    got = triples("Tomas Rehn, formerly a partner at Index Ventures' growth fund, co-founded Quillfin, a lending startup.")
    assert ("join", "Tomas Rehn", "Quillfin") in got
    assert ("leave", "Tomas Rehn", "Index Ventures") in got


def test_appointed_as_a_member_of_the_management_board():
    got = triples(
        "Brennholz Chemie AG reshuffled its management on Monday. The board also appointed Ulla Fenske, currently "
        "chief operating officer at Rhenus Polymer, as a member of the management board."
    )
    assert ("join", "Ulla Fenske", "Brennholz Chemie") in got
    assert ("role", "Ulla Fenske", "Brennholz Chemie") in got


def test_a_posted_by_byline_names_the_first_person_writer():
    text = (
        "Team Update\n\nWelcoming a new leader\n\n"
        "Posted by Lidia Marsh, CEO · 4 min read\n\nWhen Tove Ekdahl and I started Ferrowind in 2018, we were three people.\n"
    )
    got = triples(text)
    assert ("join", "Lidia Marsh", "Ferrowind") in got
    assert not any(p == "Team Update" for _, p, _ in got)
