"""Names in text: capitalised sequences, told apart as people, organisations or neither, resolved within a document."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .charclass import UPPER
from .lexicon import lexicon, longest_first
from .nonorgs import not_an_org, place_span

_POSSESSIVE_BRANDS = longest_first(o[:-2] for o in lexicon().known_orgs if o.endswith(("'s", "’s")) and " " not in o) or "(?!)"
# "Aurelia Pilots' Association": a plural possessive inside an organisation's name
_PLURAL_POSSESSOR_HEADS = "Association|Union|Federation|Guild|Council|Alliance|League|Fund|Society|Club"
# "Miller County Sheriff's Office": an officer's possessive inside a public office's name
_OFFICER_OFFICE = r"(?:Sheriff|Attorney|Prosecutor|Marshal|Coroner|Comptroller|Auditor|Assessor|Treasurer)['’]s(?=[ \u00a0](?:Office|Department)\b)"
_GROUP_POSSESSIVE = rf"(?:Women|Men|Children|People|[{UPPER}][a-z]+men)['’]s(?=[ \u00a0](?:{_PLURAL_POSSESSOR_HEADS}|Hospital|Institute|College|Bank|Party|Museum|Trust|Services?|Health|Affairs|Rights|Commission|Bureau|Cent(?:er|re)|Home|Foundation|Aid|Welfare)\b)"  # "Fishermen's Union", "Department of Children's Services"
_TOKEN = rf"(?:{_OFFICER_OFFICE}|{_GROUP_POSSESSIVE}|(?:{_POSSESSIVE_BRANDS})['’]s\b|(?:[{UPPER}]\.){{2,3}}(?![\w])|(?:Saint|St\.)[ \u00a0][{UPPER}]\w+['’]s(?=[ \u00a0][{UPPER}])|(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.|Ph\.D\.|[{UPPER}]\.(?=[ \u00a0]?[{UPPER}])|A/S(?![\w/])|Local[ \u00a0]\d{{1,5}}\b|[{UPPER}][\w\-&]+\+(?![\w+])|[{UPPER}](?:[\w\-&]|['’](?!s\b)(?=\w)|\+(?=[{UPPER}]))*(?:(?<=s)['’](?=[ \u00a0](?:{_PLURAL_POSSESSOR_HEADS})\b))?|[a-z]{{1,6}}[{UPPER}][a-z]\w*)"
_PARTICLES = ("de", "del", "dela", "delos", "della", "der", "den", "di", "da", "do", "dos", "das", "du", "van", "von", "la", "le", "bin", "binti", "bint", "al", "el", "ibn", "ter", "ten", "te", "'t", "’t", "zu", "y")
_CONNECTOR = "(?:" + "|".join(_PARTICLES) + r"|of the|for the|of|for|&|\+)"  # "Foster + Partners"
CAP_SEQUENCE = re.compile(rf"(?<![\w'’\-]){_TOKEN}(?:[ \u00a0](?:{_CONNECTOR}[ \u00a0]){{0,2}}{_TOKEN})*")
_ACRONYM_PARENS = re.compile(rf"\s*\((?P<acr>[{UPPER}][{UPPER}&0-9\-]{{1,9}})\)")
_SHORT_NAME_PARENS = re.compile(rf"\s*\((?P<acr>[{UPPER}][a-z]+[{UPPER}][\w&\-]{{1,10}})\)")  # "(SinarTel)"

_FUNCTION = frozenset(
    "a an the this that these those his her its their our my your he she it they we i you in on at to of for from by "
    "with as after before during since while when where if but and or so yet although though despite because "
    "according even also then still meanwhile however moreover now today yesterday tomorrow last next this under "
    "over about between among both either neither nor not no all any each every some such there here what why how "
    "who which whose whom former ex rival mr mrs ms dr prof sir dame datuk dato dato' datin seri tun sheikh lord lady "
    "baroness professor rev hon hon. rt rt. right honourable excellency highness alhaji alhaja hajia mallam otunba "
    "congrats congratulations reach thanks welcome dear until unless once whether upon amid via within without throughout "
    "against toward towards unlike beyond".split()
)
_ORG_HEADS = frozenset(
    "University Bank Institute Department Ministry College School Museum Bureau Office Commission Council "
    "Centers Center Centre Federation Association Society Academy Church Court House Republic Kingdom Government "
    "Chamber Fund Foundation Trust League Union Agency Authority Administration Secretary Minister Reserve "
    "Company Corporation Group Laboratory Laboratories Hospital Clinic Services Division Committee Institutes "
    "City County Town State Province Port Diocese District Borough".split()
)
# words that open organisation names in many languages ("Maison Vautrin", "Grupo Alvamar", "Koninklijke ...")
_ORG_PREFIXES = frozenset(
    "Maison Groupe Grupo Gruppo Banco Banca Banque Casa Club Koninklijke Fondation Fundación Fundação Stichting "
    "Compagnie Compañía Companhia Société Societe Sociedad Atelier Editions Éditions Deutsche Nippon Industrias "
    "Almacenes Supermercados Minera Mineração Lanificio Cervecería Cervejaria Aerolíneas Constructora "
    "Construtora Inmobiliaria Laboratorios Laboratoires Farmacéutica Caja Caixa Cassa Crédit Crédito "
    "Credito Fabbrica Officine Pensioenfonds Inversiones Corporación Distribuidora Farmacias Tiendas "
    "Transportes Cementos Seguros Editora Empresas Hoteles Petróleos Financiera Calzaturificio "
    "Pastificio Oleificio Manifattura Cantiere Acciaierie Cartiera Brauerei Bankhaus Stadtwerke".split()
)
# endings of one-word business compounds in other languages ("Pumpenwerk", "Vermogensbeheer", "Mağazacılık"): not surnames
_FOREIGN_ORG_ENDS = ("werk", "werke", "fonds", "beheer", "gesellschaft", "versicherung", "bolaget", "cılık", "cilik", "çılık", "çilik", "culuk", "cülük")
_NAME_AFTER_TITLE = re.compile(r"[ \u00a0]+[A-Z][\w'’\-]+[ \u00a0]+[A-Z]")
_STRONG_SUFFIXES = ("tion", "sion", "ment", "ness", "ive", "ture", "ical", "ology", "ware", "ship", "ities", "ance")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Baroness|Sen|Rep|Gov|Gen|Hon|Datuk|Dato|Datin|Tun|Sheikh|Sheikha|Alhaji|Alhaja)\.?[ \u00a0]$")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_DESCRIBED_AFTER = None  # built lazily from the lexicon
_FOUND_BEFORE = re.compile(
    r"(?:\bfounded|\bco-founded|\bcofounded|\blaunched|\bjoined|\bjoins|\bjoin|\bjoining|\bleft|\bleaving|\bhas led|\bhad led"
    r"|\bruns|\bran|\bheads|\bheaded)\s+(?:the\s+)?$", re.I
)
_FROM_BEFORE = re.compile(r"\b(?:joined|joins|join|joining|arrived|arrives|came|comes|hired|recruited|poached|poaching|lured|luring)\s+(?:\S+\s+){0,5}?from\s+$", re.I)
_ACTOR_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|on \w+day|said|says)\s+)*(?:hired|named|appointed|promoted|tapped|recruited|poached|"
    r"picked|selected|elevated|added|announced|confirmed|lost|fired|ousted)\b"
)
_TICKER_BEFORE = re.compile(r"\b(?:[A-Z]{2,6}|Nasdaq|Euronext|Xetra)(?:[ \u00a0][A-Z][A-Za-z]{0,7})?:\s*$")  # "(NYSE: X)", "(Nasdaq: X)"
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were|say|announce|plan)\b")
_ORG_AFTER = re.compile(
    r"(?:,\s+which\b|['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:practice|division|segment|unit|arm|shares|stock|subsidiary|headquarters|clients|"
    r"customers|revenue|sales|employees|staff|lawyers|partners|offices|stores|portfolio|brand|board of directors)\b"
    r"|\s+(?:has|had|have|said|says)?\s*(?:(?!as\s)[a-z]+\s+){0,2}its\s+(?:new|next|own|first)\b"  # not "named X as its new CEO"
    r"|\s+(?:is|was|are|were)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:owned|controlled|headquartered)\s+(?:by|in)\b)"
)
# what organisations, not people, do right after their name: "X said in a statement", "X's shares", "X, which"
_STATEMENT_AFTER = re.compile(
    r"(?:\s+(?:said|announced|confirmed|disclosed|reported)\s+(?:\w+\s+){0,2}?(?:in|on|via)\s+(?:a|an|its)\s+"
    r"(?:\w+\s+)?(?:statement|filing|press release|release|website|blog post|regulatory)\b"
    r"|['’]s\s+(?:shares|stock|board|share price|market value)\b|,\s+which\b)"
)
_PERSON_AFTER = re.compile(
    r",\s+(?:\d{2},|who\b)|\s+(?:said|says|told|added|wrote|noted|resigned|retired|quit|stepped down|steps down|"
    r"will (?:step down|retire|join|succeed|replace)|(?:was|has been|had been) (?:named|appointed|promoted|hired|elected|tapped)|"
    r"succeeds|succeeded|replaces|replaced)\b"
)
# an apposition that gives a title: "Kestrel Arden, the group's chief executive", "X, a partner at"
_TITLE_APPOSITION_GAP = re.compile(
    r",\s+(?!(?:where|which|when|while|whose|after|before|and|but|as|since|until)\b)(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:(?!(?:he|she|they|we|it|was|is|were)\b)[\w'’-]+\s+){0,3}?$"
)  # not a clause: "Lockheed Martin, where he was vice president" gives where he worked, not who he is
# where someone worked or lived, never who: "joins from Lockheed Martin, where he was", "at Edward Jones, where she spent"
_WHERE_CLAUSE_AFTER = re.compile(r",\s+where\s+(?:he|she|they|I|we)\s")
_JOB_NOUNS = (
    r"(?:lawyer|attorney|analyst|engineer|researcher|scientist|banker|economist|consultant|partner|executive|employee|"
    r"officer|official|staffer|reporter|editor|professor|trader|investor|strategist|spokes(?:man|woman|person)|veteran|alumn(?:us|a)|"
    r"pundit|commentator|columnist|correspondent|contributor|presenter)"
)
_JOB_AT_BEFORE = re.compile(rf"\b{_JOB_NOUNS}s?\s+(?:at|for|with)\s+(?:the\s+)?$", re.I)
_JOB_APPOSITION_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_JOB_NOUNS}\s+(?:at|for|with|of)\s")
# what only a person's short name has around it: "Mr. Okabe", "Wulan, 41,", "Hayashi will report to"
_SHORT_PERSON_AFTER = re.compile(
    r",\s+\d{2},|\s+(?:(?:will|would)\s+)?(?:report|answer|reports|answers|reported|answered)\s+to\b"
    r"|\s+told\s+(?:reporters|colleagues|staff|analysts)\b|,\s+who\s+(?:has|had|was|is|will)\b"
    r"|,\s+(?:a|an)\s+[\w-]+\s+who\b"
)
# "will report to Chen.", "report to Chen in her new role": a lone word only a person is in this place
_SHORT_PERSON_BEFORE = re.compile(r"\b(?:report|reports|reporting|reported|answer|answers)\s+(?:directly\s+)?to\s+$")
_SHORT_PERSON_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|from|on|at|as|and|until|for|when|after|once)\b")  # not "report to Acme CEO X"
_PRONOUN_NEXT = re.compile(r"[\"”’']?\s+(?:He|She)\s")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|around|across|outside)\s+$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|The|its|their|our|this|these)\s+$")
_PERSON_BEFORE = re.compile(r"\b(?:said|says|told|according to|by|thanks to|congratulations to)\s+$", re.I)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_GENERATIONS = frozenset(("II", "III", "IV", "Jr.", "Sr.", "Júnior", "Junior", "Neto", "Filho", "Sobrinho"))
# words before a name that are not part of it: "Sister Anne Doe", "MEP Jan Doe" (an office's initials)
_NAME_PREFIXES = frozenset("Sister Brother Father Mother Rabbi Imam Pastor Reverend Rev. Fr. Sr. Canon Bishop Archbishop Cardinal Monsignor Deacon".split())
# honours, degrees and offices written after a name: "Jane Doe CBE", "Sir John Roe KCB", "Ann Poe MP"
_POST_NOMINALS = frozenset(
    "CB KCB GCB DCB OBE MBE CBE KBE DBE GBE CMG KCMG DCMG GCMG CVO KCVO DCVO LVO MVO QPM KPM CH OM PC QC KC "
    "MP MSP MLA MEP AM FRS FREng FRSE FBA FMedSci FRCP FRCS DL JP".split()
)
_ADJECTIVE_PREFIX = re.compile(r"[\w.]+-(?:based|listed|owned|backed|born|headquartered|registered|controlled)")  # "Oslo-based"
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-(?:[a-z]{2,4}|[a-z]{4}[aeioungh])")  # "Min-jun", "Ming-hsuan"
_COMPASS = re.compile(r"(?:North|South)(?:-?(?:[Ee]ast|[Ww]est))?|East|West|Central|Northern|Southern|Eastern|Western|Sub-Saharan")
_HYPHEN_NOT_NAME = frozenset("based born led owned run made style like level year old long term wide class free listed backed".split())


_NAME_IN_PARENS = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) \(([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\)")


def given_name(token: str) -> bool:
    """A common given name ("Maria", "Jean-Luc", "Min-jun", "Andrés" as "Andres"): a sign of a person's name."""
    low = token.lower().rstrip(".")
    names = _plain_given()
    return low in names or low.split("-")[0] in names or _plain(low) in names or _plain(low.split("-")[0]) in names or korean_given(token)


def _plain(word: str) -> str:
    """The word without its accents: "andrés" -> "andres" ("ð", "ø" stay: they are letters, not accents)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _plain_given() -> frozenset[str]:
    names = lexicon().given_names
    return names | frozenset(_plain(n) for n in names)


def korean_given(token: str) -> bool:
    """"Min-jun", "Hoon-seok": a romanised two-syllable given name."""
    return bool(_KOREAN_GIVEN.fullmatch(token)) and token.split("-")[1] not in _HYPHEN_NOT_NAME and not _COMPASS.fullmatch(token)


_FORMERLY_OF_BEFORE = re.compile(r"\b(?:formerly|previously|most recently|late)\s+(?:of|with)\s+(?:the\s+)?$", re.I)
# "left to open her own agency, Lantern Works": the name after the venture is the venture's
_OWN_VENTURE_BEFORE = re.compile(
    r"\bown\s+(?:[a-z-]+\s+){0,2}(?:company|firm|agency|shop|studio|fund|startup|start-up|business|consultancy|practice|label|"
    r"boutique|venture|restaurant|gallery),\s+(?:called\s+|named\s+)?$"
)
_SLOT_ORG_BEFORE = re.compile(
    r"(?:\bat|\bjoined|\bjoins|\bjoin|\bjoining|\brejoined|\bleft|\bleave|\bleaves|\bleaving|\bquit|\bquits|\bdeparted"
    r"|\bdeparting|\b(?:left|leave|leaves|leaving|departed|decamped|defected|bolted)\s+for"
    r"|\b(?:moved|moving|moves|defected|switched|switching|decamped)\s+to)\s+(?:the\s+)?$",
    re.I,
)
# "a propulsion company, Halo Drive", "the group's retail arm, Karma": a name given after the noun that says what it is
_NAMED_AFTER_NOUN = None
# "Vice Chair Ann Roe of Kern Ridge Farms": what follows a person's name and "of" is where the person belongs
_OF_AFTER_NAME = re.compile(r"\b[A-Z][\w'’-]+[ \u00a0]+[A-Z][\w'’-]+[ \u00a0]+of[ \u00a0]+$")


def _named_after_noun() -> re.Pattern:
    global _NAMED_AFTER_NOUN
    if _NAMED_AFTER_NOUN is None:
        _NAMED_AFTER_NOUN = re.compile(rf"(?<![\w-])(?:{longest_first(lexicon().descriptors)}|arm),\s+(?:called\s+|named\s+)?$")
    return _NAMED_AFTER_NOUN


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # "P" person, "O" organisation
    value: str  # canonical person name or organisation name
    weak: bool = False  # typed from shape only, or a resolved short form
    former: bool = False  # a title held in the past ("former CFO")


def without_post_nominals(name: str) -> str:
    """A person's name without the honours or offices written after it ("Jane Doe CBE MP" -> "Jane Doe") and
    without a quoted nickname ('Theodore "Ted" Doe' -> "Theodore Doe")."""
    name = NICKNAME.sub("", name)
    tokens = name.split()
    while len(tokens) > 2 and tokens[-1] in _POST_NOMINALS and not any(is_acronym(t) for t in tokens[:-1]):
        tokens.pop()
    return " ".join(tokens) if len(tokens) < len(name.split()) else name


def is_acronym(tok: str) -> bool:
    if tok.isascii():  # every ASCII letter has a case: upper-case letters and at least two of them
        return tok.isupper() and sum(c.isalpha() for c in tok) >= 2
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def person_shaped(tokens: list[str], lower_words: set[str]) -> bool:
    """Two to four capitalised name-like tokens that are not common words, places, titles or org words."""
    lex = lexicon()
    core = [t for t in tokens if t[:1].isupper()]
    if not 2 <= len(core) <= 5 or any(not t[:1].isupper() and t not in _PARTICLES for t in tokens):
        return False
    common = 0
    suffixy = 0
    given = (given_name(core[0]) or korean_given(core[-1])) and not is_acronym(core[0])
    if core[0] in _ORG_PREFIXES or (core[0] in _ORG_HEADS and not given):
        return False
    for i, t in enumerate(core):
        low = t.lower().rstrip(".")
        if i == 0 and given:
            continue  # "Jordan", "Florence", "Grace": a given name first wins over a place or word
        if len(t) <= 2 and t.endswith("."):
            continue  # an initial
        if any(ch.isdigit() for ch in t) or "&" in t:
            return False
        if i == len(core) - 1 and i >= 2 and t in _GENERATIONS:
            continue  # "Harold Voss III"
        if (is_acronym(t) or re.fullmatch(r"[A-Z]{2,}s", t)) and not (i < len(core) - 1 and _INITIALS.fullmatch(t)):
            return False  # "R.K. Dasgupta", "T.J. Harlow": initials before a surname are a person's
        if "-" in t and not all(part[:1].isupper() for part in t.split("-") if part) and not korean_given(t):
            return False
        if low in lex.place_words and given and i == len(core) - 1 and any(_INITIALS.fullmatch(c) for c in core[1:-1]):
            continue  # "Maria T. Florence": a given name and an initial before a place make it a surname
        if (
            low in lex.nonname or low in _MONTHS or t in lex.org_suffixes or low in lex.not_orgs
            or low in lex.place_words
        ):
            return False
        if (low.endswith(_STRONG_SUFFIXES) and len(low) > 6) or (low.endswith(_FOREIGN_ORG_ENDS) and len(low) > 7):
            suffixy += 1
        if low in lower_words:
            common += 1
    if suffixy or (common == len(core) and not given):
        return False
    if not given and len(core) == 2 and core[-1].endswith("s") and core[-1].lower() in lower_words:
        return False  # "Brightline Microgrids" when the text also speaks of "microgrids": a business, not a surname
    if len(core) >= 3 and " ".join(core[:-1]).lower() in lex.places:
        return False  # "San Antonio Spurs", "Los Angeles Philharmonic": a city's team or body
    return " ".join(core).lower() not in lex.places


@dataclass
class NameModel:
    """Who and what a document names: full names of people, organisations and their acronyms."""

    people: set[str] = field(default_factory=set)
    orgs: Counter = field(default_factory=Counter)
    acronyms: dict[str, str] = field(default_factory=dict)  # long name -> acronym
    surnames: dict[str, set[str]] = field(default_factory=dict)
    first_names: dict[str, set[str]] = field(default_factory=dict)  # "Hannah" -> {"Hannah Doe"} (memos use given names)
    lower_words: set[str] = field(default_factory=set)
    midsentence_caps: set[str] = field(default_factory=set)
    slot_orgs: set[str] = field(default_factory=set)  # person-shaped names seen where organisations go
    org_names: set[str] = field(default_factory=set)  # names seen with an organisation suffix or legal form
    aliases: dict[str, str] = field(default_factory=dict)  # "Al Sabeeh" -> the full name it ends
    first_surnames: dict[str, set[str]] = field(default_factory=dict)  # Iberian double surnames: the first one
    cued_orgs: set[str] = field(default_factory=set)  # one-word names the text treats as an organisation ("X said its")
    not_org_words: set[str] = field(default_factory=set)  # words of people's names and of longer names

    def person_for(self, token: str) -> str | None:
        full = self.surnames.get(token)
        if full and len(full) == 1:
            return next(iter(full))
        return None


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z\-]+")


_NON_SPACE = re.compile(r"\S+")
_CUT_WORD = re.compile(r"I['’](?:m|ve|d|ll)|M&A|R&D|P&L|Q&A")


def _split_sequence(text: str, start: int, end: int):
    """Split a capitalised run at connectors that do not belong inside one name ("X of Y" unless X heads an org)."""
    seq = text[start:end]
    parts = []
    cur_start = start
    tokens = list(_NON_SPACE.finditer(seq))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        w = t.group()
        if _CUT_WORD.fullmatch(w) or (w == "I" and re.match(r"[ \u00a0]+[a-z]", text[start + t.end():start + t.end() + 3])):
            if i > 0:  # "I told Dana I'm not", "at Kilat I moved", "a Sidley Austin M&A partner": not a name's word
                parts.append((cur_start, start + tokens[i - 1].end()))
            cur_start = start + tokens[i + 1].start() if i + 1 < len(tokens) else end
            i += 1
            continue
        if w in ("of", "for") and i > 0:
            prev = tokens[i - 1].group()
            field = [t.group() for t in tokens[i + 1:i + 3]]  # "Board of Education", "Board of Higher Education"
            if prev not in _ORG_HEADS and not (prev == "Board" and field and field[0] not in _GOVERNING and any(map(_common_word, field))):
                parts.append((cur_start, start + tokens[i - 1].end()))
                cur_start = start + tokens[i + 1].start() if i + 1 < len(tokens) else end
                i += 1
                continue
        i += 1
    parts.append((cur_start, end))
    return [(s, e) for s, e in parts if e > s]


# "Board of Education", "Board of Elections" name public bodies; a company's "Board of Directors" is its governing body
_GOVERNING = frozenset("Directors Trustees Governors Regents Management Overseers Visitors Commissioners Supervisors".split())


_AND_HEADS = frozenset(
    "Authority Commission Administration Agency Board Bureau Council Office Department Institute Association "
    "Service Federation Union Society Foundation Trust Fund Ministry Court Committee".split()
)


_CHAMBERS = frozenset("Senate House Assembly Parliament Parliamentary Congressional Legislative Joint".split())
_FIELD_PLURALS = ("eries", "stries", "ics", "ences", "ances", "ments", "affairs", "ions")


def _common_word(tok: str) -> bool:
    """A capitalised ordinary word ("Regional", "Markets", "Development"): a field of activity, not a name."""
    lex = lexicon()
    low = tok.lower()
    return low in lex.nonname or tok in lex.org_suffixes or low.endswith(_STRONG_SUFFIXES + _FIELD_PLURALS)


def _and_joins(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether "A and B" is one organisation's name: "Ministry of Rural and Regional Development",
    "Competition and Markets Authority" (fields joined by "and"), not "Bank of Avalon and Smith Partners"."""
    if text[a[1]:b[0]] not in (" and ", "\u00a0and "):
        return False
    at, bt = text[a[0]:a[1]].split(), text[b[0]:b[1]].split()
    lex = lexicon()
    if any(is_acronym(t) or given_name(t) for t in bt) or bt[0] in _ORG_HEADS or text[b[0]:b[1]] in lex.known_orgs:
        return False
    if len(at) == 1:  # "Competition and Markets Authority"
        return bt[-1] in _AND_HEADS and len(bt) >= 2 and _common_word(at[0]) and not is_acronym(at[0])
    if len(at) >= 2 and len(bt) == 1 and at[-1] in lex.org_suffixes and bt[0] in lex.org_suffixes and not _common_word(at[0]):
        return True  # "Siam Lotus Hotels and Resorts", "Harwick Oil and Gas": a name's two business words
    if len(at) == 2 and at[0] in _CHAMBERS:  # "Senate Energy and Natural Resources Committee": a chamber's committee
        return bt[-1] in ("Committee", "Subcommittee") and len(bt) <= 4 and not any(given_name(t) or is_acronym(t) for t in at[1:] + bt)
    if len(at) >= 3 and at[0] in _ORG_HEADS and at[1] in ("of", "for"):  # "Department of Health and Human Services"
        field = at[2:]  # one or two field words: "Department of Mineral Resources and Energy"
        return (
            len(field) <= 2 and " ".join(field).lower() not in lex.places and not any(is_acronym(f) for f in field)
            and all(_common_word(f) for f in field[1:]) and _common_word(bt[-1]) and len(bt) <= 3
        )
    return False


_LIST_HEADS = frozenset("Department Ministry Office Secretary Minister".split())


def _listed_fields(text: str, a: tuple[int, int], rest: list[tuple[int, int]]) -> int | None:
    """Where "Ministry of Housing, Communities and Local Government" ends when `a` is "Ministry of Housing":
    a government body named for a comma list of policy fields; None when the list is not one of fields."""
    at = text[a[0]:a[1]].split()
    if not (2 < len(at) <= 4 and at[0] in _LIST_HEADS and at[1] in ("of", "for")):
        return None
    items = []
    prev = a[1]
    for piece in rest:
        gap = text[prev:piece[0]]
        if gap not in (", ", " and ", ", and "):
            return None
        items.append(text[piece[0]:piece[1]].split())
        prev = piece[1]
        if gap != ", ":
            break
    else:
        return None
    if len(items) < 2 or any(len(it) > 3 or any(is_acronym(t) or given_name(t) for t in it) for it in items):
        return None
    suffixes = lexicon().org_suffixes - {"Services"}
    if not any(all(_common_word(t) for t in it) for it in [at[2:]] + items) or any(it[-1] in suffixes for it in items):
        return None  # "Department of Justice, Halvern and Kitestone Systems": organisations listed after a department
    return prev


_CAMPUS_END = re.compile(r"(?=[,.;)])(?!,?\s+(?:and|or)\b)")


def _campus(text: str, a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """Where a state university's name ends when a campus follows it ("University of Utah, Ogden"); None when
    no campus follows."""
    lex = lexicon()
    at, bt = text[a[0]:a[1]].split(), text[b[0]:b[1]].split()
    gap = text[a[1]:b[0]]
    if gap == ", " and len(at) >= 3 and at[0] == "University" and at[1] == "of" and " ".join(at[2:]).lower() in lex.places:
        if len(bt) <= 2 and not any(given_name(t) or is_acronym(t) for t in bt) and _CAMPUS_END.match(text, b[1]):
            return b[1]
    if gap == " at " and len(at) >= 3 and at[0] == "University" and at[1] == "of" and len(bt) <= 3:
        # "University of Texas at Austin": a campus after "at"
        if not any(given_name(t) or is_acronym(t) or t in lex.org_suffixes or t in _ORG_HEADS for t in bt) and _CAMPUS_END.match(text, b[1]):
            return b[1]
    return None


def _defined_whole(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether the document gives "A and B" one acronym of all its words' initials somewhere:
    "the Harbour Pilots and Tug Crews Union (HPTCU)" is one name wherever it is written."""
    if text[a[1]:b[0]] not in (" and ", "\u00a0and "):
        return False
    whole = text[a[0]:b[1]]
    initials = "".join(t[0] for t in whole.split() if t[:1].isupper()).upper()  # "for", "of" leave no letter
    for m in re.finditer(re.escape(whole) + r"\s*\(([^\W\d_][\w&]{2,11})\)", text):
        acr = m.group(1).replace("&", "").upper()
        with_and = "".join("A" if t == "and" else t[0] for t in whole.split() if t[:1].isupper() or t == "and").upper()
        if acr in (initials, with_and):
            return True
    return False


_NICK_OPEN = (' "', " “", " ‘")
_NICK_CLOSE = ('" ', "” ", "’ ")
NICKNAME = re.compile(r"[ \u00a0][\"“‘][" + UPPER + r"][\w.'-]*[\"”’](?=[ \u00a0])")


def _with_nicknames(text: str, pieces: list[tuple[int, int]]):
    """'Theodore "Ted" Doe': a given name, a quoted nickname and a surname make one name."""
    i = 0
    while i < len(pieces):
        if i + 2 < len(pieces):
            (a, b), (c, d), (f, g) = pieces[i:i + 3]
            if (
                text[b:c] in _NICK_OPEN and text[d:f] in _NICK_CLOSE and " " not in text[c:d]
                and len(text[a:b].split()) <= 2 and text[a:b].replace(" ", "")[1:].isalpha() and text[a:b][1:2].islower()
                and text[f:g][:1].isupper()
            ):
                yield a, g
                i += 3
                continue
        yield pieces[i]
        i += 1


_SEQUENCES: tuple[str | None, dict] = (None, {})  # the last document's sequences: the model and the mentions both ask


def raw_sequences(text: str, start: int, end: int, cuts: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Capitalised sequences in text[start:end], cut around title spans, split at loose connectors and joined
    at an "and" inside one organisation's name."""
    global _SEQUENCES
    cache = _SEQUENCES
    if cache[0] is not text:
        cache = _SEQUENCES = (text, {})
    key = (start, end, tuple(cuts))
    found = cache[1].get(key)
    if found is None:
        found = cache[1][key] = tuple(_sequences(text, start, end, cuts))
    return found


def _sequences(text: str, start: int, end: int, cuts: list[tuple[int, int]]):
    pending = None
    pieces = list(_with_nicknames(text, list(_raw_pieces(text, start, end, cuts))))
    skip_to = -1
    for i, piece in enumerate(pieces):
        if piece[0] < skip_to:
            continue
        if pending is not None and (listed := _listed_fields(text, pending, pieces[i:])):
            pending, skip_to = (pending[0], listed), listed
            continue
        if pending is not None and (_and_joins(text, pending, piece) or _defined_whole(text, pending, piece)):
            pending = (pending[0], piece[1])
            continue
        if pending is not None and (tail := _campus(text, pending, piece)):
            pending = (pending[0], tail)
            continue
        if pending is not None:
            yield pending
        pending = piece
    if pending is not None:
        yield pending


_NAME_MONTHS = frozenset(("april", "may", "june", "august"))  # also given names: "May Chen"
_DATE_BEFORE = re.compile(r"\b(?:in|on|since|by|from|until|till|last|next|this|early|late|mid|mid-)[ \u00a0]+$", re.I)
_PLACE_HEADS = frozenset("County Borough Council".split())  # not "City": "Brookhaven City Manager" is the city's manager


_OFFICE_OF_THE = re.compile(r"\bOffice[ \u00a0]+of[ \u00a0]+the[ \u00a0]+$")


def _religious_title(tokens: list[str]) -> bool:
    """"Brother Cyril Okafor", "Canon Mark Tilley": a religious form of address before a two- or three-word name."""
    return tokens[0] in _NAME_PREFIXES and len(tokens) <= 4 and all(
        t[:1].isupper() and t not in lexicon().org_suffixes and t not in _ORG_HEADS for t in tokens[1:]
    )


def _occupation(token: str) -> bool:
    """"Violist Rosa Doe", "Councilmembers Ana Doe and ...": an occupation or a plural title before a given name."""
    from .titles import plural_title

    low = token.lower()
    return (len(low) > 5 and low.endswith(("ist", "ists")) and not given_name(token)) or (
        low.endswith("s") and plural_title(low) is not None)


_TITLE_HEAD = re.compile(r"[A-Z]\w+(?=[ \u00a0])")
_FIRST_WORD = re.compile(r"(\S+)[ \u00a0]+")


def _raw_pieces(text: str, start: int, end: int, cuts: list[tuple[int, int]]):
    for m in CAP_SEQUENCE.finditer(text, start, end):
        pieces = [(m.start(), m.end())]
        for cs, ce in cuts:
            nxt = []
            for ps, pe in pieces:
                if ce <= ps or cs >= pe or (cs > ps and _OFFICE_OF_THE.search(text, ps, cs)):
                    nxt.append((ps, pe))  # "Office of the Governor": the office is named after the title
                    continue
                if cs > ps:
                    head = _TITLE_HEAD.match(text[cs:ce])
                    if head and head.group() in _PLACE_HEADS and text[ps:cs].strip():
                        cs += head.end()  # "Harlan County Executive X": the county is the organisation's, not the title's
                    nxt.append((ps, cs))
                if ce < pe:
                    nxt.append((ce, pe))
            pieces = nxt
        for ps, pe in pieces:
            seg = text[ps:pe]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if not seg:
                continue
            ps += lead
            pe = ps + len(seg)
            for s, e in _split_sequence(text, ps, pe):
                # drop leading function words ("In", "The", "After")
                while True:
                    mm = _FIRST_WORD.match(text[s:e])
                    if mm and mm.group(1).lower() in _FUNCTION:
                        s += mm.end()
                        continue
                    if mm and mm.group(1).lower() in _MONTHS and (
                            mm.group(1).lower() not in _NAME_MONTHS or _DATE_BEFORE.search(text, max(start, s - 12), s)):
                        s += mm.end()  # "in December Zenvara's Europe head": the month is not part of the name
                        continue
                    break
                tokens = text[s:e].split()
                if tokens and tokens[0].lower() in _FUNCTION and len(tokens) == 1:
                    continue
                if len(tokens) > 2 and (
                    (tokens[0] in _NAME_PREFIXES or (is_acronym(tokens[0]) and "." not in tokens[0])) and (given_name(tokens[1]) or _religious_title(tokens))
                    or _occupation(tokens[0]) and given_name(tokens[1])
                ) and " ".join(tokens[1:]) not in lexicon().known_orgs:
                    s += text[s:e].index(tokens[1], len(tokens[0]))
                    tokens = tokens[1:]
                opening = sentence_initial(text, s, start)  # mid-sentence "Bank Negara" keeps its "Bank"
                if len(tokens) > 1 and opening and tokens[0].lower() in lexicon().descriptors and tokens[1][:1].isupper():
                    s += text[s:e].index(tokens[1], len(tokens[0]))
                    tokens = tokens[1:]
                if re.match(r"(?:Ex|EX)-[A-Z]", tokens[0]) and tokens[0][3:] not in lexicon().known_orgs:
                    s += 3  # "Ex-Brookport": a former employer's name after the prefix
                    tokens[0] = tokens[0][3:]
                if len(tokens) > 1 and _ADJECTIVE_PREFIX.fullmatch(tokens[0]):
                    s += text[s:e].index(tokens[1], len(tokens[0]))  # "Oslo-based Fjellvik Kraft": the name follows
                    tokens = tokens[1:]
                # drop trailing connectors
                while tokens and tokens[-1] in ("of", "for", "on", "&", "de", "van", "von", "la", "le", "al", "el"):
                    e = s + text[s:e].rfind(tokens[-1]) - 1
                    tokens = tokens[:-1]
                if tokens:
                    yield s, e


def titled_person(before: str, cuts, s: int) -> bool:
    """An honorific or a title right before a name ("Mr. X", "CEO X")."""
    return bool(_HONORIFIC.search(before)) or any(ce == s - 1 or ce == s for cs, ce in cuts)


_NO_WORD = re.compile(r"[^\w$€£¥%]*")


def sentence_initial(text: str, s: int, sent_start: int) -> bool:
    """Whether only punctuation, bullets or emoji come before s in its sentence ("🔌 Heading out:", "► Moves")."""
    return bool(_NO_WORD.fullmatch(text, sent_start, s))


def _described_after() -> re.Pattern:
    global _DESCRIBED_AFTER
    if _DESCRIBED_AFTER is None:
        nouns = "|".join(sorted(lexicon().descriptors, key=len, reverse=True))
        _DESCRIBED_AFTER = re.compile(
            rf",\s+(?:a|an|the)\s+(?:(?!(?:for|at|of|with|by|in|from|to|on)\s)[\w'’-]+\s+){{0,4}}?(?:{nouns})\b(?!['’]s)"
        )  # the apposition's head noun, not one inside a phrase after it ("a striker bought for a club-record fee")  # not "X, the firm's CEO"
    return _DESCRIBED_AFTER


_DESCRIPTOR_BEFORE = None


def _descriptor_before() -> re.Pattern:
    """A lower-case organisation noun right before a name: "search firm X", "fintech X"."""
    global _DESCRIPTOR_BEFORE
    if _DESCRIPTOR_BEFORE is None:
        nouns = longest_first(lexicon().descriptors)
        _DESCRIPTOR_BEFORE = re.compile(rf"(?<![\w-])(?:{nouns})\s+$")
    return _DESCRIPTOR_BEFORE


def _honoured_given(before: str, tokens: list[str], titled: bool = False, lower_words: set[str] = frozenset()) -> bool:
    """"Dr. Lorna Banks", "director Avery Church": an honorific or title and a given name make a person despite a
    common-word surname; after one, any first word that is not itself a common word reads as a given name."""
    if len(tokens) != 2 or not tokens[1][1:].islower() or not tokens[0][1:].islower():
        return False
    if given_name(tokens[0]) and _HONORIFIC.search(before):
        return True
    low = tokens[0].lower()
    lex = lexicon()
    plain = low not in lex.nonname and low not in lower_words and low not in lex.place_words and tokens[0] not in _ORG_HEADS
    return plain and (titled or bool(_HONORIFIC.search(before)))


def _person_evidence(text: str, sent, s: int, e: int, tokens: list[str], before: str, cuts, initial: bool, alone) -> bool:
    """What only a person's full name has around it: a title or honorific, an apposition, an age, "said", "told",
    a next sentence's "He" or "She", or the surname used alone elsewhere."""
    if text.startswith(("'s", "’s"), e):  # "approval by X's shareholders": the words around speak of what X has
        return titled_person(before, cuts, s) or bool(alone.get(tokens[-1]))
    return bool(
        titled_person(before, cuts, s) or _SHORT_PERSON_AFTER.match(text, e) or _PERSON_AFTER.match(text, e)
        or _PERSON_BEFORE.search(before) or _JOB_APPOSITION_AFTER.match(text, e)
        or any(cs > e and _TITLE_APPOSITION_GAP.fullmatch(text, e, cs) for cs, ce in cuts)
        or (initial and _PRONOUN_NEXT.match(text, sent.end)) or alone.get(tokens[-1])
    )


def _employer_slot(text: str, sent, s: int, e: int, before: str, cuts) -> bool:
    """Where only an employer goes: "joined from X", "moving to X", "formerly of X", "a principal at X", "an analyst at X"."""
    if text.startswith(("'s", "’s"), e):
        return False  # "at Jane Doe's side"
    of_title = re.search(r"\s+(?:of|at)\s+(?:the\s+)?$", text[max(sent.start, s - 12):s])
    return bool(
        (of_title and any(ce == s - len(of_title.group()) for cs, ce in cuts))
        or _SLOT_ORG_BEFORE.search(before) or _FROM_BEFORE.search(before) or _FORMERLY_OF_BEFORE.search(before)
        or _JOB_AT_BEFORE.search(before)
    )


def build_model(text: str, sents, title_spans) -> NameModel:
    """First pass over the sentences: collect people, organisations, acronyms and word usage."""
    lex = lexicon()
    model = NameModel()
    for sent in sents:
        model.lower_words.update(_LOWER_WORD.findall(sent.text))
    candidates = []
    for sent, cuts in zip(sents, title_spans):
        for s, e in raw_sequences(text, sent.start, sent.end, cuts):
            name = text[s:e]
            initial = sentence_initial(text, s, sent.start)
            titled = any(cs in (e, e + 1) for cs, ce in cuts)
            if not initial or titled or text[e:e + 2] in ("'s", "’s") or _ACTOR_AFTER.match(text, e) or _STATEMENT_AFTER.match(text, e):
                model.midsentence_caps.add(name)  # a name, not a capitalised first word
            candidates.append((sent, s, e, name, initial, cuts))
    votes: Counter = Counter()
    org_cued: set[str] = set()  # names some sentence gives an organisation's own words ("X's shares", "X, which")
    alone: Counter = Counter(c[3] for c in candidates if " " not in c[3])
    alone_person = {  # one-word short forms the text treats as a person ("Okabe, 58, joined", "Mr. Okabe")
        name for sent, s, e, name, initial, cuts in candidates
        if " " not in name and (_SHORT_PERSON_AFTER.match(text, e) or _HONORIFIC.search(text[max(sent.start, s - 8):s])
                                or (_SHORT_PERSON_BEFORE.search(text, max(sent.start, s - 30), s) and _SHORT_PERSON_END.match(text, e)))
    }
    honoured = {
        without_post_nominals(name) for sent, s, e, name, initial, cuts in candidates
        if _HONORIFIC.search(text[max(sent.start, s - 8):s])
    }
    org_like = set()
    person_cued: set[str] = set()  # names some sentence gives a person's own context (a title, an age, "said")
    employer_cued: set[str] = set()  # names some sentence puts where an employer goes ("joined from X", "a principal at X")
    for sent, s, e, name, initial, cuts in candidates:
        tokens = name.split()
        if len(tokens) > 1 and (tokens[-1] in lex.org_suffixes or tokens[-1] in _LEGAL_FORMS):
            short = org_value(name)
            org_like.add(short)
            if short.split()[-1] in lex.org_suffixes:
                org_like.add(" ".join(short.split()[:-1]))
        elif _LEGAL_FORM_AFTER.match(text, e):
            org_like.add(name)  # "Quillon Robotics, Inc. today announced"
    model.org_names = org_like
    for sent, s, e, name, initial, cuts in candidates:
        if name in org_like:
            continue
        name = without_post_nominals(name)
        tokens = name.split()
        acr = _ACRONYM_PARENS.match(text, e)
        if acr and acr.group("acr").lower() in lex.title_core:
            acr = None  # "Jane Doe (CFO)": a title, not the name's acronym
        if not acr and len(tokens) >= 2:
            acr = _SHORT_NAME_PARENS.match(text, e)
            if acr and not org_value(name).lower().startswith(acr.group("acr")[:3].lower()):
                acr = None  # a camel-case short name is made from the name's start: "Sinar Telekomunikasi (SinarTel)"
        if acr and len(tokens) >= 2:
            model.acronyms.setdefault(org_value(name), acr.group("acr"))
            continue
        if name in lex.known_orgs or name in lex.org_aliases:
            continue
        before = text[max(sent.start, s - 40):s]
        quoted = before.endswith(("\"", "“", "‘", "'"))
        titled_here = any(ce == s - 1 or ce == s for cs, ce in cuts)
        if quoted or not (person_shaped(tokens, model.lower_words) or _honoured_given(before, tokens, titled_here, model.lower_words)):
            continue
        given = given_name(tokens[0]) or korean_given(tokens[-1])
        if _employer_slot(text, sent, s, e, before, cuts):
            employer_cued.add(name)  # what follows ("at X, who", "at X said") is about the person before
        elif _person_evidence(text, sent, s, e, tokens, before, cuts, initial, alone):
            person_cued.add(name)
        descr = _descriptor_before().search(before)
        if (descr or _ORG_AFTER.match(text, e) or _STATEMENT_AFTER.match(text, e)) and not given and not titled_person(before, cuts, s):
            votes[name] -= 2  # "search firm Acme Brandt", "Acme Brandt, which", "Acme Brandt's practice"
            org_cued.add(name)
            continue
        if not given and any(cs == e + 1 for cs, ce in cuts) and not _HONORIFIC.search(before):
            title_end = next(ce for cs, ce in cuts if cs == e + 1)
            if _NAME_AFTER_TITLE.match(text, title_end):
                votes[name] -= 3  # "Brightline Securities analyst Oona Veldkamp": the firm before a titled person
                continue
        of_title = re.search(r"\s+(?:of|at)\s+(?:the\s+)?$", text[max(sent.start, s - 12):s])
        if of_title and any(ce == s - len(of_title.group()) for cs, ce in cuts) and not given:
            votes[name] -= 2  # "chief executive of Acme Brandt": a title's organisation
            continue
        if given and not _HONORIFIC.search(before):
            votes[name] += 2
        if _JOB_AT_BEFORE.search(before) and not given:
            votes[name] -= 2  # "a lawyer at Marrick Stone": where someone works
            continue
        described = bool(
            _JOB_APPOSITION_AFTER.match(text, e) or any(cs > e and _TITLE_APPOSITION_GAP.fullmatch(text, e, cs) for cs, ce in cuts)
        )
        if described:
            votes[name] += 2
        if initial and _PRONOUN_NEXT.match(text, sent.end) and not _ACTOR_AFTER.match(text, e):
            votes[name] += 1  # "X resigned on Tuesday. He had led ...": the subject the next sentence calls he or she
        if _PERSON_AFTER.match(text, e) or _PERSON_BEFORE.search(before):
            votes[name] += 1
        if _WHERE_CLAUSE_AFTER.match(text, e) and not titled_person(before, cuts, s):
            votes[name] -= 3
            continue
        if not given and not titled_person(before, cuts, s) and (
                _named_after_noun().search(before) or _OF_AFTER_NAME.search(before)):
            votes[name] -= 2
            continue
        if _FORMERLY_OF_BEFORE.search(before) or _OWN_VENTURE_BEFORE.search(before):
            votes[name] -= 3  # "Ada Roe, formerly of Reed Barrow": where a person was, even with a given name first
            continue
        if _SLOT_ORG_BEFORE.search(before) or _FROM_BEFORE.search(before):
            votes[name] -= 1
            continue
        if _SAYS_ITS_AFTER.match(text, e) and not given and not titled_person(before, cuts, s):
            votes[name] -= 2  # "Tarrow Marine said on Tuesday its ...": "said" counted for a person, "its" outweighs it
            continue
        if _ACTOR_AFTER.match(text, e) and not given and not titled_person(before, cuts, s):
            votes[name] -= 1  # "Oskarsund Brandt hired ...": organisations hire, name and appoint
            continue
        if (_PLURAL_VERB_AFTER.match(text, e) or (_described_after().match(text, e) and not described) or _FOUND_BEFORE.search(before)) and not given:
            votes[name] -= 2
            continue
        if _ARTICLE_BEFORE.search(before) or _PLACE_BEFORE.search(before):
            continue  # "the Great Lakes states", "based in Fort Lyle": no person without other evidence
        first_alone, last_alone = alone.get(tokens[0], 0), alone.get(tokens[-1], 0)
        titled_before = bool(_HONORIFIC.search(before)) or any(ce == s - 1 or ce == s for cs, ce in cuts)
        if descr and descr.group()[:1].islower() and not _HONORIFIC.search(before):
            b0 = s - len(before) + descr.start()  # "copper producer Luangwa Copper": the title word is a business noun
            titled_before = any((ce == s - 1 or ce == s) and cs < b0 for cs, ce in cuts)
        first_person = bool(first_alone) and tokens[0] in alone_person  # "Morita Aiko" ... "Morita, 52,"
        honoured_rest = " ".join(tokens[1:]) in honoured  # "Ms. Farias Neto" for "Luciana Farias Neto"
        if first_alone and not last_alone and not given and not titled_before and not described and not first_person and not honoured_rest:
            votes[name] -= 2  # "Greenleaf Grocers" ... "Greenleaf": organisations are shortened to their first word
            continue
        if last_alone or first_person:
            votes[name] += 1
        strong = bool(_HONORIFIC.search(before)) or any(ce == s - 1 or ce == s for cs, ce in cuts)
        votes[name] += 2 if strong else 1
    for name in sorted(employer_cued - person_cued):
        if votes[name] > 0 or any(o.startswith(name + " ") for o in org_like):
            votes[name] = -1  # "joined from Roland Berger", "a principal at Edward Jones": a firm named after people
    model.people |= _single_names(text, candidates, model, org_like)
    for name, v in votes.items():
        if v > 0:
            model.people.add(name)
        elif v < 0 or name in org_cued:
            model.slot_orgs.add(name)  # on a tie, "X's shares" outweighs a headline's "X replaces CEO"
    for short in sorted(model.people, key=len):
        words = short.lower().split()
        longer = [p for p in model.people if len(p.split()) > len(words) and p.lower().split()[-len(words):] == words]
        if len(longer) == 1:
            model.aliases[short] = longer[0]
    model.people -= set(model.aliases)
    for m in _NAME_IN_PARENS.finditer(text):
        first, other = m.group(1), m.group(2)
        if first in model.people and other in model.people and first != other:
            model.aliases[other] = first  # "Jerry Doe (Doe Wei-min)": the name in other script or order is the same person
            model.people.discard(other)
    for sent, s, e, name, initial, cuts in candidates:
        nick = NICKNAME.search(name)
        if nick and without_post_nominals(name) in model.people:
            model.aliases.setdefault(nick.group()[2:-1], without_post_nominals(name))  # "Ted" is Theodore "Ted" Doe
    org_first_words = {o.split()[0] for o in org_like if " " in o}
    for full in model.people:
        parts = [t for t in full.split() if t[:1].isupper()]
        if len(parts) > 2 and parts[-1] in _GENERATIONS:
            parts = parts[:-1]
        if len(parts) > 1 and parts[-1] in org_first_words:
            continue  # "Ingrid Nordhavn" beside "Nordhavn Lines": "Nordhavn" alone is the company's short name
        family = parts[0] if len(parts) == 2 and korean_given(parts[-1]) else parts[-1]  # "Cho Hyun-woo" is Cho
        model.surnames.setdefault(family, set()).add(full)
        second = parts[-2] if len(parts) >= 3 else ""
        if second and full.split()[-2] == second and second.lower() not in _PARTICLES and not second.endswith(".") and not given_name(second):
            model.first_surnames.setdefault(parts[-2], set()).add(full)  # "Duarte" for "Ana Lucía Duarte Reyes"
        words = full.split()
        if len(words) == 4 == len(parts) and given_name(parts[0]) and not any("-" in w or "." in w for w in words) and not given_name(parts[1]):
            model.first_surnames.setdefault(parts[1], set()).add(full)  # "Lim" for "Victor Lim Boon Hock": a family name after an English one
        if len(words) == 3 == len(parts) and not given_name(parts[0]) and not any("-" in w or "." in w for w in words):
            model.first_surnames.setdefault(parts[0], set()).add(full)  # "Goh" for "Goh Kian Seng": the family name first
        if len(parts) > 1 and _plain(parts[0].lower()) in _plain_given() and not korean_given(parts[-1]):
            model.first_names.setdefault(parts[0], set()).add(full)
        elif len(parts) > 1 and parts[0] in alone_person and not alone.get(parts[-1]):
            model.first_names.setdefault(parts[0], set()).add(full)  # "Okabe" for "Okabe Hiroki", "Wulan" for "Wulan Sari"
    model.not_org_words = _not_org_words(candidates, model, alone_person)
    model.cued_orgs = cued_orgs(text, candidates, model)
    return model


_SINGLE_NAME_GAP = re.compile(r",\s+(?:previously|formerly|currently|until recently|most recently)\s+(?:(?:the|a|an)\s+)?")
_QUOTE_SAID_BEFORE = re.compile(r"[,.!?][\"”’']\s+(?:said|says|added|adds)\s+$")
_QUOTED_TITLE_GAP = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?")
_TITLE_AT = re.compile(r"\s+(?:at|of|for|with)\s")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|for|with|to|by|joins|joined|left|leaves)\s+$", re.I)


def _single_names(text: str, candidates, model: NameModel, org_like: set[str]) -> set[str]:
    """People known by one name ("Sudarmo, previously CFO of X, ..." and a next sentence with he or she): a lone word
    given an age or a worded title apposition, never part of a longer name, never written in lower case or as an organisation."""
    lex = lexicon()
    longer = {t for c in candidates if " " in c[3] for t in c[3].split()}
    out, against, pronoun, quoted = set(), set(), set(), set()
    for sent, s, e, name, initial, cuts in candidates:
        if " " in name:
            continue
        if _PRONOUN_NEXT.match(text, sent.end):
            pronoun.add(name)
        if _ORG_AFTER.match(text, e) or _STATEMENT_AFTER.match(text, e) or _ACTOR_AFTER.match(text, e):
            against.add(name)
        elif _PREPOSITION_BEFORE.search(text, max(sent.start, s - 12), s):
            against.add(name)  # "nine years at Corvane, most recently as ...": where someone worked
        elif re.match(r",\s+\d{2},", text[e:e + 6]) or any(cs > e and _SINGLE_NAME_GAP.fullmatch(text, e, cs) for cs, ce in cuts):
            out.add(name)
        if _QUOTE_SAID_BEFORE.search(text, max(sent.start, s - 16), s) and any(
                cs > e and _QUOTED_TITLE_GAP.fullmatch(text, e, cs) and _TITLE_AT.match(text, ce) for cs, ce in cuts):
            quoted.add(name)  # '"...," said Sutardjo, a partner at X': a quote's speaker with a job
    out = (out & pronoun) | quoted
    return {
        n for n in out - against - longer - org_like
        if n.lower() not in lex.nonname and n.lower() not in lex.places and n.lower() not in _MONTHS
        and n not in lex.known_orgs and n.lower() not in model.lower_words and not is_acronym(n)
        and n[1:].islower() and len(n) > 3
    }


# what companies, not people, do or have right after their one-word name
_SAYS_IT_AFTER = re.compile(
    r"\s+(?:said|says|announced|announces|confirmed|confirms|disclosed|reported)\s+(?:(?:on|late|early|this|last)\s+\w+\s+|\w+day\s+|that\s+)*"
    r"(?:its\b|it\s+(?:had|has|have|would|will|was|is|expects|plans|intends|aims|\w+ed)\b)"
    r"|\s+(?:announced|announces|confirmed|confirms)\s+(?:on\s+\w+\s+|\w+day\s+)?(?:the\s+)?"
    r"(?:appointment|hiring|departure|promotion|exit)\s+of\b"
)
# stricter, for names of several words: "Tarrow Marine said on Tuesday its ...", "... it had appointed"
_SAYS_ITS_AFTER = re.compile(
    r"\s+(?:said|says|announced|confirmed)\s+(?:(?:on|late|early|this|last)\s+\w+\s+|\w+day\s+|that\s+)*"
    r"(?:its\b|it\s+(?:had|has|have|would|will)\s+(?:\w+\s+)?(?:hired|named|appointed|promoted|tapped|recruited)\b)"
)
_HIRES_NOW_AFTER = re.compile(
    r"\s+(?:names|appoints|hires|taps|promotes|picks|recruits|elevates|poaches|ousts|fires|sacks|adds|unveils)\s+(?!as\b|to\b|by\b|after\b)"
)
_HIRED_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:named|appointed|hired|tapped|promoted|picked|recruited|elevated|poached|ousted)\s+"
    r"(?:(?P<lead>its|a|an|new|former|longtime|veteran|interim|insider)\b|(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))"
)
_ORG_SLOT_BEFORE = re.compile(r"(?:\b(?:at|joins|joined|joining|rejoins|rejoined)|\bshares\s+(?:of|in))\s+$")  # "joined X", "shares of X"
_VERB_ITS_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]{3,}(?:s|ed)\s+(?:up\s+|out\s+|down\s+|off\s+)?its\s+(?!own\b)")  # "X shakes up its board"
_OWNED_AFTER = re.compile(
    r"['’]s\s+(?:new\s+|former\s+|outgoing\s+|incoming\s+|interim\s+)?(?:chief\s+executive|chief\s+\w+\s+officer|ceo|cfo|coo|cto|"
    r"chairman|chairwoman|board|founder|co-?founder|shares|stock|shareholders|employees|headquarters|executives|management)\b",
    re.I,
)


def _person_words(model: NameModel, alone_person: set[str]) -> set[str]:
    """Every word of the people a document names, and the short forms it treats as people ("Whitfield", "Dana")."""
    words = set(alone_person) | set(model.surnames) | set(model.first_names) | set(model.first_surnames)
    for full in model.people | set(model.aliases):
        words.update(full.split())
    return words


def _org_cue(text: str, e: int, model: NameModel) -> bool:
    """Whether the words after a one-word name are what an organisation does: "X said it had", "X names",
    "X appointed Jane Doe", "X reshuffles its board", "X's chief executive", "X, the software maker"."""
    if any(rx.match(text, e) for rx in (_SAYS_IT_AFTER, _HIRES_NOW_AFTER, _OWNED_AFTER, _VERB_ITS_AFTER)):
        return True
    hired = _HIRED_AFTER.match(text, e)
    if hired and (hired.group("lead") or hired.group("name") in model.people or hired.group("name") in model.aliases):
        return True
    return bool(_described_after().match(text, e))


_COMMON_PLURAL_ENDS = ("ers", "ors", "ists", "ians", "ities", "ies", "ics", "als", "ment", "ments", "ness")
_NOT_ONE_ORG = frozenset("police management everyone everybody nobody someone somebody government staff".split())


def _may_be_org_word(text: str, sent_start: int, s: int, name: str, model: NameModel, not_org: set[str]) -> bool:
    """A lone capitalised word that could be a company's name: no person's word, place, month or common word
    ("Regulators said it would" is not a company)."""
    lex = lexicon()
    low = name.lower()
    return not (
        " " in name or name in not_org or not name[1:].isalpha() or not name[1:].islower() or len(name) < 3
        or low.endswith(_COMMON_PLURAL_ENDS) or low in _NOT_ONE_ORG or low in lex.nonname or low in model.lower_words
        or (low.endswith("s") and low[:-1] in lex.nonname) or low in lex.places or low in _MONTHS or low in lex.not_orgs
        or low in _FUNCTION or given_name(name) or _HONORIFIC.search(text[max(sent_start, s - 8):s])
    )


def _not_org_words(candidates, model: NameModel, alone_person: set[str]) -> set[str]:
    """Words of people's names and of longer names ("Guild" of "Advertising Guild" is that name's short form)."""
    return _person_words(model, alone_person) | {t for c in candidates if " " in c[3] for t in c[3].split()}


def cued_orgs(text: str, candidates, model: NameModel) -> set[str]:
    """One-word names some sentence gives an organisation's cue, never a word of a person's name, a place or a common word."""
    not_org = model.not_org_words
    out = set()
    for sent, s, e, name, initial, cuts in candidates:
        low = name.lower()
        if name in out or not _may_be_org_word(text, sent.start, s, name, model, not_org):
            continue
        if re.search(r"\b(?:and|&)\s+$", text[max(sent.start, s - 5):s]) or re.match(r"\s+(?:and\s+|&\s+)?[A-Z]", text[e:e + 6]):
            continue  # "Infrastructure and Transport said", "at Brigham and Women's": a piece of a longer name
        if initial and low.endswith("ly") and text.startswith(",", e):
            continue  # "Separately, the company said": a sentence adverb
        if _org_cue(text, e, model) or _ORG_SLOT_BEFORE.search(text, max(sent.start, s - 12), s):
            out.add(name)
    return out


_VERB_S_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
_HEADLINE_WORD = re.compile(r"[#\s\"“‘']*([A-Z][a-z]\w*)(?![\w-])")
_COMPANY_OPENING = None


def _company_opening() -> re.Pattern:
    """A lede that opens on the company it does not name: "The company said", "The Oslo-based insurer has", "It said"."""
    global _COMPANY_OPENING
    if _COMPANY_OPENING is None:
        nouns = longest_first(lexicon().descriptors)
        _COMPANY_OPENING = re.compile(rf"\s*(?:The\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b(?!['’]s\s)|It\s+(?:said|has|had|is|was|will)\b)")
    return _COMPANY_OPENING


def add_headline_orgs(model: NameModel, text: str, spans: list[tuple[int, int]], sents) -> None:
    """A headline's one-word subject that acts as a company ("Tidewell names new CFO", "Tidewell reshuffles its board"),
    or whose lede opens "The company ..." after a present-tense verb ("Tidewell shakes up leadership")."""
    lede = next((st for st in sents if spans and st.start >= spans[0][1]), None)
    for s_, e_ in spans:
        m = _HEADLINE_WORD.match(text, s_, e_)
        if not m:
            continue
        name, end = m.group(1), m.end(1)
        rest = text[end:e_].lower() + " "
        cued = _HIRES_NOW_AFTER.match(rest) or _VERB_ITS_AFTER.match(rest) or _OWNED_AFTER.match(rest)
        if not cued and lede is not None and _VERB_S_AFTER.match(rest) and s_ == spans[0][0]:
            cued = _company_opening().match(lede.text)
        if cued and _may_be_org_word(text, s_, m.start(1), name, model, model.not_org_words):
            model.cued_orgs.add(name)


_WIRE_TAG = re.compile(r"\s*(?:\d+(?:st|nd|rd|th)?\s+)?\)")
_TITLE_HEADS = None


def _wire_tag(text: str, s: int, e: int) -> bool:
    """"(LEAD) Game maker ...", "(UPDATE 2) ...": a news wire's tag in parentheses at a line's start, not an organisation."""
    line_start = text.rfind("\n", 0, s) + 1
    return text[s:e].isupper() and text[line_start:s].strip() == "(" and bool(_WIRE_TAG.match(text, e))


def _title_word_before_title(name: str, text: str, e: int) -> bool:
    """"Deputy Chief Ana Ruiz", "Non-Executive Chair ...": a title's modifier that opens a sentence, not an organisation."""
    global _TITLE_HEADS
    if _TITLE_HEADS is None:
        _TITLE_HEADS = frozenset(p.split()[0] for p in lexicon().title_core)
    low = name.lower()
    if low not in lexicon().title_modifiers and not low.startswith("non-"):
        return False
    nxt = re.match(r"[ \u00a0]+([\w-]+)", text[e:e + 40])
    return bool(nxt) and nxt.group(1).lower() in _TITLE_HEADS


_AGE_GROUP = re.compile(r"(?:Under|U)-?\d{1,2}s?")
_DATELINE_AFTER = re.compile(r"(?:,[ \u00a0]+[A-Z][\w.]*(?:[ \u00a0]+\d{1,2})?)?(?:[ \u00a0]+\([A-Z][\w ]*\))?[ \u00a0]+[—–-]")
_LOWER_INITIAL_BRAND = re.compile(r"[a-z]{1,6}[A-Z][a-z]\w*")
_ADJECTIVE_TOKEN = re.compile(r"\w-[a-z]")
_LEGAL_FORMS = frozenset(
    "Inc Inc. Incorporated Corp Corp. Co. Ltd Ltd. Limited LLC LLP LP L.P. PLC Plc plc AG SA S.A. SE NV N.V. GmbH BV B.V. "
    "AB ASA A/S ApS Oy Oyj SpA S.p.A. A.Ş. KK Pty Tbk Tbk.".split()
)
_LEGAL_FORM_AFTER = re.compile(r",[ \u00a0]+(?:Inc|Corp|Ltd|LLC|LLP|PLC|plc|Plc|AG|GmbH|N\.V|S\.A|Tbk)\b")
_LEGAL_PREFIXES = frozenset(("PT", "PT."))  # Indonesian "PT Sinar Abadi Tbk"


def org_value(name: str) -> str:
    """An organisation's name without its legal form ("Keller Motors AG" -> "Keller Motors", "PT Sinar Abadi Tbk" -> "Sinar Abadi")."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].rstrip(",") in _LEGAL_FORMS:
        if tokens[-2] == "&":  # "Ünlü & Co.", "Hale & Co.": the partners' firm, not a legal form
            tokens[-1] = tokens[-1].rstrip(".,")
            break
        tokens.pop()
        tokens[-1] = tokens[-1].rstrip(",")
    if len(tokens) > 2 and tokens[0] in _LEGAL_PREFIXES:  # "PT Sinar" alone may be the name itself
        tokens.pop(0)
    return " ".join(tokens)


_VENUE_END = re.compile(r"[ \u00a0](?:(?:Convention|Conference|Exhibition|Expo|Congress)[ \u00a0]+Cent(?:er|re)|Stadium)$")
_SECTION_WORDS = frozenset("NEWS BRIEFING BRIEF UPDATE EXCLUSIVE ANALYSIS OPINION COMMENT FEATURE INTERVIEW MOVES APPOINTMENTS".split())


def _whole_line(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a line of its own (spaces and a colon aside)."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    return not text[line_start:s].strip() and not text[e:len(text) if line_end < 0 else line_end].strip(" \t:")


def _initials_of(tokens: list[str], acronym: str) -> bool:
    """Whether an acronym is made of the initials of a name's capitalised words, in order, from the first one."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = [t[0].upper() for t in tokens if t[:1].isupper()]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(any(c == i for i in it) for c in letters)


def _gerund(token: str, model: NameModel) -> bool:
    """A sentence's opening verb in -ing ("Building", "Leading") whose word the document also writes in lower case."""
    low = token.lower()
    if not low.endswith("ing") or len(low) < 6 or token in lexicon().known_orgs or given_name(token):
        return False
    stem = low[:-3]
    return any(w in model.lower_words for w in (low, stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


# a body inside an organisation named by common words: "Supervisory Board", "Faculty Senate", "Student Body", "Governing Council"
_BODY_HEADS = frozenset("board committee directors trustees regents governors council senate body".split())
_BODY_MODIFIERS = frozenset(
    "supervisory management audit nominating compensation of board student faculty governing executive advisory steering".split()
)
_BOARD_OF_BEFORE = re.compile(r"\b(?:Board|Council|Court)[ \u00a0]+of[ \u00a0]+$")


def type_sequence(model: NameModel, text: str, s: int, e: int, sent_start: int) -> Mention | None:
    """Decide what one capitalised sequence in a sentence names."""
    lex = lexicon()
    name = text[s:e]
    if _ADJECTIVE_TOKEN.search(name) and not (name in model.people or any(korean_given(t) for t in name.split())):
        return None  # "Denver-based", "Award-winning"
    core = without_post_nominals(name)
    if core in model.people:
        return Mention(s, e, name, "P", core)
    if core in model.aliases:
        return Mention(s, e, name, "P", model.aliases[core], weak=True)
    tokens = name.split()
    if len(tokens) > 1 and _gerund(tokens[0], model) and sentence_initial(text, s, sent_start):
        return type_sequence(model, text, s + name.index(tokens[1], len(tokens[0])), e, sent_start)  # "Building Corvane's team"
    before = text[max(sent_start, s - 8):s]
    caps = [t for t in tokens if t[:1].isupper()]
    if len(caps) < len(tokens) and caps:  # "van der Berg", "Ms van der Berg": a known person's surname with particles
        person = model.person_for(caps[-1])
        if person and all(t.lower() in person.lower().split() for t in tokens):
            return Mention(s, e, name, "P", person, weak=True)
    if name not in lex.known_orgs and place_span(text, s, e):
        return None
    if len(tokens) == 1:
        person = model.person_for(name)
        if person and name not in lex.known_orgs:
            return Mention(s, e, name, "P", person, weak=True)
        honorific = bool(_HONORIFIC.search(before))
        firsts_of = model.first_surnames.get(name, set())
        if firsts_of and name not in model.surnames and name not in lex.known_orgs and name not in model.org_names:
            if len(firsts_of) == 1:
                return Mention(s, e, name, "P", next(iter(firsts_of)), weak=True)
            return None  # "Treviño" when two Treviños are named
        same = model.surnames.get(name, ())
        if len(same) > 1 and all(p.split()[0] == name and korean_given(p.split()[-1]) for p in same):
            return None  # "Park" when two Parks are named: a person, but which one is unknown
        firsts = model.first_names.get(name)
        if firsts and len(firsts) == 1 and name not in model.surnames and name not in lex.known_orgs:
            return Mention(s, e, name, "P", next(iter(firsts)), weak=True)  # "will report to Hannah"
        if honorific:
            return Mention(s, e, name, "P", name, weak=True)
        if name in model.cued_orgs:
            return Mention(s, e, name, "O", name)
        if _wire_tag(text, s, e) or _title_word_before_title(name, text, e):
            return None
    if _LOWER_INITIAL_BRAND.fullmatch(tokens[0]):
        return Mention(s, e, name, "O", org_value(name))  # "easyJet", "eBay": no person's name is written so
    low = name.lower()
    if low in lex.places or low in _MONTHS or low in lex.not_orgs or _TICKER_BEFORE.search(text, max(sent_start, s - 10), s):
        return None
    if name in _LEGAL_FORMS:
        return None  # "Acme Therapeutics, Inc.": the legal form of the name before
    if "-" in name and all(part.strip().lower() in lex.places or part.strip().lower() in lex.nonname for part in name.split("-")):
        return None  # "Asia-Europe", "US-China", "Dutch-Norwegian": a route, a relation or a blend of places
    if len(tokens) > 1 and _COMPASS.fullmatch(tokens[0]) and " ".join(tokens[1:]).lower() in lex.places:
        return None  # "South-east Asia", "Northern Ontario": a part of a place
    if len(tokens) == 2 and tokens[1] == "City" and _PLACE_BEFORE.search(before):
        return None  # "in Quebec City": a city, where "Manchester City" without "in" may be a club
    if _AGE_GROUP.fullmatch(name):
        return None  # "Under-21s", "U-19": a team's age group, not an organisation
    if _VENUE_END.search(name):
        return None  # "the Fresno Convention Center", "Harbour Park Stadium": where an event was held
    if name.isupper() and tokens[-1] in _SECTION_WORDS and _whole_line(text, s, e):
        return None  # "F1 NEWS", "PEOPLE MOVES": a section label above the headline
    if name.isupper() and sentence_initial(text, s, sent_start) and _DATELINE_AFTER.match(text, e):
        return None  # "LISBON — ...", "HARTFIELD, May 3 -": the dateline's place
    if name in lex.known_orgs or name in lex.org_aliases:
        return Mention(s, e, name, "O", name)
    if name not in model.cued_orgs and not_an_org(text, s, e, model.lower_words):
        return None
    words = [t.lower() for t in tokens]
    if words[-1] in _BODY_HEADS and all(w in lex.nonname or w in _BODY_MODIFIERS for w in words[:-1]):
        return None  # the governing body speaks for its organisation: "the Supervisory Board", "Faculty Senate President X"
    if words[-1] in _BODY_HEADS and _BOARD_OF_BEFORE.search(text, max(sent_start, s - 12), s):
        return None  # "Chair of the Board of Trustees": the rest of a body's name, not another organisation
    legal = len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS
    name = org_value(name)
    tokens = name.split()
    if legal:
        return Mention(s, e, name, "O", name)
    if is_acronym(name.replace(" ", "")) and len(tokens) == 1:
        return Mention(s, e, name, "O", name, weak=True)
    if any(t in lex.org_suffixes for t in tokens[1:]) or (len(tokens) > 1 and tokens[0] in _ORG_HEADS):
        return Mention(s, e, name, "O", name)
    words = [t.lower() for t in tokens]
    if all(w in lex.nonname or w in lex.not_orgs or w in _MONTHS or w in lex.place_words or w in _PARTICLES for w in words):
        return None
    if len(tokens) == 1:
        if low in lex.nonname or low in model.lower_words:
            return None
        if sentence_initial(text, s, sent_start) and name not in model.midsentence_caps:
            return None
        return Mention(s, e, name, "O", name, weak=True)
    if name in model.slot_orgs or name in model.org_names:
        return Mention(s, e, name, "O", name, weak=name not in model.org_names)
    if _initials_of(tokens, model.acronyms.get(name, "")):
        return Mention(s, e, name, "O", name)  # "Comisión Nacional Bancaria y de Valores (CNBV)": people have no acronym
    if person_shaped(tokens, model.lower_words):
        return None  # looks like a person we did not accept: better nothing than a wrong organisation
    return Mention(s, e, name, "O", name, weak=True)


_GIVEN_SURNAME = re.compile(r"(?<![\w'’-])(?=([A-Z][a-zà-ÿ]+) ((?:[A-Z]\. )?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)(?![\w'’-]))")


def add_heading_names(model: NameModel, text: str, spans: list[tuple[int, int]]) -> None:
    """Full names only headings give ("Appoints Elena Doe-Ray as CMO"): the body's "Dr. Doe-Ray" is that person."""
    given = lexicon().given_names
    for s, e in spans:
        for m in _GIVEN_SURNAME.finditer(text, s, e):
            first, surname = m.group(1), m.group(2)
            short = surname.split()[-1]
            if first.lower() not in given or model.surnames.get(short, set()) - {short} or short in model.orgs:
                continue
            if short not in model.people and not re.search(rf"(?:Mr|Mrs|Ms|Dr|Prof)\.? {re.escape(short)}\b", text):
                continue
            full = f"{first} {surname}"
            model.people.discard(short)
            model.people.add(full)
            model.aliases[short] = full
            model.surnames[short] = {full}
            model.first_names.setdefault(first, set()).add(full)

