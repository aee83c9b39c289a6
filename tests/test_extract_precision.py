"""Precision families: which kind of claim a sentence supports (a title already left, tenure, speculation, founders)."""

from orgtracker.extract.reconcile import reconcile
from orgtracker.extract.timex import find_dates
from orgtracker.domain.dates import FuzzyDate

from extract_helpers import analysed, article_triples


def test_a_title_the_sentence_says_was_left_is_no_current_role():
    got = article_triples("Hollowbrook Foods said its head of logistics, Tariq Osei, has left the company.\n")
    assert ("leave", "Tariq Osei", "Hollowbrook Foods") in got
    assert ("role", "Tariq Osei", "Hollowbrook Foods") not in got
    got = article_triples("Pinecastle Hotels finance director Ursula Brandt resigned on Tuesday after a row over pay.\n")
    assert ("leave", "Ursula Brandt", "Pinecastle Hotels") in got
    assert ("role", "Ursula Brandt", "Pinecastle Hotels") not in got


def test_an_announced_departure_keeps_the_title_until_then():
    got = article_triples("Pinecastle Hotels finance director Ursula Brandt will step down at the end of the year.\n")
    assert {("leave", "Ursula Brandt", "Pinecastle Hotels"), ("role", "Ursula Brandt", "Pinecastle Hotels")} <= got
    got = article_triples("Quarry Lane Mining managing director Femi Adeyemi has resigned with effect from 30 June, the company said.\n",
                          published="2025-05-02")
    assert {("leave", "Femi Adeyemi", "Quarry Lane Mining"), ("role", "Femi Adeyemi", "Quarry Lane Mining")} <= got


def test_the_title_left_names_the_tenure_it_ends():
    a = analysed("Hollowbrook Foods said its head of logistics, Tariq Osei, has left the company.\n")
    leave = next(c for c in a.claims if c.kind.value == "leave")
    assert leave.role == "Head of Logistics"
    tenure = next(t for t in reconcile(a.claims).tenures if t.person == "Tariq Osei")
    assert tenure.title == "Head of Logistics" and tenure.end is not None


def test_a_day_before_the_month_without_a_year():
    text = "She resigned with effect from 31 March, it said."
    (d,) = find_dates(text, 0, len(text), FuzzyDate.parse("2025-02-19"))
    assert d.date.iso == "2025-03-31" and d.forward
    assert find_dates("They said 12 may apply.", 0, 23, FuzzyDate.parse("2025-02-19")) == []


def test_a_new_venture_named_right_after_is_that_organisation():
    got = article_triples("Tidewell Robotics said its former head of design, Lena Varga, left in May to start her own company, "
                          "Brightwater Kinetics, which makes warehouse drones.\n")
    assert {("join", "Lena Varga", "Brightwater Kinetics"), ("role", "Lena Varga", "Brightwater Kinetics")} <= got
    assert not any(o.endswith("'s startup") for _, _, o in got)
    got = article_triples("Matteo Corradi, who co-founded logistics software company Parcelwise in 2016, will step down as CEO "
                          "at the end of June.\n")
    assert ("join", "Matteo Corradi", "Parcelwise") in got
    assert not any(o.endswith("'s startup") for _, _, o in got)


def test_an_unnamed_venture_is_the_founders_startup_but_an_existing_unit_is_none():
    got = article_triples("Tidewell Robotics engineer Lena Varga has left the company to start her own consultancy firm.\n")
    assert ("join", "Lena Varga", "Lena Varga's startup") in got
    got = article_triples('"Priya has built our Nordic advisory business from nothing," said Tom Ekdahl, CEO of Ekdahl Partners.\n')
    assert not any(o.endswith("'s startup") for _, _, o in got)


def _moves(sentence: str) -> set:
    return {t for t in article_triples("Freight news\n\n" + sentence + "\n") if t[0] in ("join", "leave", "role")}


def test_a_negated_conditional_or_wished_for_move_is_no_move():
    for sentence in (
        "Corinne Dubois will not leave Halverd Logistics, the company said.",
        "Corinne Dubois did not join Halverd Logistics after all.",
        "If Corinne Dubois leaves Halverd Logistics, the board will need a new finance chief.",
        "Halverd Logistics wants to hire Corinne Dubois as chief financial officer.",
        "Halverd Logistics tried to hire Corinne Dubois last year.",
        "Corinne Dubois denied that she would leave Halverd Logistics.",
        "Halverd Logistics declined to comment on reports that Corinne Dubois would join the company as CFO.",
    ):
        assert not _moves(sentence), sentence


def test_a_hedged_appointment_is_no_move_but_a_reported_one_is():
    assert not _moves("Corinne Dubois could be named chief executive of Halverd Logistics as early as next week.")
    assert not _moves("Corinne Dubois may join Halverd Logistics as chief financial officer.")
    assert ("join", "Corinne Dubois", "Halverd Logistics") in _moves(
        "Corinne Dubois will join Halverd Logistics as chief financial officer in May.")
    assert ("leave", "Corinne Dubois", "Halverd Logistics") in _moves(
        "Corinne Dubois will leave Halverd Logistics at the end of May after eight years.")


def test_people_listed_as_having_left_hold_no_title_there():
    got = _moves("Head of sales Ruth Amadi and chief risk officer Felix Strand have both left Corvale Insurance.")
    assert {("leave", "Ruth Amadi", "Corvale Insurance"), ("leave", "Felix Strand", "Corvale Insurance")} <= got
    assert not {t for t in got if t[0] == "role"}


def test_left_last_month_to_join_another_firm():
    got = _moves("Felix Strand, Corvale Insurance's chief operating officer, left last month to join Baybridge Re.")
    assert {("leave", "Felix Strand", "Corvale Insurance"), ("join", "Felix Strand", "Baybridge Re")} <= got
    assert ("role", "Felix Strand", "Corvale Insurance") not in got


def test_a_previous_or_ex_title_is_no_current_role():
    got = _moves("Corvale Insurance's previous head of underwriting, Felix Strand, now advises start-ups.")
    assert ("role", "Felix Strand", "Corvale Insurance") not in got
    got = _moves("Ex-CEO Ruth Amadi of Corvale Insurance spoke at the conference.")
    assert ("role", "Ruth Amadi", "Corvale Insurance") not in got


def test_stepping_down_with_immediate_effect_ends_the_title_now():
    got = _moves("Corvale Insurance said chief executive Ruth Amadi is stepping down, effective immediately.")
    assert ("leave", "Ruth Amadi", "Corvale Insurance") in got
    assert ("role", "Ruth Amadi", "Corvale Insurance") not in got


def test_someone_who_died_holds_no_title_now():
    got = article_triples("Obituary\n\nArvid Holmqvist, who founded Holmqvist Ferries in 1958 and ran it for thirty years, "
                          "died on Sunday in Gothenburg.\n")
    assert ("join", "Arvid Holmqvist", "Holmqvist Ferries") in got
    assert ("role", "Arvid Holmqvist", "Holmqvist Ferries") not in got
    got = article_triples("Shipping news\n\nThe prize honours the late Arvid Holmqvist, chairman of Holmqvist Ferries.\n")
    assert ("role", "Arvid Holmqvist", "Holmqvist Ferries") not in got


def test_a_board_seat_is_held_beside_the_day_job():
    got = _moves("Ines Carvalho, the chief marketing officer at Lisbon bank Banco Atlantis, has joined the board of the Tagus Trust.")
    assert ("join", "Ines Carvalho", "Tagus Trust") in got
    assert ("leave", "Ines Carvalho", "Banco Atlantis") not in got
    got = _moves("Mirelo Foods said it added Ines Carvalho, a partner at Duarte Capital, to its board.")
    assert ("leave", "Ines Carvalho", "Duarte Capital") not in got
    got = _moves("Ines Carvalho, the chief marketing officer at Banco Atlantis, has joined Mirelo Foods as chief executive.")
    assert ("leave", "Ines Carvalho", "Banco Atlantis") in got


def test_previously_worked_at_is_a_past_employer_not_a_stated_start():
    got = _moves("Tamsin Ortega, the new head of claims at Corvale Insurance, previously worked at Baybridge Re.")
    assert ("leave", "Tamsin Ortega", "Baybridge Re") in got
    assert ("join", "Tamsin Ortega", "Baybridge Re") not in got
    got = _moves("Tamsin Ortega previously worked at Baybridge Re for nine years.")
    assert {("join", "Tamsin Ortega", "Baybridge Re"), ("leave", "Tamsin Ortega", "Baybridge Re")} <= got
    got = _moves("Tamsin Ortega began her career at Baybridge Re before moving into consulting.")
    assert {("join", "Tamsin Ortega", "Baybridge Re"), ("leave", "Tamsin Ortega", "Baybridge Re")} <= got


def test_a_founder_who_has_left_holds_no_founder_title():
    got = _moves("Wojciech Nowak, who co-founded Strata Semiconductor in 2019 and served as its CTO, has left the company.")
    assert {("join", "Wojciech Nowak", "Strata Semiconductor"), ("leave", "Wojciech Nowak", "Strata Semiconductor")} <= got
    assert ("role", "Wojciech Nowak", "Strata Semiconductor") not in got


def test_a_former_title_with_no_organisation_names_no_employer():
    got = _moves("Strata Semiconductor said the shortlist includes former deputy finance minister Halina Brzeska.")
    assert not {t for t in got if t[1] == "Halina Brzeska"}
    got = _moves("Strata Semiconductor said the shortlist includes former deputy trade minister Halina Brzeska.")
    assert not {t for t in got if t[1] == "Halina Brzeska"}


def test_resigned_but_staying_in_post_until_a_date_keeps_the_title():
    got = _moves("Finance director Felix Strand has resigned from Corvale Insurance and will remain in his post until April 30.")
    assert {("leave", "Felix Strand", "Corvale Insurance"), ("role", "Felix Strand", "Corvale Insurance")} <= got


def test_stepping_down_to_the_board_or_the_chair_is_no_departure():
    got = _moves("Co-founder and chief technology officer Idan Peretz is stepping down from his executive role at Vantor Security "
                 "and will move to the board.")
    assert ("leave", "Idan Peretz", "Vantor Security") not in got
    got = _moves("Vantor Security will promote Noa Kessler to chief executive on April 1, replacing Idan Peretz, who will become chairman.")
    assert ("leave", "Idan Peretz", "Vantor Security") not in got
    got = _moves("Idan Peretz will leave Vantor Security in June to become chairman of Orlan Cyber.")
    assert ("leave", "Idan Peretz", "Vantor Security") in got
