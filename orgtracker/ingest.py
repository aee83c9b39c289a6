"""Ingest: documents → claims in the store (one transaction each) → facts rebuilt from all live claims."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from orgtracker.documents import DocumentError, read_document
from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim
from orgtracker.extract.text import parse_header
from orgtracker.store.convert import name_key
from orgtracker.store.records import SyncReport
from orgtracker.store.repository import EvidenceMismatch, Store
from orgtracker.wording import count

DOCUMENT_SUFFIXES = {".txt", ".md", ".text", ".html", ".htm"}
MANIFEST = "manifest.json"
TITLE_LENGTH = 160
SECTION_LABEL_WORDS = 3  # a first line this short above a longer one is a section label, not the headline

Progress = Callable[[int, int, str], None]
Extractor = Callable[[str, "FuzzyDate | None"], "Sequence[Claim] | Any"]  # claims, or an Analysis


@dataclass(frozen=True)
class DocumentOutcome:
    """What became of one path: added | replaced | unchanged | failed, with the reason when failed."""

    path: str
    status: str
    claims_added: int = 0
    message: str | None = None
    document_id: int | None = None  # the stored document, when added or replaced


@dataclass
class IngestReport:
    documents: list[DocumentOutcome] = field(default_factory=list)
    facts: SyncReport | None = None
    short_names: dict[str, set[str]] = field(default_factory=dict)  # organisation → acronyms its documents define

    @property
    def added(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if d.status in ("added", "replaced")]

    @property
    def failed(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if d.status == "failed"]

    @property
    def claims_added(self) -> int:
        return sum(d.claims_added for d in self.documents)

    @property
    def nothing_new(self) -> bool:
        return not self.added and (self.facts is None or not self.facts.changed)

    def summary(self) -> list[str]:
        """Lines for the user: what was added, what failed; "nothing new" when nothing changed."""
        lines = [f"{d.path}: {d.message}" for d in self.failed]
        if self.nothing_new:
            stored = len(self.documents) - len(self.failed)
            lines.append("nothing new" + (f" ({count(stored, 'document')} already stored)" if stored else ""))
            return lines
        f = self.facts or SyncReport()
        lines.append(f"added {count(len(self.added), 'document')}, {count(self.claims_added, 'claim')}, "
                     f"{count(f.added, 'fact')} ({count(f.people_added, 'new person', 'new people')}, "
                     f"{count(f.orgs_added, 'new organisation')})")
        if f.updated or f.removed or f.evidence_added:
            lines.append(f"updated {count(f.updated, 'fact')}, removed {f.removed}, "
                         f"added {count(f.evidence_added, 'evidence quote')}")
        return lines


def is_folder_note(name: str | Path) -> bool:
    """A hidden file or a README: what a folder of articles says about itself, not an article."""
    name = Path(name).name
    return name.startswith(".") or name.lower().startswith("readme")


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[DocumentOutcome]]:
    """Files to read (a folder gives its documents, sorted, recursively) and the paths that cannot be read."""
    files: list[Path] = []
    problems: list[DocumentOutcome] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, names in os.walk(path, followlinks=False):
                dirs.sort()
                found.extend(Path(root) / n for n in sorted(names)
                             if Path(n).suffix.lower() in DOCUMENT_SUFFIXES and not is_folder_note(n))
            if not found:
                problems.append(DocumentOutcome(str(raw), "failed", message="folder holds no documents (.txt, .md, .html)"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            problems.append(DocumentOutcome(str(raw), "failed", message="broken or looping symbolic link"))
        elif path.exists():
            problems.append(DocumentOutcome(str(raw), "failed", message="not a regular file"))
        else:
            problems.append(DocumentOutcome(str(raw), "failed", message="no such file or folder"))
    unique: dict[Path, Path] = {}
    for f in files:
        unique.setdefault(Path(os.path.realpath(f)), f)  # realpath: a looping link is reported when read, not here
    return list(unique.values()), problems


def published_dates(files: Sequence[Path]) -> dict[Path, FuzzyDate]:
    """Published dates from a manifest.json beside the documents (as the seeds ship)."""
    out: dict[Path, FuzzyDate] = {}
    for folder in sorted({f.parent for f in files}):
        if not (folder / MANIFEST).is_file():
            continue
        try:
            from orgtracker.extract.manifest import load_manifest
        except ImportError:
            return out
        try:
            manifest = load_manifest(folder)
        except (OSError, ValueError):
            continue
        for name, published in manifest.items():
            out[Path(os.path.realpath(folder / name))] = published
    return out


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    published: FuzzyDate | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Extract and store each document (a known checksum adds nothing), then rebuild the facts.

    `published` applies to documents with no manifest entry and no header date. A document
    that cannot be read or extracted is reported and skipped; the others still go in.
    `extractor(path, published) -> claims` defaults to the extraction pipeline.
    """
    if extractor is None:
        extractor = analyse_file

    files, problems = expand_paths(paths)
    report = IngestReport(documents=list(problems))
    manifest = published_dates(files)
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files), str(path))
        report.documents.append(_ingest_one(store, path, manifest.get(Path(os.path.realpath(path)), published),
                                            extractor, report.short_names))
    if progress is not None:
        progress(len(files), len(files), "")
    if report.added or store.facts_dirty():
        try:
            report.facts = rebuild_facts(store, report.short_names)
        except Exception as exc:  # a reconcile bug on one odd document must not leave the database half-updated
            _take_back(store, report, f"facts could not be built: {type(exc).__name__}: {exc}")
    return report


def _take_back(store: Store, report: IngestReport, message: str) -> None:
    """Remove this run's new documents and rebuild the facts as they were; the documents are reported failed."""
    new = [d for d in report.documents if d.status == "added" and d.document_id is not None]
    store.remove_new_documents([d.document_id for d in new])
    report.documents = [replace(d, status="failed", claims_added=0, message=message) if d in new else d
                        for d in report.documents]
    report.facts = rebuild_facts(store)


ingest_paths = ingest


def analyse_file(path: str, published: FuzzyDate | None):
    """The extraction pipeline on one file: its claims, parent statements and published date."""
    from orgtracker.extract.pipeline import analyse_text

    return analyse_text(_read_text(Path(path)), str(path), published)


def rebuild_facts(store: Store, short_names: Mapping[str, Iterable[str]] | None = None) -> SyncReport:
    """Reconcile every live claim and sync the drafts into the extracted facts.

    `short_names` (organisation → acronyms documents define for it) become aliases of organisations
    with facts; aliases are kept once stored, so later rebuilds need not repeat them.
    """
    from orgtracker.extract.reconcile import load_org_aliases, reconcile

    people, orgs = store.canonical_names()
    claims = [_under_current_names(c, people, orgs) for c in store.live_claims()]
    drafts = reconcile(claims, load_org_aliases(), store.parent_statements(), short_names)
    return store.sync_drafts(drafts)


def _under_current_names(claim: Claim, people: dict[str, str], orgs: dict[str, str]) -> Claim:
    """A claim naming someone by a spelling merged or renamed since reads under today's name."""
    person = people.get(name_key(claim.person), claim.person)
    manager = people.get(name_key(claim.manager), claim.manager) if claim.manager else None
    org = orgs.get(name_key(claim.org), claim.org) if claim.org else None
    if (person, manager, org) == (claim.person, claim.manager, claim.org):
        return claim
    return replace(claim, person=person, manager=manager, org=org)


def _ingest_one(store: Store, path: Path, published: FuzzyDate | None, extractor: Extractor,
                short_names: dict[str, set[str]]) -> DocumentOutcome:
    shown = str(path)
    try:
        document = read_document(path)
    except DocumentError as exc:
        return DocumentOutcome(shown, "failed", message=exc.reason)
    checksum = document.checksum
    if store.has_document(checksum):
        return DocumentOutcome(shown, "unchanged")
    stored_path = str(path.resolve())
    try:
        text = document.text
        result = extractor(stored_path, published)
    except (OSError, UnicodeError, ValueError) as exc:
        return DocumentOutcome(shown, "failed", message=f"cannot extract: {exc}")
    except Exception as exc:  # an extractor bug on one odd document must not stop the others
        return DocumentOutcome(shown, "failed", message=f"extractor failed: {type(exc).__name__}: {exc}")
    claims = list(getattr(result, "claims", result))
    parents = list(getattr(result, "parents", ()))
    published = getattr(result, "published", None) or published
    try:
        added = store.add_document(stored_path, _title(text, path), published, checksum, text, claims, parents)
    except EvidenceMismatch as exc:
        return DocumentOutcome(shown, "failed", message=str(exc))
    if added is None:
        return DocumentOutcome(shown, "unchanged")
    for long_name, short in getattr(result, "acronyms", {}).items():
        short_names.setdefault(long_name, set()).add(short)
    return DocumentOutcome(shown, "replaced" if added.replaced else "added", claims_added=added.claims_added,
                           document_id=added.document_id)


def _read_text(path: Path) -> str:
    """The text exactly as the extractor reads it, so claim spans index the stored copy."""
    return read_document(path).text


def _section_label(line: str, following: str) -> bool:
    """"PROFILE", "Agribusiness", "LOCAL | CITY HALL": a short or all-capitals line above a longer one."""
    words = len(line.split())
    return words < len(following.split()) and (words <= SECTION_LABEL_WORDS or line.upper() == line)


def _title(text: str, path: Path) -> str:
    """The document's headline: its first line, past header fields and a short section label ("PROFILE")."""
    lines = []
    for line in text[parse_header(text).body_start:].splitlines():
        clean = line.strip().lstrip("#").strip()
        if not clean or clean == "---" or clean.split(":", 1)[0].strip().lower() in ("source", "published", "url", "author"):
            continue
        if clean.lower().startswith("title:"):
            clean = clean.split(":", 1)[1].strip()
        lines.append(clean)
        if len(lines) == 2:
            break
    if not lines:
        return path.name
    title = lines[1] if len(lines) == 2 and _section_label(lines[0], lines[1]) else lines[0]
    return title[:TITLE_LENGTH] + ("…" if len(title) > TITLE_LENGTH else "")
