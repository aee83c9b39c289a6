"""Document-level reasoning: who "I" and "she" are, and whose a bare title is, read from the whole article."""

from orgtracker.extract.pipeline import extract_text


def triples(text: str) -> set[tuple[str, str, str]]:
    body = "source: https://social.example.com/x\npublished: 2025-06-02\n---\n" + text
    return {(c.kind.value, c.person, c.org or c.manager) for c in extract_text(body, "t")}


POST = """Tomas Vieirinha
Head of Data | Logistics | ex-Quarry Freight

Big news!

I'm happy to announce that I've joined Ostrander Logistics as Head of Data Science.

I'll be reporting to Mirela Bakshi, our chief technology officer.
"""


def test_first_person_post_is_about_the_name_on_its_opening_line():
    got = triples(POST)
    assert ("join", "Tomas Vieirinha", "Ostrander Logistics") in got
    assert ("role", "Tomas Vieirinha", "Ostrander Logistics") in got
    assert ("reports_to", "Tomas Vieirinha", "Mirela Bakshi") in got


def test_quoted_first_person_is_not_the_post_author():
    text = (
        "Priya Venn\n\nA note on hiring.\n\n"
        "Our new hire Odile Marsh told me: \"I joined Corbel Robotics because of the team.\" "
        "I have been at Harlan Works for years.\n"
    )
    got = triples(text)
    assert not any(p == "Priya Venn" and o == "Corbel Robotics" for _, p, o in got)
