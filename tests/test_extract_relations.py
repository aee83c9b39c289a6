"""Phrasing families of the relations round: who reports, which kind of claim a sentence gives."""

from orgtracker.extract.pipeline import extract_text


def triples(text: str) -> set[tuple[str, str, str]]:
    body = "source: https://news.example.com/x\npublished: 2025-03-10\n---\n" + text
    return {(c.kind.value, c.person, c.org or c.manager) for c in extract_text(body, "t")}


def test_a_shared_subject_reports_not_the_person_in_its_who_clause():
    got = triples(
        "Tolland Freight reshuffles its sales team\n\n"
        "Tolland Freight hired Marguerite Ostby as chief commercial officer on Monday.\n"
        "Sales director Wendell Achebe, who recruited Piet Lindqvist in 2019, keeps his post but will now report to Ostby.\n"
        "The carrier named Corinna Vale head of pricing. She succeeds Hollis Brandt, who is retiring after 22 years "
        "at the carrier, and will report to chief executive Odile Marchetti.\n"
    )
    assert ("reports_to", "Wendell Achebe", "Marguerite Ostby") in got
    assert ("reports_to", "Corinna Vale", "Odile Marchetti") in got
    assert not any(k == "reports_to" and p in ("Piet Lindqvist", "Hollis Brandt") for k, p, _ in got)


def test_a_team_list_all_of_whom_report_to_a_manager():
    got = triples(
        "Harbourline Water names its leadership\n\n"
        "Harbourline Water, a utility, said Dr. Edda Sorensen will lead the combined company.\n\n"
        "The senior team of Harbourline Water Group, all of whom report to Dr. Sorensen, includes:\n\n"
        "- Tobias Renner, Chief Operating Officer\n"
        "- Sister Agnes Mwangi, Vice President, Community Relations\n"
        "- Ilse Kranz, General Counsel\n"
    )
    for person in ("Tobias Renner", "Agnes Mwangi", "Ilse Kranz"):
        assert ("reports_to", person, "Edda Sorensen") in got
        assert ("role", person, "Harbourline Water Group") in got
    assert ("role", "Tobias Renner", "Harbourline Water") not in got


def test_a_predecessor_who_will_become_chairman_stays_with_a_role():
    got = triples(
        "Pellworth Mills names new chief executive\n\n"
        "Pellworth Mills said on Tuesday that Ravi Castellane will become chief executive in May, replacing "
        "Edith Moorcroft, who has run the miller since 2012 and will become chair of the board.\n"
        "Separately, Quenby Instruments Ltd. said Sandor Lukacs succeeds co-founder Maren Holt, who has led the "
        "company since 1994 and who will become non-executive chairman.\n"
    )
    assert ("role", "Edith Moorcroft", "Pellworth Mills") in got
    assert ("leave", "Edith Moorcroft", "Pellworth Mills") not in got
    assert ("role", "Maren Holt", "Quenby Instruments") in got
    assert ("leave", "Maren Holt", "Quenby Instruments") not in got
