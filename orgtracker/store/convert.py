"""Conversions between domain values and table columns (FuzzyDate column groups, name keys)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Any

from orgtracker.domain.dates import FuzzyDate, Precision

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
    precision = get(f"{prefix}_precision")
    if precision is None:
        return None
    earliest = _as_date(get(f"{prefix}_earliest"))
    latest = _as_date(get(f"{prefix}_latest"))
    iso = get(f"{prefix}_iso")
    if precision == Precision.UNKNOWN.value or not iso:
        return FuzzyDate.unknown(earliest, latest)
    base = FuzzyDate.parse(iso)
    return FuzzyDate(base.value, base.precision, earliest, latest)


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
