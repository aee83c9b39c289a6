"""The article's subject organisation: where the headline and lede say someone is appointed, not where they come from."""

from extract_helpers import article_triples

from orgtracker.extract.pipeline import _Extractor


def subject(text: str) -> str | None:
    return _Extractor("source: https://news.example.com/x\npublished: 2025-03-10\n---\n" + text, "t", None).dominant

TEXT = (
    "Harbourline Insurance actuary appointed Commissioner of the Coastal Fisheries Authority\n\n"
    "Oskar Vennberg, chief actuary of Harbourline Insurance, has been appointed Commissioner for Stock Assessment at the "
    "Coastal Fisheries Authority. The Ministry of Marine Affairs announced the appointment on Tuesday.\n\n"
    "Vennberg will leave Harbourline Insurance at the end of March. He has led the insurer's pricing team since 2019.\n\n"
    "He succeeds Tilde Marsk, whose term ends on 31 March. Marsk has been commissioner since 2020.\n"
)


def test_headline_and_lede_appointment_names_the_subject():
    assert subject(TEXT) == "Coastal Fisheries Authority"


def test_bare_successor_leaves_the_organisation_appointed_to():
    got = article_triples(TEXT)
    assert ("leave", "Tilde Marsk", "Coastal Fisheries Authority") in got
    assert ("leave", "Tilde Marsk", "Harbourline Insurance") not in got


def test_a_company_whose_lede_hires_from_a_rival_stays_the_subject():
    text = (
        "Corrigan Paints names new finance chief\n\n"
        "Corrigan Paints has hired Beatrix Olund, finance director of Velmont Coatings, as chief financial officer. "
        "Olund will leave Velmont Coatings in May. Velmont Coatings said it had begun a search.\n\n"
        "She succeeds Ivo Drach, who retires after 11 years.\n"
    )
    assert subject(text) == "Corrigan Paints"
    assert ("leave", "Ivo Drach", "Corrigan Paints") in article_triples(text)
