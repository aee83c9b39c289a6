"""Unseen-text generalisation: names typed from local context, people lists as sentences, government offices."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2024-05-01")


def test_a_brand_written_with_a_lower_case_initial_is_an_organisation():
    got = triples("Maria Lindqvist joined easyJet as chief financial officer, the airline said.")
    assert ("join", "Maria Lindqvist", "easyJet") in got
    assert ("role", "Maria Lindqvist", "easyJet") in got


def test_a_name_that_speaks_in_a_statement_is_an_organisation_even_when_shaped_like_a_person():
    got = triples(
        "Shipping news roundup\n\n"
        "Varde Holm said in a statement that it had hired Piet Garrow as chief operating officer.\n\n"
        "Garrow told reporters he would start in June."
    )
    assert ("join", "Piet Garrow", "Varde Holm") in got
    assert not any(p == "Varde Holm" for _, p, _ in got)


def test_bulleted_and_dashed_people_lines_are_sentences_with_their_own_subject():
    got = triples(
        "Oskarsund Freight names new leadership team\n\n"
        "Oskarsund Freight on Tuesday announced changes to its executive team.\n\n"
        "- Jane Okafor, Chief Financial Officer\n"
        "- Tomas Reyle — Chief Operating Officer\n\n"
        "Lena Brask — Chief People Officer\n\n"
        "The moves take effect in June."
    )
    for person in ("Jane Okafor", "Tomas Reyle", "Lena Brask"):
        assert ("role", person, "Oskarsund Freight") in got


def test_a_short_heading_without_a_role_is_still_dropped():
    got = triples("Markets - Europe\n\nOskarsund Freight hired Jane Okafor as chief financial officer.")
    assert got == {("join", "Jane Okafor", "Oskarsund Freight"), ("role", "Jane Okafor", "Oskarsund Freight")}


def test_a_name_seen_once_that_hires_is_an_organisation():
    got = triples("Oskarsund Brandt hired Jane Okafor as chief financial officer.")
    assert ("join", "Jane Okafor", "Oskarsund Brandt") in got


def test_a_minister_of_a_field_works_at_the_ministry_of_that_field():
    got = triples("Prime Minister Karl Oste on Friday appointed Lina Haas as Minister of Finance.")
    assert ("role", "Lina Haas", "Ministry of Finance") in got


def test_a_secretary_of_a_field_works_at_the_department_of_that_field():
    got = triples("Governor Ana Ruiz named Tomas Velde as Secretary of Health and Human Services on Monday.")
    assert ("role", "Tomas Velde", "Department of Health and Human Services") in got


def test_the_secretary_of_a_company_stays_at_the_company():
    got = triples("Varde Holdings named Tomas Velde as Secretary of Varde Holdings in March.")
    assert not any(org.startswith("Department") for _, _, org in got)


def test_an_elected_office_does_not_borrow_the_articles_company():
    got = triples(
        "Harbor Logistics wins port contract\n\n"
        "Harbor Logistics won the contract on Monday. Mayor Jo Penn said the port would add 400 jobs."
    )
    assert not any(p == "Jo Penn" for _, p, _ in got)


def test_a_name_with_a_title_apposition_is_a_person_even_without_a_known_given_name():
    got = triples(
        "Ferris & Lowe hired Dana Whitcombe as general counsel.\n\n"
        "Kestrel Arden, the firm's chief executive, said the move was planned."
    )
    assert ("role", "Kestrel Arden", "Ferris & Lowe") in got


def test_a_subject_the_next_sentence_calls_she_is_a_person():
    got = triples(
        "Ferris & Lowe hired Dana Whitcombe as general counsel.\n\n"
        "Okonkwo Brandvold will step down in June. She had led the audit practice since 2019."
    )
    assert ("leave", "Okonkwo Brandvold", "Ferris & Lowe") in got


def test_a_job_noun_apposition_makes_a_person_and_its_at_phrase_an_organisation():
    got = triples("Tamsin Quill, a lawyer at Marrick Stone, will join the board of Ferris & Lowe.")
    assert ("join", "Tamsin Quill", "Ferris & Lowe") in got
    assert not any(p == "Marrick Stone" for _, p, _ in got)


def test_a_companys_short_name_is_not_read_as_the_surname_of_a_namesake():
    got = triples(
        "Skarholt Lines hired Joost Amberg as chief operating officer. Its newest ship, the Ingrid Skarholt, "
        "was named after the founder's mother.\n\n"
        "Amberg fills a seat left vacant when Lars Pedersen left Skarholt in December."
    )
    assert ("leave", "Lars Pedersen", "Skarholt Lines") in got
    assert not any(o == "Ingrid Skarholt" for _, _, o in got)
