"""Phrasing families of the rules round: degrees after names, paired appointments, career history."""

from extract_helpers import article_triples as triples


def test_degrees_between_a_name_and_its_title_are_skipped():
    got = triples(
        "Brightwater Labs expands its leadership team\n\n"
        "\"We are thrilled,\" said Miriam Castell, Ph.D., President and Chief Executive Officer of Brightwater Labs.\n"
        "\"It is a good day,\" said Carla Voss, J.D., chief legal officer of Brightwater Labs.\n"
    )
    assert ("role", "Miriam Castell", "Brightwater Labs") in got
    assert ("role", "Carla Voss", "Brightwater Labs") in got


def test_each_person_of_a_paired_appointment_gets_their_title():
    got = triples(
        "Calloway Foods names two executives\n\n"
        "Calloway Foods, a snack maker, today announced the appointment of Rita Olsen, M.D., as Chief Medical "
        "Officer and Piotr Nowak as Chief Financial Officer, effective immediately.\n"
        "Separately, Calloway Foods hired Ines Marr as general counsel and Tobi Ade as chief people officer.\n"
    )
    assert ("role", "Rita Olsen", "Calloway Foods") in got
    assert ("role", "Piotr Nowak", "Calloway Foods") in got
    assert ("join", "Ines Marr", "Calloway Foods") in got
    assert ("join", "Tobi Ade", "Calloway Foods") in got


CAREER = """Orlin Textiles adds two executives

Orlin Textiles on Tuesday appointed Greta Hallam as chief financial officer and Ruben Acosta as general counsel.
Ms. Hallam most recently served as chief financial officer of Pellow Yarns.
Before Pellow, she held roles of increasing responsibility at Kaspar Mills and Dorne Textile Group.
She remains an adjunct professor of accounting at Halden University.
Mr. Acosta joins Orlin after twelve years at Fenner Stowe LLP.
Prior to Fenner Stowe LLP, he was an equity analyst in the consumer group of Brackwell Securities.
Before joining Fenner Stowe LLP, he practised tax law at Quarry & Vale.
"""


def test_career_history_in_a_press_release():
    got = triples(CAREER)
    assert ("leave", "Greta Hallam", "Pellow Yarns") in got
    assert ("leave", "Greta Hallam", "Kaspar Mills") in got
    assert ("leave", "Greta Hallam", "Dorne Textile Group") in got
    assert ("role", "Greta Hallam", "Halden University") in got
    assert ("leave", "Ruben Acosta", "Fenner Stowe") in got
    assert ("leave", "Ruben Acosta", "Brackwell Securities") in got
    assert ("join", "Ruben Acosta", "Quarry & Vale") in got
    assert ("leave", "Ruben Acosta", "Quarry & Vale") in got
    assert ("leave", "Ruben Acosta", "Orlin Textiles") not in got


CLUB = """Harrowgate Town part company with manager

League Two side Harrowgate Town have parted company with manager Stuart Pell after a winless run.
Winger Kofi Arthur, signed from Belgian club Zulte Waregem in the summer, has struggled.
Jonny Ayre joined from Scottish side Kilmarnock in January.
"""


def test_football_clubs_part_company_and_sign_from_sides():
    got = triples(CLUB)
    assert ("leave", "Stuart Pell", "Harrowgate Town") in got
    assert ("leave", "Jonny Ayre", "Kilmarnock") in got
    assert ("join", "Jonny Ayre", "Harrowgate Town") in got
    assert any(k == "leave" and o == "Zulte Waregem" and p.endswith("Kofi Arthur") for k, p, o in got)


def test_moves_inside_a_group():
    got = triples(
        "Halewood Capital reshuffles its regional heads\n\n"
        "Halewood Capital said Lina Rook moves from Halewood Asia to Halewood Europe as chief executive.\n"
        "Tomas Brill, previously head of Halewood Europe, becomes chief executive of Halewood Americas.\n"
    )
    assert ("leave", "Lina Rook", "Halewood Asia") in got
    assert ("join", "Lina Rook", "Halewood Europe") in got
    assert ("leave", "Tomas Brill", "Halewood Europe") in got
    assert ("join", "Tomas Brill", "Halewood Americas") in got
    assert ("role", "Tomas Brill", "Halewood Americas") in got


def test_a_who_clause_with_a_most_recent_title_does_not_hide_the_move():
    got = triples(
        "Quayside Games hires product chief\n\n"
        "Mara Lindqvist, who spent the last six years at Ubiquity Studios, most recently as vice president of live "
        "operations, will join Quayside Games as CPO on June 2.\n"
    )
    assert ("join", "Mara Lindqvist", "Quayside Games") in got
    assert ("leave", "Mara Lindqvist", "Ubiquity Studios") in got
    assert ("role", "Mara Lindqvist", "Quayside Games") in got


def test_a_director_who_will_not_stand_for_re_election_leaves():
    got = triples(
        "Corbel Industries board changes\n\n"
        "Corbel Industries said director Alma Rusk, who has served on the board since 2015, will not stand for "
        "re-election at the annual meeting.\n"
    )
    assert ("leave", "Alma Rusk", "Corbel Industries") in got


def test_an_interim_who_returns_to_an_earlier_role_stays():
    got = triples(
        "Larkspur Insurance Group names finance chief\n\n"
        "Larkspur Insurance Group said Odile Faure will become chief financial officer on May 1.\n"
        "Ms. Faure succeeds Bram Kessel, who has served as interim CFO since January and will return to his role "
        "as treasurer.\n"
        "Acting chief executive Nils Aro will then return to his role as chief operating officer.\n"
    )
    assert ("role", "Bram Kessel", "Larkspur Insurance Group") in got
    assert ("leave", "Bram Kessel", "Larkspur Insurance Group") not in got
    assert ("role", "Nils Aro", "Larkspur Insurance Group") in got


def test_appositions_with_an_office_a_practice_or_a_past_title():
    got = triples(
        "Hollins & Reed elects managing partner\n\n"
        "Hollins & Reed has elected Amara Dost as managing partner.\n"
        "Colm Fadden, a tax partner in the Dublin office, will succeed her as head of tax.\n"
        "She defeated Lise Ortner, co-head of the firm's M&A practice, in the vote.\n"
        "Olek Brand, a former college lecturer, chaired the election committee.\n"
    )
    assert ("role", "Colm Fadden", "Hollins & Reed") in got
    assert ("role", "Lise Ortner", "Hollins & Reed") in got
    assert ("role", "Petra Voss", "Corran Rowing League") in triples(
        "Rowing league picks commissioner\n\nThe Corran Rowing League on Monday named Petra Voss its third commissioner.\n")
    assert not any(p == "Olek Brand" and k == "role" for k, p, _ in got)


def test_was_previously_at_and_left_then_later_joined():
    got = triples(
        "Tanager Logistics hires counsel\n\n"
        "Tanager Logistics hired Ruth Ekwueme as head of its customs practice.\n"
        "Ekwueme was previously at Holloway Freight Partners.\n"
        "Her predecessor, Dmitri Sayle, left in 2019 after a dispute over the company's pricing and later joined "
        "the Marlin Institute of Transport as a lecturer.\n"
    )
    assert ("leave", "Ruth Ekwueme", "Holloway Freight Partners") in got
    assert ("join", "Dmitri Sayle", "Marlin Institute of Transport") in got


def test_hired_a_group_from_a_rival_then_named_after_a_colon():
    got = triples(
        "Design studio raids rival\n\n"
        "Independent studio Pallet & Pine hired two senior designers from Orrery Works: Fen Okoro and Ivy Tamsett.\n"
    )
    for person in ("Fen Okoro", "Ivy Tamsett"):
        assert ("join", person, "Pallet & Pine") in got
        assert ("leave", person, "Orrery Works") in got


def test_founded_by_a_list_of_founders():
    got = triples(
        "Studio profile\n\n"
        "Brackenridge Robotics was founded in 2019 by Oona Hallett, who previously ran a lab at Vantor Dynamics, "
        "and Kwesi Mbeki.\n"
    )
    assert ("join", "Oona Hallett", "Brackenridge Robotics") in got
    assert ("join", "Kwesi Mbeki", "Brackenridge Robotics") in got


def test_years_at_a_place_named_organisation():
    got = triples(
        "Fund hires property head\n\n"
        "Corvina Capital has hired Idris Mahoney, who spent nine years at Norway's Skarven Property Group, as head of real estate.\n"
    )
    assert ("join", "Idris Mahoney", "Skarven Property Group") in got
    assert ("leave", "Idris Mahoney", "Skarven Property Group") in got
