"""Career steps told beside another move: "founded X after a decade at Y", "is out at X", "is a former office director at Y"."""

from __future__ import annotations

import re

from .rules import _AUX, _NUM, _O, _P, _PERSON_NOUN, _SUBJ, _T, STAGE_A, STAGE_B, RawClaim
from .tenure import _GENERIC, _LEAVE_V, _b_left_after

_ABOUT = r"(?:more than |nearly |almost |over |some |about |roughly |a |the )?"
_STINT = rf"{_ABOUT}(?:{_NUM} (?:years?|decades?)|decades?|a decade)"
_MOVE_V = r"(?:founded|co-founded|cofounded|launched|started|set up|joined|rejoined|moved to|went to|came to|arrived at)"


def _b_after_years_at(view, m, ctx):
    """"X founded Acme in 2016 after a decade as a broker at Beta": a whole stint at Beta, joined and left before the move."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org or org == view.value(m.group("dest")):
        return []
    at = view.at(m.start("o"))
    return [RawClaim("join", person, org, confidence=0.6, at=at, date_override="past"),
            RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past")]


def _b_is_out(view, m, ctx):
    """"CSO X is out at Acme", "X is out as CEO of Acme": a departure already made."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    return [RawClaim("leave", person, org, confidence=0.75, at=view.at(m.start("v")), ended=True)]


def _b_former_qualified(view, m, ctx):
    """"X is a former office director at the FDA": a qualified title held in the past, so a past employer."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("o")), date_override="past")]


# "after a 27-year career at the insurer", "after nine years to launch a startup", ", ending a 17-year career at the bank"
_LONG_STINT = (rf"(?:after|, ending) (?:{_ABOUT}(?:{_NUM} (?:years?|decades?)|decades?)(?= to )|(?:a|an|his|her|their) (?:{_NUM}|\d{{1,2}})-year "
               rf"(?:[a-z\-]+ )?(?:career|tenure|stint|run|spell)(?: (?:at|with) (?:the )?(?:(?:[a-z\-]+ )?{_GENERIC}|{_O}))?(?= , | \. | ; |\s*$| and | to ))")

STAGE_B.extend([
    (re.compile(rf"{_SUBJ}{_AUX}(?P<v>{_LEAVE_V}) (?:from )?(?:the )?(?:(?P<o>{_O})(?! 's) |(?P<g>(?:[a-z][a-z\-]* ){{0,2}}?(?:board|{_GENERIC})) )"
                rf"(?:(?!{_P}|as\b)\S+ ){{0,5}}?(?:, where [^,]{{1,120}}? )?{_LONG_STINT}"), _b_left_after),
    (re.compile(
        rf"(?P<p>{_P}) (?:(?:has|had|have|also|then|later) )*{_MOVE_V} (?:the )?(?P<dest>{_O}) (?:(?!{_P}|{_O})\S+ ){{0,4}}?"
        rf"(?:after|following) {_STINT} (?:as (?:a |an |the )?(?:[a-z][a-z\-]* ){{0,2}}?(?:{_T} )?)?(?:at|with) (?:the )?(?P<o>{_O})(?! 's)"),
     _b_after_years_at),
    (re.compile(rf"(?P<p>{_P}) (?P<v>is|was|are|were) (?:now )?out (?:at|as (?:the )?(?:{_T} )?(?:of|at)) (?:the )?(?P<o>{_O})(?! 's)"), _b_is_out),
    (re.compile(
        rf"(?P<p>{_P}) (?:is|was) (?:a|an) (?:former|ex-) (?:(?!(?:at|of|with|in)\b)[a-z][a-z\-]* ){{1,2}}{_T} (?:at|of|with) (?:the )?(?P<o>{_O})(?! 's)"),
     _b_former_qualified),
])


def _a_works_at(view, m, ctx):
    """"X, a longtime infrastructure lead at Acme, has joined as VP", "X, a director in Acme's Asia team,": where X works, so the place a move leaves."""
    org = view.value(m.group("o") or m.group("o2")) or ""
    view.affiliation.setdefault(m.group("p"), org)
    person = view.value(m.group("p"))
    if not person or not org or not m.group("t"):
        return []
    return [RawClaim("role", person, org, view.value(m.group("t")), confidence=0.6, at=view.at(m.start("t")), dated=False)]


STAGE_A.append((re.compile(
    rf"(?P<p>{_P}) , (?:a|an) (?:(?!(?:former|ex-|onetime|retired)\b)[a-z][a-z\-]* ){{0,2}}(?:{_PERSON_NOUN}|lead|(?P<t>{_T})) (?:(?:at|with) (?:the )?(?P<o>{_O})(?! 's)|in (?:the )?(?P<o2>{_O}) 's (?:[a-z][a-z\-]* |{_O} ){{0,3}}(?:team|desk|unit|division|group|practice|business))(?= , )"),
    _a_works_at, r"\g<p>"))
