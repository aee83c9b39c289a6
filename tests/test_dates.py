"""FuzzyDate and interval rules."""

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from orgtracker.domain.dates import DateError, FuzzyDate, Precision
from orgtracker.domain.intervals import Activity, activity, boundaries


def test_parse_precisions():
    assert FuzzyDate.parse("2025").precision is Precision.YEAR
    assert FuzzyDate.parse("2025-11").latest == date(2025, 11, 30)
    assert FuzzyDate.parse("2025-11-20").is_exact
    assert FuzzyDate.parse("2024-02").latest == date(2024, 2, 29)


@pytest.mark.parametrize("bad", ["", "20", "2025-13", "2025-02-30", "yesterday", "2025/11/20"])
def test_parse_rejects(bad):
    with pytest.raises(DateError):
        FuzzyDate.parse(bad)


def test_bounded_narrows_never_widens():
    y = FuzzyDate.year(2025).bounded(not_after=date(2025, 11, 19))
    assert (y.earliest, y.latest) == (date(2025, 1, 1), date(2025, 11, 19))
    assert y.iso == "2025"
    assert FuzzyDate.year(2025).bounded(not_after=date(2030, 1, 1)).latest == date(2025, 12, 31)
    assert FuzzyDate.year(2025).bounded(not_after=date(2020, 1, 1)).latest == date(2025, 12, 31)


def test_activity_of_fuzzy_ends():
    start, end = FuzzyDate.year(2013), FuzzyDate.day(date(2025, 12, 31))
    assert activity(start, end, date(2012, 12, 31)) is Activity.INACTIVE
    assert activity(start, end, date(2013, 6, 1)) is Activity.POSSIBLE
    assert activity(start, end, date(2014, 1, 1)) is Activity.ACTIVE
    assert activity(start, end, date(2025, 12, 30)) is Activity.ACTIVE
    assert activity(start, end, date(2025, 12, 31)) is Activity.INACTIVE
    assert activity(None, None, date(1900, 1, 1)) is Activity.ACTIVE


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def fuzzy(draw):
    d = draw(days)
    kind = draw(st.sampled_from(["day", "month", "year"]))
    if kind == "day":
        return FuzzyDate.day(d)
    if kind == "month":
        return FuzzyDate.month(d.year, d.month)
    return FuzzyDate.year(d.year)


@given(fuzzy(), fuzzy(), days)
def test_activity_changes_only_at_boundaries(s, e, t):
    """The answer on a day that is not a boundary is the answer of the day before."""
    if t not in boundaries(s, e):
        assert activity(s, e, t) == activity(s, e, t - timedelta(days=1))


@given(fuzzy(), days)
def test_definite_span_inside_possible_span(s, t):
    e = FuzzyDate.day(s.latest + timedelta(days=400))
    a = activity(s, e, t)
    if a is Activity.ACTIVE:
        assert s.latest <= t < e.earliest
    if a is Activity.INACTIVE:
        assert t < s.earliest or t >= e.latest


def test_describe_and_round_trip():
    fd = FuzzyDate.year(2025).bounded(not_after=date(2025, 11, 19))
    assert "2025" in fd.describe() and "not after 2025-11-19" in fd.describe()
    assert FuzzyDate.from_dict(fd.to_dict()) == fd
    assert FuzzyDate.unknown().describe() == "date unknown"
