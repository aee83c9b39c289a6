"""Which organisation a claim attaches to: the publication's own name in its story is nobody's employer."""

from extract_helpers import article_triples

from orgtracker.extract.pipeline import analyse_text


def _triples(text: str, source: str) -> set[tuple[str, str, str]]:
    a = analyse_text(f"source: {source}\npublished: 2025-03-10\n---\n" + text, "t")
    return {(c.kind.value, c.person, c.org or c.manager) for c in a.claims}


def test_a_newsroom_that_understands_is_not_the_employer():
    text = ("Ostmark Ceramics has lost its head of sales, the company confirmed on Monday.\n\n"
            "Tile Weekly understands plant director Henrik Vasberg has also told colleagues he intends to retire.")
    got = _triples(text, "tileweekly.example.com")
    assert not any(o == "Tile Weekly" for _, _, o in got)
    assert ("leave", "Henrik Vasberg", "Ostmark Ceramics") in got


def test_a_station_named_in_its_own_address_and_dateline():
    text = ("By WKRB Staff\n\nDELMAR, Ohio (WKRB) - Water director Carla Mensink will retire in June, "
            "the Delmar Water Utility said. Mensink told WKRB that she plans to travel.")
    got = _triples(text, "https://www.wkrb5.example.com/news/mensink")
    assert not any(o.startswith("WKRB") for _, _, o in got)


def test_a_company_blog_naming_itself_keeps_its_name():
    text = ("Welcoming a new leader to Brambleway\n\nWe are delighted that Oskar Feldt has joined Brambleway as chief "
            "operating officer. A friend told him Brambleway was a good place to work.")
    got = _triples(text, "blog.brambleway.io")
    assert ("join", "Oskar Feldt", "Brambleway") in got


def test_a_describing_phrase_between_a_link_word_and_a_name():
    text = ("Harwell Pumps named Lucia Brenner as chief financial officer on Tuesday. "
            "Brenner previously spent 14 years at valve maker Oakridge Valves, latterly as treasurer.")
    got = article_triples(text)
    assert ("join", "Lucia Brenner", "Oakridge Valves") in got
    assert ("leave", "Lucia Brenner", "Oakridge Valves") in got


def test_joining_from_a_described_employer_is_leaving_it():
    text = ("Cobalt Fisheries hired Mateo Ruiz as operations chief. "
            "Ruiz joins from seafood processor Blue Tern Foods, where he was plant manager.")
    got = article_triples(text)
    assert ("leave", "Mateo Ruiz", "Blue Tern Foods") in got


def test_a_rival_named_after_a_move_verb_keeps_the_verb():
    text = ("Pinecrest Media lost two editors this year. Features editor Hal Grimsby left in May to join rival "
            "Stonebridge Press, and copy chief Ada Brunner resigned in June.")
    got = article_triples(text)
    assert ("join", "Hal Grimsby", "Stonebridge Press") in got
    assert ("leave", "Ada Brunner", "Pinecrest Media") in got


def test_a_described_name_is_not_a_reference_back_to_the_subject():
    text = ("Harwell Pumps named Lucia Brenner as chief financial officer on Tuesday. From 2019 to 2023 she was "
            "treasurer of the Dutch dredging operator Van Hoorn Marine, which she steered through a refinancing.")
    got = article_triples(text)
    assert ("join", "Lucia Brenner", "Van Hoorn Marine") in got
    assert ("leave", "Lucia Brenner", "Harwell Pumps") not in got


def test_a_job_held_over_a_closed_span_of_years_was_joined_and_left():
    text = ("Tamsin Akers will chair the Wexford Housing Trust from July. "
            "Between 2012 and 2018 she was finance director at Carrow Homes.")
    got = article_triples(text)
    assert ("join", "Tamsin Akers", "Carrow Homes") in got
    assert ("leave", "Tamsin Akers", "Carrow Homes") in got


def test_a_career_begun_as_a_trainee_at_a_described_firm():
    text = ("Delmont Steel appointed Rafael Osei as plant director. "
            "Osei began his career in 2001 as an apprentice at the steelmaker Varden Mills.")
    got = article_triples(text)
    assert ("join", "Rafael Osei", "Varden Mills") in got
    assert ("leave", "Rafael Osei", "Varden Mills") in got


def test_first_person_in_a_transcript_is_the_labelled_speaker():
    text = ("Episode 12: Tomas Ekwueme on building ferries\n\n"
            "JUNE HALLORAN: Welcome back. Today I'm talking with Tomas Ekwueme, who runs operations at Kestrel Ferries.\n\n"
            "TOMAS EKWUEME: Thanks, June. Good to be here.\n\n"
            "HALLORAN: Where did it start?\n\n"
            "EKWUEME: After university I joined Baltic Tug Services, and I left Baltic Tug Services in 2015 to join Kestrel Ferries.\n")
    got = article_triples(text)
    assert ("join", "Tomas Ekwueme", "Baltic Tug Services") in got
    assert ("leave", "Tomas Ekwueme", "Baltic Tug Services") in got
    assert not any(o.upper() in ("JUNE HALLORAN", "EKWUEME", "TOMAS EKWUEME") for _, _, o in got)


def test_a_first_person_post_about_a_new_position_and_a_goodbye():
    text = ("Posted by Ines Okonkwo\n\n"
            "I'm thrilled to share that I'm starting a new position as Chief Operating Officer at Tidewell Logistics! "
            "After seven years at Harbourline Freight, I said goodbye to Harbourline Freight last week. "
            "Before that, I started my career as a dispatcher at Pelican Couriers.")
    got = article_triples(text)
    assert ("join", "Ines Okonkwo", "Tidewell Logistics") in got
    assert ("role", "Ines Okonkwo", "Tidewell Logistics") in got
    assert ("leave", "Ines Okonkwo", "Harbourline Freight") in got
    assert ("join", "Ines Okonkwo", "Pelican Couriers") in got
