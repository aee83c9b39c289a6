"""The extractor's word lists, read once from the shipped resources/ folder."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _resource_text(name: str) -> str:
    return resources.files("orgtracker.resources").joinpath(name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    out = []
    for line in _resource_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _words(name: str) -> set[str]:
    return {w for line in _lines(name) for w in line.split()}


def longest_first(words) -> str:
    """Escaped words joined by "|", longest first (spaces inside a word stay literal)."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def alternation(phrases) -> str:
    """A regex alternation of phrases (longest first), spaces matching any run of spaces."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_by_first_letter([r"\s+".join(re.escape(w) for w in p.split()) for p in items])) + ")"


def _by_first_letter(items: list[str]) -> list[str]:
    """The same alternatives, in the same order within each first letter, one branch per letter: "c(?:hief|oach)".

    Only branches starting with the letter at hand can match, so the regex tries the same ones in the same order,
    but skips the others after one test instead of one each (a case-insensitive branch gets no quick first test)."""
    if len(items) < 8 or not all(i[:1].isalnum() and i[:1].isascii() for i in items):
        return items
    groups: dict[str, list[str]] = {}
    for i in items:
        groups.setdefault(i[0].lower(), []).append(i)
    out = []
    for letter, group in groups.items():
        if len(group) == 1 or any(i[0] != group[0][0] for i in group):
            out.append("(?:" + "|".join(group) + ")")
        else:
            out.append(re.escape(letter if group[0][0] == letter else group[0][0]) + "(?:" + "|".join(i[1:] for i in group) + ")")
    return out


@dataclass(frozen=True)
class Lexicon:
    title_core: dict[str, str]  # lower-case phrase -> canonical title
    title_modifiers: frozenset[str]
    departments: frozenset[str]
    org_suffixes: frozenset[str]
    org_aliases: dict[str, str]
    verbs: dict[str, list[str]]
    boilerplate: tuple[str, ...]
    source_headings: frozenset[str]
    nonname: frozenset[str]
    places: frozenset[str]
    place_words: frozenset[str]
    known_orgs: frozenset[str]
    not_orgs: frozenset[str]
    outlets: frozenset[str]
    descriptors: frozenset[str]
    given_names: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles = json.loads(_resource_text("titles.json"))
    core = {k: v for k, v in titles["core"].items() if v}
    verbs = json.loads(_resource_text("cue_verbs.json"))
    verbs.pop("about", None)
    aliases = json.loads(_resource_text("org_aliases.json"))["aliases"]
    places = frozenset(p.lower() for p in _lines("places.txt"))
    return Lexicon(
        title_core=core,
        title_modifiers=frozenset(titles["modifiers"]),
        departments=frozenset(titles["departments"]),
        org_suffixes=frozenset(_lines("org_suffixes.txt")),
        org_aliases=dict(aliases),
        verbs=verbs,
        boilerplate=tuple(m.lower() for m in _lines("boilerplate.txt")),
        source_headings=frozenset(h.lower() for h in _lines("source_headings.txt")),
        nonname=frozenset(w.lower() for w in _words("nonname_words.txt")),
        places=places,
        place_words=frozenset(p for p in places if " " not in p),
        known_orgs=frozenset(_lines("known_orgs.txt")),
        not_orgs=frozenset(w.lower() for w in _lines("not_orgs.txt")),
        outlets=frozenset(_lines("news_outlets.txt")),
        descriptors=frozenset(_lines("descriptors.txt")),
        given_names=frozenset(w.lower() for w in _words("given_names.txt")),
    )


def org_aliases() -> dict[str, str]:
    """Other names of organisations from the lexicon (e.g. Facebook -> Meta), for reconcile."""
    return dict(lexicon().org_aliases)
