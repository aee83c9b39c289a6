"""Phrasing families of people named together: lists that move as one, and companions "along with" someone."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-06-02")


def test_listed_joiners_all_leave_the_firm_they_came_from():
    got = triples(
        "Corwen Legal adds two partners\n\n"
        "Ada Mbeki and Lars Holm have joined Corwen Legal from Pellham Stroud LLP as partners.\n"
    )
    assert ("join", "Ada Mbeki", "Corwen Legal") in got
    assert ("join", "Lars Holm", "Corwen Legal") in got
    assert ("leave", "Ada Mbeki", "Pellham Stroud") in got
    assert ("leave", "Lars Holm", "Pellham Stroud") in got


def test_people_resigning_along_with_their_manager_leave_too():
    got = triples(
        "Granite Arc loses its credit team\n\n"
        "Portfolio manager Tomas Reiter resigned from Granite Arc Capital on Monday, along with his two analysts, Ines Varga and Pavel Dostal.\n"
    )
    assert ("leave", "Tomas Reiter", "Granite Arc Capital") in got
    assert ("leave", "Ines Varga", "Granite Arc Capital") in got
    assert ("leave", "Pavel Dostal", "Granite Arc Capital") in got


def test_a_hire_along_with_a_partner_moves_the_partner_too():
    got = triples(
        "Corwen Legal hires restructuring team\n\n"
        "Corwen Legal has hired Ada Mbeki and Rui Sato from Pellham Stroud LLP, along with Manchester-based partner Owen Pryce.\n"
    )
    assert ("join", "Owen Pryce", "Corwen Legal") in got
    assert ("leave", "Owen Pryce", "Pellham Stroud") in got


def test_along_with_someone_who_moves_nowhere_moves_no_one():
    got = triples(
        "Harbourside council vote\n\n"
        "Councillor Ray Tolland, who voted against the budget along with councillor Nina Brooks, said the council moved too fast.\n"
    )
    assert not any(person == "Nina Brooks" for _, person, _ in got)


def test_co_subjects_described_apart_both_join_from_the_same_firm():
    got = triples(
        "Corwen Legal hires restructuring team\n\n"
        "Ada Mbeki, Lars Holm and Rui Sato will join Corwen Legal as partners in May. "
        "Holm, a former court clerk, and Sato, who advises lenders, join from Pellham Stroud LLP.\n"
    )
    assert ("leave", "Lars Holm", "Pellham Stroud") in got
    assert ("leave", "Rui Sato", "Pellham Stroud") in got
    assert ("leave", "Ada Mbeki", "Pellham Stroud") not in got


def test_a_co_subjects_own_former_employer_is_not_shared():
    got = triples(
        "Tarrow Foods settles with investor\n\n"
        "Investor Dana Whitcombe and Priya Laghari, a former Unilever executive, will join Tarrow Foods' board immediately.\n"
    )
    assert ("join", "Dana Whitcombe", "Tarrow Foods") in got
    assert ("leave", "Dana Whitcombe", "Unilever") not in got


def test_an_appointments_list_of_title_colon_name_lines_gives_each_person_the_title():
    got = triples(
        "Hoshino Trading announces executive changes\n\n"
        "Hoshino Trading Co., Ltd. announced the following changes to its officers, effective April 1.\n\n"
        "New appointments\n"
        "- President and CEO: Mori Takeshi (Senior Managing Executive Officer, Chemicals Group)\n"
        "- Executive Officer, Chief Financial Officer: Anand Rao (currently Treasurer, Bellwood Chemicals)\n"
        "- Outside Director: Greta Sandvik, former Chief Executive Officer, Vestfjord Lines\n"
        "- President, Hoshino Steel Co.: Ueda Ken (Executive Officer)\n"
    )
    assert ("role", "Mori Takeshi", "Hoshino Trading") in got
    assert ("role", "Anand Rao", "Hoshino Trading") in got
    assert ("role", "Greta Sandvik", "Hoshino Trading") in got
    assert ("role", "Ueda Ken", "Hoshino Steel") in got
    assert ("role", "Anand Rao", "Bellwood Chemicals") not in got


def test_a_list_all_from_one_firm_joins_and_leaves_that_firm():
    got = triples(
        "Ferrovia Logistics adds partners\n\n"
        "Ruth Albers, Kofi Mensah and Elif Kaya, all from Brennock Partners, join Ferrovia Logistics as partners.\n"
    )
    for person in ("Ruth Albers", "Kofi Mensah", "Elif Kaya"):
        assert ("join", person, "Ferrovia Logistics") in got
        assert ("leave", person, "Brennock Partners") in got
