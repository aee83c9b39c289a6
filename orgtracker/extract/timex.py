"""Date expressions in a sentence, resolved against the document's published date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from orgtracker.domain.dates import FuzzyDate, month_end

_MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "a dozen": 12, "several": 3, "a few": 2, "a couple of": 2,
}
_NUM = r"(?:\d{1,3}|a\s+dozen|a\s+couple\s+of|a\s+few|" + "|".join(
    k for k in NUMBER_WORDS if " " not in k
) + ")"
_MON = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_PATTERNS = [
    ("end_year_n", rf"\b(?:at|by|before|until|through|toward|towards)?\s*the\s+end\s+of\s+({_YEAR})\b|\b(?:end|close)\s+of\s+({_YEAR})\b|\byear-end\s+({_YEAR})\b"),
    ("end_year", r"\b(?:at|by|before|until|through|toward|towards)\s+(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|year[-\s]end)\b|\bend\s+of\s+(?:the|this)\s+year\b"),
    ("end_next_year", r"\bend\s+of\s+next\s+year\b"),
    ("end_month", r"\b(?:at|by|before|until|through|toward|towards)?\s*the\s+end\s+of\s+(?:the|this)\s+month\b"),
    ("day_full", rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b"),
    ("day_full_eu", rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})\s+({_YEAR})\b"),
    ("iso_day", rf"\b({_YEAR})-(\d{{2}})-(\d{{2}})\b"),
    ("month_year", rf"\b({_MON})\s+(?:of\s+)?({_YEAR})\b"),
    ("day_no_year", rf"\b(?:on\s+)?({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)"),
    ("day_no_year_eu", rf"\b(?:on\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})(?![\w-])(?!\s*,?\s*\d)"),
    ("part_year", rf"\b(early|late|mid|the\s+middle\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+({_YEAR})\b"),
    ("quarter", rf"\b(?:(first|second|third|fourth)\s+quarter|q([1-4]))\s+(?:of\s+)?({_YEAR})\b"),
    ("year", rf"\b(?:in|since|from|by|during|until|through|of|before|after|around|circa|as\s+of)\s+(?:early\s+|late\s+)?({_YEAR})\b|\(({_YEAR})\)"),
    ("in_month", rf"\b(?:in|since|from|by|during|until|through|this|last|next|early|late|mid-?)\s+({_MON})\b(?!\s+\d)"),
    ("this_year", r"\b(earlier|later|early|late)?\s*this\s+year\b"),
    ("last_year", r"\b(?:last|past)\s+year\b"),
    ("next_year", r"\b(early|late)?\s*next\s+year\b"),
    ("this_month", r"\bthis\s+month\b"),
    ("last_month", r"\blast\s+month\b"),
    ("next_month", r"\bnext\s+month\b"),
    ("ago_more", rf"\b(?:more\s+than|over|nearly|almost|about|some)\s+({_NUM})\s+(years?|decades?)\s+ago\b"),
    ("ago", rf"\b({_NUM})\s+(years?|decades?)\s+ago\b"),
    ("decade_ago", r"\b(?:more\s+than|over)?\s*a\s+decade\s+ago\b"),
    ("immediately", r"\beffective\s+immediately\b|\bwith\s+immediate\s+effect\b"),
    ("yesterday", r"\byesterday\b"),
    ("today", r"\btoday\b"),
    ("weekday", rf"\bon\s+({_WEEKDAY})\b"),
    ("next_weeks", r"\b(?:next|coming|in\s+the\s+coming)\s+(?:week|weeks|days)\b"),
]
_REGEX = re.compile(r"(?<![\w-])(?=[\w(])(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _PATTERNS) + ")", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: FuzzyDate
    relative: bool  # resolved through the published date
    forward: bool = False  # "effective July 1": a date set ahead, whatever the tense of the verb


def _num(word: str) -> int:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word, 1)


def _years_before(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:
        return d.replace(year=d.year - n, day=28)


def _month_of(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _anchor(pub: FuzzyDate | None) -> date | None:
    if pub is None:
        return None
    return pub.latest or pub.value


def _resolve(kind: str, g: tuple, pub: FuzzyDate | None, future: bool) -> FuzzyDate | None:
    ref = _anchor(pub)
    if kind == "end_year_n":
        y = int(next(x for x in g if x))
        return FuzzyDate.day(date(y, 12, 31))
    if kind == "day_full":
        return _safe_day(int(g[2]), _month_of(g[0]), int(g[1]))
    if kind == "day_full_eu":
        return _safe_day(int(g[2]), _month_of(g[1]), int(g[0]))
    if kind == "iso_day":
        return _safe_day(int(g[0]), int(g[1]), int(g[2]))
    if kind == "month_year":
        return FuzzyDate.month(int(g[1]), _month_of(g[0]))
    if kind == "part_year":
        y = int(g[1])
        which = " ".join(g[0].lower().split())
        if which in ("early", "the start of", "the beginning of"):
            return FuzzyDate.year(y).bounded(not_after=date(y, 4, 30))
        if which == "late":
            return FuzzyDate.year(y).bounded(not_before=date(y, 9, 1))
        if which in ("mid", "the middle of"):
            return FuzzyDate.year(y).bounded(date(y, 4, 1), date(y, 9, 30))
        if which == "the first half of":
            return FuzzyDate.year(y).bounded(not_after=date(y, 6, 30))
        return FuzzyDate.year(y).bounded(not_before=date(y, 7, 1))
    if kind == "quarter":
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get((g[0] or "").lower()) or int(g[1])
        y = int(g[2])
        return FuzzyDate.year(y).bounded(date(y, 3 * q - 2, 1), month_end(y, 3 * q))
    if kind == "year":
        return FuzzyDate.year(int(g[0] or g[1]))
    if ref is None:
        return None
    if kind == "end_year":
        return FuzzyDate.day(date(ref.year, 12, 31))
    if kind == "end_month":
        return FuzzyDate.day(month_end(ref.year, ref.month))
    if kind == "end_next_year":
        return FuzzyDate.day(date(ref.year + 1, 12, 31))
    if kind in ("day_no_year", "day_no_year_eu"):
        m, d = (_month_of(g[0]), int(g[1])) if kind == "day_no_year" else (_month_of(g[1]), int(g[0]))
        y = ref.year
        cand = _safe_day(y, m, d)
        if cand is None:
            return None
        if future and cand.value < ref:
            cand = _safe_day(y + 1, m, d)
        elif not future and cand.value > ref + timedelta(days=7):
            cand = _safe_day(y - 1, m, d)
        return cand
    if kind == "in_month":
        m = _month_of(g[0])
        y = ref.year
        if future and m < ref.month:
            y += 1
        elif not future and m > ref.month:
            y -= 1
        return FuzzyDate.month(y, m)
    if kind == "this_year":
        y = FuzzyDate.year(ref.year)
        which = (g[0] or "").lower()
        if which in ("earlier", "early"):
            return y.bounded(not_after=ref)
        if which in ("later", "late"):
            return y.bounded(not_before=ref)
        return y
    if kind == "last_year":
        return FuzzyDate.year(ref.year - 1)
    if kind == "next_year":
        return FuzzyDate.year(ref.year + 1)
    if kind == "this_month":
        return FuzzyDate.month(ref.year, ref.month)
    if kind == "last_month":
        y, m = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return FuzzyDate.month(y, m)
    if kind == "next_month":
        y, m = (ref.year, ref.month + 1) if ref.month < 12 else (ref.year + 1, 1)
        return FuzzyDate.month(y, m)
    if kind in ("ago_more", "decade_ago"):
        n = 10 if kind == "decade_ago" else _num(g[0]) * (10 if g[1].lower().startswith("decade") else 1)
        return FuzzyDate.unknown(not_after=_years_before(ref, n))
    if kind == "ago":
        n = _num(g[0]) * (10 if g[1].lower().startswith("decade") else 1)
        return FuzzyDate.year(ref.year - n)
    if pub is not None and pub.is_exact:
        if kind in ("immediately", "today"):
            return FuzzyDate.day(ref)
        if kind == "yesterday":
            return FuzzyDate.day(ref - timedelta(days=1))
        if kind == "weekday":
            wd = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].index(g[0].lower())
            delta = (wd - ref.weekday()) % 7
            return FuzzyDate.day(ref + timedelta(days=delta) if future else ref - timedelta(days=(7 - delta) % 7))
    if kind in ("immediately", "today", "yesterday", "weekday"):
        return pub
    if kind == "next_weeks":
        return FuzzyDate.unknown(not_before=ref)
    return None


def _safe_day(y: int, m: int, d: int) -> FuzzyDate | None:
    try:
        return FuzzyDate.day(date(y, m, d))
    except ValueError:
        return None


_ANCHOR = re.compile(
    r"\d+|(?<![\w-])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|week|ago|today|yesterday|immediate"
    r"|effective|monday|tuesday|wednesday|thursday|friday|saturday|sunday|decade|quarter|q[1-4])",
    re.I,
)
_BACK, _AHEAD = 60, 40
_EFFECTIVE_BEFORE = re.compile(r"(?:effective(?:\s+from)?|with\s+effect\s+from|starting|beginning|as\s+(?:of|from))\s+$", re.I)  # how far a date expression reaches around its anchor word


def find_dates(text: str, start: int, end: int, published: FuzzyDate | None, future: bool = False) -> list[DateMention]:
    """Every date expression in text[start:end] that resolves, in order."""
    out = []
    covered = start
    for a in _ANCHOR.finditer(text, start, end):
        if a.start() < covered:
            continue
        lo = max(start, covered, a.start() - _BACK)
        hi = min(end, a.end() + _AHEAD)
        for m in _REGEX.finditer(text, lo, hi):
            if m.start() > a.start():
                break  # the matches after one that starts past the anchor all do
            if m.end() <= a.start():
                continue
            kind = m.lastgroup
            assert kind is not None
            inner = _REGEX.groupindex[kind]
            groups = m.groups()[inner: inner + _PATTERNS_GROUPS[kind]]
            if kind == "day_no_year_eu" and groups[1].islower():
                continue  # "12 may": a modal verb, not a month
            ahead = future or bool(_EFFECTIVE_BEFORE.search(text, max(start, m.start() - 20), m.start()))
            fd = _resolve(kind, groups, published, ahead)
            if fd is not None:
                out.append(DateMention(m.start(), m.end(), fd, kind not in _ABSOLUTE, ahead and not future))
            covered = m.end()
            break
    return out


_ABSOLUTE = {"end_year_n", "day_full", "day_full_eu", "iso_day", "month_year", "part_year", "quarter", "year"}
_PATTERNS_GROUPS = {name: re.compile(pat).groups for name, pat in _PATTERNS}


def years_before(fd: FuzzyDate, n: int, more_than: bool = False) -> FuzzyDate:
    """A join N years before an event: the year N years before, or only an upper bound for "more than N years"."""
    base = fd.latest or fd.earliest or fd.value
    if base is None:
        return FuzzyDate.unknown()
    if more_than:
        return FuzzyDate.unknown(not_after=_years_before(base, n))
    return FuzzyDate.year(base.year - n)
