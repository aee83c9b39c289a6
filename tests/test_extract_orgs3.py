"""Which organisation a claim names, third round: "the museum"-style references and public-office titles."""

from extract_helpers import article_triples as triples


def test_the_museum_refers_back_to_the_museum_named_before():
    got = triples(
        "Tomas Lark, the director of the Pemberton Museum, will retire in June.\n\n"
        "Lark joined the museum in 2011 from the Halden Gallery."
    )
    assert ("join", "Tomas Lark", "Pemberton Museum") in got


def test_the_countys_title_belongs_to_the_county_of_the_story():
    got = triples(
        "Dorrance County board fires road chief\n\n"
        "DORRANCE COUNTY — The Dorrance County board of commissioners met Monday to review culvert contracts.\n\n"
        "The county's finance director, Omar Szabo, will oversee the roads budget until a replacement is hired."
    )
    assert ("role", "Omar Szabo", "Dorrance County") in got


def test_a_sheriff_belongs_to_the_sheriffs_office_the_county_story_names():
    got = triples(
        "Dorrance County sheriff to step down\n\n"
        "DORRANCE COUNTY — Sheriff Tilda Marsh said Tuesday she will not seek a fourth term. "
        "Marsh has spent 26 years with the Dorrance County Sheriff's Office.\n\n"
        "County Administrator Bram Oyelaran thanked her for her service, and neighbouring Kessel County praised her work."
    )
    assert ("role", "Tilda Marsh", "Dorrance County Sheriff's Office") in got
    assert ("role", "Bram Oyelaran", "Dorrance County") in got
