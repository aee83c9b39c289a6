"""Claim patterns over a sentence view: who joined, left, holds which title, reports to whom."""

from __future__ import annotations

import dataclasses
import re

from .lexicon import lexicon
from .timex import NUMBER_WORDS
from .titles import plural_title
from .attach import choose
from .view import SentenceView
from .rulebase import (
    PERSON_ORG, TITLE_HOLDER, STARTUP, RawClaim, Context, _P, _O, _T, _PLIST, _AUX, _NUM, _STARTUP_WORDS,
    _NEW_VENTURE, _NEW_VENTURE_AFTER_LEAVING, _UNIT_NOUNS, _DET, _DESCR, _NOT_FUNCTION, _NOT_POSS,
    _PERSON_NOUN, _verbs, _future, _pre, _before, Handler, context_org, _PREP_BEFORE, hirer_org, _people,
)
from .appositions import (
    _title_claims, _a_title_before, _a_apposition, _inside_story, STAGE_A,
)


# --- stage B: moves ------------------------------------------------------------------------------------

_RANK = r"(?:(?:retired )?(?:(?:lt|gen|col|maj|capt|adm|sgt|cmdr|brig) \. ){1,2})?"  # "named retired Lt. Gen. Jane Doe as CEO"
_CREDENTIAL = r"(?:, (?:rn|md|phd|mba|cpa|cfa|np) )?"  # "Gail Doe, RN, who left ..."
_SUBJ = rf"(?P<p>{_P}) {_CREDENTIAL}(?:, (?:(?:a|an|the) (?:[a-z][a-z\-]* ){{1,3}}(?=who ))?|(?:is|was) (?:a|an) (?:[a-z][a-z\-]* ){{1,2}}(?=who ))?(?:who )?"
# "as country manager", "as its administration and finance manager": a few lower-case words may qualify the title
_TITLE_MODS = r"(?:(?!(?:part|well|much|long|soon|of|to|in|at|for|from|with|by|on|who|which|a|an|the|and)\b)[a-z][a-z\-]* (?:and (?=[a-z]))?){0,3}"
_REST_AS = re.compile(rf"^ (?:(?!(?:after|before|while|since)\b)\S+ ){{0,4}}?as {_DET}(?:(?P<oa>{_O}) (?:'s )?{_DET})?{_TITLE_MODS}(?P<t>{_T})(?: (?:of|at|for) (?:the )?(?P<ob>{_O}))?")
_REST_FROM = re.compile(
    rf"^ (?:(?!{_P})\S+ ){{0,6}}?from (?:the |rival )?(?:(?:[a-z][a-z\-]* )?(?:side|club|outfit|team|rivals?|firm|company|startup) |(?:[a-z][a-z\-]* ){{1,2}}(?:office|bureau|branch) of (?:the )?)?(?P<f>{_O})"
)
_REST_LEAD = re.compile(rf"^ (?:\S+ ){{0,5}}?to (?:lead|head|run|oversee|build) (?:the |its |a |an )?(?:new )?(?P<x>{_O})")

_REST_LEAD_UNIT = re.compile(
    rf"^ (?:\S+ ){{0,5}}?to (?:lead|head|run|oversee) (?:the |its |a |an )?(?:new |newly created |newly formed )?"
    rf"(?P<x>(?:[a-z][a-z\-]* ){{0,2}}(?:lab|laboratory|division|unit|team|group|arm|business|department|office|practice|desk))\b"
)


def _rest_role(view: SentenceView, rest: str, base: int) -> str | None:
    m = _REST_AS.match(rest)
    if m:
        return view.value(m.group("t"))
    m = _REST_LEAD.match(rest)
    if m:
        return f"Head of {view.value(m.group('x'))}"
    m = _REST_LEAD_UNIT.match(rest)
    if m:
        return f"Head of the {m.group('x')}"
    return None


_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WHEN_JOINED = (rf" (?:(?:last|this|earlier this|late last|early last) (?:week|month|year|spring|summer|autumn|fall|winter)"
                rf"|in (?:{_MONTHS} \d{{4}}|{_MONTHS}|\d{{4}})|(?:{_NUM}|a) (?:years?|months?) ago) (?:, )?")


_APPOSED = re.compile(r"^ , (?:a|an|the) [^,]{0,80}? ,")


def _b_join(view, m, ctx):
    out = _b_join_one(view, m, ctx)
    if out and view.ph[m.start() : m.start("p")].strip() == "":
        person = out[0].person
        f = _REST_FROM.match(m.group("rest"))
        came_from = view.value(f.group("f")) if f else None  # not the subject's own former employer
        shared = [c for c in out if c.person == person and (c.kind == "join" or c.kind == "leave" and c.org == came_from)]
        for other in _co_subjects(view, m):  # "A and B join from Acme": both move
            if other != person:
                out += [dataclasses.replace(c, person=other) for c in shared]
    return out


def _b_join_one(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person:
        return []
    future = _future(m.group("aux"), m.group("v"), _before(view, m))
    at = view.at(m.start("v"))
    rest = m.group("rest")
    explicit = bool(org)
    if not org:
        if not re.match(r"^ (?:(?:in|on|last|this|earlier|early|late) (?:(?!as |from )[a-z0-9]+ ){1,2})?(?:us |our (?:team|company|board) )?(?:as|from) ", rest) \
                and not re.match(rf"^{_WHEN_JOINED}(?:as |from |, |\. |and |$)", rest + " "):
            return []  # "X, who joined in March," is a dated move into the organisation the sentence is about
        org = context_org(view, m.start(), ctx)
        if not org:
            return []
    role = _rest_role(view, _APPOSED.sub("", rest) if explicit else rest, m.start("rest"))  # "join X, a lender, as CFO"
    if role is None and m.group("board"):
        role = "Board Member"
    if role is None and re.search(r"'s (?:[a-z\-]+ )?board\b|\bthe board of\b", m.group(0)[: m.end("o") - m.start() + 40] if m.group("o") else ""):
        role = "Board Member"
    out = [RawClaim("join", person, org, role, confidence=0.85 if explicit else 0.65, at=at, future=future)]
    f = _REST_FROM.match(rest)
    if f and view.value(f.group("f")) not in (None, org):
        out.append(RawClaim("leave", person, view.value(f.group("f")), confidence=0.75, at=at, future=future))
    elif m.group("v").split()[0] not in ("rejoined", "rejoins", "rejoin", "rejoining", "returned", "returns", "return", "returning"):
        # a board seat is held beside the day job: "X, CMO at Kvasir, has joined the board of Y" leaves nothing
        here = (None if role == "Board Member" else view.affiliation.get(m.group("p"))) or view.former.get(m.group("p"))
        if here and here != org:
            out.append(RawClaim("leave", person, here, confidence=0.65, at=at, future=future))
    return out


_LEAVE_TO_JOIN = re.compile(rf"^ (?:\S+ ){{0,6}}?(?:to|and|, and|before) (?:(?:will|is to|plans to|is set to) )?(?P<jv>join|joining|become|lead|head|run|take over|rejoin) (?:the |rival |its |at )?(?:[a-z\-]+ ){{0,2}}?(?P<n>{_O})")
_LEAVE_THEN_JOINED = re.compile(
    rf"^ (?:(?!{_P})\S+ ){{0,14}}?(?:, where [^,]{{1,100}}? , )?(?:(?!{_P})\S+ ){{0,4}}?(?:and|, and|before) "
    rf"(?:(?:has |have )?(?:later|then|eventually|subsequently|soon|since) |(?=joined ))(?:joined|joining|joins|went to|moved to) "
    rf"(?:the |rival )?(?P<n>{_O})"
)
_LEAVE_FOR = re.compile(rf"^ (?:\S+ ){{0,3}}?for (?:the |rival |a )?(?:(?:[a-z\-]+ )?|(?:new )?(?:job|role|post|position) (?:at|with) (?:the )?)(?P<n>{_O})")


_LEAVE_TO_BECOME = re.compile(
    rf"^ (?:(?!{_P})\S+ ){{0,6}}?(?:, (?:(?!{_P})[^,]){{1,120}}? , )?(?:(?!{_P})\S+ ){{0,6}}?(?:to|and|, and) (?:become|serve as|be|take over as|take the job of|take up the post of|take up an appointment as"
    rf"|take a job as|take up a (?:role|post|position) as|take up the role of|take the role of) {_DET}"
    rf"(?:(?P<oa>{_O}) (?:'s )?)?(?:(?:[a-z][a-z\-]* )?(?P<t>{_T})|(?:[a-z][a-z\-]* ){{1,3}}?(?=(?:at|of|with) ))"
    rf"(?: (?:(?:of|for) (?:[a-z][a-z\-]* ){{1,3}}?(?=(?:at|with) ))?(?:of|at|for|with) (?:the )?(?:{_O} \d+ (?=[a-z]))?{_DESCR}(?P<ob>{_O}))?"  # "of FTSE 250 housebuilder X"
)


def _leave_rest(view: SentenceView, person: str, org: str | None, rest: str, at: int, future: bool, ctx) -> list[RawClaim]:
    out = []
    b = _LEAVE_TO_BECOME.match(rest)
    if b and (b.group("oa") or b.group("ob")):
        dest = view.value(b.group("ob")) or view.value(b.group("oa"))
        if dest and dest != org:
            out.append(RawClaim("join", person, dest, view.value(b.group("t")), confidence=0.75 if b.group("t") else 0.65, at=at, future=future))
            return out
    j = _LEAVE_TO_JOIN.match(rest) or _LEAVE_FOR.match(rest) or _LEAVE_THEN_JOINED.match(rest)
    if j and view.value(j.group("n")) not in (None, org):
        role = _rest_role(view, re.sub(r"^ , (?:a|an|the) [^,]{0,80}? ,", "", rest[j.end("n"):]), 0)  # "join X, a lender, as CFO"
        later = future or bool(re.search(r"\b(?:will|is to|plans to|is set to) join", j.group()))  # "resigned and will join X"
        out.append(RawClaim("join", person, view.value(j.group("n")), role, confidence=0.75, at=at, future=later))
        if role is None and j.re is _LEAVE_TO_JOIN and j.group("jv") in ("lead", "head", "run", "take over") \
                and not re.search(r"\b(?:before|until|later|then)\b", rest[j.end("n"):]):
            out.append(RawClaim("role", person, view.value(j.group("n")), None, confidence=0.65, at=at, dated=False))  # "left to run X": X's head
        return out
    f = _FOUND_IN_REST.match(rest)
    if f:
        if f.group("n") or f.group("vn") or f.group("vo"):
            name = view.value(f.group("n") or f.group("vn") or f.group("vo"))
        else:
            name = STARTUP.format(person)
        if name:
            out.append(RawClaim("join", person, name, "Founder", confidence=0.7, at=at, future=future))
    return out


# "retired in 2024 as CFO of X", "resigned last year as headmaster of X": when, between the verb and the post left
_WHEN_AS = (r"(?: (?:in (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?\d{4}"
            r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)"
            r"|(?:last|this|earlier this) (?:week|month|year|spring|summer|autumn|fall|winter)|recently))?")
_PLAIN_WORD = r"(?!(?:the|a|an|its|their|from|at|of|in|after|before|and|to|for|with)\b)[a-z][a-z\-]*"
_PLAIN_POST = rf"{_PLAIN_WORD}(?: {_PLAIN_WORD}){{0,2}}?"  # "as fire chief of X": a post the title list does not know


_WHEN_LEFT = (r" (?:(?:(?:last|this|earlier this|late last|early last) (?:week|month|year|spring|summer|autumn|fall|winter)"
              r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})"
              r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|recently|abruptly|suddenly|quietly) (?:, )?)?")


# "retired in March after 27 years with the department": the body the years were spent at is the one left
_AFTER_YEARS_AT = re.compile(
    rf"^(?:{_WHEN_LEFT}|{_WHEN_AS} )(?:, )?after (?:more than |nearly |almost |over |some |about )?(?:{_NUM}|a) (?:years?|decades?)"
    rf"(?: of service)? (?:at|with|in) (?:the )?(?P<o>{_O})")


def _years_org(view: SentenceView, rest: str) -> str | None:
    y = _AFTER_YEARS_AT.match(rest)
    return view.value(y.group("o")) if y else None


def _b_leave(view, m, ctx):
    person = view.value(m.group("p"))
    if not person:
        return []
    org = view.value(m.group("o")) if m.group("o") else None
    rest = m.group("rest")
    if org is None:
        if not re.match(rf"^{_WHEN_LEFT}(?:to|for|at|in|after|by|, |\. |and|$|—)", rest + " "):
            return []
        org = view.affiliation.get(m.group("p")) or _years_org(view, rest) or context_org(view, m.start(), ctx)  # "X, COO of Acme, is leaving"
        if org is None:
            return []
    future = _future(m.group("aux"), m.group("v"), _before(view, m))
    at = view.at(m.start("v"))
    conf = 0.85 if m.group("o") else 0.65
    out = [RawClaim("leave", person, org, confidence=conf, at=at, future=future, ended=_done(m.group("v"), future, rest))]
    if future and _STAYS_UNTIL.search(m.group("v") + rest) and m.group("p") not in view.titled:
        out.append(_still_in_post(person, org, at))
    out.extend(_leave_rest(view, person, org, rest, at, future, ctx))
    return out


_DONE_VERB = re.compile(r"(?:left|departed|quit|exited|resigned|stepped|retired|was|has been|parted|walked|bowed|vacated)\b")


def _done(verb: str, future: bool, rest: str = "") -> bool:
    """"has left", "resigned", "stepped down": a departure already made (not "is leaving", "will retire",
    nor "has resigned and will remain in his post until April 30")."""
    return not future and bool(_DONE_VERB.match(verb)) and not _STAYS_ON.search(rest)


_STAYS_ON = re.compile(r"\b(?:until|till|(?:will|to|would) (?:remain|stay|continue)|stays? on|remains? in)\b")


_STAYS_UNTIL = re.compile(r"^retir|\bat the end of\b|\buntil\b")


def _still_in_post(person: str, org: str, at: int) -> RawClaim:
    """"X is retiring in June", "X will leave the bank at the end of the year": until then X holds the post."""
    return RawClaim("role", person, org, None, confidence=0.55, at=at, dated=False)


# the people before a verb's subject that share it: "A and B will not stand", "A, B and board member C retired"
_CO_SUBJECTS = re.compile(rf"(?:(?<=^ )|(?<=, )|(?<=s ))(?P<list>{_P}(?: , {_P})*) (?:, )?(?:and|&) (?:[a-z][a-z\-]* ){{0,2}}$")


def _plural_title_before(text: str) -> bool:
    """"... directors A and B will not stand": the list follows a plural title, so it opens the clause."""
    words = re.search(r"(?:^|[,;] |\b(?:said|says|that) )((?:[a-z][a-z\-]* ){1,3})$", text)
    return bool(words and plural_title(words.group(1)))


def _co_subjects(view, m) -> list[str]:
    """The people listed with the subject: "A and B will retire" leaves both, not only B."""
    before = view.ph[: m.start("p")]
    co = _CO_SUBJECTS.search(before)
    if co is None or (co.start() > 1 and not view.ph[: co.start()].endswith(", ") and not _plural_title_before(view.ph[: co.start()])):
        return []
    if co.start() > 1 and re.search(rf"\b(?:{_verbs('appoint')}|{_verbs('hire')}|{_verbs('succeed')}|with|by|to|from|for|and) (?:(?!{_P})\S+ ){{0,5}}$", view.ph[: co.start()]):
        return []  # "named A, and B will leave": A is the object of another verb
    return [v for v in (view.value(t) for t in re.findall(_P, co.group("list"))) if v]


def _b_leave_as(view, m, ctx):
    person = view.value(m.group("p"))
    if not person:
        return []
    if m.start("p") == m.start() or view.ph[m.start() : m.start("p")].strip() == "":
        out = []
        for other in _co_subjects(view, m):
            if other != person:
                out += _b_leave_as_one(view, m, ctx, other)
        return out + _b_leave_as_one(view, m, ctx, person)
    return _b_leave_as_one(view, m, ctx, person)


def _b_leave_as_one(view, m, ctx, person):
    org = view.value(m.group("ob")) or view.value(m.group("oa")) or view.value(m.group("oc"))
    explicit = bool(org)
    if not org and view.affiliation.get(m.group("p")):
        org, explicit = view.affiliation[m.group("p")], True
    if not org:
        org = _years_org(view, m.group("rest")) or context_org(view, m.start(), ctx)
    if not org:
        return []
    future = _future(m.group("aux"), m.group("v"), _before(view, m))
    at = view.at(m.start("v"))
    out = [RawClaim("leave", person, org, confidence=0.85 if explicit else 0.65, at=at, future=future,
                    ended=_done(m.group("v"), future, m.group("rest")))]
    if m.group("t") and future:
        out.append(RawClaim("role", person, org, view.value(m.group("t")), confidence=0.6, at=at, dated=False))
    elif future and _STAYS_UNTIL.search(m.group("v") + m.group("rest")) and m.group("p") not in view.titled:
        out.append(_still_in_post(person, org, at))
    out.extend(_leave_rest(view, person, org, m.group("rest"), at, future, ctx))
    return out


_PAIR = re.compile(
    rf"^(?: ,)? (?:and )?(?P<q>{_P}) (?:(?:, [^,]{{0,60}}? , )?as {_DET})?(?:(?P<oa>{_O}) (?:'s )?)?(?P<t>{_T})"
    rf"(?: (?:of|at|for) (?:the )?(?P<ob>{_O}))?"
)


def _pairs(view: SentenceView, rest: str) -> list[tuple[str, str | None, str | None]]:
    """"named A as CFO, B as COO and C as CTO" ("named A CFO, B COO"): (tag, title, organisation) for each pair after the first."""
    out = []
    while (p := _PAIR.match(rest)) is not None:
        out.append((p.group("q"), view.value(p.group("t")), view.value(p.group("ob")) or view.value(p.group("oa"))))
        rest = rest[p.end():]
    return out


_TO_BOARD = re.compile(r"^ ?(?:(?!P\d)\S+ ){0,12}?to (?:its|the|their) (?:[a-z\-]+ )?board\b")  # "added X, a partner at Y, to its board"


def _hire_claims(view, m, ctx, people: list[str], role: str | None, conf: float) -> list[RawClaim]:
    hirer, fallback = hirer_org(view, m.start("v"), ctx)
    if not hirer:
        return []
    rest = m.group("rest") if "rest" in m.re.groupindex else ""
    f = _REST_FROM.match(rest or "")
    from_org = view.value(f.group("f")) if f else None
    if "pf" in m.re.groupindex and m.group("pf"):
        from_org = view.value(m.group("pf"))  # "hired three strategists from Acme: A, B and C"
    future = _future(_pre(view, m)[-40:], m.group("v"))
    at = view.at(m.start("v"))
    out = []
    list_tags = re.findall(_P, m.group("list"))
    roles = {tag: role for tag in list_tags}
    first = _REST_AS.match(rest or "")
    if first and len(list_tags) == 1:
        for tag, title, _org in _pairs(view, rest[first.end():]):
            if view.value(tag):
                list_tags.append(tag)
                people = people + [view.value(tag)]
                roles[tag] = title
    for tag, person in zip(list_tags, people):
        if hirer == PERSON_ORG + person:
            continue
        out.append(RawClaim("join", person, hirer, roles[tag], confidence=conf * (0.85 if fallback else 1), at=at, future=future,
                            hired=not fallback))
        left = from_org or (None if _TO_BOARD.match(rest or "") else view.affiliation.get(tag) or None)
        if left and left != hirer:
            out.append(RawClaim("leave", person, left, confidence=conf * 0.9, at=at, future=future))
    return out


def _b_hire(view, m, ctx):
    if re.search(r"\b(?:was|were|been|be|being|is|are) $", _pre(view, m)):
        return []
    people = _people(view, m.group("list"))
    role = _rest_role(view, m.group("rest"), 0)
    return _hire_claims(view, m, ctx, people, role, 0.8)


_LIST_ITEM = re.compile(rf"(?:^|; |, |: |\band )(?:(?!and\b|who\b|with\b|of\b|at\b|to\b|from\b)[a-z][a-z\-]* ){{0,2}}(?P<p>{_P})(?! 's)")


def _b_colon_list(view, m, ctx):
    """"added two partners to its office: litigator A, formerly of X, and tax lawyer B": each listed person moves."""
    if re.search(r"\b(?:was|were|been|be|being|is|are) $", _pre(view, m)):
        return []
    tags = [i.group("p") for i in _LIST_ITEM.finditer(m.group("rest"))]
    if not tags:
        return []
    joins = m.group("v") in ("join", "joins", "joined", "joining")
    if joins:
        org, fallback = view.value(m.group("o")) or context_org(view, m.start(), ctx), False
    else:
        org, fallback = hirer_org(view, m.start("v"), ctx)
    if not org or org.startswith(PERSON_ORG):
        return []
    role = "Board Member" if re.search(r"\bboard\b", m.group("mid")) else None
    future = _future(_pre(view, m)[-40:], m.group("v"))
    at = view.at(m.start("v"))
    out = []
    for tag in dict.fromkeys(tags):
        person = view.value(tag)
        if not person:
            continue
        out.append(RawClaim("join", person, org, role, confidence=0.7 if fallback else 0.75, at=at, future=future, hired=not fallback))
        left = view.former.get(tag)
        if left and left != org:
            out.append(RawClaim("leave", person, left, confidence=0.65, at=at, future=future))
    return out


COLON_LIST = re.compile(
    rf"(?<![\w'-])(?P<v>{_verbs('hire')}|{_verbs('appoint')}|join|joins|joined|joining)(?P<mid> (?:the |its )?(?:board of (?:the )?)?(?P<o>{_O})?"
    rf"(?:(?!{_P})[^:;.]){{0,60}}?): (?P<rest>.*)$"
)


def _b_appoint_to_lead(view, m, ctx):
    """"The governor tapped X to lead the Parks Department": X heads the body named (and joins it from elsewhere)."""
    if re.search(r"\b(?:was|were|been|be|being|is|are) $", _pre(view, m)):
        return []
    org = view.value(m.group("o"))
    out = []
    for tag, person in _listed_people(view, m):
        if org:
            out.append(RawClaim("role", person, org, "Head", confidence=0.7, at=view.at(m.start("v"))))
            if view.affiliation.get(tag) not in (None, org) or view.former.get(tag):
                out.append(RawClaim("join", person, org, "Head", confidence=0.65, at=view.at(m.start("v"))))
    return out


def _b_appoint(view, m, ctx):
    if re.search(r"\b(?:was|were|been|be|being|is|are) $", _pre(view, m)):
        return []
    people = _people(view, m.group("list"))
    hirer, fallback = hirer_org(view, m.start("v"), ctx)
    org = view.value(m.group("ob")) or view.value(m.group("oa")) or hirer
    if not org:
        return []
    at = view.at(m.start("v"))
    future = _future(_pre(view, m)[-40:], m.group("v"))
    role = view.value(m.group("t"))
    out = []
    tags = re.findall(_P, m.group("list"))
    rest = m.group("rest")
    f = _REST_FROM.match(rest) or _REST_FROM.match(m.group("mid") or "")
    roles = {tag: role for tag in tags}
    if len(tags) == 1 and m.group("t"):
        for tag, title, _org in _pairs(view, rest):
            if view.value(tag) and title:
                tags.append(tag)
                people.append(view.value(tag))
                roles[tag] = title
    for tag, person in zip(tags, people):
        if org == PERSON_ORG + person:
            continue
        role = roles[tag]
        out.append(RawClaim("role", person, org, role, confidence=0.8 * (0.85 if fallback else 1), at=at, future=future, dated=True,
                            hired=True))
        from_org = view.value(f.group("f")) if f else None
        seat = bool(role and re.search(r"\bchair|^(?:independent |non-executive |lead |outside )?directors?$|\bboard\b", role, re.I))
        elsewhere = from_org or view.affiliation.get(tag) or view.former.get(tag)
        if elsewhere and elsewhere != org:
            out.append(RawClaim("join", person, org, role, confidence=0.7, at=at, future=future, hired=True))
        if from_org and from_org != org:
            out.append(RawClaim("leave", person, from_org, confidence=0.7, at=at, future=future))
        elif view.titled_at.get(tag) not in (None, org) and not from_org and not (seat and _BOARD_WORDS.search(view.ph)):
            # "named X, currently design director at B, to the post": X leaves B (a board seat is held besides a job)
            out.append(RawClaim("leave", person, view.titled_at[tag], confidence=0.6, at=at, future=True))
    return out


_BOARD_WORDS = re.compile(r"\b(?:board|directors|non-executive|independent)\b")


def _b_appoint_post(view, m, ctx):
    """"named X, currently T at B, to the post": an appointment whose title an earlier line gave."""
    return _b_appoint(view, m, ctx)


_PASSIVE_ROLE = re.compile(
    rf"^(?:as |to (?:the )?(?:role |post |position |job |office |rank )?(?:of )?|to (?:be |become )|to serve as )?{_DET}"
    rf"(?:(?P<oa>{_O}) (?:'s )?)?(?P<t>{_T})(?: (?:(?:of|at|for) (?:the )?{_DESCR}|on (?:the |its )?board of (?:the )?)(?P<ob>{_O}))?(?P<after>.*)$"
)
# "was sworn in Tuesday as", "was confirmed by the state senate on Thursday as": when and by whom, before the post
_PASSIVE_FILLER = re.compile(
    rf"^(?:(?:on |last |this |next |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month) "
    rf"|(?:unanimously|formally|officially|publicly) |by (?:the |a )?(?:(?:state|full|city|county|u\.s\.) )?(?:senate|council|assembly|legislature|board|regents|trustees|voters|governor|mayor|{_O}|(?:{_T} |[a-z]{{2,5}} \. )?{_P}) )+"
)
# "was tapped to lead the Parks Department": a post named by what its holder does, at the body named
_TO_LEAD = re.compile(rf"^to (?:lead|head|run|oversee|helm) (?:the )?{_DESCR}(?P<ob>{_O})(?! 's)")
_TO_BOARD_AS = re.compile(rf"^to (?:the |its )?board(?: of directors)?(?: of (?:the )?(?P<o>{_O}))?(?: of directors)? (?=as )")
# the passive's agent, "was hired in May by O": not "..., subject to approval by O" after a clause break or an approval noun
_BY_ORG = re.compile(
    rf"^ ?(?:(?!,|;|—|{_P}|(?:approval|approved|approve|consent|review|clearance|vote|endorsed|nominated|proposed)\b)\S+ ){{0,8}}?"
    rf"by (?:the )?(?P<o>{_O})")
_AT_ORG = re.compile(rf"^(?:(?!{_P})\S+ ){{0,4}}?(?:at|to|by|into) (?:the )?(?P<o>{_O})")


def _b_passive(view, m, ctx):
    person = view.value(m.group("p"))
    if not person:
        return []
    verb = " ".join(m.group("v").split())
    rest = m.group("rest")
    at = view.at(m.start("v"))
    future = _future(m.group("aux") + " " + m.group("be"), verb)
    out: list[RawClaim] = []
    r = _PASSIVE_ROLE.match(rest)
    if not r and verb not in ("succeeded", "replaced"):
        filler = _PASSIVE_FILLER.match(rest)
        if filler:
            r = _PASSIVE_ROLE.match(rest[filler.end():])
        lead = _TO_LEAD.match(rest[filler.end():] if filler else rest)
        if not r and lead and verb not in ("sworn in", "confirmed", "hired") and view.value(lead.group("ob")):
            return [RawClaim("role", person, view.value(lead.group("ob")), "Head", confidence=0.75, at=at, future=future)]
    if verb in ("ousted", "fired", "dismissed", "removed", "pushed out", "forced out", "let go", "sacked"):
        org = None
        if r:
            org = view.value(r.group("ob")) or view.value(r.group("oa"))
        if not org:
            a = _AT_ORG.match(rest) or re.match(rf"^(?:from|of) (?:the )?(?P<o>{_O})", rest)
            org = view.value(a.group("o")) if a else None
        org = org or context_org(view, m.start(), ctx)
        return [RawClaim("leave", person, org, confidence=0.75, at=at, future=future, ended=True)] if org else []
    if verb in ("succeeded", "replaced"):
        b = re.match(rf"^(?:(?!{_P})\S+ ){{0,5}}?by (?:[a-z][a-z\-]* ){{0,2}}?(?P<q>{_P})(?P<after>.*)$", rest)
        org = context_org(view, m.start(), ctx)
        if not b or not org:
            return []
        out.append(RawClaim("leave", person, org, confidence=0.6, at=at, future=future))
        r2 = _REST_AS.match(b.group("after"))
        if r2 and view.value(b.group("q")):
            org2 = view.value(r2.group("ob")) or view.value(r2.group("oa")) or org
            out.append(RawClaim("role", view.value(b.group("q")), org2, view.value(r2.group("t")), confidence=0.7, at=at, future=future))
        return out
    if verb in ("hired", "recruited", "poached", "lured", "brought in", "brought on", "snapped up"):
        by = _BY_ORG.match(rest) or _AT_ORG.match(rest)
        org = view.value(by.group("o")) if by else None
        f = _REST_FROM.match(" " + rest)
        from_org = view.value(f.group("f")) if f else None
        if not org:
            org = context_org(view, m.start(), ctx, exclude={from_org})
        if not org:
            return []
        role = _rest_role(view, " " + rest, 0)
        out.append(RawClaim("join", person, org, role, confidence=0.8, at=at, future=future))
        if from_org and from_org != org:
            out.append(RawClaim("leave", person, from_org, confidence=0.75, at=at, future=future))
        return out
    board = _TO_BOARD_AS.match(rest) if not r else None
    if board:
        # "X has been appointed to the board as a non-executive director": a seat on the board, so a join too
        r = _PASSIVE_ROLE.match(rest[board.end():])
        if not r:
            return []
    if not r:
        return []
    org = view.value(r.group("ob")) or view.value(r.group("oa")) or (view.value(board.group("o")) if board else None)
    conf = 0.85
    if not org:
        by = _BY_ORG.match(r.group("after") or "")
        org = view.value(by.group("o")) if by else None
    if not org and verb not in ("sworn in", "confirmed"):  # "sworn in as a senator": an office, not a post at the subject
        org = context_org(view, m.start(), ctx)
        conf = 0.7
    if not org:
        return []
    out.append(RawClaim("role", person, org, view.value(r.group("t")), confidence=conf, at=at, future=future, dated=True,
                        hired=conf == 0.85))  # "X has been named CEO of Acme": Acme appoints
    if board:
        out.append(RawClaim("join", person, org, view.value(r.group("t")), confidence=0.7, at=at, future=future))
        return out
    f = _REST_FROM.match(" " + (r.group("after") or ""))
    if f and view.value(f.group("f")) not in (None, org):
        out.append(RawClaim("join", person, org, view.value(r.group("t")), confidence=0.7, at=at, future=future))
        out.append(RawClaim("leave", person, view.value(f.group("f")), confidence=0.7, at=at, future=future))
    return out


_REPORT_LIST = re.compile(
    rf"(?P<list>{_P}(?: \( [^)]* \))?(?: (?:, (?:and )?|and ){_P}(?: \( [^)]* \))?)+)(?P<gap>(?: (?!{_P}|{_O})[^ ]+)*) $"
)


def _b_report(view, m, ctx):
    pre = view.ph[: m.start()]
    subjects = [t for t in re.findall(_P, pre)]
    group = _REPORT_LIST.search(pre)
    if group and not re.search(r"[;:]", group.group("gap")) and not _PREP_BEFORE.search(pre[: group.start()]):
        # "A and B will both report to C": everyone in the subject list
        return [c for t in re.findall(_P, group.group("list")) for c in _b_report_for(view, m, ctx, view.value(t))]
    if not subjects:
        g = re.search(r"\b(?:all (?P<n1>two|three|four|five|six)|(?P<both>both)|they|the (?P<n2>two|three|four|five|trio|pair|duo))\b", view.ph[: m.start()])
        if g:
            words = {"two": 2, "pair": 2, "duo": 2, "three": 3, "trio": 3, "four": 4, "five": 5, "six": 6}
            n = 2 if g.group("both") else words.get(g.group("n1") or g.group("n2") or "", 0)
            named = [p for p in ctx.prev_people if p != view.value(m.group("m"))]
            people = named if n and len(named) == n else ctx.recent_group[-n:] if n else ctx.recent_group
            if n and len(people) < n:
                return []
            return [c for p in people for c in _b_report_for(view, m, ctx, p)]
        return []
    if _SHARED_SUBJECT.search(pre):
        # "X, who hired Y in 2022, keeps his job but will now report to Z": the clause's subject, not Y
        clause = re.sub(r", (?:who|whose) [^,]*,", ",", re.split(r"[;:]", pre)[-1])
        first = next((t for t in re.finditer(_P, clause)
                      if not clause.startswith(" 's", t.end()) and not _PREP_BEFORE.search(clause[: t.start()])
                      and view.mentions[t.group()].text.lower() not in ("his", "her", "their", "my", "our")), None)  # "Her deputy, X,"
        if first:
            return _b_report_for(view, m, ctx, view.value(first.group()))
    return _b_report_for(view, m, ctx, view.value(subjects[-1]))


_SHARED_SUBJECT = re.compile(r"(?:,? and|,? but) (?:(?:will|would|shall|is to|also|now|then|continue to|to) )*$")


def _b_report_for(view, m, ctx, person):
    at = view.at(m.start("v"))
    aux = view.ph[max(0, m.start() - 40): m.start()]
    future = _future(aux, m.group("v"))
    event = bool(re.search(r"\b(?:repositioned|moved|made|reassigned|asked|will|now|begin|began|start|started|set to)\b", aux)) or future
    if m.group("me"):
        manager = ctx.author
    elif m.group("m"):
        manager = view.value(m.group("m"))
    else:
        org = view.value(m.group("o")) or ""
        manager = f"{TITLE_HOLDER}{view.value(m.group('t'))}\x00{org}"
    if not person or not manager or manager == person:
        return []
    return [RawClaim("reports_to", person, None, manager=manager, confidence=0.8, at=at, future=future, dated=event)]


def _named_orgs(view: SentenceView) -> set[str]:
    return {x.value for x in view.mentions.values() if x.kind == "O" and not x.former}


def _b_succeed(view, m, ctx):
    person, prev = view.value(m.group("p")), view.value(m.group("q"))
    if not person or not prev or person == prev:
        return []
    at = view.at(m.start("v"))
    future = _future(m.group("aux"), m.group("v"))
    rest = m.group("rest")
    r = _REST_AS.match(re.sub(r"^ , (?:who|whose) [^,]*? ,", "", rest))
    org = None
    if r:
        org = view.value(r.group("ob")) or view.value(r.group("oa"))
    follows = None if org else person
    org = org or context_org(view, m.start(), ctx)
    if not org:
        return []
    if org in _named_orgs(view):
        follows = None  # "At Verlaine, X succeeds Y": the sentence says where
    own = re.split(rf"(?:, )?(?:and|;|but) {_P} ", rest, maxsplit=1)[0]
    written = view.quote[view.at(m.start("q")) - view.start: view.at(m.end("q")) - view.start]  # with a folded who-clause
    stays = re.match(r"^ , (?:who|whose) .*?\b(?:will|would|is to) (?:return to|remain|stay|continue)\b", own) or re.search(
        r", (?:who|whose) [^;]*?\b(?:will|would|is to) (?:return to|remain|stay|continue)\b", written)
    # "succeeds Y, who has served as interim CFO and will return to her role as controller": Y stays
    moves_on, post = _new_post(view, rest, org)
    out = [RawClaim("role", prev, org, post, confidence=0.6, at=at, future=True, follows=follows)] if moves_on else (
        [] if stays else [RawClaim("leave", prev, org, confidence=0.6, at=at, future=future, follows=follows)])
    if r:
        out.append(RawClaim("role", person, org, view.value(r.group("t")), confidence=0.75, at=at, future=future, dated=True))
    return out


_NEW_POST = re.compile(
    r" , (?:who|whose) [^;]*?\b(?:will|would|is to|is set to) (?:then |also |instead )?(?:become|transition (?:in)?to|move (?:in)?to|shift to"
    r"|take on|take up|assume) (?P<what>[^,;]*)")


def _new_post(view, after: str, org: str) -> tuple[bool, str | None]:
    """"succeeds Y, who will become chairman" / "who will transition to the newly created role of chief scientist" /
    "who will then become the orchestra's conductor laureate": Y stays at the organisation in another post (and its title)."""
    w = _NEW_POST.match(after)
    if not w or re.search(r"\b(?:successor|replacement)\b|\b(?:at|with|for|of) (?:the |a |an )?(?:[a-z\-]+ ){0,2}(?:company|firm|group|startup)\b", w["what"]):
        return False, None
    if any(view.value(o) not in (None, org) for o in re.findall(_O, w["what"])):
        return False, None  # "who will become CEO of Acme": a move elsewhere
    t = re.search(_T, w["what"])
    return True, view.value(t.group()) if t else None


def _b_returns_to_role(view, m, ctx):
    """"... and will return to her role as Vice President, Finance": the earlier title is held again."""
    person = view.value(m.group("p"))
    after = re.search(_O, view.ph[m.end():])
    org = view.value(m.group("o")) or context_org(view, m.start(), ctx, exclude={ctx.dominant_org}) or (
        view.value(after.group()) if after else ctx.dominant_org)
    if not person or not org:
        return []
    return [RawClaim("role", person, org, view.value(m.group("t")), confidence=0.6, at=view.at(m.start("t")), dated=False)]


def _b_succeeding(view, m, ctx):
    subjects = re.findall(_P, view.ph[: m.start()])
    prev = view.value(m.group("q"))
    if not subjects or not prev:
        return []
    org = context_org(view, m.start(), ctx)
    if not org or view.value(subjects[-1]) == prev:
        return []
    moves_on, post = _new_post(view, view.ph[m.end():], org)
    who = None if org in _named_orgs(view) else view.value(subjects[-1])
    if moves_on:
        return [RawClaim("role", prev, org, post, confidence=0.6, at=view.at(m.start("v")), future=True, follows=who)]
    return [RawClaim("leave", prev, org, confidence=0.55, at=view.at(m.start("v")), follows=who)]


def _b_nominal_move(view, m, ctx):
    person = view.value(m.group("p"))
    dest = view.value(m.group("b"))
    if not person or not dest:
        return []
    src = view.value(m.group("a")) or context_org(view, m.start(), ctx, exclude={dest})
    at = view.at(m.start("v"))
    out = [RawClaim("join", person, dest, confidence=0.75, at=at)]
    if src and src != dest:
        out.insert(0, RawClaim("leave", person, src, confidence=0.7, at=at))
    return out


def _b_nominal_leave(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("a"))
    if not person or not org:
        return []
    return [RawClaim("leave", person, org, confidence=0.75, at=view.at(m.start("v")))]


def _b_announced_departure(view, m, ctx):
    person = view.value(m.group("p"))
    org = view.value(m.group("o")) or context_org(view, m.start(), ctx)
    if not person or not org:
        return []
    at = view.at(m.start("v"))
    future = True  # a departure is announced before it happens
    out = [RawClaim("leave", person, org, confidence=0.7, at=at, future=future)]
    out.extend(_leave_rest(view, person, org, view.ph[m.end():], at, future, ctx))
    return out


def _listed_people(view, m) -> list[tuple[str, str]]:
    """(tag, person) for each person tag in the match's "list" group that resolves to a name."""
    out = []
    for tag in re.findall(_P, m.group("list")):
        person = view.value(tag)
        if person:
            out.append((tag, person))
    return out


def _b_lost_to(view, m, ctx):
    org, dest = view.value(m.group("o")), view.value(m.group("n"))
    out = []
    for _, person in _listed_people(view, m):
        if org and dest and org != dest:
            at = view.at(m.start("v"))
            out += [RawClaim("leave", person, org, confidence=0.7, at=at), RawClaim("join", person, dest, confidence=0.7, at=at)]
    return out


def _b_org_hiring(view, m, ctx):
    org = view.value(m.group("o"))
    out = []
    for _, person in _listed_people(view, m):
        if org:
            out.append(RawClaim("join", person, org, confidence=0.75, at=view.at(m.start("v"))))
    return out


def _b_hires_noun(view, m, ctx):
    hirer, fallback = hirer_org(view, m.start("v"), ctx)
    if not hirer:
        return []
    out = []
    for _, person in _listed_people(view, m):
        if hirer != PERSON_ORG + person:
            out.append(RawClaim("join", person, hirer, confidence=0.65 if fallback else 0.7, at=view.at(m.start("v"))))
    return out


def _b_years_at(view, m, ctx):
    org = view.value(m.group("o"))
    if not org:
        return []
    after = re.search(_P, view.ph[m.end():])
    befores = re.findall(_P, view.ph[: m.start()])
    # "X left after N years at Y": the person before; "After N years at Y, X ...": the one after
    tag = befores[-1] if befores else (after.group() if after else None)
    person = view.value(tag)
    if not person:
        return []
    n = NUMBER_WORDS.get(" ".join(m.group("n").split()), None) if not m.group("n").isdigit() else int(m.group("n"))
    if n is None:
        return []
    if m.group("u").startswith("decade"):
        n *= 10
    more = bool(m.group("more"))
    out = [RawClaim("join", person, org, confidence=0.7, at=view.at(m.start()), years_before=(n, more))]
    moved = re.search(rf"(?<![\w'-])(?:{_verbs('join')}) (?:the )?(?P<d>{_O})", view.ph[: m.start()]) if befores else None
    if moved and view.value(moved.group("d")) not in (None, org):
        # "joins Acme after nine years at Beta": Beta is left when Acme is joined
        out.append(RawClaim("leave", person, org, confidence=0.65, at=view.at(moved.start("d"))))
    return out


def _b_where_role(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    out = [RawClaim("role", person, org, view.value(m.group("t")), confidence=0.7, at=view.at(m.start("t")), dated=False)]
    since = re.match(r" since ", view.ph[m.end():])
    if since:
        out.append(RawClaim("join", person, org, view.value(m.group("t")), confidence=0.65, at=view.at(m.end() + 1)))
    return out


def _b_held_at(view, m, ctx):
    person = view.value(m.group("p"))
    out = []
    for tag in re.findall(_O, m.group("list")):
        org = view.value(tag)
        if person and org:
            out.append(RawClaim("leave", person, org, confidence=0.55, at=view.at(m.start()), date_override="past"))
    return out


def _b_spent(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    n = _years(*(m.group("n").rsplit(" ", 1) if " " in m.group("n") else ("1", m.group("n"))))
    out = [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("o")), date_override="past")]
    if n:
        out.append(RawClaim("join", person, org, confidence=0.6, at=view.at(m.start("o")), date_override="past"))
    return out


def _b_career(view, m, ctx):
    """A past job told as a career step ("began her career at X", "after working at X", "spent six years at X"): join + leave."""
    org = view.value(m.group("o") or m.group("f"))  # "spent a decade on the faculty of X's law school": X
    if not org or re.search(r"\b(?:has|have|'s|'ve)(?: \S+)? $", view.ph[: m.start()]):
        return []
    before = re.findall(_P, view.ph[: m.start()])
    after = re.search(_P, view.ph[m.end():])
    tag = before[-1] if before else (after.group() if after else None)
    person = view.value(tag)
    if not person or view.affiliation.get(tag) == org and not before:
        return []
    at = view.at(m.start("o") if m.group("o") else m.start("f"))
    leave = RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past")
    if m.group().startswith("worked") and _ONLY_WORKED.search(view.ph[: m.start()]) and not _SPELL.match(view.ph[m.end():]):
        return [leave]  # "previously worked at X": a past employer, like "previously at X"; no stated start or tenure
    return [RawClaim("join", person, org, confidence=0.6, at=at, date_override="past"), leave]


# "spent nine years in logistics at the Sodertalje plant": a place of work, not an employer
_SITE_NOUNS = r"(?:factory|plant|mill|site|campus|facility|warehouse|refinery|mine|depot|smelter|shipyard|works)"
_ONLY_WORKED = re.compile(r"\b(?:previously|formerly|once|earlier|later|also|then) $")
_SPELL = re.compile(rf" (?:for|from) (?:more than |nearly |almost |over |some |about |a )?(?:{_NUM}|\d{{4}}|a decade)\b")


def _b_before_joining(view, m, ctx):
    """"Before joining Acme, she practised law at Beta": a past job, joined and left (a plain "was a T at" only left)."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org or org == view.value(m.group("cur")):
        return []
    at = view.at(m.start("o"))
    out = [RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past")]
    if m.group("v") != "was":
        out.insert(0, RawClaim("join", person, org, confidence=0.6, at=at, date_override="past"))
    return out


def _b_moves_from_to(view, m, ctx):
    """"X moves from Acme Asia to Acme Europe as CEO": leaves the first, joins the second."""
    person, src, dest = view.value(m.group("p")), view.value(m.group("a")), view.value(m.group("b"))
    if not person or not src or not dest or src == dest:
        return []
    at = view.at(m.start("v"))
    future = _future(m.group("aux"), m.group("v"), _before(view, m))
    role = _rest_role(view, m.group("rest"), 0)
    return [RawClaim("leave", person, src, confidence=0.75, at=at, future=future),
            RawClaim("join", person, dest, role, confidence=0.75, at=at, future=future)]


def _b_signed_from(view, m, ctx):
    """"X, signed from Belgian club Y in the summer": a player bought from Y by the club the article is about."""
    person, src = view.value(m.group("p")), view.value(m.group("f"))
    org = context_org(view, m.start(), ctx, exclude={src})
    if not person or not src:
        return []
    at = view.at(m.start("v"))
    out = [RawClaim("leave", person, src, confidence=0.65, at=at)]
    if org and org != src:
        out.append(RawClaim("join", person, org, confidence=0.6, at=at))
    return out


def _b_founded_by(view, m, ctx):
    """"Acme was founded in 2021 by A, who ..., and B": each founder joins Acme."""
    org = view.value(m.group("o"))
    tags = [m.group("p")] + re.findall(rf"(?:, (?:who|a|an|the) [^,]{{0,100}}? )?(?:,|, and|and) ({_P})", m.group("more"))
    at = view.at(m.start("v"))
    people = [view.value(t) for t in tags]
    return [RawClaim("join", p, org, "Founder", confidence=0.75, at=at) for p in people if p and org]


def _b_comes_from(view, m, ctx):
    """"comes from Acme", "arrives from Acme": the person leaves Acme (and arrives at the organisation in question)."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    at = view.at(m.start("o"))
    out = [RawClaim("leave", person, org, confidence=0.65, at=at, date_override="past")]
    here = None if re.search(r"\bto ", m.group()) else context_org(view, m.start(), ctx, exclude={org})
    if here:
        out.append(RawClaim("join", person, here, confidence=0.6, at=at))
    return out


def _b_from_where_spent(view, m, ctx):
    """"joined A from B, where she spent eight years", "joins from B after 12 years there": a whole stint at B."""
    org = view.value(m.group("o"))
    tag = m.group("p") or (re.findall(_P, view.ph[: m.start()]) or [None])[-1]
    person = view.value(tag)
    if not person or not org:
        return []
    at = view.at(m.start("o"))
    return [RawClaim("join", person, org, confidence=0.6, at=at, date_override="past"),
            RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past")]


def _years(n: str, unit: str) -> int | None:
    v = int(n) if n.isdigit() else NUMBER_WORDS.get(" ".join(n.split()))
    if v is not None and unit.startswith("decade"):
        v *= 10
    return v


def _b_relative_join(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    role = "Founder" if "found" in m.group("v") else None
    return [RawClaim("join", person, org, role, confidence=0.75, at=view.at(m.start("v")))]


def _b_was_formerly(view, m, ctx):
    tag = m.group("ob") or m.group("oa")
    org = view.value(tag)
    person = _nearest_person(view, m.start(), m.end())
    if not person or not org:
        return []
    if _inside_story(view, tag, org, ctx):
        return []  # "X was previously the network's strategy chief": a post inside the story's organisation
    return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("t")), date_override="past")]


def _b_previously(view, m, ctx):
    org = view.value(m.group("o"))
    before = re.findall(_P, view.ph[: m.start()])
    person = view.value(before[-1]) if before else None
    if not person or not org or m.groupdict().get("led") and org == ctx.dominant_org:
        return []  # "previously ran retail at the bank" the story is about: a promotion inside it
    return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("o")), date_override="past")]


_MOVES_ON = re.compile(r"^(?:(?!, who )[^,])*, (?:(?:has|have|will|is|also|now) )*(?:join|joins|joined|joining|T\d+|become|becomes|became|moves|moved|moving|takes|took|starts|started|(?:been )?(?:named|appointed|hired))\b")


def _b_who_ran(view, m, ctx):
    """"X, who ran lending at Apollo, will join as CIO": a job described in the past tense beside a move elsewhere is left."""
    person, org = view.value(m.group("p")), view.value(m.group("o") or m.group("o2"))
    if not person or not org or org == ctx.dominant_org or not _MOVES_ON.match(view.ph[m.end():]):
        return []
    return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("v")), date_override="past")]


def _b_fire(view, m, ctx):
    if re.search(r"\b(?:was|were|been|be|being|is|are)(?: \S+)? $", _pre(view, m)):
        return []
    hirer, fallback = hirer_org(view, m.start("v"), ctx)
    if not hirer:
        return []
    out = []
    for _, person in _listed_people(view, m):
        if hirer != PERSON_ORG + person:
            out.append(RawClaim("leave", person, hirer, confidence=0.65 if fallback else 0.8, at=view.at(m.start("v")), ended=True))
    return out


def _b_since(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    view.affiliation.setdefault(m.group("p"), org)
    title = re.search(_T, m.group())
    if title:  # tenure in a title says nothing about arriving from outside
        if re.search(r"\bhad ", m.group()):
            return []
        return [RawClaim("role", person, org, view.value(title.group()), confidence=0.7, at=view.at(m.start()), dated=False)]
    return [RawClaim("join", person, org, confidence=0.75, at=view.at(m.end() - 2))]


def _gerund(view, m, ctx, kind):
    """"after leaving Shell": the person is the nearest one named before (or else after) in the sentence."""
    org = view.value(m.group("o")) or context_org(view, m.start(), ctx)
    before = re.findall(_P, view.ph[: m.start()])
    after = re.search(_P, view.ph[m.end():])
    tag = before[-1] if before else (after.group() if after else None)
    person = view.value(tag)
    if not person or not org:
        return []
    out = [RawClaim(kind, person, org, confidence=0.65, at=view.at(m.start("v")))]
    if kind == "leave":
        out.extend(_leave_rest(view, person, org, view.ph[m.end():], view.at(m.start("v")), False, ctx))
    subject = _LIST_SUBJECT.match(view.ph)
    if subject and subject.end() <= m.start() and re.findall(_P, subject.group("list"))[-1] == tag:
        # "A and B founded Acme after leaving Shell": the listed subject all left
        out += [RawClaim(kind, p, org, confidence=0.6, at=view.at(m.start("v")))
                for t, p in _listed_people(view, subject) if t != tag]
    return out


_LIST_SUBJECT = re.compile(rf"^ ?(?P<list>{_P}(?: (?:, (?:and )?|and ){_P})+) (?!'s)")


def _b_found(view, m, ctx):
    person = view.value(m.group("p"))
    if not person:
        return []
    at = view.at(m.start("v"))
    future = _future(m.group("aux"), m.group("v"))
    if m.group("o"):
        org = view.value(m.group("o"))
        c = RawClaim("join", person, org, "Founder", confidence=0.8, at=at, future=future)
        if m.group("oa") and view.value(m.group("oa")) != org:
            c.parent = (org, view.value(m.group("oa")))
        return [c]
    if m.group("vn") or m.group("vo"):
        return [RawClaim("join", person, view.value(m.group("vn") or m.group("vo")), "Founder", confidence=0.75, at=at, future=future)]
    return [RawClaim("join", person, STARTUP.format(person), "Founder", confidence=0.7, at=at, future=future)]


def _b_role_is(view, m, ctx):
    person = view.value(m.group("p"))
    org = view.value(m.group("ob")) or view.value(m.group("oa"))
    conf = 0.8
    if not org:
        org = context_org(view, m.start(), ctx, exclude={view.former.get(m.group("p"))})
        conf = 0.6
    tm = view.mentions.get(m.group("t"))
    if not person or not org or tm and tm.former and m.group("cop") in ("is", "remains"):
        return []  # "X is a former CEO of Y": a past job, which the title-of rule reads as a leave
    became = bool(re.search(r"\b(?:became|become|becomes|becoming|takes|took|take|taking)\b", m.group("cop")))
    out = [RawClaim("role", person, org, view.value(m.group("t")), confidence=conf, at=view.at(m.start("cop")), dated=became)]
    if became and conf > 0.6 and view.former.get(m.group("p")) not in (None, org):
        # "X, previously head of A, becomes CEO of B": a move from A to B
        out.append(RawClaim("join", person, org, view.value(m.group("t")), confidence=0.7, at=view.at(m.start("cop"))))
    return out


def _b_holds(view, m, ctx):
    person = view.value(m.group("p"))
    org = view.value(m.group("ob")) or view.value(m.group("oa"))
    if not person or not org:
        return []
    return [RawClaim("role", person, org, view.value(m.group("t")), confidence=0.75, at=view.at(m.start("v")), dated=False)]


def _b_list_join(view, m, ctx):
    """"A and B will join Acme's board": each one joins."""
    org = view.value(m.group("o"))
    if not org:
        return []
    future = _future(m.group("aux"), m.group("v"))
    at = view.at(m.start("v"))
    role = "Board Member" if m.group("board") else _rest_role(view, m.group("rest"), 0)
    f = _REST_FROM.match(m.group("rest"))
    # "A and B have joined Acme from Beta", "A and B, both from Beta, join Acme": both left Beta
    came_from = (view.value(f.group("f")) if f else None) or view.value(m.group("fa"))
    out = []
    for tag, person in _listed_people(view, m):
        out.append(RawClaim("join", person, org, role, confidence=0.75, at=at, future=future))
        # a board seat is held beside the day job: "Acme partner A and B will join Beta's board" leaves Acme for neither
        here = came_from or (None if m.group("board") else view.affiliation.get(tag)) or view.former.get(tag)
        if here and here != org:
            out.append(RawClaim("leave", person, here, confidence=0.6, at=at, future=future))
    return out


def _b_roster(view, m, ctx):
    """A line of an appointments list, "- Chief Financial Officer: A (currently ...)": A holds the title at the issuer."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not org or org.split()[-1] in _UNIT_WORDS:
        org = ctx.dominant_org  # "Chief Operating Officer, Energy Group: A" is a post in the issuer's own unit
    if not person or not org:
        return []
    return [RawClaim("role", person, org, view.value(m.group("t")), confidence=0.6, at=view.at(m.start("p")))]


def _b_won_seats(view, m, ctx):
    """"A, B and C won seats on the board": each joins the board of the organisation the text is about."""
    org = view.value(m.group("o")) or ctx.dominant_org
    if not org:
        return []
    future = _future(m.group("aux"), m.group("v"))
    at = view.at(m.start("v"))
    out = []
    for _, person in _listed_people(view, m):
        out.append(RawClaim("join", person, org, "Board Member", confidence=0.7, at=at, future=future))
    return out


def _b_list_leave(view, m, ctx):
    """"A and B have both left Acme": each one leaves."""
    org = view.value(m.group("o"))
    if not org:
        return []
    future = _future(m.group("aux"), m.group("v"))
    at = view.at(m.start("v"))
    return [RawClaim("leave", person, org, confidence=0.8, at=at, future=future, ended=_done(m.group("v"), future, view.ph[m.end():]))
            for _, person in _listed_people(view, m)]


def _b_list_both_former(view, m, ctx):
    """"A and B, both former Monzo engineers": each one left Monzo."""
    org = view.value(m.group("o"))
    if not org:
        return []
    at = view.at(m.start("v"))
    return [RawClaim("leave", person, org, confidence=0.6, at=at, date_override="past") for _, person in _listed_people(view, m)]


def _nearest_person(view, start: int, end: int) -> str | None:
    before = re.findall(_P, view.ph[:start])
    if before:
        return view.value(before[-1])
    after = re.search(_P, view.ph[end:])
    return view.value(after.group()) if after else None


def _b_title_of(view, m, ctx):
    """"... and is a former chief executive of Norwegian group Telenor": the title's holder is the person before."""
    tm = view.mentions.get(m.group("t"))
    org = view.value(m.group("o"))
    person = _nearest_person(view, m.start(), m.end())
    if not tm or not org or not person:
        return []
    if tm.former or m.group("was"):
        return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("t")), date_override="past")]
    return [RawClaim("role", person, org, tm.value, confidence=0.65, at=view.at(m.start("t")), dated=False)]


_FOUND_V = _verbs("found")
_FOUND_IN_REST = re.compile(
    rf"^ (?:\S+ ){{0,4}}?(?:to|and|, and) (?:(?:eventually|then|later|soon) )?{_FOUND_V} "
    rf"(?:(?:(?P<n>{_O})(?! 's))|{_NEW_VENTURE_AFTER_LEAVING})"
)

WHERE_ROLE = re.compile(
    rf"(?P<o>{_O}) , where (?P<p>{_P}) (?P<cop>has been|is|serves as|has served as|now serves as|currently serves as) {_DET}(?P<t>{_T})"
)
HELD_AT = re.compile(
    rf"(?P<p>{_P}) (?:(?:(?!{_P})\S+ ){{0,12}}?(?:, )?(?:and )?(?:before that |earlier |previously |has previously )?)?(?:previously |also |had )?(?:held|has held) (?:[a-z][a-z\-]* ){{0,3}}?(?:positions?|roles?|posts?|jobs?) "
    rf"(?:of (?:increasing|growing|rising) (?:responsibility|seniority) )?(?:at|with) (?P<list>{_O}(?: (?:, (?:and )?|and ){_O})*)"
)
STAGE_B: list[tuple[re.Pattern, Handler]] = [
    (re.compile(rf"{_SUBJ}(?:has|had|have) (?:been|worked|served) (?:\S+ ){{0,3}}?(?:at|with|for) (?:the )?(?P<o>{_O}) (?:since|for) "), _b_since),
    (re.compile(
        rf"(?P<list>{_P}(?: (?:, (?:and )?|and ){_P})+) (?:, (?:all|both) (?:from|of|formerly of|ex-) (?:the )?(?P<fa>{_O}) , )?"
        rf"{_AUX}(?P<v>{_verbs('join')}) (?:the )?(?P<o>{_O})"
        rf"(?P<board> 's (?:[a-z\-]+ )?board)?(?P<rest>.*)$"), _b_list_join),
    (re.compile(rf"^ (?:[a-z][a-z\-]* )?(?:{_T} , )*(?P<t>{_T})(?: , (?:the )?(?P<o>{_O}))? : (?P<p>{_P})(?= \(| ,| \.|\s*$)"), _b_roster),
    (re.compile(
        rf"(?P<list>{_PLIST}) {_AUX}(?P<v>won|win|wins|winning|secured|secures|took|takes|gained|gains) (?:(?:a|their|his|her) )?(?:board )?seats? "
        rf"on (?:the |its |their |(?P<o>{_O}) 's )(?:[a-z0-9\-]+ ){{0,2}}?board\b"), _b_won_seats),
    (re.compile(
        rf"(?P<list>{_P}(?: (?:, (?:and )?|and ){_P})+) {_AUX}(?:both |all )?(?P<v>{_verbs('leave')}) (?:the )?(?P<o>{_O})(?: 's (?:[a-z][a-z\-]* ){{0,2}}?{_UNIT_NOUNS}|(?! 's))"),
     _b_list_leave),
    (re.compile(
        rf"(?P<list>{_PLIST}) , (?:(?:its|their|the|a|an) (?:[a-z][a-z\-]* )?T\d+ , )?(?:both|all) (?P<v>former|ex-) (?:the )?(?P<o>{_O}) (?:[a-z][a-z\-]*|T\d+)(?= ,| \.| who |\s*$)"),
     _b_list_both_former),
    (re.compile(
        rf"\b(?:(?P<was>was|had been)|is|remains) (?:a|an|the|its|their) (?:{_NOT_FUNCTION}[a-z][a-z\-]* )?(?P<t>{_T}) "
        rf"(?:(?:of|in) (?:(?:{_NOT_FUNCTION}[a-z][a-z\-]* ){{1,2}}|{_O} )(?=at ))?(?:of|at|with) (?:the )?"
        rf"(?:{_NOT_FUNCTION}[a-z][a-z\-]* ){{0,3}}?(?P<o>{_O})(?! 's)"), _b_title_of),
    (re.compile(
        rf"(?P<p>{_P}) (?:has |had )?(?:announced|confirmed|disclosed|revealed|said|made) {_P} 's "
        rf"(?:[a-z][a-z\-]* )?(?P<v>departure|exit|resignation|retirement|decision|plans?|intention)(?: to (?:leave|step down|depart|retire))?"
        rf"(?: (?:from|at) (?:the )?(?P<o>{_O}))?"), _b_announced_departure),
    (re.compile(
        rf"(?P<o>{_O}) (?:has |had |also )*(?P<v>lost) (?:[a-z][a-z\-]* ){{0,3}}?(?:, )?(?P<list>{_PLIST}) (?:, )?to (?:the |rival |[a-z][a-z\-]* )?(?P<n>{_O})"),
     _b_lost_to),
    (WHERE_ROLE, _b_where_role),
    (HELD_AT, _b_held_at),
    (re.compile(  # "Before that he was provost at Eastbrook College for six years"
        rf"\b(?:before that|before then|prior to that|earlier) (?:, )?{_P} (?:was|served as) {_DET}(?:(?P<oa>{_O}) (?:'s )?)?(?P<t>{_T})"
        rf" (?:at|of|with|for) (?:the )?{_DESCR}(?P<ob>{_O})"), _b_was_formerly),
    (re.compile(
        rf"\b(?:was|had been) (?P<v>formerly|previously|most recently|until recently|once) {_DET}(?:(?P<oa>{_O}) (?:'s )?)?(?P<t>{_T})"
        rf"(?: (?:at|of|with|for) (?:the )?{_DESCR}(?P<ob>{_O}))?"), _b_was_formerly),
    (re.compile(
        rf"{_SUBJ}{_AUX}(?P<v>{_verbs('join')})(?: (?:the )?(?P<board>(?:[a-z]+ )?board of (?:the )?)?(?P<o>{_O})(?: 's (?:[a-z][a-z\-]* ){{0,2}}?{_UNIT_NOUNS})?)?(?P<rest> .*)$"),
     _b_join),
    (re.compile(
        rf"{_SUBJ}{_AUX}(?P<v>{_verbs('leave')})(?: (?:the )?(?P<o>{_O})(?: 's (?:[a-z][a-z\-]* ){{0,2}}?{_UNIT_NOUNS})?)?(?P<rest> .*)$"),
     _b_leave),
    (re.compile(
        rf"{_SUBJ}{_AUX}(?P<v>(?:\" )?(?:stepping|stepped|steps|step) (?:away|down|aside) (?:\" )?from (?:{_P} 's|{_P}|his|her|their) (?:post|position|role|job|seat)"
        rf"|{_verbs('leave_as')}|(?:leaving|leaves|left|quit|quits|quitting|vacating|vacates|vacated) (?:{_P} 's|his|her|their) (?:post|position|role|job|seat))(?:{_WHEN_AS} as (?:the |its |their )?(?:(?P<oa>{_O}) (?:'s )?)?(?:(?P<t>{_T})|{_PLAIN_POST}(?= (?:of|at) ))"
        rf"(?: (?:of|at) (?:the )?(?:{_NOT_FUNCTION}[a-z][a-z\-]* ){{0,2}}?(?P<ob>{_O}))?)?(?: (?:from|at) (?:the )?(?P<oc>{_O}))?(?P<rest>.*)$"), _b_leave_as),
    (re.compile(
        rf"(?<![\w'-])(?P<v>{_verbs('hire')}) (?:on |aboard |away )?(?:of )?(?:\( )?(?:(?:[a-z][a-z\-]* ){{1,3}}(?:from (?:the |rival )?(?P<pf>{_O}) )?(?:, |: |— |including |like |such as )|(?:[a-z][a-z\-]* ){{0,4}}(?:chief|head|boss|star) (?:, )?)?(?P<list>{_PLIST})(?: (?:in|on|aboard))?(?P<rest>.*)$"), _b_hire),
    (re.compile(rf"(?<![\w'-])(?P<v>bring|brought|bringing|brings) (?P<list>{_PLIST}) (?:in|on|aboard|back)\b(?P<rest>.*)$"), _b_hire),
    # "is pleased to welcome Jo Doe to the board as a non-executive director"
    (re.compile(rf"(?<![\w'-])(?P<v>welcome|welcomes|welcomed|welcoming) (?:back )?(?P<list>{_PLIST})(?P<rest> (?:to|as|aboard) .*)$"), _b_hire),
    (re.compile(
        rf"(?<![\w'-])(?P<v>{_verbs('appoint')}|confirmed(?= {_PLIST} as )|(?:appointment|promotion|election) of(?= {_PLIST} (?:, [^,]{{0,80}}? , )?(?:as|to) )) {_RANK}(?P<list>{_PLIST})(?P<mid> (?:, [^,]{{0,80}}? , |from (?:the )?{_O} |, )?)"
        rf"(?:as |to (?:the )?(?:role |post |position |job |office |rank )?(?:of )?|to (?:be |become )|to serve as )?{_DET}"
        rf"(?:(?P<oa>{_O}) (?:'s )?)?(?:(?<= as ){_NOT_FUNCTION}{_NOT_POSS}[a-z][a-z\-]* (?=T\d))?(?P<t>{_T})(?: (?:of|at|for) (?:the )?{_DESCR}(?P<ob>{_O}))?(?P<rest>.*)$"), _b_appoint),
    # "Acme has appointed an acting head of real estate, Jo Doe, from within": the post first, then who takes it
    (re.compile(
        rf"(?<![\w'-])(?P<v>{_verbs('appoint')}) (?:a|an|the|its|their) (?:(?:new|permanent) )?(?P<oa>(?!))?(?P<t>{_T})"
        rf"(?: (?:of|for) {_NOT_FUNCTION}[a-z][a-z\-]*(?: (?:and |& )?[a-z][a-z\-]*){{0,2}})? (?:, |: )(?P<list>{_PLIST})"
        rf"(?P<mid>(?!))?(?P<ob>(?!))?(?P<rest>(?: ,| \.|\s*$).*)$"), _b_appoint),
    (re.compile(rf"(?<![\w'-])(?P<v>{_verbs('appoint')}) (?P<list>{_PLIST}) to (?:lead|head|run|oversee|helm) (?:the )?{_DESCR}(?P<o>{_O})(?! 's)"),
     _b_appoint_to_lead),
    (re.compile(
        rf"(?<![\w'-])(?P<v>{_verbs('appoint')}) (?P<list>{_PLIST})(?P<mid> (?:, [^,]{{0,80}}? , |, )?)to (?:the|this|that) "
        rf"(?:post|role|position|job)\b(?P<oa>(?!))?(?P<ob>(?!))?(?P<t>(?!))?(?P<rest>.*)$"), _b_appoint_post),
    (re.compile(
        rf"(?P<p>{_P}) (?:, )?(?:who )?{_AUX}(?P<be>has been|have been|had been|was|were|is|are|will be|would be|'s been|to be|being|been|be|got|gets) "
        rf"(?:(?:also|recently|officially|formally|now|just|reportedly|effectively|quietly|unceremoniously) )?"
        rf"(?P<v>{_verbs('appoint')}|hired|recruited|poached|lured|brought in|brought on|snapped up|ousted|fired|sacked|dismissed|removed|pushed out|forced out|let go|succeeded|replaced|sworn in|confirmed) (?P<rest>.*)$"),
     _b_passive),
    (re.compile(rf"\b(?P<v>reports|reported|report|reporting) (?:directly )?to (?:the )?(?:(?P<o>{_O}) (?:'s )?)?(?:(?P<m>{_P})|(?P<t>{_T})|(?P<me>me)\b)"), _b_report),
    (re.compile(rf"(?P<p>{_P}) (?:, )?{_AUX}(?P<v>{_verbs('succeed')}) (?P<q>{_P})(?P<rest>.*)$"), _b_succeed),
    (re.compile(rf"(?:,|and) (?P<v>succeeding|replacing|taking over from) (?P<q>{_P})"), _b_succeeding),
    (re.compile(
        rf"(?P<p>{_P}) (?:, who (?:(?!{_P})[^,])*? (?:and )?|{_AUX})(?:will|would|is to|to) (?:then )?(?P<v>return|revert) to (?:his|her|their|{_P} 's|{_P}) (?:previous |former |old |prior |earlier )?"
        rf"(?:role|post|position|job|duties) as {_DET}(?:(?P<oa>{_O}) 's )?(?P<t>{_T})(?: (?:of|at) (?:the )?(?P<o>{_O}))?"), _b_returns_to_role),
    (re.compile(
        rf"(?P<p>{_P}) 's (?:[a-z][a-z\-]* ){{0,2}}?(?P<v>move|departure|exit|defection|jump|switch|shift|return|leap) "
        rf"(?:from (?:the )?(?P<a>{_O}) )?to (?:the |rival )?(?P<b>{_O})"), _b_nominal_move),
    (re.compile(
        rf"(?P<p>{_P}) 's (?:[a-z][a-z\-]* ){{0,2}}?(?P<v>departure|exit|resignation|ouster|retirement|firing|dismissal|exodus) "
        rf"from (?:the )?(?P<a>{_O})"), _b_nominal_leave),
    (re.compile(
        rf"(?P<o>{_O}) 's (?:[a-z][a-z\-]* ){{0,2}}?(?P<v>hiring|recruiting|recruitment|poaching|hire|hires|acquisition|appointment|addition) "
        rf"of (?P<list>{_PLIST})"), _b_org_hiring),
    (re.compile(
        rf"\b(?P<v>hires|recruits|hirings|additions|recruitment|signings|poaching)(?: (?:like|such as|including|of)| \(| :) (?:(?:the|ex-|former) )?(?:{_NOT_FUNCTION}[a-z][a-z\-]* ){{0,3}}?(?P<list>{_PLIST})"),
     _b_hires_noun),
    (re.compile(
        rf"\b(?:after|following|with|following) (?P<more>more than |nearly |almost |over |some |about |roughly )?(?P<n>{_NUM}) "
        rf"(?P<u>years?|decades?) (?:at|with|in) (?:the )?(?P<o>{_O})"), _b_years_at),
    (re.compile(
        rf"{_SUBJ}(?:previously |formerly |had )?(?:spent|worked for|served for) (?:the (?:last|past|previous) )?(?:more than |nearly |almost |over |some |about |a )?(?P<n>{_NUM} (?:years?|decades?)|decade)"
        rf" (?:as (?:a |an |the )?(?:[a-z][a-z\-]* )?T\d+ )?(?:at|with|in) (?:the )?(?:[a-z][a-z\-]* 's )?(?:{_O} 's (?=O\d))?(?P<o>{_O})"), _b_spent),  # "at PepsiCo's Frito-Lay": the unit
    (re.compile(
        rf"{_SUBJ}{_AUX}(?P<v>moves|moved|moving|move|switches|switched|switching|transfers|transferred|transferring) "
        rf"from (?:the )?(?P<a>{_O}) to (?:the )?(?P<b>{_O})(?! 's)(?P<rest>.*)$"), _b_moves_from_to),
    (re.compile(
        rf"(?P<p>{_P}) , (?:who was )?(?P<v>signed|bought|acquired) (?:\S+ ){{0,2}}?from (?:the )?"
        rf"(?:(?:[a-z][a-z\-]* )?(?:side|club|outfit|team|rivals?) )?(?P<f>{_O})"), _b_signed_from),
    (re.compile(rf"{_SUBJ}{_AUX}(?:comes|came|coming|arrives|arrived|arriving) (?:to (?:the )?(?:{_O} |[a-z][a-z\-]* )(?:(?:in|last|this|earlier|late|early) (?:[a-z]+ )?(?:\d{{4}} |year |month |spring |summer |autumn |fall |winter ))?)?"
                rf"from (?:the |rival )?(?:[a-z][a-z\-]* ){{0,2}}?(?:{_O} (?={_O}))?(?P<o>{_O})"),
     _b_comes_from),
    (re.compile(
        rf"\bfrom (?:the )?(?:[a-z][a-z\-]* ){{0,2}}?(?P<o>{_O}) (?:, where (?P<p>{_P}) (?:(?:had )?(?:spent|served|worked|practi[cs]ed|taught) (?:for )?"
        rf"(?:more than |nearly |almost |over |some |about |a |the )?(?:{_NUM} |a )(?:years?|decades?)|(?:began|started) (?:{_P}(?: 's)?|his|her|their) career)|after "
        rf"(?:more than |nearly |almost |over |some |about |a |the )?(?:{_NUM} |a )(?:years?|decades?))(?!(?: \S+)? (?:before|earlier|prior))(?= there| ,| \.|\s*$| in | as | at| and | [a-z]+ing\b)"),
     _b_from_where_spent),
    (re.compile(
        rf"\b(?:(?:began|begun|begins|begin|beginning|started|starts|start|starting|launched|launching) (?:{_P} (?:'s )?|his |her |their )"
        rf"(?:[a-z][a-z\-]* )?career|(?:after|before|following) (?:working|stints?|spending (?:\S+ ){{1,4}}?(?:years?|decades?)|(?:a |an |his |her |their )(?:[a-z][a-z\-]* ){{0,2}}?(?:career|stint|tenure|spell))"
        rf"|(?<!has )(?<!have )(?<!had )(?<!'s )(?:spending|spent) (?:more than |nearly |almost |over |some |about |a )?"
        rf"(?:{_NUM} |a )(?:years?|decades?)|(?<!has )(?<!have )(?<!who )worked) "
        rf"(?:(?!{_P}|{_O})\S+ ){{0,5}}?(?:(?:at|with|for) (?:the )?(?:{_O} 's (?=O\d))?(?P<o>{_O})(?! 's| {_SITE_NOUNS}\b)|on the (?:faculty|staff) of (?:the )?(?P<f>{_O}))"), _b_career),
    (re.compile(
        rf"(?:after|before|upon|following|since) (?P<v>leaving|departing|quitting|exiting|retiring from|resigning from)(?: (?:the )?(?P<o>{_O}))?"),
     lambda view, m, ctx: _gerund(view, m, ctx, "leave")),
    (re.compile(rf"(?:after|before|upon|following|since) (?P<v>joining|rejoining) (?:the )?(?P<o>{_O})"),
     lambda view, m, ctx: _gerund(view, m, ctx, "join")),
    (re.compile(
        rf"^ ?(?:(?:before|prior to) (?:joining |coming to |moving to )?(?:the )?(?P<cur>{_O})|(?:earlier|early) in (?:{_P} 's|his|her|their) career"
        rf"|before that|previously) , (?P<p>{_P}) (?:had )?(?P<v>was|worked|served|practi[cs]ed|taught|consulted|trained) "
        rf"(?:(?!{_P}|{_O})\S+ ){{0,8}}?(?:at|with|for|of) (?:the )?(?P<o>{_O})(?! 's)"), _b_before_joining),
    (re.compile(
        rf"(?P<o>{_O}) (?:was|were|had been|is) (?:(?:first|originally|jointly) )?(?P<v>founded|co-founded|cofounded|started|established|set up) "
        rf"(?:in (?:[a-z]+ )?\d{{4}} )?by (?P<p>{_P})(?P<more>(?:(?: , (?:who|a|an|the) [^,]{{0,100}}?)? (?:,|, and|and) {_P})*)"),
     _b_founded_by),
    (re.compile(rf"(?P<o>{_O}) , (?:which|where) (?P<p>{_P}) (?:had |has |first |originally )?(?P<v>joined|co-founded|cofounded|founded)\b"), _b_relative_join),
    (re.compile(rf"\b(?P<v>previously|formerly|once|earlier|most recently|until recently) (?:worked|served|was|(?P<led>led|ran|headed|oversaw|managed)|spent (?:\S+ ){{1,3}}?)(?: (?:[a-z0-9][a-z0-9\-]*|T\d+)){{0,6}}? (?:at|for|with|(?<=T\d )of|(?<=T\d\d )of) (?:the )?(?P<o>{_O})"),
     _b_previously),
    (re.compile(rf"(?P<p>{_P}) , (?:(?:a|an) (?:(?:[a-z][a-z\-]*|{_O}) ){{1,3}})?who (?:until (?:\S+ ){{1,3}}?)?(?P<v>led|ran|headed|oversaw|managed|directed) "
                rf"(?:(?:[a-z0-9][a-z0-9\-]*|T\d+) ){{0,6}}?(?:(?:at|for|with) (?:the )?(?P<o>{_O})(?! 's)|(?:the )?(?P<o2>{_O}) 's )"), _b_who_ran),
    (re.compile(rf"\b(?:was|had been) (?P<v>previously|formerly|most recently|until recently) (?:(?:[a-z][a-z\-]*|T\d+) ){{0,6}}?(?:at|with) (?:the )?(?P<o>{_O})"),
     _b_previously),
    (re.compile(rf"(?<![\w'-])(?P<v>{_verbs('fire')}) (?:(?:its|the|their|longtime) )*(?:(?:{_NOT_FUNCTION}[a-z][a-z\-]* )?{_PERSON_NOUN} )?(?P<list>{_PLIST})"), _b_fire),
    (re.compile(
        rf"{_SUBJ}{_AUX}(?P<v>{_FOUND_V}) (?:(?:the|a|an) )?(?:(?:(?P<oa>{_O}) 's )?(?P<o>{_O})(?! 's)|"
        rf"{_NEW_VENTURE})"), _b_found),
    (re.compile(
        rf"{_SUBJ}(?P<cop>is|remains|will remain|became|becomes|has become|will become|will be|would be|is to be|serves as|will serve as|continues as|is now|, now|, currently|will stay on as|stays on as|will remain as|remains as|will stay as|will continue as|serving as|takes over as|took over as|will take over as|is taking over as|to take over as|has served as|has been serving as) "
        rf"{_DET}(?:(?P<oa>{_O}) (?:'s )?)?(?P<t>{_T})(?: (?:of|at|for|with) (?:the )?{_DESCR}(?P<ob>{_O}))?"), _b_role_is),
    (re.compile(
        rf"{_SUBJ}(?:(?:(?!P\d)\S+ ){{1,12}}?, (?:and )?)?(?:has |had )?(?:also )?(?P<v>maintained|maintains|holds|held|kept|keeps|retains|retained|retain|keep) "
        rf"(?:a|an|his|her|the|their) (?:(?P<oa>{_O}) )?(?P<t>{_T})(?: (?:at|of|with) (?P<ob>{_O}))?"), _b_holds),
]

# handlers whose every pattern needs a title tag (T0) in the sentence
NEEDS_TITLE = frozenset({_a_title_before, _a_apposition, _b_title_of, _b_where_role, _b_was_formerly, _b_appoint, _b_role_is, _b_holds})

def _b_heads(view, m, ctx):
    """"X, who heads Dijkstra's wind division", "X ... and currently heads its marketing", "who chairs the board"."""
    person = view.value(m.group("p"))
    org = view.value(m.group("o2")) or view.value(m.group("o"))
    if not org:
        org = context_org(view, m.start("v"), ctx, exclude={view.former.get(m.group("p"))})
    if not person or not org or org in lexicon().outlets:
        return []
    title = {"chairs": "Chair", "directs": "Director"}.get(m.group("v"), "Head")
    return [RawClaim("role", person, org, title, confidence=0.6, at=view.at(m.start("v")), dated=False)]


HEADS = re.compile(
    rf"(?P<p>{_P}) (?:(?:(?!{_P})[^;.]){{0,100}}?(?:who |and ))?(?:currently |now |also )?(?P<v>heads|chairs|runs|leads|directs) "
    rf"(?:(?P<o>{_O}) 's|its|the)(?: (?!at |of )[a-z][a-z\-]*){{1,4}}(?: (?:at|of) (?:the )?(?P<o2>{_O}))?"
)
STAGE_B.append((HEADS, _b_heads))
STAGE_B.append((COLON_LIST, _b_colon_list))


def _b_led_by(view, m, ctx):
    """"The combined group will be led by X", "the unit is headed by Y": X heads it now or from the move on."""
    person = view.value(m.group("p"))
    org = view.value(m.group("o")) or (ctx.dominant_org if m.group("our") == "our" else None)
    if not org and m.group("it"):
        org = ctx.prev_lead  # "It is chaired by X": the organisation that opened the sentence before
    org = org or context_org(view, m.start(), ctx)
    if not person or not org:
        return []
    future = bool(re.search(r"\b(?:will|would|to)\b", m.group("be")))
    title = "Chair" if "chair" in m.group("v") else "Head"
    return [RawClaim("role", person, org, title, confidence=0.6, at=view.at(m.start("v")), future=future, dated=False)]


STAGE_B.append((re.compile(
    rf"(?:(?P<o>{_O})|\b(?P<our>the|its|our) (?:[a-z][a-z\-]* ){{0,2}}?(?:team|unit|division|group|business|department|lab|office|company|system|firm)|^ (?P<it>it)) "
    rf"(?P<be>(?:will|would) (?:now |then )?be |is (?:now )?|is to be |are to be |to be |, )(?:jointly |temporarily )?(?P<v>led|headed|run|helmed|chaired|co-chaired) by "
    rf"(?:(?:[a-z][a-z\-]*|{_T}) ){{0,2}}?(?P<p>{_P})(?! 's)"), _b_led_by))


def _b_title_is(view, m, ctx):
    """"and its chief executive is Jo Doe", "Acme's chair is Jo Doe": the holder of the organisation's title now."""
    org = view.value(m.group("o"))
    if not org and view.ph.startswith((" it ", " its ")):
        org = ctx.prev_lead  # "It is based in X, and its chief executive is Y": the organisation the sentence before opened with
    org = org or context_org(view, m.start(), ctx)
    if not org or view.mentions[m.group("t")].former:
        return []
    return _title_claims(view, m.group("p"), m.group("t"), org, ctx, view.at(m.start("t")), 0.65)


STAGE_B.append((re.compile(
    rf"(?:^ |, (?:and |while |but )?|(?<![\w'-])and )(?:(?P<o>{_O}) 's|its|their) (?:(?:new|current) )?(?P<t>{_T}) (?:is|remains) "
    rf"(?P<p>{_P})(?! 's)(?= ,| \.| and |\s*$)"), _b_title_is))


_PAST_WHEN = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer"
                        r"|autumn|fall|winter|recent|sudden|abrupt|last year 's|last month 's|last week 's) $")


def _b_departure_of(view, m, ctx):
    """"follows the departure in March of provost Jo Doe", "the July exit of CFO Al Roe": each named person left (the title
    named with them is left too); "the summer sale of captain Al Roe to Rovers": Roe joins Rovers."""
    dest = view.value(m.group("n"))
    org = view.value(m.group("o")) or context_org(view, m.start(), ctx, exclude={dest} if dest else frozenset())
    if not org:
        return []
    planned = bool(re.search(r"\b(?:planned|expected|upcoming|impending|coming|looming|proposed|possible|potential)\s$",
                             view.ph[: m.start("v")]))
    at = view.at(m.start("v"))
    # "the June retirement of", "the departure in March of": a dated departure, done; a bare "the exit of" may be announced
    done = not planned and bool(_PAST_WHEN.search(view.ph[: m.start("v")]) or re.match(r"\S+ (?:in|last|earlier this|late last) ", m.group()))
    out = []
    for p in _people(view, m.group("list")):
        out.append(RawClaim("leave", p, org, confidence=0.6, at=at, future=planned, ended=done))
        if dest and dest != org:
            out.append(RawClaim("join", p, dest, confidence=0.6, at=at, future=planned))
    return out


STAGE_B.append((re.compile(
    rf"\b(?P<v>departure|exit|resignation|retirement|ouster|dismissal|firing|exits|departures|resignations|(?<=the )sale|(?<=summer )sale)"
    rf"(?: (?:in|last|this|earlier this|late last) [a-z]+)? of (?:(?:its|the|their) )?(?:(?!(?:and|who)\b)(?:[a-z][a-z\-]*|{_T}) ){{0,2}}?"
    rf"(?P<list>{_P}(?: (?:, (?:and )?|and |and of (?:(?!and\b)(?:[a-z][a-z\-]*|{_T}) ){{0,2}}?){_P})*)(?! 's)(?: from (?:the )?(?P<o>{_O}))?"
    rf"(?: to (?:the |rival |[a-z][a-z\-]* )?(?P<n>{_O})(?! 's))?"), _b_departure_of))


def _b_gapped_join(view, m, ctx):
    """"A is joining from X and B from Y": the second mover shares the verb."""
    person, left = view.value(m.group("p")), view.value(m.group("f"))
    org = view.value(m.group("o")) or context_org(view, m.start(), ctx, exclude={left, view.value(m.group("f0"))})
    if not person or not org or not left or left == org:
        return []
    at = view.at(m.start("v"))
    future = _future(m.group("aux"), m.group("v"))
    return [RawClaim("join", person, org, confidence=0.65, at=at, future=future),
            RawClaim("leave", person, left, confidence=0.65, at=at, future=future)]


STAGE_B.append((re.compile(
    rf"{_P} {_AUX}(?P<v>{_verbs('join')}) (?:(?:the )?(?P<o>{_O}) )?from (?:the )?(?P<f0>{_O}) (?:, )?and (?P<p>{_P}) from (?:the )?(?P<f>{_O})"),
    _b_gapped_join))


def _b_board_member(view, m, ctx):
    """"appointed X, currently COO at B, as a member of the management board": a board seat at the hirer."""
    person = view.value(m.group("p"))
    org, fallback = hirer_org(view, m.start("v"), ctx)
    if not person or not org or org.startswith(PERSON_ORG):
        return []
    at = view.at(m.start("v"))
    future = _future(_pre(view, m)[-40:], m.group("v"))
    out = [RawClaim("role", person, org, "Board Member", confidence=0.7, at=at, future=future, hired=True)]
    elsewhere = view.titled_at.get(m.group("p")) or view.affiliation.get(m.group("p"))
    if elsewhere and elsewhere != org:
        out.append(RawClaim("join", person, org, "Board Member", confidence=0.65, at=at, future=future, hired=True))
    return out


STAGE_B.append((re.compile(
    rf"(?<![\w'-])(?P<v>{_verbs('appoint')}) (?P<p>{_P}) (?:, )?as (?:a |an )?(?:new )?member of (?:the |its )?(?:[a-z][a-z\-]* ){{0,2}}?board\b"),
    _b_board_member))


def _b_now_works(view, m, ctx):
    """"X, who was fired in 2023 and now works as an analyst for Acme" / "X, now a pundit for Acme,": X's current post."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org or org in lexicon().outlets and not m.group("w"):
        return []
    title = view.value(m.group("t")) if m.group("t") else ("Board Member" if m.group("board") else None)
    return [RawClaim("role", person, org, title, confidence=0.65, at=view.at(m.start("v")), dated=False)]


STAGE_B.append((re.compile(
    rf"(?P<p>{_P}) (?:(?!{_P})[^.;]){{0,80}}?\b(?P<v>now|currently) (?:(?P<w>works|serves|is working|is serving) |(?=, |(?:a|an) ))"
    rf"(?:,? ?(?:as )?(?:a |an |the )?(?:[a-z][a-z\-]* ){{0,2}}?(?P<t>{_T} )?)?(?:(?:for|at|with) |(?P<board>on the board of ))(?:the )?(?P<o>{_O})(?! 's)"),
    _b_now_works))


def _b_board_chaired_by(view, m, ctx):
    """"Acme's board is chaired by X", "The board, chaired by X, also named ...": X chairs that board."""
    person = view.value(m.group("p"))
    org = view.value(m.group("o2")) or view.value(m.group("o"))
    if not org:
        org = context_org(view, m.start(), ctx)
    if not person or not org:
        return []
    future = bool(re.search(r"\bwill\b", m.group("be") or ""))
    return [RawClaim("role", person, org, "Chair", confidence=0.7, at=view.at(m.start("v")), future=future)]


STAGE_B.append((re.compile(
    rf"(?:(?P<o>{_O}) 's |\b(?:the|its) )(?:[a-z0-9][a-z0-9\-]* ){{0,2}}?board(?: of directors)?(?: of (?:the )?(?P<o2>{_O}))?"
    rf" (?:, )?(?P<be>(?:is |was |will be |has been |had been )?)(?P<v>chaired) by (?:(?:[a-z][a-z\-]*|T\d+) ){{0,2}}?(?P<p>{_P})(?! 's)"),
    _b_board_chaired_by))
def _b_own_venture(view, m, ctx):
    """"Her new company, Panenku, will sell ...": the person founded the venture named in apposition."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    return [RawClaim("join", person, org, "Founder", confidence=0.65, at=view.at(m.start("o")))]


STAGE_B.append((re.compile(
    rf"(?P<p>{_P}) 's (?:(?:new|own|latest|fledgling) )+(?:[a-z\-]+ )?{_STARTUP_WORDS} , (?P<o>{_O}) ,"), _b_own_venture))
NEEDS_WORDS_BOARD = (" chaired by ",)
# handlers whose patterns need one of these words in the sentence (a cheap test before the regex)
NEEDS_WORDS = {_b_heads: (" heads ", " chairs ", " runs ", " leads ", " directs "), _b_board_chaired_by: NEEDS_WORDS_BOARD}

_UNIT_WORDS = ("Lab", "Labs", "Laboratory", "Division", "Unit", "Research", "Group", "Team", "Department", "Institute",
               "Center", "Centre", "Studio", "Studios", "Brain")
WHO_CLAUSE = re.compile(
    rf"(?P<p>{_P}) (?:, )?(?:who|whose) [^,]{{0,120}}?,(?: (?:most recently|previously|formerly|until recently|latterly) [^,]{{0,80}}? ,)?(?= \S)"
)
def note_apposition(view: SentenceView, m: re.Match) -> None:
    """"X, head of its shipping arm Acme Fleet, had left": the title's organisation is where X is, once the clause is gone."""
    inner = m.group()[m.end("p") - m.start():]
    orgs = re.findall(_O, inner)
    if orgs and re.match(rf" , {_T} ", inner) and view.value(orgs[-1]):
        view.affiliation.setdefault(m.group("p"), view.value(orgs[-1]))


APPOSITION = re.compile(rf"(?P<p>{_P}) , (?:(?:the|a|an|now|then|currently|also|\d{{1,3}}|{_O} 's|{_T}) [^,]{{0,100}}?,)(?= \S)")

PARENT_PATTERNS = [
    re.compile(rf"(?P<parent>{_O}) 's (?:(?:new|own|fabled|storied|[a-z]+) )?(?P<child>{_O})(?! 's)"),
    re.compile(rf"(?P<child>{_O}) , (?:a |an |the )?(?:[a-z\-]+ ){{0,2}}?(?:unit|subsidiary|division|arm|lab|affiliate|part|branch) of (?P<parent>{_O})"),
    re.compile(rf"(?P<child>{_O}) (?:inside|within) (?P<parent>{_O})"),
]
