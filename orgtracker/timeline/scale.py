"""Where a date sits on the timeline: half by time, half by the order of the changes, so a busy year gets room."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

MIN_STEPS = 10_000  # slider positions, at least; more when there are many change dates
BY_ORDER = 0.5  # the share of the slider spread evenly over the changes (the rest follows the calendar)


class TimeScale:
    """A monotone map between dates in [first, last] and slider positions 0..steps, piecewise linear between
    the change dates: each change date is a knot, spaced by its distance in days and by its rank."""

    def __init__(self, first: date, last: date, dates: Sequence[date] = (), by_order: float = BY_ORDER):
        self.first, self.last = first, max(first, last)
        self.knots = sorted({self.first, self.last, *(d for d in dates if self.first <= d <= self.last)})
        n = len(self.knots) - 1
        total = (self.last - self.first).days
        self.steps = max(MIN_STEPS, 4 * n)
        if n == 0 or total == 0:
            self.positions = [0] * len(self.knots)
            return
        share = by_order if n > 1 else 0.0
        self.positions = [round(self.steps * ((1 - share) * (d - self.first).days / total + share * i / n))
                          for i, d in enumerate(self.knots)]

    def position(self, d: date) -> int:
        """The slider position of a date (clamped to the scale)."""
        if d <= self.first or len(self.knots) < 2:
            return 0
        if d >= self.last:
            return self.positions[-1]
        i = bisect_right(self.knots, d) - 1
        a, b = self.knots[i], self.knots[i + 1]
        pa, pb = self.positions[i], self.positions[i + 1]
        return pa + round((pb - pa) * (d - a).days / (b - a).days)

    def date_at(self, position: int) -> date:
        """The date at a slider position (clamped); a change date's own position gives that date."""
        if position <= 0 or len(self.knots) < 2:
            return self.first
        if position >= self.positions[-1]:
            return self.last
        i = bisect_right(self.positions, position) - 1  # positions rise strictly: each knot has its own
        a, b = self.knots[i], self.knots[i + 1]
        pa, pb = self.positions[i], self.positions[i + 1]
        if pb == pa:
            return a
        return a + timedelta(days=round((b - a).days * (position - pa) / (pb - pa)))
