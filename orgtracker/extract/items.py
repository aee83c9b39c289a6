"""The subject of each bulleted item in a column of moves: the organisation the item is about, not the article's."""

from __future__ import annotations

import re

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
