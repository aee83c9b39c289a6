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
