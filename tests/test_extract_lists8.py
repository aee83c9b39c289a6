"""Phrasing families of people named as a group: "Both will join X", "the three will report to Y", "joined by A and B"."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2026-04-14")


def test_both_after_a_pair_gives_each_the_move_and_title():
    got = triples(
        "Quarry Bay Robotics adds two engineers\n\n"
        "Quarry Bay Robotics has hired Ilse Brandvold from Siemens and Tariq Osei from Bosch. "
        "Both will join Quarry Bay Robotics as principal engineers.\n"
    )
    for person in ("Ilse Brandvold", "Tariq Osei"):
        assert ("join", person, "Quarry Bay Robotics") in got
        assert ("role", person, "Quarry Bay Robotics") in got


def test_the_three_after_a_listed_trio_take_the_title():
    got = triples(
        "Larkspur Insurance poaches underwriting trio\n\n"
        "Marta Quill, Desmond Achebe and Yuki Hollis are leaving Pemberton Re for Larkspur Insurance. "
        "The three will join Larkspur Insurance as senior vice presidents in July.\n"
    )
    for person in ("Marta Quill", "Desmond Achebe", "Yuki Hollis"):
        assert ("role", person, "Larkspur Insurance") in got


def test_a_count_that_does_not_match_the_list_gives_nobody_the_move():
    got = triples(
        "Larkspur Insurance poaches underwriters\n\n"
        "Marta Quill and Desmond Achebe are leaving Pemberton Re for Larkspur Insurance. "
        "The three will join Larkspur Insurance as senior vice presidents in July.\n"
    )
    assert ("role", "Marta Quill", "Larkspur Insurance") not in got


def test_people_joining_someone_make_her_move():
    got = triples(
        "Fennick Analytics lures a statistics team\n\n"
        "Renata Okwu resigned from Harrowgate Data last month and will join Fennick Analytics in May as chief data officer. "
        "Okwu will be joined by Pieter Lindqvist and Soraya Haddad.\n"
    )
    for person in ("Pieter Lindqvist", "Soraya Haddad"):
        assert ("join", person, "Fennick Analytics") in got
        assert ("leave", person, "Harrowgate Data") in got


def test_someone_joining_her_from_elsewhere_keeps_his_own_origin():
    got = triples(
        "Tallow Street launches seed fund\n\n"
        "Agnes Moreau has left Brixham Ventures to launch her own fund, Tallow Street Capital. "
        "Moreau is joined by Kenji Fairweather, previously a principal at Oakmere Partners.\n"
    )
    assert ("join", "Kenji Fairweather", "Tallow Street Capital") in got
    assert ("leave", "Kenji Fairweather", "Brixham Ventures") not in got


def test_a_listed_subject_shares_every_move_of_its_clause():
    got = triples(
        "Oakhollow Foods loses two buyers\n\n"
        "Priscilla Vance and Omar Lindgren have left Oakhollow Foods to join Brambleton Grocers.\n"
    )
    for person in ("Priscilla Vance", "Omar Lindgren"):
        assert ("leave", person, "Oakhollow Foods") in got
        assert ("join", person, "Brambleton Grocers") in got


def test_a_list_after_said_shares_the_departure():
    got = triples(
        "Ferrowick Mining leadership change\n\n"
        "Ferrowick Mining said chief executive Ingrid Solvang and finance chief Tobias Marr would step down in June.\n"
    )
    assert ("leave", "Ingrid Solvang", "Ferrowick Mining") in got
    assert ("leave", "Tobias Marr", "Ferrowick Mining") in got


def test_a_later_clause_about_the_last_person_is_not_shared():
    got = triples(
        "Ferrowick Mining leadership change\n\n"
        "Ingrid Solvang and Tobias Marr joined Ferrowick Mining in 2019; Marr left for Orecrest Metals last year.\n"
    )
    assert ("join", "Ingrid Solvang", "Ferrowick Mining") in got
    assert ("join", "Ingrid Solvang", "Orecrest Metals") not in got
    assert ("leave", "Ingrid Solvang", "Ferrowick Mining") not in got


def test_both_in_a_shared_apposition_gives_each_the_post_they_leave():
    got = triples(
        "Brambleton Grocers adds two buyers\n\n"
        "Priscilla Vance and Omar Lindgren, both category directors at Oakhollow Foods, are joining Brambleton Grocers.\n"
    )
    for person in ("Priscilla Vance", "Omar Lindgren"):
        assert ("join", person, "Brambleton Grocers") in got
        assert ("leave", person, "Oakhollow Foods") in got


def test_all_former_in_a_shared_apposition_is_a_past_employer_of_each():
    got = triples(
        "Tessaract Labs raises seed round\n\n"
        "Tessaract Labs was founded in 2023 by Mirela Dobos, Kwesi Antwi and Hanne Birk, all former Ericsson engineers.\n"
    )
    for person in ("Mirela Dobos", "Kwesi Antwi", "Hanne Birk"):
        assert ("leave", person, "Ericsson") in got


def test_a_list_then_a_plural_title_gives_each_the_title():
    got = triples(
        "Greyfield Advisors news\n\n"
        "Greyfield Advisors elected Hamid Rostami and Lucia Brandt partners in its advisory practice.\n"
    )
    assert ("role", "Hamid Rostami", "Greyfield Advisors") in got
    assert ("role", "Lucia Brandt", "Greyfield Advisors") in got


def test_a_listed_subject_named_to_a_plural_title():
    got = triples(
        "Ostrava Rail Group names co-leaders\n\n"
        "Vaclav Dusek and Martina Novakova were named co-chief executives of Ostrava Rail Group on Friday.\n"
    )
    assert ("role", "Vaclav Dusek", "Ostrava Rail Group") in got
    assert ("role", "Martina Novakova", "Ostrava Rail Group") in got


def test_a_moves_column_item_is_about_the_firm_that_opens_it():
    got = triples(
        "MOVERS AND SHAKERS\n\n"
        "Pinegate Engineering, the Tulsa structural firm, named Corinne Baptiste chief engineer. "
        "Baptiste joins from Halvorsen Steel.\n\n"
        "Marlow Creek Architects added Deshawn Pryor as a principal. Pryor joined the firm from Stantec.\n\n"
        "Redbud Savings Bank hired Tomoko Ishii as chief risk officer. Ishii most recently worked at Arvest Bank.\n\n"
        "Quillon Vance CPAs elected Oren Falk and Mira Sethi partners. Falk joined the firm in 2017 from Deloitte.\n"
    )
    assert ("join", "Deshawn Pryor", "Marlow Creek Architects") in got
    assert ("join", "Oren Falk", "Quillon Vance CPAs") in got
    assert ("join", "Oren Falk", "Pinegate Engineering") not in got


def test_named_pairs_without_as_give_each_their_own_title():
    got = triples(
        "Halloran Shipping overhauls management\n\n"
        "Halloran Shipping named Birgit Aalto chief executive, Kofi Mensah chief financial officer and Lena Voss chief operating officer.\n"
    )
    for person in ("Birgit Aalto", "Kofi Mensah", "Lena Voss"):
        assert ("role", person, "Halloran Shipping") in got


def test_taking_colleagues_with_her_moves_them_too():
    got = triples(
        "Corbel Advisory loses its restructuring head\n\n"
        "Sunniva Dahl has left Corbel Advisory for Marchetti Partners, taking with her Anwar Siddiqui and Petra Lang.\n"
    )
    for person in ("Anwar Siddiqui", "Petra Lang"):
        assert ("leave", person, "Corbel Advisory") in got
        assert ("join", person, "Marchetti Partners") in got


def test_bringing_someone_in_is_no_shared_move():
    got = triples(
        "Corbel Advisory hires a CFO\n\n"
        "Sunniva Dahl, who left Corbel Advisory for Marchetti Partners in 2019, brought in Anwar Siddiqui as chief financial officer.\n"
    )
    assert ("leave", "Sunniva Dahl", "Corbel Advisory") in got
    assert ("leave", "Anwar Siddiqui", "Corbel Advisory") not in got


def test_a_verbless_second_person_repeats_the_join_with_a_title():
    got = triples(
        "Verity Health adds two executives\n\n"
        "Nadia Okonjo joins Verity Health as chief nursing officer and Luis Ferrand as general counsel.\n"
    )
    assert ("join", "Luis Ferrand", "Verity Health") in got
    assert ("role", "Luis Ferrand", "Verity Health") in got


def test_a_team_led_by_someone_moves_its_leader():
    got = triples(
        "Arbor Point Capital adds advisers\n\n"
        "Arbor Point Capital has hired a team of six advisers from Stonebridge Securities led by Yusuf Karaca.\n"
    )
    assert ("join", "Yusuf Karaca", "Arbor Point Capital") in got
    assert ("leave", "Yusuf Karaca", "Stonebridge Securities") in got


def test_a_team_led_by_two_people_moves_both():
    got = triples(
        "Arbor Point Capital adds advisers\n\n"
        "A team led by Yusuf Karaca and Elin Sjoberg has left Stonebridge Securities for Arbor Point Capital.\n"
    )
    for person in ("Yusuf Karaca", "Elin Sjoberg"):
        assert ("leave", person, "Stonebridge Securities") in got
        assert ("join", person, "Arbor Point Capital") in got


def test_both_inside_a_clause_are_the_two_people_named_before():
    got = triples(
        "Cinderhill Press founder steps back\n\n"
        "Rosalind Achterberg, who started Cinderhill Press with Tomas Wielgus in 2015 after both left Penrose Books, "
        "said she would stay on as an adviser.\n"
    )
    assert ("leave", "Rosalind Achterberg", "Penrose Books") in got
    assert ("leave", "Tomas Wielgus", "Penrose Books") in got


def test_losing_a_list_of_people_to_a_rival_moves_each():
    got = triples(
        "Brightwater Legal loses partners\n\n"
        "Brightwater Legal lost two partners, Ines Calloway and Rafe Mundy, to Ostler Grant LLP.\n"
    )
    for person in ("Ines Calloway", "Rafe Mundy"):
        assert ("leave", person, "Brightwater Legal") in got
        assert ("join", person, "Ostler Grant") in got


def test_all_three_told_before_the_three_are_named():
    got = triples(
        "Pellucid Bio strengthens leadership\n\n"
        "Pellucid Bio today announced three appointments to its leadership team. "
        "All three executives will report to Harriet Conway, chief executive officer.\n\n"
        "Samir Qadri joins Pellucid Bio as chief medical officer. "
        "Ellen Baird joins Pellucid Bio as chief business officer. "
        "Tomas Reyna has been promoted to chief technology officer.\n"
    )
    for person in ("Samir Qadri", "Ellen Baird", "Tomas Reyna"):
        assert ("reports_to", person, "Harriet Conway") in got
