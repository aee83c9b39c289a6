"""Property: any sequence of valid edits, then undo of all of them, gives back the first database;
no state along the way holds a reporting cycle."""

import shutil
import tempfile
from pathlib import Path

import pytest
from edits_world import ingest_toy, write_articles
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from store_dump import dump_facts_tables

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import LineKind
from orgtracker.domain.validation import find_cycles
from orgtracker.edits import commands as C
from orgtracker.store import open_store
from orgtracker.store.editing import EditRefused, NeedsConfirmation

DATES = ["2004", "2013-12", "2017", "2024-03", "2025-06", "2025-06-15", "2025-11-20", "2025-12-01", "2026",
         "2026-01-01", "2027-05"]


@pytest.fixture(scope="module")
def template():
    folder = Path(tempfile.mkdtemp(prefix="edits-template-"))
    store = open_store(folder / "db.sqlite")
    ingest_toy(store, write_articles(folder / "docs"))
    store.close()
    yield folder / "db.sqlite"
    shutil.rmtree(folder, ignore_errors=True)


def _date(data):
    return FuzzyDate.parse(data.draw(st.sampled_from(DATES)))


def _command(data, facts):
    people, orgs = sorted(facts.people), sorted(facts.orgs)
    lines, tenures = [r.id for r in facts.lines], [t.id for t in facts.tenures]
    person, org = st.sampled_from(people), st.sampled_from(orgs)
    force = data.draw(st.booleans())
    kind = data.draw(st.sampled_from(["manager", "manager", "manager", "end_line", "kind", "add_tenure",
                                      "end_tenure", "edit_tenure", "person", "org", "parent", "rename", "merge",
                                      "delete"]))
    if kind == "manager":
        return C.SetManager(data.draw(person), data.draw(person), _date(data),
                            kind=data.draw(st.sampled_from(list(LineKind))), force=force)
    if kind == "end_line" and lines:
        return C.EndLine(data.draw(st.sampled_from(lines)), _date(data), force=force)
    if kind == "kind" and lines:
        return C.SetLineKind(data.draw(st.sampled_from(lines)), data.draw(st.sampled_from(list(LineKind))), force=force)
    if kind == "add_tenure":
        return C.AddTenure(data.draw(person), data.draw(org), data.draw(st.sampled_from([None, "CEO", "Advisor"])),
                           _date(data), data.draw(st.sampled_from([None, FuzzyDate.parse("2026-06")])), force=force)
    if kind == "edit_tenure" and tenures:
        return C.EditTenure(data.draw(st.sampled_from(tenures)), data.draw(org), "Chief", _date(data), None, force=force)
    if kind == "end_tenure":
        return C.EndTenure(data.draw(person), data.draw(org), _date(data), force=force)
    if kind == "person":
        return C.AddPerson(data.draw(st.sampled_from(["Ada Lovelace", "Grace Hopper"])))
    if kind == "org":
        return C.AddOrg(data.draw(st.sampled_from(["FAIR", "Superintelligence Labs"])))
    if kind == "parent":
        return C.SetOrgParent(data.draw(org), data.draw(org), data.draw(st.sampled_from([None, _date(data)])),
                              force=force)
    if kind == "rename":
        which = data.draw(st.sampled_from(["person", "org"]))
        return C.Rename(which, data.draw(person if which == "person" else org),
                        data.draw(st.sampled_from(["New Name", "Meta", "Yann LeCun"])))
    if kind == "merge":
        which = data.draw(st.sampled_from(["person", "org"]))
        pool = person if which == "person" else org
        return C.Merge(which, data.draw(pool), data.draw(pool))
    if kind == "delete" and (lines or tenures):
        which = data.draw(st.sampled_from(["line"] * bool(lines) + ["tenure"] * bool(tenures)))
        return C.DeleteFact(which, data.draw(st.sampled_from(lines if which == "line" else tenures)))
    return C.AddPerson("Someone Else")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_valid_edits_then_undo_all_restore_the_first_state(template, data):
    folder = Path(tempfile.mkdtemp(prefix="edits-prop-"))
    try:
        shutil.copy(template, folder / "db.sqlite")
        store = open_store(folder / "db.sqlite")
        first = dump_facts_tables(store)
        done = []
        for _ in range(data.draw(st.integers(1, 8))):
            command = _command(data, store.load_facts(with_evidence=False))
            before = dump_facts_tables(store)
            try:
                command.do(store)
            except (EditRefused, NeedsConfirmation):
                assert dump_facts_tables(store) == before, "a refused edit wrote something"
                continue
            done.append(command)
            assert find_cycles(store.load_facts(with_evidence=False)) == []
        last = dump_facts_tables(store)
        for command in reversed(done):
            command.undo(store)
            assert find_cycles(store.load_facts(with_evidence=False)) == []
        assert dump_facts_tables(store) == first
        for command in done:  # redo all, then undo all again
            command.do(store)
        assert dump_facts_tables(store) == last
        for command in reversed(done):
            command.undo(store)
        assert dump_facts_tables(store) == first
        event(f"{len(done)} edits applied")
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
