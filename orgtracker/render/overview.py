"""Far out: every card of a tile, and the lines up to their managers, as one cached item per tile.

Used when cards are a few pixels wide: a few batched rectangles and paths per
tile instead of thousands of card items; a step redraws only the tiles whose
cards changed, the others are blitted from their device caches.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from orgtracker.graph.layout import CardBox, CardKey, ChartLayout
from orgtracker.graph.routing import EdgeStyle
from orgtracker.render import painting, style
from orgtracker.render.edges import build_paths, line_spec
from orgtracker.render.tiles import Tile, TileGrid, TileIndex

Z = 10
SPAN = 2  # an overview item covers SPAN × SPAN tiles of the card index: fewer, larger batches


class OverviewItem(QGraphicsRectItem):
    """The cards of one tile as batched rectangles, over the lines to their managers."""

    def __init__(self, view) -> None:
        super().__init__()
        self._view = weakref.ref(view)
        self.lines: list[tuple[QPen, QPainterPath]] = []
        self.batches: list[painting.Batch] = []
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.setZValue(Z)

    def set_content(self, rect: QRectF, lines: list[tuple[QPen, QPainterPath]], batches: list[painting.Batch]) -> None:
        if rect != self.rect():
            self.setRect(rect)
        self.lines, self.batches = lines, batches
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, path in self.lines:
            painter.setPen(pen)
            painter.drawPath(path)
        painting.paint_overview(painter, self.batches)

    # pyqtgraph GraphicsScene events: a click on a card here is a click on that person
    def hoverEvent(self, ev) -> None:  # noqa: N802
        if not ev.isExit():
            ev.acceptClicks(Qt.MouseButton.LeftButton)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802
        view = self._view()
        if view is None or ev.button() != Qt.MouseButton.LeftButton:
            return
        if view._overview_clicked(ev.scenePos(), ev.double()):
            ev.accept()


class OverviewLayer:
    """The overview items of every tile; tiles that change while it is hidden are redrawn when it shows."""

    def __init__(self, view, parent: QGraphicsItem, cards: TileIndex,
                 look: Callable[[CardKey, CardBox], painting.CardLook]) -> None:
        self._view = view
        self._parent = parent
        self._cards = cards  # the view's index: card -> the tile of its top-left corner
        self._look = look
        self._layout: ChartLayout | None = None
        self.grid = TileGrid(1.0, 1.0)
        self.shown = False
        self._items: dict[Tile, OverviewItem] = {}  # by block of SPAN × SPAN tiles
        self._stale: set[Tile] = set()
        self._pens = {st: style.edge_pen(st, True) for st in EdgeStyle}

    def reset(self, grid: TileGrid) -> None:
        for item in self._items.values():
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items.clear()
        self._stale.clear()
        self.grid = grid
        self.shown = False

    def mark(self, layout: ChartLayout, tiles: Iterable[Tile]) -> None:
        """These tiles changed: redraw them now if shown, else when shown."""
        self._layout = layout
        blocks = {(c // SPAN, r // SPAN) for c, r in tiles}
        if not self.shown:
            self._stale.update(blocks)
            return
        for b in blocks:
            self._draw(b)

    def set_shown(self, shown: bool) -> None:
        if shown == self.shown:
            return
        self.shown = shown
        if shown and self._layout is not None:
            for t in list(self._stale):
                self._draw(t)
        for item in self._items.values():
            item.setVisible(shown)

    def _draw(self, block: Tile) -> None:
        self._stale.discard(block)
        bc, br = block
        members = self._cards.members
        keys = [k for c in range(bc * SPAN, bc * SPAN + SPAN) for r in range(br * SPAN, br * SPAN + SPAN)
                for k in members.get((c, r), ())]
        item = self._items.get(block)
        if not keys:
            if item is not None:
                item.set_content(item.rect(), [], [])
            return
        layout = self._layout
        cards, look, o = layout.cards, self._look, layout.options
        entries, specs = [], []
        for key in keys:
            c = cards[key]
            entries.append((c.x, c.y, c.w, c.h, look(key, c)))
            if c.manager is not None:
                spec = line_spec(layout, key)
                if spec is not None:
                    specs.append(spec)
        x, y, w, h = self.grid.rect((bc * SPAN, br * SPAN))
        rect = QRectF(x, y, w * SPAN + o.card_width, h * SPAN + o.card_height)
        lines = []
        for st, path in build_paths(specs, o.v_gap, o.column_gap).items():
            rect = rect.united(path.controlPointRect())
            lines.append((self._pens[st], path))
        if item is None:
            item = self._items[block] = OverviewItem(self._view)
            item.setParentItem(self._parent)
            item.setVisible(self.shown)
        item.set_content(rect, lines, painting.overview_batches(entries))

    def item_count(self) -> int:
        return len(self._items)
