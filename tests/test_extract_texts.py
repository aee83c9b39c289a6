"""The extractor on articles written for it (tests/data/extract) and on single sentences of common news phrasings."""

from datetime import date
from pathlib import Path

import pytest

from orgtracker.domain.dates import FuzzyDate, Precision
from orgtracker.extract.evaluate import evaluate
from orgtracker.extract.pipeline import extract_file, extract_text
from orgtracker.extract.text import read_document

DATA = Path(__file__).parent / "data" / "extract"
TEXTS = sorted(p for p in DATA.glob("*.txt"))


def test_at_least_ten_texts_with_gold():
    import json

    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))["documents"]
    assert len(TEXTS) >= 10 and {p.name for p in TEXTS} == set(gold)


def test_gold_scores(capsys):
    total = evaluate(DATA / "gold.json", DATA)
    assert total.precision >= 0.9 and total.recall >= 0.85, capsys.readouterr().out


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_spans_index_the_file_and_header_gives_date(path):
    text = read_document(path)
    claims = extract_file(path)
    assert claims
    for c in claims:
        assert c.as_of is not None  # from the `published:` header
        for ev in c.evidence:
            assert text[ev.start:ev.end] == ev.quote
            assert ev.start > text.index("---")  # the header itself says nothing


PUB = FuzzyDate.parse("2024-05-15")


def triples(text, published=PUB):
    return {(c.kind.value, c.person, c.org or c.manager) for c in extract_text(text, "t", published)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Acme Corp. has appointed Jane Doe as chief financial officer.", {("role", "Jane Doe", "Acme")}),
        ("Globex Inc. named Raymond Holt its new chief operating officer on Tuesday.", {("role", "Raymond Holt", "Globex")}),
        ("Jane Doe will report to Acme chief executive John Smith.", {("reports_to", "Jane Doe", "John Smith")}),
        ("Maria Ortiz, formerly of Initech, joins Umbrella Pharmaceuticals as general counsel.",
         {("leave", "Maria Ortiz", "Initech"), ("join", "Maria Ortiz", "Umbrella Pharmaceuticals"),
          ("role", "Maria Ortiz", "Umbrella Pharmaceuticals")}),
        ("Wayne Enterprises poached Lucius Fox from Stark Industries.",
         {("leave", "Lucius Fox", "Stark Industries"), ("join", "Lucius Fox", "Wayne Enterprises")}),
        ("Northwind Bank said its chief risk officer, Karen Blake, resigned.",
         {("leave", "Karen Blake", "Northwind Bank")}),  # a title already left is no current role
        ("Tom Reyes was promoted to senior vice president at Contoso Group.",
         {("role", "Tom Reyes", "Contoso Group")}),
        ("Helen Park co-founded Brightline Labs in 2019.",
         {("join", "Helen Park", "Brightline Labs"), ("role", "Helen Park", "Brightline Labs")}),
        ("Sara Lind stepped down as CEO of Polar Foods after a decade in the job.",
         {("leave", "Sara Lind", "Polar Foods")}),
    ],
)
def test_phrasings(sentence, expected):
    assert expected <= triples(sentence)


def test_informal_descriptors_are_not_titles():
    got = extract_text("Acme luminary Jane Doe and legendary AI chief John Roe spoke. Architect Bo Li agreed.", "t", PUB)
    assert not [c for c in got if c.kind.value == "role"]


def test_places_months_and_products_are_not_people():
    text = "Acme Corp hired Jane Doe in New York in June to work on Vision Pro. San Francisco welcomed the move."
    people = {c.person for c in extract_text(text, "t", PUB)}
    assert people == {"Jane Doe"}


def test_dates_resolved_against_publication():
    def date_of(text, kind="join"):
        (c,) = [c for c in extract_text(text, "t", PUB) if c.kind.value == kind]
        return c.date

    assert date_of("Jane Doe joined Acme Corp in June.").iso == "2023-06"  # the last June before May 2024
    assert date_of("Jane Doe will join Acme Corp next month.").iso == "2024-06"
    assert date_of("Jane Doe joined Acme Corp in mid-2021.").latest == date(2021, 9, 30)
    assert date_of("Jane Doe joined Acme Corp on March 3, 2020.").precision is Precision.DAY
    d = date_of("Jane Doe will leave Acme Corp at the end of the year.", "leave")
    assert d.iso == "2024-12-31"
    d = date_of("Jane Doe joined Acme Corp over a decade ago.")
    assert d.iso is None and d.latest == date(2014, 5, 15)
    d = date_of("Jane Doe is leaving Acme Corp.", "leave")
    assert d.earliest == date(2024, 5, 15) and d.iso is None
    d = date_of("Jane Doe left Acme Corp.", "leave")
    assert d.iso == "2024" and d.latest == date(2024, 5, 15)


def test_surname_and_company_references_resolve():
    text = (
        "Acme Corp said on Monday that Jane Doe will become its chief executive. "
        "Doe joined the company in 2015 from Globex."
    )
    got = triples(text)
    assert ("join", "Jane Doe", "Acme") in got  # legal forms are not part of the name
    assert ("leave", "Jane Doe", "Globex") in got


def test_hiring_a_list_by_a_person_uses_the_persons_company():
    text = "Acme CEO John Smith hired Ann Lee and Bob Ray from Globex last year."
    got = triples(text)
    assert {("join", "Ann Lee", "Acme"), ("join", "Bob Ray", "Acme"), ("leave", "Bob Ray", "Globex")} <= got


def test_make_eval_prints_every_set_and_leaves_held_out_sets_out_when_tuning(capsys):
    from orgtracker.extract.evaluate import main

    assert main(["--tuning", "-v"]) == 0
    out = capsys.readouterr().out
    assert "Seeds" in out and "Test texts" in out and "Blind sets tuned on, together" in out
    assert "heldout" not in out
