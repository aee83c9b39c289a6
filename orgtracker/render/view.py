"""ChartView: the org chart widget on a pyqtgraph ViewBox.

A timeline step costs what changed and what is on screen, not the size of the
chart: the two layouts are compared by card key (render/diff.py) and cards are
filed under screen tiles (render/tiles.py). Only cards near the view have items,
taken from a pool as the view pans; lines are one path per style and tile,
redrawn only where they changed near the view (render/line_layer.py); zoomed out
until cards are a few pixels wide, one cached overview item per tile draws its
cards and lines instead of thousands of card items (render/overview.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QEvent, QPoint, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QPainterPath, QPixmapCache
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QVBoxLayout, QWidget

from orgtracker.domain.intervals import Activity
from orgtracker.graph.compare import compare_snapshots
from orgtracker.graph.layout import CardBox, CardKey, ChartLayout, LayoutOptions, layout_snapshot
from orgtracker.render import painting, style
from orgtracker.render.diff import LayoutDiff, diff_layouts
from orgtracker.render.edges import build_paths, card_boxes, line_spec
from orgtracker.render.items import CardItem, GroupItem, HeaderItem, HeaderLabel, LegendItem, PathItem, label_width
from orgtracker.render.line_layer import LineLayer
from orgtracker.render.overview import OverviewLayer
from orgtracker.render.tiles import Tile, TileGrid, TileIndex
from orgtracker.timeline.model import Snapshot

ANIMATION_MS = 300
FLASH_MS = 1500
SMALL_CHART = 300  # up to this many cards every card has an item, at every zoom
OVERVIEW_CARD_PX = 40.0  # cards narrower than this on screen are drawn by the overview
TILE_CARDS = 8  # a tile is this many card widths wide and this many rows high
LIVE_MARGIN = 0.25  # cards this far beyond the view (a fraction of its size) have items too
BULK_SHARE = 0.25  # when more of the cards than this moved, file them all at once (numpy)
READABLE_CARD_PX = 120.0  # a card narrower than this on screen is hard to read
FOCUS_CARD_PX = 170.0  # how wide centring on someone makes the cards, when they were too small
FIT_PADDING = 0.03  # fitting leaves this share of the chart's size free on each side
LEGEND_MARGIN = 10.0  # pixels between the legend and the fitted chart
SHRUNK_SHARE = 0.25  # a fitted chart that shrank to this share of the view (both ways) is fitted again
CORNER_MARGIN_PX = 16  # room left of and above the chart when the view shows its top-left corner
FIT_MAX_SCALE = 1.0  # fitting never enlarges beyond the cards' own size (one card filled the window)
HEADER_LABEL_BELOW_PX = 10.0  # a header whose own name would be smaller than this on screen shows a label
DOTTED_HIDDEN_CARD_PX = 12.0  # zoomed out until cards are this narrow, dotted-line reports are hidden
DOTTED_FULL_CARD_PX = 60.0  # ... and from here on they are drawn in full (faded in between)
PIXMAP_CACHE_KB = 64 * 1024  # the items' device caches: about 1,000 cards at reading zoom


class ChartView(QWidget):
    """The chart: cards, lines, headers, group boxes and a legend; pan, zoom, click, drag a card onto another."""

    personClicked = Signal(int)
    personDoubleClicked = Signal(int)
    personHovered = Signal(int)
    personDropped = Signal(int, int)  # dragged person, the person it was dropped on
    emptyClicked = Signal()

    def __init__(self, parent: QWidget | None = None, options: LayoutOptions | None = None) -> None:
        super().__init__(parent)
        self._options = options or LayoutOptions()
        self._collapsed: frozenset[int] = frozenset()
        self._graphics = pg.GraphicsView(self, background=style.PAGE)
        self._box = pg.ViewBox(lockAspect=True, invertY=True, enableMenu=False)
        self._graphics.setCentralItem(self._box)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._graphics)
        # one container for everything: the ViewBox tracks it, not each of thousands of cards
        self._root = QGraphicsRectItem()
        self._root.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self._box.addItem(self._root, ignoreBounds=True)
        self._legend = LegendItem()
        self._legend.setParentItem(self._box)
        self._legend.setPos(10, 10)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self._cards: dict[CardKey, CardItem] = {}  # the cards near the view, each with its item
        self._pool: list[CardItem] = []
        self._headers: dict[int, HeaderItem] = {}
        self._labels: dict[int, HeaderLabel] = {}  # the headers' names at a readable size when zoomed far out
        self._groups: list[GroupItem] = []
        self._grid = TileGrid(1.0, 1.0)
        self._card_index = TileIndex()  # card -> the tile of its top-left corner
        self._live: set[Tile] | None = set()  # tiles whose cards have items (None: every tile)
        self._lines = LineLayer(self._root)
        self._overview = OverviewLayer(self, self._root, self._card_index, self._look)
        self._chain_item = self._path_item(style.highlight_pen(True), 4)
        self._ghost_item = self._path_item(style.ghost_pen(True), 2)
        self._layout: ChartLayout | None = None
        self._snapshot: Snapshot | None = None
        self._marks: dict[CardKey, str] = {}
        self._ghost_links: list[tuple[CardKey, CardKey]] = []
        self._chain: set[int] = set()
        self._flash: set[CardKey] = set()
        self.changed_keys: set[CardKey] = set()
        self._moves: dict[CardKey, tuple[CardItem, QPointF, QPointF]] = {}
        self._fade_in: list[CardItem] = []
        self._fade_out: list[CardItem] = []
        self._leaving: list[CardItem] = []  # items gliding away from the view, let go at the end
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setDuration(ANIMATION_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._anim.valueChanged.connect(self._tick)
        self._anim.finished.connect(self._finish_animation)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._clear_flash)
        self._card_was_clicked = False
        self._drag: tuple[CardItem, QPointF] | None = None
        self._graphics.scene().sigMouseClicked.connect(self._scene_clicked)
        self._graphics.viewport().installEventFilter(self)
        self._box.sigRangeChanged.connect(self._view_changed)
        self.zoomed_by_hand = False  # the user zoomed, panned or centred: a growing chart keeps their view
        self._box.sigRangeChangedManually.connect(self._zoomed_by_hand)

    def _path_item(self, pen, z: float) -> PathItem:
        item = PathItem(pen, z)
        item.setParentItem(self._root)
        return item

    # -- what is shown --------------------------------------------------------------------------
    @property
    def layout_options(self) -> LayoutOptions:
        return LayoutOptions(**{**self._options.__dict__, "collapsed": self._collapsed})

    @property
    def current_layout(self) -> ChartLayout | None:
        return self._layout

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def show(self, snapshot: Snapshot | None = None, layout: ChartLayout | None = None, animate: bool = True) -> None:
        """Show `snapshot` (laid out here unless `layout` is given), touching only what changed.

        With no argument this is QWidget.show().
        """
        if snapshot is None:
            super().show()
            return
        if layout is None:
            layout = layout_snapshot(snapshot, self.layout_options, previous=self._layout)
        self._ghost_links = []
        self._ghost_item.setPath(QPainterPath())
        self._apply(snapshot, layout, animate)

    def compare(self, snapshot_a: Snapshot, snapshot_b: Snapshot, animate: bool = False) -> None:
        """Show b with the people added, removed and re-parented since a marked, and a ghost of where they were."""
        result = compare_snapshots(snapshot_a, snapshot_b)
        layout = layout_snapshot(result.snapshot, self.layout_options, previous=self._layout)
        self._apply(result.snapshot, layout, animate, marks=result.marks)
        self._ghost_links = [(g, real) for g, real in result.ghost_links if g in layout.cards and real in layout.cards]
        self._draw_ghost_links()

    def _apply(self, snapshot: Snapshot, layout: ChartLayout, animate: bool, marks: dict | None = None) -> None:
        self._stop_animation()
        old = self._layout
        o = layout.options
        first = old is None or (old.options.card_width, old.options.row_pitch) != (o.card_width, o.row_pitch)
        if first:
            self._reset(layout)
            old = None
        diff = diff_layouts(old, layout)
        self._layout, self._snapshot = layout, snapshot
        restyle = set(diff.restyled)
        restyle.update(self._marks)
        self._marks = dict(marks or {})
        restyle.update(self._marks)
        if diff.changed and old is not None:
            restyle.update(self._flash)
            restyle.update(diff.changed)
            self._flash = set(diff.changed)
            self._flash_timer.start(FLASH_MS)
        self.changed_keys = diff.changed if old is not None else set()
        scope_moves = self._wanted_scope() != (self._overview.shown, self._live)
        animate = animate and old is not None and self.isVisible() and not self._overview.shown and not scope_moves
        glide_from = old if animate else None
        if old is None or len(diff.moved) + len(diff.added) > BULK_SHARE * len(layout.cards):
            boxed = card_boxes(layout)
            dirty = self._file_all_cards(boxed)
            self._lines.update_all(layout, glide_from, boxed)
        else:
            dirty = self._file_cards(diff, restyle)
            self._lines.update(layout, diff.lines, glide_from)
            where = self._card_index.where  # an overview tile draws the lines up from its cards
            dirty.update(t for k in diff.lines if k in where for t in where[k])
        self._update_card_items(diff, restyle, glide_from)
        self._overview.mark(layout, dirty)
        self._sync_headers_and_groups(layout)
        if self._moves or self._fade_in or self._fade_out or self._leaving:
            self._anim.start()
        else:
            self._lines.settle()
        self._draw_chain()
        if first or not (self._any_card_in_view() if self.zoomed_by_hand else self._fits_view()):
            self.fit()
        if first or scope_moves:
            self._view_changed()

    def _zoomed_by_hand(self, *_args) -> None:
        self.zoomed_by_hand = True

    def _any_card_in_view(self) -> bool:
        """Is some card in the view (a hand-chosen view may show none of a chart that changed a lot)?"""
        if self._layout is None or not self._layout.cards:
            return True
        v = self._box.viewRect()
        left, top, right, bottom = v.left(), v.top(), v.right(), v.bottom()
        return any(c.x < right and c.x + c.w > left and c.y < bottom and c.y + c.h > top
                   for c in self._layout.cards.values())

    def _fits_view(self) -> bool:
        """Does a fitted view still suit the chart: all of it inside, and not shrunk to a speck in a corner?"""
        if self._layout is None or not self._layout.cards:
            return True
        x0, y0, x1, y1 = self._layout.bounds
        view = self._box.viewRect()
        if not view.contains(QRectF(x0, y0, x1 - x0, y1 - y0)):
            return False
        small = (x1 - x0) < SHRUNK_SHARE * view.width() and (y1 - y0) < SHRUNK_SHARE * view.height()
        return not small or self.scale() >= FIT_MAX_SCALE * 0.99

    def _reset(self, layout: ChartLayout) -> None:
        """Forget every item and index (the first chart, or cards of another size)."""
        for item in self._cards.values():
            self._retire(item)
        self._cards.clear()
        self._card_index.clear()
        o = layout.options
        self._grid = TileGrid(TILE_CARDS * o.card_width, TILE_CARDS * o.row_pitch)
        self._lines.reset(self._grid)
        self._overview.reset(self._grid)
        self._live = set()

    def _file_all_cards(self, boxed: tuple[list[CardKey], np.ndarray]) -> set[Tile]:
        """File every card at once (a first chart, or a step that moved many); returns every tile touched."""
        index = self._card_index
        before = index.tiles()
        keys, boxes = boxed
        c0, r0, _, _ = self._grid.ranges(boxes)
        index.rebuild(keys, c0, r0, c0, r0)
        return before | index.tiles()

    def _file_cards(self, diff: LayoutDiff, restyle: set[CardKey]) -> set[Tile]:
        """File added and moved cards under their tiles; returns the tiles whose cards changed."""
        cards, grid, index = self._layout.cards, self._grid, self._card_index
        dirty: set[Tile] = set()
        for key in diff.removed:
            dirty.update(index.drop(key))
        for keys in (diff.added, diff.moved):
            for key in keys:
                c = cards[key]
                tile = grid.of_point(c.x, c.y)
                dirty.update(index.put(key, (tile,)))
                dirty.add(tile)
        where = index.where
        for key in restyle:
            dirty.update(where.get(key, ()))
        return dirty

    def _look(self, key: CardKey, card: CardBox) -> painting.CardLook:
        return painting.card_look(card, self._marks.get(key), key[0] in self._chain, key in self._flash)

    # -- card items: only near the view ---------------------------------------------------------
    def _update_card_items(self, diff: LayoutDiff, restyle: set[CardKey], old: ChartLayout | None) -> None:
        """Bring the items of changed cards up to date; glide and fade when `old` is given."""
        for key in diff.removed:
            item = self._cards.pop(key, None)
            if item is not None:
                if old is not None:
                    self._fade_out.append(item)
                else:
                    self._retire(item)
        if self._overview.shown:
            return
        cards, live, grid = self._layout.cards, self._live, self._grid
        added = set(diff.added)
        touched = added.union(diff.moved, restyle)
        if live is not None and len(touched) > 256:  # many changed: only those near the view matter
            near = self._card_index.keys_in(live)
            near.update(self._cards)
            touched &= near
        for key in touched:
            c = cards.get(key)
            if c is None:
                continue
            item = self._cards.get(key)
            if live is not None and grid.of_point(c.x, c.y) not in live:
                if item is not None:
                    del self._cards[key]
                    if old is not None:
                        self._moves[key] = (item, item.pos(), QPointF(c.x, c.y))
                        self._leaving.append(item)
                    else:
                        self._retire(item)
                continue
            if item is None:
                item = self._acquire(key, c)
                if old is not None:
                    if key in added:
                        item.setOpacity(0.0)
                        self._fade_in.append(item)
                    else:
                        b = old.cards.get(key)
                        if b is not None and (b.x != c.x or b.y != c.y):
                            item.setPos(b.x, b.y)
                            self._moves[key] = (item, QPointF(b.x, b.y), QPointF(c.x, c.y))
                continue
            pos = item.pos()
            if pos.x() != c.x or pos.y() != c.y:
                if old is not None:
                    self._moves[key] = (item, pos, QPointF(c.x, c.y))
                else:
                    item.setPos(c.x, c.y)
            r = item.rect()
            if r.width() != c.w or r.height() != c.h:
                item.setRect(0, 0, c.w, c.h)
            if key in restyle:
                item.set_look(self._look(key, c))

    def _acquire(self, key: CardKey, card: CardBox) -> CardItem:
        item = self._pool.pop() if self._pool else CardItem(self, card.w, card.h)
        item.key = key
        item.setRect(0, 0, card.w, card.h)
        item.setPos(card.x, card.y)
        item.setOpacity(1.0)
        if item.parentItem() is None:
            item.setParentItem(self._root)
        item.setVisible(True)
        item.set_look(self._look(key, card))
        self._cards[key] = item
        return item

    def _retire(self, item: CardItem) -> None:
        item.setVisible(False)
        item.key = None
        item.look = None
        self._pool.append(item)

    # -- what the view covers: which tiles have items, overview or cards ------------------------
    def _wanted_scope(self) -> tuple[bool, set[Tile] | None]:
        """(overview?, the tiles whose cards should have items, None for all) for this view and layout."""
        layout = self._layout
        if layout is None or len(layout.cards) <= SMALL_CHART:
            return False, None
        view = self._box.viewRect()
        vw, vh = view.width(), view.height()
        px = self._box.width()
        o = layout.options
        if vw <= 0 or vh <= 0 or px <= 0:
            return False, set()
        if o.card_width * px / vw < OVERVIEW_CARD_PX:
            return True, set()
        mx, my = LIVE_MARGIN * vw, LIVE_MARGIN * vh
        tiles = self._grid.over(view.left() - mx - o.card_width, view.top() - my - o.card_height,
                                view.right() + mx, view.bottom() + my)
        return False, set(tiles)

    def _view_changed(self, *_args) -> None:
        if self._layout is None:
            return
        for header in self._headers.values():  # their names follow the view's left edge
            header.update()
        self._fit_to_zoom()
        overview, live = self._wanted_scope()
        if overview == self._overview.shown and live == self._live:
            return
        self._stop_animation()
        self._set_live(live)
        self._lines.set_needed(None if live is None else set() if overview else live)
        self._overview.set_shown(overview)

    def scale(self) -> float:
        """Screen pixels per chart unit (0 before the view has a size)."""
        view = self._box.viewRect()
        return self._box.width() / view.width() if view.width() > 0 else 0.0

    def _fit_to_zoom(self) -> None:
        """Far out, organisation names get labels of a readable size and dotted-line reports fade away
        (long violet curves over a chart of dots said nothing but hid the solid lines)."""
        scale = self.scale()
        layout = self._layout
        small = {org for org, item in self._headers.items()
                 if 0 < scale and item.name_px * scale < HEADER_LABEL_BELOW_PX}
        shown = self._place_labels(layout, scale, small) if small and layout is not None else set()
        for org, label in self._labels.items():
            label.setVisible(org in shown)
            self._headers[org].set_labelled(org in shown)
        card_px = layout.options.card_width * scale if layout is not None else 0.0
        fade = (card_px - DOTTED_HIDDEN_CARD_PX) / (DOTTED_FULL_CARD_PX - DOTTED_HIDDEN_CARD_PX)
        self._lines.set_dotted_opacity(min(1.0, max(0.0, fade)))

    def _place_labels(self, layout: ChartLayout, scale: float, orgs: set[int]) -> set[int]:
        """Label these organisations' headers, the widest first, each up to the next header on its right; a label
        that would cover one placed before is left out. Returns the organisations labelled."""
        heads = sorted(((o, h) for o, h in layout.headers.items() if o in orgs),
                       key=lambda kv: (-kv[1].w, kv[1].y, kv[1].x))
        tall = HeaderLabel.HEIGHT / scale  # a label's height in chart units
        view_left = self._box.viewRect().left() + 8.0 / scale
        placed: list[QRectF] = []
        shown: set[int] = set()
        for org, h in heads:
            label = self._labels.get(org)
            if label is None:
                continue
            room = min((o.x - h.x for o in layout.headers.values() if o.x > h.x and abs(o.y - h.y) < tall),
                       default=float("inf")) * scale
            label.set_label(h.name, h.x, h.y, label_width(h.name, room - 6.0))
            wide = label.rect().width() / scale
            x = max(h.x, min(view_left, h.x + h.w - wide))  # on screen while the header is, like its own name
            label.setPos(x, h.y)
            rect = QRectF(x, h.y, wide, tall)
            if any(rect.intersects(p) for p in placed):
                continue
            placed.append(rect)
            shown.add(org)
        return shown

    def _set_live(self, live: set[Tile] | None) -> None:
        """Give items to the cards of these tiles (None: all) and take them from the others."""
        index = self._card_index
        old_live = self._live
        if live is None:
            fresh = index.where.keys() if old_live is None else index.keys_in(index.tiles() - old_live)
            gone: Iterable[CardKey] = ()
        elif old_live is None:
            fresh = index.keys_in(live)
            gone = [k for k in self._cards if index.where[k][0] not in live]
        else:
            fresh = index.keys_in(live - old_live)
            gone = index.keys_in(old_live - live)
        for key in gone:
            item = self._cards.pop(key, None)
            if item is not None:
                self._retire(item)
        cards = self._layout.cards
        for key in fresh:
            if key not in self._cards:
                self._acquire(key, cards[key])
        self._live = live

    def _sync_headers_and_groups(self, layout: ChartLayout) -> None:
        for org in [o for o in self._headers if o not in layout.headers]:
            for item in (self._headers.pop(org), self._labels.pop(org)):
                item.setParentItem(None)
                self._graphics.scene().removeItem(item)
        for org, h in layout.headers.items():
            item = self._headers.get(org)
            if item is None:
                item = self._headers[org] = HeaderItem()
                item.setParentItem(self._root)
                label = self._labels[org] = HeaderLabel()
                label.setParentItem(self._root)
                label.setVisible(False)
            item.set_header(h)
        self._fit_to_zoom()
        names = {h.org_id: h.name for h in layout.headers.values()}
        while len(self._groups) < len(layout.groups):
            item = GroupItem()
            item.setParentItem(self._root)
            self._groups.append(item)
        for item, g in zip(self._groups, layout.groups):
            item.setVisible(True)
            item.set_group(g, g.name if g.kind == "suborg" else names.get(g.org_id, g.name))
        for item in self._groups[len(layout.groups):]:
            item.setVisible(False)

    # -- animation: one QVariantAnimation drives every card near the view -----------------------
    def _tick(self, value) -> None:
        t = float(value)
        for item, a, b in self._moves.values():
            item.setPos(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)
        for item in self._fade_in:
            item.setOpacity(t)
        for item in self._fade_out:
            item.setOpacity(1.0 - t)
        if self._layout is not None and self._moves:
            rects = {}
            for key, (item, _, _) in self._moves.items():
                p, r = item.pos(), item.rect()
                rects[key] = (p.x(), p.y(), r.width(), r.height())
            self._lines.tick(rects)

    def _stop_animation(self) -> None:
        if self._anim.state() == QVariantAnimation.State.Running:
            self._anim.stop()
            self._finish_animation()

    def _finish_animation(self) -> None:
        for item, _, b in self._moves.values():
            item.setPos(b)
        for item in self._fade_in:
            item.setOpacity(1.0)
        for item in self._fade_out + self._leaving:
            item.setOpacity(1.0)
            self._retire(item)
        self._moves, self._fade_in, self._fade_out, self._leaving = {}, [], [], []
        self._lines.settle()
        if self._layout is not None:
            self._draw_chain()

    # -- looks that change without a step: flash, highlight --------------------------------------
    def _restyle(self, keys: Iterable[CardKey]) -> None:
        """Redraw these cards' looks: their items near the view, their overview tiles far out."""
        if self._layout is None:
            return
        cards, where = self._layout.cards, self._card_index.where
        tiles: set[Tile] = set()
        for key in keys:
            c = cards.get(key)
            if c is None:
                continue
            item = self._cards.get(key)
            if item is not None and item.look is not None:
                item.set_look(self._look(key, c))
            tiles.update(where.get(key, ()))
        self._overview.mark(self._layout, tiles)

    def _clear_flash(self) -> None:
        keys, self._flash = self._flash, set()
        self._restyle(keys)

    # -- navigation -----------------------------------------------------------------------------
    def fit(self) -> None:
        """The whole chart in view, under the legend rather than behind it."""
        if self._layout is None or not self._layout.cards:
            return
        self.zoomed_by_hand = False
        x0, y0, x1, y1 = self._layout.bounds
        rect = fit_rect(QRectF(x0, y0, x1 - x0, y1 - y0), self._box.width(), self._box.height(), self.legend_band())
        if rect is None:
            self._box.setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=FIT_PADDING)
            return
        px = self._box.width()
        if px / rect.width() > FIT_MAX_SCALE:  # a small chart at its own size, in the middle under the legend
            c = rect.center()
            w, h = px / FIT_MAX_SCALE, self._box.height() / FIT_MAX_SCALE
            rect = QRectF(c.x() - w / 2, c.y() - h / 2, w, h)
        self._box.setRange(rect, padding=0)

    def show_top_left(self, card_px: float) -> None:
        """Cards `card_px` wide on screen, the chart's top-left corner (its biggest organisation) under the legend."""
        if self._layout is None or not self._layout.cards or self._box.width() <= 1:
            return
        x0, y0, _x1, _y1 = self._layout.bounds
        scale = card_px / self._options.card_width  # pixels per chart unit
        margin = CORNER_MARGIN_PX / scale
        self.zoomed_by_hand = True
        self._box.setRange(QRectF(x0 - margin, y0 - margin - self.legend_band() / scale,
                                  self._box.width() / scale, self._box.height() / scale), padding=0)

    def legend_band(self) -> float:
        """How many pixels at the top of the view the legend covers (0 when it is hidden)."""
        if not self._legend.isVisible():
            return 0.0
        return self._legend.pos().y() + self._legend.rect().height() + LEGEND_MARGIN

    def reveal_below_legend(self, rect: QRectF) -> None:
        """Move the view down just enough that the top of `rect` (chart units) is not behind the legend."""
        view = self._box.viewRect()
        if view.height() <= 0 or self._box.height() <= 0:
            return
        scale = self._box.height() / view.height()
        hidden = self.legend_band() - (rect.top() - view.top()) * scale  # pixels of it under the legend
        if hidden > 0:
            self._box.setRange(view.translated(0, -hidden / scale), padding=0)

    def header_rect(self, org_id: int) -> QRectF | None:
        """An organisation's header in chart coordinates."""
        h = self._layout.headers.get(org_id) if self._layout is not None else None
        return QRectF(h.x, h.y, h.w, h.h) if h is not None else None

    def set_legend_visible(self, on: bool) -> None:
        self._legend.setVisible(bool(on))

    def legend_visible(self) -> bool:
        return self._legend.isVisible()

    def zoom(self, factor: float) -> None:
        """Zoom in (factor > 1) or out around the centre of the view."""
        if factor > 0:
            self.zoomed_by_hand = True
            self._box.scaleBy((1.0 / factor, 1.0 / factor))

    def center_on(self, person_id: int) -> None:
        """Centre the view on the person's card, zooming in if cards are too small to read."""
        rect = self.card_rect(person_id)
        if rect is None:
            return
        view = self._box.viewRect()
        o = self._options
        pixels = self.viewport().width()
        card_px = o.card_width * pixels / view.width() if view.width() else 0.0
        width = view.width() if card_px >= 0.98 * READABLE_CARD_PX else o.card_width * pixels / FOCUS_CARD_PX
        height = width * (view.height() / view.width()) if view.width() else width
        c = rect.center()
        self.zoomed_by_hand = True
        self._box.setRange(QRectF(c.x() - width / 2, c.y() - height / 2, width, height), padding=0)

    def card_rect(self, person_id: int) -> QRectF | None:
        """The person's (primary) card in chart coordinates, where it ends up after any animation."""
        if self._layout is None:
            return None
        card = self._layout.primary(person_id)
        return QRectF(card.x, card.y, card.w, card.h) if card else None

    def card_widget_pos(self, person_id: int) -> QPoint | None:
        """The centre of the person's card in the coordinates of `viewport()` (for tests and tours)."""
        rect = self.card_rect(person_id)
        if rect is None:
            return None
        self._box.updateMatrix()  # pyqtgraph applies a new range at the next paint
        scene_pt = self._root.mapToScene(rect.center())
        return self._graphics.mapFromScene(scene_pt)

    def viewport(self) -> QWidget:
        return self._graphics.viewport()

    def visible_rect(self) -> QRectF:
        return self._box.viewRect()

    # -- highlight, collapse --------------------------------------------------------------------
    def highlight_chain(self, person_ids: Iterable[int]) -> None:
        """Outline these people's cards and the lines between them (a reporting chain)."""
        before, self._chain = self._chain, set(person_ids)
        if self._layout is not None:
            by_person = self._layout.by_person
            self._restyle(key for pid in before ^ self._chain for key in by_person.get(pid, ()))
        self._draw_chain()

    def clear_highlight(self) -> None:
        self.highlight_chain(())

    def _draw_chain(self) -> None:
        path = QPainterPath()
        layout = self._layout
        if self._chain and layout is not None:
            chain, cards = self._chain, layout.cards
            keys = [key for pid in chain for key in layout.by_person.get(pid, ())
                    if (m := cards[key].manager) is not None and m[0] in chain]
            keys += [("dotted", c, p) for c, p, _ in layout.dotted if c[0] in chain and p[0] in chain]
            specs = [s for s in (line_spec(layout, k) for k in keys) if s is not None]
            o = layout.options
            for part in build_paths(specs, o.v_gap, o.column_gap).values():
                path.addPath(part)
        self._chain_item.setPath(path)

    def set_row_width(self, width: float) -> None:
        """Organisations wrap onto a new row past this width (takes effect from the next chart shown)."""
        if width != self._options.row_width:
            self._options = replace(self._options, row_width=float(width))

    def set_collapsed(self, person_ids: Iterable[int]) -> None:
        """Fold the reports of these people into their cards ("+N") and redraw."""
        collapsed = frozenset(person_ids)
        unchanged = collapsed == self._collapsed and (self._layout is None or self._layout.options.collapsed == collapsed)
        self._collapsed = collapsed
        if self._snapshot is not None and not unchanged:
            self.show(self._snapshot, animate=False)

    @property
    def collapsed(self) -> frozenset[int]:
        return self._collapsed

    def _draw_ghost_links(self) -> None:
        path = QPainterPath()
        if self._layout is not None:
            cards = self._layout.cards
            for g, real in self._ghost_links:
                a, b = cards[g], cards[real]
                path.moveTo(a.x + a.w / 2, a.y + a.h / 2)
                path.lineTo(b.x + b.w / 2, b.y + b.h / 2)
        self._ghost_item.setPath(path)

    # -- input from the cards -------------------------------------------------------------------
    def _person_of(self, item: CardItem) -> int | None:
        return None if item.key is None else self._person_of_key(item.key)

    def _person_of_key(self, key: CardKey) -> int | None:
        return None if self._marks.get(key) == "ghost" else key[0]

    def _card_clicked(self, item: CardItem, double: bool) -> None:
        self._card_was_clicked = True
        pid = self._person_of(item)
        if pid is not None and not double:  # double clicks: see eventFilter
            self.personClicked.emit(pid)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        # Double clicks are read here: pyqtgraph's scene only reports them for some event sequences.
        if (obj is self._graphics.viewport() and event.type() == QEvent.Type.MouseButtonDblClick
                and event.button() == Qt.MouseButton.LeftButton):
            pid = self.person_at(event.position().toPoint())
            if pid is not None:
                self.personDoubleClicked.emit(pid)
        return super().eventFilter(obj, event)

    def _card_hovered(self, item: CardItem) -> None:
        pid = self._person_of(item)
        if pid is None or self._layout is None:
            return
        card = self._layout.cards.get(item.key)
        if card is not None:
            item.setToolTip(GuiQt.convertFromPlainText(tooltip_text(card)))
        self.personHovered.emit(pid)

    def _scene_clicked(self, ev) -> None:
        was_card, self._card_was_clicked = self._card_was_clicked, False
        if not was_card and ev.button() == Qt.MouseButton.LeftButton:
            self.emptyClicked.emit()

    def _can_drag(self, item: CardItem) -> bool:
        return self._person_of(item) is not None and self._anim.state() != QVariantAnimation.State.Running

    def _card_dragged(self, item: CardItem, ev) -> None:
        if ev.isStart():
            self._drag = (item, item.pos())
            item.setZValue(50)
            item.setOpacity(0.75)
        if self._drag is None or self._drag[0] is not item:
            return
        start_pos = self._drag[1]
        delta = item.parentItem().mapFromScene(ev.scenePos()) - item.parentItem().mapFromScene(ev.buttonDownScenePos())
        item.setPos(start_pos + delta)
        if ev.isFinish():
            target = self._card_at(ev.scenePos(), exclude=item)
            item.setPos(start_pos)
            item.setZValue(10)
            item.setOpacity(1.0)
            self._drag = None
            dragged = self._person_of(item)
            if target is not None and dragged is not None and target != dragged:
                self.personDropped.emit(dragged, target)

    def _card_at(self, scene_pos: QPointF, exclude: CardItem | None = None) -> int | None:
        """The person whose card (by the layout) is under a scene point; ghosts and `exclude` do not count."""
        layout = self._layout
        if layout is None:
            return None
        p = self._root.mapFromScene(scene_pos)
        x, y = p.x(), p.y()
        o, cards = layout.options, layout.cards
        skip = exclude.key if exclude is not None else None
        members = self._card_index.members
        for tile in self._grid.over(x - o.card_width, y - o.card_height, x, y):
            for key in members.get(tile, ()):
                c = cards[key]
                if key != skip and c.x <= x <= c.x + c.w and c.y <= y <= c.y + c.h:
                    pid = self._person_of_key(key)
                    if pid is not None:
                        return pid
        return None

    def _overview_clicked(self, scene_pos: QPointF, double: bool) -> bool:
        pid = self._card_at(scene_pos)
        if pid is None:
            return False
        self._card_was_clicked = True
        if not double:
            self.personClicked.emit(pid)
        return True

    def person_at(self, widget_pos: QPoint) -> int | None:
        """The person whose card is under a point of `viewport()`, if any."""
        self._box.updateMatrix()
        return self._card_at(self._graphics.mapToScene(widget_pos))


def fit_rect(chart: QRectF, view_w: float, view_h: float, band: float) -> QRectF | None:
    """The view range (in chart units, the view's own aspect) that shows `chart` whole in the view's pixels
    below a band of `band` pixels at the top; None when the view has no size yet."""
    if view_w <= 1 or view_h <= band + 40 or chart.width() <= 0 or chart.height() <= 0:
        return None
    w = chart.width() * (1 + 2 * FIT_PADDING)
    h = chart.height() * (1 + 2 * FIT_PADDING)
    scale = min(view_w / w, (view_h - band) / h)  # pixels per chart unit
    width, height = view_w / scale, view_h / scale
    spare = (view_h - band) / scale - h  # chart units of height left over under the band
    top = chart.top() - chart.height() * FIT_PADDING - band / scale - spare / 2
    return QRectF(chart.center().x() - width / 2, top, width, height)


def tooltip_text(card) -> str:
    """What hovering a card says, as plain text."""
    p = card.placement
    lines = [p.person]
    if p.title:
        lines.append(p.title + ("" if p.title_certain else " (title uncertain at this date)"))
    lines.append(p.org)
    if p.activity is not Activity.ACTIVE:
        lines.append("possibly active at this date")
    if card.secondary:
        lines.append("second affiliation")
    if card.hidden:
        lines.append(f"{card.hidden} reports folded in")
    lines.append("Click to see the sources")
    return "\n".join(lines)



