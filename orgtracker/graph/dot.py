"""Write a snapshot as a Graphviz digraph, so benchmarks can compare our layout with `dot -Tplain`."""

from __future__ import annotations

from orgtracker.domain.facts import LineKind
from orgtracker.timeline.model import Snapshot


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(snapshot: Snapshot) -> str:
    """One box node per (person, org) placement, one cluster per organisation, solid lines as edges."""
    lines = ["digraph chart {", "  rankdir=TB;", "  node [shape=box, width=2.0, height=0.6, fixedsize=true];"]
    by_org: dict[int, list] = {}
    org_of_person: dict[int, int] = {}
    for p in snapshot.placements:
        by_org.setdefault(p.org_id, []).append(p)
        org_of_person.setdefault(p.person_id, p.org_id)
    for org_id in sorted(by_org):
        name = snapshot.orgs[org_id].name if org_id in snapshot.orgs else by_org[org_id][0].org
        lines.append(f"  subgraph cluster_{org_id} {{")
        lines.append(f"    label={_quote(name)};")
        for p in sorted(by_org[org_id], key=lambda p: p.person_id):
            lines.append(f"    p{p.person_id}_{org_id} [label={_quote(p.person)}];")
        lines.append("  }")
    for e in snapshot.edges:
        if e.kind is not LineKind.SOLID:
            continue
        org = org_of_person.get(e.person_id)
        m_org = org_of_person.get(e.manager_id)
        if org is None or m_org is None:
            continue
        lines.append(f"  p{e.manager_id}_{m_org} -> p{e.person_id}_{org};")
    lines.append("}")
    return "\n".join(lines) + "\n"
