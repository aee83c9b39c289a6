"""Which organisation a claim is attached to: named ventures, fronted "At X," clauses, "the bank" references."""

from extract_helpers import article_triples


def test_a_venture_named_after_a_comma_is_the_one_founded():
    text = ("Brightwater Analytics named a new research chief on Monday. The post opened when Tomas Ekberg left the firm "
            "in May to launch a climate-data company, Fjordlight, which has raised seed money.")
    got = article_triples(text)
    assert ("join", "Tomas Ekberg", "Fjordlight") in got
    assert not any(o.endswith("'s startup") for _, _, o in got)


def test_a_founding_verb_with_a_named_venture_after_its_noun():
    got = article_triples("Priya Natarajan, a former Halverson Foods buyer, founded a grocery delivery startup, Basketly, in 2021.")
    assert ("join", "Priya Natarajan", "Basketly") in got
