"""Edit commands: do(store) runs one core edit, undo(store) puts back every row it touched."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import LineKind, Status
from orgtracker.store import editing
from orgtracker.store.editing import EditResult


class EditCommand:
    """Base: the first do() calls the edit's core function; redo and undo replay its audit row.

    `force` overrides warnings (a manager at another organisation) when the user has confirmed them.
    """

    text = "Edit"
    force: bool = False

    def __init__(self) -> None:
        self.result: EditResult | None = None

    def __post_init__(self) -> None:  # the dataclass subclasses' __init__ ends here
        EditCommand.__init__(self)

    @property
    def edit_id(self) -> int | None:
        return self.result.edit_id if self.result else None

    def do(self, store) -> EditResult:
        if self.result is None:
            self.result = self.perform(store)
            self.text = self.result.summary or self.text
        else:
            editing.reapply(store, self.result.edit_id)
            self.after_replay(store)
        return self.result

    def undo(self, store) -> None:
        if self.result is None:
            raise RuntimeError("undo before do")
        editing.revert(store, self.result.edit_id)
        self.after_replay(store)

    def perform(self, store) -> EditResult:  # pragma: no cover - every command defines it
        raise NotImplementedError

    def after_replay(self, store) -> None:
        """Hook for commands whose effect reaches past the rows they wrote (claims → facts)."""


@dataclass(eq=False)
class SetManager(EditCommand):
    person_id: int
    manager_id: int
    start: FuzzyDate
    kind: LineKind = LineKind.SOLID
    org_id: int | None = None
    title: str | None = None
    leave_org_id: int | None = None
    force: bool = False

    def perform(self, store):
        return editing.set_manager(store, self.person_id, self.manager_id, self.start, kind=self.kind,
                                   org_id=self.org_id, title=self.title, leave_org_id=self.leave_org_id,
                                   force=self.force)


@dataclass(eq=False)
class EndLine(EditCommand):
    line_id: int
    on: FuzzyDate
    force: bool = False

    def perform(self, store):
        return editing.end_line(store, self.line_id, self.on, force=self.force)


@dataclass(eq=False)
class SetLineKind(EditCommand):
    line_id: int
    kind: LineKind
    force: bool = False

    def perform(self, store):
        return editing.set_line_kind(store, self.line_id, self.kind, force=self.force)


@dataclass(eq=False)
class AddTenure(EditCommand):
    person_id: int
    org_id: int
    title: str | None
    start: FuzzyDate | None
    end: FuzzyDate | None = None
    force: bool = False

    def perform(self, store):
        return editing.add_tenure(store, self.person_id, self.org_id, self.title, self.start, self.end,
                                  force=self.force)


@dataclass(eq=False)
class EditTenure(EditCommand):
    tenure_id: int
    org_id: int
    title: str | None
    start: FuzzyDate | None
    end: FuzzyDate | None
    force: bool = False

    def perform(self, store):
        return editing.edit_tenure(store, self.tenure_id, self.org_id, self.title, self.start, self.end,
                                   force=self.force)


@dataclass(eq=False)
class EndTenure(EditCommand):
    person_id: int
    org_id: int
    on: FuzzyDate
    tenure_id: int | None = None
    force: bool = False

    def perform(self, store):
        return editing.end_tenure(store, self.person_id, self.org_id, self.on, tenure_id=self.tenure_id,
                                  force=self.force)


@dataclass(eq=False)
class AddPerson(EditCommand):
    name: str

    def perform(self, store):
        return editing.add_person(store, self.name)


@dataclass(eq=False)
class AddOrg(EditCommand):
    name: str

    def perform(self, store):
        return editing.add_org(store, self.name)


@dataclass(eq=False)
class SetOrgParent(EditCommand):
    org_id: int
    parent_id: int
    start: FuzzyDate | None
    end: FuzzyDate | None = None
    force: bool = False

    def perform(self, store):
        return editing.set_org_parent(store, self.org_id, self.parent_id, self.start, self.end, force=self.force)


@dataclass(eq=False)
class Rename(EditCommand):
    kind: str  # "person" | "org"
    entity_id: int
    new_name: str

    def perform(self, store):
        return editing.rename(store, self.kind, self.entity_id, self.new_name)


@dataclass(eq=False)
class Merge(EditCommand):
    kind: str  # "person" | "org"
    keep_id: int
    gone_id: int

    def perform(self, store):
        return editing.merge(store, self.kind, self.keep_id, self.gone_id)


@dataclass(eq=False)
class DeleteFact(EditCommand):
    kind: str  # "tenure" | "line" | "parent"
    fact_id: int

    def perform(self, store):
        return editing.delete_fact(store, self.kind, self.fact_id)


class _RebuildsFacts(EditCommand):
    """Claims changed: the extracted facts are rebuilt from the live claims after do, undo and redo."""

    def after_replay(self, store) -> None:
        from orgtracker.ingest import rebuild_facts

        rebuild_facts(store)


@dataclass(eq=False)
class ReviewClaims(_RebuildsFacts):
    claim_ids: Sequence[int]
    status: Status

    def perform(self, store):
        result = editing.set_claims_status(store, list(self.claim_ids), Status(self.status))
        self.after_replay(store)
        return result


@dataclass(eq=False)
class ResolveConflict(_RebuildsFacts):
    keep: tuple[str, int]
    drop: Sequence[tuple[str, int]] = field(default_factory=tuple)

    def perform(self, store):
        result = editing.resolve_conflict(store, self.keep, list(self.drop))
        self.after_replay(store)
        return result
