"""People who move "along with" someone else: "X resigned, along with his two deputies, A and B" moves A and B too
(so does "X left for Y, taking with her A and B")."""

from __future__ import annotations

import dataclasses
import re

from .view import SentenceView

_ITEM = r"(?:(?:(?!(?:of|to|from|at|for|in|by|on|who|which|as)\b)[a-z][a-z\-]* |T\d+ ){0,4}P\d+)"
_ALONG_WITH = re.compile(
    rf"(?:(?:along|together) with|(?:taking|bringing|took|brought) (?:along )?with P\d+) (?:(?:P\d+ 's |(?:his|her|their|its) )?(?:(?!(?:of|to|from|at|for|in|by|on|who|which|as)\b)[a-z0-9][a-z0-9\-]* |T\d+ ){{0,4}}, )?"
    rf"(?P<list>{_ITEM}(?: (?:, (?:and )?|and ){_ITEM})*)"
)
# "taking A and B with her": the pronoun after the list, so the list needs no words before it
_TAKING = re.compile(r"(?:taking|bringing|took|brought) (?:along )?(?P<list>P\d+(?: (?:, (?:and )?|and )P\d+)*) (?:along )?with P\d+")
_MOVES = ("join", "leave")


def along_with(view: SentenceView, ph: str, out: list) -> None:
    """Give each person listed after "along with" the moves of the nearest person before it who has any."""
    for m in [*_ALONG_WITH.finditer(ph), *_TAKING.finditer(ph)]:
        companions = [view.value(t) for t in re.findall(r"P\d+", m.group("list"))]
        companions = [p for p in companions if p]
        head = None
        for tag in reversed(re.findall(r"P\d+", ph[: m.start()])):
            person = view.value(tag)
            if person and any(c.kind in _MOVES and c.person == person for c in out):
                head = person
                break
        if head is None:
            continue
        moves = [c for c in out if c.kind in _MOVES and c.person == head]
        for person in companions:
            if person == head or any(c.kind in _MOVES and c.person == person for c in out):
                continue
            out.extend(dataclasses.replace(c, person=person, role=None, confidence=c.confidence * 0.9) for c in moves)
