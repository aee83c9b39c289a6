"""A sub-organisation or header too narrow for its full name shows its short name (its acronym), not "Fund…"."""

from orgtracker.render import painting


def test_a_name_that_fits_is_shown_whole(qtbot):
    assert painting._fit("Halden Marine Robotics Laboratory", "HMRL", 14, 2000) == "Halden Marine Robotics Laboratory"


def test_a_name_too_wide_gives_way_to_its_short_name(qtbot):
    assert painting._fit("Halden Marine Robotics Laboratory", "HMRL", 14, 90) == "HMRL"


def test_without_a_short_name_the_full_name_is_elided(qtbot):
    shown = painting._fit("Halden Marine Robotics Laboratory", "", 14, 90)
    assert shown.endswith("…") and shown.startswith("Hald")


def test_a_header_tooltip_gives_the_short_name_too(qtbot):
    from orgtracker.graph.layout import OrgHeader
    from orgtracker.render.items import HeaderItem

    item = HeaderItem()
    item.set_header(OrgHeader(1, "Halden Marine Robotics Laboratory", 0, 0, 300, 40, 3, short="HMRL"))
    assert item.toolTip().startswith("Halden Marine Robotics Laboratory (HMRL): 3 people")


def test_a_long_name_shrinks_on_its_card_before_it_is_cut(qtbot):
    from orgtracker.render import style

    assert painting.name_px("Ann Lee", 178) == style.NAME_PX
    px = painting.name_px("Guilherme Tavares Moura", 178)
    assert painting.NAME_MIN_PX <= px < style.NAME_PX
    assert painting._elide("Guilherme Tavares Moura", px, True, False, 178) == "Guilherme Tavares Moura"
