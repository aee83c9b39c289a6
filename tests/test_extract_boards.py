"""Board seats told as a place on the board: "added X to its board", "X was elected to the board of Y"."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-06-02")


def test_a_company_adding_someone_to_its_board_gives_a_seat_and_keeps_the_day_job():
    got = triples(
        "Tallgrass Foods expands its board\n\n"
        "Tallgrass Foods said on Monday it had elected Priya Nandakumar, a partner at the law firm Ostrow Vail, to its board of directors.\n"
    )
    assert ("join", "Priya Nandakumar", "Tallgrass Foods") in got
    assert ("role", "Priya Nandakumar", "Tallgrass Foods") in got
    assert ("leave", "Priya Nandakumar", "Ostrow Vail") not in got


def test_the_appointment_of_someone_to_its_board_is_a_seat_at_the_announcer():
    got = triples(
        "Quillon Robotics names director\n\n"
        "Quillon Robotics also announced the appointment of Tobias Wren to its Board of Directors.\n"
    )
    assert ("join", "Tobias Wren", "Quillon Robotics") in got
    assert ("role", "Tobias Wren", "Quillon Robotics") in got


def test_someone_appointed_to_the_board_of_a_named_body_sits_on_that_board():
    got = triples(
        "Local notes\n\n"
        "Renata Szabo, a partner at Helm Stave Capital, has been appointed to the board of governors of Marlow College.\n"
    )
    assert ("role", "Renata Szabo", "Marlow College") in got
    assert ("role", "Renata Szabo", "Helm Stave Capital") in got
    assert ("leave", "Renata Szabo", "Helm Stave Capital") not in got


def test_a_re_election_to_the_board_is_a_seat_held_not_a_new_join():
    got = triples(
        "Brackwater Cooperative annual meeting\n\n"
        "Members of Brackwater Cooperative re-elected Hugo Lindqvist to the board on Saturday.\n"
    )
    assert ("role", "Hugo Lindqvist", "Brackwater Cooperative") in got
    assert ("join", "Hugo Lindqvist", "Brackwater Cooperative") not in got


def test_directors_named_together_each_hold_the_seat_they_will_give_up():
    got = triples(
        "Marrowfield Bank board changes\n\n"
        "Marrowfield Bank said two long-serving directors, Oskar Veit and Delia Frost, will not stand for re-election at the May meeting.\n"
    )
    for person in ("Oskar Veit", "Delia Frost"):
        assert ("role", person, "Marrowfield Bank") in got
        assert ("leave", person, "Marrowfield Bank") in got


def test_a_plural_title_before_the_list_makes_the_whole_list_the_subject():
    got = triples(
        "Marrowfield Bank board changes\n\n"
        "Marrowfield Bank said directors Oskar Veit and Delia Frost will not stand for re-election.\n"
    )
    assert ("leave", "Oskar Veit", "Marrowfield Bank") in got
    assert ("leave", "Delia Frost", "Marrowfield Bank") in got


def test_directors_closing_a_semicolon_roster_sit_on_the_electing_body_not_the_last_members_firm():
    got = triples(
        "Lakeshore Cranberry Growers Association elects officers\n\n"
        "The Lakeshore Cranberry Growers Association elected Ivo Pratt as chairman of the board at its annual meeting.\n"
        "Also elected were Vice Chair Rosa Lind of Bogside Farms; Treasurer Emil Sayer of Redmarsh Co.; "
        "and at-large directors Nadia Ferro and Colm Ostby.\n"
    )
    for person in ("Nadia Ferro", "Colm Ostby"):
        assert ("role", person, "Lakeshore Cranberry Growers Association") in got
        assert ("role", person, "Redmarsh") not in got


def test_a_plural_job_title_before_a_list_gives_no_board_seat():
    got = triples(
        "Quillon Robotics research\n\n"
        "Quillon Robotics said analysts Tobias Wren and Ada Holm will present the results.\n"
    )
    assert ("role", "Tobias Wren", "Quillon Robotics") not in got
