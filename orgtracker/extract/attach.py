"""Which organisation a bare title or a move without an object belongs to: one scored choice among candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import longest_first

# A candidate's score is the sum of the weights of its features; the best score wins, the later mention on a tie.
HAND_WEIGHTS: dict[str, float] = {
    "here": 10.0,  # named in the sentence before the title or the verb
    "latest": 1.0,  # the last organisation named before it
    "subject": 5.0,  # the article's subject organisation
    "fronted": 8.0,  # "At Acme Chemical, the group named ...": the clause the sentence opens with
    "moved_to": -8.0,  # "left to join Acme", "left for a job at Acme": where someone who left went
    "came_from": -8.0,  # "hired from Acme", "formerly of Acme": where someone came from
    "recent": 0.0,  # named in the three sentences before
    "past": 0.0,  # the document names it mostly as where someone came from
    "share": 0.0,  # times its weight in the document (the subject's is 1)
}
WEIGHTS: dict[str, float] = dict(HAND_WEIGHTS)

_FRONTED = re.compile(r"^ (?:(?:[a-z][a-z\-]*|P\d+) ){0,5}?(?:at|within|inside) (?:the )?$")
_FRONTED_TAG = re.compile(r"^ (?:(?:[a-z][a-z\-]*|P\d+) ){0,5}?(?:at|within|inside) (?:the )?(?P<o>O\d+) , ")
_MOVED_TO = re.compile(
    r"\b(?:left|leaves|leave|leaving|resign\w*|depart\w*|quit\w*|exit\w*|stepp?\w* down|retir\w*|decamp\w*|defect\w*|bolt\w*)"
    r" (?:\S+ ){0,6}?(?:to (?:re)?join|and (?:re)?join\w*|for(?: (?:a|an) (?:[a-z\-]+ ){0,2}(?:at|with))?"
    r"|to become (?:\S+ ){0,5}?(?:at|of|with)) (?:the |rival |its )?(?:[a-z][a-z\-]* )?$"
)
_LINKS = r"at|from|of|with|for|to|by|joined|joins|join|joining|left|leaves|leaving|leave"
_PLAIN = (r"(?:(?!(?:as|and|or|in|to|by|from|with|for|of|at|on|who|which|since|after|before|when|where|its|his|her|"
          r"join\w*|left|leav\w*|become|becoming|became)\b)[a-z][a-z'\-]* )")


def described_before(descriptors: frozenset[str]) -> re.Pattern:
    """"at valve maker O1", "from the Danish trucking group O1": a describing phrase between a link word and a name."""
    nouns = longest_first(descriptors)
    return re.compile(rf"\b(?P<p>{_LINKS}) (?:the |a |an )?{_PLAIN}{{0,3}}?[a-z]*?(?:{nouns})s? (?=O\d+ (?!'s ))")


_CAME_FROM = re.compile(r"\b(?:from|formerly of|formerly at|previously at|previously of|former|ex-) (?:the |rival )?$")


@dataclass
class Candidate:
    org: str
    order: int  # position in the sentence; -1 for one not named there
    features: set[str]
    share: float = 0.0

    def score(self, weights: dict[str, float]) -> float:
        return sum(weights.get(f, 0.0) for f in self.features) + weights.get("share", 0.0) * self.share


def mention_features(ph: str, i: int, end: int) -> set[str]:
    """Features of an organisation's tag at ph[i:end] from the words around it."""
    out = set()
    before = ph[:i + 1]
    if _FRONTED.match(before) and ph.startswith(" , ", end):
        out.add("fronted")
    if _MOVED_TO.search(before):
        out.add("moved_to")
    elif _CAME_FROM.search(before):
        out.add("came_from")
    return out


def fronted(ph: str) -> str | None:
    """The tag of "At Acme Chemical, ..." opening the sentence: where its bare titles and hires belong."""
    m = _FRONTED_TAG.match(ph)
    return m.group("o") if m else None


def choose(candidates: list[Candidate], weights: dict[str, float] = WEIGHTS) -> str | None:
    """The best-scored candidate with a positive score, the one named later on a tie."""
    best, best_key = None, None
    for c in candidates:
        s = c.score(weights)
        if s <= 0:
            continue
        key = (s, c.order)
        if best_key is None or key > best_key:
            best, best_key = c.org, key
    return best
