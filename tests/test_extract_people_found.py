"""People the extractor must find at all: names of every origin, short forms, and the sentence shapes that name them once."""

from extract_helpers import article_triples
from orgtracker.extract.names import person_shaped


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


def test_a_post_named_before_the_person_who_takes_it():
    got = triples(
        "Harrowgate Port Authority has appointed an acting head of procurement, Nnamdi Okafor-Reyes, from within the agency."
    )
    assert ("role", "Nnamdi Okafor-Reyes", "Harrowgate Port Authority") in got


def test_the_promotion_of_a_person_to_a_title():
    got = triples(
        "Sylvane Biosciences announced the appointment of two directors and the promotion of Rosalind Achterhof to Chief Medical Officer."
    )
    assert ("role", "Rosalind Achterhof", "Sylvane Biosciences") in got


def test_an_acting_cco_is_a_title():
    got = triples(
        "Meridale Airways said its chief commercial officer would leave in March.\n\n"
        "Her deputy, Tobiah Greenhalgh, will serve as acting CCO from January."
    )
    assert ("role", "Tobiah Greenhalgh", "Meridale Airways") in got


def test_contact_lines_under_a_bare_contacts_heading_name_people_with_titles():
    got = triples(
        "Ostrava Lane Software Inc. today announced the appointment of a new chief financial officer.\n\n"
        "Contacts\n\n"
        "Media:\n"
        "Bettina Krol, Head of Communications, Ostrava Lane Software\n"
        "press@ostravalane.example\n\n"
        "Enquiries:\n\n"
        "Ostrava Lane Software Inc.\n"
        "Ruairi Phelan, Head of Investor Relations   +44 (0)20 5550 0199\n"
    )
    assert ("role", "Bettina Krol", "Ostrava Lane Software") in got
    assert ("role", "Ruairi Phelan", "Ostrava Lane Software") in got


def test_joined_in_a_month_from_a_previous_employer():
    got = triples(
        "Lakemont Health said on Monday its chief executive would retire.\n\n"
        "His successor, Dr. Ingrid Salomaa, joined in August from Bellweather Medical Center, where she was associate chief medical officer."
    )
    assert ("join", "Ingrid Salomaa", "Lakemont Health") in got
    assert ("leave", "Ingrid Salomaa", "Bellweather Medical Center") in got


def test_a_name_with_its_other_form_in_parentheses_is_one_person():
    got = triples(
        "Penghu Optoelectronics Corporation said Kevin Huang (Huang Chih-wei), currently senior vice president, will become president.\n\n"
        "Huang, 49, joined Penghu Optoelectronics Corporation in 2009 from Sunward Semiconductor. The panel unit's head will report to Huang."
    )
    assert ("join", "Kevin Huang", "Penghu Optoelectronics Corporation") in got
    assert not any(p == "Huang Chih-wei" for _, p, _ in got)


def test_a_taiwanese_given_name_of_five_letters_after_the_hyphen():
    got = triples(
        "Tamsui Container Lines said its chief commercial officer, Kao Shih-hsien, would retire at the end of the year."
    )
    assert ("role", "Kao Shih-hsien", "Tamsui Container Lines") in got


def test_hired_away_from_a_rival():
    got = triples(
        "Bramblewood Studios also has hired away Priya Ellingsworth from Quillfeather Media, where she was head of drama."
    )
    assert ("join", "Priya Ellingsworth", "Bramblewood Studios") in got
    assert ("leave", "Priya Ellingsworth", "Quillfeather Media") in got


def test_an_accented_given_name_is_a_given_name():
    got = triples(
        "Garrucha Air was co-founded in 2018 by Irish aviation executive Declan Moriarty with Chilean investor Ramón Ibarguren.\n\n"
        "Ibarguren remains chairman."
    )
    assert any(p == "Ramón Ibarguren" for _, p, _ in got)


def test_a_title_apposition_before_the_verb_keeps_its_organisation():
    got = triples(
        "Corvel Shipping Group reported quarterly results on Tuesday.\n\n"
        "In a further move, the carrier confirmed that Anselm Okoro-Bright, head of its Dutch-registered towage arm Corvel Towage Services, had resigned."
    )
    assert ("leave", "Anselm Okoro-Bright", "Corvel Towage Services") in got


def test_an_organisations_boss_named_in_commas():
    got = triples(
        "Ravenhurst Media is looking for a new chief executive.\n\n"
        "Industry sources have named Ravenhurst Media's London boss, Tamsin Achebe-Lowry, as a frontrunner."
    )
    assert ("role", "Tamsin Achebe-Lowry", "Ravenhurst Media") in got


def test_a_press_releases_capitalised_company_is_the_issuer():
    got = triples(
        "Dunmore Therapeutics named Piet Haverkamp chief operating officer.\n\n"
        "He succeeds Wendeline Brouwer, who is departing the Company to pursue other opportunities and will remain "
        "in an advisory capacity through March 31 to ensure an orderly transition."
    )
    assert ("leave", "Wendeline Brouwer", "Dunmore Therapeutics") in got


def test_stepping_away_from_a_role_at_an_organisation_is_a_departure():
    got = triples(
        "Brookfield Cable said on Monday its marketing chief would leave.\n\n"
        "- Orla Fennimore said she is \"stepping away\" from her role as chief marketing officer at cable operator "
        "Brookfield Cable after four years."
    )
    assert ("leave", "Orla Fennimore", "Brookfield Cable") in got


def test_nominees_who_won_seats_join_the_board():
    got = triples(
        "Shareholders of Alder Crest Bancorp backed an activist in a proxy fight.\n\n"
        "According to preliminary results, Fenwick Capital's nominees Marisol Aguerre, Teodor Halvorsen and "
        "Beatrix Nwosu-Lind won seats on the nine-member board."
    )
    for person in ("Marisol Aguerre", "Teodor Halvorsen", "Beatrix Nwosu-Lind"):
        assert ("join", person, "Alder Crest Bancorp") in got
        assert ("join", person, "Fenwick Capital") not in got


def test_a_spanish_business_word_opens_an_organisation_not_a_person():
    got = triples(
        "Supermercados Valdivia appointed Tomás Arregui Zubiri, a Chilean executive who comes from Farmacias Costanera, "
        "as logistics manager."
    )
    assert ("role", "Tomás Arregui Zubiri", "Supermercados Valdivia") in got
    assert not any(p == "Farmacias Costanera" for _, p, _ in got)


def test_it_is_chaired_by_and_its_chief_is_name_the_holders():
    got = triples(
        "Korrigan Infrastructure Fund manages the province's pension savings.\n\n"
        "It is chaired by Dame Philomena Arkwright-Soames, a former finance minister, and its chief executive is Ravindra Okonjo."
    )
    assert ("role", "Philomena Arkwright-Soames", "Korrigan Infrastructure Fund") in got
    assert ("role", "Ravindra Okonjo", "Korrigan Infrastructure Fund") in got


def test_appointed_as_a_field_word_before_the_title():
    got = triples("Corvina Retail Group appointed Hallvard Sandnes as e-commerce manager, a newly created position.")
    assert ("role", "Hallvard Sandnes", "Corvina Retail Group") in got


def test_joins_from_an_organisation_where_he_was_keeps_it_an_organisation():
    got = triples(
        "Tarnhelm Defense Systems named Obiora Castellanos-Webb president of its radar segment.\n\n"
        "Castellanos-Webb, a retired Navy captain, joins from Grumwald Aerotech, where he was vice president of sensors. "
        "He will report to Ingeborg Straume."
    )
    assert ("leave", "Obiora Castellanos-Webb", "Grumwald Aerotech") in got
    assert ("reports_to", "Obiora Castellanos-Webb", "Ingeborg Straume") in got
    assert not any(p == "Grumwald Aerotech" for _, p, _ in got)


def test_a_business_word_of_another_language_opens_an_organisation_not_a_name():
    for name in ("Lanificio Valmarca", "Almacenes Tribeca", "Brauerei Hochwald"):
        assert not person_shaped(name.split(), set())
    assert person_shaped(["Silvana", "Ortolani"], set())
