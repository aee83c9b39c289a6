"""The timeline's scale: monotone, exact at change dates, and a busy year gets room in a long history."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from orgtracker.timeline.scale import TimeScale

days = st.integers(min_value=0, max_value=30_000)
BASE = date(1950, 1, 1)


@given(st.lists(days, min_size=0, max_size=60), days, days)
def test_the_scale_is_monotone_and_exact_at_every_change_date(offsets, a, b):
    dates = sorted({BASE + timedelta(days=o) for o in offsets})
    ends = [BASE + timedelta(days=a), BASE + timedelta(days=b)]
    first, last = min(ends + dates), max(ends + dates)
    scale = TimeScale(first, last, dates)
    for d in dates:
        assert scale.date_at(scale.position(d)) == d
    probe = sorted({first + timedelta(days=o % ((last - first).days + 1)) for o in offsets + [a, b]})
    positions = [scale.position(d) for d in probe]
    assert positions == sorted(positions)
    assert scale.position(first) == 0 and scale.date_at(scale.position(last)) == last
    assert scale.date_at(-5) == first and scale.date_at(10**9) == last


def test_a_busy_year_in_a_long_history_gets_half_the_slider_not_a_sliver():
    busy = [date(2026, 1, 1) + timedelta(days=3 * i) for i in range(100)]
    scale = TimeScale(date(1958, 1, 1), date(2027, 1, 31), [date(1958, 1, 1), date(1990, 6, 1)] + busy)
    share = (scale.position(busy[-1]) - scale.position(busy[0])) / scale.position(date(2027, 1, 31))
    assert share > 0.45  # by the calendar alone it would be 1.4 %
    assert scale.position(busy[1]) - scale.position(busy[0]) >= 40  # neighbouring changes are far apart


def test_one_day_or_no_changes_is_a_flat_scale():
    scale = TimeScale(date(2025, 1, 1), date(2025, 1, 1))
    assert scale.position(date(2025, 1, 1)) == 0 and scale.date_at(0) == date(2025, 1, 1)
