"""Compare two snapshots for the chart: b plus what a had, with each card marked and ghosts of old places."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity
from orgtracker.timeline.model import Edge, Snapshot

CardKey = tuple[int, int]


@dataclass
class Comparison:
    snapshot: Snapshot  # b, plus the placements of a that b no longer has, plus ghosts
    marks: dict[CardKey, str] = field(default_factory=dict)  # "added" | "removed" | "moved" | "ghost"
    ghost_links: list[tuple[CardKey, CardKey]] = field(default_factory=list)  # ghost card -> the real card

    @staticmethod
    def ghost_id(person_id: int) -> int:
        """Ghosts are people with a negative id: laid out like anyone, never reported as a person."""
        return -person_id


def _solid_managers(snap: Snapshot) -> dict[int, Edge]:
    out: dict[int, Edge] = {}
    for e in sorted(snap.edges, key=lambda e: (e.activity is not Activity.ACTIVE, e.manager_id, e.line_id)):
        if e.kind is LineKind.SOLID and e.person_id != e.manager_id:
            out.setdefault(e.person_id, e)
    return out


def compare_snapshots(a: Snapshot, b: Snapshot) -> Comparison:
    """Added: in b only. Removed: in a only (kept where they were). Moved: same org, new manager;
    a faded ghost card of them stays under the old manager, linked to where they are now."""
    keys_a = {(p.person_id, p.org_id): p for p in a.placements}
    keys_b = {(p.person_id, p.org_id): p for p in b.placements}
    mgr_a, mgr_b = _solid_managers(a), _solid_managers(b)
    placements = list(b.placements)
    edges = list(b.edges)
    orgs = dict(a.orgs)
    orgs.update(b.orgs)
    result = Comparison(Snapshot(b.at, placements, edges, orgs))
    for key in keys_b:
        if key not in keys_a:
            result.marks[key] = "added"
    removed_people = set()
    for key, p in keys_a.items():
        if key not in keys_b:
            result.marks[key] = "removed"
            placements.append(p)
            removed_people.add(p.person_id)
    for pid in removed_people:
        if pid not in mgr_b and pid in mgr_a:
            edges.append(mgr_a[pid])
    next_line = -1
    for key, p in keys_b.items():
        if key not in keys_a:
            continue
        old, new = mgr_a.get(p.person_id), mgr_b.get(p.person_id)
        if (old.manager_id if old else None) == (new.manager_id if new else None):
            continue
        result.marks[key] = "moved"
        if old is None:
            continue
        ghost = Comparison.ghost_id(p.person_id)
        placements.append(replace(p, person_id=ghost))
        edges.append(Edge(ghost, old.manager_id, old.kind, old.activity, next_line))
        next_line -= 1
        result.marks[(ghost, p.org_id)] = "ghost"
        result.ghost_links.append(((ghost, p.org_id), key))
    return result
