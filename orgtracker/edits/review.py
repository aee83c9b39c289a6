"""The review queue's content: extracted claims with their sentence and highlights, filters, conflicts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import ClaimKind, Document, FactSet, Status
from orgtracker.store.records import StoredClaim

LOW_CONFIDENCE = 0.6
FILTERS = ("unreviewed", "low", "conflicting", "all")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_WORD = re.compile(r"[\w'’.-]{3,}")


@dataclass(frozen=True)
class ReviewItem:
    """One claim as the queue shows it; `highlights` are (start, end) in `sentence`."""

    claim_id: int
    status: Status
    kind: ClaimKind
    words: str
    sentence: str
    highlights: tuple[tuple[int, int], ...]
    quote_span: tuple[int, int]
    document_id: int
    document: str
    date: FuzzyDate | None
    as_of: FuzzyDate | None
    confidence: float
    conflict: str | None = None
    person: str = ""
    org: str | None = None
    role: str | None = None
    manager: str | None = None

    @property
    def date_text(self) -> str:
        if self.date is None:
            return "no date given" + (f" (as of {self.as_of.describe()})" if self.as_of else "")
        return f"{self.date.describe()} ({self.date.precision.value})"

    def to_json(self) -> dict:
        return {
            "id": self.claim_id, "status": self.status.value, "kind": self.kind.value, "claim": self.words,
            "sentence": self.sentence, "highlights": [list(h) for h in self.highlights],
            "document_id": self.document_id, "document": self.document,
            "date": self.date.iso if self.date else None,
            "date_precision": self.date.precision.value if self.date else "unknown",
            "as_of": self.as_of.iso if self.as_of else None,
            "confidence": round(self.confidence, 3), "conflict": self.conflict,
        }


@dataclass(frozen=True)
class ConflictSide:
    kind: str  # "tenure" | "line"
    fact_id: int
    text: str
    quotes: tuple[str, ...]
    claim_ids: tuple[int, ...]


@dataclass(frozen=True)
class ConflictGroup:
    """Facts about one person that the sources disagree on, shown side by side; keep one."""

    person: str
    reason: str
    sides: tuple[ConflictSide, ...] = field(default_factory=tuple)


def claim_words(c) -> str:
    """The claim in a few words: "A reports to B", "A joined O as T", "A left O", "A is T at O"."""
    if c.kind is ClaimKind.REPORTS_TO:
        return f"{c.person} {'has a dotted line to' if c.dotted else 'reports to'} {c.manager}"
    org = c.org or "an unnamed organisation"
    if c.kind is ClaimKind.ROLE:
        return f"{c.person} is {c.role or 'a member'} at {org}"
    if c.kind is ClaimKind.LEAVE:
        return f"{c.person} left {org}" + (f" ({c.role})" if c.role else "")
    return f"{c.person} joined {org}" + (f" as {c.role}" if c.role else "")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end]: from after the previous sentence end to the next one."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, max(start, end - 1))
    hi = m.start() + 1 if m else len(text)
    return lo, max(hi, end)


def highlight_spans(sentence: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the claim's words appear in the sentence: each whole term, else its longer words."""
    folded = sentence.casefold()
    spans: list[tuple[int, int]] = []
    for term in terms:
        term = (term or "").strip()
        if not term:
            continue
        found = _find_all(folded, term.casefold())
        if not found:
            for word in _WORD.findall(term):
                found += _find_all(folded, word.casefold())
        spans += found
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], haystack.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = haystack.find(needle, i + 1)
    return out


def _span_key(ev) -> tuple[int | None, int, int]:
    return (ev.document_id, ev.start, ev.end)


def conflicting_claims(facts: FactSet, claims: list[StoredClaim]) -> dict[int, str]:
    """claim id → the conflict reason of a live fact its evidence supports."""
    reasons: dict[tuple, str] = {}
    for f in facts.live_tenures() + facts.live_lines():
        if f.conflict:
            for ev in f.evidence:
                reasons.setdefault(_span_key(ev), f.conflict)
    out = {}
    for c in claims:
        for ev in c.claim.evidence:
            if _span_key(ev) in reasons:
                out[c.id] = reasons[_span_key(ev)]
                break
    return out


def review_items(store, which: str = "unreviewed", low: float = LOW_CONFIDENCE,
                 document_ids: set[int] | None = None) -> list[ReviewItem]:
    """The claims the queue lists under a filter: unreviewed | low | conflicting | all."""
    if which not in FILTERS:
        raise ValueError(f"unknown filter {which!r}; one of {', '.join(FILTERS)}")
    claims = store.claims()
    if document_ids is not None:
        claims = [c for c in claims if c.document_id in document_ids]
    facts = store.load_facts()
    conflicts = conflicting_claims(facts, claims)
    docs = {d.id: d for d in store.documents()}
    texts: dict[int, str] = {}
    out = []
    for c in claims:
        if which == "unreviewed" and c.status is not Status.PROPOSED:
            continue
        if which == "low" and not (c.claim.confidence < low and c.status is not Status.REJECTED):
            continue
        if which == "conflicting" and (c.id not in conflicts or c.status is Status.REJECTED):
            continue
        out.append(_item(store, c, docs, texts, conflicts.get(c.id)))
    return out


def _item(store, c: StoredClaim, docs, texts: dict[int, str], conflict: str | None) -> ReviewItem:
    claim = c.claim
    ev = claim.evidence[0] if claim.evidence else None
    if c.document_id not in texts:
        try:
            texts[c.document_id] = store.document_text(c.document_id)
        except Exception:  # a document row without text: show the quote alone
            texts[c.document_id] = ""
    text = texts[c.document_id]
    if ev is not None and text[ev.start:ev.end] == ev.quote:
        lo, hi = sentence_around(text, ev.start, ev.end)
        sentence, quote_span = text[lo:hi], (ev.start - lo, ev.end - lo)
    else:
        sentence = ev.quote if ev else ""
        quote_span = (0, len(sentence))
    doc = docs.get(c.document_id)
    name = (doc.title or Path(doc.path).name) if doc else (Path(ev.source).name if ev else "?")
    terms = [claim.person, claim.org or "", claim.role or "", claim.manager or ""]
    return ReviewItem(c.id, c.status, claim.kind, claim_words(claim), sentence.strip("\n"),
                      tuple(highlight_spans(sentence.strip("\n"), terms)), quote_span, c.document_id, name,
                      claim.date, claim.as_of, claim.confidence, conflict, claim.person, claim.org, claim.role,
                      claim.manager)


def conflict_groups(store) -> list[ConflictGroup]:
    """Live facts flagged as conflicting, grouped by person (and organisation for tenures), two or more per group."""
    facts = store.load_facts()
    claims = store.claims()
    by_span: dict[tuple, list[int]] = {}
    for c in claims:
        if c.status is Status.REJECTED:
            continue
        for ev in c.claim.evidence:
            by_span.setdefault(_span_key(ev), []).append(c.id)
    groups: dict[tuple, list] = {}
    for t in facts.live_tenures():
        if t.conflict:
            groups.setdefault(("tenure", t.person_id, t.org_id), []).append(("tenure", t))
    for r in facts.live_lines():
        if r.conflict:
            groups.setdefault(("line", r.person_id, r.kind), []).append(("line", r))
    out = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        sides = []
        for kind, f in members:
            ids = sorted({cid for ev in f.evidence for cid in by_span.get(_span_key(ev), [])})
            sides.append(ConflictSide(kind, f.id, _fact_text(facts, kind, f), tuple(e.quote for e in f.evidence),
                                      tuple(ids)))
        person = facts.people[key[1]].name if key[1] in facts.people else "?"
        out.append(ConflictGroup(person, members[0][1].conflict or "", tuple(sides)))
    return out


def _fact_text(facts: FactSet, kind: str, f) -> str:
    when = (f"from {f.start.describe()}" if f.start else "from an unknown date") + (
        f" until {f.end.describe()}" if f.end else "")
    if kind == "tenure":
        org = facts.orgs[f.org_id].name if f.org_id in facts.orgs else "?"
        return f"{f.title or 'Member'} at {org}, {when}"
    boss = facts.people[f.manager_id].name if f.manager_id in facts.people else "?"
    return f"Reports to {boss}, {when}"


def find_document(store, ref: str) -> Document:
    """The document a user names by id, path, file name or title; ValueError saying why when none or several match."""
    docs = store.documents()
    ref = ref.strip()
    if ref.isdigit():
        found = [d for d in docs if d.id == int(ref)]
    else:
        found = [d for d in docs if d.path == ref or Path(d.path).name == ref or d.title == ref]
        if not found:
            low = ref.casefold()
            found = [d for d in docs if low in Path(d.path).name.casefold() or low in (d.title or "").casefold()]
    if not found:
        raise ValueError(f"no document matches {ref!r} (give its id, file name or title)")
    if len(found) > 1:
        names = ", ".join(f"{d.id} {Path(d.path).name}" for d in found[:5])
        raise ValueError(f"{len(found)} documents match {ref!r} ({names}{', …' if len(found) > 5 else ''}); "
                         "give its id")
    return found[0]


def document_claim_ids(store, document_id: int, status: Status) -> list[int]:
    """The claims of one document that are not yet `status`: what "reject the whole document" changes."""
    return [c.id for c in store.claims(document_id=document_id) if c.status is not status]
