"""Career steps the general rules miss: closed spans of years, and a poster's own first-person moves ("I said goodbye to X")."""

from __future__ import annotations

import re

from .rules import _O, _P, RawClaim

_YEAR = r"(?:(?:[a-z]+ )?(?:19|20)\d\d)"
# "from 2015 to 2019", "between 2015 and 2019", "from march 2015 until 2019", "in 2015-2019" (dash as its own word or not)
_SPAN = rf"(?:from {_YEAR} (?:to|until|till|through) {_YEAR}|between {_YEAR} and {_YEAR}|in (?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d)"
BOUNDED = re.compile(
    rf"(?:^ ?{_SPAN} (?:, )?(?P<p>{_P}) |(?P<p2>{_P}) )(?:was|served as|worked as|worked) (?:(?!{_P}|{_O}|(?:is|has|now)\b)\S+ ){{0,6}}?"
    rf"(?:of|at|with|for|in) (?:the )?(?P<o>{_O})(?! 's)(?(p2) {_SPAN}(?= [,.;]| and\b|\s*$)|)"
)


def bounded_job(view, m, ctx) -> list[RawClaim]:
    """A job held over a stated closed span of years: a join and a leave, both in the past."""
    person, org = view.value(m.group("p") or m.group("p2")), view.value(m.group("o"))
    if not person or not org:
        return []
    at = view.at(m.start("o"))
    return [RawClaim("join", person, org, confidence=0.6, at=at, date_override="past"),
            RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past")]


# "I'm starting a new position as CRO at X", "I've accepted a new role as ... at X": a first-person post's new job
NEW_POSITION = re.compile(
    rf"(?P<p>{_P}) (?:(?:am|'m|have|'ve|has|just) )*(?:starting|started|start|begin|beginning|began|taking up|took up|accepted|accepting)"
    rf" (?:a |my )?new (?:position|role|job|chapter) (?:as (?:the |a |an )?(?P<t>T\d+) )?(?:at|with) (?:the )?(?P<o>{_O})(?! 's)"
)
# "I said goodbye to X", "she bid farewell to X": leaving X
FAREWELL = re.compile(rf"(?P<p>{_P}) (?:said goodbye|bade farewell|bid farewell|said farewell) to (?:the team at |my team at )?(?:the )?(?P<o>{_O})(?! 's)")
# "I started my career as a nurse at X": the general rule reads his/her/their careers only
MY_CAREER = re.compile(
    rf"(?P<p>{_P}) (?:began|started|start|begin) (?:my|our) (?:[a-z\-]+ )?career (?:(?!{_P}|{_O})\S+ ){{0,5}}?(?:at|with|in) (?:the )?(?P<o>{_O})(?! 's)"
)


def new_position(view, m, ctx) -> list[RawClaim]:
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    title = view.mentions[m.group("t")].value if m.group("t") in view.mentions else None
    at = view.at(m.start("o"))
    return [RawClaim("join", person, org, title, confidence=0.7, at=at), RawClaim("role", person, org, title, confidence=0.7, at=at, dated=False)]


def farewell(view, m, ctx) -> list[RawClaim]:
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("o")))]


STAGE = [(BOUNDED, bounded_job), (NEW_POSITION, new_position), (FAREWELL, farewell), (MY_CAREER, bounded_job)]
