"""Phrasing families of the relations round: who reports, which kind of claim a sentence gives."""

from extract_helpers import article_triples as triples


def test_a_shared_subject_reports_not_the_person_in_its_who_clause():
    got = triples(
        "Tolland Freight reshuffles its sales team\n\n"
        "Tolland Freight hired Marguerite Ostby as chief commercial officer on Monday.\n"
        "Sales director Wendell Achebe, who recruited Piet Lindqvist in 2019, keeps his post but will now report to Ostby.\n"
        "The carrier named Corinna Vale head of pricing. She succeeds Hollis Brandt, who is retiring after 22 years "
        "at the carrier, and will report to chief executive Odile Marchetti.\n"
    )
    assert ("reports_to", "Wendell Achebe", "Marguerite Ostby") in got
    assert ("reports_to", "Corinna Vale", "Odile Marchetti") in got
    assert not any(k == "reports_to" and p in ("Piet Lindqvist", "Hollis Brandt") for k, p, _ in got)


def test_a_team_list_all_of_whom_report_to_a_manager():
    got = triples(
        "Harbourline Water names its leadership\n\n"
        "Harbourline Water, a utility, said Dr. Edda Sorensen will lead the combined company.\n\n"
        "The senior team of Harbourline Water Group, all of whom report to Dr. Sorensen, includes:\n\n"
        "- Tobias Renner, Chief Operating Officer\n"
        "- Sister Agnes Mwangi, Vice President, Community Relations\n"
        "- Ilse Kranz, General Counsel\n"
    )
    for person in ("Tobias Renner", "Agnes Mwangi", "Ilse Kranz"):
        assert ("reports_to", person, "Edda Sorensen") in got
        assert ("role", person, "Harbourline Water Group") in got
    assert ("role", "Tobias Renner", "Harbourline Water") not in got


def test_a_predecessor_who_will_become_chairman_stays_with_a_role():
    got = triples(
        "Pellworth Mills names new chief executive\n\n"
        "Pellworth Mills said on Tuesday that Ravi Castellane will become chief executive in May, replacing "
        "Edith Moorcroft, who has run the miller since 2012 and will become chair of the board.\n"
        "Separately, Quenby Instruments Ltd. said Sandor Lukacs succeeds co-founder Maren Holt, who has led the "
        "company since 1994 and who will become non-executive chairman.\n"
    )
    assert ("role", "Edith Moorcroft", "Pellworth Mills") in got
    assert ("leave", "Edith Moorcroft", "Pellworth Mills") not in got
    assert ("role", "Maren Holt", "Quenby Instruments") in got
    assert ("leave", "Maren Holt", "Quenby Instruments") not in got


def test_a_former_title_with_no_employer_named_gives_no_departure():
    got = triples(
        "Tessaly Power adds a director\n\n"
        "Tessaly Power said that Corinne Abadie, a former chief operating officer, had been appointed as chief "
        "executive with effect from 1 May.\n"
    )
    assert ("leave", "Corinne Abadie", "Tessaly Power") not in got
    assert ("role", "Corinne Abadie", "Tessaly Power") in got


def test_a_second_verb_after_a_departure_is_the_next_employer():
    got = triples(
        "Brisk Ledger loses its treasurer\n\n"
        "Brisk Ledger treasurer Oskar Feldmann, who had held the job since 2020, resigned on Friday and will join "
        "Norrvik Payments, a card issuer, as finance director in June.\n"
        "The Pinecrest Library System has promoted Delia Marsh to deputy director. She replaces Yusuf Abara, who "
        "left in May to become operations director for the Eastvale Public Library.\n"
    )
    assert ("leave", "Oskar Feldmann", "Brisk Ledger") in got
    assert ("join", "Oskar Feldmann", "Norrvik Payments") in got
    assert ("role", "Oskar Feldmann", "Norrvik Payments") in got
    assert ("join", "Yusuf Abara", "Eastvale Public Library") in got
    assert ("role", "Yusuf Abara", "Eastvale Public Library") in got


def test_an_announced_retirement_keeps_the_post_until_then():
    got = triples(
        "Tarrow Logistics names new operations chief\n\n"
        "Tarrow Logistics Inc. appointed Petra Lund as chief operating officer. She succeeds Amos Keller, who is retiring "
        "after 27 years at the company.\n"
        "Separately, Tarrow Logistics said Vikram Sole will leave the company at the end of September.\n"
        "Dagny Rowe is leaving Tarrow Logistics to start a consultancy.\n"
    )
    assert {("role", "Amos Keller", "Tarrow Logistics"), ("leave", "Amos Keller", "Tarrow Logistics")} <= got
    assert {("role", "Vikram Sole", "Tarrow Logistics"), ("leave", "Vikram Sole", "Tarrow Logistics")} <= got
    assert ("leave", "Dagny Rowe", "Tarrow Logistics") in got
    assert ("role", "Dagny Rowe", "Tarrow Logistics") not in got


def test_earlier_posts_in_a_career_history_are_departures():
    got = triples(
        "Corrin Polytechnic names new dean\n\n"
        "Corrin Polytechnic on Monday named Halima Verne as dean of engineering. Verne has led the Ostrava Materials "
        "Institute since 2019. Before that she was provost at Bellmoor College for five years, and earlier she spent "
        "eight years on the faculty of the University of Tarvey's school of mines.\n"
        "The polytechnic also said that bursar Colm Redfern, a former banker at Dunmore Savings, will oversee the budget.\n"
    )
    assert ("leave", "Halima Verne", "Bellmoor College") in got
    assert ("join", "Halima Verne", "Bellmoor College") not in got
    assert {("join", "Halima Verne", "University of Tarvey"), ("leave", "Halima Verne", "University of Tarvey")} <= got
    assert ("leave", "Colm Redfern", "Dunmore Savings") in got


def test_comes_from_is_an_arrival_at_the_organisation_in_question():
    got = triples(
        "Wexley Dental Group names clinical director\n\n"
        "Wexley Dental Group has named Dr. Oona Petrakis clinical director, effective June 2. Petrakis comes from "
        "Brightsmile Partners, where she ran the orthodontics practice.\n"
    )
    assert ("leave", "Oona Petrakis", "Brightsmile Partners") in got
    assert ("join", "Oona Petrakis", "Wexley Dental Group") in got
    assert ("join", "Oona Petrakis", "Brightsmile Partners") not in got


def test_a_military_rank_between_the_verb_and_the_name():
    got = triples(
        "Skyreach Avionics picks a general\n\n"
        "Drone maker Skyreach Avionics has named retired Gen. Tobias Wendt as chief executive, the company said.\n"
    )
    assert ("role", "Tobias Wendt", "Skyreach Avionics") in got


def test_a_plural_title_before_two_names_gives_both_the_title():
    got = triples(
        "Marlow Kitchens adds a partner\n\n"
        "Chef Ivo Brandt joins Marlow Kitchens co-founders Selma Okafor and Ruben Dahl, who opened the first "
        "restaurant in 2012.\n"
    )
    assert ("role", "Selma Okafor", "Marlow Kitchens") in got
    assert ("role", "Ruben Dahl", "Marlow Kitchens") in got
    assert ("join", "Ruben Dahl", "Marlow Kitchens") in got
