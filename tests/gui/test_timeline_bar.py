"""The timeline bar: stepping lands on change dates, play advances and stops at the end, the label says the date."""

from datetime import date

from PySide6.QtCore import Qt

from orgtracker.ui.timeline_bar import TimelineBar, next_date, previous_date

DATES = [date(2013, 12, 1), date(2025, 5, 1), date(2025, 6, 1), date(2026, 1, 1)]


def test_previous_and_next_are_strict():
    assert previous_date(DATES, date(2025, 6, 1)) == date(2025, 5, 1)
    assert previous_date(DATES, date(2025, 6, 2)) == date(2025, 6, 1)
    assert previous_date(DATES, DATES[0]) is None
    assert next_date(DATES, date(2025, 6, 1)) == date(2026, 1, 1)
    assert next_date(DATES, date(2020, 1, 1)) == date(2025, 5, 1)
    assert next_date(DATES, DATES[-1]) is None


def make_bar(qtbot, interval=20):
    bar = TimelineBar(play_interval_ms=interval)
    qtbot.addWidget(bar)
    bar.set_dates(DATES, {date(2025, 6, 1): "month"})
    return bar


def test_steps_land_on_change_dates(qtbot):
    bar = make_bar(qtbot)
    bar.set_date(date(2020, 3, 3), emit=False)
    with qtbot.waitSignal(bar.dateChanged) as blocker:
        bar.next_button.click()
    assert blocker.args == [date(2025, 5, 1)]
    bar.step_forward()
    assert bar.current_date() == date(2025, 6, 1)
    assert "June 2025" in bar.label.text() and "month" in bar.label.text()
    bar.step_back()
    bar.step_back()
    assert bar.current_date() == DATES[0]
    assert not bar.prev_button.isEnabled()
    assert bar.step_back() is False


def test_slider_is_clamped_and_maps_days(qtbot):
    bar = make_bar(qtbot)
    bar.set_date(date(1990, 1, 1), emit=False)
    assert bar.current_date() == DATES[0]
    with qtbot.waitSignal(bar.dateChanged) as blocker:
        bar.slider.setValue(bar.scale.position(date(2025, 11, 20)))
    assert blocker.args == [date(2025, 11, 20)]
    assert bar.label.text().startswith("20 November 2025")
    assert bar.slider.tick_values == [bar.scale.position(d) for d in DATES]


def test_play_advances_and_stops_at_the_end(qtbot):
    bar = make_bar(qtbot)
    bar.set_date(DATES[1], emit=False)
    seen = []
    bar.dateChanged.connect(seen.append)
    with qtbot.waitSignal(bar.playingChanged, timeout=3000, check_params_cb=lambda playing: not playing):
        bar.play()
    assert seen == DATES[2:]
    assert not bar.is_playing()
    assert bar.current_date() == DATES[-1]


def test_play_at_the_end_starts_again(qtbot):
    bar = make_bar(qtbot, interval=5000)
    bar.set_date(DATES[-1], emit=False)
    bar.play()
    assert bar.current_date() == DATES[0] and bar.is_playing()
    bar.toggle_play()
    assert not bar.is_playing()


def test_changes_list_shows_plain_lines(qtbot):
    bar = make_bar(qtbot)
    bar.set_changes(["Joelle Pineau: Meta → Cohere", "<b>x</b> joined Meta"])
    assert [bar.changes.item(i).text() for i in range(bar.changes.count())] == [
        "Joelle Pineau: Meta → Cohere", "<b>x</b> joined Meta"]
    bar.set_changes([])
    assert bar.changes.item(0).text().startswith("No change")


def test_a_long_change_wraps_instead_of_scrolling_sideways(qtbot):
    bar = make_bar(qtbot)
    bar.resize(700, 160)
    bar.set_changes(["Someone with a rather long name may have joined Some Organisation With A Long Name "
                     "(some day in March 2026: dashed)"])
    assert bar.changes.wordWrap()
    assert bar.changes.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_narrow_bar_keeps_the_date_whole_and_moves_its_precision_to_the_tooltip(qtbot):
    bar = make_bar(qtbot)
    bar.resize(1200, 120)
    bar.show()
    bar.set_date(date(2025, 6, 1), emit=False)
    qtbot.wait(20)
    assert "June 2025" in bar.label.text() and "month" in bar.label.text() and not bar.label.toolTip()
    bar.resize(bar.minimumSizeHint().width(), 120)
    qtbot.waitUntil(lambda: "month" not in bar.label.text())
    assert bar.label.text() == "1 June 2025" and "month" in bar.label.toolTip()
    for b in (bar.first_button, bar.prev_button, bar.play_button, bar.next_button, bar.last_button):
        assert b.width() >= b.sizeHint().width()  # no arrow squeezed into "…"
