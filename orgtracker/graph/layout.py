"""Chart layout of a snapshot: each organisation its own tidy tree, side by side, cards keyed by (person, org).

Pure Python (no Qt, no Graphviz). Within an organisation a card hangs under
its solid manager's card; sub-organisations are laid out as labelled groups
inside their parent; people with no known manager and no reports sit in an
"unplaced" group under the header; a manager with many leaf reports gets them
stacked in columns; collapsed people stand for their whole subtree ("+N"). Organisations go
biggest first into rows of a fixed width, small ones packed beside and under
their neighbours. Every other order is by a stable key (name, then id), so what
did not change between two dates stays put.
"""

from __future__ import annotations

import gc
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from orgtracker.domain.facts import LineKind
from orgtracker.domain.intervals import Activity
from orgtracker.graph.routing import EdgeStyle, Point, RouteKind, route
from orgtracker.graph.tidy import place_forest
from orgtracker.timeline.model import Edge, Placement, Snapshot

CardKey = tuple[int, int]  # (person_id, org_id)


@dataclass(frozen=True)
class LayoutOptions:
    card_width: float = 200.0
    card_height: float = 60.0
    h_gap: float = 24.0  # between neighbouring subtrees
    v_gap: float = 64.0  # between rows
    column_gap: float = 28.0  # between stacked columns; the spine runs in it
    org_gap: float = 100.0  # between organisations
    band_quantum: float = 1.5  # org bands widen in steps of this many card widths
    compact: bool = True  # stack a manager's many leaf reports in columns
    compact_threshold: int = 4  # ... from this many leaf reports
    collapsed: frozenset[int] = frozenset()  # person ids whose reports are folded into their card
    header_height: float = 52.0
    header_gap: float = 64.0  # between an org header and its first row
    group_pad: float = 10.0
    group_label: float = 20.0
    row_width: float = 2000.0  # organisations wrap onto a new row past this width (a fixed width keeps rows stable)
    org_row_gap: float = 80.0  # between the lowest box of a row of organisations and the next row's headers

    @property
    def row_pitch(self) -> float:
        return self.card_height + self.v_gap


@dataclass(slots=True)
class CardBox:
    """One person's card in one organisation, as a rectangle in chart coordinates (y down)."""

    key: CardKey
    placement: Placement
    x: float
    y: float
    w: float
    h: float
    manager: CardKey | None = None  # the card this one hangs under
    edge: Edge | None = None  # the reporting line to that manager
    route: RouteKind = RouteKind.TREE
    secondary: bool = False  # a second affiliation of someone shown elsewhere too
    hidden: int = 0  # reports folded into this collapsed card
    unplaced: bool = False

    @property
    def person_id(self) -> int:
        return self.key[0]

    @property
    def org_id(self) -> int:
        return self.key[1]

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.w, self.h)

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2.0, self.y + self.h / 2.0)


@dataclass(frozen=True, slots=True)
class OrgHeader:
    org_id: int
    name: str
    x: float
    y: float
    w: float
    h: float
    people: int  # distinct people in this organisation and its sub-organisations (folded ones too)
    band: float = 0.0  # the width kept for the organisation (w plus slack), from x
    cards: int = 0  # their cards: more than people when someone holds a title in a sub-organisation too
    size: int = 0  # size class, about log2(people): bigger classes come first
    shelf: int = 0  # which row of organisations, from the top
    short: str = ""  # a shorter name for when the full one does not fit


@dataclass(frozen=True, slots=True)
class GroupBox:
    """A labelled box: a sub-organisation inside its parent, or an org's unplaced people."""

    org_id: int
    name: str
    kind: str  # "suborg" | "unplaced"
    x: float
    y: float
    w: float
    h: float
    short: str = ""  # a shorter name for when the full one does not fit


@dataclass(frozen=True, slots=True)
class EdgeRoute:
    child: CardKey
    parent: CardKey
    style: EdgeStyle
    kind: RouteKind
    points: tuple[Point, ...]
    curve: bool  # the four points are one cubic Bézier


@dataclass
class ChartLayout:
    at: date
    options: LayoutOptions
    cards: dict[CardKey, CardBox] = field(default_factory=dict)
    headers: dict[int, OrgHeader] = field(default_factory=dict)
    groups: list[GroupBox] = field(default_factory=list)
    by_person: dict[int, list[CardKey]] = field(default_factory=dict)  # primary card first
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x0, y0, x1, y1
    dotted: list[tuple[CardKey, CardKey, EdgeStyle]] = field(default_factory=list)  # (person, manager, style)
    _edges: list[EdgeRoute] | None = field(default=None, repr=False)

    @property
    def edges(self) -> list[EdgeRoute]:
        """Every line to draw: each card to its manager's card, then dotted-line reports (routed on first use)."""
        if self._edges is None:
            self._edges = route_edges(self)
        return self._edges

    def primary(self, person_id: int) -> CardBox | None:
        keys = self.by_person.get(person_id)
        return self.cards[keys[0]] if keys else None

    def cards_of(self, person_id: int) -> list[CardBox]:
        return [self.cards[k] for k in self.by_person.get(person_id, ())]

    @property
    def width(self) -> float:
        return self.bounds[2] - self.bounds[0]

    @property
    def height(self) -> float:
        return self.bounds[3] - self.bounds[1]


SCREEN_ASPECT = 1.8  # width / height of the chart area of a typical window


def row_width_for(organisations: int, options: LayoutOptions | None = None) -> float:
    """The row width that makes a chart of this many organisations about as wide, for its height, as a
    window is (never under the default): fixed for a database, so stepping through time reflows nothing."""
    o = options or LayoutOptions()
    typical = (o.org_gap + o.band_quantum * o.card_width) * (
        o.header_height + o.header_gap + 2 * o.row_pitch + o.org_row_gap)  # 1.5 cards wide, two rows deep
    return max(o.row_width, (max(0, organisations) * typical * SCREEN_ASPECT) ** 0.5)


def edge_style(kind: LineKind, active: Activity) -> EdgeStyle:
    possible = active is not Activity.ACTIVE
    if kind is LineKind.DOTTED:
        return EdgeStyle.DOTTED_POSSIBLE if possible else EdgeStyle.DOTTED
    return EdgeStyle.POSSIBLE if possible else EdgeStyle.SOLID


def break_cycles(parent: list[int], keys: list) -> None:
    """Cut reporting cycles in place: in each cycle the member with the largest key loses its parent."""
    state = [0] * len(parent)  # 0 unseen, 1 on the current path, 2 done
    for start in range(len(parent)):
        if state[start]:
            continue
        path = []
        v = start
        while v >= 0 and state[v] == 0:
            state[v] = 1
            path.append(v)
            v = parent[v]
        if v >= 0 and state[v] == 1:
            cycle = path[path.index(v):]
            parent[max(cycle, key=keys.__getitem__)] = -1
        for u in path:
            state[u] = 2


# --- node kinds inside one level (an organisation's own forest) ---------------------------------
_CARD, _BLOCK, _COLUMNS, _UNPLACED = 0, 1, 2, 3


@dataclass
class _Block:
    """An organisation's laid-out content, centred on x = 0, rows from 0."""

    width: float
    rows: int
    cards: list[tuple[int, float, int, RouteKind]]  # card index, centre x, row, route to manager
    boxes: list[tuple[int, str, float, float, int, int]]  # org, kind, x0, x1, row, rows
    ext: list[int]  # manager cards outside this organisation that its people hang under


class _Builder:
    def __init__(self, snapshot: Snapshot, options: LayoutOptions, previous: ChartLayout | None = None) -> None:
        self.snapshot = snapshot
        self.o = options
        self.previous = previous
        self._orgs()
        self._cards()
        self._managers()
        self._collapse()

    # organisations and their nesting -----------------------------------------------------------
    def _orgs(self) -> None:
        names: dict[int, str] = {}
        self.org_short: dict[int, str] = {}
        parent_of: dict[int, int | None] = {}
        for node in self.snapshot.orgs.values():
            names[node.org_id] = node.name
            self.org_short[node.org_id] = node.short
            parent_of[node.org_id] = node.parent_id
        for p in self.snapshot.placements:
            if p.org_id not in names:
                names[p.org_id] = p.org
                parent_of[p.org_id] = None
        ids = sorted(names, key=lambda o: (names[o].casefold(), o))
        pos = {o: i for i, o in enumerate(ids)}
        parent = [pos.get(parent_of[o], -1) if parent_of[o] is not None else -1 for o in ids]
        break_cycles(parent, [(names[o].casefold(), o) for o in ids])
        self.org_names = names
        self.org_parent = {o: (ids[parent[i]] if parent[i] >= 0 else None) for i, o in enumerate(ids)}
        self.org_order = ids
        self.sub_orgs: dict[int, list[int]] = {o: [] for o in ids}
        for o in ids:  # already in stable order
            p = self.org_parent[o]
            if p is not None:
                self.sub_orgs[p].append(o)
        self.top: dict[int, int] = {}
        for o in ids:
            t = o
            while self.org_parent[t] is not None:
                t = self.org_parent[t]
            self.top[o] = t

    def child_towards(self, org: int, inner: int) -> int | None:
        """The sub-organisation of `org` that contains `inner` (None if `inner` is not inside `org`)."""
        x = inner
        parent = self.org_parent
        while x is not None:
            p = parent[x]
            if p == org:
                return x
            x = p
        return None

    # cards -------------------------------------------------------------------------------------
    def _cards(self) -> None:
        best: dict[CardKey, Placement] = {}
        for p in self.snapshot.placements:
            key = (p.person_id, p.org_id)
            old = best.get(key)
            if old is None or _placement_rank(p) < _placement_rank(old):
                best[key] = p
        keys = sorted(best, key=lambda k: (best[k].person.casefold(), k))
        self.keys = keys
        self.placements = [best[k] for k in keys]
        self.index = {k: i for i, k in enumerate(keys)}
        self.card_org = [k[1] for k in keys]
        self.sort_keys = [(0, p.person.casefold(), p.person_id, p.org_id) for p in self.placements]
        by_person: dict[int, list[int]] = {}
        for i, k in enumerate(keys):
            by_person.setdefault(k[0], []).append(i)
        names = self.org_names
        for idxs in by_person.values():
            if len(idxs) > 1:
                idxs.sort(key=lambda i: (self.placements[i].activity is not Activity.ACTIVE,
                                         not self.placements[i].title_certain,
                                         names[self.card_org[i]].casefold(), self.card_org[i]))
        self.by_person = by_person
        self.secondary = [False] * len(keys)
        for idxs in by_person.values():
            for i in idxs[1:]:
                self.secondary[i] = True

    def _managers(self) -> None:
        solid: dict[int, list[Edge]] = {}
        for e in self.snapshot.edges:
            if e.kind is LineKind.SOLID and e.person_id != e.manager_id:
                solid.setdefault(e.person_id, []).append(e)
        for lst in solid.values():
            if len(lst) > 1:
                lst.sort(key=lambda e: (e.activity is not Activity.ACTIVE, e.manager_id, e.line_id))
        n = len(self.keys)
        parent = [-1] * n
        edge: list[Edge | None] = [None] * n
        index, by_person, top, card_org = self.index, self.by_person, self.top, self.card_org
        for i, (pid, org) in enumerate(self.keys):
            for e in solid.get(pid, ()):
                m = index.get((e.manager_id, org))
                if m is None:
                    family = top[org]
                    for j in by_person.get(e.manager_id, ()):
                        if top[card_org[j]] == family:
                            m = j
                            break
                if m is not None:
                    parent[i] = m
                    edge[i] = e
                    break
        break_cycles(parent, self.sort_keys)
        for i in range(n):
            if parent[i] < 0:
                edge[i] = None
        self.parent = parent
        self.edge = edge
        children: list[list[int]] = [[] for _ in range(n)]
        for i, p in enumerate(parent):
            if p >= 0:
                children[p].append(i)
        self.children = children

    def _collapse(self) -> None:
        """Hide the reports of collapsed people; their card counts what it stands for."""
        n = len(self.keys)
        self.visible = [True] * n
        self.hidden = [0] * n
        collapsed = self.o.collapsed
        if not collapsed:
            return
        children, keys = self.children, self.keys
        stack = [(r, -1) for r in range(n) if self.parent[r] < 0]
        while stack:
            v, owner = stack.pop()
            if owner >= 0:
                self.visible[v] = False
                self.hidden[owner] += 1
            elif keys[v][0] in collapsed:
                owner = v
            for c in children[v]:
                stack.append((c, owner))

    # one organisation's content ----------------------------------------------------------------
    def block(self, org: int, top_level: bool, own: dict[int, list[int]], depth: int = 0) -> _Block:
        o = self.o
        nested = []
        if depth < 32:
            for h in self.sub_orgs[org]:
                if self.has_cards[h]:
                    nested.append((h, self.block(h, False, own, depth + 1)))
        widths: list[float] = []
        rows: list[int] = []
        kind: list[int] = []
        ref: list = []  # card index, nested (org, _Block), or list of card indices
        skey: list = []
        node_of_card: dict[int, int] = {}
        for k in own.get(org, ()):
            node_of_card[k] = len(widths)
            widths.append(o.card_width)
            rows.append(1)
            kind.append(_CARD)
            ref.append(k)
            skey.append(self.sort_keys[k])
        node_of_org: dict[int, int] = {}
        for h, b in nested:
            node_of_org[h] = len(widths)
            widths.append(b.width + 2 * o.group_pad)
            rows.append(b.rows)
            kind.append(_BLOCK)
            ref.append((h, b))
            skey.append((1, self.org_names[h].casefold(), h))
        parent = [-1] * len(widths)
        ext: list[int] = []
        card_org = self.card_org

        def target(m: int) -> int:
            om = card_org[m]
            if om == org:
                return node_of_card.get(m, -1)
            h = self.child_towards(org, om)
            return node_of_org.get(h, -1) if h is not None else -2

        for k, v in node_of_card.items():
            m = self.parent[k]
            if m >= 0:
                t = target(m)
                if t >= 0:
                    parent[v] = t
                elif t == -2:
                    ext.append(m)
        for h, b in nested:
            votes: Counter = Counter()
            for m in b.ext:
                t = target(m)
                if t >= 0:
                    votes[t] += 1
                elif t == -2:
                    ext.append(m)
            if votes:
                parent[node_of_org[h]] = min(votes, key=lambda t: (-votes[t], skey[t]))
        break_cycles(parent, skey)

        children: list[list[int]] = [[] for _ in widths]
        for v, p in enumerate(parent):
            if p >= 0:
                children[p].append(v)
        roots = []
        unplaced = []
        for v, p in enumerate(parent):
            if p >= 0:
                continue
            if kind[v] == _CARD and self.parent[ref[v]] < 0 and not self.children[ref[v]]:
                unplaced.append(v)
            else:
                roots.append(v)
        by_key = skey.__getitem__
        roots.sort(key=by_key)
        for v in range(len(children)):
            ch = children[v]
            if not ch:
                continue
            ch.sort(key=by_key)
            leaves = [c for c in ch if kind[c] == _CARD and not children[c]]
            if o.compact and len(leaves) >= o.compact_threshold:
                cols = _columns(len(leaves))
                g = len(widths)
                widths.append(cols * (o.card_width + o.column_gap))
                rows.append(math.ceil(len(leaves) / cols))
                kind.append(_COLUMNS)
                ref.append((cols, leaves))
                skey.append(None)
                children.append([])
                leaf_set = set(leaves)
                children[v] = [g] + [c for c in ch if c not in leaf_set]
        # a unit whose people all lack a known manager needs no inner "No known manager" box: its own box says it
        bare = bool(unplaced) and not roots and not top_level
        if unplaced:
            unplaced.sort(key=by_key)
            m = len(unplaced)
            cols = min(m, max(1, math.ceil(math.sqrt(m * 2.0))))
            widths.append(cols * o.card_width + (cols - 1) * o.h_gap + 2 * o.group_pad)
            rows.append(math.ceil(m / cols))
            kind.append(_UNPLACED)
            ref.append((cols, unplaced))
            skey.append(None)
            children.append([])
            roots.append(len(widths) - 1)

        x, row, x_min, x_max, depth_rows = place_forest(widths, rows, children, roots, o.h_gap)
        top_pad = 0 if top_level or bare else int(any(kind[r] != _CARD for r in roots))
        shift = -(x_min + x_max) / 2.0
        cards: list[tuple[int, float, int, RouteKind]] = []
        boxes: list[tuple[int, str, float, float, int, int]] = []
        stack = list(roots)
        while stack:
            v = stack.pop()
            stack.extend(children[v])
            xv = x[v] + shift
            rv = row[v] + top_pad
            kv = kind[v]
            if kv == _CARD:
                cards.append((ref[v], xv, rv, RouteKind.TREE))
            elif kv == _BLOCK:
                h, b = ref[v]
                cards.extend((k, cx + xv, cr + rv, rk) for k, cx, cr, rk in b.cards)
                boxes.extend((bo, bk, bx0 + xv, bx1 + xv, br + rv, bn) for bo, bk, bx0, bx1, br, bn in b.boxes)
                half = widths[v] / 2.0
                boxes.append((h, "suborg", xv - half, xv + half, rv, b.rows))
            elif kv == _COLUMNS:
                cols, members = ref[v]
                per_col = rows[v]
                left = xv - widths[v] / 2.0 + o.column_gap + o.card_width / 2.0
                pitch = o.card_width + o.column_gap
                for i, c in enumerate(members):
                    cards.append((ref[c], left + (i // per_col) * pitch, rv + i % per_col, RouteKind.COLUMN))
            else:
                cols, members = ref[v]
                half = widths[v] / 2.0
                left = xv - half + o.group_pad + o.card_width / 2.0
                pitch = o.card_width + o.h_gap
                for i, c in enumerate(members):
                    cards.append((ref[c], left + (i % cols) * pitch, rv + i // cols, RouteKind.CROSS))
                    self.unplaced.add(ref[c])
                if not bare:
                    boxes.append((org, "unplaced", xv - half, xv + half, rv, rows[v]))
        return _Block(x_max - x_min, depth_rows + top_pad, cards, boxes, ext)

    # the whole chart ---------------------------------------------------------------------------
    def build(self) -> ChartLayout:
        o = self.o
        layout = ChartLayout(self.snapshot.at, o)
        own: dict[int, list[int]] = {}
        for k in range(len(self.keys)):
            if self.visible[k]:
                own.setdefault(self.card_org[k], []).append(k)
        self.unplaced: set[int] = set()
        self.has_cards = {org: False for org in self.org_order}
        for org in own:
            t = org
            while t is not None and not self.has_cards[t]:
                self.has_cards[t] = True
                t = self.org_parent[t]
        pitch = o.row_pitch
        quantum = max(1.0, o.band_quantum * o.card_width)
        placed: dict[int, tuple[float, float, RouteKind]] = {}
        half_w = o.card_width / 2.0
        pad, label = o.group_pad, o.group_label
        people, cards_in = self._headcounts()
        for org, b, band, size, x_org, y_head, shelf in self._pack(own, quantum, people):
            top = y_head + o.header_height + o.header_gap  # the block's first row of cards
            # content starts at the band's left edge, so growth at its right moves nothing else
            cx = x_org + b.width / 2.0
            for k, x, r, rk in b.cards:
                placed[k] = (cx + x - half_w, top + r * pitch, rk)
            for bo, bk, x0, x1, r, n in b.boxes:
                name = "unplaced" if bk == "unplaced" else self.org_names[bo]
                # a sub-organisation's name goes under its cards (lines come in from above),
                # the unplaced group's label above them (no lines come in)
                y0 = top + r * pitch - pad - (label if bk == "unplaced" else 0.0)
                y1 = top + (r + n - 1) * pitch + o.card_height + pad + (label if bk == "suborg" else 0.0)
                layout.groups.append(GroupBox(bo, name, bk, cx + x0, y0, x1 - x0, y1 - y0,
                                              "" if bk == "unplaced" else self.org_short.get(bo, "")))
            layout.headers[org] = OrgHeader(org, self.org_names[org], x_org, y_head,
                                            max(b.width, o.card_width * 1.5), o.header_height,
                                            people.get(org, 0), band, cards_in.get(org, 0), size, shelf,
                                            self.org_short.get(org, ""))

        keys, cards = self.keys, layout.cards
        for k, (x, y, rk) in placed.items():
            key = keys[k]
            m = self.parent[k]
            cards[key] = CardBox(key, self.placements[k], x, y, o.card_width, o.card_height,
                                 keys[m] if m >= 0 else None, self.edge[k], rk, self.secondary[k],
                                 self.hidden[k], k in self.unplaced)
        for pid, idxs in self.by_person.items():
            shown = [keys[i] for i in idxs if i in placed]
            if shown:
                layout.by_person[pid] = shown
        layout.dotted = self._dotted(layout)
        layout.bounds = _bounds(layout)
        return layout

    def _headcounts(self) -> tuple[dict[int, int], dict[int, int]]:
        """Distinct people and cards of each top-level organisation with its sub-organisations, folded ones too."""
        top, card_org = self.top, self.card_org
        cards: Counter = Counter()
        for org, n in Counter(card_org).items():
            cards[top[org]] += n
        people = Counter(cards)
        for idxs in self.by_person.values():
            if len(idxs) > 1:  # a person with cards in several organisations of one family counts once there
                tops = [top[card_org[i]] for i in idxs]
                for t in set(tops):
                    people[t] -= tops.count(t) - 1
        return dict(people), dict(cards)

    def _size_class(self, org: int, people: int) -> int:
        """Size class (about log2 of the people): the previous layout's class while within half a class of it."""
        before = self.previous.headers.get(org) if self.previous is not None else None
        if before is not None and before.people > 0 and abs(math.log2(max(people, 1)) - before.size - 0.5) < 1.0:
            return before.size
        return max(people, 1).bit_length() - 1

    def _tops(self, own: dict[int, list[int]], quantum: float,
              people: dict[int, int]) -> list[tuple[int, "_Block", float, int]]:
        """Top-level organisations with their blocks, bands and size classes, biggest class first."""
        o = self.o
        tops = []
        for org in self.org_order:
            if self.org_parent[org] is not None or not self.has_cards[org]:
                continue
            b = self.block(org, True, own)
            # bands have some slack, in steps of `quantum`: small changes in one organisation
            # leave the ones to its right in place
            band = math.ceil(max(b.width * 1.15, o.card_width * 1.5) / quantum) * quantum
            before = self.previous.headers.get(org) if self.previous is not None else None
            if before is not None and 0.6 * before.band < b.width <= before.band:
                band = before.band
            tops.append((org, b, band, self._size_class(org, people.get(org, 0))))
        tops.sort(key=lambda t: -t[3])  # stable: org_order (by name) within a size class
        return tops

    def _pack(self, own: dict[int, list[int]], quantum: float,
              people: dict[int, int]) -> list[tuple[int, "_Block", float, int, float, float, int]]:
        """Where each top-level organisation goes: (org, block, band, size class, x, header y, row).

        Biggest first, each on the first row of organisations with room for it: under a
        column of that row if it fits below without making the row taller, else as a new
        column at the row's right if the row stays within row_width (a lone organisation
        wider than that takes its own row), else on a new row.
        """
        o = self.o
        gap = o.org_row_gap
        tops = self._tops(own, quantum, people)
        width = o.row_width  # fixed, so that one organisation's growth does not reflow the others
        shelves: list[_Shelf] = []
        for t in tops:
            band = t[2]
            tall = o.header_height + o.header_gap + _block_bottom(t[1], o) + gap
            # where it was in the previous layout, if still free: a neighbour gone does not slide it left
            before = self.previous.headers.get(t[0]) if self.previous is not None else None
            for i, sh in enumerate(shelves + [_Shelf()]):
                at = before.x if before is not None and before.shelf == i else None
                if sh.take(t, band, tall, width, o.org_gap, at):
                    break
            if i == len(shelves):
                shelves.append(sh)
        out = []
        y = -(o.header_gap + o.header_height)
        for i, sh in enumerate(shelves):
            for x, _, _, items in sh.columns:
                yy = y
                for t, tall in items:
                    out.append((*t, x, yy, i))
                    yy += tall
            y += sh.height
        return out

    def _dotted(self, layout: ChartLayout) -> list[tuple[CardKey, CardKey, EdgeStyle]]:
        out = []
        for e in self.snapshot.edges:
            if e.kind is not LineKind.DOTTED or e.person_id == e.manager_id:
                continue
            pair = self._dotted_pair(layout, e)
            if pair is not None:
                out.append((pair[0], pair[1], edge_style(e.kind, e.activity)))
        return out

    def _dotted_pair(self, layout: ChartLayout, e: Edge) -> tuple[CardKey, CardKey] | None:
        mine = layout.by_person.get(e.person_id, [])
        theirs = layout.by_person.get(e.manager_id, [])
        for a in mine:
            for b in theirs:
                if a[1] == b[1]:
                    return a, b
        for a in mine:
            for b in theirs:
                if self.top.get(a[1]) == self.top.get(b[1]):
                    return a, b
        return None


def route_edges(layout: ChartLayout, rects: dict[CardKey, tuple] | None = None) -> list[EdgeRoute]:
    """Route every line of the layout; `rects` overrides card rectangles (for cards in mid-glide)."""
    o = layout.options
    cards = layout.cards
    rect_of = (lambda k: rects.get(k) or cards[k].rect) if rects else (lambda k: cards[k].rect)
    out = []
    for key, c in cards.items():
        if c.manager is None or c.edge is None or c.manager not in cards:
            continue
        pts, curve = route(c.route, rect_of(c.manager), rect_of(key), o.v_gap, o.column_gap)
        out.append(EdgeRoute(key, c.manager, edge_style(c.edge.kind, c.edge.activity), c.route, tuple(pts), curve))
    for child, parent, style in layout.dotted:
        pts, curve = route(RouteKind.CURVE, rect_of(parent), rect_of(child), o.v_gap, o.column_gap)
        out.append(EdgeRoute(child, parent, style, RouteKind.CURVE, tuple(pts), curve))
    return out


class _Shelf:
    """A row of organisations: columns side by side, each a stack of organisations (x, width, height, items)."""

    def __init__(self) -> None:
        self.columns: list[list] = []
        self.used = 0.0
        self.height = 0.0

    def take(self, t: tuple, band: float, tall: float, width: float, gap: float, at: float | None = None) -> bool:
        """Stack the organisation under a column if it fits without making the row taller, else add a column."""
        for col in self.columns:
            if band <= col[1] and col[2] + tall <= self.height:
                col[2] += tall
                col[3].append((t, tall))
                return True
        if self.columns and self.used + band > width:
            return False
        # its old place, if free and the row already starts with another: a row opening on a gap (its old
        # first organisations gone, after a jump across years) left the chart's top left blank
        keep = at is not None and self.columns and self.used <= at and at + band <= width
        x = at if keep else self.used
        self.columns.append([x, band, tall, [(t, tall)]])
        self.used = x + band + gap
        self.height = max(self.height, tall)
        return True


def _block_bottom(b: "_Block", o: LayoutOptions) -> float:
    """How far below its first row of cards an organisation's block reaches, group boxes and labels included."""
    rows = max((r + 1 for _, _, r, _ in b.cards), default=1)
    bottom = (rows - 1) * o.row_pitch + o.card_height
    for _, kind, _, _, r, n in b.boxes:
        extra = o.group_pad + (o.group_label if kind == "suborg" else 0.0)
        bottom = max(bottom, (r + n - 1) * o.row_pitch + o.card_height + extra)
    return bottom


def _columns(leaves: int) -> int:
    """Columns for a manager's stacked leaf reports: up to 8 a column, then a square-ish block.

    Few thresholds, so one more report rarely changes the block's width.
    """
    per_column = 8 if leaves <= 64 else math.ceil(math.sqrt(leaves))
    return math.ceil(leaves / per_column)


def _placement_rank(p: Placement) -> tuple:
    return (p.activity is not Activity.ACTIVE, not p.title_certain, p.tenure_id)


def _bounds(layout: ChartLayout) -> tuple[float, float, float, float]:
    rects = [(h.x, h.y, h.w, h.h) for h in layout.headers.values()]
    rects += [(g.x, g.y, g.w, g.h) for g in layout.groups]
    if not rects and not layout.cards:
        return (0.0, 0.0, 0.0, 0.0)
    x0 = min((r[0] for r in rects), default=math.inf)
    y0 = min((r[1] for r in rects), default=math.inf)
    x1 = max((r[0] + r[2] for r in rects), default=-math.inf)
    y1 = max((r[1] + r[3] for r in rects), default=-math.inf)
    if layout.cards:
        xs = [c.x for c in layout.cards.values()]
        ys = [c.y for c in layout.cards.values()]
        o = layout.options
        x0, y0 = min(x0, min(xs)), min(y0, min(ys))
        x1, y1 = max(x1, max(xs) + o.card_width), max(y1, max(ys) + o.card_height)
    return (x0, y0, x1, y1)


def layout_snapshot(
    snapshot: Snapshot, options: LayoutOptions | None = None, previous: ChartLayout | None = None
) -> ChartLayout:
    """Lay out every organisation of the snapshot side by side; see the module docstring.

    `previous` (the layout shown just before, if any) only lends its organisation band
    widths, so that an organisation that shrank a little keeps its place for the next.
    """
    # The layout allocates a few small objects per card and frees none of them: pausing the
    # cyclic collector meanwhile saves a quarter of the time at 100,000 people.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _Builder(snapshot, options or LayoutOptions(), previous).build()
    finally:
        if was_enabled:
            gc.enable()


def mean_displacement(a: ChartLayout, b: ChartLayout) -> float:
    """Mean distance, in card widths, that cards present in both layouts with the same manager moved."""
    total = 0.0
    count = 0
    for key, ca in a.cards.items():
        cb = b.cards.get(key)
        if cb is None:
            continue
        ma = ca.manager[0] if ca.manager else None
        mb = cb.manager[0] if cb.manager else None
        if ma != mb:
            continue
        total += math.hypot(cb.x - ca.x, cb.y - ca.y)
        count += 1
    return total / (count * a.options.card_width) if count else 0.0
