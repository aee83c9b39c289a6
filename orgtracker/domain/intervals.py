"""Half-open intervals with fuzzy ends: is a fact active, possibly active, or not, at a date."""

from __future__ import annotations

from datetime import date
from enum import Enum

from .dates import FuzzyDate


class Activity(str, Enum):
    ACTIVE = "active"
    POSSIBLE = "possible"
    INACTIVE = "inactive"


def activity(start: FuzzyDate | None, end: FuzzyDate | None, at: date) -> Activity:
    """Where `at` falls in [start, end).

    start None: began before anything we know (unbounded). end None: still
    running. A fuzzy start that may be after `at`, or a fuzzy end that may be
    on or before `at`, makes the fact possibly active rather than active.
    """
    s_lo = start.earliest if start is not None else None
    s_hi = start.latest if start is not None else None
    e_lo = end.earliest if end is not None else None
    e_hi = end.latest if end is not None else None
    if end is not None and e_hi is not None and at >= e_hi:
        return Activity.INACTIVE  # ended on or before e_hi
    if start is not None and s_lo is not None and at < s_lo:
        return Activity.INACTIVE  # began no earlier than s_lo
    started_surely = start is None or (s_hi is not None and s_hi <= at)
    running_surely = end is None or (e_lo is not None and at < e_lo)
    return Activity.ACTIVE if started_surely and running_surely else Activity.POSSIBLE


def boundaries(start: FuzzyDate | None, end: FuzzyDate | None) -> set[date]:
    """The dates at which activity() of this interval can change."""
    out: set[date] = set()
    for fd in (start, end):
        if fd is None:
            continue
        for d in (fd.earliest, fd.latest):
            if d is not None:
                out.add(d)
    return out


def valid_interval(start: FuzzyDate | None, end: FuzzyDate | None) -> bool:
    """False when the end is surely before the start."""
    if start is None or end is None:
        return True
    if start.earliest is None or end.latest is None:
        return True
    return end.latest >= start.earliest
