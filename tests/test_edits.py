"""Edits through the core commands (no Qt): each validation rule, undo/redo, the audit log, re-ingest safety."""

from datetime import date

import pytest
from edits_world import PUB, ingest_toy, manager_at, oid, pid, toy_extractor, write_articles

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import LineKind, Origin, Status
from orgtracker.edits import commands as C
from orgtracker.ingest import ingest
from orgtracker.store import open_store
from orgtracker.store import editing
from orgtracker.store.editing import EditRefused, NeedsConfirmation

from store_dump import dump_facts_tables

D = FuzzyDate.parse


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "db.sqlite")
    ingest_toy(s, write_articles(tmp_path / "docs", ["a.txt", "b.txt"]))
    yield s
    s.close()


@pytest.fixture
def facts(store):
    return store.load_facts()


def refused(store, command, *words):
    """The command is refused with a message holding `words`, and the database is unchanged."""
    before = dump_facts_tables(store)
    with pytest.raises(EditRefused) as info:
        command.do(store)
    for w in words:
        assert w in str(info.value)
    assert dump_facts_tables(store) == before
    return info.value


# -- set manager, undo, redo -----------------------------------------------------------------------------
def test_set_manager_from_a_date_then_undo_and_redo(store, facts):
    lecun, wang, zuck = pid(facts, "Yann LeCun"), pid(facts, "Alexandr Wang"), pid(facts, "Mark Zuckerberg")
    start = dump_facts_tables(store)
    cmd = C.SetManager(lecun, zuck, D("2025-12-01"))
    cmd.do(store)
    after = store.load_facts()
    assert manager_at(after, lecun, date(2025, 12, 2)) == zuck
    assert manager_at(after, lecun, date(2025, 11, 25)) == wang
    new = [r for r in after.lines if r.manager_id == zuck and r.person_id == lecun]
    assert len(new) == 1 and new[0].origin is Origin.MANUAL and new[0].edit_id == cmd.edit_id
    assert "Yann LeCun reports to Mark Zuckerberg" in cmd.text and "was Alexandr Wang" in cmd.text
    cmd.undo(store)
    assert dump_facts_tables(store) == start
    assert manager_at(store.load_facts(), lecun, date(2025, 12, 2)) == wang
    cmd.do(store)
    assert manager_at(store.load_facts(), lecun, date(2025, 12, 2)) == zuck


def test_audit_row_holds_before_and_after(store, facts):
    lecun, zuck = pid(facts, "Yann LeCun"), pid(facts, "Mark Zuckerberg")
    cmd = C.SetManager(lecun, zuck, D("2025-12-01"))
    cmd.do(store)
    entry = editing.history(store)[0]
    assert entry.id == cmd.edit_id and entry.action == "set_manager" and not entry.undone
    (old_line,) = [i for i, row in entry.before["reporting_line"].items() if row is not None]
    assert entry.before["reporting_line"][old_line]["end_iso"] is None
    assert entry.after["reporting_line"][old_line]["end_iso"] == "2025-12-01"
    assert any(row is None for row in entry.before["reporting_line"].values())  # the new line
    cmd.undo(store)
    log = editing.history(store)
    assert log[0].action == "undo" and log[1].undone


def test_setting_the_same_manager_again_is_refused(store, facts):
    refused(store, C.SetManager(pid(facts, "Yann LeCun"), pid(facts, "Alexandr Wang"), D("2025-12-01")),
            "already reports to")


# -- each validation rule ------------------------------------------------------------------------------------
def test_a_reporting_cycle_is_refused(store, facts):
    wang, lecun = pid(facts, "Alexandr Wang"), pid(facts, "Yann LeCun")
    refused(store, C.SetManager(wang, lecun, D("2025-12-01")), "cycle", "Yann LeCun")


def test_a_longer_cycle_is_refused(store, facts):
    wang, lecun, zhao = pid(facts, "Alexandr Wang"), pid(facts, "Yann LeCun"), pid(facts, "Shengjia Zhao")
    C.SetManager(zhao, lecun, D("2025-12-01")).do(store)
    refused(store, C.SetManager(wang, zhao, D("2026-01-01")), "cycle")


def test_reporting_to_oneself_is_refused(store, facts):
    lecun = pid(facts, "Yann LeCun")
    refused(store, C.SetManager(lecun, lecun, D("2025-12-01")), "themselves")


def test_an_end_before_its_start_is_refused(store, facts):
    refused(store, C.AddTenure(pid(facts, "Yann LeCun"), oid(facts, "Cohere"), "Advisor", D("2025-06"), D("2024")),
            "before it starts")
    line = next(r for r in facts.lines if r.person_id == pid(facts, "Yann LeCun"))
    refused(store, C.EndLine(line.id, D("2020")), "before it starts")


def test_two_solid_managers_at_once_are_refused(store, facts):
    lecun, zuck = pid(facts, "Yann LeCun"), pid(facts, "Mark Zuckerberg")
    dotted = C.SetManager(lecun, zuck, D("2025-12-01"), kind=LineKind.DOTTED)
    dotted.do(store)
    line = next(r for r in store.load_facts().lines if r.edit_id == dotted.edit_id and r.manager_id == zuck)
    refused(store, C.SetLineKind(line.id, LineKind.SOLID), "two solid managers")


def test_a_manager_at_another_organisation_is_a_warning_that_can_be_overridden(store, facts):
    lecun, pineau = pid(facts, "Yann LeCun"), pid(facts, "Joelle Pineau")
    before = dump_facts_tables(store)
    with pytest.raises(NeedsConfirmation) as info:
        C.SetManager(lecun, pineau, D("2025-12-01")).do(store)
    assert "not at the same organisation" in str(info.value)
    assert dump_facts_tables(store) == before
    cmd = C.SetManager(lecun, pineau, D("2025-12-01"), force=True)
    cmd.do(store)
    assert manager_at(store.load_facts(), lecun, date(2025, 12, 5)) == pineau
    assert [p.kind for p in cmd.result.overridden] == ["manager_other_org"]


def test_a_person_or_organisation_that_does_not_exist_is_refused(store, facts):
    refused(store, C.SetManager(999, pid(facts, "Yann LeCun"), D("2025-12-01")), "no person")
    refused(store, C.AddTenure(pid(facts, "Yann LeCun"), 999, "x", D("2025")), "no organisation")
    refused(store, C.Rename("org", 999, "Anything"), "no organisation")


def test_an_edit_needs_a_date(store, facts):
    refused(store, C.SetManager(pid(facts, "Yann LeCun"), pid(facts, "Mark Zuckerberg"), FuzzyDate.unknown()),
            "known date")


# -- tenures, people, organisations, parents ---------------------------------------------------------------------
def test_add_edit_end_tenure(store, facts):
    lecun, cohere, meta = pid(facts, "Yann LeCun"), oid(facts, "Cohere"), oid(facts, "Meta")
    add = C.AddTenure(lecun, cohere, "Advisor", D("2024-03"), None)
    add.do(store)
    t = next(t for t in store.load_facts().tenures if t.edit_id == add.edit_id)
    assert t.start.precision.value == "month" and t.title == "Advisor" and t.origin is Origin.MANUAL
    C.EditTenure(t.id, cohere, "Board member", D("2024"), D("2025-02-14")).do(store)
    t2 = next(x for x in store.load_facts().tenures if x.id == t.id)
    assert (t2.title, t2.start.iso, t2.end.iso, t2.end.precision.value) == ("Board member", "2024", "2025-02-14", "day")
    leave = C.EndTenure(lecun, meta, D("2026-01-01"))
    leave.do(store)
    f = store.load_facts()
    meta_t = [x for x in f.tenures if x.person_id == lecun and x.org_id == meta]
    assert all(x.end is not None and x.end.iso == "2026-01-01" for x in meta_t)
    assert manager_at(f, lecun, date(2026, 2, 1)) is None  # his line to a Meta colleague ended too
    refused(store, C.EndTenure(lecun, meta, D("2026-03-01")), "no time at Meta")


def test_add_person_and_org_refuse_duplicates(store):
    C.AddPerson("Ada Lovelace").do(store)
    C.AddOrg("Analytical Engines").do(store)
    refused(store, C.AddPerson("ada  lovelace"), "already on record")
    refused(store, C.AddOrg("   "), "name")


def test_org_parent_and_its_cycle(store, facts):
    meta = oid(facts, "Meta")
    C.AddOrg("FAIR").do(store)
    fair = oid(store.load_facts(), "FAIR")
    C.SetOrgParent(fair, meta, None).do(store)
    assert [(p.org_id, p.parent_id) for p in store.load_facts().live_parents()] == [(fair, meta)]
    refused(store, C.SetOrgParent(meta, fair, D("2025")), "cycle")
    refused(store, C.SetOrgParent(meta, meta, None), "inside itself")


def test_rename_keeps_the_old_name_as_an_alias(store, facts):
    C.AddOrg("LeCun's startup").do(store)
    startup = oid(store.load_facts(), "LeCun's startup")
    cmd = C.Rename("org", startup, "Advanced Machine Intelligence")
    cmd.do(store)
    org = store.load_facts().orgs[startup]
    assert org.name == "Advanced Machine Intelligence" and "LeCun's startup" in org.aliases
    refused(store, C.Rename("org", startup, "Meta"), "merge")
    cmd.undo(store)
    assert store.load_facts().orgs[startup].name == "LeCun's startup"


def test_renaming_there_and_back_undoes_in_order(store, facts):
    """The second rename deletes the first one's alias row and SQLite gives its id to the new alias."""
    meta = oid(facts, "Meta")
    first = dump_facts_tables(store)
    there, back = C.Rename("org", meta, "New Name"), C.Rename("org", meta, "Meta")
    there.do(store)
    back.do(store)
    back.undo(store)
    there.undo(store)
    assert dump_facts_tables(store) == first


# -- delete, re-ingest -----------------------------------------------------------------------------------------
def test_deleting_an_extracted_fact_rejects_it_and_reingest_keeps_it_rejected(store, facts, tmp_path):
    pineau = pid(facts, "Joelle Pineau")
    (cohere_t,) = [t for t in facts.tenures if t.person_id == pineau and t.org_id == oid(facts, "Cohere")]
    C.DeleteFact("tenure", cohere_t.id).do(store)
    row = next(t for t in store.load_facts().tenures if t.id == cohere_t.id)
    assert row.status is Status.REJECTED and row.evidence  # kept, with its quote
    folder = write_articles(tmp_path / "more", ["b.txt", "c.txt"])
    (folder / "e.txt").write_text("Joelle Pineau joined Cohere in 2025-08. Mark Zuckerberg joined Meta in 2004.\n")
    ingest(store, [tmp_path / "docs", folder], published=PUB, extractor=toy_extractor)
    again = [t for t in store.load_facts().tenures if t.person_id == pineau and t.org_id == oid(facts, "Cohere")]
    assert [t.status for t in again] == [Status.REJECTED]
    assert len(again[0].evidence) == 2  # the new article's quote was added, the fact stays rejected


def test_deleting_a_manual_fact_removes_it(store, facts):
    add = C.AddTenure(pid(facts, "Yann LeCun"), oid(facts, "Cohere"), "Advisor", D("2024"))
    add.do(store)
    t = next(t for t in store.load_facts().tenures if t.edit_id == add.edit_id)
    delete = C.DeleteFact("tenure", t.id)
    delete.do(store)
    assert all(x.id != t.id for x in store.load_facts().tenures)
    delete.undo(store)
    assert any(x.id == t.id for x in store.load_facts().tenures)


def test_reingest_never_overrides_a_manual_fact(store, facts, tmp_path):
    lecun, wang = pid(facts, "Yann LeCun"), pid(facts, "Alexandr Wang")
    line = next(r for r in facts.lines if r.person_id == lecun and r.manager_id == wang)
    C.EndLine(line.id, D("2025-12-01")).do(store)
    ingest(store, [write_articles(tmp_path / "more", ["c.txt"])], published=PUB, extractor=toy_extractor)
    ingest(store, [tmp_path / "docs"], published=PUB, extractor=toy_extractor)
    kept = next(r for r in store.load_facts().lines if r.id == line.id)
    assert kept.origin is Origin.MANUAL and kept.end.iso == "2025-12-01"


# -- merge ------------------------------------------------------------------------------------------------------
def test_merge_two_people_keeps_every_evidence_and_survives_reingest(store, tmp_path):
    ingest(store, [write_articles(tmp_path / "more", ["c.txt"])], published=PUB, extractor=toy_extractor)
    facts = store.load_facts()
    yann, yan = pid(facts, "Yann LeCun"), pid(facts, "Yan LeCun")
    quotes = {e.quote for f in facts.tenures + facts.lines if yan in (f.person_id,) or f.person_id == yann
              for e in f.evidence}
    cmd = C.Merge("person", yann, yan)
    cmd.do(store)
    merged = store.load_facts()
    assert yan not in merged.people and "Yan LeCun" in merged.people[yann].aliases
    live = [f for f in merged.live_tenures() + merged.live_lines() if f.person_id == yann]
    assert {e.quote for f in live for e in f.evidence} == quotes
    assert any("Yan LeCun" in e.quote for f in live for e in f.evidence)
    ingest(store, [tmp_path / "docs", tmp_path / "more"], published=PUB, extractor=toy_extractor)
    again = store.load_facts()
    assert {p.name for p in again.people.values()} == {p.name for p in merged.people.values()}
    cmd.undo(store)
    assert "Yan LeCun" in {p.name for p in store.load_facts().people.values()}


def test_a_new_article_under_a_merged_name_joins_the_merged_person(store, tmp_path):
    """Merged: a later article still using the old name reads as the person it was merged into."""
    ingest(store, [write_articles(tmp_path / "more", ["d.txt"])], published=PUB, extractor=toy_extractor)
    facts = store.load_facts()
    C.Merge("person", pid(facts, "Nat Friedman"), pid(facts, "Daniel Gross")).do(store)
    late = tmp_path / "late"
    late.mkdir()
    (late / "e.txt").write_text("Daniel Gross left Omega Labs in 2025-12.\n", encoding="utf-8")
    ingest(store, [late], published=PUB, extractor=toy_extractor)
    after = store.load_facts()
    assert "Daniel Gross" not in {p.name for p in after.people.values()}
    from orgtracker.timeline.snapshot import snapshot

    nat = pid(after, "Nat Friedman")
    assert {p.org for p in snapshot(after, date(2025, 6, 1)).placements_of(nat)} == {"Zeta Labs", "Omega Labs"}
    assert {p.org for p in snapshot(after, date(2026, 6, 1)).placements_of(nat)} == {"Zeta Labs"}


def test_merge_two_organisations(store, tmp_path):
    ingest(store, [write_articles(tmp_path / "more", ["d.txt"])], published=PUB, extractor=toy_extractor)
    facts = store.load_facts()
    zeta, omega = oid(facts, "Zeta Labs"), oid(facts, "Omega Labs")
    C.Merge("org", zeta, omega).do(store)
    merged = store.load_facts()
    assert omega not in merged.orgs and "Omega Labs" in merged.orgs[zeta].aliases
    at_zeta = {merged.people[t.person_id].name for t in merged.live_tenures() if t.org_id == zeta}
    assert at_zeta == {"Nat Friedman", "Daniel Gross"}


def test_merge_that_would_make_a_cycle_is_refused(store, facts):
    wang, lecun, zuck = pid(facts, "Alexandr Wang"), pid(facts, "Yann LeCun"), pid(facts, "Mark Zuckerberg")
    C.SetManager(wang, zuck, D("2025-06-01")).do(store)
    C.AddPerson("Zed Nobody").do(store)
    zed = pid(store.load_facts(), "Zed Nobody")
    C.SetManager(zuck, zed, D("2025-06-01"), force=True).do(store)
    refused(store, C.Merge("person", lecun, zed), "cycle")


def test_undo_refused_when_a_later_edit_changed_the_same_rows(store, facts):
    lecun, zuck = pid(facts, "Yann LeCun"), pid(facts, "Mark Zuckerberg")
    first = C.SetManager(lecun, zuck, D("2025-12-01"))
    first.do(store)
    line = next(r for r in store.load_facts().lines if r.edit_id == first.edit_id and r.manager_id == zuck)
    C.EndLine(line.id, D("2026-01-01")).do(store)
    before = dump_facts_tables(store)
    with pytest.raises(EditRefused, match="changed since"):
        first.undo(store)
    assert dump_facts_tables(store) == before
