"""Layout: no overlaps, children below managers, one band per organisation, determinism, stability."""

from __future__ import annotations

import random
import time
from datetime import date
from itertools import groupby

import pytest

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity
from orgtracker.graph.dot import to_dot
from orgtracker.graph.layout import LayoutOptions, layout_snapshot, mean_displacement
from orgtracker.graph.routing import EdgeStyle, RouteKind
from orgtracker.graph.synthetic import synthetic_snapshot, synthetic_timeline
from orgtracker.timeline.model import Edge, OrgNode, Placement, Snapshot

A = Activity.ACTIVE


def make(people, lines=(), orgs=None, at=date(2025, 11, 20)):
    """people: (pid, name, org_id, title[, activity]); lines: (pid, manager[, kind[, activity]])."""
    orgs = orgs or {1: OrgNode(1, "Acme", None)}
    placements = []
    for i, row in enumerate(people):
        pid, name, org, title = row[:4]
        act = row[4] if len(row) > 4 else A
        placements.append(Placement(pid, name, org, orgs[org].name, title, act, i + 1))
    edges = []
    for i, row in enumerate(lines):
        kind = row[2] if len(row) > 2 else LineKind.SOLID
        act = row[3] if len(row) > 3 else A
        edges.append(Edge(row[0], row[1], kind, act, i + 1))
    return Snapshot(at, placements, edges, dict(orgs))


def overlapping_cards(layout):
    bad = []
    rows = sorted(layout.cards.values(), key=lambda c: (c.y, c.x))
    for _, group in groupby(rows, key=lambda c: c.y):
        g = list(group)
        bad += [(a.key, b.key) for a, b in zip(g, g[1:]) if b.x < a.x + a.w]
    ys = sorted({c.y for c in layout.cards.values()})
    h = layout.options.card_height
    assert all(b - a >= h for a, b in zip(ys, ys[1:])), "rows closer than a card height"
    return bad


def test_tree_children_below_managers_and_centred():
    snap = make([(1, "Ceo", 1, "CEO"), (2, "Bea", 1, "VP"), (3, "Al", 1, "VP"), (4, "Cy", 1, "Eng")],
                [(2, 1), (3, 1), (4, 2)])
    lay = layout_snapshot(snap)
    c = {k[0]: v for k, v in lay.cards.items()}
    assert c[2].y > c[1].y and c[3].y > c[1].y and c[4].y > c[2].y
    assert c[3].x < c[2].x  # siblings by name: Al before Bea
    assert c[1].center[0] == pytest.approx((c[3].center[0] + c[2].center[0]) / 2)
    assert c[2].manager == (1, 1) and c[4].manager == (2, 1)
    assert not overlapping_cards(lay)
    assert {(e.child[0], e.parent[0]) for e in lay.edges} == {(2, 1), (3, 1), (4, 2)}
    tree_edge = next(e for e in lay.edges if e.child == (4, 1))
    assert tree_edge.kind is RouteKind.TREE and tree_edge.points[0][1] == c[2].y + c[2].h
    assert tree_edge.points[-1] == (c[4].x + c[4].w / 2, c[4].y)


def test_each_org_its_own_band_with_header():
    orgs = {1: OrgNode(1, "Beta", None), 2: OrgNode(2, "Alpha", None)}
    snap = make([(1, "A", 1, "CEO"), (2, "B", 1, "x"), (3, "C", 2, "CEO"), (4, "D", 2, "x"), (5, "E", 2, "x")],
                [(2, 1), (4, 3), (5, 3)], orgs)
    lay = layout_snapshot(snap)
    h1, h2 = lay.headers[1], lay.headers[2]
    assert h2.x + h2.w <= h1.x  # Alpha before Beta
    for card in lay.cards.values():
        h = lay.headers[card.org_id]
        assert h.x <= card.x and card.x + card.w <= h.x + h.w
        assert card.y > h.y + h.h


def test_unplaced_grouped_under_header():
    snap = make([(1, "Boss", 1, "CEO"), (2, "Rep", 1, "x"), (3, "Loner", 1, "Advisor"), (4, "Solo", 1, "x")],
                [(2, 1)])
    lay = layout_snapshot(snap)
    assert lay.cards[(3, 1)].unplaced and lay.cards[(4, 1)].unplaced
    assert not lay.cards[(1, 1)].unplaced  # a root with reports is not unplaced
    box = next(g for g in lay.groups if g.kind == "unplaced")
    for pid in (3, 4):
        c = lay.cards[(pid, 1)]
        assert box.x <= c.x and c.x + c.w <= box.x + box.w and box.y <= c.y and c.y + c.h <= box.y + box.h
    assert not overlapping_cards(lay)


def test_sub_org_is_a_labelled_group_inside_its_parent():
    orgs = {1: OrgNode(1, "Meta-like", None), 2: OrgNode(2, "Lab", 1)}
    snap = make([(1, "Boss", 1, "CEO"), (2, "Head", 2, "Head"), (3, "R1", 2, "x"), (4, "R2", 2, "x"),
                 (5, "Other", 1, "VP")], [(2, 1), (3, 2), (4, 2), (5, 1)], orgs)
    lay = layout_snapshot(snap)
    assert set(lay.headers) == {1}
    box = next(g for g in lay.groups if g.kind == "suborg")
    assert box.org_id == 2 and box.name == "Lab"
    inside = {k for k, c in lay.cards.items()
              if box.x <= c.x and c.x + c.w <= box.x + box.w and box.y <= c.y and c.y + c.h <= box.y + box.h}
    assert inside == {(2, 2), (3, 2), (4, 2)}
    assert lay.cards[(2, 2)].manager == (1, 1)


def test_second_affiliation_is_a_second_card():
    orgs = {1: OrgNode(1, "Company", None), 2: OrgNode(2, "University", None)}
    snap = make([(1, "Prof", 1, "Chief Scientist"), (1, "Prof", 2, "Professor"), (2, "Boss", 1, "CEO")],
                [(1, 2)], orgs)
    lay = layout_snapshot(snap)
    assert (1, 1) in lay.cards and (1, 2) in lay.cards
    assert [c.secondary for c in lay.cards_of(1)] == [False, True]
    assert lay.cards[(1, 1)].manager == (2, 1) and lay.cards[(1, 2)].manager is None


def test_wide_span_stacks_leaves_in_columns():
    people = [(1, "Boss", 1, "CEO")] + [(i, f"Rep {i:02d}", 1, "x") for i in range(2, 22)]
    snap = make(people, [(i, 1) for i in range(2, 22)])
    lay = layout_snapshot(snap)
    reps = [lay.cards[(i, 1)] for i in range(2, 22)]
    assert all(c.route is RouteKind.COLUMN for c in reps)
    assert len({c.x for c in reps}) < 6  # a few columns, not one long row of 20
    assert lay.width < 8 * lay.options.card_width
    assert not overlapping_cards(lay)
    edge = next(e for e in lay.edges if e.child == (2, 1))
    assert edge.points[-1] == (reps[0].x, reps[0].y + reps[0].h / 2)  # a stub into the card's side


def test_collapsed_subtree_is_one_card_with_count():
    snap = make([(1, "Boss", 1, "CEO"), (2, "Mid", 1, "VP"), (3, "L1", 1, "x"), (4, "L2", 1, "x"), (5, "L3", 1, "x")],
                [(2, 1), (3, 2), (4, 2), (5, 3)])
    lay = layout_snapshot(snap, LayoutOptions(collapsed=frozenset({2})))
    assert set(lay.cards) == {(1, 1), (2, 1)}
    assert lay.cards[(2, 1)].hidden == 3
    assert lay.cards[(1, 1)].hidden == 0


def test_dotted_and_possible_lines_have_their_styles():
    snap = make([(1, "Boss", 1, "CEO"), (2, "A", 1, "x"), (3, "B", 1, "x")],
                [(2, 1), (3, 1, LineKind.SOLID, Activity.POSSIBLE), (3, 2, LineKind.DOTTED)])
    styles = {(e.child[0], e.parent[0]): e.style for e in layout_snapshot(snap).edges}
    assert styles == {(2, 1): EdgeStyle.SOLID, (3, 1): EdgeStyle.POSSIBLE, (3, 2): EdgeStyle.DOTTED}


def test_reporting_cycle_does_not_hang():
    snap = make([(1, "A", 1, "x"), (2, "B", 1, "x"), (3, "C", 1, "x")], [(1, 2), (2, 3), (3, 1)])
    lay = layout_snapshot(snap)
    assert len(lay.cards) == 3 and sum(c.manager is None for c in lay.cards.values()) == 1
    assert not overlapping_cards(lay)


def test_deep_chain_of_10000_needs_no_recursion():
    n = 10_000
    snap = make([(i, f"P{i}", 1, "x") for i in range(1, n + 1)], [(i, i - 1) for i in range(2, n + 1)])
    lay = layout_snapshot(snap)
    assert lay.cards[(n, 1)].y == (n - 1) * lay.options.row_pitch


def test_synthetic_is_deterministic_and_layout_ignores_input_order():
    a = synthetic_snapshot(500, 3, seed=7)
    b = synthetic_snapshot(500, 3, seed=7)
    assert a == b
    shuffled = Snapshot(a.at, list(a.placements), list(a.edges), dict(a.orgs))
    random.Random(1).shuffle(shuffled.placements)
    random.Random(2).shuffle(shuffled.edges)
    la, lb = layout_snapshot(a), layout_snapshot(shuffled)
    assert {k: c.rect for k, c in la.cards.items()} == {k: c.rect for k, c in lb.cards.items()}
    assert synthetic_snapshot(500, 3, seed=8) != a


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_synthetic_layout_properties(seed):
    snap = synthetic_snapshot(3000, 4, seed)
    lay = layout_snapshot(snap)
    assert len(lay.cards) == len({(p.person_id, p.org_id) for p in snap.placements})
    assert not overlapping_cards(lay)
    for c in lay.cards.values():
        if c.manager is not None:
            assert c.y > lay.cards[c.manager].y
    assert_bands_apart(lay)


def assert_bands_apart(lay):
    """Organisations in one row do not overlap; each row starts below everything of the row above."""
    rows: dict[float, list] = {}
    for h in lay.headers.values():
        rows.setdefault(h.y, []).append(h)
    for heads in rows.values():
        bands = sorted((h.x, h.x + h.w) for h in heads)
        assert all(a[1] < b[0] for a, b in zip(bands, bands[1:]))
    tops = sorted(rows)
    for upper, lower in zip(tops, tops[1:]):
        above = [c for c in lay.cards.values() if upper < c.y < lower]
        assert all(c.y + c.h < lower for c in above)


def test_organisations_wrap_into_rows_no_wider_than_the_row_width():
    snap = synthetic_snapshot(600, 8, 4)
    opts = LayoutOptions(row_width=3000.0)
    lay = layout_snapshot(snap, opts)
    assert len({h.y for h in lay.headers.values()}) > 1
    for h in lay.headers.values():
        assert h.x + h.band <= max(opts.row_width, h.band)
    assert not overlapping_cards(lay)
    assert_bands_apart(lay)


def _add_one(snap, rng, pid=999_999):
    p = rng.choice(snap.placements)
    new = Placement(pid, "Zed Newcomer", p.org_id, p.org, "Engineer", A, pid)
    line = Edge(pid, p.person_id, LineKind.SOLID, A, pid)
    return Snapshot(snap.at, snap.placements + [new], snap.edges + [line], snap.orgs)


def test_adding_one_person_barely_moves_the_others():
    snap = synthetic_snapshot(1000, 4, seed=3)
    before = layout_snapshot(snap)
    assert mean_displacement(before, layout_snapshot(snap)) == 0.0
    rng = random.Random(3)
    moves = [mean_displacement(before, layout_snapshot(_add_one(snap, rng), previous=before)) for _ in range(20)]
    assert sum(moves) / len(moves) < 0.5
    assert max(moves) < 1.0
    # an unplaced newcomer, with no previous layout to lean on, moves nobody
    lone = Snapshot(snap.at, snap.placements + [Placement(999_999, "Zed", 1, "x", None, A, 999_999)],
                    snap.edges, snap.orgs)
    assert mean_displacement(before, layout_snapshot(lone)) < 0.5


def test_timeline_steps_are_stable():
    previous, moves = None, []
    for snap in synthetic_timeline(1500, 3, 6, 3, seed=11):
        lay = layout_snapshot(snap, previous=previous)
        if previous is not None:
            moves.append(mean_displacement(previous, lay))
        previous = lay
    assert sum(moves) / len(moves) < 0.5


def test_layout_of_10000_runs_quickly():
    snap = synthetic_snapshot(10_000, 5, seed=1)
    t0 = time.perf_counter()
    lay = layout_snapshot(snap)
    elapsed = time.perf_counter() - t0
    assert len(lay.cards) >= 10_000
    assert elapsed < 1.0  # the budget is 0.1 s (benchmarks); this only catches a blow-up


def test_to_dot_is_a_digraph_with_every_card():
    snap = make([(1, "A \"q\"", 1, "x"), (2, "B", 1, "x")], [(2, 1)])
    text = to_dot(snap)
    assert text.startswith("digraph") and "p1_1 -> p2_1;" in text and '\\"q\\"' in text
