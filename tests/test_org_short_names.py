"""An acronym a document defines for an organisation becomes its alias, and the chart's short name for it."""

from datetime import date

from orgtracker.graph.layout import layout_snapshot
from orgtracker.ingest import ingest, rebuild_facts
from orgtracker.store import open_store
from orgtracker.timeline.index import TimelineIndex
from orgtracker.timeline.snapshot import snapshot

ARTICLE = """source: example.org
published: 2024-03-05
---
Halden Marine Robotics Laboratory (HMRL) named Petra Vasquez-Oyelowo its director on Monday.
Vasquez-Oyelowo joined HMRL from Ostrava Subsea Systems, where she led the sonar group.
"""


def _ingested(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "lab.txt").write_text(ARTICLE, encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite")
    report = ingest(store, [tmp_path / "docs"])
    assert not report.failed
    return store


def _aliases(store, name):
    facts = store.load_facts()
    [org] = [o for o in facts.orgs.values() if o.name == name]
    return org.aliases


def test_a_defined_acronym_is_stored_as_the_organisations_alias(tmp_path):
    store = _ingested(tmp_path)
    try:
        assert "HMRL" in _aliases(store, "Halden Marine Robotics Laboratory")
        rebuild_facts(store)  # a later rebuild (after an edit) knows no acronyms: the alias stays
        assert "HMRL" in _aliases(store, "Halden Marine Robotics Laboratory")
    finally:
        store.close()


def test_the_chart_carries_the_short_name_beside_the_full_one(tmp_path):
    store = _ingested(tmp_path)
    try:
        snap = snapshot(store.load_facts(), date(2024, 6, 1))
        [node] = [n for n in snap.orgs.values() if n.name == "Halden Marine Robotics Laboratory"]
        assert node.short == "HMRL"
        header = layout_snapshot(snap).headers[node.org_id]
        assert (header.name, header.short) == ("Halden Marine Robotics Laboratory", "HMRL")
    finally:
        store.close()


def test_an_organisation_without_a_shorter_alias_has_no_short_name(tmp_path):
    store = _ingested(tmp_path)
    try:
        facts = store.load_facts()
        [other] = [o.id for o in facts.orgs.values() if o.name == "Ostrava Subsea Systems"]
        assert TimelineIndex.of(facts).org_short(other) == ""
    finally:
        store.close()
