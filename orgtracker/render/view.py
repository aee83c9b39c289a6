"""ChartView: the org chart widget on a pyqtgraph ViewBox; reuses items by key and animates steps."""

from __future__ import annotations

from collections.abc import Iterable

import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QEvent, QPoint, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QVBoxLayout, QWidget

from orgtracker.domain.intervals import Activity
from orgtracker.graph.compare import compare_snapshots
from orgtracker.graph.layout import CardKey, ChartLayout, LayoutOptions, layout_snapshot
from orgtracker.render import painting, style
from orgtracker.render.edges import edge_groups
from orgtracker.render.items import CardItem, GroupItem, HeaderItem, LegendItem, PathItem
from orgtracker.timeline.model import Snapshot

ANIMATION_MS = 300
FLASH_MS = 1500


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
        self._cards: dict[CardKey, CardItem] = {}
        self._pool: list[CardItem] = []
        self._headers: dict[int, HeaderItem] = {}
        self._groups: list[GroupItem] = []
        self._edge_items: dict[tuple, PathItem] = {}  # (style, tile) -> the lines of that style there
        self._edge_sigs: dict[tuple, bytes] = {}
        self._chain_item = self._path_item(style.highlight_pen(True), 4)
        self._ghost_item = self._path_item(style.ghost_pen(True), 2)
        self._layout: ChartLayout | None = None
        self._snapshot: Snapshot | None = None
        self._marks: dict[CardKey, str] = {}
        self._ghost_links: list[tuple[CardKey, CardKey]] = []
        self._chain: set[int] = set()
        self._flash: set[CardKey] = set()
        self.changed_keys: set[CardKey] = set()
        self._moves: dict[CardKey, tuple[QPointF, QPointF]] = {}
        self._fade_in: list[CardItem] = []
        self._fade_out: list[CardItem] = []
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
        self._marks = {}
        self._ghost_links = []
        self._ghost_item.setPath(QPainterPath())
        self._apply(snapshot, layout, animate)

    def compare(self, snapshot_a: Snapshot, snapshot_b: Snapshot, animate: bool = False) -> None:
        """Show b with the people added, removed and re-parented since a marked, and a ghost of where they were."""
        result = compare_snapshots(snapshot_a, snapshot_b)
        layout = layout_snapshot(result.snapshot, self.layout_options, previous=self._layout)
        self._apply(result.snapshot, layout, animate, marks=result.marks)
        self._marks = dict(result.marks)
        self._ghost_links = [(g, real) for g, real in result.ghost_links if g in layout.cards and real in layout.cards]
        self._draw_ghost_links()

    def _apply(self, snapshot: Snapshot, layout: ChartLayout, animate: bool, marks: dict | None = None) -> None:
        if self._anim.state() == QVariantAnimation.State.Running:
            self._anim.stop()
            self._finish_animation()
        marks = marks or {}
        old_layout = self._layout
        first = old_layout is None
        animate = animate and not first and self.isVisible()
        self._layout, self._snapshot = layout, snapshot
        cards = layout.cards
        changed: set[CardKey] = set()
        self._moves = {}
        self._fade_in, self._fade_out = [], []
        for key in [k for k in self._cards if k not in cards]:
            item = self._cards.pop(key)
            if animate:
                self._fade_out.append(item)
            else:
                self._retire(item)
        chain = self._chain
        old_cards = old_layout.cards if old_layout is not None else {}
        flash = self._flash
        for key, card in cards.items():
            item = self._cards.get(key)
            old = old_cards.get(key)
            if (item is not None and old is not None and old.placement is card.placement
                    and old.secondary == card.secondary and old.hidden == card.hidden and not marks
                    and not self._marks and item.look is not None):
                # the same facts as before: only its place may have changed
                pos = item.pos()
                if pos.x() != card.x or pos.y() != card.y:
                    if animate:
                        self._moves[key] = (pos, QPointF(card.x, card.y))
                    else:
                        item.setPos(card.x, card.y)
                if (old.manager and old.manager[0]) != (card.manager and card.manager[0]):
                    changed.add(key)
                continue
            look = painting.card_look(card, marks.get(key), key[0] in chain, key in flash)
            if item is None:
                item = self._pool.pop() if self._pool else CardItem(self, card.w, card.h)
                item.key = key
                item.setRect(0, 0, card.w, card.h)
                item.setPos(card.x, card.y)
                item.setOpacity(0.0 if animate else 1.0)
                item.setVisible(True)
                if item.parentItem() is None:
                    item.setParentItem(self._root)
                self._cards[key] = item
                if animate:
                    self._fade_in.append(item)
                if not first:
                    changed.add(key)
                item.look = None
                item.set_look(look)
                continue
            pos = item.pos()
            if pos.x() != card.x or pos.y() != card.y:
                if animate:
                    self._moves[key] = (pos, QPointF(card.x, card.y))
                else:
                    item.setPos(card.x, card.y)
            before = item.look
            if before is not None and (before.title, before.possible, before.hidden) != (look.title, look.possible, look.hidden):
                changed.add(key)
            if old is not None and (old.manager and old.manager[0]) != (card.manager and card.manager[0]):
                changed.add(key)
            item.set_look(look)
        self._sync_headers_and_groups(layout)
        self.changed_keys = changed
        if changed:
            self._flash_cards(changed)
        if animate and (self._moves or self._fade_in or self._fade_out):
            self._update_edges(self._current_rects())
            self._anim.start()
        else:
            self._update_edges()
        self._draw_chain()
        if first:
            self.fit()

    def _retire(self, item: CardItem) -> None:
        item.setVisible(False)
        item.key = None
        self._pool.append(item)

    def _sync_headers_and_groups(self, layout: ChartLayout) -> None:
        for org in [o for o in self._headers if o not in layout.headers]:
            item = self._headers.pop(org)
            item.setParentItem(None)
            self._graphics.scene().removeItem(item)
        for org, h in layout.headers.items():
            item = self._headers.get(org)
            if item is None:
                item = self._headers[org] = HeaderItem()
                item.setParentItem(self._root)
            item.set_header(h)
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

    def _update_edges(self, rects: dict | None = None) -> None:
        """Redraw only the groups of lines (style × tile) whose geometry changed."""
        groups = edge_groups(self._layout, rects) if self._layout is not None else {}
        for key, (sig, _, build) in groups.items():
            if self._edge_sigs.get(key) == sig:
                continue
            item = self._edge_items.get(key)
            if item is None:
                item = self._edge_items[key] = self._path_item(style.edge_pen(key[0], True), 3)
            item.setPath(build())
            self._edge_sigs[key] = sig
        empty = QPainterPath()
        for key in [k for k in self._edge_sigs if k not in groups]:
            self._edge_items[key].setPath(empty)
            del self._edge_sigs[key]

    def _current_rects(self) -> dict:
        out = {}
        cards = self._layout.cards
        for key in self._moves:
            p = self._cards[key].pos()
            c = cards[key]
            out[key] = (p.x(), p.y(), c.w, c.h)
        return out

    # -- animation: one QVariantAnimation drives every card -------------------------------------
    def _tick(self, value) -> None:
        t = float(value)
        for key, (a, b) in self._moves.items():
            item = self._cards.get(key)
            if item is not None:
                item.setPos(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)
        for item in self._fade_in:
            item.setOpacity(t)
        for item in self._fade_out:
            item.setOpacity(1.0 - t)
        if self._layout is not None and self._moves:
            self._update_edges(self._current_rects())

    def _finish_animation(self) -> None:
        for key, (_, b) in self._moves.items():
            item = self._cards.get(key)
            if item is not None:
                item.setPos(b)
        for item in self._fade_in:
            item.setOpacity(1.0)
        for item in self._fade_out:
            item.setOpacity(1.0)
            self._retire(item)
        self._moves, self._fade_in, self._fade_out = {}, [], []
        if self._layout is not None:
            self._update_edges()
            self._draw_chain()

    def _flash_cards(self, keys: set[CardKey]) -> None:
        self._flash = set(keys)
        for key in keys:
            item = self._cards.get(key)
            if item is not None and item.look is not None:
                item.set_look(_with(item.look, flash=True))
        self._flash_timer.start(FLASH_MS)

    def _clear_flash(self) -> None:
        for key in self._flash:
            item = self._cards.get(key)
            if item is not None and item.look is not None:
                item.set_look(_with(item.look, flash=False))
        self._flash = set()

    # -- navigation -----------------------------------------------------------------------------
    def fit(self) -> None:
        if self._layout is None or not self._layout.cards:
            return
        x0, y0, x1, y1 = self._layout.bounds
        self._box.setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=0.03)

    def zoom(self, factor: float) -> None:
        """Zoom in (factor > 1) or out around the centre of the view."""
        if factor > 0:
            self._box.scaleBy((1.0 / factor, 1.0 / factor))

    def center_on(self, person_id: int) -> None:
        """Centre the view on the person's card, zooming in if the card would be too small to read."""
        rect = self.card_rect(person_id)
        if rect is None:
            return
        view = self._box.viewRect()
        o = self._options
        width = view.width() if view.width() <= 10 * o.card_width else 6 * o.card_width
        height = width * (view.height() / view.width()) if view.width() else width
        c = rect.center()
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
        scene_pt = self._root.mapToScene(rect.center())
        return self._graphics.mapFromScene(scene_pt)

    def viewport(self) -> QWidget:
        return self._graphics.viewport()

    def visible_rect(self) -> QRectF:
        return self._box.viewRect()

    # -- highlight, collapse --------------------------------------------------------------------
    def highlight_chain(self, person_ids: Iterable[int]) -> None:
        """Outline these people's cards and the lines between them (a reporting chain)."""
        self._chain = set(person_ids)
        for key, item in self._cards.items():
            if item.look is not None:
                item.set_look(_with(item.look, highlighted=key[0] in self._chain))
        self._draw_chain()

    def clear_highlight(self) -> None:
        self.highlight_chain(())

    def _draw_chain(self) -> None:
        path = QPainterPath()
        if self._chain and self._layout is not None:
            for r in self._layout.edges:
                if r.child[0] in self._chain and r.parent[0] in self._chain:
                    painting.add_route(path, r)
        self._chain_item.setPath(path)

    def set_collapsed(self, person_ids: Iterable[int]) -> None:
        """Fold the reports of these people into their cards ("+N") and redraw."""
        self._collapsed = frozenset(person_ids)
        if self._snapshot is not None:
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
        if item.key is None or self._marks.get(item.key) == "ghost":
            return None
        return item.key[0]

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
        for it in self._graphics.scene().items(scene_pos):
            if isinstance(it, CardItem) and it is not exclude and it.isVisible():
                pid = self._person_of(it)
                if pid is not None:
                    return pid
        return None

    def person_at(self, widget_pos: QPoint) -> int | None:
        """The person whose card is under a point of `viewport()`, if any."""
        return self._card_at(self._graphics.mapToScene(widget_pos))


def tooltip_text(card) -> str:
    """What hovering a card says, as plain text."""
    p = card.placement
    lines = [p.person]
    if p.title:
        lines.append(p.title + ("" if p.title_certain else " (uncertain)"))
    lines.append(p.org)
    if p.activity is not Activity.ACTIVE:
        lines.append("possibly active at this date")
    if card.secondary:
        lines.append("second affiliation")
    if card.hidden:
        lines.append(f"{card.hidden} reports folded in")
    return "\n".join(lines)


def _with(look: painting.CardLook, **changes) -> painting.CardLook:
    from dataclasses import replace

    return replace(look, **changes)

