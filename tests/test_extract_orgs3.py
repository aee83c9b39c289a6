"""Which organisation a claim names, third round: "the museum"-style references and public-office titles."""

from orgtracker.extract.pipeline import analyse_text


def triples(text: str) -> set[tuple[str, str, str]]:
    body = "source: https://news.example.com/x\npublished: 2025-03-10\n---\n" + text
    return {(c.kind.value, c.person, c.org or c.manager) for c in analyse_text(body, "t").claims}


def test_the_museum_refers_back_to_the_museum_named_before():
    got = triples(
        "Tomas Lark, the director of the Pemberton Museum, will retire in June.\n\n"
        "Lark joined the museum in 2011 from the Halden Gallery."
    )
    assert ("join", "Tomas Lark", "Pemberton Museum") in got
