"""The subject of each item or section of a column of moves: the organisation it is about, not the article's."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import lexicon
from .names import Mention
from .text import Sentence

_BULLET = re.compile(r"[ \t]*(?:[-—–•*▪►]|[^\w\s\"'“‘(\[$£€&.,:;!?])[ \t]+(?=\S)")
# named as where someone came from or went from: not what the item is about
_PAST_BEFORE = re.compile(
    r"\b(?:from|formerly|previously|former|ex-|left|leaving|leaves|quit|exited|departed|spent|worked|after)\s+(?:\S+\s+){0,6}?$", re.I)
# named as the employer of a title, as the one joined, or as the one hiring: what the item is about
_HELD_BEFORE = re.compile(r"\b(?:at|of|with|joined|joins|joining|join)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
_HELD_AFTER = re.compile(
    r"(?:['’]s\s+(?!(?:[\w-]+\s+){0,2}(?:former|ex-))|(?:,\s+(?:the|a|an)\s+[^,.]{1,80},)?\s+(?:has\s+|have\s+)?(?:hired|named|appointed|promoted|tapped|picked|added"
    r"|made|hires|names|appoints|promotes|taps|said)\b)")
MIN_SCORE = 2.0
MIN_ITEMS = 3  # a column of moves names at least three organisations in its items; fewer are one story's bullets


def _main_org(text: str, start: int, mentions: list[Mention], outlets: frozenset[str]) -> str | None:
    """The organisation an item names as employer or hirer, unless it names none firmly."""
    score: dict[str, float] = {}
    for m in mentions:
        if m.kind != "O" or m.value in outlets or m.former:
            continue
        before = text[max(start, m.start - 60):m.start]
        if _PAST_BEFORE.search(before):
            w = 0.25
        elif _HELD_AFTER.match(text, m.end) or _HELD_BEFORE.search(before):
            w = 2.0
        else:
            w = 0.5
        score[m.value] = score.get(m.value, 0.0) + w
    best = max(score, key=lambda v: (score[v], -list(score).index(v))) if score else None
    return best if best is not None and score[best] >= MIN_SCORE else None


def bullet_subjects(text: str, sents: list[Sentence], mentions: list[list[Mention]], outlets: frozenset[str]) -> list[str | None]:
    """Per sentence, the main organisation of the bulleted line it stands on, else None."""
    out: list[str | None] = [None] * len(sents)
    line_start = -1
    members: list[int] = []

    def close() -> None:
        if members:
            ms = [m for i in members for m in mentions[i]]
            subject = _main_org(text, sents[members[0]].start, ms, outlets)
            for i in members:
                out[i] = subject

    for i, s in enumerate(sents):
        ls = text.rfind("\n", 0, s.start) + 1
        if ls == line_start:
            if members:
                members.append(i)
            continue
        close()
        line_start, members = ls, []
        if text[ls:s.start].strip() == "" and _BULLET.match(text, s.start) or _BULLET.fullmatch(text, ls, s.start):
            members = [i]
    close()
    distinct = {v.split()[0] for v in out if v}  # "Acme Ads" is a unit of Acme, not another item's subject
    return out if len(distinct) >= MIN_ITEMS else [None] * len(sents)


# words before a line's first organisation that make it not the line's subject: "After 19 years at Pfizer, ..."
_NOT_OPENER = re.compile(r"\b(?:at|from|of|with|after|before|for|by|to|in|on|like|than|former|formerly|ex|previously|and|or)\b", re.I)
MAX_OPENER_WORDS = 4  # "Venture firm Northlight Partners", "Remote patient monitoring startup Medrift"
MAX_HEADING_WORDS = 6
MAX_NAME_TAIL = 2  # "Helix Arc Therapeutics" over "Helix Arc": a heading longer than that is a headline, not a name


def line_opener(text: str, start: int, mentions: list[Mention]) -> str | None:
    """The organisation a line opens with as its subject ("Dixon Hale CPAs elected ..."), if it opens with one."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None  # not the line's first sentence
    first = next((m for m in mentions if m.kind in ("O", "P")), None)
    if first is None or first.kind != "O" or first.former:
        return None
    before = text[start:first.start]
    if len(before.split()) > MAX_OPENER_WORDS or _NOT_OPENER.search(before) or re.search(r"[,;:]", before):
        return None
    return first.value


def section_orgs(text: str, headings: list[tuple[int, int]], sents: list[Sentence], mentions: list[list[Mention]]) -> list[str | None]:
    """Per sentence, the organisation the latest heading line above it names alone ("Lumeris Bio"), else None."""
    values = list(dict.fromkeys(m.value for ms in mentions for m in ms if m.kind == "O"))
    named: list[tuple[int, str | None]] = []
    for s, e in headings:
        line = text[s:e].strip().rstrip(":")
        org = None
        if 0 < len(line.split()) <= MAX_HEADING_WORDS and not re.search(r"[.!?;,\"“”]", line):
            org = next((v for v in values if v == line), None) or next(
                (v for v in values if line.startswith(v + " ") or v.startswith(line + " ")), None)
        named.append((s, org))
    out, k, current = [], 0, None
    for sent in sents:
        while k < len(named) and named[k][0] < sent.start:
            current = named[k][1]
            k += 1
        out.append(current)
    return out


@cache
def _move_words() -> frozenset[str]:
    """First words of the verbs of moving people ("hires", "names", "exits"): a heading with one is a headline."""
    return frozenset(v.split()[0] for k in ("join", "leave", "leave_as", "hire", "appoint", "fire", "succeed") for v in lexicon().verbs[k])


def heading_names(text: str, headings: list[tuple[int, int]], sents: list[Sentence], mentions: list[list[Mention]]) -> dict[str, str]:
    """A section heading that names an organisation in full ("Helix Arc Therapeutics") over a paragraph that calls it
    by a shorter name ("Helix Arc"): short name -> the heading's name."""
    values = {m.value for ms in mentions for m in ms if m.kind == "O"}
    out: dict[str, str] = {}
    k = 0
    for s, e in headings:
        line = text[s:e].strip()
        words = line.split()
        if not 1 < len(words) <= MAX_HEADING_WORDS or re.search(r"[.!?;:,\"“”]", line) or line in values:
            continue
        while k < len(sents) and sents[k].start < e:
            k += 1
        if k >= len(sents) or text.count("\n", e, sents[k].start) > 2:
            continue
        para_end = text.find("\n", sents[k].start)
        para = {m.value for i in range(k, len(sents)) if para_end < 0 or sents[i].start < para_end for m in mentions[i] if m.kind == "O"}
        short = [v for v in para if line.startswith(v + " ") and len(words) - len(v.split()) <= MAX_NAME_TAIL
                 and all(w[:1].isupper() and w.isalpha() and w.lower() not in _move_words() for w in words[len(v.split()):])]
        if len(short) == 1 and short[0] not in out:
            out[short[0]] = line
    return out
