"""Which organisation a move or title belongs to when the article's subject is another one."""

from extract_helpers import article_triples

_LEDE = "Brightfold Robotics has hired a new head of sales, the startup said on Monday.\n\n"


def test_the_company_after_a_person_of_another_named_body_is_that_body():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Separately, Tobias Lehane, a longtime Quillmark Foods marketing executive, is leaving the company after eight years.")
    got = article_triples(text)
    assert ("leave", "Tobias Lehane", "Quillmark Foods") in got
    assert ("leave", "Tobias Lehane", "Brightfold Robotics") not in got


def test_the_firm_after_a_titled_person_of_another_firm():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Penrose Hale LLP audit partner Mirela Dobos will leave the firm in June to become finance director of Harrow Bakeries.")
    got = article_triples(text)
    assert ("leave", "Mirela Dobos", "Penrose Hale") in got
    assert ("leave", "Mirela Dobos", "Brightfold Robotics") not in got


def test_a_past_employer_before_the_company_is_not_where_it_points():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Carver, who worked for six years as a regional manager at Tessary Freight, joined the company in May.")
    got = article_triples(text)
    assert ("join", "Ines Carver", "Brightfold Robotics") in got


def test_a_body_described_by_the_group_is_not_the_group():
    text = ("Halvard Group named a new deputy chief.\n\nHalvard Group said Oona Merrit, currently head of Pinecrest Hotels, "
            "the group's budget chain, will report to group chief executive Arne Solberg.")
    got = article_triples(text)
    assert ("role", "Arne Solberg", "Pinecrest Hotels") not in got


def test_a_leave_without_object_goes_to_the_titled_employer():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief.\n\n"
                    "- Rolf Amsel, chief operating officer of payroll company Tallyhaus, is leaving after six years.")
    got = article_triples(text)
    assert ("leave", "Rolf Amsel", "Tallyhaus") in got
    assert ("leave", "Rolf Amsel", "Brightfold Robotics") not in got
