"""People named as a group: "Both will join X" (the list named just before) and "she will be joined by A and B" (her move)."""

from __future__ import annotations

import dataclasses
import re

from .names import Mention
from .view import SentenceView

GROUP = "\x00group"  # the person a group subject stands for until its claims are copied to each member
_NOUNS = (
    "executives|officers|partners|bankers|hires|appointees|directors|men|women|researchers|scientists|lawyers|brokers"
    "|advisers|advisors|traders|leaders|newcomers|managers|analysts|founders|co-founders|engineers|editors|members"
)
_COUNT = {"two": 2, "pair": 2, "duo": 2, "both": 2, "three": 3, "trio": 3, "four": 4, "five": 5, "six": 6}
_NEXT = (
    r"(?:will|would|shall|are|were|have|had|also|both|all|each|now|then|previously|formerly|most|first|join\w*|report\w*"
    r"|move\w*|left|leave\w*|come|came|arriv\w*|start\w*|becom\w*|became|serv\w*|be|been|is|was|take|took|head\w*|lead\w*)\b"
)
# a clause that opens on the group: "Both will join", "The three new partners will report", "- All four join"
_SUBJECT = re.compile(
    rf"^ (?:[-—] )?(?P<g>(?:all (?P<a>two|three|four|five|six) |both |the (?P<t>two|three|four|five|six|pair|trio|duo) )"
    rf"(?:new )?(?:(?:{_NOUNS}|of them) )?|they )(?={_NEXT})"
)
_PLIST = re.compile(r"P\d+(?: (?:, (?:and )?|and |& )P\d+)+")
# "She will be joined by A and B", "Okoye is joined by C": the listed people make the head's move
_JOINED_BY = re.compile(
    r"(?P<head>P\d+) (?:(?!P\d|O\d)[a-z']+ ){0,4}?(?:be|been|is|was|are|were) joined (?:at O\d+ |there )?by "
    r"(?P<list>P\d+(?: (?:, (?:and )?|and |& )P\d+)*)"
)


def last_list(view: SentenceView) -> list[str]:
    """The people of the last list of two or more the sentence names ("A, B and C")."""
    found = None
    for found in _PLIST.finditer(view.ph):
        pass
    if found is None:
        return []
    people = [view.value(t) for t in re.findall(r"P\d+", found.group())]
    return list(dict.fromkeys(p for p in people if p and p != GROUP))


def members(word: str | None, prev_list: list[str], prev_people: list[str], recent_group: list[str]) -> list[str]:
    """Who "both" / "the three" / "they" are: the list just named, else that many people named or moved just before."""
    n = _COUNT.get(word or "")
    if prev_list and (n is None or len(prev_list) == n):
        return prev_list
    if n is None:
        return []
    if len(prev_people) == n:
        return list(prev_people)
    return list(recent_group[-n:]) if len(recent_group) >= n else []


def group_subject(view: SentenceView, prev_list: list[str], prev_people: list[str], recent_group: list[str]) -> list[str]:
    """Put a stand-in person for a clause-opening group in the view; return its members (none: view unchanged)."""
    m = _SUBJECT.match(view.ph)
    if not m:
        return []
    word = m.group("a") or m.group("t") or ("both" if m.group("g").startswith("both") else None)
    people = members(word, prev_list, prev_people, recent_group)
    if len(people) < 2:
        return []
    tag = f"P{len(view.mentions) + 900}"
    start = view.at(m.start("g"))
    view.mentions[tag] = Mention(start, start + len(m.group("g")), m.group("g").strip(), "P", GROUP, weak=True)
    s, e = m.start("g"), m.end("g")
    view.ph = view.ph[:s] + tag + " " + view.ph[e:]
    view.offsets = view.offsets[:s] + [view.offsets[s]] * (len(tag) + 1) + view.offsets[e:]
    return people


def spread(out: list, people: list[str]) -> list:
    """Each claim made about the group stand-in, once for each member."""
    if not any(c.person == GROUP or c.manager == GROUP for c in out):
        return out
    done = []
    for c in out:
        if c.person == GROUP:
            done.extend(dataclasses.replace(c, person=p) for p in people if p != c.manager)
        elif c.manager != GROUP:
            done.append(c)
    return done


def joined_by(view: SentenceView, out: list, history: list) -> list:
    """"She will be joined by A and B": A and B make her latest join, and the leave told with it unless they left elsewhere."""
    added = []
    for m in _JOINED_BY.finditer(view.ph):
        head = view.value(m.group("head"))
        if not head:
            continue
        told = [c for c in out if c.person == head and c.kind == "join"]
        past = [c for c, _ in history if c.person == head and c.kind == "join"]
        join = (told or past or [None])[-1]
        if join is None or not join.org:
            continue
        leaves = [c for c in out if c.person == head and c.kind == "leave"] or (_told_with(past[-1], history) if past else [])
        at = view.at(m.start("list"))
        for tag in re.findall(r"P\d+", m.group("list")):
            person = view.value(tag)
            if not person or person == head:
                continue
            own_origin = any(x.person == person and x.kind == "leave" for x in out)
            for c in [join, *leaves]:
                if c.kind == "leave" and own_origin or any(
                        x.person == person and x.kind == c.kind and x.org == c.org for x in out + added):
                    continue  # "joined by A, previously at B": A left B, not where she came from
                added.append(dataclasses.replace(c, person=person, role=None, at=at, confidence=c.confidence * 0.9))
    return added


def _told_with(join, history: list) -> list:
    """The person's leaves told in the join's sentence or the one before it ("hired X from Y. X will start in May")."""
    order: list = []
    for _, s in history:
        if not order or order[-1] is not s:
            order.append(s)
    where = next((s for c, s in history if c is join), None)
    i = next((k for k, s in enumerate(order) if s is where), None)
    if i is None:
        return []
    near = order[max(0, i - 1): i + 1]
    return [c for c, s in history if c.person == join.person and c.kind == "leave" and any(s is x for x in near)]
