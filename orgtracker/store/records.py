"""Plain records the store hands upward besides the domain ones: stored claims, ingest results."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgtracker.domain.facts import Claim, Status


@dataclass(frozen=True)
class StoredClaim:
    """A claim as kept in the database: its id, review status and document."""

    id: int
    document_id: int
    status: Status
    claim: Claim


@dataclass(frozen=True)
class AddedDocument:
    """What storing one document did: its id, and how many of its claims were new."""

    document_id: int
    claims_added: int
    claims_total: int
    replaced: bool = False  # an earlier version of the same path was updated


@dataclass
class SyncReport:
    """What syncing drafts into fact rows changed."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    people_added: int = 0
    orgs_added: int = 0
    evidence_added: int = 0
    added_facts: list[str] = field(default_factory=list)  # one readable line per new fact

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.people_added or self.orgs_added
                    or self.evidence_added)
