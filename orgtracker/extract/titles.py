"""Job titles in text: finding them (from the lexicon) and writing them in one canonical form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import alternation, lexicon

_KEEP_MODIFIERS = {
    "interim", "acting", "senior", "executive", "deputy", "associate", "assistant", "global", "group",
    "founding", "regional", "co", "joint", "lead", "principal", "corporate", "international", "national",
}
_PAST_MODIFIERS = {"former", "then", "outgoing", "previous", "ex", "erstwhile", "onetime", "one", "late"}
_SMALL = {"of", "and", "the", "for", "&", "in", "at"}


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    title: str  # canonical, e.g. "Chief AI Officer", "Vice President of AI Research"
    former: bool  # "former CFO", "then-CEO": held in the past


@lru_cache(maxsize=1)
def _title_regex() -> re.Pattern:
    lex = lexicon()
    mods = alternation(lex.title_modifiers)
    core = alternation(list(lex.title_core) + ["vice-president"])
    dept = alternation(lex.departments)
    generic = r"chief(?:\s+[\w&-]+){1,3}?\s+(?:officer|scientist)"
    pattern = (
        rf"(?<![\w-])(?P<mods>(?:{mods}[\s-]+){{0,3}})(?P<core>{generic}|{core})(?P<plural>s)?(?:-designate|-elect)?"
        rf"(?P<dept>\s+(?:of|for)\s+(?:the\s+)?{dept}(?:\s+(?:and\s+|&\s+)?{dept}){{0,4}})?(?![\w-])"
    )
    return re.compile(pattern, re.I)


def _format_word(w: str) -> str:
    low = w.lower()
    if low in _SMALL:
        return low
    if low in ("ai", "hr", "it", "us", "u.s.", "uk", "emea", "apac"):
        return w.upper() if w.islower() or w.isupper() else w
    if w.isupper() and len(w) > 1:
        return w
    return w[:1].upper() + w[1:] if not w[:1].isupper() else w


def canonical_title(mods: str, core: str, dept: str) -> tuple[str, bool]:
    lex = lexicon()
    core_key = " ".join(core.lower().split())
    core_key = core_key.replace("vice-president", "vice president")
    canon = lex.title_core.get(core_key)
    if canon is None:  # a generic "chief ... officer"
        canon = " ".join(_format_word(w) for w in core.split())
    mod_words = [m for m in re.split(r"[\s-]+", mods.lower()) if m]
    former = any(m in _PAST_MODIFIERS for m in mod_words)
    kept = [m for m in mod_words if m in _KEEP_MODIFIERS]
    prefix = ""
    for m in kept:
        prefix += "Co-" if m == "co" else m.capitalize() + " "
    title = prefix + canon
    if dept:
        words = dept.split()
        rest = [w for w in words[1:] if w.lower() != "the" or words[0].lower() == "of"]
        title += " of " + " ".join(_format_word(w) for w in rest)
    return title, former


_VERB_TITLES = {"head", "chair", "co-chair", "lead", "partner", "coach", "manager", "director", "editor", "captain"}
_VERB_BEFORE = re.compile(r"(?:\bto|\bwill|\bwould|\bwho|\bcan|\bshall|\bmust|\bmay|\bcould)\s+$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|up|out)\b", re.I)


# "secretary of the U.S. Department of ...": the "of" belongs to the organisation's name, not the title
_ORG_NAME_AFTER = re.compile(
    r"[ \u00a0]+(?:[A-Z][\w.&'-]*[ \u00a0]+){0,2}(?:Department|Ministry|Agency|Bank|Council|Office|Bureau|Commission|Authority|"
    r"Administration|Service|Services|Board|Institute|University|Corporation|Company|Group)\b"
)
_STACKED_NAME = re.compile(r"[A-Z][a-z]+")
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b(?![ \u00a0](?:of|for)\b)")
# "former deputy trade minister", "ex-Labour council leader": a past marker one or two words before the title
_PAST_BEFORE = re.compile(r"(?<![\w-])(?:former|ex-|erstwhile|onetime|one-time)[ \u00a0]*(?:[\w&'’-]+[ \u00a0]+){1,2}$", re.I)
_CHIEF_BEFORE_NAME = re.compile(r"Chief(?<![\w-]Chief)(?=[ \u00a0][A-Z][a-z]+[ \u00a0][A-Z])")  # the word first: a fast scan


_GROUP_OF_NAME = re.compile(r"Group[ \u00a0]+(?=[a-z])")  # capital "Group" before a lower-case title
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;\n][ \u00a0])\b[A-Z][\w&'’-]*[ \u00a0]+$")


_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Z][\w&]*\.?)")
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\n][ \u00a0])\b[A-Z][a-z][\w'’-]*[ \u00a0]+$")
_PUBLIC_BODIES = frozenset("Board Committee Council Commission Department Court City Bureau Authority Agency Administration Division".split())


def _in_firm_name(text: str, m: re.Match, start: int) -> bool:
    """A capitalised title word between a name's word and a business suffix ("Sokol Advisor Partners"): the firm's word."""
    if m.group("mods") or m.group("dept") or not m.group()[:1].isupper() or " " in m.group().strip():
        return False
    after = _WORD_AFTER.match(text, m.end())
    suffix = after.group(1) if after else ""
    return (
        suffix in lexicon().org_suffixes and suffix not in _PUBLIC_BODIES
        and bool(_NAME_WORD_BEFORE.search(text, max(start, m.start() - 30), m.start()))
    )


def find_titles(text: str, start: int = 0, end: int | None = None) -> list[TitleMatch]:
    out: list[TitleMatch] = []
    for m in _title_regex().finditer(text, start, len(text) if end is None else end):
        core = m.group("core").lower()
        if m.group("plural") and not re.search(r"\bas\s+$", text[max(0, m.start() - 4):m.start()], re.I):
            continue  # plural titles only in "join as managing directors"; "board of directors" is no title
        if not m.group("mods") and core in _VERB_TITLES and (
            _VERB_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _OBJECT_AFTER.match(text, m.end())
        ):
            continue  # "to head the agency", "will chair the board": a verb
        if _in_firm_name(text, m, start):
            continue  # "Sokol Advisor Partners", "Keel Counsel Group": a title word inside a firm's name
        if re.match(r"['’]s[ \u00a0]+(?:Office|Department)\b", text[m.end():m.end() + 16]):
            continue  # "the Sheriff's Office": an office's name, not a title
        dept, end_ = m.group("dept") or "", m.end()
        if dept and _ORG_NAME_AFTER.match(text, end_):
            dept, end_ = "", m.end("core")
        if out and _STACKED_NAME.match(m.group()) and m.group().lower() in lexicon().given_names and re.fullmatch(r"[ \u00a0]", text[out[-1].end:m.start()]) and _NAME_AFTER.match(text, m.end()):
            continue  # "first-team coach Dean Doe": a title that is also a given name, right after a title, is the name
        mods, begin = m.group("mods") or "", m.start()
        own = _GROUP_OF_NAME.match(text, begin) if mods.startswith("Group") else None
        if own and _CAPITAL_BEFORE.search(text, max(start, begin - 40), begin):
            mods, begin = mods[own.end() - begin:], own.end()  # "Corvina Insurance Group general counsel": the name's
        title, former = canonical_title(mods, m.group("core"), dept)
        former = former or bool(_PAST_BEFORE.search(text, max(start, begin - 40), begin))
        out.append(TitleMatch(begin, end_, title, former))
    for chief in _bare_chiefs(text, start, end):
        if not any(o.start < chief.end and chief.start < o.end for o in out):
            out.append(chief)
    return sorted(out, key=lambda t: t.start)


def _bare_chiefs(text: str, start: int, end: int | None) -> list[TitleMatch]:
    """"Chief Jane Doe": the capitalised rank before a name (police, fire) with no office word after it."""
    out = []
    for m in _CHIEF_BEFORE_NAME.finditer(text, start, len(text) if end is None else end):
        full = _title_regex().match(text, m.start())
        if full is None or full.end() <= m.end():
            out.append(TitleMatch(m.start(), m.end(), "Chief", False))
    return out


def plural_title(phrase: str) -> str | None:
    """"long-serving directors" → "Director": the title a plural role noun ending the phrase names (None if none, or a past one)."""
    phrase = " ".join(phrase.split())
    if phrase.lower().endswith("non-executives"):
        return "Non-Executive Director"
    for m in _title_regex().finditer(phrase):
        if m.end() == len(phrase) and m.group("plural") and not m.group("dept"):
            title, former = canonical_title(m.group("mods") or "", m.group("core"), "")
            return None if former else title
    return None
