"""Hypothesis over the edges users reach: file bytes, HTML, date strings, and edits with any arguments."""

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from edits_world import ingest_toy, write_articles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgtracker.documents import DocumentError, html_to_text, read_document
from orgtracker.domain.dates import DateError, FuzzyDate, parse_date_arg
from orgtracker.domain.facts import LineKind
from orgtracker.domain.validation import find_cycles
from orgtracker.extract.pipeline import analyse_text
from orgtracker.extract.timex import find_dates
from orgtracker.store import StoreError, editing, open_store

SLOW_OK = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
NEWSY = ["Acme Corp", "hired", "Jane Doe", "as", "chief executive", "from", "Globex", "in", "June 2024", ".", ",",
         "<b>", "</p>", "<p>", "<script>", "</script>", "&amp;", "&lt;img src=x&gt;", "\u200f", "\u202e", "\u200b",
         "\x00", "\x1b[31m", "é", "李", "\r\n", "\ufeff", "—"]
ENCODINGS = ["utf-8", "utf-16", "utf-32", "latin-1", "cp1252", "utf-8-sig"]


# -- documents: any bytes give a document or one DocumentError, and spans index what was read ----------
@settings(**SLOW_OK)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_any_bytes_read_or_refused_in_one_line(tmp_path, data, suffix):
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except DocumentError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))
        return
    assert doc.text.strip() and doc.kind in ("text", "html")


@settings(max_examples=60, **SLOW_OK)
@given(words=st.lists(st.sampled_from(NEWSY), max_size=80), encoding=st.sampled_from(ENCODINGS),
       html=st.booleans())
def test_text_in_any_encoding_reads_and_extracts_with_sound_spans(tmp_path, words, encoding, html):
    body = " ".join(words)
    text = f"<html><body><p>{body}</p></body></html>" if html else body
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode("utf-8")
    path = tmp_path / ("page.html" if html else "doc.txt")
    path.write_bytes(raw)
    try:
        doc = read_document(path)
    except DocumentError:
        return
    analysis = analyse_text(doc.text, str(path), FuzzyDate.parse("2025-06"))
    for claim in analysis.claims:
        for ev in claim.evidence:
            assert 0 <= ev.start <= ev.end <= len(doc.text) and doc.text[ev.start:ev.end] == ev.quote
    for _, _, ev in analysis.parents:
        assert doc.text[ev.start:ev.end] == ev.quote


@given(st.text(max_size=500))
def test_html_to_text_never_keeps_a_script(content):
    script = content.replace("</", "<\\/")  # as a page escapes it: only </script> ends a script
    out = html_to_text(f"<p>before</p><script>{script}</script><p>after</p>")
    assert out == "before\n\nafter\n"


@given(st.text(max_size=800))
def test_html_to_text_takes_any_text(markup):
    html_to_text(markup)


# -- dates -----------------------------------------------------------------------------------------------
@given(st.one_of(st.text(max_size=30), st.from_regex(r"\s*-?\d{1,6}(-\d{1,3}){0,3}\s*", fullmatch=True)))
def test_date_parsing_raises_only_date_error(text):
    try:
        fd = FuzzyDate.parse(text)
    except DateError as exc:
        assert "\n" not in str(exc)
        return
    assert fd.earliest <= fd.latest and FuzzyDate.parse(fd.iso) == fd
    assert parse_date_arg(text) == fd.earliest


@given(st.dictionaries(st.sampled_from(["date", "precision", "earliest", "latest"]),
                       st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["2025", "2025-02", "day", "year"]))))
def test_stored_dates_read_back_or_raise_date_error(d):
    try:
        FuzzyDate.from_dict(d)
    except (DateError, ValueError):  # ValueError: a malformed stored day or an unknown precision word
        pass


@given(st.text(max_size=300), st.sampled_from([None, "2025-06", "2019", "2025-11-20"]))
def test_dates_found_in_any_text_index_it(text, published):
    pub = FuzzyDate.parse(published) if published else None
    for found in find_dates(text, 0, len(text), pub):
        assert 0 <= found.start <= found.end <= len(text)


# -- edits with any arguments: refused cleanly, or stored with valid intervals and no cycle --------------
@pytest.fixture(scope="module")
def world():
    folder = Path(tempfile.mkdtemp(prefix="fuzz-edits-"))
    store = open_store(folder / "db.sqlite")
    ingest_toy(store, write_articles(folder / "docs"))
    store.close()
    yield folder / "db.sqlite"
    shutil.rmtree(folder, ignore_errors=True)


DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
FUZZY = st.one_of(DAYS.map(FuzzyDate.day), DAYS.map(lambda d: FuzzyDate.month(d.year, d.month)),
                  DAYS.map(lambda d: FuzzyDate.year(d.year)))


def _edit(data, facts):
    person = st.one_of(st.sampled_from(sorted(facts.people)), st.integers(-2, 500))
    org = st.one_of(st.sampled_from(sorted(facts.orgs)), st.integers(-2, 500))
    line = st.one_of(st.sampled_from([r.id for r in facts.lines] or [1]), st.integers(-2, 500))
    force = data.draw(st.booleans())
    maybe = st.one_of(st.none(), FUZZY)
    return data.draw(st.sampled_from([
        lambda s: editing.set_manager(s, data.draw(person), data.draw(person), data.draw(FUZZY),
                                      kind=data.draw(st.sampled_from(list(LineKind))), force=force),
        lambda s: editing.add_tenure(s, data.draw(person), data.draw(org), data.draw(st.text(max_size=20)),
                                     data.draw(maybe), data.draw(maybe), force=force),
        lambda s: editing.end_line(s, data.draw(line), data.draw(FUZZY), force=force),
        lambda s: editing.end_tenure(s, data.draw(person), data.draw(org), data.draw(FUZZY), force=force),
        lambda s: editing.set_org_parent(s, data.draw(org), data.draw(org), data.draw(maybe), data.draw(maybe),
                                         force=force),
        lambda s: editing.add_person(s, data.draw(st.text(max_size=40))),
        lambda s: editing.rename(s, "person", data.draw(person), data.draw(st.text(max_size=40))),
    ]))


def _interval_ok(start, end) -> bool:
    return start is None or end is None or start.earliest is None or end.latest is None or \
        start.earliest <= end.latest


@settings(max_examples=40, **SLOW_OK)
@given(data=st.data())
def test_edits_with_any_arguments_keep_every_interval_valid_and_no_cycle(world, data):
    folder = Path(tempfile.mkdtemp(prefix="fuzz-edit-"))
    try:
        shutil.copy(world, folder / "db.sqlite")
        with open_store(folder / "db.sqlite") as store:
            for _ in range(data.draw(st.integers(1, 6))):
                edit = _edit(data, store.load_facts(with_evidence=False))
                try:
                    edit(store)
                except StoreError as exc:  # EditRefused, NeedsConfirmation: a sentence for the user
                    assert str(exc).strip()
                facts = store.load_facts(with_evidence=False)
                assert find_cycles(facts) == []
                for fact in [*facts.tenures, *facts.lines, *facts.parents]:
                    assert _interval_ok(fact.start, fact.end), fact
    finally:
        shutil.rmtree(folder, ignore_errors=True)
