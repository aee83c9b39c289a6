"""What the chart shows at one date, and what changed between two dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Edge:
    """person reports to manager at the snapshot's date."""

    person_id: int
    manager_id: int
    kind: LineKind
    activity: Activity
    line_id: int


@dataclass(frozen=True, slots=True)
class OrgNode:
    org_id: int
    name: str
    parent_id: int | None  # enclosing organisation at this date (FAIR inside Meta)
    short: str = ""  # a shorter name to show where the full one does not fit (its acronym)


@dataclass
class Snapshot:
    at: date
    placements: list[Placement] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    orgs: dict[int, OrgNode] = field(default_factory=dict)

    def placements_of(self, person_id: int) -> list[Placement]:
        """This person's placements, in the snapshot's order."""
        return list(self._lookups().placements.get(person_id, ()))

    def manager_of(self, person_id: int) -> Edge | None:
        """The first solid edge from this person, in the snapshot's order."""
        return self._lookups().managers.get(person_id)

    def _lookups(self) -> "_Lookups":
        # Built once per snapshot and rebuilt when a list is replaced or grows (snapshots are
        # filled by appending, e.g. graph.synthetic); a dict per person instead of a scan per call.
        stamp = (id(self.placements), len(self.placements), id(self.edges), len(self.edges))
        found = self.__dict__.get("_lookup_cache")
        if found is None or found.stamp != stamp:
            found = _Lookups(stamp, self.placements, self.edges)
            self.__dict__["_lookup_cache"] = found
        return found


class _Lookups:
    """A snapshot's placements by person and first solid edge by person."""

    __slots__ = ("stamp", "placements", "managers")

    def __init__(self, stamp: tuple, placements: list[Placement], edges: list[Edge]):
        self.stamp = stamp
        self.placements: dict[int, list[Placement]] = {}
        for p in placements:
            self.placements.setdefault(p.person_id, []).append(p)
        solid = LineKind.SOLID
        self.managers: dict[int, Edge] = {}
        for e in reversed(edges):
            if e.kind is solid:
                self.managers[e.person_id] = e


@dataclass(frozen=True, slots=True)
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
