"""Board seats told as a place on the board: "Acme added X to its board", "X was elected to the board of Y"."""

from __future__ import annotations

import re

from .titles import plural_title
from .rules import _AUX, _O, _P, _PLIST, _T, STAGE_B, PERSON_ORG, RawClaim, _future, _pre, context_org, hirer_org

_BOARD = r"(?:(?!of\b)[a-z][a-z\-]* ){0,2}?board(?: of (?:directors|trustees|governors|regents|supervisors))?"
_OF_ORG = rf"(?: of (?:the )?(?P<ob>{_O}))?"
_AS_TITLE = re.compile(rf"^ as (?:a |an |the )?(?:[a-z][a-z\-]* ){{0,2}}?(?P<t>{_T})")


def _seat_claims(view, m, ctx, tags: list[str], org: str | None, fallback: bool) -> list[RawClaim]:
    # a board seat is held beside the day job: no one leaves an employer for it
    if not org or org.startswith(PERSON_ORG):
        return []
    a = _AS_TITLE.match(m.group("rest"))
    role = view.value(a.group("t")) if a else "Board Member"
    kind = "role" if m.group("v").startswith("re") else "join"
    at = view.at(m.start("v"))
    future = _future(_pre(view, m)[-40:], m.group("v"))
    out = []
    for tag in dict.fromkeys(tags):
        person = view.value(tag)
        if person:
            out.append(RawClaim(kind, person, org, role, confidence=0.65 if fallback else 0.75, at=at, future=future,
                                hired=not fallback))
    return out


def _b_added_to_board(view, m, ctx):
    """"Acme added X, a partner at Y, to its board": X joins Acme's board (the named board's owner, else the hirer)."""
    if re.search(r"\b(?:was|were|been|be|being|is|are) $", _pre(view, m)):
        return []
    org, fallback = view.value(m.group("ob")) or view.value(m.group("oa")), False
    if not org:
        org, fallback = hirer_org(view, m.start("v"), ctx)
    return _seat_claims(view, m, ctx, re.findall(_P, m.group("list")), org, fallback)


def _b_elected_to_board(view, m, ctx):
    """"X, a partner at Y, has been appointed to the board of trustees of Acme": X joins Acme's board."""
    org = view.value(m.group("ob")) or view.value(m.group("oa"))
    fallback = not org
    if not org:
        org = context_org(view, m.start(), ctx)
    return _seat_claims(view, m, ctx, re.findall(_P, m.group("list")), org, fallback)


_SEAT_VERB = r"appointed|appoints|appoint|appointing|named|names|elected|elects|elect|re-elected|reelected|added|adds|add|adding|co-opted"
STAGE_B.extend([
    (re.compile(
        rf"(?<![\w'-])(?P<v>{_SEAT_VERB}|(?:appointment|election|addition) of) (?P<list>{_PLIST}) (?:(?!{_P}|; )\S+ ){{0,16}}?"
        rf"to (?:(?:its|the|their|our) |(?P<oa>{_O}) 's ){_BOARD}{_OF_ORG}(?P<rest>.*)$"), _b_added_to_board),
    (re.compile(
        rf"(?P<list>{_PLIST}) (?:, [^,;]{{0,100}}? , )?{_AUX}(?:has been|have been|had been|was|were|is|are|will be|would be|to be) "
        rf"(?:also |recently |now )?(?P<v>appointed|elected|named|added|re-elected|reelected|co-opted) "
        rf"to (?:(?:its|the|their) |(?P<oa>{_O}) 's ){_BOARD}{_OF_ORG}(?P<rest>.*)$"), _b_elected_to_board),
])


def _b_plural_title_list(view, m, ctx):
    """"two long-serving directors, A and B, will not stand", "directors A and B": each holds the board title named."""
    title = plural_title(m.group("noun"))
    if not title or re.search(r"\bof $", view.ph[: m.start("noun")]):
        return []  # "the board of directors, A and B": no title is given to them
    if not re.search(_SEAT_TITLES, title, re.I):
        return []
    # "Treasurer B of Sunline; and directors C and D": B's firm is B's, not the board's
    before = view.ph[: m.start()]
    theirs = {view.affiliation.get(t) for t in re.findall(_P, before[: before.rfind(";")])} if ";" in before else set()
    org = view.value(m.group("o")) or context_org(view, m.start(), ctx, exclude=theirs)
    if not org or org.startswith(PERSON_ORG):
        return []
    at = view.at(m.start("list"))
    return [RawClaim("role", person, org, title, confidence=0.6, at=at, dated=False)
            for person in dict.fromkeys(v for v in (view.value(t) for t in re.findall(_P, m.group("list"))) if v)]


_SEAT_TITLES = r"\b(?:director|trustee|governor|chair)"
STAGE_B.append((re.compile(
    rf"(?:(?P<o>{_O}) 's )?(?P<noun>(?:[a-z][a-z\-]* ){{0,3}}?[a-z][a-z\-]*s)(?: who (?:(?!{_P})[^,;]){{1,80}}?)? (?:, )?(?P<list>{_P}(?: , {_P})* (?:, )?(?:and|&) {_P})(?! 's| (?:of|at|from|with) )"),
    _b_plural_title_list))
