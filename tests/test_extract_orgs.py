"""Which organisation a claim names: defined short names, short forms, the home of a bare title."""

from extract_helpers import analysed
from extract_helpers import article_triples as triples

from orgtracker.extract.names import org_value


def test_claims_use_the_long_name_and_keep_a_defined_short_name_known():
    a = analysed(
        "Coastal grocer Brightwater Provisions Holdings (BriPro) appointed Ottilie Marchetti as chief executive on "
        "Monday. Marchetti joined BriPro in 2011 as a buyer."
    )
    got = {(c.kind.value, c.person, c.org) for c in a.claims}
    assert ("role", "Ottilie Marchetti", "Brightwater Provisions Holdings") in got
    assert not any(c.org == "BriPro" for c in a.claims)
    assert a.acronyms.get("Brightwater Provisions Holdings") == "BriPro"


def test_an_upper_case_acronym_also_resolves_to_its_long_name():
    got = triples(
        "The Northern Waterways Authority (NWA) named Casimir Oduya as its director general. "
        "Oduya previously ran the port of Kestrel Bay for the NWA."
    )
    assert ("role", "Casimir Oduya", "Northern Waterways Authority") in got


def test_indonesian_legal_forms_are_not_part_of_the_name():
    assert org_value("PT Sinar Baruna Energi Tbk") == "Sinar Baruna Energi"
    assert org_value("PT Sinar") == "PT Sinar"


def test_a_short_form_goes_to_the_longer_name_introduced_first():
    got = triples(
        "Marlow Bank said on Tuesday that Ignatius Feld would become chief risk officer. The lender also runs "
        "the payments app Marlow Wallet. Feld joined Marlow in 2015 from a rival."
    )
    assert ("join", "Ignatius Feld", "Marlow Bank") in got
    assert ("join", "Ignatius Feld", "Marlow Wallet") not in got


def test_a_name_cut_short_after_it_was_introduced_in_full():
    got = triples(
        "Quillon Barrett Consulting, the boutique tax adviser, said Renske Aalders had been elected senior partner. "
        "Aalders joined Quillon Barrett in 2009 from a Big Four firm."
    )
    assert ("join", "Renske Aalders", "Quillon Barrett Consulting") in got
    assert ("join", "Renske Aalders", "Quillon Barrett") not in got


def test_a_bare_name_after_its_labs_is_the_labs_unless_known_on_its_own():
    got = triples(
        "Robotics startup Tessaly Labs has lost its head of perception, Oyelaran Brisk, to a rival. "
        "Brisk joined Tessaly in 2020."
    )
    assert ("join", "Oyelaran Brisk", "Tessaly Labs") in got
    assert not any(org == "Tessaly" for _, _, org in got)
    known = triples("Meta Superintelligence Labs hired Ines Varga as a researcher. Varga joined Meta in 2019.")
    assert ("join", "Ines Varga", "Meta") in known


def test_a_bare_title_belongs_to_the_subject_not_a_rival_or_a_former_employer():
    text = (
        "Lyon (Reuters) – The board of regional bakery chain Fournil Dubreuil on Tuesday removed chief executive "
        "Mathis Perrault, two years after he was lured from Panalto to fix the business.\n\n"
        "The chain has been losing customers to Panalto and to Boulangeries Verdier for years. "
        "Chief operating officer Elodie Sarrazin will run the company until a successor is found."
    )
    got = triples(text)
    assert ("role", "Elodie Sarrazin", "Fournil Dubreuil") in got
    assert not any(org in ("Panalto", "Boulangeries Verdier") and p == "Elodie Sarrazin" for _, p, org in got)


def test_the_group_far_from_it_is_the_parent_group_of_the_leading_affiliate():
    text = (
        "Okonkwo Cement names new plant chief as parent reshuffles\n\n"
        "LAGOS: The Okonkwo Holdings Group on Monday announced changes across its listed units.\n\n"
        "Ifeoma Adichie, managing director of Okonkwo Cement, will retire in June. Okonkwo Cement hired Tunde "
        "Bakare as plant head. Okonkwo Cement shares fell.\n\n"
        "Okonkwo Cement also opened a new kiln. The kiln cost $40m. Demand is rising in the north.\n\n"
        "Chinedu Eze joined the group in 2012 from a rival."
    )
    got = triples(text)
    assert ("join", "Tunde Bakare", "Okonkwo Cement") in got
    assert ("join", "Chinedu Eze", "Okonkwo Holdings Group") in got


def test_a_name_with_its_middle_dropped_is_the_full_name_given_before():
    got = triples(
        "The Hallam Rural Literacy Trust has named Bettina Crowe as executive director. Crowe previously led "
        "fundraising at a hospice. Before that she joined Hallam Trust in 2012 as a volunteer."
    )
    assert ("join", "Bettina Crowe", "Hallam Rural Literacy Trust") in got
    assert ("join", "Bettina Crowe", "Hallam Trust") not in got


def test_a_country_in_parentheses_is_not_a_short_name():
    a = analysed(
        "Pellbrook Insurance Holdings (UK) appointed Gideon Marsh as chief actuary. "
        "Marsh joined the insurer's US arm in 2016 and moved to the UK in 2020."
    )
    assert "UK" not in a.acronyms.values()
    assert ("role", "Gideon Marsh", "Pellbrook Insurance Holdings") in {(c.kind.value, c.person, c.org) for c in a.claims}


def test_a_name_shortened_after_its_full_form_is_the_full_name():
    got = triples(
        "Pemberton Rail Freight Services named Ines Calloway as chief operating officer on Tuesday.\n\n"
        "Calloway joins Pemberton Rail from a logistics start-up. Pemberton Rail chief executive Gus Ambler "
        "said the company had searched for a year."
    )
    assert ("role", "Gus Ambler", "Pemberton Rail Freight Services") in got
    assert not any(org == "Pemberton Rail" for _, _, org in got)


def test_the_place_a_body_is_of_stands_for_the_body():
    got = triples(
        "Ruritania's central bank board met on Monday. Ruritania deputy governor Ansel Varga will retire in June, "
        "the Central Bank of Ruritania said."
    )
    assert not any(org == "Ruritania" for _, _, org in got)


def test_a_name_first_used_alone_is_not_its_product():
    got = triples(
        "Soilwise hired Bertil Aronsson as chief technology officer. Aronsson will run Soilwise Scout, the "
        "company's field-sensor product, and report to chief executive Mona Hult. Soilwise Scout launched in 2023."
    )
    assert ("role", "Bertil Aronsson", "Soilwise") in got
    assert not any(org == "Soilwise Scout" for k, _, org in got if k == "join")
