"""Building blocks of the claim rules: raw claims, the document context, tag patterns, the organisation a clause names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .lexicon import alternation, lexicon, longest_first
from .timex import NUMBER_WORDS
from .attach import Candidate, choose, fronted, mention_features
from .view import SentenceView

PERSON_ORG = "\x00person:"  # an organisation to be read from what the document says of a person
TITLE_HOLDER = "\x00title:"  # a manager known only by title ("report to the CEO")
STARTUP = "{}'s startup"  # the unnamed venture a person founds


@dataclass
class RawClaim:
    kind: str
    person: str
    org: str | None
    role: str | None = None
    manager: str | None = None
    confidence: float = 0.8
    at: int = 0  # document offset of the cue, to pick the nearest date
    future: bool = False
    dated: bool = True  # join/leave/event: takes a date (recency when none); False: a standing role
    years_before: tuple[int, bool] | None = None  # join N years before this sentence's event
    date_override: object = None
    weak: bool = False
    parent: tuple[str, str] | None = None
    ended: bool = False  # a done leave that ends a title held in the same sentence (ousted, sacked, "has left")
    hired: bool = False  # the organisation is the one that hires or appoints: never the person's other affiliation
    follows: str | None = None  # a predecessor's post, guessed from context: where this successor is moving, if told


@dataclass
class Context:
    dominant_org: str | None
    recent_orgs: list[str] = field(default_factory=list)
    recent_group: list[str] = field(default_factory=list)  # people moved in the sentence before ("all three")
    author: str | None = None  # who signs a memo the article quotes: "reports to me"
    prev_lead: str | None = None  # the organisation that opens the sentence before: what a leading "it" is
    org_share: dict[str, float] = field(default_factory=dict)  # organisation -> its weight in the document, the subject's 1
    past_orgs: frozenset[str] = frozenset()  # organisations the document names mostly as where someone came from
    prev_people: list[str] = field(default_factory=list)  # people the sentence before names ("Both will report to X")
    prev_first_org: str | None = None  # the first organisation the sentence before names, before any person


_P = r"P\d+"
_O = r"O\d+"
_T = r"T\d+"
_PLIST = rf"{_P}(?: (?:, (?:and )?|and |& ){_P})*"
_AUXWORDS = (
    "also recently officially formally quietly abruptly suddenly surprisingly reportedly now later previously "
    "formerly first originally eventually just already then effectively ultimately briefly soon finally "
    "has have had will would is was are were be been being set to expected poised slated preparing prepares "
    "prepare plans planned planning plan intends intended intend agreed decided going could may might "
    "not n't ready expects hopes wants due likely widely 'll 's 're also who that , said says himself herself "
    "themselves only itself personally"
).split()
_AUX = "(?P<aux>(?:(?:" + "|".join(re.escape(w) for w in sorted(set(_AUXWORDS), key=len, reverse=True)) + r") ){0,7})"
_FUTURE = re.compile(
    r"\b(?:will|'ll|set to|plans? to|planned to|planning to|intends? to|expected to|poised to|slated to|is to|are to"
    r"|prepares? to|preparing to|going to|would|ready to|due to|expects to|hopes to|likely to)\b|\b(?:is|are|'s|'re) "
    r"(?:\w+ )?\w+ing\b",
)
_NUM = "(?:" + longest_first(NUMBER_WORDS) + r"|\d{1,2})"
_STARTUP_WORDS = r"(?:startup|start-up|company|venture|firm|business|fund|lab|laboratory|nonprofit|organization|organisation|outfit|studio)"
# "a propulsion company", "his own firm, Halo Drive", "a startup called Acme": never "our business", "its lab" (an existing unit)
def _venture(words: str) -> str:
    return (
        rf"(?:(?:a|an|his|her|their|own|new|(?!(?:our|its|your|my|the|this|that|these|those)\b)[a-z][a-z\-]*|{_O}|{_P} 's|{_P}(?= own\b)) ){{0,5}}?"
        rf"{words}\b(?: (?:(?:, |called |named )(?P<vn>{_O}|{_P})|(?P<vo>{_O}))(?= (?:\.|,|which|that|in|with|—|$)))?"
    )


_NEW_VENTURE = _venture(_STARTUP_WORDS)
# someone who leaves "to launch her own agency, X" founds X: smaller ventures count after a departure
_NEW_VENTURE_AFTER_LEAVING = _venture(rf"(?:{_STARTUP_WORDS}|shop|agency|boutique|consultancy|label|practice|restaurant|gallery)")
_UNIT_NOUNS = r"(?:faculty|board|team|staff|unit|division|lab|ranks|leadership|group|department|practice|office|arm|business|operations|research|subsidiary)\b"
_DET = (r"(?:(?:its|the|a|an|their|new|next|permanent|interim|his|her|our|incoming|first|second|third|fourth|fifth|sixth|seventh"
        r"|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|sole|current|currently|now|also) )*")
_DESCR = r"(?:(?!(?:as|and|or|in|to|by|from|with|for|of|at|on|who|which|since|after|before|when)\b)[a-z][a-z\-]* ){0,2}?"
_NOT_FUNCTION = r"(?!(?:as|and|or|in|to|by|from|with|for|the|a|an|of|at|on|while|when|after|before|said|says|told|hired|named|following|including|like|than|amid|since|under|is|was|has|had|will)\b)"


_NOT_POSS = r"(?!(?:its|his|her|their|our|my|your)\b)"
_NOT_VERBISH = (
    r"(?!(?:also|has|have|had|will|would|can|could|should|may|might|must|did|does|do|now|then|just|not|never|"
    r"says|said|hires|names|taps|promotes|appoints|adds|picks|poaches|recruits|lures|welcomes|confirms|announces)\b)"
    r"(?![a-z\-]*(?:ed|ly)\b)"
)


_PERSON_NOUN = (
    r"(?:(?![a-z\-]*(?:over|after|later|never|ever|under|other|either|rather|whether|further|together)\b)"
    r"[a-z\-]*(?:er|or|ist|ian|ant|ent|ee|ive|ary|ar|man|woman)|veteran|chief|head|boss|alum|alumna|alumnus|exec|staff|"
    r"star|leader|official|insider|pioneer|luminary|legend|guru|co-creator|co-architect|co-founder)"
)


# job words no title list holds: "regional officer", "works council delegate", "chief municipal inspector"
_JOB_WORD = (
    r"(?:[a-z\-]*(?:officer|director|manager|secretary|inspector|delegate|representative|organi[sz]er|coordinator|controller"
    r"|adviser|advisor|counsel|spokes(?:man|woman|person)|analyst|economist|strategist|editor|correspondent|researcher"
    r"|engineer|scientist|lawyer|attorney|treasurer|administrator|superintendent|commissioner|steward|convenor|convener|boss))"
)


def _verbs(name: str) -> str:
    return alternation(lexicon().verbs[name])


def _future(aux: str | None, verb: str | None, before: str = "") -> bool:
    if re.search(r"\b(?:before|until|once|when|if) (?:, )?$", before):
        return True
    return bool(_FUTURE.search(" " + " ".join(f"{aux or ''} {verb or ''}".split()) + " "))


def _pre(view: SentenceView, m: re.Match) -> str:
    """The sentence before the match's verb."""
    return view.ph[: m.start("v")]


def _before(view: SentenceView, m: re.Match) -> str:
    return view.ph[max(0, m.start() - 24): m.start()]


Handler = Callable[[SentenceView, re.Match, Context], list[RawClaim]]


def _org_of(view: SentenceView, tag: str | None) -> str | None:
    return view.value(tag)


def context_org(view: SentenceView, before: int, ctx: Context, exclude: set[str | None] = frozenset()) -> str | None:
    """The organisation a bare title or a move without an object refers to (see attach.py)."""
    outlets = lexicon().outlets
    limit = view.at(before)
    here: dict[str, Candidate] = {}
    order = 0
    for tag, mention in sorted(view.mentions.items(), key=lambda tm: tm[1].start):
        if mention.kind != "O" or mention.start >= limit:
            continue
        v = mention.value
        i = view.ph.find(f" {tag} ")
        if i >= 0 and (_OPPONENT.search(view.ph[: i + 1]) or _GAME_AFTER.match(view.ph, i + len(tag) + 1)):
            continue  # "after the Coventry game, captain X said": an opponent, not X's club
        if not v or v in exclude or v in outlets:
            continue
        if _COMMENTATOR_AT.search(view.quote, 0, max(0, mention.start - view.start)):
            continue  # "said Jo Doe, an analyst at Kepler": the commentator's firm holds no one else's title
        order += 1
        feats = {"here"} | (mention_features(view.ph, i, i + len(tag) + 1) if i >= 0 else set())
        if v in here:  # named twice: someone's past or destination only if both mentions say so
            feats = (feats | here[v].features) - ({"moved_to", "came_from"} - (feats & here[v].features))
        here[v] = Candidate(v, order, feats)
    if here:
        max(here.values(), key=lambda c: c.order).features.add("latest")
    cands = list(here.values())
    subject = ctx.dominant_org
    if subject and subject not in exclude:
        if subject in here:
            here[subject].features.add("subject")
        else:
            cands.append(Candidate(subject, -1, {"subject"}))
    known = {c.org: c for c in cands}
    for k, v in enumerate(reversed(ctx.recent_orgs[-3:])):
        if v not in exclude and v not in outlets:
            if v not in known:
                known[v] = Candidate(v, -2 - k, set())
                cands.append(known[v])
            known[v].features.add("recent")
    for c in cands:
        c.share = ctx.org_share.get(c.org, 0.0)
        if c.org in ctx.past_orgs:
            c.features.add("past")
    return choose(cands)


_COMMENTATOR_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|recruiters?|headhunters?|consultants?|researchers?|professors?)"
    r"(?: [a-z][a-z\-]*)? (?:at|with|from|for) (?:the )?(?:[a-z][\w\-]* ){0,2}$", re.I)


_OPPONENT = re.compile(
    r"\b(?:against|versus|vs\.?|beat|beating|defeated|(?:defeat|win|victory|loss|draw) (?:at|to|by|over|against|with))"
    r" (?:the )?$"
)


_GAME_AFTER = re.compile(r" (?:game|match|fixture|tie|derby)\b")


_PREP_BEFORE = re.compile(r"(?:\bin|\bat|\bfrom|\bof|\bfor|\bwith|\bto|\bby|\bon|\blike|\bthan|\bagainst|\bversus|\bvs\.?) $")


# "Elsewhere, Jefferies has promoted ...", "In Singapore, the bank named ...": an opening phrase, then the subject
_OPENER = re.compile(r" (?:(?!(?:and|or|named|hired|appointed|promoted|names|hires|appoints|promotes)\b)[a-z][a-z\-'’]* ){1,4}, ")
_PREP_PHRASE_BEFORE = re.compile(r"\b(?:by|of|from|at|with|for|than|like) (?:the |a |an |its )?(?:(?:[a-z][a-z\-]*|O\d+) ){1,3}$")
_OBJECT_BEFORE_RX: re.Pattern | None = None


def _OBJECT_BEFORE() -> re.Pattern:
    """A mention right after a verb of moving people is its object, not the one who hires."""
    global _OBJECT_BEFORE_RX
    if _OBJECT_BEFORE_RX is None:
        verbs = [v for k in ("hire", "appoint", "fire", "join", "leave", "succeed") for v in lexicon().verbs[k]]
        _OBJECT_BEFORE_RX = re.compile(r"(?:\b" + alternation(verbs) + r"|\band|,) $")
    return _OBJECT_BEFORE_RX


def hirer_org(view: SentenceView, before: int, ctx: Context) -> tuple[str | None, bool]:
    """The organisation that hires: the nearest subject-like organisation or person before the verb."""
    front = fronted(view.ph)
    if front and view.ph.find(f" {front} ") < before and view.value(front) not in lexicon().outlets:
        return view.value(front), False  # "At Acme Chemical, the group named X chief executive"
    for m in reversed(list(re.finditer(rf"(?:{_O}|{_P})", view.ph[:before]))):
        if _PREP_BEFORE.search(view.ph[: m.start()]) or _OBJECT_BEFORE().search(view.ph[: m.start()]) and not (
                m.group().startswith("O") and _OPENER.fullmatch(view.ph[: m.start()])):
            continue
        if _PREP_PHRASE_BEFORE.search(view.ph[: m.start()]):
            continue  # "owned by the Geneva-based group Aurel Holding": inside a phrase, not the subject
        tag = m.group()
        mention = view.mentions[tag]
        if mention.value in lexicon().outlets:
            continue
        if tag.startswith("O"):
            return mention.value, False
        return PERSON_ORG + mention.value, False
    if ctx.prev_lead and re.search(r"(?:^ ?|[,.;] |\band )(?:\S+ ){0,3}it (?:\S+ ){0,2}$", view.ph[:before]):
        return ctx.prev_lead, False  # "Kestrel has been hiring. Last year it hired X": it is Kestrel
    return ctx.dominant_org, True


def _people(view: SentenceView, text: str) -> list[str]:
    return [v for v in (view.value(t) for t in re.findall(_P, text)) if v]
