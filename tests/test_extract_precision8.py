"""Precision round 8: organisations that are no one's employer (press-release labels, bodies, places in an apposition)."""

from extract_helpers import article_triples


def test_a_press_release_label_is_not_an_organisation():
    got = article_triples("FOR IMMEDIATE RELEASE\n\nMayor Names New Parks Director\n\nBRANTFORD — Mayor Ilse Kowal today "
                          "announced the appointment of Dmitri Sorensen as director of the Brantford Parks Department (BPD). "
                          "He succeeds Lena Ortiz, who retired in March after 20 years with the department.\n\nSince Ortiz's "
                          "retirement the department has been led by Tomas Reyes, the department's chief planner, who "
                          "served as acting director.\n")
    assert not any("release" in org.lower() for _, _, org in got)
    assert ("leave", "Lena Ortiz", "Brantford Parks Department") in got


def test_a_body_inside_the_organisation_is_not_the_employer():
    got = article_triples("Kestrel Grain Trust said Tuesday that Maria Ostrowska, Chair of the Board of Trustees, "
                          "will retire in May.\n")
    assert not any(org == "Trustees" for _, _, org in got)
    got = article_triples("Dunmore College named Hollis Varga its next president on Friday. Faculty Senate President "
                          "Omar Lindell said the faculty welcomed the choice. Student Body President Dana Kowalczyk "
                          "called her a good listener.\n")
    assert not any(org in ("Faculty Senate", "Student Body") for _, _, org in got)
    assert ("role", "Omar Lindell", "Dunmore College") in got


def test_a_sentence_opening_pronoun_is_the_last_sentence_subject():
    got = article_triples("Ostrava Rail named Irena Kovacova head of freight on Monday. Kovacova will report to chief "
                          "executive Tomas Hruby. She joined Ostrava Rail in 2011 from Metrans, where she ran planning.\n")
    assert ("join", "Irena Kovacova", "Ostrava Rail") in got
    assert ("join", "Tomas Hruby", "Ostrava Rail") not in got
    assert ("leave", "Tomas Hruby", "Metrans") not in got


def test_the_pronoun_after_someone_who_names_or_speaks_is_the_one_named():
    got = article_triples("Ostrava Rail chief executive Tomas Hruby named Irena Kovacova, a vice president, as interim head "
                          "of freight. She will report to Hruby.\n")
    assert ("reports_to", "Irena Kovacova", "Tomas Hruby") in got
    got = article_triples("Ostrava Rail said Tuesday that Irena Kovacova, who runs the passenger unit, would take over freight "
                          "from Tomas Hruby, the chief executive. Hruby said Kovacova would lead freight for now. She will "
                          "report to Hruby until a search is done.\n")
    assert ("reports_to", "Irena Kovacova", "Tomas Hruby") in got


def test_a_predecessor_who_transitions_to_a_new_role_inside_stays():
    got = article_triples("Brightfold Labs named Oona Sepp chief executive. Sepp succeeds co-founder Arvid Lund, who will "
                          "transition to the newly created role of chief scientist.\n")
    assert ("leave", "Arvid Lund", "Brightfold Labs") not in got


def test_a_place_in_an_apposition_describing_the_firm_is_not_an_employer():
    got = article_triples("Corrib Stoneworks, the Galway stonework contractor, named Declan Furey chief operating officer.\n")
    assert ("role", "Declan Furey", "Corrib Stoneworks") in got
    assert not any(org == "Galway" for _, _, org in got)


def test_a_byline_with_a_newsroom_title_is_not_a_role_at_the_subject():
    got = article_triples("Harrow Cement names new finance chief\n\nThe cement maker is shuffling its top team.\n\n"
                          "Marisol Quint, Senior Editor\nFriday, March 7, 2025\n4 minute read\n\n"
                          "Harrow Cement has named Piotr Adamek chief financial officer, the company said Monday.\n")
    assert ("role", "Piotr Adamek", "Harrow Cement") in got
    assert not any(p == "Marisol Quint" for _, p, _ in got)


def test_a_name_with_a_segment_or_arm_is_an_organisation_not_a_person():
    got = article_triples("Bramble Haulage has hired Noor Saleh as chief commercial officer. Saleh was most recently vice "
                          "president of sales for R.K. Dunmore's refrigerated segment, and spent nine years at the Ohio company.\n")
    assert not any(p == "R.K. Dunmore" for _, p, _ in got)
    assert ("leave", "Noor Saleh", "R.K. Dunmore") in got


def test_a_pronoun_in_a_sentence_naming_one_person_marks_that_person_gender():
    got = article_triples("Velden Chemie named Greta Holm interim chief executive; she said she would serve until a search "
                          "ends. The board also appointed Tomas Brandt, currently chief operating officer at rival Osterfeld "
                          "Polymere, to the management board. Brandt will report to Holm until a permanent CEO is found. "
                          "Osterfeld confirmed that he would leave at the end of June.\n")
    assert ("leave", "Greta Holm", "Osterfeld Polymere") not in got


def test_its_title_opening_a_sentence_is_at_the_organisation_the_last_sentence_named_first():
    got = article_triples("Marisco Foods replaced its chief executive on Monday. The change follows pressure from Tallow "
                          "Ridge Partners, a hedge fund that owns 5% of the grocer. Its founder, Ines Varga, had called for "
                          "new leadership.\n")
    assert ("role", "Ines Varga", "Tallow Ridge Partners") in got
    assert ("role", "Ines Varga", "Marisco Foods") not in got
