"""Capitalised spans shaped like organisation names that name something else: a place, an event, a filing, a part of a body."""

from __future__ import annotations

import re

from .lexicon import lexicon

# US states and Canadian provinces as newspapers abbreviate them after a city ("Redmond, Wash.", "Charlotte, N.C.-based")
_STATE_ABBREVIATIONS = (
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. "
    "Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Va. Vt. Wash. W.Va. Wis. Wyo. "
    "D.C. B.C. Ont. Que. Alta. Sask. Man. N.S."
).split()
_POSTAL_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
    "RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
_ABBREVIATION = "(?:" + "|".join(re.escape(a) for a in sorted(_STATE_ABBREVIATIONS, key=len, reverse=True)) + ")"
_STATE_AFTER = re.compile(rf",[ \u00a0]+(?:{_ABBREVIATION}|(?:{'|'.join(_POSTAL_CODES)})\b)(?!\w)")
_ABBREVIATIONS_ALONE = frozenset(a.rstrip(".") for a in _STATE_ABBREVIATIONS + _POSTAL_CODES)
_CITY_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[ \u00a0]+$")
_PLACE_NAME_AFTER = re.compile(r",[ \u00a0]+(?P<place>[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)(?=-based\b|[,.;:)]|[ \u00a0]+[a-z]|$)")
# what follows an event's name, not an organisation's
_EVENT_ENDS = frozenset("Meeting Meetings Summit Festival Expo Awards Hearing Hearings Ceremony Gala Webinar Olympics".split())
# a numbered part of a filing or a rulebook, a funding round or a share class: "Form 8-K", "Chapter 11", "Series B"
_NUMBERED = frozenset("Form Schedule Rule Section Article Chapter Item Exhibit Regulation Phase Tier Series Round Class Part Annex Appendix Title Clause Stage".split())
_CODE = re.compile(r"[ \u00a0]+(?:[A-Z]{0,2}-?\d[\w-]*|[IVX]{1,4}\b|[A-Z]\b)")
_FACILITY_AFTER = re.compile(r"[ \u00a0]+(?:factory|plant|mill|refinery|smelter|site|facility|works|mine|campus|warehouse|depot|shipyard)\b")
_THE_BEFORE = re.compile(r"\bthe[ \u00a0]+$")
# "its Missiles and Space Systems segment": a part of the organisation named before, not another one
_ITS_BEFORE = re.compile(r"\bits[ \u00a0]+(?:[A-Z][\w&-]*[ \u00a0]+|and[ \u00a0]+)*$")
_PART_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w&-]*(?:[ \u00a0]+[A-Z][\w&-]*)*)?[ \u00a0]+"
    r"(?:segment|division|unit|business|businesses|arm|practice|operations|department|team|desk)\b"
)
_OWNER_BEFORE = re.compile(r"[A-Z][\w.&-]*['’]s[ \u00a0]+$")
_PART_HEADS = frozenset("Department Division Unit Committee Desk Team Directorate Section Secretariat".split())
# a board or committee named in apposition: "the Raad van Commissarissen, the club's supervisory board"
_BODY_APPOSITION = re.compile(
    r",[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:[\w-]+['’]s[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,2}(?:board|committee|council)\b"
)
# an academic unit of a university: "the College of Engineering", "School of Law", "Faculty of Arts and Sciences"
_ACADEMIC_HEADS = frozenset("College School Faculty".split())
_FIELD_ENDS = (
    "ing", "ic", "ence", "istry", "acy", "ism", "logy", "ine", "law", "art", "science", "ion", "ity", "ment", "ance", "ship", "ies",
    "al", "ate", "ive", "ory", "ure", "ery",
)


def _field_word(tok: str, lower_words: set[str]) -> bool:
    """A capitalised common word or field of work ("Engineering", "Supervision", "Communications"), not a proper name."""
    lex = lexicon()
    low = tok.lower()
    if low in lex.places or low in lex.given_names:
        return False
    return low in lex.nonname or low in lower_words or low.rstrip("s").endswith(_FIELD_ENDS)


_TITLE_FIELD = None


def _title_field() -> tuple[re.Pattern, re.Pattern]:
    """A title and "of"/"for" before a span ("Head of", "Deputy Governor for"), or a title and a comma ("Senior Director, ")."""
    global _TITLE_FIELD
    if _TITLE_FIELD is None:
        titles = "|".join(re.escape(t) for t in sorted(lexicon().title_core, key=len, reverse=True))
        _TITLE_FIELD = (
            re.compile(rf"(?i:\b(?:{titles}))[ \u00a0]+(?:of|for)[ \u00a0]+$"),
            re.compile(rf"(?i:\b(?:{titles})),[ \u00a0]+$"),
        )
    return _TITLE_FIELD


_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:at|of|in|for|and|or|to|from|with|since|until|who|which|where|when|on|as|is|was|has|had|will|said|says)\b)[a-z]{3,}"
)
_EMPLOYER_AFTER = re.compile(r"[ \u00a0]+(?:at|of|with)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def title_field(text: str, s: int, e: int, lower_words: set[str]) -> bool:
    """"Head of Insurance Supervision at the Bank of England", "Senior Director, Corporate Communications" on a
    signature line: the field a title covers, made of common words, where the employer is named after it or above it."""
    tokens = [t for t in text[s:e].split() if t not in ("and", "&", "of")]
    of_before, comma_before = _title_field()
    window = text[max(0, s - 60):s]
    if len(tokens) == 1 and tokens[0].isupper() and _NOUN_AFTER.match(text, e) and of_before.search(window):
        return True  # "vice president of RAN deployment": an acronym that says what the work is about
    if not tokens or not all(_field_word(t, lower_words) for t in tokens):
        return False
    return bool(
        (_EMPLOYER_AFTER.match(text, e) and of_before.search(window)) or (_LINE_END.match(text, e) and comma_before.search(window))
    )


def academic_unit(tokens: list[str], lower_words: set[str]) -> bool:
    """"College of Engineering", "School of Arts and Sciences": a university's unit named only for its fields."""
    if len(tokens) < 3 or tokens[0] not in _ACADEMIC_HEADS or tokens[1] != "of":
        return False
    fields = [t for t in tokens[2:] if t not in ("and", "&")]
    return bool(fields) and all(_field_word(t, lower_words) for t in fields)


def place_span(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a place by how it is written: a city before its state or country ("Redmond, Wash.",
    "Norfolk, Virginia-based"), the state's abbreviation itself, or a place's half of "Washington- and Nairobi-based"."""
    name = text[s:e]
    if name.endswith("-"):
        return True  # "Washington- and Nairobi-based": a place's half of a shared "-based"
    if _STATE_AFTER.match(text, e):
        return True  # "Redmond, Wash., nonprofit ...": a city
    place = _PLACE_NAME_AFTER.match(text, e)
    if place and place.group("place").lower() in lexicon().places:
        return True  # "Norfolk, Virginia-based", "Szeged, Hungary": a city and where it is
    return name.rstrip(".") in _ABBREVIATIONS_ALONE and bool(_CITY_BEFORE.search(text, max(0, s - 40), s))  # "Wash." of "Redmond, Wash."


def not_an_org(text: str, s: int, e: int, lower_words: set[str]) -> bool:
    """Whether text[s:e], a capitalised span no lexicon knows as an organisation, names an event, a filing, a site,
    a board or a part of an organisation instead."""
    name = text[s:e]
    tokens = name.split()
    before = text[max(0, s - 120):s]
    if tokens[-1] in _EVENT_ENDS:
        return True  # "the Annual General Meeting", "the Grid Summit"
    if tokens[0] in _NUMBERED and (len(tokens) == 1 and _CODE.match(text, e) or len(tokens) == 2 and len(tokens[1]) <= 3):
        return True  # "Form 8-K", "Chapter 11", "Series B"
    if len(tokens) == 1 and _FACILITY_AFTER.match(text, e) and _THE_BEFORE.search(before):
        return True  # "at the Kecskemet factory": where a plant stands
    if _ITS_BEFORE.search(before) and _PART_AFTER.match(text, e):
        return True  # "president of its Missiles and Space Systems segment"
    if len(tokens) > 1 and tokens[-1] in _PART_HEADS and _OWNER_BEFORE.search(before):
        return True  # "the Central Bank's Financial Stability Department"
    if title_field(text, s, e, lower_words):
        return True
    if _BODY_APPOSITION.match(text, e):
        return True  # "chair of the Raad van Commissarissen, the club's supervisory board"
    if _THE_APPOSITION_BEFORE.search(before) and _described_kind().match(text, e):
        return True  # "Barlow Builders, the Durham general contractor, ...": where or what the firm named before is
    if _modifier_before_name().match(text, e):
        return True  # "at Open RAN startup Radiolith": the words before the noun say what kind, the name follows it
    return academic_unit(tokens, lower_words)


_MODIFIER = None
_DESCRIBED = None
_THE_APPOSITION_BEFORE = re.compile(r"[\w.)][ \u00a0]*,[ \u00a0]+the[ \u00a0]+$")


def _described_kind() -> re.Pattern:
    """A few lower-case words and a descriptor noun that end the phrase: "general contractor,", "robotics startup that"."""
    global _DESCRIBED
    if _DESCRIBED is None:
        nouns = "|".join(sorted(lexicon().descriptors, key=len, reverse=True))
        _DESCRIBED = re.compile(
            rf"(?:[ \u00a0]+[a-z][\w-]*){{0,3}}?[ \u00a0]+(?:{nouns})(?=[,.;:)]|[ \u00a0]+(?:that|which|whose|with|behind)\b)"
        )
    return _DESCRIBED


def _modifier_before_name() -> re.Pattern:
    """A descriptor noun and a capitalised name after a span: "Open RAN startup Radiolith", "Premier League side X"."""
    global _MODIFIER
    if _MODIFIER is None:
        nouns = "|".join(sorted(lexicon().descriptors, key=len, reverse=True))
        word = r"(?!(?:and|or|the|its|his|her|their|a|an|to|of|in|on|at|for|with|by|from|as|is|was|has|had|will|said|says)\b)[a-z][\w-]*(?<!ed)"
        _MODIFIER = re.compile(rf"(?:[ \u00a0]+{word})?[ \u00a0]+(?:{nouns})[ \u00a0]+[A-Z][\w&'’-]*[a-z]")
    return _MODIFIER
