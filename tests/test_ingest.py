"""Ingest with a small stand-in extractor: dedupe, idempotence, bad files, recovery after a crash."""

import re
from datetime import date
from pathlib import Path

import pytest

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence, Status
from orgtracker.extract.text import read_document
from orgtracker.ingest import DocumentOutcome, IngestReport, expand_paths, ingest, rebuild_facts
from orgtracker.store import open_store
from orgtracker.store.records import SyncReport

PUB = FuzzyDate.day(date(2025, 11, 20))
_SENTENCE = re.compile(r"(?P<p>[A-Z]\w+ [A-Z]\w+) (?P<verb>joined|left|reports to) (?P<o>[A-Z]\w+)(?: in (?P<y>\d{4}))?\.")


def toy_extractor(path, published):
    """One claim per 'A B joined|left Org [in YYYY].' or 'A B reports to C.' sentence."""
    text = read_document(path)
    out = []
    for m in _SENTENCE.finditer(text):
        ev = (Evidence(str(path), m.start(), m.end(), m.group(0)),)
        when = FuzzyDate.year(int(m["y"])) if m["y"] else None
        if m["verb"] == "reports to":
            out.append(Claim(ClaimKind.REPORTS_TO, m["p"], None, None, m["o"], None, published, ev, 0.8))
        else:
            kind = ClaimKind.JOIN if m["verb"] == "joined" else ClaimKind.LEAVE
            out.append(Claim(kind, m["p"], m["o"], None, None, when, published, ev, 0.8))
    return out


def crashing_extractor(path, published):
    raise IndexError("boom")


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "db.sqlite")
    yield s
    s.close()


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Ann Lee joined Acme in 2020. Bob Ray joined Acme in 2019.\n")
    (folder / "b.txt").write_text("Ann Lee left Acme in 2024. Ann Lee joined Zeta in 2024.\n")
    return folder


def run(store, paths, **kw):
    return ingest(store, paths, published=PUB, extractor=toy_extractor, **kw)


def test_ingest_stores_documents_claims_and_facts(store, docs):
    report = run(store, [docs])
    assert [d.status for d in report.documents] == ["added", "added"]
    assert report.claims_added == 4
    assert report.facts.added == 3
    assert "added 2 documents, 4 claims, 3 facts" in report.summary()[0]
    facts = store.load_facts()
    assert {p.name for p in facts.people.values()} == {"Ann Lee", "Bob Ray"}
    spans = [(e.source, e.start, e.end, e.quote) for t in facts.tenures for e in t.evidence]
    for source, start, end, quote in spans:
        assert Path(source).read_text()[start:end] == quote


def test_ingest_twice_changes_nothing(store, docs):
    run(store, [docs])
    before = store.load_facts(), store.claims(), store.counts()
    again = run(store, [docs])
    assert again.nothing_new and again.summary() == ["nothing new (2 documents already stored)"]
    assert (store.load_facts(), store.claims(), store.counts()) == before


def test_the_same_content_under_another_name_adds_nothing(store, docs, tmp_path):
    run(store, [docs])
    copy = tmp_path / "copy.txt"
    copy.write_bytes((docs / "a.txt").read_bytes())
    assert run(store, [copy]).documents[0].status == "unchanged"


def test_new_document_adds_evidence_and_keeps_review_status(store, docs, tmp_path):
    run(store, [docs])
    first = store.claims()[0]
    store.set_claim_status(first.id, Status.REJECTED)
    rebuild_facts(store)
    more = tmp_path / "c.txt"
    more.write_text("Bob Ray joined Acme in 2019. Bob Ray reports to Ann Lee.\n")
    report = run(store, [docs, more])
    assert [d.status for d in report.documents] == ["unchanged", "unchanged", "added"]
    assert store.claims()[0].status is Status.REJECTED
    facts = store.load_facts()
    bob_id = next(p.id for p in facts.people.values() if p.name == "Bob Ray")
    (bob,) = [t for t in facts.tenures if t.person_id == bob_id]
    assert {Path(e.source).name for e in bob.evidence} == {"a.txt", "c.txt"}


def test_bad_inputs_are_reported_and_the_rest_still_ingest(store, docs, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    report = run(store, [tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "blob.txt", loop, docs])
    failed = {Path(d.path).name: d.message for d in report.failed}
    assert set(failed) == {"missing.txt", "empty.txt", "blob.txt", "loop.txt"}
    assert "no such file" in failed["missing.txt"] and "empty" in failed["empty.txt"]
    assert "binary" in failed["blob.txt"] and "link" in failed["loop.txt"]
    assert len(report.added) == 2 and store.counts()["documents"] == 2


def test_an_extractor_crash_on_one_document_is_one_message(store, docs):
    report = ingest(store, [docs / "a.txt"], published=PUB, extractor=crashing_extractor)
    (bad,) = report.failed
    assert "extractor failed: IndexError: boom" == bad.message
    assert store.counts()["documents"] == 0


def test_facts_interrupted_before_rebuild_are_rebuilt_by_the_next_ingest(store, docs):
    for path in sorted(docs.iterdir()):  # as if killed after storing documents, before the rebuild
        store.add_document(str(path.resolve()), "t", PUB, f"sum-{path.name}", read_document(path),
                           toy_extractor(str(path.resolve()), PUB))
    assert store.facts_dirty() and store.load_facts().tenures == []
    report = run(store, [])
    assert report.facts is not None and report.facts.added == 3
    assert not store.facts_dirty()


def test_progress_is_reported_per_document(store, docs):
    seen = []
    run(store, [docs], progress=lambda done, total, path: seen.append((done, total)))
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_expand_paths_orders_and_deduplicates(docs):
    files, problems = expand_paths([docs, docs / "a.txt"])
    assert [f.name for f in files] == ["a.txt", "b.txt"] and problems == []


@pytest.mark.parametrize("text, title", [
    ("date 2025-11-20 Acme picks a new chief\n\nBody.", "Acme picks a new chief"),
    ("source: x\npublished: 2025-01-02\n---\n# Acme picks a new chief\n", "Acme picks a new chief"),
    ("\n\nPlain first line\n", "Plain first line"),
])
def test_document_title_is_the_first_line_without_header_or_dateline(text, title, tmp_path):
    from orgtracker.ingest import _title

    assert _title(text, tmp_path / "a.txt") == title


def test_summary_words_agree_with_their_numbers():
    one = IngestReport([DocumentOutcome("a.txt", "added", claims_added=1)], SyncReport(added=1, people_added=1))
    assert one.summary() == ["added 1 document, 1 claim, 1 fact (1 new person, 0 new organisations)"]
    again = IngestReport([DocumentOutcome("a.txt", "unchanged")])
    assert again.summary() == ["nothing new (1 document already stored)"]


def test_documents_whose_facts_cannot_be_built_are_taken_back_and_the_rest_stays(store, docs, tmp_path, monkeypatch):
    import orgtracker.extract.reconcile as reconcile_module

    run(store, [docs])
    before = (store.counts(), [d.path for d in store.documents()])
    real = reconcile_module.reconcile

    def fragile(claims, *args, **kwargs):
        if any(c.person == "Zed Bug" for c in claims):
            raise IndexError("list index out of range")
        return real(claims, *args, **kwargs)

    monkeypatch.setattr(reconcile_module, "reconcile", fragile)
    odd = tmp_path / "odd.txt"
    odd.write_text("Zed Bug joined Acme in 2021.\n")
    report = run(store, [odd])
    [outcome] = report.failed
    assert outcome.message.startswith("facts could not be built: IndexError")
    assert (store.counts(), [d.path for d in store.documents()]) == before
    assert not store.facts_dirty()
    later = tmp_path / "later.txt"
    later.write_text("Cy Dee joined Acme in 2022.\n")
    assert not run(store, [later]).failed  # the next ingest is not blocked by the one that failed


@pytest.mark.parametrize("first, headline, expected", [
    ("PROFILE", "The quiet fixer: how a logistics chief turned three firms around", "The quiet fixer: how a logistics chief turned three firms around"),
    ("LOCAL | CITY HALL", "Third cabinet member leaves the mayor's team", "Third cabinet member leaves the mayor's team"),
    ("Acme names Ann Lee chief executive", "She joins from Zeta, where she ran sales", "Acme names Ann Lee chief executive"),
])
def test_a_document_title_skips_a_section_label_above_the_headline(store, tmp_path, first, headline, expected):
    doc = tmp_path / "story.txt"
    doc.write_text(f"source: example.org\npublished: 2025-01-02\n---\n{first}\n\n{headline}\n\nAnn Lee joined Acme in 2020.\n")
    run(store, [doc])
    assert [d.title for d in store.documents()] == [expected]


def test_a_folder_note_is_a_readme_or_a_hidden_file():
    from orgtracker.ingest import is_folder_note

    assert is_folder_note("README.md") and is_folder_note("/x/readme.txt") and is_folder_note(".draft.txt")
    assert not is_folder_note("harbour_ferries_ceo.txt") and not is_folder_note("reader_survey.md")
