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
