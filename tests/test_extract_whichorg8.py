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


_ROUNDUP = (
    "Freight & Ports: this week's people moves\n\n"
    "Keelhaven Shipping has named Mireille Daoud as chief financial officer. Daoud joins from Maersk.\n\n"
    "Ostrava Terminals hired Piotr Wnuk as head of operations.\n\n"
    "Saltmarsh Logistics appointed Greta Holm as chief commercial officer.\n\n"
)


def test_a_roundup_line_opening_with_an_organisation_is_about_it():
    text = _ROUNDUP + ("Brannock Freight Partners, the Leeds haulage group, elected Omar Idris to its management board. "
                       "He joined the firm in 2019 from DHL.")
    got = article_triples(text)
    assert ("join", "Omar Idris", "Brannock Freight Partners") in got
    assert ("join", "Omar Idris", "Keelhaven Shipping") not in got


def test_a_roundup_section_heading_names_the_paragraphs_organisation():
    text = _ROUNDUP + ("Tidewell Marine Services\n"
                       "After 14 years at Wartsila, Bruno Ferraz has moved to Tidewell as chief technology officer. "
                       "At Tidewell, which repairs dredgers, he will report to chief executive Lena Sorvik.\n\n"
                       "Corran Ferries\n"
                       "Corran Ferries chief executive Hugo Brandt is retiring after a decade in the job. "
                       "Finance director Anika Stroud will act as chief executive until a successor is found.\n")
    got = article_triples(text)
    assert ("role", "Lena Sorvik", "Tidewell Marine Services") in got
    assert ("role", "Anika Stroud", "Corran Ferries") in got
    assert not {t for t in got if t[2] == "Keelhaven Shipping" and t[1] in ("Lena Sorvik", "Anika Stroud")}


def test_a_heading_that_is_a_headline_names_no_organisation():
    text = ("Harrowgate Mills Hires Finance Chief\n\n"
            "Harrowgate Mills has hired Dana Oyelaran as chief financial officer, the company said on Monday.")
    got = article_triples(text)
    assert ("join", "Dana Oyelaran", "Harrowgate Mills") in got


def test_an_opening_phrase_then_another_hirer():
    text = _LEDE + ("Quarry Lane Dairies named Odile Varga as chair after a long search. "
                    "Elsewhere, Pell & Morrow has promoted Ruth Adeyinka to chief underwriting officer in its marine team.")
    got = article_triples(text)
    assert ("role", "Ruth Adeyinka", "Pell & Morrow") in got
    assert ("role", "Ruth Adeyinka", "Quarry Lane Dairies") not in got


def test_a_list_after_a_comma_is_still_an_object():
    text = _LEDE + "Quarry Lane Dairies named Odile Varga, Bram Kessel and Ivo Dragan as directors."
    got = article_triples(text)
    assert ("role", "Ivo Dragan", "Quarry Lane Dairies") in got


def test_after_a_possessive_employer_of_names_the_titles_field():
    text = _LEDE + ("Quarry Lane Dairies named Odile Varga as chair. "
                    "Separately, Hamish Tully, the cooperative's head of Alpine Cheeses, is retiring at the end of the year.")
    got = article_triples(text)
    assert ("leave", "Hamish Tully", "Quarry Lane Dairies") in got
    assert ("leave", "Hamish Tully", "Alpine Cheeses") not in got


def test_a_title_of_a_unit_at_an_organisation_is_at_the_organisation():
    text = _LEDE + ("Quarry Lane Dairies named Odile Varga as chair. "
                    "Varga is a former Director of Dairy Standards at the Food Safety Authority, where she worked for a decade.")
    got = article_triples(text)
    assert ("leave", "Odile Varga", "Food Safety Authority") in got
    assert ("leave", "Odile Varga", "Dairy Standards") not in got


_AGENCY = ("Harbor Ridge University has hired Corwin Blight as vice president for research, the university said on Monday.\n\n"
           "Harbor Ridge University named Blight after a national search. Before that, Blight ran the forest science "
           "division of the Oregon Department of Forestry. He has two children. He lives in Bend. ")


def test_the_department_far_from_its_name_is_the_one_department_named():
    got = article_triples(_AGENCY + "His deputy there, Vera Nolte, retired in May after 30 years with the department.")
    assert ("leave", "Vera Nolte", "Oregon Department of Forestry") in got
    assert ("leave", "Vera Nolte", "Harbor Ridge University") not in got


def test_a_department_named_later_in_the_sentence_is_another_body():
    got = article_triples(_AGENCY + "His deputy, Ada Kiss, joined the department in 2012 from the Idaho Department of Lands.")
    assert ("join", "Ada Kiss", "Idaho Department of Lands") not in got


def test_retired_after_years_at_a_named_body_leaves_it():
    got = article_triples(_LEDE + "Quarry Lane Dairies named Odile Varga as chair. Tim Orr retired in June after 12 years at Pell Mutual.")
    assert ("leave", "Tim Orr", "Pell Mutual") in got
    assert ("leave", "Tim Orr", "Quarry Lane Dairies") not in got


def test_years_at_a_parents_named_unit_are_at_the_unit():
    text = _LEDE + ("Quarry Lane Dairies named Odile Varga as chair. "
                    "Varga spent 14 years at Unilever's Knorr Foods, most recently as head of sourcing. "
                    "Before that she worked at Diageo's Guinness Storehouse Group in Dublin.")
    got = article_triples(text)
    assert ("leave", "Odile Varga", "Knorr Foods") in got
    assert ("leave", "Odile Varga", "Unilever") not in got
    assert ("leave", "Odile Varga", "Guinness Storehouse Group") in got
