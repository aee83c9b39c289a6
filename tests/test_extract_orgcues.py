"""One-word organisation names with no legal form or descriptor: what the text says around them makes them companies."""

from extract_helpers import article_triples as triples



def test_a_company_that_said_it_had_hired_is_the_hirer():
    got = triples(
        "Halvorn said on Thursday it had hired Ines Valdric, a former Siemens engineer, as chief technology officer. "
        "Valdric replaces Piet Aalders, who is retiring."
    )
    assert ("role", "Ines Valdric", "Halvorn") in got
    assert ("role", "Ines Valdric", "Siemens") not in got


def test_a_headline_subject_that_names_a_new_chief_is_the_company():
    got = triples(
        "Tessaline names new finance chief\n\n"
        "Rowan Ekwueme has been appointed chief financial officer, the company said on Monday. "
        "Ekwueme was previously a partner at Deloitte."
    )
    assert ("role", "Rowan Ekwueme", "Tessaline") in got


def test_a_one_word_name_that_appointed_a_named_person_is_a_company():
    got = triples(
        "Kormark appointed Selma Brandvold as chief operating officer on Friday. "
        "Brandvold previously ran logistics at Maersk."
    )
    assert ("role", "Selma Brandvold", "Kormark") in got


def test_a_one_word_name_described_as_a_maker_is_a_company():
    got = triples(
        "Oskaro, the Lisbon-based drone maker, hired Teodora Quill as chief executive in May. "
        "Quill was previously president of Parrot."
    )
    assert ("role", "Teodora Quill", "Oskaro") in got


def test_a_headline_subject_that_reshuffles_its_board_is_a_company():
    got = triples(
        "Pavlune reshuffles its board\n\n"
        "Pavlune said Wednesday that Oren Batiste would become chairman, replacing Clio Marchetti, who retires after eight years."
    )
    assert ("leave", "Clio Marchetti", "Pavlune") in got


def test_a_headline_subject_the_body_calls_the_company():
    got = triples(
        "Ferrowin shakes up leadership\n\n"
        "The company said on Tuesday that Lidia Sorensen, a former Unilever executive, had been appointed chief executive."
    )
    assert ("role", "Lidia Sorensen", "Ferrowin") in got


def test_a_possessive_chief_executive_marks_a_company():
    got = triples("Vandrel's chief executive, Amos Kettering, will step down at the end of the year, the board said.")
    assert ("role", "Amos Kettering", "Vandrel") in got


def test_a_known_persons_surname_that_said_it_stays_a_person():
    got = triples(
        "Brisca said on Monday it had named Lidia Sorensen chief executive. "
        "Sorensen said it was a privilege to lead the team. Sorensen said it would take time to rebuild trust."
    )
    assert not any(org == "Sorensen" for kind, person, org in got)
    assert ("role", "Lidia Sorensen", "Brisca") in got


def test_a_common_plural_noun_that_said_it_is_no_company():
    got = triples(
        "Inspectors said it would take months to finish the audit at Corlane, where Hugo Maret was named chief executive last week."
    )
    assert not any(org == "Inspectors" for kind, person, org in got)


def test_a_one_word_name_people_join_is_a_company_even_where_it_opens_a_sentence():
    got = triples(
        "Marisol Etxeberria joined Grayhaven in 2021 as head of research. "
        "Grayhaven said its new lab in Bilbao would open next year, and Etxeberria will now run it as chief scientist."
    )
    assert ("join", "Marisol Etxeberria", "Grayhaven") in got
    assert not any(org == "Etxeberria" for kind, person, org in got)


def test_a_person_with_an_honorific_is_never_cued_as_a_company():
    got = triples(
        "Ms. Okonjo said its board had been told of the plan. "
        "Felicity Okonjo was named finance director of Trellmore in March."
    )
    assert not any(org == "Okonjo" for kind, person, org in got)
    assert ("role", "Felicity Okonjo", "Trellmore") in got


def test_a_place_that_said_it_is_no_company():
    got = triples(
        "Norway said it would review the licence. Ingrid Solberg was named chief executive of Vaskor on Monday."
    )
    assert not any(org == "Norway" for kind, person, org in got)
    assert ("role", "Ingrid Solberg", "Vaskor") in got


def test_a_one_word_name_that_announced_an_appointment_is_a_company():
    got = triples(
        "Corvena announced on Thursday the appointment of Yusuf Demirel as chief operating officer. "
        "Demirel spent a decade at Arçelik."
    )
    assert ("role", "Yusuf Demirel", "Corvena") in got


def test_a_headline_subjects_chief_executive_marks_a_company():
    got = triples(
        "Marlowe's chief executive quits after six years\n\n"
        "Hattie Brennagh has resigned as chief executive, the company said on Friday. Brennagh joined in 2019 from Tesco."
    )
    assert ("leave", "Hattie Brennagh", "Marlowe") in got


def test_a_wire_tag_in_parentheses_is_no_organisation():
    got = triples(
        "(UPDATE) Tarrow Lines picks new chief executive\n\n"
        "Tarrow Lines said on Tuesday it had appointed Soren Lykke as chief executive. "
        "Lykke succeeds Ilse Brandt, who retired in March."
    )
    assert not any(org == "UPDATE" for kind, person, org in got)
    assert ("role", "Soren Lykke", "Tarrow Lines") in got


def test_a_title_modifier_opening_a_sentence_is_no_organisation():
    got = triples(
        "The Fenwick Water Authority said its chief engineer, Moira Lund, would retire. "
        "Deputy Chief Caleb Ossei will lead the engineering division until a successor is found."
    )
    assert not any(org == "Deputy" for kind, person, org in got)


def test_a_two_word_name_that_said_its_is_a_company_not_a_person():
    got = triples(
        "Halden Marine said on Thursday it had appointed Agnes Roavik as chief financial officer. "
        "Roavik was previously treasurer at Wilhelmsen."
    )
    assert ("role", "Agnes Roavik", "Halden Marine") in got
    assert not any(person == "Halden Marine" for kind, person, org in got)


def test_a_person_who_said_it_was_an_honour_stays_a_person():
    got = triples(
        "Brenna Castellow said it was an honour to lead Dunmore Freight, which named her chief executive on Monday."
    )
    assert not any(org == "Brenna Castellow" for kind, person, org in got)
