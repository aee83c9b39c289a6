"""The part of a snapshot that belongs to one organisation (and the organisations inside it)."""

from __future__ import annotations

from orgtracker.timeline.model import Snapshot


def org_subset(snapshot: Snapshot, name: str) -> Snapshot:
    """People placed in the organisation named `name` (any case) or in its sub-organisations, and their lines.

    Raises ValueError naming the organisations there are when none matches.
    """
    wanted = name.strip().casefold()
    names = {o.org_id: o.name for o in snapshot.orgs.values()}
    for p in snapshot.placements:
        names.setdefault(p.org_id, p.org)
    matches = [oid for oid, n in names.items() if n.casefold() == wanted]
    if not matches:
        known = ", ".join(sorted(set(names.values()), key=str.casefold)) or "none"
        raise ValueError(f"no organisation named {name!r} at {snapshot.at.isoformat()} (there are: {known})")
    keep = set(matches)
    changed = True
    while changed:  # sub-organisations, to any depth
        changed = False
        for o in snapshot.orgs.values():
            if o.parent_id in keep and o.org_id not in keep:
                keep.add(o.org_id)
                changed = True
    placements = [p for p in snapshot.placements if p.org_id in keep]
    people = {p.person_id for p in placements}
    edges = [e for e in snapshot.edges if e.person_id in people and e.manager_id in people]
    orgs = {oid: o for oid, o in snapshot.orgs.items() if oid in keep}
    if any(o.parent_id not in keep for o in orgs.values() if o.parent_id is not None):
        from dataclasses import replace

        orgs = {oid: (replace(o, parent_id=None) if o.parent_id not in keep else o) for oid, o in orgs.items()}
    return Snapshot(snapshot.at, placements, edges, orgs)
