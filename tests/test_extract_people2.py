"""People named only in passing with a title: owners, program officers, spokesmen, "Org's head of X, Name"."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-03-01")


def test_an_owner_or_program_officer_is_a_title():
    got = triples(
        "The Tarrow Falcons fired head coach Bram Ellery on Sunday, the team announced.\n\n"
        "\"We expect to win now,\" said team owner Petra Solvang."
    )
    assert ("role", "Petra Solvang", "Tarrow Falcons") in got
    got = triples(
        "The Dunmore Shelter named a new director on Monday.\n\n"
        "\"Stable leadership matters for every grantee,\" said Idris Kamau, a program officer at the Hollin Foundation."
    )
    assert ("role", "Idris Kamau", "Hollin Foundation") in got


def test_an_organisations_spokesman_named_in_commas():
    got = triples(
        "Brannoch Freight said its finance chief had resigned.\n\n"
        "A Brannoch Freight spokeswoman, Lena Osgood, declined to comment further."
    )
    assert ("role", "Lena Osgood", "Brannoch Freight") in got


def test_an_organisations_head_of_a_field_named_in_commas():
    got = triples(
        "Quorvia Bank lost its general counsel last week.\n\n"
        "Quorvia Bank's head of fraud prevention, Mateus Ferreira, will act as general counsel for now."
    )
    assert ("role", "Mateus Ferreira", "Quorvia Bank") in got


def test_a_contact_block_names_a_person_with_a_title_line():
    got = triples(
        "Pellworth Analytics today named Rosa Ibarra chief data officer.\n\n"
        "Media Contact:\n"
        "Tobias Wren\n"
        "Head of Communications, Pellworth Analytics\n"
        "press@pellworth.example.com\n\n"
        "Investor enquiries:\n"
        "Maren Holt, Director of Investor Relations\n"
        "+1 617 555 0100\n"
    )
    assert ("role", "Tobias Wren", "Pellworth Analytics") in got
    assert ("role", "Maren Holt", "Pellworth Analytics") in got


def test_a_contact_without_a_title_gives_no_claim():
    got = triples(
        "Pellworth Analytics today named Rosa Ibarra chief data officer.\n\n"
        "Media Contact:\n"
        "Tobias Wren\n"
        "Lanyard Public Relations\n"
        "press@lanyard.example.com\n"
    )
    assert not any(p == "Tobias Wren" for _, p, _ in got)


def test_a_titled_name_said_in_a_statement_is_a_person():
    got = triples(
        "The City of Marlow said its library director will retire in June.\n\n"
        "\"She rebuilt every branch we have,\" Deputy Mayor Odessa Pruett said in a statement."
    )
    assert not any(p == "Odessa Pruett" and k != "role" for k, p, _ in got)
    assert any(p == "Odessa Pruett" for _, p, _ in got)


def test_a_common_word_surname_after_a_title_is_a_person():
    got = triples(
        "Harrowgate Relief Network named a new chief executive on Monday.\n\n"
        "Staff had hoped the post would go to logistics director Hollis Banks, who has run Harrowgate Relief "
        "Network's depot since 2016."
    )
    assert ("role", "Hollis Banks", "Harrowgate Relief Network") in got


def test_the_organisation_after_a_title_stays_one_when_a_title_follows_later():
    got = triples(
        "COMMUNITY BOARDS\n\n"
        "Ingrid Solberg, director of logistics at Marwick Cordage, has been named treasurer of the "
        "Tollan Valley Rotary Club for 2026."
    )
    assert any(k == "role" and p == "Ingrid Solberg" and o == "Marwick Cordage" for k, p, o in got)


def test_a_ministry_of_two_field_words_and_a_third_is_one_name():
    got = triples(
        "Tavora Mining appointed Lindiwe Mokoena, formerly of the Ministry of Water Resources and Sanitation, "
        "as chief sustainability officer."
    )
    assert ("leave", "Lindiwe Mokoena", "Ministry of Water Resources and Sanitation") in got
