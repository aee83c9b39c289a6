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
