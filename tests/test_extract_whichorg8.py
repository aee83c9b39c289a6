"""Which organisation a claim is given when another one is named nearby (tuning round 8)."""

from extract_helpers import article_triples

_LEDE = "Quarry Lane Dairies has named a new board chair, the cooperative said on Tuesday.\n\n"


def test_retired_in_a_year_as_the_post_of_another_body():
    text = _LEDE + ("Quarry Lane Dairies named Odile Varga as chair. "
                    "Ms. Varga retired in 2023 as Senior Vice President and Chief Financial Officer of Bellmont Textiles.")
    got = article_triples(text)
    assert ("leave", "Odile Varga", "Bellmont Textiles") in got
    assert ("leave", "Odile Varga", "Quarry Lane Dairies") not in got


def test_who_retired_last_year_as_the_post_of_another_body():
    text = _LEDE + ("Dr. Kaspar Lindt, who retired last year as chief nursing officer of Fenwick Regional Hospital, "
                    "will chair the cooperative's health committee.")
    got = article_triples(text)
    assert ("leave", "Kaspar Lindt", "Fenwick Regional Hospital") in got
    assert ("leave", "Kaspar Lindt", "Quarry Lane Dairies") not in got


def test_retired_as_a_post_the_title_list_does_not_know():
    text = _LEDE + "Brother Tomasz Eller has retired as headmaster of Hollin Grange School after 22 years with the school."
    got = article_triples(text)
    assert ("leave", "Tomasz Eller", "Hollin Grange School") in got
    assert ("leave", "Tomasz Eller", "Quarry Lane Dairies") not in got
