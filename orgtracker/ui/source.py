"""The window's view of one database: its facts, change dates, snapshots, diffs, flows and documents."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from pathlib import Path

from orgtracker.domain.dates import Precision
from orgtracker.domain.facts import Document, Evidence, FactSet
from orgtracker.timeline.model import Change, Snapshot

from .plain import shorten

DOCUMENT_TITLE_CHARS = 70  # a document's title (often its first sentence) cut to this where it names a source

_FINER = [Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.UNKNOWN]


def change_precisions(facts: FactSet, dates: list[date]) -> dict[date, str]:
    """For each change date, the finest precision of the fact dates whose bounds fall on it."""
    wanted = set(dates)
    best: dict[date, Precision] = {}
    facts_with_dates = facts.live_tenures() + facts.live_lines() + facts.live_parents()
    for fact in facts_with_dates:
        for fd in (fact.start, fact.end):
            if fd is None:
                continue
            for d in (fd.earliest, fd.latest):
                if d in wanted and (d not in best or _FINER.index(fd.precision) < _FINER.index(best[d])):
                    best[d] = fd.precision
    return {d: p.value for d, p in best.items()}


class ChartSource:
    """Loads a FactSet from a store and answers the window's questions through the timeline and graph layers."""

    def __init__(self, store, path: Path | None = None):
        self.store = store
        self.path = Path(path) if path is not None else None
        self.facts = FactSet()
        self.dates: list[date] = []
        self.precisions: dict[date, str] = {}
        self.documents: dict[int, Document] = {}
        self._documents_by_path: dict[str, Document] = {}
        self._snapshots: OrderedDict[date, Snapshot] = OrderedDict()
        self.reload()

    @classmethod
    def open(cls, path: Path) -> "ChartSource":
        from orgtracker.store import open_store

        return cls(open_store(path), path)

    def reload(self) -> None:
        from orgtracker.timeline.changes import change_dates

        self.facts = self.store.load_facts()
        self.dates = sorted(set(change_dates(self.facts)))
        self.precisions = change_precisions(self.facts, self.dates)
        self._snapshots.clear()
        docs = self._load_documents()
        self.documents = {d.id: d for d in docs}
        self._documents_by_path = {d.path: d for d in docs}

    def _load_documents(self) -> list[Document]:
        for name in ("documents", "list_documents", "load_documents"):
            getter = getattr(self.store, name, None)
            if callable(getter):
                return list(getter())
        return []

    def close(self) -> None:
        closer = getattr(self.store, "close", None)
        if callable(closer):
            closer()

    # -- questions ----------------------------------------------------------------------
    def is_empty(self) -> bool:
        """No document and no fact yet: a first run."""
        store_says = getattr(self.store, "is_empty", None)
        if callable(store_says):
            return bool(store_says())
        return not self.facts.people and not self.documents

    def first_date(self) -> date:
        return self.dates[0] if self.dates else date.today()

    def last_date(self) -> date:
        return self.dates[-1] if self.dates else date.today()

    def snapshot(self, at: date) -> Snapshot:
        snap = self._snapshots.get(at)
        if snap is None:
            from orgtracker.timeline.snapshot import snapshot

            snap = snapshot(self.facts, at)
            self._snapshots[at] = snap
            while len(self._snapshots) > 16:
                self._snapshots.popitem(last=False)
        else:
            self._snapshots.move_to_end(at)
        return snap

    def changes(self, a: date, b: date) -> list[Change]:
        """What changed from date a to date b (each with .describe() for the user)."""
        from orgtracker.timeline.diff import diff

        return list(diff(self.facts, a, b).changes)

    def flows(self, start: date, end: date):
        from orgtracker.graph.flows import talent_flows

        return talent_flows(self.facts, start, end)

    def names(self) -> dict[int, str]:
        return {pid: p.name for pid, p in self.facts.people.items()}

    def document_of(self, ev: Evidence) -> Document | None:
        if ev.document_id is not None and ev.document_id in self.documents:
            return self.documents[ev.document_id]
        return self._documents_by_path.get(ev.source)

    def describe_document(self, ev: Evidence) -> str:
        doc = self.document_of(ev)
        if doc is None:
            return Path(ev.source).name or ev.source
        name = shorten(doc.title, DOCUMENT_TITLE_CHARS) if doc.title else Path(doc.path).name
        published = f", published {doc.published.describe()}" if doc.published else ""
        return f"{name} ({Path(doc.path).name}{published})"

    def sources_of(self, snap: Snapshot) -> list[str]:
        """The documents cited by the facts drawn in a snapshot, for an export's footnote."""
        from orgtracker.timeline.citations import cited_sources

        return cited_sources(self.facts, snap, self.document_of)
