"""A sentence seen through its mentions: "P0 joined O1 as T2 ..." with a map back to the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import Mention

_GAP_TOKEN = re.compile(r"'s\b|[^\W_]+(?:[-.][^\W_]+|'(?!s\b)[^\W_]+)*|[^\w\s]")
_LEAD = re.compile(r"[\s\-—–•*\"'“‘(]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2014": "—", "\u2013": "—", "•": "—", "·": "—", "\u00a0": " "})


@dataclass
class SentenceView:
    """`ph` is the sentence with each mention replaced by its tag and other words lower-cased, one space apart."""

    start: int
    end: int
    quote: str
    mentions: dict[str, Mention]
    ph: str
    offsets: list[int]  # offsets[i]: document offset of ph[i]
    affiliation: dict[str, str] = field(default_factory=dict)  # person tag -> org name from "Meta's X"
    former: dict[str, str] = field(default_factory=dict)  # person tag -> org from "formerly of X"
    titled_at: dict[str, str] = field(default_factory=dict)  # person tag -> org from "X's CFO, P" / "P, CFO of X"
    titled: set[str] = field(default_factory=set)  # person tags given a current title in the sentence ("CFO P")

    def at(self, ph_index: int) -> int:
        if not self.offsets:
            return self.start
        return self.offsets[min(max(ph_index, 0), len(self.offsets) - 1)]

    def value(self, tag: str | None) -> str | None:
        if not tag:
            return None
        m = self.mentions.get(tag)
        return m.value if m else None


def _gap(piece: str, pos: int, parts: list[str], offsets: list[int]) -> None:
    """The words between two mentions, lower-cased, each with its offsets (one more for the space after it)."""
    for g in _GAP_TOKEN.finditer(piece.translate(_QUOTES).lower()):
        token = g.group()
        parts.append(token)
        offsets.extend([pos + g.start()] * (len(token) + 1))


def build_view(text: str, start: int, end: int, mentions: list[Mention]) -> SentenceView:
    parts: list[str] = []
    offsets: list[int] = []
    tags: dict[str, Mention] = {}

    def emit(token: str, pos: int) -> None:
        parts.append(token)
        offsets.extend([pos] * (len(token) + 1))

    pos = start
    for i, m in enumerate(sorted(mentions, key=lambda m: m.start)):
        if m.start < pos:
            continue
        _gap(text[pos:m.start], pos, parts, offsets)
        tag = f"{m.kind}{i}"
        tags[tag] = m
        emit(tag, m.start)
        if m.kind == "P" and (m.text.lower() == "his" or m.text == "Her" and not _LEAD.sub("", text[start:m.start])):
            emit("'s", m.start)  # "Her deputy, X, will ...": a sentence never opens on the object "her"
        pos = m.end
        if m.kind == "O" and text[pos:pos + 2] in ("'s", "’s") and m.value.startswith(m.text + text[pos:pos + 2]):
            pos += 2  # "joined St. Brendan's in 1996": the 's belongs to the name
        if m.text.endswith("s") and text[pos:pos + 2] in ("' ", "’ "):
            emit("'s", pos)  # plural possessive: "the United Nations' envoy"
            pos += 1
    _gap(text[pos:end], pos, parts, offsets)
    ph = " " + " ".join(parts) + " "
    return SentenceView(start, end, text[start:end], tags, ph, [start] + offsets + [end])
