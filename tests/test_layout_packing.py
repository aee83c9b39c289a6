"""Organisations on the chart: distinct-people counts, biggest first, small ones packed, rows a fixed gap apart."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity
from orgtracker.graph.layout import LayoutOptions, layout_snapshot, mean_displacement
from orgtracker.graph.synthetic import synthetic_snapshot, synthetic_timeline
from orgtracker.timeline.model import Edge, OrgNode, Placement, Snapshot

A = Activity.ACTIVE
AT = date(2024, 3, 1)


class World:
    """A snapshot built by hand: organisations, people with cards, reporting lines."""

    def __init__(self) -> None:
        self.orgs: dict[int, OrgNode] = {}
        self.placements: list[Placement] = []
        self.edges: list[Edge] = []
        self.next_pid = 1

    def org(self, oid: int, name: str, parent: int | None = None) -> int:
        self.orgs[oid] = OrgNode(oid, name, parent)
        return oid

    def card(self, org: int, pid: int | None = None, title: str | None = None) -> int:
        if pid is None:
            pid, self.next_pid = self.next_pid, self.next_pid + 1
        self.placements.append(Placement(pid, f"Person {pid:04d}", org, self.orgs[org].name, title, A,
                                         len(self.placements) + 1))
        return pid

    def people(self, org: int, n: int) -> list[int]:
        return [self.card(org) for _ in range(n)]

    def chain(self, org: int, depth: int) -> list[int]:
        """A line of managers `depth` deep: the tallest shape for its size."""
        pids = self.people(org, depth)
        for boss, pid in zip(pids, pids[1:]):
            self.edges.append(Edge(pid, boss, LineKind.SOLID, A, len(self.edges) + 1))
        return pids

    def snapshot(self) -> Snapshot:
        return Snapshot(AT, list(self.placements), list(self.edges), dict(self.orgs))


def reading_order(lay):
    """Organisation names as a reader meets them: row by row (header y), left to right."""
    return [h.name for h in sorted(lay.headers.values(), key=lambda h: (h.shelf, h.x, h.y))]


def footprints(lay, snap):
    """Each top-level organisation's bounding rectangle: header, cards and group boxes."""
    top = {}
    for oid, node in snap.orgs.items():
        t = oid
        while snap.orgs[t].parent_id is not None:
            t = snap.orgs[t].parent_id
        top[oid] = t
    rects: dict[int, list] = {o: [(h.x, h.y, h.x + h.w, h.y + h.h)] for o, h in lay.headers.items()}
    for c in lay.cards.values():
        rects[top[c.org_id]].append((c.x, c.y, c.x + c.w, c.y + c.h))
    for g in lay.groups:
        rects[top[g.org_id]].append((g.x, g.y, g.x + g.w, g.y + g.h))
    return {o: (min(r[0] for r in rs), min(r[1] for r in rs), max(r[2] for r in rs), max(r[3] for r in rs))
            for o, rs in rects.items()}


def assert_apart(lay, snap):
    boxes = list(footprints(lay, snap).values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_header_counts_distinct_people_and_their_cards():
    w = World()
    big = w.org(1, "Harbourline")
    lab = w.org(2, "Harbourline Labs", parent=big)
    lead = w.card(big, title="Chief Scientist")
    w.card(lab, pid=lead, title="Lab founder")  # one person, two cards in the same family
    w.people(big, 5)
    lay = layout_snapshot(w.snapshot())
    h = lay.headers[big]
    assert (h.people, h.cards) == (6, 7)
    assert 2 not in lay.headers  # a sub-organisation has no header of its own


def test_folding_a_manager_keeps_the_header_count():
    w = World()
    org = w.org(1, "Tidewater Freight")
    boss = w.chain(org, 4)[0]
    w.people(org, 2)
    snap = w.snapshot()
    open_count = layout_snapshot(snap).headers[org].people
    folded = layout_snapshot(snap, LayoutOptions(collapsed=frozenset({boss})))
    assert open_count == folded.headers[org].people == 6
    assert len(folded.cards) == 3


def test_the_biggest_organisation_comes_first_and_classes_go_down():
    w = World()
    for oid, name, n in [(1, "Aster Dairy", 1), (2, "Birch Mills", 2), (3, "Zephyr Rail", 9), (4, "Cobalt Port", 3)]:
        w.org(oid, name)
        w.people(oid, n)
    order = reading_order(layout_snapshot(w.snapshot(), LayoutOptions(row_width=6000.0)))
    # size classes (about log2 of the people) go down; the same class reads by name
    assert order == ["Zephyr Rail", "Birch Mills", "Cobalt Port", "Aster Dairy"]
    # in rows of 2000 the smallest fills the room left beside the biggest; the others start the next row
    assert reading_order(layout_snapshot(w.snapshot())) == ["Zephyr Rail", "Aster Dairy", "Birch Mills", "Cobalt Port"]


def test_small_organisations_share_a_row_after_a_wide_one():
    w = World()
    w.org(1, "Alder Energy")
    w.people(1, 1)
    w.org(2, "Keystone Shipping")
    w.people(2, 30)  # wide: an unplaced group of 30 cards
    for oid, name in [(3, "Nimbus Clinic"), (4, "Quarry Bank")]:
        w.org(oid, name)
        w.people(oid, 1)
    lay = layout_snapshot(w.snapshot())
    heads = lay.headers
    assert reading_order(lay)[0] == "Keystone Shipping"
    assert heads[2].shelf == 0
    assert heads[1].shelf == heads[3].shelf == heads[4].shelf == 1  # the small ones, side by side
    assert heads[1].y == heads[3].y == heads[4].y


def test_the_next_row_starts_a_fixed_gap_below_the_lowest_box():
    w = World()
    w.org(1, "Keystone Shipping")
    w.people(1, 30)
    w.org(2, "Alder Energy")
    w.people(2, 1)
    snap = w.snapshot()
    o = LayoutOptions()
    lay = layout_snapshot(snap, o)
    first, second = lay.headers[1], lay.headers[2]
    assert second.shelf == 1
    above = [c.y + c.h for c in lay.cards.values() if c.org_id == 1]
    above += [g.y + g.h for g in lay.groups if g.org_id == 1]
    assert second.y - max(above) == pytest.approx(o.org_row_gap)
    assert first.y < second.y


def test_small_organisations_stack_beside_a_tall_one():
    w = World()
    w.org(1, "Granite Works")
    w.chain(1, 8)  # eight rows tall, one card wide
    w.people(1, 8)  # and a wide unplaced group beside the chain
    names = ["Bay Tiles", "Cedar Post", "Delta Kiln", "Elm Foundry", "Fern Looms", "Gull Ferries",
             "Heron Paper", "Iris Optics", "Jade Textiles"]
    for i, name in enumerate(names, start=2):
        w.org(i, name)
        w.people(i, 1)
    snap = w.snapshot()
    lay = layout_snapshot(snap, LayoutOptions(row_width=2200.0))
    shelf0 = [h for h in lay.headers.values() if h.shelf == 0]
    xs = [h.x for h in shelf0]
    assert len(xs) > len(set(xs))  # two organisations in one column, one under the other
    assert max(h.x + h.band for h in lay.headers.values()) <= 2200.0
    assert sum(h.shelf == 0 for h in lay.headers.values()) == 5  # the tall one and a column of four
    assert_apart(lay, snap)


def test_a_wider_than_a_row_organisation_takes_its_own_row():
    snap = synthetic_snapshot(900, 3, seed=2)
    lay = layout_snapshot(snap, LayoutOptions(row_width=600.0))
    assert len({h.shelf for h in lay.headers.values()}) == len(lay.headers)
    assert_apart(lay, snap)


def _mixed(seed: int) -> Snapshot:
    """Some organisations with trees, many with a handful of people, a few with a sub-organisation."""
    rng = random.Random(seed)
    w = World()
    oid = 1
    for _ in range(rng.randint(4, 14)):
        org = w.org(oid, f"Org {oid:03d}")
        oid += 1
        kind = rng.random()
        if kind < 0.3:
            w.chain(org, rng.randint(2, 7))
        w.people(org, rng.randint(1, 12))
        if kind > 0.8:
            sub = w.org(oid, f"Org {oid:03d}", parent=org)
            oid += 1
            w.people(sub, rng.randint(1, 4))
    return w.snapshot()


@pytest.mark.parametrize("seed", range(12))
def test_organisations_never_overlap(seed):
    snap = _mixed(seed)
    for width in (900.0, 2000.0):
        lay = layout_snapshot(snap, LayoutOptions(row_width=width))
        assert_apart(lay, snap)
        for h in lay.headers.values():
            assert h.x + h.band <= max(width, h.band)


def test_a_size_class_holds_while_it_is_close():
    w = World()
    w.org(1, "Alpha Seeds")
    w.people(1, 3)
    w.org(2, "Beta Seeds")
    w.people(2, 4)
    before = layout_snapshot(w.snapshot())
    assert reading_order(before) == ["Beta Seeds", "Alpha Seeds"]
    w.people(1, 2)  # Alpha now has 5, more than Beta's 4
    snap = w.snapshot()
    assert reading_order(layout_snapshot(snap)) == ["Alpha Seeds", "Beta Seeds"]  # fresh: same class, by name
    after = layout_snapshot(snap, previous=before)
    assert reading_order(after) == ["Beta Seeds", "Alpha Seeds"]  # scrubbing: Alpha keeps its class
    assert after.headers[2].x == before.headers[2].x
    w.people(1, 4)  # 9: well into the next class
    assert reading_order(layout_snapshot(w.snapshot(), previous=after))[0] == "Alpha Seeds"


def test_a_neighbour_gone_does_not_slide_the_others_while_scrubbing():
    w = World()
    w.org(1, "Keystone Shipping")
    w.people(1, 30)
    for oid, name in [(2, "Alder Energy"), (3, "Bramble Foods"), (4, "Cinder Glass")]:
        w.org(oid, name)
        w.people(oid, 1)
    before = layout_snapshot(w.snapshot())
    gone = [p for p in w.placements if p.org_id != 3]
    snap = replace(w.snapshot(), placements=gone)
    kept = layout_snapshot(snap, previous=before)
    assert kept.headers[4].x == before.headers[4].x
    assert layout_snapshot(snap).headers[4].x < before.headers[4].x  # a fresh chart closes the gap


def test_timeline_of_many_small_organisations_is_stable():
    moves = []
    for seed in range(3):
        previous = None
        for snap in synthetic_timeline(300, 12, 6, 3, seed):
            lay = layout_snapshot(snap, previous=previous)
            if previous is not None:
                moves.append(mean_displacement(previous, lay))
            previous = lay
    assert sum(moves) / len(moves) < 0.5


def test_a_unit_of_people_without_managers_has_no_inner_box_and_no_empty_row():
    w = World()
    parent = w.org(1, "Parentco")
    unit = w.org(2, "Lab", parent=parent)
    w.people(parent, 3)
    w.people(unit, 2)
    lay = layout_snapshot(w.snapshot(), LayoutOptions())
    (lab,) = [g for g in lay.groups if g.kind == "suborg"]
    assert not [g for g in lay.groups if g.kind == "unplaced" and g.org_id == unit]
    lab_cards = [c for c in lay.cards.values() if c.org_id == unit]
    top = min(c.y for c in lab_cards)
    assert top - lab.y <= LayoutOptions().group_pad + 1  # the first card sits at the box's top, not a row below


@pytest.mark.parametrize("orgs", [30, 160, 600])
def test_many_small_organisations_make_a_page_shaped_like_a_window_not_a_strip(orgs):
    from orgtracker.graph.layout import SCREEN_ASPECT, row_width_for

    rng = random.Random(orgs)
    w = World()
    for oid in range(1, orgs + 1):
        w.org(oid, f"Org {oid:04d}")
        for _ in range(rng.choice([1, 1, 2, 3, 4, 6])):
            w.card(oid)
    snap = w.snapshot()
    x0, y0, x1, y1 = layout_snapshot(snap, LayoutOptions(row_width=row_width_for(orgs))).bounds
    assert SCREEN_ASPECT / 2 < (x1 - x0) / (y1 - y0) < SCREEN_ASPECT * 2
    x0, y0, x1, y1 = layout_snapshot(snap, LayoutOptions()).bounds
    assert (x1 - x0) / (y1 - y0) < SCREEN_ASPECT / 2  # the fixed default width: a tall strip


def test_a_few_organisations_keep_the_default_row_width():
    from orgtracker.graph.layout import row_width_for

    assert row_width_for(0) == row_width_for(5) == LayoutOptions().row_width
    assert row_width_for(200) > row_width_for(100) > LayoutOptions().row_width
