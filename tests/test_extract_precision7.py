"""Precision round 7: claims a sentence does not make (a predecessor who moves inside, a post given up, a board seat)."""

from extract_helpers import article_triples


def test_a_predecessor_who_takes_another_post_inside_does_not_leave():
    got = article_triples("Harbourline Foods named Tessa Morrow chief executive. She replaces Gideon Pratt, "
                          "who becomes executive vice chairman.\n")
    assert ("leave", "Gideon Pratt", "Harbourline Foods") not in got
    got = article_triples("Harbourline Foods named Tessa Morrow chief operating officer. She replaces Gideon Pratt, who had "
                          "run the company since 2015 and now becomes chief strategy officer.\n")
    assert ("leave", "Gideon Pratt", "Harbourline Foods") not in got
    got = article_triples("Harbourline Foods named Tessa Morrow chief operating officer. She replaces Gideon Pratt, who will "
                          "take over as president of the company's Brazilian subsidiary.\n")
    assert ("leave", "Gideon Pratt", "Harbourline Foods") not in got


def test_a_predecessor_who_leaves_for_another_firm_still_leaves():
    got = article_triples("Harbourline Foods named Tessa Morrow chief operating officer. She replaces Gideon Pratt, "
                          "who left in May to become CEO of Cresta Dairy.\n")
    assert ("leave", "Gideon Pratt", "Harbourline Foods") in got
    assert ("join", "Gideon Pratt", "Cresta Dairy") in got


def test_stepping_down_from_the_top_job_to_the_board_keeps_the_organisation():
    got = article_triples("Osmund Freight said its co-founder Priya Lal is stepping down from the chief executive role "
                          "after nine years.\nLal will move to the board as a non-executive director, the company said.\n")
    assert ("leave", "Priya Lal", "Osmund Freight") not in got
    got = article_triples("Osmund Freight said its co-founder Priya Lal is stepping down from the chief executive role "
                          "after nine years.\nShe plans to travel.\n")
    assert ("leave", "Priya Lal", "Osmund Freight") in got


def test_a_board_seat_is_held_beside_the_day_job():
    got = article_triples("Under the settlement, Larchmont Dairy will appoint Kestrel Point managing partner Ottilie Brandt "
                          "and Ravi Menon as directors effective immediately.\n")
    assert ("leave", "Ottilie Brandt", "Kestrel Point") not in got
    got = article_triples("Kestrel Point founder Ottilie Brandt and Ravi Menon, a former Unilever executive, will join "
                          "Larchmont Dairy's board next month.\n")
    assert ("leave", "Ottilie Brandt", "Kestrel Point") not in got
    assert ("join", "Ottilie Brandt", "Larchmont Dairy") in got


def test_an_appointment_to_a_job_still_leaves_the_current_employer():
    got = article_triples("Larchmont Dairy on Tuesday named Ottilie Brandt, deputy finance director at Kestrel Point, "
                          "as its director of procurement.\n")
    assert ("leave", "Ottilie Brandt", "Kestrel Point") in got


def test_an_earlier_post_inside_the_story_organisation_is_no_departure():
    text = ("Corrowood Glass names new head of its solar coatings unit\n\n"
            "Corrowood Glass said on Monday that the new unit will be led by Hana Sato, who was previously head of the "
            "company's architectural glass team.\n")
    got = article_triples(text)
    assert ("leave", "Hana Sato", "Corrowood Glass") not in got
    text = ("Corrowood Glass names new head of its solar coatings unit\n\n"
            "Corrowood Glass has named Hana Sato to lead its solar coatings unit. Sato was previously the company's head of "
            "architectural glass.\n")
    assert ("leave", "Hana Sato", "Corrowood Glass") not in article_triples(text)


def test_an_earlier_post_at_a_named_other_firm_is_still_a_departure():
    text = ("Corrowood Glass names new head of its solar coatings unit\n\n"
            "Corrowood Glass has named Hana Sato to lead its solar coatings unit. Sato was previously head of coatings at "
            "Veltrane.\n")
    assert ("leave", "Hana Sato", "Veltrane") in article_triples(text)


def test_a_title_the_text_later_says_was_left_is_no_current_role():
    got = article_triples("Brackwater Insurance reported a quarterly loss on Monday, its chief financial officer, Imre Sandor, "
                          "told analysts.\n\nIn a separate filing, the company said Sandor had been ousted by the board.\n")
    assert ("leave", "Imre Sandor", "Brackwater Insurance") in got
    assert ("role", "Imre Sandor", "Brackwater Insurance") not in got


def test_a_title_kept_until_a_later_departure_stays():
    got = article_triples("Brackwater Insurance reported a quarterly loss on Monday, its chief financial officer, Imre Sandor, "
                          "told analysts.\n\nSandor has resigned and will leave at the end of August.\n")
    assert ("role", "Imre Sandor", "Brackwater Insurance") in got


def test_a_sentence_opening_on_her_is_a_possessive():
    got = article_triples("Quillon Rail said chief operating officer Mariam Haddad will leave in June.\n\n"
                          "Her deputy, Tobias Wren, will serve as acting COO and report to chief executive Leo Brandt.\n")
    assert ("reports_to", "Tobias Wren", "Leo Brandt") in got
    assert ("reports_to", "Mariam Haddad", "Leo Brandt") not in got


def test_an_unnamed_venture_is_the_one_the_text_names_later():
    got = article_triples("Halvard Ness, the chief technology officer of Corrigan Freight, is leaving to start his own company, "
                          "Corrigan Freight said on Monday.\n\nNess is co-founder and CEO of Tidepool Labs, which makes routing "
                          "software.\n")
    assert ("join", "Halvard Ness", "Tidepool Labs") in got
    assert not any(o.endswith("'s startup") for _, _, o in got)


def test_a_venture_founded_long_before_is_not_the_new_one():
    got = article_triples("Halvard Ness, the chief technology officer of Corrigan Freight, is leaving to start his own company, "
                          "Corrigan Freight said on Monday.\n\nNess founded Corrigan Labs, the firm's research arm, in 2012.\n")
    assert ("join", "Halvard Ness", "Halvard Ness's startup") in got


def test_a_dated_departure_named_as_a_noun_ends_the_title():
    got = article_triples("Harrowgate Clinics named a new medical director on Monday. The change follows the June retirement "
                          "of chief medical officer Dr. Selma Quist.\n")
    assert ("leave", "Selma Quist", "Harrowgate Clinics") in got
    assert ("role", "Selma Quist", "Harrowgate Clinics") not in got


def test_a_player_sold_to_another_club_leaves_and_joins_it():
    got = article_triples("Ravensmoor Rovers manager Ola Brandt has faced criticism since the summer sale of captain Tomas "
                          "Ekberg to Feyenoord.\n")
    assert {("leave", "Tomas Ekberg", "Ravensmoor Rovers"), ("join", "Tomas Ekberg", "Feyenoord")} <= got
    assert ("role", "Tomas Ekberg", "Ravensmoor Rovers") not in got


def test_an_undated_exit_of_may_still_be_announced():
    got = article_triples("Harrowgate Clinics also announced that Gil Moreno, currently chief operating officer, will take on the "
                          "additional role of chief financial officer following the departure of CFO Selma Quist, who is leaving "
                          "the firm at the end of March.\n")
    assert ("role", "Selma Quist", "Harrowgate Clinics") in got


def test_a_site_where_someone_worked_is_not_an_employer():
    got = article_triples("Veltmark Motors has hired Jonas Pirkola as plant manager. Pirkola joins from Scania, where he spent "
                          "nine years in logistics at the Sodertalje plant.\n")
    assert ("leave", "Jonas Pirkola", "Scania") in got
    assert not any(o.startswith("Sodertalje") for _, _, o in got)


def test_a_dean_who_returns_to_the_faculty_stays_at_the_university():
    got = article_triples("Marlowe State University said Ines Okafor, dean of its School of Nursing since 2015, will step "
                          "down as dean in June and return to the faculty full time.\n")
    assert not any(k == "leave" and p == "Ines Okafor" for k, p, _ in got)
