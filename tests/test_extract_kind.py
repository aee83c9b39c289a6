"""Kinds of claims: stated tenure and shared foundings give joins; a founder who later left holds no title."""

from extract_helpers import article_triples as triples

LEDE = "Brellow, a bicycle maker in Utrecht, is growing fast. "


def test_present_perfect_tenure_is_a_join_without_a_leave():
    got = triples(LEDE + "Chief engineer Olek Brandt has spent 22 years at the company.")
    assert ("join", "Olek Brandt", "Brellow") in got
    assert ("leave", "Olek Brandt", "Brellow") not in got


def test_a_numbered_veteran_of_the_organisation_joined_it():
    got = triples(LEDE + "Olek Brandt, a 22-year veteran of the company, was named chief risk officer.")
    assert ("join", "Olek Brandt", "Brellow") in got
    assert ("role", "Olek Brandt", "Brellow") in got


def test_cofounders_named_after_with_join():
    got = triples(LEDE + "Ivo Marsh founded Brellow in 2019 together with CEO Tansy Orr and finance chief Pim Hale.")
    assert {("join", "Tansy Orr", "Brellow"), ("join", "Pim Hale", "Brellow")} <= got


def test_fronted_founded_by_list_joins_each_founder():
    got = triples(LEDE + "Founded in 2019 by Ivo Marsh, Tansy Orr and Pim Hale, Brellow sells cargo bikes.")
    assert {("join", p, "Brellow") for p in ("Ivo Marsh", "Tansy Orr", "Pim Hale")} <= got


def test_listed_subject_cofounders_both_join():
    got = triples(LEDE + "Ivo Marsh and Tansy Orr co-founded Brellow in 2019.")
    assert {("join", "Ivo Marsh", "Brellow"), ("join", "Tansy Orr", "Brellow")} <= got


def test_a_possessive_before_the_cofounder_is_not_a_founder():
    got = triples("Lanterne is a game studio. Ivo Marsh, who co-founded Lanterne in 2014 with Tansy Orr's "
                  "predecessor Pim Hale, dismissed suggestions of a rift.")
    assert ("join", "Pim Hale", "Lanterne") in got
    assert ("join", "Tansy Orr", "Lanterne") not in got


def test_a_founder_who_later_left_holds_no_title():
    got = triples(LEDE + "Ivo Marsh co-founded Brellow in 2019 with Tansy Orr, a former Intel engineer. "
                  "Orr left the firm in March to set up a family office.")
    assert ("join", "Tansy Orr", "Brellow") in got
    assert ("leave", "Tansy Orr", "Brellow") in got
    assert ("role", "Tansy Orr", "Brellow") not in got
    assert ("role", "Ivo Marsh", "Brellow") in got
