"""Talent-flow layout: linked organisations grouped, groups packed in rows without overlapping names."""

from orgtracker.ui.flows_layout import flow_positions, groups


def _boxes(pos, widths, h=30.0):
    return {n: (x - widths[n] / 2, y - h / 2, x + widths[n] / 2, y + h / 2) for n, (x, y) in pos.items()}


def test_linked_organisations_form_groups_biggest_first():
    nodes = ["A", "B", "C", "D", "E", "F"]
    links = [("A", "B"), ("C", "D"), ("D", "E"), ("F", "C")]
    assert groups(nodes, links) == [["C", "D", "E", "F"], ["A", "B"]]


def test_many_lone_moves_are_pairs_in_rows_that_never_overlap_and_read_left_to_right():
    nodes = [f"Organisation number {i}" for i in range(80)]
    links = [(nodes[i], nodes[i + 1]) for i in range(0, 80, 2)]
    widths = {n: 150.0 + 3 * (i % 7) for i, n in enumerate(nodes)}
    pos, height = flow_positions(nodes, links, widths, 30.0, 900.0, 500.0)
    boxes = _boxes(pos, widths)
    assert height > 500.0  # taller than the window: the diagram scrolls
    assert all(0 <= b[0] and b[2] <= 900 and 0 <= b[1] and b[3] <= height for b in boxes.values())
    names = sorted(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            (a0, a1, a2, a3), (b0, b1, b2, b3) = boxes[a], boxes[b]
            assert a2 <= b0 or b2 <= a0 or a3 <= b1 or b3 <= a1, (a, b)
    assert all(pos[a][0] < pos[b][0] and pos[a][1] == pos[b][1] for a, b in links)


def test_one_group_fills_the_canvas():
    nodes = ["Meta", "OpenAI", "Cohere", "Scale AI"]
    links = [("OpenAI", "Meta"), ("Meta", "Cohere"), ("Scale AI", "Meta")]
    pos, height = flow_positions(nodes, links, {n: 100.0 for n in nodes}, 30.0, 800.0, 600.0)
    assert height == 600.0
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    assert max(xs) - min(xs) > 400 and max(ys) - min(ys) > 300


def _overlapping(pos, widths, h=30.0):
    boxes = _boxes(pos, widths, h)
    names = sorted(boxes)
    return [(a, b) for i, a in enumerate(names) for b in names[i + 1:]
            if not (boxes[a][2] <= boxes[b][0] or boxes[b][2] <= boxes[a][0]
                    or boxes[a][3] <= boxes[b][1] or boxes[b][3] <= boxes[a][1])]


def test_long_names_on_one_ring_do_not_cover_each_other():
    """Fourteen linked organisations, some with long names: at the top and bottom of their ring two names
    side by side covered each other ("Northern Rail Freight Authori…" over its neighbour)."""
    hub = "Tarnby Ferries"
    others = [f"{n} Authority of Coastal Shipping" if i % 3 == 0 else n for i, n in enumerate(
        ["Oskel Mills", "Brae Water", "Kestrel Port", "Lune Foundry", "Hale Cement", "Ribble Glass", "Calder Tiles",
         "Wyre Paper", "Esk Salt", "Tees Steel", "Aire Dyes", "Nidd Rope", "Swale Tar"])]
    nodes = [hub] + others
    links = [(o, hub) for o in others[:7]] + [(hub, o) for o in others[7:]]
    widths = {n: 9.0 * len(n) + 20 for n in nodes}
    pos, height = flow_positions(nodes, links, widths, 30.0, 900.0, 500.0)
    assert _overlapping(pos, widths) == []
    assert all(30.0 / 2 <= y <= height - 30.0 / 2 for _, y in pos.values())  # all inside the (taller) canvas
    few = ["Oskel Mills", "Brae Water", "Kestrel Port"]
    pos, height = flow_positions(few, [("Oskel Mills", "Brae Water"), ("Brae Water", "Kestrel Port")],
                                 {n: 100.0 for n in few}, 30.0, 800.0, 600.0)
    assert height == 600.0  # room enough: the canvas keeps the window's height


def test_long_names_in_a_packed_group_do_not_cover_each_other():
    big = [f"Holding Company of Region {c}" for c in "ABCDEFGHIJKL"]
    pair = ["Small One", "Small Two"]
    nodes = big + pair
    links = [(big[0], b) for b in big[1:]] + [tuple(pair)]
    widths = {n: 9.0 * len(n) + 20 for n in nodes}
    pos, _ = flow_positions(nodes, links, widths, 30.0, 1000.0, 500.0)
    assert _overlapping(pos, widths) == []
