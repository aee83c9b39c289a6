"""Deterministic synthetic snapshots (and timelines of them) for tests and benchmarks."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity
from orgtracker.timeline.model import Edge, OrgNode, Placement, Snapshot

_FIRST = [
    "Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Indigo", "Jordan", "Kai",
    "Logan", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Rowan", "Sage", "Taylor",
    "Umi", "Vale", "Wren", "Yael", "Zion", "Ari", "Bea", "Cyrus", "Dara", "Elio",
]
_LAST = [
    "Abara", "Brandt", "Castell", "Dunmore", "Ekwe", "Falk", "Garrow", "Halden", "Ivers", "Jansen",
    "Kovac", "Lindqvist", "Moreau", "Nakata", "Okafor", "Pryce", "Quintero", "Rasku", "Sorensen", "Tamm",
    "Ueda", "Varga", "Whitlock", "Xu", "Yardley", "Zeller", "Achebe", "Bellamy", "Corvo", "Delacroix",
]
_ORGS = ["Northwind", "Bluefin", "Halcyon", "Kestrel", "Larkspur", "Meridian", "Orison", "Quillon", "Sable", "Tessera"]
_SUFFIX = ["Labs", "Systems", "AI", "Dynamics", "Research"]
_TITLES = [
    "Chief Executive Officer", "Senior Vice President", "Vice President", "Senior Director", "Director",
    "Senior Manager", "Manager", "Team Lead", "Staff Engineer", "Senior Engineer", "Engineer",
]
_AREAS = ["Research", "Engineering", "Product", "Infrastructure", "Safety", "Operations", "Sales", "Finance"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {chr(65 + rng.randrange(26))}. {rng.choice(_LAST)}"


def _title(rng: random.Random, depth: int) -> str:
    base = _TITLES[min(depth, len(_TITLES) - 1)]
    if 1 <= depth <= 4:
        return f"{base}, {rng.choice(_AREAS)}"
    return base


def synthetic_snapshot(n_people: int, n_orgs: int = 4, seed: int = 0, at: date = date(2025, 6, 1)) -> Snapshot:
    """A snapshot of about `n_people` placements over `n_orgs` organisations, the same for the same seed.

    Trees of depth up to 12 and spans of 3–15; a few unplaced people, possibly-active
    placements and lines, uncertain titles, dotted lines, one sub-organisation in each
    larger org, and a few people with a second affiliation elsewhere.
    """
    rng = random.Random(seed)
    n_orgs = max(1, n_orgs)
    snap = Snapshot(at=at)
    weights = [rng.uniform(0.5, 1.5) for _ in range(n_orgs)]
    total_w = sum(weights)
    counts = [max(1, int(n_people * w / total_w)) for w in weights]
    counts[0] += max(0, n_people - sum(counts))
    next_tenure = iter(range(1, 10**9)).__next__
    next_line = iter(range(1, 10**9)).__next__
    pid = 0
    names: dict[int, str] = {}
    org_people: list[list[int]] = []
    for oi in range(n_orgs):
        org_id = oi + 1
        org_name = f"{_ORGS[oi % len(_ORGS)]} {_SUFFIX[(oi // len(_ORGS)) % len(_SUFFIX)]}"
        if oi >= len(_ORGS) * len(_SUFFIX):
            org_name = f"Org {org_id}"
        snap.orgs[org_id] = OrgNode(org_id, org_name, None)
        n = counts[oi]
        n_unplaced = n // 60
        members: list[int] = []
        depth: dict[int, int] = {}
        kids: dict[int, list[int]] = {}
        open_managers: list[int] = []
        cap: dict[int, int] = {}
        for i in range(n - n_unplaced):
            pid += 1
            names[pid] = _name(rng)
            members.append(pid)
            kids[pid] = []
            if i == 0:
                depth[pid] = 0
                cap[pid] = 10**9
                open_managers.append(pid)
                continue
            j = len(open_managers) - 1 - min(int(rng.expovariate(0.3)), len(open_managers) - 1) if open_managers else 0
            m = open_managers[j] if open_managers else members[0]
            kids[m].append(pid)
            if len(kids[m]) >= cap[m] and m != members[0]:
                open_managers[j] = open_managers[-1]
                open_managers.pop()
            depth[pid] = depth[m] + 1
            cap[pid] = 0 if rng.random() < 0.7 else rng.randint(3, 15)
            if cap[pid] and depth[pid] < 11:
                open_managers.append(pid)
            kind_roll = rng.random()
            snap.edges.append(Edge(pid, m, LineKind.SOLID,
                                   Activity.POSSIBLE if kind_roll < 0.02 else Activity.ACTIVE, next_line()))
        sub_org = None
        root = members[0]
        if len(members) >= 40 and kids[root]:
            head = max(kids[root], key=lambda p: (len(kids[p]), -p))
            sub_org = 100 + org_id
            snap.orgs[sub_org] = OrgNode(sub_org, f"{org_name.split()[0]} Frontier Lab", org_id)
            stack, inside = [head], set()
            while stack:
                v = stack.pop()
                inside.add(v)
                stack.extend(kids[v])
        else:
            inside = set()
        for p in members:
            roll = rng.random()
            oid = sub_org if p in inside else org_id
            snap.placements.append(Placement(
                p, names[p], oid, snap.orgs[oid].name, _title(rng, depth[p]),
                Activity.POSSIBLE if roll < 0.03 else Activity.ACTIVE, next_tenure(), roll > 0.06 or roll < 0.03))
        for _ in range(n_unplaced):
            pid += 1
            names[pid] = _name(rng)
            members.append(pid)
            snap.placements.append(Placement(pid, names[pid], org_id, org_name, "Advisor", Activity.ACTIVE,
                                             next_tenure(), True))
        for p in members[1:]:
            if rng.random() < 0.01:
                other = members[rng.randrange(len(members))]
                if other != p:
                    snap.edges.append(Edge(p, other, LineKind.DOTTED, Activity.ACTIVE, next_line()))
        org_people.append(members)
    if n_orgs > 1:
        for oi, members in enumerate(org_people):
            for p in members:
                if rng.random() < 0.005:
                    other = (oi + 1 + rng.randrange(n_orgs - 1)) % n_orgs
                    org = snap.orgs[other + 1]
                    snap.placements.append(Placement(p, names[p], org.org_id, org.name, "Visiting Professor",
                                                     Activity.ACTIVE, next_tenure(), True))
    return snap


def evolve(snapshot: Snapshot, changes: int, seed: int = 0, days: int = 30) -> Snapshot:
    """The next step of a synthetic timeline: `changes` joins, departures, re-parentings or new titles."""
    rng = random.Random(seed)
    placements = list(snapshot.placements)
    edges = list(snapshot.edges)
    next_pid = max((p.person_id for p in placements), default=0) + 1
    next_tenure = max((p.tenure_id for p in placements), default=0) + 1
    next_line = max((e.line_id for e in edges), default=0) + 1
    for _ in range(changes):
        if not placements:
            break
        managers = {e.manager_id for e in edges if e.kind is LineKind.SOLID}
        roll = rng.random()
        i = rng.randrange(len(placements))
        p = placements[i]
        if roll < 0.3:  # someone joins under p
            name = _name(rng)
            placements.append(Placement(next_pid, name, p.org_id, p.org, "Engineer", Activity.ACTIVE, next_tenure))
            edges.append(Edge(next_pid, p.person_id, LineKind.SOLID, Activity.ACTIVE, next_line))
            next_pid, next_tenure, next_line = next_pid + 1, next_tenure + 1, next_line + 1
        elif roll < 0.55:  # a leaf leaves
            if p.person_id in managers:
                continue
            placements = [q for q in placements if q.person_id != p.person_id]
            edges = [e for e in edges if e.person_id != p.person_id and e.manager_id != p.person_id]
        elif roll < 0.8:  # a leaf moves under another manager of the same org
            if p.person_id in managers:
                continue
            same_org = [q.person_id for q in placements if q.org_id == p.org_id and q.person_id != p.person_id]
            if not same_org:
                continue
            new_m = same_org[rng.randrange(len(same_org))]
            edges = [e for e in edges if not (e.person_id == p.person_id and e.kind is LineKind.SOLID)]
            edges.append(Edge(p.person_id, new_m, LineKind.SOLID, Activity.ACTIVE, next_line))
            next_line += 1
        else:  # a new title
            placements[i] = replace(p, title=_title(rng, rng.randrange(len(_TITLES))))
    return Snapshot(snapshot.at + timedelta(days=days), placements, edges, dict(snapshot.orgs))


def synthetic_timeline(n_people: int, n_orgs: int, steps: int, changes: int, seed: int = 0) -> list[Snapshot]:
    """`steps` + 1 snapshots, each `changes` small changes after the previous one."""
    out = [synthetic_snapshot(n_people, n_orgs, seed)]
    for i in range(steps):
        out.append(evolve(out[-1], changes, seed * 7919 + i + 1))
    return out
