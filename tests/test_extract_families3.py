"""Phrasing families of the third round: whose title it is when a sentence names two organisations, roundups, memos."""

import pytest

from orgtracker.extract.pipeline import extract_text


def triples(text: str) -> set[tuple[str, str, str]]:
    body = "source: https://news.example.com/x\npublished: 2025-03-10\n---\n" + text
    return {(c.kind.value, c.person, c.org or c.manager) for c in extract_text(body, "t")}


ROUNDUP = """EXECUTIVE MOVES-Tarrow Freight names CFO

* Barge operator Tarrow Freight named Wenna Colby as chief financial officer.

* Paper maker Holbeck Mills said Chief Operating Officer Ivo Marsh had resigned. Chief Executive Rhea Doyle will run operations for now.

* Asset manager Quell Capital appointed Otto Frane as head of credit. He will report to Chief Investment Officer Lise Varn.

* Insurance broker Penrow Partners hired Amos Tull from Aon as head of cyber.
"""


def test_roundup_lines_that_open_with_a_sayer_take_their_own_organisation():
    got = triples(ROUNDUP)
    assert ("role", "Rhea Doyle", "Holbeck Mills") in got
    assert ("role", "Lise Varn", "Quell Capital") in got
    assert ("role", "Rhea Doyle", "Tarrow Freight") not in got


def test_a_lede_hirer_outweighs_an_often_named_former_employer():
    text = (
        "The Calder Vale School District board voted 4-3 on Monday to hire Mina Osterby, currently deputy "
        "superintendent of Fenmoor Public Schools, as the district's next superintendent.\n\n"
        "Fenmoor Public Schools said it would start a search. Fenmoor Public Schools thanked her. "
        "Fenmoor Public Schools has 9,000 students.\n\n"
        "Board president Jules Harker said the vote was close."
    )
    got = triples(text)
    assert ("role", "Jules Harker", "Calder Vale School District") in got
    assert ("role", "Mina Osterby", "Calder Vale School District") in got
