"""An appointment followed by the appointee's other employer is a hire from outside: a join, and a leave of that employer."""

from __future__ import annotations

import dataclasses
import re

from .rules import RawClaim
from .text import Sentence

_CURRENTLY = re.compile(r"\b(?:is|remains) currently\b|\bcurrently (?:serves|works)\b|, currently\b", re.I)
_BOARD_SEAT = re.compile(r"\bchair|^(?:independent |non-executive |lead |outside )?directors?$|\bboard\b", re.I)
_CHAIR = re.compile(r"\bchair", re.I)
_PROMOTED = re.compile(r"\b(?:promot|elevat)(?:e|es|ed|ing|ion)\b", re.I)
WINDOW = 2  # sentences after the appointment that may name the appointee's other employer


def outsider_joins(raw: list[tuple[RawClaim, Sentence]]) -> list[tuple[RawClaim, Sentence]]:
    """"A named X as CFO. X was previously COO at B" / "X is currently T at B": X joins A (and leaves B)."""
    order: dict[int, int] = {}
    for _, s in raw:
        order.setdefault(s.start, len(order))
    joined = {(c.person, c.org) for c, _ in raw if c.kind == "join"}
    out: list[tuple[RawClaim, Sentence]] = []
    for c, s in raw:
        if c.kind != "role" or not c.hired or not c.dated or (c.person, c.org) in joined:
            continue
        if _PROMOTED.search(s.text) or _CHAIR.search(c.role or ""):
            continue  # a promotion is no hire from outside, nor a chair (often picked from the sitting board)
        i = order[s.start]
        near = [(o, t) for o, t in raw if o.person == c.person and o.org not in (None, c.org) and 0 < order[t.start] - i <= WINDOW]
        left = [o for o, _ in near if o.kind == "leave"]
        now = [(o, t) for o, t in near if o.kind == "role" and not o.dated and _CURRENTLY.search(t.text)]
        if not left and not now:
            continue
        joined.add((c.person, c.org))
        out.append((dataclasses.replace(c, kind="join", confidence=c.confidence * 0.85), s))
        if not _BOARD_SEAT.search(c.role or ""):  # a board seat is held beside the day job
            out.extend((dataclasses.replace(o, kind="leave", role=None, future=True, confidence=0.6), t) for o, t in now)
    return out
