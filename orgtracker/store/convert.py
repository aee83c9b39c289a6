"""Conversions between domain values and table columns (FuzzyDate column groups, name keys)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Any

from orgtracker.domain.dates import DateError, FuzzyDate, Precision

_SPACES = re.compile(r"\s+")


def name_key(name: str | None) -> str:
    """The form two spellings of one name share: NFKC, casefolded, single spaces, straight quotes."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", text).strip().casefold()


def fuzzy_columns(prefix: str, fd: FuzzyDate | None) -> dict[str, Any]:
    """The four columns of a FuzzyDate; all NULL for None (unbounded or still running)."""
    if fd is None:
        return {f"{prefix}_iso": None, f"{prefix}_precision": None, f"{prefix}_earliest": None, f"{prefix}_latest": None}
    return {
        f"{prefix}_iso": fd.iso,
        f"{prefix}_precision": fd.precision.value,
        f"{prefix}_earliest": fd.earliest,
        f"{prefix}_latest": fd.latest,
    }


def fuzzy_from(row: Mapping[str, Any] | Any, prefix: str) -> FuzzyDate | None:
    """The FuzzyDate stored in a column group of a row (a mapping or an object with attributes)."""
    get = row.get if isinstance(row, Mapping) else (lambda k: getattr(row, k))
    return fuzzy_from_values(get(f"{prefix}_iso"), get(f"{prefix}_precision"), get(f"{prefix}_earliest"),
                             get(f"{prefix}_latest"))


def fuzzy_from_values(iso: str | None, precision: str | None, earliest: Any, latest: Any) -> FuzzyDate | None:
    """The FuzzyDate of one column group's four values (dates as `date` or ISO text); None when unset.

    The stated precision is read from the ISO value's form, as FuzzyDate.parse reads it.
    """
    if precision is None:
        return None
    earliest = _as_date(earliest)
    latest = _as_date(latest)
    if precision == Precision.UNKNOWN.value or not iso:
        return FuzzyDate.unknown(earliest, latest)
    base = FuzzyDate.parse(iso)
    return FuzzyDate(base.value, base.precision, earliest, latest)


def fuzzy_key_sql(prefix: str) -> str:
    """SQL for one text value that holds a whole column group ("precision|iso|earliest|latest"), NULL if unset.

    Reading one value instead of four is what makes reading a large history fast.
    """
    return (f"{prefix}_precision || '|' || coalesce({prefix}_iso, '') || '|' || "
            f"coalesce({prefix}_earliest, '') || '|' || coalesce({prefix}_latest, '')")


class FuzzyDateMemo(dict):
    """fuzzy_key_sql value → FuzzyDate, one shared object per distinct value (None for NULL).

    Dates repeat heavily in a large history (a few thousand days at three
    precisions against hundreds of thousands of facts), so reading through a
    memo makes most rows a dictionary hit and shares the objects in memory.
    FuzzyDate is immutable, so sharing is safe.
    """

    def __init__(self) -> None:
        super().__init__()
        self._days: dict[Any, date | None] = {}

    def __missing__(self, key: str | None) -> FuzzyDate | None:
        found = None
        if key is not None:
            parts = key.split("|")
            if len(parts) != 4:
                raise DateError(f"not a stored date: {key!r}")
            precision, iso, earliest, latest = parts
            found = fuzzy_from_values(iso, precision, self._day(earliest or None), self._day(latest or None))
            if found is not None and found.value is not None:
                found = FuzzyDate(self._day(found.value), found.precision, found.earliest, found.latest)
        self[key] = found
        return found

    def _day(self, value: Any) -> date | None:
        day = self._days.get(value, _MISSING)
        if day is _MISSING:
            parsed = _as_date(value)
            day = None if parsed is None else self._days.setdefault(parsed, parsed)
            self._days[value] = day
        return day


_MISSING = object()


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
