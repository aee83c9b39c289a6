"""Fuzzy dates: a value at a precision, plus the span of days it may stand for."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class Precision(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class DateError(ValueError):
    """A date string that cannot be read."""


_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date known to some precision.

    `value` is the first day of the stated span (None when unknown);
    `earliest`/`latest` are inclusive bounds of the days it may be (None means
    unbounded). They start as the span of the value and may be narrowed by
    what else is known (an event reported in an article happened no later
    than the article's publication). Compare fuzzy dates by span, never by
    value alone.
    """

    value: date | None
    precision: Precision
    earliest: date | None
    latest: date | None

    # -- construction -------------------------------------------------------
    @classmethod
    def day(cls, d: date) -> "FuzzyDate":
        return cls(d, Precision.DAY, d, d)

    @classmethod
    def month(cls, year: int, month: int) -> "FuzzyDate":
        return cls(date(year, month, 1), Precision.MONTH, date(year, month, 1), month_end(year, month))

    @classmethod
    def year(cls, year: int) -> "FuzzyDate":
        return cls(date(year, 1, 1), Precision.YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def unknown(cls, not_before: date | None = None, not_after: date | None = None) -> "FuzzyDate":
        return cls(None, Precision.UNKNOWN, not_before, not_after)

    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        """Read "2025", "2025-11" or "2025-11-20"; raise DateError with the reason otherwise."""
        m = _ISO.match(text or "")
        if not m:
            raise DateError(f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        y, mo, d = m.group(1), m.group(2), m.group(3)
        year = int(y)
        if year < 1:
            raise DateError(f"not a date: {text!r} (year out of range)")
        try:
            if d is not None:
                return cls.day(date(year, int(mo), int(d)))
            if mo is not None:
                return cls.month(year, int(mo))
        except ValueError as exc:
            raise DateError(f"not a date: {text!r} ({exc})") from None
        return cls.year(year)

    def bounded(self, not_before: date | None = None, not_after: date | None = None) -> "FuzzyDate":
        """The same date with its span narrowed by outside knowledge; never widened.

        A bound that contradicts the span is ignored rather than producing an
        empty span: the stated value wins over an inference.
        """
        lo, hi = self.earliest, self.latest
        if not_before is not None and (lo is None or not_before > lo) and (hi is None or not_before <= hi):
            lo = not_before
        if not_after is not None and (hi is None or not_after < hi) and (lo is None or not_after >= lo):
            hi = not_after
        return FuzzyDate(self.value, self.precision, lo, hi)

    # -- reading ------------------------------------------------------------
    @property
    def iso(self) -> str | None:
        """ISO prefix at the stated precision: "2025", "2025-11", "2025-11-20", or None."""
        if self.value is None or self.precision is Precision.UNKNOWN:
            return None
        if self.precision is Precision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    @property
    def is_exact(self) -> bool:
        return self.earliest is not None and self.earliest == self.latest

    def describe(self) -> str:
        """The date in words with its precision, e.g. "November 2025 (month)"."""
        v = self.value
        if v is None or self.precision is Precision.UNKNOWN:
            if self.earliest and self.latest:
                return f"between {self.earliest.isoformat()} and {self.latest.isoformat()}"
            if self.latest:
                return f"on or before {self.latest.isoformat()}"
            if self.earliest:
                return f"on or after {self.earliest.isoformat()}"
            return "date unknown"
        if self.precision is Precision.DAY:
            text = f"{v.day} {_MONTHS[v.month - 1]} {v.year}"
        elif self.precision is Precision.MONTH:
            text = f"{_MONTHS[v.month - 1]} {v.year}"
        else:
            text = f"{v.year}"
        span_lo, span_hi = _span_of(v, self.precision)
        if (self.earliest, self.latest) != (span_lo, span_hi):
            if self.latest != span_hi and self.latest is not None:
                text += f", not after {self.latest.isoformat()}"
            if self.earliest != span_lo and self.earliest is not None:
                text += f", not before {self.earliest.isoformat()}"
        return text

    def may_be(self, d: date) -> bool:
        return (self.earliest is None or self.earliest <= d) and (self.latest is None or d <= self.latest)

    def sort_key(self) -> tuple:
        """Orders by earliest then latest, unbounded ends outermost."""
        return (self.earliest or date.min, self.latest or date.max)

    # -- storage --------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "date": self.iso,
            "precision": self.precision.value,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
        }

    @classmethod
    def from_dict(cls, d: dict | None) -> "FuzzyDate | None":
        if d is None:
            return None
        prec = Precision(d.get("precision", "unknown"))
        base = cls.parse(d["date"]) if d.get("date") else cls.unknown()
        if prec is not Precision.UNKNOWN and base.precision is not prec:
            raise DateError(f"precision {prec.value} does not match date {d.get('date')!r}")
        lo = date.fromisoformat(d["earliest"]) if d.get("earliest") else None
        hi = date.fromisoformat(d["latest"]) if d.get("latest") else None
        return cls(base.value, base.precision, lo, hi)


def _span_of(v: date, p: Precision) -> tuple[date, date]:
    if p is Precision.DAY:
        return v, v
    if p is Precision.MONTH:
        return date(v.year, v.month, 1), month_end(v.year, v.month)
    return date(v.year, 1, 1), date(v.year, 12, 31)


def parse_date_arg(text: str) -> date:
    """A command-line or dialog date: YYYY, YYYY-MM or YYYY-MM-DD, as its first day."""
    fd = FuzzyDate.parse(text)
    assert fd.earliest is not None
    return fd.earliest


ONE_DAY = timedelta(days=1)
