"""Plain records of the data model: claims from documents, and the facts built from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .dates import FuzzyDate


class ClaimKind(str, Enum):
    JOIN = "join"
    LEAVE = "leave"
    ROLE = "role"
    REPORTS_TO = "reports_to"


class Origin(str, Enum):
    EXTRACTED = "extracted"
    MANUAL = "manual"


class Status(str, Enum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class LineKind(str, Enum):
    SOLID = "solid"
    DOTTED = "dotted"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quote pinned in a document: W3C TextPositionSelector (start, end) plus the exact text."""

    source: str  # the document's path or URL as given
    start: int
    end: int
    quote: str
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement an article makes about a person.

    `date` is when the event happened (join/leave), or when a role or
    reporting line began if the text says so; None when the text gives no
    date. `as_of` is when the statement was known true: the document's
    published date. `evidence` holds every place the same statement was made.
    """

    kind: ClaimKind
    person: str
    org: str | None
    role: str | None
    manager: str | None
    date: FuzzyDate | None
    as_of: FuzzyDate | None
    evidence: tuple[Evidence, ...]
    confidence: float
    dotted: bool = False

    @property
    def quote(self) -> str:
        return self.evidence[0].quote

    @property
    def span(self) -> tuple[int, int]:
        return (self.evidence[0].start, self.evidence[0].end)

    @property
    def source(self) -> str:
        return self.evidence[0].source

    def to_json(self) -> dict:
        d = self.date
        return {
            "kind": self.kind.value,
            "person": self.person,
            "org": self.org,
            "role": self.role,
            "manager": self.manager,
            "date": d.iso if d else None,
            "date_precision": d.precision.value if d else "unknown",
            "date_earliest": d.earliest.isoformat() if d and d.earliest else None,
            "date_latest": d.latest.isoformat() if d and d.latest else None,
            "as_of": self.as_of.iso if self.as_of else None,
            "source": self.source,
            "quote": self.quote,
            "span": list(self.span),
            "evidence": [
                {"source": e.source, "span": [e.start, e.end], "quote": e.quote} for e in self.evidence
            ],
            "confidence": round(self.confidence, 3),
            "dotted": self.dotted,
        }


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrgParent:
    """Organisation `org_id` sits inside `parent_id` over [start, end)."""

    id: int
    org_id: int
    parent_id: int
    start: FuzzyDate | None
    end: FuzzyDate | None
    origin: Origin = Origin.EXTRACTED
    status: Status = Status.PROPOSED
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Tenure:
    """Person at organisation with a title over [start, end). start/end None: unbounded."""

    id: int
    person_id: int
    org_id: int
    title: str | None
    start: FuzzyDate | None
    end: FuzzyDate | None
    origin: Origin = Origin.EXTRACTED
    status: Status = Status.PROPOSED
    evidence: tuple[Evidence, ...] = ()
    edit_id: int | None = None
    conflict: str | None = None  # why this fact is flagged, when claims disagree
    anchor: FuzzyDate | None = None  # when the title was known true, for a title with no start


@dataclass(frozen=True, slots=True)
class ReportingLine:
    """Person reports to manager over [start, end), solid or dotted."""

    id: int
    person_id: int
    manager_id: int
    kind: LineKind
    start: FuzzyDate | None
    end: FuzzyDate | None
    origin: Origin = Origin.EXTRACTED
    status: Status = Status.PROPOSED
    evidence: tuple[Evidence, ...] = ()
    edit_id: int | None = None
    conflict: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    path: str
    title: str
    published: FuzzyDate | None
    checksum: str


@dataclass
class FactSet:
    """Everything the timeline needs, loaded in one piece from the store."""

    people: dict[int, Person] = field(default_factory=dict)
    orgs: dict[int, Organisation] = field(default_factory=dict)
    tenures: list[Tenure] = field(default_factory=list)
    lines: list[ReportingLine] = field(default_factory=list)
    parents: list[OrgParent] = field(default_factory=list)

    def live_tenures(self) -> list[Tenure]:
        rejected = Status.REJECTED  # read once: an enum member is a slow class attribute
        return [t for t in self.tenures if t.status is not rejected]

    def live_lines(self) -> list[ReportingLine]:
        rejected = Status.REJECTED
        return [r for r in self.lines if r.status is not rejected]

    def live_parents(self) -> list[OrgParent]:
        rejected = Status.REJECTED
        return [p for p in self.parents if p.status is not rejected]
