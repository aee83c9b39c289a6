"""Phrasing families of institutions (round 8): "the district", "the university" and which body they name."""

from extract_helpers import article_triples

from orgtracker.extract.headnouns import named_by_head


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2026-02-10")


def test_the_district_refers_forward_to_the_one_district_the_place_names():
    got = triples(
        "Lakemont School Board Picks Auditor\n\n"
        "The Lakemont Board of Trustees on Monday approved an audit contract. "
        "Finance Director Oskar Brennholt, who will retire in June after 22 years in the district, presented it. "
        "The Lakemont Unified School District enrolls 9,000 pupils.\n"
    )
    assert ("join", "Oskar Brennholt", "Lakemont Unified School District") in got


def test_no_forward_reference_to_another_place_or_past_employer():
    assert named_by_head("the hospital", [], [], "St. Aldric's Medical Center",
                         ("St. Aldric's Medical Center", "Mercy Bay Hospital")) is None
    assert named_by_head("the district", [], [], "Lakemont School Board",
                         ("Lakemont School Board", "Lakemont Unified School District")) == "Lakemont Unified School District"


def test_head_noun_inside_a_longer_name_names_the_body_the_text_names():
    assert named_by_head("the university", ["Eastbrook State University Board"], [], None,
                         ("Eastbrook State University Board", "Eastbrook State University")) == "Eastbrook State University"
    assert named_by_head("the department", ["Corvale Police Department"], [], None, ("Corvale Police Department",)) == "Corvale Police Department"


def test_a_council_that_hires_is_not_the_employer():
    got = triples(
        "Dunmere City Council Keeps Manager\n\n"
        "The Dunmere City Council voted 6-1 on Monday to keep City Manager Ilse Varnholt. "
        "Varnholt was hired in 2019 from the City of Oakhollow, where she led the housing office. "
        "The City of Dunmere employs 640 people, and Varnholt has cut its overtime bill.\n"
    )
    assert ("join", "Ilse Varnholt", "City of Dunmere") in got
    assert ("join", "Ilse Varnholt", "Dunmere City Council") not in got
    assert ("leave", "Ilse Varnholt", "City of Oakhollow") in got


def test_a_council_member_keeps_the_seat_on_the_council():
    got = triples(
        "Pellworth City Council Fires Clerk\n\n"
        "The Pellworth City Council voted 5-2 on Tuesday to dismiss City Clerk Arno Bielecki. "
        "Councilmember Dagny Hultgren, who joined the council in 2022, cast a no vote. "
        "Hultgren is also a lecturer at Pellworth Community College.\n"
    )
    assert ("role", "Dagny Hultgren", "Pellworth City Council") in got


def test_sworn_in_and_confirmed_as_a_post_at_a_named_body():
    got = triples(
        "Harbor Authority Gets New Chief\n\n"
        "Linnea Vasquez-Hart was sworn in Monday as director of the Tolvern Harbor Authority. "
        "Osric Mbalu was confirmed by the state Senate on Thursday as commissioner of the Tolvern Department of Labor.\n"
    )
    assert ("role", "Linnea Vasquez-Hart", "Tolvern Harbor Authority") in got
    assert ("role", "Osric Mbalu", "Tolvern Department of Labor") in got


def test_sworn_in_to_an_office_with_no_body_named_is_no_post_at_the_subject():
    got = triples(
        "Tolvern Harbor Authority names counsel\n\n"
        "The Tolvern Harbor Authority said on Monday that Pim Adeyemi-Roos was sworn in as a senator last week.\n"
    )
    assert not any(k == "role" and p == "Pim Adeyemi-Roos" for k, p, _ in got)


def test_tapped_or_named_to_lead_a_body_heads_it():
    got = triples(
        "Governor picks transit chief\n\n"
        "Gov. Rhea Lindgren tapped Anselm Okafor to lead the Norland Transit Agency. "
        "Greta Holmqvist was named by Gov. Lindgren on Friday to head the Norland Water Board.\n"
    )
    assert ("role", "Anselm Okafor", "Norland Transit Agency") in got
    assert ("role", "Greta Holmqvist", "Norland Water Board") in got


def test_voted_to_fire_is_a_departure():
    got = triples(
        "Trustees dismiss library director\n\n"
        "The Eastvale Public Library trustees voted 4-1 on Tuesday to dismiss director Ottilie Brandt.\n"
    )
    assert ("leave", "Ottilie Brandt", "Eastvale Public Library") in got
    assert ("role", "Ottilie Brandt", "Eastvale Public Library") not in got


def test_take_the_helm_of_a_body_is_a_move_there():
    got = triples(
        "Conservatory names head\n\n"
        "Bjorn Takahashi-Lund will take the helm of the Marrow Valley Conservatory in August.\n"
    )
    assert ("join", "Bjorn Takahashi-Lund", "Marrow Valley Conservatory") in got


def test_the_county_of_a_county_office_is_the_county():
    got = triples(
        "Assessor's budget chief retires\n\n"
        "Budget Director Ilka Sorvino of the Brennan County Assessor's Office will retire in May. "
        "Osei Marlow, who has worked for the county for 11 years, will succeed her.\n"
    )
    assert ("join", "Osei Marlow", "Brennan County") in got


def test_institution_titles_curator_conductor_music_director():
    got = triples(
        "Orchestra and museum posts\n\n"
        "The Tessaly Museum of Art's chief curator, Ondine Falk, is staying. "
        "Ravi Omondi-Berg is currently chief conductor of the Arvika Symphony Orchestra.\n"
    )
    assert ("role", "Ondine Falk", "Tessaly Museum of Art") in got
    assert ("role", "Ravi Omondi-Berg", "Arvika Symphony Orchestra") in got


def test_who_has_run_a_body_for_years_still_holds_the_post():
    got = triples(
        "Gallery director departs\n\n"
        "Ines Quarrington, who has run the Tessaly Museum of Art for nine years, is leaving to become director of the Harlan Gallery of Art.\n"
    )
    assert ("role", "Ines Quarrington", "Tessaly Museum of Art") in got
    assert ("leave", "Ines Quarrington", "Tessaly Museum of Art") in got


def test_predecessor_who_will_then_become_an_honorary_title_stays():
    got = triples(
        "Choir names director\n\n"
        "The Ardent Chamber Orchestra has named Mirela Oyelowo its artistic director. "
        "Oyelowo, 41, succeeds Tobiah Strand, who will then become the orchestra's conductor laureate.\n"
    )
    assert ("role", "Tobiah Strand", "Ardent Chamber Orchestra") in got
    assert ("leave", "Tobiah Strand", "Ardent Chamber Orchestra") not in got


def test_the_orchestra_refers_to_the_orchestra_named():
    got = triples(
        "Orchestra news\n\n"
        "The Velde Philharmonic Orchestra said on Monday that Jonas Ekwueme, the orchestra's executive director, will retire in June.\n"
    )
    assert ("role", "Jonas Ekwueme", "Velde Philharmonic Orchestra") in got
    assert ("leave", "Jonas Ekwueme", "Velde Philharmonic Orchestra") in got
