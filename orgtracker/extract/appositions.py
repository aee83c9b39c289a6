"""Stage A of the claim rules: titles and appositions fold into the person ("Acme CEO Jo Doe", "Jo Doe, a partner at X")."""

from __future__ import annotations

import re

from .lexicon import alternation, lexicon
from .view import SentenceView
from .rulebase import (
    RawClaim, _NUM, _P, _O, _T, _NOT_FUNCTION, _NOT_POSS, _NOT_VERBISH, _PERSON_NOUN, _JOB_WORD, Handler, _org_of,
    context_org,
)


# --- stage A: titles and appositions collapse into the person ------------------------------------------


def _title_claims(view, p, t, org, ctx, at, conf) -> list[RawClaim]:
    person = view.value(p)
    tm = view.mentions[t]
    if not person or not org:
        return []
    if tm.former:
        view.former.setdefault(p, org)
        return [RawClaim("leave", person, org, None, confidence=conf * 0.7, at=at, date_override="past")]
    out = [RawClaim("role", person, org, tm.value, confidence=conf, at=at, dated=False)]
    view.titled.add(p)
    if "founder" in tm.value.lower():
        out.append(RawClaim("join", person, org, confidence=conf * 0.9, at=at, date_override="past"))
    return out


_ELECTED_OFFICES = frozenset({"Governor", "Mayor", "Prime Minister", "Premier", "Senator", "State Senator", "Congressman", "Congresswoman"})
_OWN_APPOSITION_ORG = re.compile(
    rf" , (?:the |a |an |its )?(?:(?P<o1>{_O}) 's (?:[a-z][a-z\-]* )?{_T}|(?:[a-z][a-z\-]* )?{_T} (?:of|at) (?:the )?(?P<o2>{_O}))"
)


def _a_title_before(view, m, ctx):
    """"CFO Jane Doe", "Acme CFO Jane Doe"; with no organisation, the one an apposition after the name gives."""
    own = None if m.group("o") else _OWN_APPOSITION_ORG.match(view.ph, m.end())
    own_org = own and (view.value(own.group("o1")) or view.value(own.group("o2")))
    org = _org_of(view, m.group("o")) or own_org
    if not org and view.mentions[m.group("t")].value in _ELECTED_OFFICES:
        return []  # "Governor Ana Ruiz named ...": an elected office belongs to no company the article names
    if not org and view.mentions[m.group("t")].former:
        return []  # "former deputy finance minister X": the past employer is not named
    if not org and m.group().startswith(" our ") and ctx.dominant_org:
        org = ctx.dominant_org  # "our CFO, Jo Doe" in a letter or post: the writer's organisation
    if not org and (ctx.prev_lead or ctx.prev_first_org) and m.group().startswith("its ") and re.fullmatch(r" (?:\" )?", view.ph[: m.start()]):
        # "Its founder, X, said": the organisation that opened the sentence before, else the first one it named
        org = ctx.prev_lead or ctx.prev_first_org
    org = org or context_org(view, m.start(), ctx)
    conf = 0.85 if m.group("o") else 0.65
    former = "former" in m.re.groupindex and bool(m.group("former"))
    if m.group("o") and org and not former:
        view.affiliation.setdefault(m.group("p"), org)
        view.titled_at.setdefault(m.group("p"), org)
    if "former" in m.re.groupindex and m.group("former") and m.group("o"):
        person = view.value(m.group("p"))
        view.former[m.group("p")] = org
        return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("t")), date_override="past")] if person else []
    out = _title_claims(view, m.group("p"), m.group("t"), org, ctx, view.at(m.start("t")), conf)
    both = re.match(rf" (?:, )?and (?P<q>{_P})(?! 's)", view.ph[m.end():])
    if both and re.search(r"[a-z]s$", view.mentions[m.group("t")].text):  # "co-founders Ana Ruiz and Chen Hao": both hold it
        out += _title_claims(view, both.group("q"), m.group("t"), org, ctx, view.at(m.start("t")), conf)
    return out


def _a_the_title(view, m, ctx):
    """"The chairman, Ana Ruiz, said": no organisation named, the title is at the one the article is about."""
    person = view.value(m.group("p"))
    if not person or not ctx.dominant_org or view.mentions[m.group("t")].former:
        return []
    return _title_claims(view, m.group("p"), m.group("t"), ctx.dominant_org, ctx, view.at(m.start("t")), 0.6)


_GOVERNMENT_BODY = re.compile(r"^(?:Department|Ministry|Office|Bureau|Agency|Directorate|Secretariat) (?:of|for) ")


def _government_body(view: SentenceView, tag: str | None) -> str | None:
    org = view.value(tag) if tag else None
    return org if org and _GOVERNMENT_BODY.match(org) else None


def _a_apposition(view, m, ctx):
    # "X, the bank's head of Japan ECM,": after a possessive employer, "of Y" is the title's field
    org = _org_of(view, m.group("o1")) or _org_of(view, m.group("o2"))
    if "atref" in m.re.groupindex and m.group("atref") and not org:
        return []  # "a partner at the firm": which firm, the sentence does not say
    conf = 0.85
    if re.search(r"\b(?:former|ex-|onetime|one-time|retired|erstwhile)\b", view.ph[m.start(): m.start("t")]):
        # "X, a former college coach, ...": a title held only in the past
        person = view.value(m.group("p"))
        if not org or not person:
            return []
        view.former.setdefault(m.group("p"), org)
        return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("t")), date_override="past")]
    if not org and view.mentions[m.group("t")].former:
        # "a former deputy director in the Department of Energy": a government body after "in" is the employer
        org = _government_body(view, "o3" in m.re.groupindex and m.group("o3"))
    if not org:
        if view.mentions[m.group("t")].former:
            return []  # "X, a former deputy minister, was appointed": the past employer is not named
        org = context_org(view, m.start(), ctx)
        conf = 0.6
    claims = _title_claims(view, m.group("p"), m.group("t"), org, ctx, view.at(m.start("t")), conf)
    if claims and claims[0].kind == "role" and not m.group("was") and conf > 0.6:
        view.affiliation.setdefault(m.group("p"), org)
        view.titled_at.setdefault(m.group("p"), org)
    if m.group("was") and " since " in m.group():
        return []  # "who had been the hospital's CMO since 2019" (and now promoted): no departure
    if m.group("was") and claims and claims[0].kind == "role":
        if _inside_story(view, m.group("o2") or m.group("o1"), org, ctx):
            return []  # "who was previously head of the company's packaging team": a post inside, no departure
        return [RawClaim("leave", claims[0].person, org, None, confidence=0.5, at=claims[0].at, date_override="past")]
    return claims


def _inside_story(view, tag: str | None, org: str, ctx) -> bool:
    """The organisation is the story's own, written as a reference ("the company's", "its"): an earlier post inside it."""
    return bool(tag) and org == ctx.dominant_org and view.mentions[tag].former


def _a_formerly(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    view.former[m.group("p")] = org
    return [RawClaim("leave", person, org, confidence=0.6, at=view.at(m.start("o")), date_override="past")]


def _a_veteran(view, m, ctx):
    org = view.value(m.group("o"))
    if org:
        view.affiliation.setdefault(m.group("p"), org)
        view.former.setdefault(m.group("p"), org)
    return []


def _a_affiliation(view, m, ctx):
    org = view.value(m.group("o")) or ""
    view.affiliation[m.group("p")] = org
    if "v" in m.re.groupindex and m.group("v") in ("runs", "leads", "heads", "oversees", "manages", "chairs") and org:
        person = view.value(m.group("p"))
        title = "Chair" if m.group("v") == "chairs" else "Head"
        return [RawClaim("role", person, org, title, confidence=0.65, at=view.at(m.start("v")), dated=False)] if person else []
    return []


def _a_job_word(view, m, ctx):
    """"Acme's regional officer, Jo Doe,": a role at the organisation, its title unlisted."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org or org in lexicon().outlets:
        return []
    view.affiliation.setdefault(m.group("p"), org)
    return [RawClaim("role", person, org, None, confidence=0.6, at=view.at(m.start("n")), dated=False)]


def _a_member_of(view, m, ctx):
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org:
        return []
    view.affiliation.setdefault(m.group("p"), org)
    return [RawClaim("role", person, org, "Member", confidence=0.6, at=view.at(m.start("o")), dated=False)]


def _a_person_of(view, m, ctx):
    """"X of Wedbush said", "said X of Wedbush": X speaks for the organisation; "X of Acme will retire": X is at Acme."""
    person, org = view.value(m.group("p")), view.value(m.group("o"))
    if not person or not org or org in lexicon().outlets:
        return []
    view.affiliation.setdefault(m.group("p"), org)
    if not (m.group("said") or _SAID_AFTER.match(view.ph, m.end())):
        return []
    title = "Analyst" if re.search(r"\banalysts?\b", view.ph) else None
    return [RawClaim("role", person, org, title, confidence=0.6, at=view.at(m.start("o")), dated=False)]


_SPEECH = r"(?:said|says|told|added|noted|wrote|argued|warned|predicted|estimated|cautioned|commented)"
# "X of Wedbush in New York said", "X of Wedbush, who rates the stock neutral, said"
_SAID_AFTER = re.compile(
    rf" (?:in (?:{_O}|[a-z][a-z\-]*) )?(?:, (?:who|which) [^,]{{0,120}}? )?(?:, )?(?:also )?{_SPEECH}\b"
)
# degrees after a name ("Jane Doe, M.D., Ph.D., CEO of ..."): "Ph.D." reads as two abbreviations "O1 . O2 ."
_DEGREE = r"(?:rn|md|phd|mba|cpa|cfa|np|dnp|jd|esq|frcp|facs|(?:m\.d|ph\.d|j\.d|d\.o|m\.b\.a|d\.phil|esq|sc\.d) \.|O\d+ \. O\d+ \.)"
STAGE_A: list[tuple[re.Pattern, Handler, str]] = [
    # the age: "Jane Doe, 58, a former ..." keeps its apposition, "Jane Doe, 58, will retire" its verb
    (re.compile(rf"(?P<p>{_P}) , \d{{1,3}} , (?=(?:a|an|the|who|whose|former|ex-|retired|currently|now|then|previously|formerly|{_T}|{_O}) )"),
     lambda view, m, ctx: [], r"\g<p> , "),
    (re.compile(rf"(?P<p>{_P}) , \d{{1,3}} , "), lambda view, m, ctx: [], r"\g<p> "),
    (re.compile(rf"(?P<p>{_P})(?: , {_DEGREE})+(?: ,(?= as )|(?= , ))"), lambda view, m, ctx: [], r"\g<p>"),
    (re.compile(rf"(?P<said>\b(?:{_SPEECH}|according to) )?(?P<p>{_P}) of (?:the )?(?P<o>{_O})(?! 's| of| and {_O})"), _a_person_of,
     r"\g<said>\g<p>"),
    (re.compile(rf"(?P<t>{_T}) of (?:the )?(?P<o>{_O}) (?P<p>{_P})(?! 's)"), _a_title_before, r"\g<p>"),  # "Minister of Health Jane Doe"
    (re.compile(rf"(?P<former>(?:former|ex-) )?(?:(?P<o>{_O}) (?:'s )?)?(?:(?:the|its|their|new|longtime|current) )*(?P<t>{_T})"
                rf"(?: (?:of|for) {_NOT_FUNCTION}{_NOT_POSS}[a-z][a-z\-]*(?: {_NOT_FUNCTION}[a-z][a-z\-]*){{0,2}})? (?P<p>{_P})"),
     _a_title_before, r"\g<p>"),
    (re.compile(rf"(?:(?P<o>{_O}) 's|its|their|his|her|our) (?:(?:the|new|longtime|current|former) )*(?:{_NOT_FUNCTION}{_NOT_POSS}[a-z][a-z\-]* ){{0,2}}?(?P<t>{_T}) , (?P<p>{_P})(?: ,(?= \S)|(?= \.|\s*$))"),
     _a_title_before, r"\g<p>"),
    # "The chairman of the board, Ana Ruiz, thanked ...": the title of the organisation the text is about
    (re.compile(rf"(?:^ |, |(?<![\w'-])(?:by|said|says|told|and) )(?:\" )?the (?:(?:new|longtime|current) )?(?P<o>(?!))?(?P<t>{_T})(?: of the board)? , (?P<p>{_P})(?: ,(?= \S)|(?= \.|\s*$))"),
     _a_the_title, r"\g<p>"),
    (re.compile(
        rf"(?P<p>{_P}) (?:,|—) (?:\d{{1,3}} , )?(?:(?:rn|md|phd|mba|cpa|cfa|np) , )?(?!(?:previously|formerly|most recently|until recently|once|earlier|ex-) )"
        rf"(?:(?:the |a |an )?(?:[a-z][a-z\-]* )?who (?:(?P<was>was|had been)|is|has been|serves as|has served as|remains) )?(?:(?:the|a|an|its|his|her|their|now|currently) )*"
        rf"(?:(?P<o1>{_O}) (?:'s )?)?(?:{_NOT_FUNCTION}[a-z][a-z\-]* ){{0,3}}?(?P<t>{_T})(?: (?:of|for) (?:the )?{_NOT_FUNCTION}[a-z][a-z\-]*(?: 's)?(?: (?:and |& )?{_NOT_FUNCTION}[a-z][a-z\-]*){{0,3}}|(?: (?:in charge of|responsible for)(?: (?:and |& )?[a-z][a-z\-]*){{1,5}}))?"
        rf"(?: (?:of|at|for|with) (?:the )?(?:{_NOT_FUNCTION}[a-z][a-z\-]* ){{0,3}}?(?P<o2>{_O})(?: 's(?: (?:[a-z][a-z\-]*|&|{_O})){{1,4}}| board(?: of (?:directors|trustees|governors|regents))?)?)?(?: in (?:the |its |our )?(?:(?P<o3>{_O})|[a-z][a-z\-]*(?: [a-z][a-z\-]*)?)(?: office| bureau| branch)?)?(?: since (?:\d{{4}}|{_O}))?(?P<atref> (?:at|of) the (?:company|firm|group|bank|trust|hospital|university|club|agency|council|union|school|paper|newspaper))?(?= ,| \.| \)| ;| and | who | —| \x22|\s*$)"),
     _a_apposition, r"\g<p>"),
    (re.compile(rf"(?P<p>{_P}) \( (?P<was>(?!))?(?:(?P<o1>{_O}) (?:'s )?)?(?P<t>{_T})(?: (?:of|at) (?:the )?(?P<o2>{_O}))? \)"),
     _a_apposition, r"\g<p>"),
    (re.compile(rf"\b(?:a|an|the) (?P<t>{_T}) (?:at|of|with|for) (?:the )?(?P<o>{_O}) , (?P<p>{_P})(?= ,| \.|\s*$)"),
     _a_title_before, r"\g<p>"),
    (re.compile(
        rf"(?P<p>{_P}) , (?:who )?(?:had |has )?(?:previously|formerly|most recently|until recently|earlier|once) "
        rf"(?:[a-z][a-z\-]* |T\d+ ){{0,6}}?(?:at|of|with|for|in(?= (?:the )?{_O} 's)) (?:the )?(?:[a-z][a-z\-]* ){{0,2}}?(?P<o>{_O})(?: 's(?: [a-z][a-z\-]*){{1,3}}(?= ,))?(?: ,(?= \S))?"),
     _a_formerly, r"\g<p>"),
    # "X, a former Acme executive who ran its plant business, as CEO": the whole apposition, to its closing comma
    (re.compile(rf"(?P<p>{_P}) , (?:a |an |the )?(?:former|ex-|retired|onetime|one-time) (?P<o>{_O}) (?:'s )?(?:[a-z][a-z\-]* |T\d+ ){{1,2}}"
                rf"(?:(?:for|in|with|based|until) [^,;]{{0,100}}?)?, "), _a_formerly, r"\g<p> "),
    (re.compile(rf"(?P<p>{_P}) , (?:a |the )?(?:former|ex-|retired) (?P<o>{_O}) (?:'s )?(?:(?!who |whose )[a-z][a-z\-]* |T\d+ ){{0,2}}(?:, )?"),
     _a_formerly, r"\g<p> "),
    (re.compile(rf"(?P<p>{_P}) , (?:a |an |the )?(?:former|ex-) (?:[a-z][a-z\-]* ){{1,2}}(?:of|at|with) (?:the )?(?P<o>{_O})(?: ,(?= \S))?"),
     _a_formerly, r"\g<p>"),  # "X, a former executive of Acme,"
    (re.compile(rf"(?:a |the )?(?:former|ex-) (?P<o>{_O}) (?:'s )?(?:[a-z][a-z\-]* |T\d+ ){{0,2}}?(?:, (?={_P} ,))?(?P<p>{_P})"),
     _a_formerly, r"\g<p>"),
    (re.compile(rf"(?P<p>{_P}) , (?:a |an )?(?:[\w-]+ )?(?P<o>{_O}) (?:veteran|alumnus|alum|alumna)(?: ,(?= \S))?"), _a_veteran, r"\g<p>"),
    (re.compile(
        rf"(?P<o>{_O}) (?:'s (?:{_NOT_FUNCTION}{_NOT_VERBISH}[a-z][a-z\-]* ){{0,2}}|(?:{_NOT_FUNCTION}{_NOT_VERBISH}[a-z][a-z\-]* )?{_PERSON_NOUN} )"
        rf"(?P<p>{_P})(?! 's)"), _a_affiliation, r"\g<p>"),
    # "The Royal College's regional officer, Jo Doe, said": a job word that is no listed title, the name in commas
    (re.compile(rf"(?P<o>{_O}) 's (?:{_NOT_FUNCTION}{_NOT_POSS}[a-z][a-z\-]* ){{0,2}}?(?!(?:previous|former|then|late)\b)(?P<n>{_JOB_WORD}) , (?P<p>{_P})(?: ,(?= \S)|(?= \.|\s*$))"),
     _a_job_word, r"\g<p>"),
    # "Harbor Lane, whose founder, Jo Doe, ..." and "Acme CFO, Jo Doe, said": the organisation's title, the name in commas
    (re.compile(rf"(?P<o>{_O}) (?:, whose (?:{_NOT_FUNCTION}[a-z][a-z\-]* ){{0,2}}?)?(?P<t>{_T}) , (?P<p>{_P})(?: ,(?= \S)|(?= \.|\s*$))"),
     _a_title_before, r"\g<p>"),
    # "Jo Doe, a member of Acme's audit committee,": a seat at Acme
    (re.compile(rf"(?P<p>{_P}) , (?:a |an )?(?:[a-z][a-z\-]* )?member of (?:the )?(?P<o>{_O})(?: 's(?: [a-z][a-z\-]*){{1,3}})?(?= ,| \.|\s*$)"),
     _a_member_of, r"\g<p>"),
    # "a Halvern spokesman, Tom Doe, declined": the organisation's title after an article, the name in commas
    (re.compile(rf"\b(?:a|an) (?P<o>{_O}) (?P<t>{_T}) , (?P<p>{_P})(?: ,(?= \S)|(?= \.|\s*$))"), _a_title_before, r"\g<p>"),
    # "Veltrix's head of financial crime, Jo Doe, will act": the title's lower-case field before the name
    (re.compile(rf"(?P<o>{_O}) 's (?:(?:new|longtime|current) )?(?P<t>{_T}) of {_NOT_FUNCTION}[a-z][a-z\-]*(?: (?:and |& )?[a-z][a-z\-]*){{0,2}}"
                rf" , (?P<p>{_P})(?: ,(?= \S)|(?= \.|\s*$))"), _a_title_before, r"\g<p>"),
    # a contact block's "Jane Doe / Director of Communications, Acme" (text.py keeps the two lines as one sentence)
    (re.compile(rf"^ (?P<p>{_P}) (?P<t>{_T})(?: (?:of|for) [a-z][a-z\-]*(?: [a-z][a-z\-]*){{0,2}})?"
                rf"(?: , (?:(?:the )?(?P<o>{_O})|[a-z][a-z\-]*(?: [a-z][a-z\-]*){{0,2}}))? $"), _a_title_before, r"\g<p>"),
    (re.compile(rf"(?P<p>{_P}) , who (?:also )?(?P<v>led|ran|headed|oversaw|managed|built|co-founded|founded|runs|leads|heads|oversees|manages|chairs) (?:the )?(?P<o>{_O})(?= 's| ,| \.)"),
     _a_affiliation, r"\g<0>"),
]

def _a_who_leads(view, m, ctx):
    """"X, who has led Acme since 2019" / "X, who directs the Robotics Institute at Acme": a post X holds now."""
    person = view.value(m.group("p"))
    org = view.value(m.group("o3") or m.group("o2") or m.group("o1"))
    if not person or not org or org in lexicon().outlets:
        return []
    verb = m.group("v") or m.group("pres")
    title = "Chair" if "chair" in verb else "Director" if "direct" in verb else "Head"
    return [RawClaim("role", person, org, title, confidence=0.6, at=view.at(m.start("p")), dated=False)]


_LEAD_VERBS = r"led|headed|run|chaired|directed|overseen|managed|been (?:running|leading|heading|chairing|directing)"
WHO_LEADS = re.compile(
    rf"(?P<p>{_P}) (?:, )?who (?:(?:has|have) (?:also )?(?P<v>{_LEAD_VERBS})|(?:currently |now |also )?(?P<pres>directs|heads|leads|runs|chairs|oversees|manages)(?= the {_O} at))"
    rf" (?:the |its )?(?:(?P<o1>{_O})(?: 's(?: [a-z][a-z\-]*){{1,3}})?(?: (?:at|of) (?:the )?(?P<o3>{_O}))?"
    rf"|(?:[a-z][a-z\-]* ){{1,3}}?(?:at|of|for) (?:the |its )?(?:[a-z][a-z\-]* ){{0,2}}?(?P<o2>{_O}))(?= since | as | ,| \.| and |\s*$| for (?:the (?:past|last) )?(?:more than |nearly |almost |over |about )?(?:{_NUM}|a) (?:years?|decades?|months?)\b)"
)

STAGE_A.append((WHO_LEADS, _a_who_leads, r"\g<0>"))
# "joined the board of Acme rival Bolt": the organisation named is Bolt; Acme only describes it
STAGE_A.insert(0, (re.compile(rf"\b{_O} (?:'s )?(?:rival|competitor|arch-rival|peer)s? (?=(?:the )?{_O} )"), lambda view, m, ctx: [], ""))
# "president of the company's German unit, Acme GmbH": the unit named in apposition is where the title is
STAGE_A.insert(0, (re.compile(rf"\b{_O} 's (?:[a-z][a-z\-]* ){{0,2}}(?:unit|subsidiary|arm|division|affiliate) , (?P<o>{_O})(?= ,| \.| in | and |\s*$)"),
                   lambda view, m, ctx: [], r"\g<o>"))
# "X and her team of advisers joined Y": the team moves with its leader, so the clause is about X
STAGE_A.insert(0, (re.compile(rf"(?P<p>{_P}) and (?:his|her|their|{_P}(?: 's)?) (?:[a-z\-]+ ){{0,2}}?team\b(?: of (?:\d+|[a-z\-]+)(?: [a-z\-]+)?)?"),
                   lambda view, m, ctx: [], r"\g<p>"))
# "Hannes Doe of Austria was re-elected": a person's country is no organisation and no part of the clause
STAGE_A.insert(0, (re.compile(rf"(?P<p>{_P}) of (?:{alternation(sorted(lexicon().places))})(?= )"), lambda view, m, ctx: [], r"\g<p>"))
