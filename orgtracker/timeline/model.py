"""What the chart shows at one date, and what changed between two dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity


@dataclass(frozen=True)
class Placement:
    """A person at an organisation at the snapshot's date."""

    person_id: int
    person: str
    org_id: int
    org: str
    title: str | None
    activity: Activity  # ACTIVE or POSSIBLE
    tenure_id: int
    title_certain: bool = True  # False when another title may hold at this date


@dataclass(frozen=True)
class Edge:
    """person reports to manager at the snapshot's date."""

    person_id: int
    manager_id: int
    kind: LineKind
    activity: Activity
    line_id: int


@dataclass(frozen=True)
class OrgNode:
    org_id: int
    name: str
    parent_id: int | None  # enclosing organisation at this date (FAIR inside Meta)


@dataclass
class Snapshot:
    at: date
    placements: list[Placement] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    orgs: dict[int, OrgNode] = field(default_factory=dict)

    def placements_of(self, person_id: int) -> list[Placement]:
        return [p for p in self.placements if p.person_id == person_id]

    def manager_of(self, person_id: int) -> Edge | None:
        solid = [e for e in self.edges if e.person_id == person_id and e.kind is LineKind.SOLID]
        return solid[0] if solid else None


@dataclass(frozen=True)
class Change:
    """One line of a diff: kind is joined | left | moved | new_manager | new_title."""

    kind: str
    person_id: int
    person: str
    before: str | None
    after: str | None

    def describe(self) -> str:
        if self.kind == "joined":
            return f"{self.person} joined {self.after}"
        if self.kind == "left":
            return f"{self.person} left {self.before}"
        if self.kind == "moved":
            return f"{self.person}: {self.before} → {self.after}"
        if self.kind == "new_manager":
            return f"{self.person} now reports to {self.after}" + (f" (was {self.before})" if self.before else "")
        if self.kind == "new_title":
            return f"{self.person}: {self.before or 'no title'} → {self.after or 'no title'}"
        return f"{self.person}: {self.kind}"
