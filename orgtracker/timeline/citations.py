"""The sources behind what a snapshot draws: the documents its tenures and reporting lines cite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from orgtracker.domain.facts import Document, Evidence, FactSet
from orgtracker.timeline.model import Snapshot


def cited_sources(facts: FactSet, snapshot: Snapshot, document_of: Callable[[Evidence], Document | None]) -> list[str]:
    """Each cited document once, by title (else file name), sorted: only facts the snapshot places or draws."""
    tenure_ids = {p.tenure_id for p in snapshot.placements}
    line_ids = {e.line_id for e in snapshot.edges}
    cited = [t for t in facts.tenures if t.id in tenure_ids] + [r for r in facts.lines if r.id in line_ids]
    seen: dict[str, None] = {}
    for fact in cited:
        for ev in fact.evidence:
            doc = document_of(ev)
            seen.setdefault((doc.title or Path(doc.path).name) if doc else (Path(ev.source).name or ev.source))
    return sorted(seen, key=str.casefold)
