"""People the extractor must find at all: names of every origin, short forms, and the sentence shapes that name them once."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-06-02")


def test_a_name_whose_first_word_is_used_alone_as_a_person_is_a_person():
    # family name first ("Ouyang Meilin" ... "Ouyang said"), or a given name used alone ("Thorbjorg, who ...")
    got = triples(
        "Kessring Pharma named Ivo Brandner head of its European unit on Monday.\n\n"
        "Brandner will report to Kessring's global president, Ouyang Meilin, and joins from a rival.\n\n"
        "\"Europe is our second home,\" Ouyang said. Brandner's predecessor, Dao Kimthu, will report to Ouyang in her new role."
    )
    assert ("role", "Ouyang Meilin", "Kessring Pharma") in got
    assert ("reports_to", "Ivo Brandner", "Ouyang Meilin") in got


def test_a_given_name_used_alone_before_reports_to_keeps_the_full_name_a_person():
    got = triples(
        "- Thorbjorg Vandeleur has joined Plumtide as head of partnerships. Thorbjorg reports to our CEO, Emeka Castellanos."
    )
    assert ("join", "Thorbjorg Vandeleur", "Plumtide") in got
    assert ("reports_to", "Thorbjorg Vandeleur", "Emeka Castellanos") in got


def test_an_organisation_before_a_title_after_report_to_stays_an_organisation():
    got = triples(
        "Brisvane Analytics has acquired Loomtrace, a two-year-old startup.\n\n"
        "Loomtrace co-founder Ada Ferrow becomes vice president and will report to Brisvane chief product officer Ruth Okon."
    )
    assert ("role", "Ruth Okon", "Brisvane Analytics") in got


def test_people_listed_before_a_departure_verb_all_leave():
    got = triples(
        "Marrowfield Savings Bank said on Tuesday it would add two directors backed by an activist fund.\n\n"
        "Two veteran directors, Oswin Tallboys and Ruth Kanagawa, will not stand for re-election at the May meeting."
    )
    assert ("leave", "Oswin Tallboys", "Marrowfield Savings Bank") in got
    assert ("leave", "Ruth Kanagawa", "Marrowfield Savings Bank") in got


def test_directors_not_re_elected_leave_the_board():
    got = triples(
        "Shareholders of Quenby Mutual Insurance voted on Thursday after a proxy contest.\n\n"
        "Lionel Abernathy-Crewe, who had chaired Quenby Mutual Insurance since 2016, and management nominee Sabine Oduya were not re-elected."
    )
    assert ("leave", "Lionel Abernathy-Crewe", "Quenby Mutual Insurance") in got
    assert ("leave", "Sabine Oduya", "Quenby Mutual Insurance") in got


def test_a_person_named_by_another_verb_is_not_a_co_subject():
    got = triples(
        "Dovecote Foods named Hal Brennick as finance chief, and Greta Solberg will retire in June."
    )
    assert ("leave", "Hal Brennick", "Dovecote Foods") not in got


def test_the_title_then_a_name_in_commas_is_a_title_at_the_articles_organisation():
    got = triples(
        "Torvane Outdoor Gear named Pilar Esquerra chief executive on Monday.\n\n"
        "The chairman of the board, Gustav Lindqvist-Moe, thanked the outgoing chief for his work in a statement."
    )
    assert ("role", "Gustav Lindqvist-Moe", "Torvane Outdoor Gear") in got


def test_a_hyphenated_vice_chair_and_a_chief_exec_are_titles():
    got = triples(
        "Kelderbrook Rowing Club said its chairman had resigned.\n\n"
        "Vice-chair Marijke Vos will act as chair until an election in March."
    )
    assert ("role", "Marijke Vos", "Kelderbrook Rowing Club") in got
    got = triples(
        "Pellucid Broadband hired Omar Farrant as network director.\n\n"
        "Farrant will report to chief exec Siobhan Tierney, who called the outage unacceptable."
    )
    assert ("role", "Siobhan Tierney", "Pellucid Broadband") in got
