"""The reporting lines near the view: one path item per style and tile, redrawn only when their tile changed.

A line is filed under every tile its box touches, so a tile's paths hold every
line that crosses it and the tiles near the view are enough. Dotted-line
reports (few, long curves) are one path per style for the whole chart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from orgtracker.graph.layout import CardKey, ChartLayout
from orgtracker.graph.routing import EdgeStyle
from orgtracker.render import style
from orgtracker.render.diff import LineKey
from orgtracker.render.edges import build_paths, line_bounds, line_boxes, line_spec
from orgtracker.render.items import PathItem
from orgtracker.render.tiles import Tile, TileGrid, TileIndex

LINE_PAD = 16.0  # how far a line strays outside its two cards (column spines), pen included
Z = 3


class LineLayer:
    def __init__(self, parent: QGraphicsItem) -> None:
        self._parent = parent
        self._layout: ChartLayout | None = None
        self.grid = TileGrid(1.0, 1.0)
        self.index = TileIndex()  # solid lines -> every tile their box touches
        self._items: dict[tuple[EdgeStyle, Tile], PathItem] = {}
        self._stale: set[Tile] = set()
        self.needed: set[Tile] | None = set()  # tiles drawn and kept current (None: all)
        self._dotted: dict[EdgeStyle, PathItem] = {}
        self._glide_keys: set[LineKey] = set()  # filed under their start and end tiles while gliding
        self._glide_all = False
        self._glide_tiles: set[Tile] = set()  # redrawn every frame of a glide
        self._glide_dotted = False
        self.dotted_opacity = 1.0
        self._unfiled = False  # lines changed while none were needed: file them all when some are

    def _idle(self, layout: ChartLayout) -> bool:
        """No tile's lines are needed (the overview draws them): note the change and file nothing."""
        self._layout = layout
        if self.needed is None or self.needed:
            return False
        self._unfiled = True
        return True

    def reset(self, grid: TileGrid) -> None:
        for item in [*self._items.values(), *self._dotted.values()]:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items.clear()
        self._dotted.clear()
        self._unfiled = False
        self._stale.clear()
        self.index.clear()
        self.grid = grid
        self.needed = set()
        self._glide_keys, self._glide_all, self._glide_tiles, self._glide_dotted = set(), False, set(), False

    # -- filing ---------------------------------------------------------------------------------
    def update(self, layout: ChartLayout, keys: Iterable[LineKey], old: ChartLayout | None = None) -> None:
        """Re-file these lines (under their start and end tiles too, when gliding from `old`) and redraw."""
        if self._idle(layout):
            if any(key[0] == "dotted" for key in keys):
                self.draw_dotted()
            return
        grid, index = self.grid, self.index
        cards, where = layout.cards, index.where
        tw, th, pad, floor = grid.width, grid.height, LINE_PAD, math.floor
        dirty: set[Tile] = set()
        dotted = False
        for key in keys:
            if key[0] == "dotted":
                dotted = True
                continue
            # line_bounds and grid.over inlined for the usual line: this is the hot loop of a step
            c = cards.get(key)
            m = cards.get(c.manager) if c is not None and c.edge is not None and c.manager is not None else None
            if m is None:
                dirty.update(index.drop(key))
                continue
            x0, x1 = (c.x if c.x < m.x else m.x) - pad, max(c.x + c.w, m.x + m.w) + pad
            y0, y1 = (c.y if c.y < m.y else m.y) - pad, max(c.y + c.h, m.y + m.h) + pad
            if old is not None:
                before = line_spec(old, key)
                if before is not None:
                    a0, b0, a1, b1 = line_bounds(before, pad)
                    x0, y0, x1, y1 = min(x0, a0), min(y0, b0), max(x1, a1), max(y1, b1)
                    self._glide_keys.add(key)
            c0, c1, r0, r1 = floor(x0 / tw), floor(x1 / tw), floor(y0 / th), floor(y1 / th)
            if c0 == c1 and r0 == r1:
                tiles: tuple[Tile, ...] = ((c0, r0),)
            else:
                tiles = tuple((i, j) for i in range(c0, c1 + 1) for j in range(r0, r1 + 1))
            if where.get(key) != tiles:
                dirty.update(index.put(key, tiles))
            dirty.update(tiles)
        if old is not None:
            self._glide(dirty, dotted)
        self._redraw(dirty)
        if dotted:
            self.draw_dotted()

    def update_all(self, layout: ChartLayout, old: ChartLayout | None = None, boxed: tuple | None = None) -> None:
        """File every line at once (numpy), under start and end tiles when gliding from `old`; redraw."""
        if self._idle(layout):
            self.draw_dotted()
            return
        self._unfiled = False
        index = self.index
        before = index.tiles()
        keys, boxes = line_boxes(layout, LINE_PAD, old, boxed)
        index.rebuild(keys, *self.grid.ranges(boxes))
        dirty = before | index.tiles()
        if old is not None:
            self._glide_all = True
            self._glide(dirty, True)
        self._redraw(dirty)
        self.draw_dotted()

    def _glide(self, dirty: set[Tile], dotted: bool) -> None:
        needed = self.needed
        self._glide_tiles = dirty if needed is None else dirty & needed
        self._glide_dotted = dotted

    def tick(self, rects: dict[CardKey, tuple]) -> None:
        """One frame of a glide: redraw the lines of the tiles that move, with the cards where they are now."""
        for tile in self._glide_tiles:
            self._draw(tile, rects)
        if self._glide_dotted:
            self.draw_dotted(rects)

    def settle(self) -> None:
        """After a glide: file the lines that moved under their final tiles only."""
        keys, self._glide_keys, self._glide_tiles, self._glide_dotted = self._glide_keys, set(), set(), False
        if self._layout is None:
            return
        if self._glide_all:
            self._glide_all = False
            self.update_all(self._layout)
        elif keys:
            self.update(self._layout, keys)

    # -- drawing --------------------------------------------------------------------------------
    def _redraw(self, tiles: Iterable[Tile]) -> None:
        needed = self.needed
        for t in tiles:
            if needed is None or t in needed:
                self._draw(t)
            else:
                self._stale.add(t)

    def _draw(self, tile: Tile, rects: dict | None = None) -> None:
        layout = self._layout
        o = layout.options
        specs = []
        for key in self.index.members.get(tile, ()):
            spec = line_spec(layout, key, rects)
            if spec is not None:
                specs.append(spec)
        paths = build_paths(specs, o.v_gap, o.column_gap) if specs else {}
        for st in EdgeStyle:
            item = self._items.get((st, tile))
            path = paths.get(st)
            if path is None:
                if item is not None:
                    item.setPath(QPainterPath())
                continue
            if item is None:
                item = self._items[(st, tile)] = PathItem(style.edge_pen(st, True), Z)
                item.setParentItem(self._parent)
            item.setPath(path)
        self._stale.discard(tile)

    def draw_dotted(self, rects: dict | None = None) -> None:
        layout = self._layout
        o = layout.options
        specs = [line_spec(layout, ("dotted", c, p), rects) for c, p, _ in layout.dotted]
        paths = build_paths([s for s in specs if s is not None], o.v_gap, o.column_gap)
        for st in EdgeStyle:
            item = self._dotted.get(st)
            path = paths.get(st)
            if item is None:
                if path is None:
                    continue
                item = self._dotted[st] = PathItem(style.edge_pen(st, True), Z)
                item.setParentItem(self._parent)
                self._fade(item)
            item.setPath(path if path is not None else QPainterPath())

    def set_dotted_opacity(self, opacity: float) -> None:
        """Fade the dotted-line reports (0: hidden), as the view zooms out."""
        if opacity != self.dotted_opacity:
            self.dotted_opacity = opacity
            for item in self._dotted.values():
                self._fade(item)

    def _fade(self, item: PathItem) -> None:
        item.setOpacity(self.dotted_opacity)
        item.setVisible(self.dotted_opacity > 0)

    def set_needed(self, needed: set[Tile] | None) -> None:
        """Draw and keep current the lines of these tiles (None: all; an empty set: none but the dotted)."""
        old, self.needed = self.needed, needed
        if self._unfiled and (needed is None or needed) and self._layout is not None:
            self.update_all(self._layout)  # files every line, draws the needed tiles
            for (_, t), item in self._items.items():
                item.setVisible(needed is None or t in needed)
            return
        if needed is None:
            for t in list(self._stale):
                self._draw(t)
            for item in self._items.values():
                item.setVisible(True)
        else:
            entering = needed if old is None else needed - old
            for t in entering & self._stale:
                self._draw(t)
            if old is None:
                for (_, t), item in self._items.items():
                    item.setVisible(t in needed)
            else:
                for t in old - needed:
                    self._show(t, False)
                for t in entering:
                    self._show(t, True)

    def _show(self, tile: Tile, visible: bool) -> None:
        for st in EdgeStyle:
            item = self._items.get((st, tile))
            if item is not None:
                item.setVisible(visible)

    def item_count(self) -> int:
        return len(self._items)
