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


def test_leaving_after_a_whole_stint_there_means_a_join():
    got = triples(LEDE + "Test rider Geir Holm retired from the company in March after 35 years.")
    assert ("join", "Geir Holm", "Brellow") in got
    assert ("leave", "Geir Holm", "Brellow") in got


def test_years_in_a_title_or_unplaced_give_no_join():
    got = triples(LEDE + "Pim Hale retired as chief executive after nine years. "
                  "Sales director Ivo Marsh is stepping down after three years.")
    assert ("join", "Pim Hale", "Brellow") not in got
    assert ("join", "Ivo Marsh", "Brellow") not in got


def test_with_us_for_years_in_a_letter_is_a_join_at_the_writer():
    got = triples(LEDE + "Tamar Cole will become head of design. Tamar Cole has been with us for seven years.")
    assert ("join", "Tamar Cole", "Brellow") in got


def test_an_announced_retirement_leaves_the_person_in_post_now():
    got = triples("Marrow Foods, the Leeds snack maker, said on Monday that Wendell Ashby will retire from "
                  "Marrow Foods in June after 17 years with the group.")
    assert ("leave", "Wendell Ashby", "Marrow Foods") in got
    assert ("role", "Wendell Ashby", "Marrow Foods") in got


def test_leaving_to_take_a_post_elsewhere_is_no_post_kept():
    got = triples("Marrow Foods named Ruth Kell as finance chief. She replaces Dale Inch, who will leave "
                  "Marrow Foods to become CFO of a rival.")
    assert ("role", "Dale Inch", "Marrow Foods") not in got


def test_a_predecessor_who_stays_on_as_chair_a_sentence_later_is_no_leave():
    got = triples("Tessaly Glassworks said on Monday that its operations chief, Noor Adair, will succeed "
                  "Brant Leclerc as chief executive in January.\n\nLeclerc, 61, will become executive chairman.")
    assert ("leave", "Brant Leclerc", "Tessaly Glassworks") not in got
    assert ("role", "Brant Leclerc", "Tessaly Glassworks") in got


def test_a_chair_who_then_retires_from_the_board_still_leaves():
    got = triples("Tessaly Glass Corp. said on Monday that operations chief Noor Adair will succeed Brant Leclerc as chief executive.\n\n"
                  "Leclerc will serve as executive chairman for a year before retiring from the board.")
    assert ("leave", "Brant Leclerc", "Tessaly Glass") in got


def test_an_appointee_currently_elsewhere_is_a_hire_from_outside():
    got = triples("Harwick Mutual named Dana Pell as chief risk officer. Pell, currently deputy chief risk officer "
                  "at Lloyds Banking Group, will join in September.")
    assert ("join", "Dana Pell", "Harwick Mutual") in got
    assert ("leave", "Dana Pell", "Lloyds Banking Group") in got
