"""A council or board that hires or fires is not the employer: the post is where the person's own title is held."""

from __future__ import annotations

import re
from collections import Counter

# "Millbrook City Council", "Fairhaven School Board", "Board of Regents", "Kansas Senate": bodies whose members vote
_GOVERNING = re.compile(
    r"\b(?:Council|Board|Commission|Senate|Assembly|Legislature|Regents|Trustees|Supervisors|Commissioners|Aldermen)$"
    r"|\bBoard of [A-Z]"
)
# the titles of the body's own members, who do hold their seat there
_MEMBER = re.compile(
    r"\b(?:members?|council\w*|alder\w*|chair\w*|regent|trustee|commissioner|supervisor|senator|assembly\w*|legislator|"
    r"selectm[ae]n|selectwoman)\b", re.I)


def governing(org: str | None) -> bool:
    return bool(org) and bool(_GOVERNING.search(org))


def to_employers(claims: list, sentences: list[int], subject: str | None, skip: tuple[str, ...] = ()) -> None:
    """"The Riverton City Council hired X in 2021 from Y" with X's title at the City of Riverton: the join is there.

    A join, leave or title at the article's subject, when that is a governing body (where moves with no organisation
    in their clause go), moves to the one other organisation where the text gives the person a title (for a leave never
    one the person joins, for a join never one the same sentence has the person leave: "hired from B"), unless the
    person holds a member's seat on that body. `sentences` holds each claim's sentence start."""
    if not governing(subject):
        return
    held: dict[str, Counter] = {}
    seats: set[tuple[str, str]] = set()
    joined: dict[str, set[str]] = {}
    left: dict[tuple[str, int], set[str]] = {}
    for c, at in zip(claims, sentences):
        if not c.org or c.org.startswith(skip):
            continue
        if c.kind == "join":
            joined.setdefault(c.person, set()).add(c.org)
        elif c.kind == "leave":
            left.setdefault((c.person, at), set()).add(c.org)
        if c.kind != "role":
            continue
        if governing(c.org):
            if c.role and _MEMBER.search(c.role):
                seats.add((c.person, c.org))
        else:
            held.setdefault(c.person, Counter())[c.org] += 1
    for c, at in zip(claims, sentences):
        if c.kind not in ("join", "leave", "role") or c.org != subject or (c.person, c.org) in seats:
            continue
        if c.kind == "role" and c.role and _MEMBER.search(c.role):
            continue
        away = joined.get(c.person, set()) if c.kind == "leave" else left.get((c.person, at), set())
        other = [o for o in held.get(c.person, ()) if o not in away]
        if len(other) == 1:
            c.org = other[0]
