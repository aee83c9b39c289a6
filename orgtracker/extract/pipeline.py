"""The extractor's entry points: a document's text in, claims (and organisation parents) out."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from orgtracker.documents import read_document
from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence

from . import careers, rules
from .attach import described_before
from .bodies import to_employers
from .brands import possessive_brands, shop_names
from .companions import along_with
from .fullnames import heading_orgs, title_case
from . import groups
from .lexicon import lexicon
from .charclass import UPPER
from .names import _ORG_PREFIXES, Mention, add_heading_names, add_headline_orgs, NameModel, build_model, person_shaped, raw_sequences, type_sequence
from .hedges import unasserted
from .headnouns import named_by_head
from .items import bullet_subjects, heading_names, line_opener, section_orgs
from .newsroom import is_own, own_outlets
from .outsiders import outsider_joins
from .prefilter import may_match, needed, present
from .ruleindex import RuleIndex, gate
from . import tenure  # noqa: F401  (registers its rules)
from . import boards  # noqa: F401  (registers its rules)
from . import careersteps  # noqa: F401  (registers its rules)
from .rules import PERSON_ORG, STARTUP, TITLE_HOLDER, Context, RawClaim
from .text import Sentence, parse_header, sentences
from .timex import find_dates, years_before
from .titles import TitleMatch, find_titles
from .view import SentenceView, build_view

_COREF = re.compile(
    r"\b[Tt]he\s+(?:(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(lexicon().descriptors, key=len, reverse=True)) + r")\b"
    r"|(?:Company|Bank|Group)\b(?![ \u00a0]+[A-Z]))"  # a press release's defined term: "departing the Company"
    r"(?!\s+(?:of|that|which|who)\b)(?!-)",
)
_DESCRIBED = described_before(lexicon().descriptors)
# "join PE-backed X", "from Bucharest-based X", "at Nasdaq-listed X": an epithet between a move's verb and the organisation
_ORG_EPITHET = re.compile(r"(?<= )(?:[a-z0-9]+-)+(?:based|backed|listed|owned|funded|headquartered|controlled|run|focused) (?=O\d+ )")
_FRONTED = re.compile(r"(?:[\w'’]+\s+){0,5}?(?:[Aa]t|[Ww]ithin|[Ii]nside)\s+(?:the\s+)?")
_PARENT_HEADS = frozenset(("group", "parent", "conglomerate"))
_NAMED_HEADS = frozenset(("department", "ministry"))  # a body called so has the word in its name
_UNIT_HEADS = frozenset(("subsidiary", "affiliate", "unit", "division"))
# after a sentence's first person: a possessive, or a verb of speaking or appointing someone else ("X said Y would")
_NOT_SUBJECT_AFTER = re.compile(
    r"['’]s?\s|(?:,[^,]{1,80},)?\s+(?:(?:has|have|had|also|on\s+\w+day|then)\s+)*(?:said|says|told|tells|added|named|appointed|"
    r"hired|promoted|tapped|recruited|picked|selected|chose|elevated|announced|confirmed|praised|thanked|credited)\b"
)
_QUOTE_MARK = re.compile(r"[\"“”]")
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
_HE_SHE = re.compile(r"(He|She)\s")
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GENDER_HONORIFIC = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Sir|Dame)\.?[ \u00a0]")
_HONORIFIC_GENDER = {"Mr": "m", "Sir": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f"}
_FIRST_PERSON = re.compile(r"(?<![\w'’])I(?:['’](?:m|ve)\b)?(?!\w)")
_QUOTE = re.compile(r"[\"“”]")
_SPEAKER_LABEL = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}):[ \t]")
_DIED = re.compile(r"\bthe late (P\d+)|(P\d+) (?:, (?:who )?[^.]*? , )?(?:has |had )?(?:died|dies|passed away)\b")
_IMMEDIATE = re.compile(r"\beffective immediately\b|\bwith immediate effect\b", re.I)
_KINDS = {"join": ClaimKind.JOIN, "leave": ClaimKind.LEAVE, "role": ClaimKind.ROLE, "reports_to": ClaimKind.REPORTS_TO}
_KIND_ORDER = {"leave": 0, "join": 1, "role": 2, "reports_to": 3}
MAX_DATE_DISTANCE = 160
NEAR_SENTENCES = 4
_DATE_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|week|ago|today|yesterday|immediate"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|decade|quarter)",
    re.I,
)
_MOVE_TARGET_BEFORE = re.compile(
    r"\b(?:founded|co-founded|cofounded|joined|joins|join|joining|rejoined|(?:(?:re)?turns?|(?:re)?turned|moves?|moved|moving|"
    r"went|goes|heads?|headed|defect(?:s|ed)?|jump(?:s|ed)?|switch(?:es|ed)?|decamp(?:s|ed)?|comes?|came|back)\s+to)\s+(?:the\s+)?$", re.I
)
_MOVER_AFTER = re.compile(
    r"(?:['’]s)?(?:,\s+(?:the|a|an)\s+[^,.;]{1,60},)?\s+(?:(?:has|have|had|also|on \w+day|said it(?: has| had)?|said on \w+ it(?: has| had)?)\s+)*"
    r"(?:(?:board|council|trustees|committee)\s+voted\s+(?:\S+\s+){0,4}?to\s+(?:hire|appoint|name|select|pick)\b|"
    r"(?:(?:is|are)\s+)?(?:hired|named|appointed|promoted|tapped|recruited|poached|picked|selected|elevated|added|hires|hiring"
    r"|names|naming|appoints|taps|picks|recruits|recruiting|poaches|poaching|lures|luring|promotes|elevates|elected|elects)\b)",
    re.I,
)
_REPORT_LIST_HEAD = re.compile(
    r"\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?(?P<m>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
    r"(?:,\s+(?:includes?|are|comprises?))?:[ \t]*\n"
    r"(?P<items>(?:[ \t]*\n)?(?:[ \t]*[-•*][ \t]+[^\n]+(?:\n|$))+)"
)
_TITLE_BODIES = {  # a word in a title -> the shape of the body's name it belongs to
    "city": r"^City of [A-Z]", "county": r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* County$",
    "police": r"\bPolice (?:Department|Service|Force)$", "fire": r"\bFire (?:Department|Service)$",
    "sheriff": r"\bSheriff['’]s (?:Office|Department)$",
    "mayor": r"^(?:City|Town|Village|Borough) of [A-Z]|\b(?:City|Town|Shire|Borough|Municipal) Council$",
}
_TITLE_BODY_SHAPES = {word: re.compile(shape) for word, shape in _TITLE_BODIES.items()}
_BODY_WORDS = frozenset("City County Police Fire Department Service Force of".split())
_DATELINE_END = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]\s")  # "CEDAR FALLS — ", "OSLO (Reuters) - "
_LEDE_DATELINE = re.compile(r"[^\n—–]{1,40}?\s(?:[—–]|--)\s")
_CAME_FROM_BEFORE = re.compile(r"\b(?:from|formerly of|formerly at|previously at|previously of)\s+(?:the\s+)?$", re.I)
# "will leave X", "is leaving X": the organisation someone departs, which news of the move is seldom about
_BECOME_BEFORE = re.compile(r"\b(?:become|becomes|becoming)\s+$", re.I)  # "will become X's CFO"
_LEAVES_BEFORE = re.compile(r"\b(?:will|to|is|are)\s+(?:be\s+)?(?:leave|leaving|quit|quitting|depart|departing)\s+(?:the\s+)?$", re.I)
# "appointed Deputy Governor for Financial Stability at X": the organisation the appointment is to
_APPOINTED_AT_BEFORE = re.compile(
    r"\b(?:appointed|named|elected|promoted|hired)\s+(?:as\s+)?(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w'’&-]+\s+){1,6}?(?:at|of|for)\s+(?:the\s+)?$", re.I)
# a body named as someone's past, destination or rival, or a place, rather than where a title is held
_NOT_HELD_BEFORE = re.compile(
    r"(?:\b(?:former|formerly|previously|until recently|once)|\bex-)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:at|of|with)\s+)?(?:the\s+)?$"
    r"|\b(?:from|to|in|near|left|leaving|leaves|quit|quitting|exited|departed|years at"
    r"|(?:spent|worked|served) (?:\S+\s+){0,8}?(?:at|with|for)|rival|competes with|against|than)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$"
    r"|['’]s\s+$", re.I)
_CAME_FROM_ONLY = re.compile(
    r"(?:\b(?:former|formerly|previously|until recently|once|from)|\bex-)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:at|of|with)\s+)?(?:the\s+)?$"
    r"|['’]s\s+$", re.I)
_TENURE_BEFORE = re.compile(r"\bafter\s+(?:[\w-]+\s+){1,4}?(?:years?|decades?|months)\s+(?:at|with|in)\s+$", re.I)
_REPORT_TO_BEFORE = re.compile(r"\breport(?:s|ing|ed)?\s+(?:directly\s+)?to\s+(?:the\s+)?$", re.I)
_MERGER = re.compile(r"\b(?:merg(?:e|er|ed|ing)|amalgamat\w*|combination)\b", re.I)
_MERGED_NAME_BEFORE = re.compile(
    r"\b(?:creat(?:e|es|ed|ing)|form(?:s|ed|ing)?|combined (?:company|system|group|bank|firm|entity|business)),?\s+"
    r"(?:(?:the|a|an|new|combined)\s+){0,2}$", re.I)
_SAYER_AFTER = re.compile(r"\s+(?:said|says|announced|announces|confirmed|told|reported|stated)\b")
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an)\s+[^,.;:\n]{1,80},")


def _verb_after(text: str, end: int, *verbs: re.Pattern) -> bool:
    """Does one of `verbs` follow a name, past its apposition ("Acme, the Durham contractor, named ...")?"""
    m = _APPOSITION_AFTER.match(text, end)
    at = m.end() if m else end
    return any(v.match(text, at) for v in verbs)
_NAME_EXTENSIONS = frozenset(
    "Bank Bancorp Group Holdings Capital Partners Department Ministry Agency System Systems Stores Store Energy Motors "
    "Therapeutics Pharmaceuticals Health Healthcare Media Robotics Renewable Renewables Technologies Technology "
    "Financial Insurance Airlines Foods Brands Industries Corporation Company Companies Networks Software "
    "Entertainment Studios Communications Services Solutions Biosciences Sciences Semiconductor Electronics "
    "Auto Automotive Management Logistics Shipping Mining Minerals Resources Chemicals Steel Airways Telecom Pharma Biotech "
    "Asset Worldwide Global International Wealth Investments Advisors Advisory University".split()
)


_INSTITUTION_HEADS = frozenset("Center Centre Hospital Clinic College School University Church Cathedral Infirmary".split())
_OPENING_WORDS = _ORG_PREFIXES | {"Royal"}
_GROUP_WORDS = _NAME_EXTENSIONS | {"Groep", "Gruppe", "Grupo", "Groupe"}


def _core(tokens: list[str]) -> list[str]:
    """A name's tokens without an opening word that other languages translate ("Royal", "Koninklijke")."""
    return tokens[1:] if len(tokens) > 1 and tokens[0] in _OPENING_WORDS else tokens


def _initials(tokens: list[str]) -> str:
    """ "SIA" for "Sahil Investment Authority": first letters, small words left out."""
    return "".join(t[0] for t in tokens if t not in ("of", "and", "the", "for", "&"))


def _inside(short: list[str], long: list[str]) -> bool:
    """The words of `short` stand together in `long`."""
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _after_of(short: list[str], long: list[str]) -> bool:
    """`short` ends `long` right after "of" or "for": "Estovia" in "Central Bank of Estovia"."""
    n = len(short)
    return len(long) > n + 1 and long[-n:] == short and long[-n - 1] in ("of", "for")


@dataclass
class Analysis:
    """Everything read from one document."""

    claims: list[Claim]
    parents: list[tuple[str, str, Evidence]] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)  # long name used in claims -> its acronym
    published: FuzzyDate | None = None


_OFFICE_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?P<field>[A-Z][\w'’-]+(?:[ \u00a0]+(?:and[ \u00a0]+|&[ \u00a0]+)?[A-Z][\w'’-]+){0,3})")
_OFFICE_BODY = {"minister": "Ministry", "secretary": "Department"}


_POLICY_WORDS = frozenset((
    "finance transportation transport labor labour defense defence education interior agriculture commerce "
    "treasury housing justice health energy affairs foreign home homeland security veterans human services "
    "trade industry environment culture tourism sport sports economy development public works infrastructure "
    "communications fisheries forestry welfare immigration citizenship revenue planning employment"
).split())


def _policy_field(field: str) -> bool:
    """"Finance", "Health and Human Services": a field of policy in common words, not a company's name."""
    words = [w.lower() for w in re.split(r"[ \u00a0]+", field) if w not in ("and", "&")]
    return all(w in _POLICY_WORDS for w in words)


def _policy_prefix(field: str) -> str:
    """"Health Dr" -> "Health": the longest opening of a capitalised run that is a field of policy, else ""."""
    words = re.split(r"([ \u00a0]+)", field)
    for n in range(len(words), 0, -2):
        part = "".join(words[:n])
        if not part.endswith(("and", "&")) and _policy_field(part):
            return part
    return ""


def _government_offices(text: str, titles, end: int) -> tuple[list[Mention], list]:
    """"Minister of Finance" works at the Ministry of Finance, "Secretary of Labor" at the Department of Labor.

    Returns the offices and the titles, a title that swallowed its office ("Minister of Finance") cut to its rank.
    """
    out, kept = [], []
    for t in titles:
        cut = _OFFICE_OF.search(text, t.start, t.end)
        if cut and cut.end() == t.end and text[t.start:cut.start()].lower().split()[-1:] in (["minister"], ["secretary"]):
            t = TitleMatch(t.start, cut.start(), t.title.split(" of ")[0], t.former)
        kept.append(t)
        words = text[t.start:t.end].lower().split()
        body = _OFFICE_BODY.get(words[-1]) if words and words[0] not in ("prime", "corporate", "company", "board") else None
        m = _OFFICE_OF.match(text, t.end, end) if body else None
        field = _policy_prefix(m.group("field")) if m else ""
        if m and field and not field.startswith("State"):
            out.append(Mention(m.start("field"), m.start("field") + len(field), field, "O", f"{body} of {field}"))
    return out, kept


# "Nusa Holdings (NuHo)", "Centre for X (CX)": a short name defined right after an organisation's full name
_SHORT_NAME_PARENS = re.compile(rf"\s*\((?P<acr>[{UPPER}](?=[\w&\-]*[{UPPER}&])[\w&\-]{{1,11}})\)")

# "China National Pharmaceutical Group Co. (Sinopharm)": a one-capital word naming the body, a legal form maybe between
_SHORT_WORD_PARENS = re.compile(
    rf"(?:,?\s+(?:Co|Ltd|Inc|Corp|Corporation|Company|Limited|LLC|PLC|plc|SA|AG|NV|SE|GmbH)\.?)*\s*\((?P<acr>[{UPPER}][a-z]{{3,14}})\)"
)


def _short_word_parens(text: str, end: int, limit: int, name: str) -> re.Match | None:
    """"(Sinopharm)" after "China National Pharmaceutical Group": the short word carries the start of one of its words."""
    m = _SHORT_WORD_PARENS.match(text, end, limit)
    if not m:
        return None
    short = m.group("acr").lower()
    return m if any(len(w) >= 5 and w[:5].lower() in short for w in name.split()) else None


def _names_a_body(short: str) -> bool:
    """"(NusaTel)" names the organisation before it; "(UK)", "(Germany)" and "(CEO)" say where or who."""
    lex = lexicon()
    return short.lower() not in lex.places and short not in ("UK", "US", "USA", "EU", "UAE") and short.lower() not in lex.title_core


def _mentions_for(text: str, sent: Sentence, titles, model: NameModel, defined: dict[str, str]) -> list[Mention]:
    """The people, organisations and titles of one sentence; an acronym defined in parentheses goes into `defined`."""
    out, titles = _government_offices(text, titles, sent.end)
    for t in titles:
        out.append(Mention(t.start, t.end, text[t.start:t.end], "T", t.title, former=t.former))
    offices = [(m.start, m.end) for m in out if m.kind == "O"]
    for s, e in raw_sequences(text, sent.start, sent.end, [(t.start, t.end) for t in titles]):
        if any(os_ < e and s < oe for os_, oe in offices):
            continue
        m = type_sequence(model, text, s, e, sent.start)
        if m is None:
            continue
        if m.kind == "O" and m.text.lower() in lexicon().departments and any(t.start in (e, e + 1) for t in titles):
            continue  # "Litigation partner X", "EMEA head X": the title's field, not an organisation
        if m.kind == "O":
            acr = _SHORT_NAME_PARENS.match(text, e, sent.end) or _short_word_parens(text, e, sent.end, m.text)
            if acr and len(m.text.split()) >= 2 and _names_a_body(acr.group("acr")):
                defined.setdefault(acr.group("acr"), m.value)
                m = Mention(s, acr.end(), text[s:acr.end()], "O", m.value, m.weak)
        out.append(m)
    for i, t in enumerate(out):
        o = next((m for m in out if m.kind == "O" and m.start < t.start < m.end < t.end), None) if t.kind == "T" else None
        if o is not None:  # "Harlan County Executive": the title begins after the organisation that took its head
            out[i] = Mention(o.end + 1, t.end, text[o.end + 1:t.end], "T", t.value, former=t.former)
    out.sort(key=lambda m: m.start)
    out = _merge_titles(text, out)
    kept: list[Mention] = []
    end = -1
    for m in out:
        if m.start >= end:
            kept.append(m)
            end = m.end
    return kept


_TITLE_JOIN = re.compile(r"\s*(?:and|&|/|,)\s*$")
_HONORIFIC_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?[ \u00a0]$")


def _merge_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """"president and CEO" is one title; "Dr. Jane Doe" is one mention."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == "T" and m.kind == "T"
            and _TITLE_JOIN.fullmatch(text[prev.end:m.start]) is not None
            and text[prev.end:m.start].strip() in ("and", "&", "/")
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "T", f"{prev.value} and {m.value}", former=prev.former)
            continue
        if m.kind == "P":
            h = _HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start)
            if h:
                m = Mention(h.start(), m.end, text[h.start():m.end], "P", m.value, m.weak)
        out.append(m)
    return out


def _heading_spans(text: str, start: int, sents: list[Sentence]) -> list[tuple[int, int]]:
    """Lines of the body no sentence covers: headlines, sub-heads, captions."""
    out, i = [], 0
    for m in re.finditer(r"[^\n]+", text[start:]):
        s, e = start + m.start(), start + m.end()
        while i < len(sents) and sents[i].end <= s:
            i += 1
        if i >= len(sents) or sents[i].start >= e:
            out.append((s, e))
    return out


_OWN_BODIES = frozenset("Association Union Federation Foundation Society Council Alliance Guild Club League".split())


def _headline_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The first line of the body when it is a heading, and markdown headings."""
    out = []
    first = True
    for m in re.finditer(r"[^\n]+", text[start:start + 20000]):
        line = m.group().strip()
        if not line:
            continue
        s, e = start + m.start(), start + m.end()
        if line.startswith("#"):
            out.append((s, e))
        elif first and not re.search(r"[.!?:;\"”]\s*$", line) and len(line) < 200:
            out.append((s, e))
        first = False
    return out


_HEADLINE_VERB_RX: re.Pattern | None = None


def _headline_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Verbs of moving people in a title-case headline ("Acme Poaches Rival's CFO"): they split names apart."""
    global _HEADLINE_VERB_RX
    if _HEADLINE_VERB_RX is None:
        verbs = {w for k in ("join", "leave", "leave_as", "hire", "appoint", "fire", "succeed") for v in lexicon().verbs[k] for w in v.split()[:1]}
        verbs -= {"name", "start", "head", "was", "has"}
        _HEADLINE_VERB_RX = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + r")(?![\w'’-])", re.I)
    return [(m.start(), m.end()) for m in _HEADLINE_VERB_RX.finditer(text, start, end) if m.group()[:1].isupper()]


def _free(mentions: list[Mention], s: int, e: int) -> bool:
    return all(e <= m.start or s >= m.end for m in mentions)


class _Extractor:
    def __init__(self, text: str, source: str, published: FuzzyDate | None):
        self.text = text
        self.source = source
        header = parse_header(text)
        self.published = published if published is not None else header.published
        self.sents = sentences(text, header.body_start)
        self.stayers: dict[str, list[tuple[str | None, int]]] = {}  # who stays on (as chair, on the board): organisation, where said
        self.titles = [find_titles(text, s.start, s.end) for s in self.sents]
        self.model = build_model(text, self.sents, [[(t.start, t.end) for t in ts] for ts in self.titles])
        add_heading_names(self.model, text, _heading_spans(text, header.body_start, self.sents))
        add_headline_orgs(self.model, text, _headline_spans(text, header.body_start), self.sents)
        self.defined: dict[str, str] = {}  # acronym -> the long name it was defined after
        self.mentions = [_mentions_for(text, s, ts, self.model, self.defined) for s, ts in zip(self.sents, self.titles)]
        self.body_start = header.body_start
        self._extend_short_org_names()
        shop_names(text, self.mentions)
        for short, name in possessive_brands(text, self.mentions, self.model.people).items():
            self.longer_names.setdefault(short, name)
        self._heading_full_names(header.body_start)
        for acr in self.defined:
            self.model.acronyms.setdefault(self.longer_names[acr], acr)
        self._join_birth_names()
        self._drop_datelines()
        self._drop_own_outlet(header.source)
        self.speakers = self._speaker_labels(header.body_start)
        for sent, ms in zip(self.sents, self.mentions):
            if self._speaker(sent.start)[0]:
                s, e = self._speaker(sent.start)[1]
                ms[:] = [x for x in ms if not s <= x.start < e]  # "RESTREPO:" in a transcript names the speaker only
        counts: Counter = Counter()
        came_from: Counter = Counter()
        named: Counter = Counter()
        first: dict[str, int] = {}
        outlets = lexicon().outlets
        for ms in self.mentions:
            for m in ms:
                if m.kind == "O" and m.value not in outlets:
                    weight = 1 if m.weak else 2
                    if _SAYER_AFTER.match(text, m.end):
                        weight /= 2  # the company that announces is often the owner, not the subject
                    if (_MOVE_TARGET_BEFORE.search(text, max(0, m.start - 30), m.start) or _MOVER_AFTER.match(text, m.end)
                            or _BECOME_BEFORE.search(text, max(0, m.start - 30), m.start) and text[m.end:m.end + 2] in ("'s", "’s")):
                        weight += 2  # joined X, X hired ..., will become X's CFO: the organisation people move to
                    elif _LEAVES_BEFORE.search(text, max(0, m.start - 30), m.start):
                        weight /= 2  # "she will leave X": where the news comes from, not what it is about
                    elif _CAME_FROM_BEFORE.search(text, max(0, m.start - 30), m.start):
                        weight /= 2  # "brought in from X", "formerly of X": someone's past, not the subject
                        came_from[m.value] += 1
                    named[m.value] += 1
                    counts[m.value] += weight
                    first.setdefault(m.value, m.start)
        if self.sents:
            lede = next((
                m for m in self.mentions[0]
                if m.kind == "O" and m.value not in outlets and not (m.text.isupper() and _DATELINE_END.match(text, m.end))
            ), None)
            lede_start = self.sents[0].start
            dash = _LEDE_DATELINE.match(text, lede_start, lede.start) if lede is not None else None
            if dash:
                lede_start = dash.end()  # "Paris (AFP) – The board of ...": the dateline is not the lede's words
            if lede is not None and len(text[lede_start:lede.start].split()) <= 8:
                counts[lede.value] += 2  # the lede's first organisation is usually the subject
                if _MOVER_AFTER.match(text, lede.end):
                    counts[lede.value] += 6  # "The X board voted to hire ...": the lede's hirer is the subject
            for m in self.mentions[0]:
                if m.kind == "O" and m.value not in outlets and _APPOINTED_AT_BEFORE.search(text, max(lede_start, m.start - 80), m.start):
                    counts[m.value] += 2  # "A has been appointed CFO at X": the lede's appointment names the subject
        for sent, ms in zip(self.sents, self.mentions):
            if not _MERGER.search(sent.text):
                continue
            for m in ms:
                if m.kind == "O" and _MERGED_NAME_BEFORE.search(text, max(sent.start, m.start - 40), m.start):
                    counts[m.value] += 6  # "A and B merged, creating C": the new name is what the article is about
        for s_, e_ in _headline_spans(text, header.body_start):
            cuts = [(t.start, t.end) for t in find_titles(text, s_, e_)] + _headline_verbs(text, s_, e_)
            for s, e in raw_sequences(text, s_, e_, cuts):
                m = type_sequence(self.model, text, s, e, s_)
                if m is not None and m.kind == "O" and m.value not in outlets and not is_own(m.value, self.own_outlets):
                    if re.search(r"(?:former|ex-)\s*$", text[max(s_, s - 8):s], re.I):
                        continue  # "Former Genentech scientist ...": a person's past, not the subject
                    m.value = self.longer_names.get(m.value, m.value)
                    fuller = [v for v in first if v.startswith(m.value + " ")]
                    ending = [v for v in first if m.value.endswith(" " + v) and v[:1].isupper()]
                    if m.value not in first and len(fuller) == 1:
                        m.value = fuller[0]  # a headline shortens names: "Coastal Bend State" for "... State University"
                    elif m.value not in first and len(ending) == 1:
                        if m.value[:-len(ending[0])].split()[-1].lower() == "from":
                            continue  # "Hires Team From Acme": where the team came from
                        m.value = ending[0]  # title case glues words to a name: "Goes Independent With Acme Capital"
                    counts[m.value] += 3  # the headline names the article's subject
                    if _MOVER_AFTER.match(text, m.end) or _APPOINTED_AT_BEFORE.search(text, max(s_, s - 80), s):
                        counts[m.value] += 3  # "Acme Hires Rival's CFO", "... Appointed CFO of Acme": the hirer
                    first.setdefault(m.value, m.start)
        self.org_weights = counts
        self.named_orgs = tuple(sorted(first, key=first.get))
        self.dominant = min(counts, key=lambda v: (-counts[v], first[v])) if counts else None
        self.first_org = first
        top = max(counts.values(), default=0) or 1
        self.org_share = {v: n / top for v, n in counts.items()}
        self.past_orgs = frozenset(v for v in named if v != self.dominant and 2 * came_from[v] >= named[v])
        self._tie_titles_to_bodies()
        bullets = bullet_subjects(text, self.sents, self.mentions, outlets)
        self.item_subjects = [r or b for r, b in zip(self._roundup_subjects(), bullets)]
        self.author = self._memo_signer(header.body_start)
        self.poster = self._poster(header.body_start) or self.author
        self.gender = self._genders()

    def _person_named(self, name: str) -> str | None:
        name = name.strip()
        if name in self.model.people:
            return name
        if name in self.model.aliases:
            return self.model.aliases[name]
        firsts = {p for p in self.model.people if p.split()[0] == name and len(p.split()) > 1}
        return next(iter(firsts)) if len(firsts) == 1 else self.model.person_for(name)

    def _report_lists(self) -> list[tuple[RawClaim, Sentence]]:
        """"... will report to Henrik:" and a bulleted list of "Name, Title, Unit": each listed person reports."""
        out = []
        for m in _REPORT_LIST_HEAD.finditer(self.text):
            manager = self._person_named(m.group("m"))
            if not manager:
                continue
            line = self.text.rfind("\n", 0, m.start()) + 1  # "The leadership team of X, all of whom report to ...": X
            named = [x.value for ms in self.mentions for x in ms if x.kind == "O" and line <= x.start < m.start()
                     and re.search(r"\b(?:of|at)\s+(?:the\s+)?$", self.text[line:x.start])]
            org = named[-1] if named else self.dominant
            for item in re.finditer(r"^[ \t]*[-•*][ \t]+(?P<p>[^,\n]+)(?:,[ \t]*(?P<t>[^,\n]+))?[^\n]*$", m.group("items"), re.M):
                s, e = m.start("items") + item.start(), m.start("items") + item.end()
                titles = find_titles(self.text, s, e)
                written = re.sub(r"^(?:Sister|Brother|Father|Rev\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+", "", item.group("p").strip())
                person = self._person_named(written)
                if not person and titles and re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}", written):
                    person = written  # "- Wu Lan, VP, Partner Tools": a name, then a title
                if not person or person == manager:
                    continue
                sent = Sentence(s, e, self.text[s:e])
                at = s
                out.append((RawClaim("reports_to", person, None, manager=manager, at=at, dated=False), sent))
                if titles and org:
                    out.append((RawClaim("role", person, org, titles[0].title, confidence=0.6, at=at, dated=False), sent))
        return out

    def _memo_signer(self, body_start: int) -> str | None:
        """The person who signs a quoted memo: a line holding only a given name the document gives in full."""
        signer = None
        for m in re.finditer(r"^[ \t]*(?:[-—–][ \t]*)?([A-Z][a-zà-ÿ]+)[ \t]*$", self.text[body_start:], re.M):
            people = {p for p in self.model.people if p.split()[0] == m.group(1) and len(p.split()) > 1}
            if len(people) == 1:
                signer = next(iter(people))
        return signer

    def _drop_datelines(self) -> None:
        """"RIVERTON — City Manager ...": a capitalised place opening a paragraph before a dash is a dateline."""
        for sent, ms in zip(self.sents, self.mentions):
            if ms and ms[0].kind == "O" and ms[0].start == sent.start and ms[0].text.isupper() and _DATELINE_END.match(self.text, ms[0].end):
                if self.text[max(0, sent.start - 1):sent.start] in ("", "\n"):
                    del ms[0]

    def _drop_own_outlet(self, source: str | None) -> None:
        """"HSJ understands ...", "told KVTR": the publication itself is nobody's employer in its story."""
        values = sorted({m.value for ms in self.mentions for m in ms if m.kind == "O"})
        own = self.own_outlets = own_outlets(self.text, source, values)
        if own:
            for ms in self.mentions:
                ms[:] = [m for m in ms if not (m.kind == "O" and m.value in own)]

    def _tie_titles_to_bodies(self) -> None:
        """"City Manager Jane Doe", "Police Chief Jane Doe": the document's one city, one police force is the title's."""
        orgs = Counter(m.value for ms in self.mentions for m in ms if m.kind == "O")
        bodies: dict[str, str] = {}
        for word, shape in _TITLE_BODIES.items():
            found = [o for o in orgs if _TITLE_BODY_SHAPES[word].search(o)]
            if word == "county":  # "Miller County Sheriff's Office" names its county too
                found += sorted({c.group() for o in orgs for c in [re.match(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*? County(?= )", o)] if c} - set(found))
            if len(found) > 1:  # "City of Riverton" beside "Riverton City Council", not "City of Greeley"
                score = {f: sum(n for o, n in orgs.items() if o != f and set(o.split()) & (set(f.split()) - _BODY_WORDS)) for f in found}
                best = max(score.values())
                found = [f for f in found if score[f] == best]
            if len(found) > 1:  # still a tie: the one the text names most often, its dateline and headline included
                named = {f: len(re.findall(re.escape(f), self.text, re.I)) for f in found}
                most = max(named.values())
                found = [f for f in found if named[f] == most]
            if len(found) == 1:
                bodies[word] = found[0]
        if not bodies:
            return
        for sent, ms in zip(self.sents, self.mentions):
            out = []
            for i, m in enumerate(ms):
                nxt = ms[i + 1] if i + 1 < len(ms) else None
                w = re.search(r"\b(?:" + "|".join(bodies) + r")\b", m.text, re.I) if m.kind == "T" else None
                if (w and nxt is not None and nxt.kind == "P" and self.text[m.end:nxt.start] in (" ", "\u00a0")
                        and (i == 0 or ms[i - 1].kind != "O" or ms[i - 1].end < m.start - 3)):
                    rest = re.search(r"\S", m.text[w.end():])
                    if rest:  # the body word becomes the organisation, the title keeps its whole name
                        out.append(Mention(m.start + w.start(), m.start + w.end(), w.group(), "O", bodies[w.group().lower()], True))
                        out.append(Mention(m.start + w.end() + rest.start(), m.end, m.text[w.end() + rest.start():], "T", m.value, former=m.former))
                        continue
                    if m.text == w.group():  # "Sheriff Jane Doe": the whole title names the body, which stands unwritten before it
                        out.append(Mention(m.start, m.start, "", "O", bodies[w.group().lower()], True))
                out.append(m)
            ms[:] = out

    def _join_birth_names(self) -> None:
        """An obituary's "Jane Ann Roe was born in ...": the birth name of the person the article is about."""
        counts = Counter(m.value for ms in self.mentions for m in ms if m.kind == "P")
        if not counts:
            return
        main = counts.most_common(1)[0][0]
        born = {
            m.value for ms in self.mentions for m in ms
            if m.kind == "P" and m.value != main and counts[m.value] <= 2 and m.value.split()[0] == main.split()[0]
            and re.match(r"\s+was\s+born\b", self.text[m.end:m.end + 20])
        }
        for ms in self.mentions:
            for i, m in enumerate(ms):
                if m.kind == "P" and m.value in born:
                    ms[i] = Mention(m.start, m.end, m.text, "P", main, True)

    def _genders(self) -> dict[str, str]:
        """"m" or "f" for people the text marks: an honorific, or a sentence opening with He/She after one naming only them."""
        votes: dict[str, Counter] = {}
        prev: set[str] = set()
        for sent, ms in zip(self.sents, self.mentions):
            people = [m for m in ms if m.kind == "P"]
            for m in people:
                h = _GENDER_HONORIFIC.match(self.text, m.start) or _GENDER_HONORIFIC.match(self.text, max(0, m.start - 5), m.start)
                if h and (h.start() == m.start or h.end() == m.start):
                    votes.setdefault(m.value, Counter())[_HONORIFIC_GENDER[h.group("h")]] += 3
            opening = _HE_SHE.match(sent.text)
            if opening and len(prev) == 1:
                votes.setdefault(next(iter(prev)), Counter())[_GENDER[opening.group(1).lower()]] += 1
            prev = {m.value for m in people}
            if len(prev) == 1 and not _QUOTE_MARK.search(sent.text):
                # "Okafor said she would stay": a sentence naming one person and no one else calls that person he or she
                said = {_GENDER[p.group().lower()] for p in _PRONOUN.finditer(self.text, people[0].end, sent.end)}
                if len(said) == 1:
                    votes.setdefault(people[0].value, Counter())[said.pop()] += 1
        return {p: max(c, key=c.__getitem__) for p, c in votes.items() if c["m"] != c["f"]}

    def _speaker_labels(self, body_start: int) -> dict[str, str]:
        """A transcript's speaker labels ("NADIA OKAFOR:", then "OKAFOR:") and the person each names; {} if not a transcript."""
        labels = [m.group(1) for m in _SPEAKER_LABEL.finditer(self.text, body_start)]
        if len(labels) < 3 or len(set(labels)) < 2:
            return {}
        out: dict[str, str] = {}
        for label in dict.fromkeys(labels):
            known = [p for p in sorted(self.model.people) if p.upper() == label]
            words = label.split()
            if known:
                out[label] = known[0]
            elif len(words) >= 2 and person_shaped([w.capitalize() for w in words], self.model.lower_words):
                out[label] = " ".join(w.capitalize() for w in words)
        for label in dict.fromkeys(labels):
            if label not in out and len(label.split()) == 1:
                full = {v for v in out.values() if v.split()[-1].upper() == label}
                full |= {p for p in self.model.people if p.split()[-1].upper() == label and len(p.split()) > 1}
                if len(full) == 1:
                    out[label] = full.pop()
        return out

    def _speaker(self, at: int) -> tuple[str | None, tuple[int, int]]:
        """In a transcript, who speaks the paragraph holding `at`, and where its label is."""
        line = self.text.rfind("\n", 0, at) + 1
        m = _SPEAKER_LABEL.match(self.text, line)
        if m is None or m.group(1) not in self.speakers:
            return None, (0, 0)
        return self.speakers[m.group(1)], (line, m.end())

    def _poster(self, body_start: int) -> str | None:
        """Who writes a first-person post: its "Posted by" byline, else a body opening with a line that is only a full name."""
        head = self.text[body_start:body_start + 600]
        m = re.search(r"(?m)^[ \t]*(?:Posted|Written)[ \t]+by[ \t]+([A-Z][\w'’.-]+(?:[ \u00a0][A-Z][\w'’.-]+){1,3})\b", head)
        m = m or re.match(r"\s*([A-Z][\w'’.-]+(?:[ \u00a0][A-Z][\w'’.-]+){1,3})[ \t]*\n", self.text[body_start:])
        if m is None or not re.search(r"(?<![\w'’])I(?=['’]m\b|['’]ve\b|\s+(?:have|am|was|will|joined|left|started)\b)", self.text[body_start:]):
            return None
        name = m.group(1)
        if name in self.model.people:
            return name
        return name if len(name.split()) == 2 and person_shaped(name.split(), self.model.lower_words) else None  # not "Company News"

    def _roundup_subjects(self) -> list[str | None]:
        """Per sentence, the subject of its line when the article is a roundup of one move per line, else None."""
        text = self.text
        line_of, line, at = [], 0, 0
        for s in self.sents:  # counted on from the sentence before, not from the top each time
            if s.start < at:
                line, at = 0, 0
            line += text.count("\n", at, s.start)
            at = s.start
            line_of.append(line)
        leads: dict[int, str] = {}
        openers: dict[int, str] = {}
        movers = 0
        seen_lines: set[int] = set()
        for i, (sent, ms) in enumerate(zip(self.sents, self.mentions)):
            if line_of[i] in seen_lines:
                continue
            seen_lines.add(line_of[i])
            first = next((
                m for m in ms if m.kind in ("O", "P") and len(text[sent.start:m.start].split()) <= 6
                and _verb_after(text, m.end, _MOVER_AFTER, _SAYER_AFTER)
            ), None)
            if first is not None and first.kind == "O":
                leads[line_of[i]] = first.value
                movers += _verb_after(text, first.end, _MOVER_AFTER)
            opener = line_opener(text, sent.start, ms)
            if opener is not None:
                openers[line_of[i]] = opener
        if len(set(leads.values())) < 3 or movers < 3:
            return [None] * len(self.sents)
        # a roundup's line that opens with an organisation ("Dixon Hale CPAs elected ...") is about it; a line with
        # none is about the organisation its section heading names ("Lumeris Bio" over the paragraph), if any
        sections = section_orgs(text, _heading_spans(text, self.sents[0].start, self.sents), self.sents, self.mentions)
        return [leads.get(line) or openers.get(line) or sec for line, sec in zip(line_of, sections)]

    def _extend_short_org_names(self) -> None:
        """"Harbor National" -> "Harbor National Bank" when the document also uses the longer name."""
        first: dict[str, int] = {}
        named = {m.value for ms in self.mentions for m in ms if m.kind == "O"}
        for ms in self.mentions:
            for i, m in enumerate(ms):
                if m.kind == "O":
                    cased = title_case(m.value, named)
                    if cased != m.value:
                        ms[i] = m = Mention(m.start, m.end, m.text, "O", cased, m.weak)
                    first.setdefault(m.value, m.start)
        heads = heading_orgs(self.text, _heading_spans(self.text, self.body_start, self.sents), self.model)
        for v, at in heads.items():
            if v not in first and any(u.split()[0] == v.split()[0] and first[u] > at for u in first):
                first[v] = at  # "Corvanta Therapeutics" heading the paragraph "Corvanta has named ..."
        values = sorted(first, key=first.get)  # in order of first mention: on a tie the name introduced first wins
        self.longer_names: dict[str, str] = {}
        longer: dict[str, str] = {}
        generic = _NAME_EXTENSIONS | {"Group", "Bank", "Inc", "Corp", "Co", "Company", "Labs", "Lab", "AI", "Partners"}
        subunits = {"Lab", "Labs", "Laboratory", "Division", "Unit", "Research", "Team", "Department", "Studio", "Studios",
                    "Brain", "Center", "Centre", "Institute", "School", "College"}
        known = lexicon().known_orgs | set(lexicon().org_aliases)
        units = self._named_units(values)
        for v in values:
            vt = v.split()
            for w in values:
                wt = w.split()
                if len(wt) <= len(vt) or w in units:
                    continue
                extends = wt[: len(vt)] == vt and all(t in _NAME_EXTENSIONS for t in wt[len(vt):])
                if not extends and len(vt) == 1 and wt[-1] not in subunits and wt[1:] != ["AI"] and "of" not in wt:
                    # "Anchor" after "Anchor Mutual Group" was introduced; "Rovers" for "Harlow Rovers"
                    extends = (wt[0] == vt[0] and first[w] < first[v]) or (wt[-1] == vt[0] and vt[0] not in generic)
                if not extends and wt[: len(vt)] == vt and first[w] < first[v] and "of" not in wt:
                    # "Cobalt Ridge" after "Cobalt Ridge Ventures"; "Lumen" after "Lumen Labs" unless Lumen is known
                    # in its own right ("Meta" after "Meta Superintelligence Labs" stays Meta)
                    extends = (len(vt) >= 2 and len(wt) == len(vt) + 1 and wt[-1] not in subunits) or (
                        wt[1:] == ["Labs"] and v not in known)
                if not extends and len(vt) == 2 and (wt[0], wt[-1]) == (vt[0], vt[-1]) and first[w] < first[v] and "and" not in wt:
                    extends = True  # "Carver Fund" after "Carver Educational Opportunity Fund": the middle dropped
                if not extends and w.startswith((v + "'s ", v + "’s ")) and wt[-1] in _INSTITUTION_HEADS:
                    extends = True  # "St. Brendan's" for "St. Brendan's Medical Center"
                if not extends and (_core(vt) != vt or _core(wt) != wt):
                    # "Royal Dijkstra" for "Koninklijke Dijkstra Groep": the opening word translated or dropped
                    vc, wc = _core(vt), _core(wt)
                    extends = bool(vc) and wc[: len(vc)] == vc and all(t in _GROUP_WORDS for t in wc[len(vc):])
                if not extends and re.fullmatch(r"[A-Z]{2,6}", v):
                    # "SIA" after "Sahil Investment Authority": the initials of a name the document gives in full
                    extends = _initials(wt) == v
                if not extends and v not in known and wt[-1] not in subunits and _inside(vt, wt) and (
                        first[w] < first[v] or _after_of(vt, wt)):
                    # a short form of a name introduced earlier ("Keystone Broadcasting" after "Keystone Broadcasting
                    # Network"), or the place a body is "of" ("Estovia" for "Central Bank of Estovia"), when no other
                    # name holds it too; a name first used alone ("Loamlytics", then "Loamlytics Verify") is its own
                    extends = sum(1 for u in values if len(u.split()) > len(vt) and _inside(vt, u.split())) == 1
                # "Gyeongwon" beside its Group and affiliates: the group; else the name the text introduced first
                if extends and (v not in longer or (wt[-1] == "Group", -first[w]) > (longer[v].split()[-1] == "Group", -first[longer[v]])):
                    longer[v] = w
        for v in [v for v in longer if re.fullmatch(r"[A-Z]{2,6}", v)]:
            same = [w for w in values if len(w.split()) > 1 and _initials(w.split()) == v]
            if len(same) > 1:
                del longer[v]  # two names with these initials: the short form is not known
        for w, v in units.items():
            longer[w] = longer.get(v, v)  # "Paragon Pictures Motion Picture Group" is Paragon Pictures' own unit
        for acr, long in self.defined.items():
            longer[acr] = longer.get(long, long)  # claims name the organisation in full, its acronym stays known
        self.longer_names = longer
        if not longer:
            return
        for ms in self.mentions:
            for i, m in enumerate(ms):
                if m.kind == "O" and m.value in longer:
                    ms[i] = Mention(m.start, m.end, m.text, "O", longer[m.value], m.weak)

    def _heading_full_names(self, body_start: int) -> None:
        """"Helix Arc" in a paragraph under the heading "Helix Arc Therapeutics" is that organisation."""
        spans = [(s, e) for s, e in _heading_spans(self.text, body_start, self.sents)
                 if self.text[body_start:s].strip()]  # the article's headline is a sentence about the move, not a section's name
        full = heading_names(self.text, spans, self.sents, self.mentions)
        if not full:
            return
        for short, long in full.items():
            self.longer_names[short] = long
        for ms in self.mentions:
            for i, m in enumerate(ms):
                if m.kind == "O" and m.value in full:
                    ms[i] = Mention(m.start, m.end, m.text, "O", full[m.value], m.weak)

    def _named_units(self, values: list[str]) -> dict[str, str]:
        """Names that are an organisation's name and a unit the text also calls its own in lower case: "Acme Foods
        Frozen Meals Division" beside "Acme Foods" and "its frozen meals division" names a part of Acme Foods."""
        out = {}
        for w in values:
            wt = w.split()
            for v in values:
                vt = v.split()
                tail = wt[len(vt):]
                if tail and tail[-1] in _OWN_BODIES:
                    continue  # "the chain's franchisee association" is a body of its own, not a unit of the chain
                if len(vt) >= 2 and len(tail) >= 2 and wt[: len(vt)] == vt and re.search(
                        r"\b(?:its|their|[\w.-]+['’]s)\s+" + r"\s+".join(re.escape(t.lower()) for t in tail) + r"(?![\w-])", self.text):
                    out[w] = v
        return out

    # -- references that need the document around them ------------------------------------
    def _add_references(self, sent: Sentence, mentions: list[Mention], last_person: list[str], recent_orgs: list[str],
                        subject: str | None = None, near_orgs: list[list[str]] | None = None):
        text = self.text
        subject = subject or self.dominant
        extra: list[Mention] = []
        front = next((x for x in mentions if x.kind == "O" and _FRONTED.fullmatch(text, sent.start, x.start)
                      and text.startswith(",", x.end)), None)
        for m in _COREF.finditer(text, sent.start, sent.end):
            if not _free(mentions, m.start(), m.end()):
                inside = [x for x in mentions if x.start < m.end() and m.start() < x.end]
                if not all(x.kind == "O" and x.end < m.end() and re.match(r" \d+ ", text[x.end:m.end()]) for x in inside):
                    continue
                mentions = [x for x in mentions if x not in inside]  # "the FTSE 100 lender": an index names no body
            if any(x.kind == "O" and x.start > m.end() and not text[m.end():x.start].strip() for x in mentions):
                continue  # "the German rail-freight operator Elbe Cargo": the name it describes follows, no reference back
            if re.search(r"\b(?:new|newly|own|other|rival|another)\b", m.group(), re.I):
                continue  # "the new superintelligence lab" is another body, not the article's subject
            here = [x.value for x in mentions if x.kind == "O" and x.start < m.start()]
            unit = m.group().rsplit(None, 1)[-1].lower() in _UNIT_HEADS
            own = [x.value for x in mentions if x.kind == "O" and x.start < m.start() and x.value != subject
                   and not _CAME_FROM_BEFORE.search(text, max(0, x.start - 30), x.start)
                   and not re.search(r"\bformer\s+$|\bex-$", text[max(0, x.start - 10):x.start])]
            if unit and own and (front is None or front.end >= m.start()):
                # "replaced at Acme Cement by X, the subsidiary's COO": a subsidiary is not the parent the article is about
                extra.append(Mention(m.start(), m.end(), m.group(), "O", own[-1], weak=True, former=True))
                continue
            if front is not None and front.end < m.start() and m.group().rsplit(None, 1)[-1].lower() not in _PARENT_HEADS:
                # "At Acme Chemical, ... the subsidiary's vice president": the unit the sentence opens with
                extra.append(Mention(m.start(), m.end(), m.group(), "O", front.value, weak=True, former=True))
                continue
            target = named_by_head(m.group(), here, [v for vs in near_orgs for v in vs] if near_orgs is not None else recent_orgs[-12:], subject,
                                   self.named_orgs)
            if not target and subject not in here:
                target = self._held_here(sent, mentions, m.start())
                if target and subject and target.startswith(subject + " "):
                    target = subject  # "Acme Cloud's chief is leaving the company": the unit's company is Acme
            if not target:
                target = self._only_body_named(m.group(), subject, {x.value for x in mentions if x.kind == "O"})
            if not target and subject and m.group().lower().endswith(" group") and not subject.endswith(" Group"):
                # "the group" far from "Mahajan Group" while its affiliate "Mahajan Steel" leads: the parent group
                named = {v for v in self.org_weights if v.endswith(" Group") and v.split()[0] == subject.split()[0]}
                target = named.pop() if len(named) == 1 else None
            if target:
                pass
            elif subject:
                target = subject
            elif recent_orgs:
                target = recent_orgs[-1]
            if target:
                extra.append(Mention(m.start(), m.end(), m.group(), "O", target, weak=True, former=True))
        people_before = [(m.start, m.value) for m in mentions if m.kind == "P"]
        for m in _PRONOUN.finditer(text, sent.start, sent.end):
            if not _free(mentions, m.start(), m.end()):
                continue
            here = [v for s, v in people_before if s < m.start()]
            g = _GENDER[m.group().lower()]
            # the latest person named before whose gender the text does not mark as the other one
            target = next((p for p in reversed(last_person + here) if self.gender.get(p, g) == g), None)
            lead = self._prev_subject
            if not here and m.start() == sent.start and lead and target != lead and self.gender.get(lead, g) == g:
                target = lead  # "X will report to CEO Y. She joined ...": a sentence's opening pronoun is the last one's subject
            if target is None:
                target = here[-1] if here else (last_person[-1] if last_person else None)
            if target:
                extra.append(Mention(m.start(), m.end(), m.group(), "P", target, weak=True))
        speaker, label = self._speaker(sent.start)
        if speaker:
            mentions = [x for x in mentions if not label[0] <= x.start < label[1]]  # "RESTREPO:" names the speaker only
            for m in _FIRST_PERSON.finditer(text, sent.start, sent.end):
                if _free(mentions, m.start(), m.end()) and not _QUOTE.search(text, sent.start, m.start()):
                    extra.append(Mention(m.start(), m.end(), m.group(), "P", speaker, weak=True))
        elif self.poster:
            for m in _FIRST_PERSON.finditer(text, sent.start, sent.end):
                if _free(mentions, m.start(), m.end()) and not _QUOTE.search(text, sent.start, m.start()):
                    extra.append(Mention(m.start(), m.end(), m.group(), "P", self.poster, weak=True))
        return sorted(mentions + extra, key=lambda m: m.start)

    def _only_body_named(self, phrase: str, subject: str | None, here: set[str]) -> str | None:
        """"the department" far from any name with that noun: the one organisation of the document whose name has it,
        unless the subject's name has it too ("the bank", "the hospital" may be a subject named otherwise: not those);
        one named later in the same sentence ("joined the department from the Ohio Department of X") is another body."""
        head = phrase.rsplit(None, 1)[-1].lower()
        if head not in _NAMED_HEADS or (subject and head in subject.lower().split()):
            return None
        outlets = lexicon().outlets
        named = [v for v in self.first_org if v not in outlets and head in v.lower().split()]
        return named[0] if len(named) == 1 and named[0] not in here else None

    def _subject_person(self, sent: Sentence, mentions: list[Mention]) -> str | None:
        """The person a sentence is about: its first person, unless that one only speaks, appoints or owns ("X's daughter")."""
        first = next((m for m in mentions if m.kind == "P"), None)
        if first is None or _NOT_SUBJECT_AFTER.match(self.text, first.end):
            return None
        return first.value

    def _held_here(self, sent: Sentence, mentions: list[Mention], before: int) -> str | None:
        """"X, a longtime Zillow product leader, is leaving the company": the latest body the sentence ties a person to."""
        text = self.text
        people = [x for x in mentions if x.kind == "P" and x.end <= before]
        if not people:
            return None
        who = people[-1]
        # "left Acme after 14 years at the firm": the years were spent where the person left
        past = _CAME_FROM_ONLY if _TENURE_BEFORE.search(text, max(sent.start, before - 60), before) else _NOT_HELD_BEFORE
        held = [x for x in mentions if x.kind == "O" and sent.start <= x.start and x.end <= before
                and x.value not in lexicon().outlets and not x.former
                and not past.search(text, max(sent.start, x.start - 80), x.start)
                and text[x.end:before].strip() not in (",", "")  # "Acme, the group's jewellery house": the parent
                and not any(p.value != who.value and (x.start < p.start if x.start > who.start else p.start < who.start)
                            for p in people)]
        # the body follows that person with no one else between, or is named before them with no one else before them
        return held[-1].value if held else None

    def run(self) -> Analysis:
        self.dead: set[str | None] = set()  # people the text says died: they hold no title now
        raw: list[tuple[RawClaim, Sentence]] = []
        parents: list[tuple[str, str, Evidence]] = []
        last_person: list[str] = []  # people named so far, the latest last
        recent_orgs: list[str] = []
        near_orgs: list[list[str]] = []  # organisations of the last NEAR_SENTENCES sentences
        group: list[str] = []
        window: list[list[str]] = []
        prev_lead: str | None = None
        prev_first_org: str | None = None
        prev_people: list[str] = []
        self._prev_subject: str | None = None
        self.pending: groups.Pending | None = None  # "All three will report to X" before the three are named
        self.prev_list: list[str] = []  # the last list of people the sentence before names ("A and B"): "Both will join"
        for sent, mentions, item in zip(self.sents, self.mentions, self.item_subjects):
            subject = item or self.dominant
            ms = self._add_references(sent, mentions, last_person, recent_orgs, subject, near_orgs)
            view = build_view(self.text, sent.start, sent.end, ms)
            ctx = Context(subject, list(recent_orgs), list(group), self.author, prev_lead, self.org_share, self.past_orgs, prev_people,
                          prev_first_org)
            evidence = Evidence(self.source, sent.start, sent.end, sent.text)
            parents.extend((c, p, evidence) for c, p in self._parents(view))
            if may_match(_DIED, view.ph):
                self.dead.update(view.value(m.group(1) or m.group(2)) for m in _DIED.finditer(view.ph))
            waiting = self.pending
            claims = self._claims(view, ctx)
            if self.pending is not waiting:
                self.pending.sent = sent
            elif waiting is not None:
                named = waiting.resolve(view, claims)
                if named is not None:
                    raw.extend((c, waiting.sent) for c in groups.spread(waiting.claims, named))
                    self.pending = None
            claims.extend(groups.joined_by(view, claims, raw))
            self.prev_list = groups.last_list(view)
            self._manager_at_hirer(claims, ms, raw, subject)
            _succeeded_where_moving(claims, raw, sent)
            moved = [c.person for c in claims if c.kind in ("join", "role") and c.org == self.dominant]
            window = (window + [moved])[-4:]
            group = list(dict.fromkeys(reversed([p for ps in window for p in ps])))[::-1]
            for c in claims:
                raw.append((c, sent))
                if c.parent:
                    parents.append((c.parent[0], c.parent[1], evidence))
            prev_people = list(dict.fromkeys(m.value for m in mentions if m.kind == "P"))
            self._prev_subject = self._subject_person(sent, mentions)
            lead = next((m for m in mentions if m.kind in ("O", "P")), None)
            prev_lead = lead.value if lead is not None and lead.kind == "O" and lead.start - sent.start <= 12 else None
            prev_first_org = lead.value if lead is not None and lead.kind == "O" and lead.value not in lexicon().outlets else None
            for m in mentions:
                if m.kind == "P":
                    if last_person and last_person[-1] != m.value:
                        last_person = [p for p in last_person if p != m.value]
                    if not last_person or last_person[-1] != m.value:
                        last_person.append(m.value)
                elif m.kind == "O" and m.value not in lexicon().outlets:
                    recent_orgs.append(m.value)
            near_orgs = (near_orgs + [[m.value for m in mentions if m.kind == "O" and m.value not in lexicon().outlets]])[-NEAR_SENTENCES:]
        listed = self._report_lists()
        taken = [(c.person, s) for c, s in listed if c.kind == "role"]  # the list's organisation replaces the bullet line's
        raw = [(c, s) for c, s in raw if not (c.kind == "role" and any(
            p == c.person and s.start < t.end and t.start < s.end for p, t in taken))]
        raw.extend(listed)
        raw.extend(outsider_joins(raw))
        claims = self._finish(raw)
        seen = set()
        uniq_parents = []
        for c, p, ev in parents:
            if (c, p) not in seen and c != p:
                seen.add((c, p))
                uniq_parents.append((c, p, ev))
        acr = dict(self.model.acronyms)
        return Analysis(claims, uniq_parents, acr, self.published)

    def _manager_at_hirer(self, claims: list[RawClaim], ms: list[Mention], raw, subject: str | None) -> None:
        """"X joins from B and will report to chief executive Y": Y's bare title is at the organisation X moves to."""
        text = self.text
        for r in claims:
            if r.kind != "reports_to" or not r.manager or r.manager.startswith(TITLE_HOLDER):
                continue
            bare = [t for t, p in zip(ms, ms[1:]) if p.kind == "P" and p.value == r.manager and t.kind == "T"
                    and not text[t.end:p.start].strip() and _REPORT_TO_BEFORE.search(text, max(0, t.start - 40), t.start)]
            if not bare:
                continue
            if "group" in bare[0].text.lower() or re.search(r"\b(?:continue|continues|still)\b", text[max(0, bare[0].start - 40):bare[0].start]):
                continue  # "continue to report to the group chairman": no move, or the parent's office
            moves = [c.org for c in claims if c.person == r.person and c.kind == "join" and c.org and not c.date_override]
            moves = moves or [c.org for c, _ in reversed(raw) if c.person == r.person and c.org and c.hired][:1]
            target = moves[-1] if moves else subject
            if not target or target.startswith(PERSON_ORG):
                continue
            for c in claims:
                if c.kind == "role" and c.person == r.manager and c.role == bare[0].value:
                    c.org = target

    def _parents(self, view: SentenceView):
        for pat in rules.PARENT_PATTERNS:
            for m in pat.finditer(view.ph):
                child = view.mentions[m.group("child")]
                parent = view.mentions[m.group("parent")]
                words = re.sub(r"\s*\(.*\)$", "", child.text).split()
                unit = bool(words) and words[-1] in rules._UNIT_WORDS
                if pat is rules.PARENT_PATTERNS[0] and not unit:
                    continue
                yield child.value, parent.value

    def _claims(self, view: SentenceView, ctx: Context) -> list[RawClaim]:
        out: list[RawClaim] = []
        group = groups.group_subject(view, self.prev_list, ctx.prev_people, ctx.recent_group)
        if not any(m.kind == "P" for m in view.mentions.values()):
            return out  # every claim is about a person
        written = view.ph
        _rewrite(view, _DESCRIBED, lambda m: None, r"\g<p> ")
        _rewrite(view, _ORG_EPITHET, lambda m: None, " ")
        has_title = " T" in view.ph
        for pat, handler, repl in rules.STAGE_A:
            if not has_title and handler in rules.NEEDS_TITLE:
                continue  # a pattern around a title cannot match a sentence without one
            _rewrite(view, pat, lambda m, h=handler: out.extend(h(view, m, ctx)), repl)
        self._stage_b(view, ctx, out)
        again = False
        for clause in (rules.WHO_CLAUSE, rules.APPOSITION):
            if clause.search(view.ph):
                _rewrite(view, clause, lambda m: rules.note_apposition(view, m), r"\g<p>")
                again = True
        if again:
            self._stage_b(view, ctx, out)
        along_with(view, written, out)
        out.extend(groups.list_subject(view, out))
        out.extend(groups.gapped(view, out))
        self._prefer_affiliation(view, out)
        out[:] = [c for c in out if not c.dated or not unasserted(view.quote[: max(0, c.at - view.start)])]  # a move, not a title
        stays = _stays_as_chair(view, written)
        if not _EXPLICIT_LEAVE.search(view.quote):  # "will serve as chairman before retiring from the board" is a leave later
            for who, where in stays.items():
                self.stayers.setdefault(who, []).append((where, view.start))
        out[:] = [c for c in out if not (c.kind == "leave" and c.person in stays and not c.ended and c.date_override != "past"
                                         and stays[c.person] in (None, c.org))]
        pronoun_people = {m.value for m in view.mentions.values() if m.kind == "P" and m.text.islower()}
        named_people = {m.value for m in view.mentions.values() if m.kind == "P" and not m.text.islower()}
        for c in out:
            if c.person in pronoun_people and c.person not in named_people:
                c.confidence *= 0.8
        if isinstance(group, int):  # the group is named later: keep its claims until then
            self.pending = groups.Pending(group, [c for c in out if c.person == groups.GROUP], None)
            return [c for c in out if c.person != groups.GROUP]
        return groups.spread(out, group) if group else out

    @staticmethod
    def _prefer_affiliation(view: SentenceView, out: list[RawClaim]) -> None:
        """"Deutsche Bank's head of Asia, X, retires after 30 years with the lender": the lender is X's bank."""
        refs = [m for m in view.mentions.values() if m.kind == "O" and m.former]  # "the company"-style references
        if not refs:
            return
        target = refs[0].value
        if any(m.kind == "O" and not m.former and m.value == target for m in view.mentions.values()):
            return  # the subject organisation is named in the sentence too: keep it
        by_person = {view.value(tag): org for tag, org in view.titled_at.items() if org}
        for c in out:
            if c.kind in ("join", "leave", "role") and c.org == target and not c.hired and by_person.get(c.person) not in (None, target):
                c.org = by_person[c.person]

    @staticmethod
    def _stage_b(view: SentenceView, ctx: Context, out: list[RawClaim]) -> None:
        has_title = " T" in view.ph
        for pat, handler, titled, words, factors, has_v in _stage_b_plan().live(view.ph):
            if titled and not has_title:
                continue
            if words and not any(w in view.ph for w in words):
                continue
            if factors and not present(factors, view.ph):
                continue
            pos = 0
            while pos < len(view.ph):
                m = pat.search(view.ph, pos)
                if not m:
                    break
                out.extend(handler(view, m, ctx))
                nxt = m.start("v") + 1 if has_v and m.start("v") >= 0 else m.end()
                pos = max(nxt, pos + 1)

    # -- dates, deferred references, merging ----------------------------------------------
    def _date_for(self, c: RawClaim, sent: Sentence, cache: dict) -> tuple[FuzzyDate | None, bool]:
        """The claim's date and whether it was inferred from the publication date alone."""
        pub = self.published
        if c.date_override == "past":
            return (FuzzyDate.unknown(not_after=pub.latest) if pub else None), True
        if not c.dated:
            return None, False
        key = (sent.start, c.future)
        if key not in cache:
            hinted = _DATE_HINT.search(self.text, sent.start, sent.end)
            cache[key] = find_dates(self.text, sent.start, sent.end, pub, c.future) if hinted else []
        best, best_d = None, MAX_DATE_DISTANCE + 1
        for dm in cache[key]:
            if pub is not None and c.future and pub.earliest and dm.date.latest and dm.date.latest < pub.earliest:
                continue  # a planned move does not take a date already past
            if pub is not None and not c.future and not dm.forward and pub.latest and dm.date.earliest and dm.date.earliest > pub.latest:
                continue  # a reported move does not take a date still to come
            d = 0 if dm.start <= c.at < dm.end else min(abs(dm.start - c.at), abs(dm.end - c.at))
            if dm.end <= c.at:
                d = int(d * 1.5)
            if d < best_d:
                best, best_d = dm.date, d
        if best is not None:
            if c.future and pub is not None and pub.earliest:
                best = best.bounded(not_before=pub.earliest)
            elif pub is not None and pub.latest and not c.future and best.latest and best.latest > pub.latest and best.earliest and best.earliest <= pub.latest:
                best = best.bounded(not_after=pub.latest)
            return best, False
        if pub is None:
            return None, False
        if c.future:
            return FuzzyDate.unknown(not_before=pub.earliest), True
        anchor = pub.latest or pub.value
        if anchor is None:
            return None, False
        return FuzzyDate.year(anchor.year).bounded(not_after=pub.latest), True

    def _finish(self, raw: list[tuple[RawClaim, Sentence]]) -> list[Claim]:
        cache: dict = {}
        # "Hale succeeds Orr as CEO. Orr will become chairman": Orr stays, so the succession is no leave
        # "X is stepping down from the CEO role. X will move to the board": X gives up a post, not the organisation
        raw = [(c, s) for c, s in raw if not (
            c.kind == "leave" and c.date_override != "past" and not c.ended
            and (_SUCCESSION_ONLY.search(s.text) and not _EXPLICIT_LEAVE.search(s.text) or _POST_ONLY.search(s.text))
            and any(o in (None, c.org) and abs(at - s.start) <= STAY_REACH for o, at in self.stayers.get(c.person, ())))]
        # a join in a title ("joins as CFO", "founded X") also states the title held from then on,
        # unless the text later tells a done departure from there ("Orr co-founded Acme ... Orr left the firm in March")
        left_at: dict[tuple[str, str | None], int] = {}
        for c, _ in raw:
            if c.kind == "leave" and not c.future:
                left_at[c.person, c.org] = max(left_at.get((c.person, c.org), -1), c.at)
        order = {st: i for i, st in enumerate(sorted({s.start for _, s in raw}))}
        reporting: dict[str, list[int]] = {}
        for c, s in raw:
            if c.kind == "reports_to" and not re.search(r"\breported to\b", s.text):  # "Fischer had reported to X": past
                reporting.setdefault(c.person, []).append(order[s.start])
        raw = raw + [
            (dataclasses.replace(c, kind="role", confidence=c.confidence * 0.95), s)
            for c, s in raw
            if c.kind == "join" and (c.role or _holds_post(c, s, reporting, order)) and left_at.get((c.person, c.org), -1) <= c.at
        ]
        dated: list[tuple[RawClaim, Sentence, FuzzyDate | None]] = []
        for c, sent in raw:
            if c.years_before:
                continue
            d, inferred = self._date_for(c, sent, cache)
            if inferred and c.date_override is None:
                c.confidence *= 0.9
            dated.append((c, sent, d))
        dated = _drop_roles_left(dated, self.published)
        dated = _name_ventures(dated)
        for c, sent in _still_in_post(dated, self.dominant):
            dated.append((c, sent, self._date_for(c, sent, cache)[0]))
        dated = _drop_roles_of_leavers(dated, self.published)
        leave_dates: dict[tuple[int, str], FuzzyDate] = {}
        for o, s, d in dated:
            if o.kind == "leave" and d is not None:
                leave_dates.setdefault((s.start, o.person), d)
        for c, sent in raw:
            if not c.years_before:
                continue
            event = leave_dates.get((sent.start, c.person))
            if event is None:
                event = self.published
            d = years_before(event, *c.years_before) if event else None
            dated.append((c, sent, d))
        to_employers([c for c, _, _ in dated], [s.start for _, s, _ in dated], self.dominant, ("\x00", PERSON_ORG))
        # deferred references
        roles: dict[str, Counter] = {}
        holders: list[tuple[str, str, str]] = []
        for c, _, _ in dated:
            if c.kind in ("role", "join") and c.org and not c.org.startswith("\x00"):
                roles.setdefault(c.person, Counter())[c.org] += 2 if c.kind == "role" else 1
            if c.kind == "role" and c.role and c.org and not c.org.startswith("\x00"):
                holders.append((c.role.casefold(), c.org, c.person))
        merged: dict[tuple, list] = {}
        order: list[tuple] = []
        for c, sent, d in dated:
            org, manager = c.org, c.manager
            if org and org.startswith(PERSON_ORG):
                who = org[len(PERSON_ORG):]
                org = roles[who].most_common(1)[0][0] if who in roles else self.dominant
            if manager and manager.startswith(TITLE_HOLDER):
                title, _, torg = manager[len(TITLE_HOLDER):].partition("\x00")
                manager = next(
                    (p for t, o, p in holders if t == title.casefold() and (not torg or o == torg) and p != c.person), None
                )
                if manager is None:
                    continue
            if c.kind != "reports_to" and not org:
                continue
            if org and (org == c.person or org.startswith("\x00")):
                continue
            key = (c.kind, c.person, org, c.role, manager, tuple(d.to_dict().values()) if d else None)
            ev = Evidence(self.source, sent.start, sent.end, sent.text)
            if key not in merged:
                merged[key] = [c, d, [ev], c.confidence, org, manager, {(ev.start, ev.end)}]
                order.append(key)
            else:
                entry = merged[key]
                if (ev.start, ev.end) not in entry[6]:
                    entry[6].add((ev.start, ev.end))
                    entry[2].append(ev)
                entry[3] = max(entry[3], c.confidence)
        claims = []
        for key in order:
            c, d, evs, conf, org, manager, _ = merged[key]
            if c.kind == "role" and c.person in self.dead:
                continue
            evs.sort(key=lambda e: e.start)
            conf = min(1.0, conf + 0.05 * min(4, len({e.quote for e in evs[:8]}) - 1))
            claims.append(
                Claim(_KINDS[c.kind], c.person, org, c.role, manager, d, self.published, tuple(evs), round(max(0.0, min(1.0, conf)), 3))
            )
        claims.sort(key=lambda c: (c.evidence[0].start, _KIND_ORDER[c.kind.value]))
        return claims


SUCCESSION_REACH = 800  # characters back to look for where a successor is moving


def _succeeded_where_moving(claims: list[RawClaim], raw: list[tuple[RawClaim, Sentence]], sent: Sentence) -> None:
    """"X will leave A to become president of B. She succeeds Y": Y's post is at B, where X moves, not at the subject."""
    for r in claims:
        if not r.follows:
            continue
        moves = [c.org for c, s in raw if s.start >= sent.start - SUCCESSION_REACH and c.person == r.follows and c.org
                 and not c.org.startswith("\x00") and not c.date_override and not c.years_before
                 and (c.kind == "join" or c.kind == "role" and c.hired)]
        moves += [c.org for c in claims if c.person == r.follows and c.kind == "join" and c.org and not c.date_override
                  and not c.org.startswith("\x00")]
        if moves:
            old, new = r.org, max((o for o in moves if o == moves[-1] or o.startswith(moves[-1] + " ")), key=len)
            for c in claims:  # "succeeds Y, who is retiring": the sentence's other guesses about Y's post move with it
                if c.person == r.person and c.org == old:
                    c.org = new


_ANNOUNCED_LEAVE = re.compile(
    r"\b(?:will|is to|is set to|is due to|plans to|intends to) (?:\w+ )?(?:retire|leave|step down|stand down|depart|quit)\b"
    r"|\b(?:retires|is (?:also |now )?(?:retiring|stepping down|leaving)) (?:in|at|on|after|from|as)\b")
_MOVE_ON = re.compile(r"\bto (?:become|join|take|lead|head|run)\b")


def _holds_post(c: RawClaim, s: Sentence, reporting: dict[str, list[int]], order: dict[int, int]) -> bool:
    """"X joins from B, where ... X will report to Y": someone who reports to a manager holds a post where they joined."""
    if c.date_override is not None or c.years_before or not c.org or c.org.startswith("\x00"):
        return False
    return any(abs(i - order[s.start]) <= 1 for i in reporting.get(c.person, ()))


def _still_in_post(dated, dominant: str | None) -> list[tuple[RawClaim, Sentence]]:
    """"X will retire in June", "X, who retires at the end of the year": announced to leave, so X holds a post there now."""
    held = {(c.person, c.org) for c, _, _ in dated if c.kind == "role"}
    # "joins from B", "will leave B to become CEO of A": the leave of B is the start of a move, told from A's side
    # (a stint told with it, "retires after 30 years with the company", is no move)
    moving = {(s.start, c.person) for c, s, _ in dated if c.kind == "join" and c.date_override != "past" or c.kind == "role" and c.dated}
    out = []
    for c, s, d in dated:
        if c.kind != "leave" or (c.person, c.org) in held or (s.start, c.person) in moving or _IMMEDIATE.search(s.text):
            continue
        near = any(abs(s.start + m.start() - c.at) <= 30 for m in _ANNOUNCED_LEAVE.finditer(s.text))
        sure = c.org == dominant or c.org and c.org.split()[0] in s.text  # a guessed "the company" is often wrong
        if near and sure and not _MOVE_ON.search(s.text):
            held.add((c.person, c.org))
            out.append((dataclasses.replace(c, kind="role", future=False, dated=False, confidence=c.confidence * 0.85), s))
    return out


_STAYS_AS_CHAIR = re.compile(
    r"(?P<p>P\d+) (?:(?!P\d)\S+ ){0,30}?(?:will|to|would|and) (?:also )?(?:(?:become|becomes|move to|moves to|remain|remains|stay on as|stays on as|"
    r"continue as|continues as|serve as|take up the role of) (?:the |its |their |a )?(?:(?P<t>T\d+)|(?:non-executive |executive )?board\b)"
    r"|(?:remain|remains|stay|stays|continue|continues|stay on|stays on) (?:on|with) (?:the |its |their )?(?:(?:O\d+ 's |[a-z'\-]+ ){0,3}?)board\b"
    r"|(?:return|returns|revert|reverts) to (?:his|her|their|that|the) (?:previous |former |old |earlier )?(?:role|job|post|position)\b"
    r"|(?:return|returns|go back|goes back) to (?:the |his |her |their )?(?:faculty|classroom|teaching|lab|laboratory)\b)"
    r"(?: (?:of|at) (?:the )?(?P<o>O\d+))?"
)
_SUCCESSION_ONLY = re.compile(r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|tak(?:e|es|ing) over from|took over from)\b", re.I)
_EXPLICIT_LEAVE = re.compile(r"\b(?:retir|resign|step(?:s|ped|ping)? (?:down|aside)|stand(?:s|ing)? down|leav|left\b|quit|depart|exit|oust|fired|sacked)", re.I)
_MOVES_INSIDE = re.compile(
    r"(?P<p>P\d+) , who (?:(?!P\d)\S+ ){0,30}?(?:(?:will|would|is to|now|also|then) )*(?:become|becomes|is becoming|move|moves|is moving|take over|takes over|is taking over|transition|transitions|is transitioning|shift|shifts|is shifting)"
    r"(?: to| into| as)? (?:(?:a|an|the) (?:[a-z\-]+ ){0,2}(?:role|post|position|job)\b"
    r"|(?:as |to )?(?:the |its |their |a |an )?(?:(?:O\d+|[a-z\-]+) 's )?(?:[a-z\-]+ ){0,2}?T\d+(?: (?:of|at) (?:the )?(?P<o>O\d+)(?! 's))?)"
)
_POST_ONLY = re.compile(
    r"\bstep(?:s|ped|ping)? (?:down|aside|back) (?:as (?!(?:a |an )?(?:director|board member|member of the board)\b)"
    r"|from (?:the|his|her|their) (?:[\w-]+ ){0,3}?(?:role|post|position|job)\b)", re.I)
STAY_REACH = 600  # characters between a succession and the sentence that says the predecessor stays on


def _stays_as_chair(view: SentenceView, written: str) -> dict[str, str | None]:
    """"X is stepping down as CEO and will move to the board", "replacing X, who will become chairman": X stays on
    (at the organisation named after the chair, if any). In a succession that tells no departure, a predecessor "who
    becomes CTO" or "who moves to a global role" takes another post in the same organisation."""
    out: dict[str, str | None] = {}
    for m in _STAYS_AS_CHAIR.finditer(view.ph):
        if m.group("t") and not re.search(r"\b(?:Chair|Chairman|Chairwoman|Chairperson|Adviser|Advisor|Director)\b", view.value(m.group("t")) or ""):
            continue
        person = view.value(m.group("p"))
        if person:
            out[person] = view.value(m.group("o"))
    if _SUCCESSION_ONLY.search(view.quote) and not _EXPLICIT_LEAVE.search(view.quote):
        for m in _MOVES_INSIDE.finditer(written):
            person = view.value(m.group("p"))
            if person and person not in out:
                out[person] = view.value(m.group("o"))
    return out


def _after(d: FuzzyDate | None, other: FuzzyDate | None) -> bool:
    """`d` surely falls after `other` ("left in 2015 and rejoined as CFO in 2018")."""
    return bool(d is not None and other is not None and d.earliest and other.latest and d.earliest > other.latest)


def _drop_roles_left(dated: list, published: FuzzyDate | None) -> list:
    """"Acme ousted chief executive Jane Doe", "CFO Jane Doe has left": a title the sentence says was left is no longer held.

    A departure dated after publication ("has resigned with effect from 31 March") leaves the title held until then.
    The title left goes on the leave, so the tenure it ends keeps its name.
    """
    last = published.latest if published is not None else None
    gone = {(s.start, c.person, c.org) for c, s, d in dated if c.kind == "leave" and (
        c.ended and not c.future and not (last and d is not None and d.earliest and d.earliest > last)
        or c.future and _IMMEDIATE.search(s.text))}  # "is stepping down, effective immediately": gone now
    left_on = {(s.start, c.person, c.org): d for c, s, d in dated if c.kind == "leave" and (s.start, c.person, c.org) in gone}
    out, titles = [], {}
    for c, s, d in dated:
        k = (s.start, c.person, c.org)
        if c.kind == "role" and c.dated and k in gone and not _after(d, left_on.get(k)):
            continue  # "X, who co-founded Acme in 2020, has left the company": the title taken before ended too
        if c.kind == "role" and not c.dated and (s.start, c.person, c.org) in gone:
            titles.setdefault((s.start, c.person, c.org), c.role)
        else:
            out.append((c, s, d))
    for c, s, d in out:  # the title left goes with the leave
        if c.kind == "leave" and c.role is None and titles.get((s.start, c.person, c.org)):
            c.role = titles[(s.start, c.person, c.org)]
    return out


_PLAN: tuple[list, list, RuleIndex] = ([], [], RuleIndex([], []))


def _stage_b_plan() -> RuleIndex:
    """The stage-B rules with what each needs worked out once (rebuilt when the rule lists change)."""
    global _PLAN
    if rules.STAGE_B != _PLAN[0] or careers.STAGE != _PLAN[1]:
        stage = rules.STAGE_B + careers.STAGE
        entries = [(pat, handler, handler in rules.NEEDS_TITLE, rules.NEEDS_WORDS.get(handler), needed(pat),
                    "v" in pat.groupindex) for pat, handler in stage]
        _PLAN = (list(rules.STAGE_B), list(careers.STAGE), RuleIndex(entries, [gate(t, w, f) for _, _, t, w, f, _ in entries]))
    return _PLAN[2]


_GROUP_REF = re.compile(r"\\g<(\w+)>")
_TEMPLATES: dict[str, list[str | int] | None] = {}


def _expand(m: re.Match, repl: str) -> str:
    """m.expand(repl), without parsing the template again for each match when it is only group names and text."""
    parts = _TEMPLATES.get(repl, ())
    if parts == ():
        parts = _TEMPLATES[repl] = None if "\\" in _GROUP_REF.sub("", repl) else [
            (int(p) if p.isdigit() else p) if i % 2 else p for i, p in enumerate(_GROUP_REF.split(repl))]
    if parts is None:
        return m.expand(repl)
    return "".join((m.group(p) or "") if i % 2 else p for i, p in enumerate(parts))


_STILL_THERE = re.compile(r"\b(?:will|would|is to) (?:\w+ )?(?:leave|step down|depart|remain|stay|serve)\b|\buntil\b", re.I)


def _name_ventures(dated: list) -> list:
    """"X is leaving to launch a startup. X is co-founder and CEO of Tidepool Labs": the unnamed venture is the one the text
    names later as X's founding, unless X is said to have left it or founded it before ("founded the lab in 2013")."""
    unnamed: dict[str, tuple[int, FuzzyDate | None]] = {}
    for c, _, d in dated:
        if c.org == STARTUP.format(c.person):
            unnamed.setdefault(c.person, (c.at, d))
    if not unnamed:
        return dated
    left = {(c.person, c.org) for c, _, _ in dated if c.kind == "leave"}
    named: dict[str, str] = {}
    for c, _, d in dated:
        if (c.person in unnamed and c.kind in ("join", "role") and c.org and c.org != STARTUP.format(c.person)
                and c.role and re.search(r"\bfound", c.role, re.I) and (c.person, c.org) not in left
                and c.at > unnamed[c.person][0] and not _after(unnamed[c.person][1], d)):
            named.setdefault(c.person, c.org)
    return [(dataclasses.replace(c, org=named[c.person]) if c.person in named and c.org == STARTUP.format(c.person) else c, s, d)
            for c, s, d in dated]


def _drop_roles_of_leavers(dated: list, published: FuzzyDate | None) -> list:
    """"Acme's CFO, Jane Doe, ... Doe resigned in March": a title at an organisation the text says was since left is
    no longer held, unless the text returns the person there afterwards ("rejoined as CEO in 2018")."""
    last = published.latest if published is not None else None
    left: dict[tuple[str, str], FuzzyDate | None] = {}
    for c, s, d in dated:
        if c.kind == "leave" and c.org and c.ended and not c.future and c.date_override != "past" and not (
                last and d is not None and d.earliest and d.earliest > last) and not _STILL_THERE.search(s.text):
            k = (c.person, c.org)
            left[k] = d if k not in left or d is None or left[k] is not None and _after(d, left[k]) else left[k]
    if not left:
        return dated
    # a join there not surely before the departure ("is returning as chief executive") may be the way back
    back = {(c.person, c.org) for c, s, d in dated
            if c.kind == "join" and (c.person, c.org) in left and not _after(left[c.person, c.org], d)}
    return [(c, s, d) for c, s, d in dated if not (
        c.kind == "role" and (c.person, c.org) in left and (c.person, c.org) not in back and not _after(d, left[c.person, c.org]))]


def _rewrite(view: SentenceView, pat: re.Pattern, on_match, repl: str) -> None:
    """Replace each match in the view's string (keeping offsets aligned), after calling on_match on it."""
    ph, offsets = view.ph, view.offsets
    if not may_match(pat, ph):
        return
    parts: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    changed = False
    for m in pat.finditer(ph):
        on_match(m)
        r = _expand(m, repl)
        parts.append(ph[pos:m.start()])
        new_offsets.extend(offsets[pos:m.start()])
        anchor = offsets[m.start("p")] if "p" in pat.groupindex and m.start("p") >= 0 else offsets[m.start()]
        parts.append(r)
        new_offsets.extend([anchor] * len(r))
        pos = m.end()
        changed = True
    if not changed:
        return
    parts.append(ph[pos:])
    new_offsets.extend(offsets[pos:])
    new_ph = "".join(parts)
    if "  " in new_ph:
        keep = [i for i, ch in enumerate(new_ph) if not (ch == " " and i > 0 and new_ph[i - 1] == " ")]
        new_ph = "".join(new_ph[i] for i in keep)
        new_offsets = [new_offsets[i] for i in keep]
    view.ph = new_ph
    view.offsets = new_offsets


def analyse_text(text: str, source: str, published: FuzzyDate | None = None) -> Analysis:
    return _Extractor(text, source, published).run()


def extract_text(text: str, source: str, published: FuzzyDate | None = None) -> list[Claim]:
    """Claims of one document. `published` wins over a `published:` header line."""
    return analyse_text(text, source, published).claims


def extract_file(path: str | Path, published: FuzzyDate | None = None) -> list[Claim]:
    """Claims of one file, its spans indexing the text ingest stores (see orgtracker.documents.read_document)."""
    return extract_text(read_document(path).text, str(path), published)


def org_parents(text: str, source: str = "") -> list[tuple[str, str, Evidence]]:
    """(organisation, parent organisation, evidence) for each sub-organisation the text places inside another."""
    return analyse_text(text, source).parents
