"""The dates at which the chart can change: interval boundaries and title switch points."""

from __future__ import annotations

from datetime import date

from orgtracker.domain.facts import FactSet

from .index import TimelineIndex


def change_dates(facts: FactSet) -> list[date]:
    """Sorted dates d where snapshot(d) may differ from snapshot(d - 1 day).

    Every date where the snapshot does change is in the list. A listed date
    may change nothing visible (a boundary of a segment hidden behind another
    of the same membership); all others are real changes.
    """
    days = TimelineIndex.of(facts).change_days()
    from_ordinal = date.fromordinal
    return [from_ordinal(d) for d in days.tolist()]
