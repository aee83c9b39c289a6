"""Names of people and organisations: business nouns before a firm, headings, capitals, "X Hotels and Resorts"."""

from extract_helpers import article_triples


def orgs(text: str) -> set[str]:
    return {o for _, _, o in article_triples(text, published="2024-05-01")}


def test_a_business_noun_that_is_also_a_title_introduces_a_firm():
    text = (
        "Chilean salmon producer Tarnvik Salmon has named Oscar Pellegrini as chief executive. "
        "Pellegrini replaces Dana Fairweather, who is retiring. "
        "Tarnvik chairman Ruben Astorga said the board was unanimous."
    )
    got = article_triples(text)
    assert ("role", "Oscar Pellegrini", "Tarnvik Salmon") in got
    assert not any(p == "Tarnvik Salmon" for _, p, _ in got)
