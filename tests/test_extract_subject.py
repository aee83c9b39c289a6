"""The article's subject organisation: where the headline and lede say someone is appointed, not where they come from."""

from extract_helpers import article_triples

from orgtracker.extract.pipeline import _Extractor


def _read(text: str) -> _Extractor:
    return _Extractor("source: https://news.example.com/x\npublished: 2025-03-10\n---\n" + text, "t", None)


def subject(text: str) -> str | None:
    return _read(text).dominant

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


def test_headline_words_glued_to_a_name_count_for_that_name():
    text = (
        "Six-Person Pensions Desk Goes Independent With Orvale Private Capital\n\n"
        "A pensions desk at Draycott Bank has left for Orvale Private Capital, a Leeds-based adviser. "
        "The desk managed about £900 million at Draycott Bank's Leeds office.\n\n"
        "Its leader, Hamish Truro, will become Orvale's head of retirement planning. "
        "A Draycott Bank spokesman declined to comment.\n"
    )
    weights = _read(text).org_weights
    assert not [v for v in weights if v.endswith(" With Orvale Private Capital")]
    assert weights["Orvale Private Capital"] >= weights["Draycott Bank"]


def test_a_glued_headline_origin_after_from_is_not_the_subject():
    text = (
        "Brackwater Hires Four-Person Team From Selkirk Mutual\n\n"
        "Brackwater Insurance has hired four underwriters from Selkirk Mutual, Brackwater said on Friday.\n"
    )
    assert subject(text) == "Brackwater Insurance"
    assert not [v for v in _read(text).org_weights if v.endswith("From Selkirk Mutual")]
