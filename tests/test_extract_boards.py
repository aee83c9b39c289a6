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
