"""Joins told as a stated tenure ("has spent 20 years at X", "a 12-year veteran of X") or as a shared founding ("founded X with Y")."""

from __future__ import annotations

import re

from .rules import _AUX, _FOUND_V, _NUM, _O, _P, _PLIST, _SUBJ, STAGE_B, RawClaim, _verbs

_ABOUT = r"(?:more than |nearly |almost |over |some |about |roughly |a |the (?:last |past |previous )?)?"


def _b_has_spent(view, m, ctx):
    """"X has spent 20 years at Acme": a present-perfect tenure, so X joined Acme (and is still there)."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    return [RawClaim("join", person, org, confidence=0.6, at=view.at(m.start("o")), date_override="past")]


def _b_with_us(view, m, ctx):
    """"X has been with us for seven years" (a letter or a quote): the organisation the text is about."""
    person = view.value(m.group("p"))
    org = ctx.dominant_org
    if not person or not org:
        return []
    return [RawClaim("join", person, org, confidence=0.6, at=view.at(m.start("v")), date_override="past")]


def _b_left_after(view, m, ctx):
    """"X retired from Acme in March after 35 years": a whole stint there, so X had joined it (not "after 9 years as CEO")."""
    person = view.value(m.group("p"))
    org = view.value(m.group("o")) or (ctx.dominant_org if m.group("g") else None)
    if not person or not org:
        return []  # a bare "is stepping down after three years" may count years in the title
    return [RawClaim("join", person, org, confidence=0.6, at=view.at(m.start("v")), date_override="past")]


def _b_founded_with(view, m, ctx):
    """"A founded Acme in 2018 with B and C", "Founded by A, B and C, Acme ...", "A and B co-founded Acme": each founder joins."""
    org = view.value(m.group("o"))
    if not org:
        return []
    at = view.at(m.start("o"))
    return [RawClaim("join", p, org, "Founder", confidence=0.7, at=at) for p in _people_in(view, m.group("list"))]


def _people_in(view, text: str) -> list[str]:
    return [v for v in (view.value(t) for t in re.findall(_P, text)) if v]


_YEARS = rf"{_ABOUT}(?:{_NUM} (?:years?|decades?)|decades?|(?:his|her|their) (?:entire |whole )?(?:career|working life))"
_IN_YEAR = r"(?:in (?:[a-z]+ )?\d{4} )?"

_GENERIC = (r"(?:company|firm|bank|group|lender|insurer|business|organi[sz]ation|agency|studio|fund|startup|council|department"
            r"|university|hospital|club|school|charity|union|newspaper|paper|practice|team)")
_LEAVE_V = rf"(?:{_verbs('leave')}|retired|retires|retiring|retire|resigned|resigns|resign|resigning|stepped down|steps down|step down|stepping down)"
_WHOLE_STINT = rf"after {_ABOUT}(?:{_NUM} (?:years?|decades?)|decades?)(?: of service| there| with (?:the |us)\S*)?(?= , | \. | ; |\s*$| and )"

STAGE_B.extend([
    (re.compile(rf"{_SUBJ}(?:has|have) (?P<v>been|worked|served) (?:\S+ ){{0,2}}?(?:at|with|for) us (?:since|for) "), _b_with_us),
    (re.compile(rf"{_SUBJ}{_AUX}(?P<v>{_LEAVE_V}) (?:from )?(?:the )?(?:(?P<o>{_O})(?! 's) |(?P<g>(?:[a-z][a-z\-]* ){{0,2}}?(?:board|{_GENERIC})) )"
                rf"(?:(?!{_P}|as\b)\S+ ){{0,5}}?{_WHOLE_STINT}"), _b_left_after),
    (re.compile(rf"{_SUBJ}(?:has|have) (?:now |also )?spent {_YEARS} (?:at|with|in) (?:the )?(?P<o>{_O})(?! 's)"), _b_has_spent),
    (re.compile(rf"(?P<p>{_P}) , (?:a|an) (?:{_NUM}|\d{{1,2}})-year (?:[a-z\-]+ )?veteran (?:of|at) (?:the )?(?P<o>{_O})(?! 's)"), _b_has_spent),
    (re.compile(rf"(?P<p>{_P}) , (?:a|an) (?:{_NUM}|\d{{1,2}})-year (?P<o>{_O}) veteran\b"), _b_has_spent),
    (re.compile(rf"\b(?P<v>{_FOUND_V}) (?:the )?(?P<o>{_O}) {_IN_YEAR}(?:together )?with (?:{_P} 's (?:[a-z][a-z\-]* ){{1,3}})?(?P<list>{_PLIST})(?! 's)"), _b_founded_with),
    (re.compile(rf"^ ?(?:co-|jointly |originally )?(?:founded|started|established|set up) {_IN_YEAR}by (?P<list>{_PLIST}) , (?:the |its )?(?P<o>{_O})"),
     _b_founded_with),
    (re.compile(rf"^ ?(?P<list>{_P}(?: (?:, (?:and )?|and ){_P})+) (?:(?:jointly|together|also|first) )?(?P<v>{_FOUND_V}) (?:the )?(?P<o>{_O})(?! 's)"),
     _b_founded_with),
])
