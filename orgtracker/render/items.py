"""Scene items of the chart: C++ rectangle/path items that override paint only, with a device cache.

A Python boundingRect would be called for every item on every frame; these
items keep Qt's own and only paint in Python, and only when their look or the
zoom changes (DeviceCoordinateCache).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from orgtracker.render import painting, style

_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class CardItem(QGraphicsRectItem):
    """One card. The chart view receives its clicks, drags and hovers."""

    def __init__(self, view, w: float, h: float) -> None:
        super().__init__(0.0, 0.0, w, h)
        self._view = weakref.ref(view)
        self.key: tuple[int, int] | None = None
        self.look: painting.CardLook | None = None
        self.setCacheMode(_CACHE)
        self.setAcceptHoverEvents(False)  # pyqtgraph's scene sends hoverEvent itself
        self.setZValue(10)

    def set_look(self, look: painting.CardLook) -> None:
        if look != self.look:
            self.look = look
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: ARG002
        look = self.look
        if look is None:
            return
        r = self.rect()
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod * r.height() > 20)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painting.paint_card(painter, r.width(), r.height(), look, detail=lod * style.TITLE_PX >= style.TEXT_MIN_PX)

    # pyqtgraph GraphicsScene events ------------------------------------------------------------
    def hoverEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph's name
        view = self._view()
        if view is None or ev.isExit():
            return
        ev.acceptClicks(Qt.MouseButton.LeftButton)
        ev.acceptDrags(Qt.MouseButton.LeftButton)
        if ev.isEnter():
            view._card_hovered(self)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802
        view = self._view()
        if view is None or ev.button() != Qt.MouseButton.LeftButton:
            return
        ev.accept()
        view._card_clicked(self, ev.double())

    def mouseDragEvent(self, ev) -> None:  # noqa: N802
        view = self._view()
        if view is None or ev.button() != Qt.MouseButton.LeftButton or not view._can_drag(self):
            ev.ignore()
            return
        ev.accept()
        view._card_dragged(self, ev)


class PathItem(QGraphicsPathItem):
    """All the lines of one style in one item."""

    def __init__(self, pen, z: float) -> None:
        super().__init__()
        self.setPen(pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(z)


class HeaderItem(QGraphicsRectItem):
    """An organisation's header. Not cached: its name follows the view's left edge when the header is wider
    than the view (a big organisation's header showed no name at reading zoom), so it is repainted on pans."""

    def __init__(self) -> None:
        super().__init__()
        self.data_: tuple = ()
        self._size = (0.0, 0.0)
        self.name_px = painting.HEADER_MIN_PX  # the name's size in chart units
        self.labelled = False  # a HeaderLabel shows the name: the header shows no words under it
        self.setZValue(5)

    def set_header(self, h) -> None:
        data = (h.name, h.people, h.short)
        self.setRect(QRectF(0, 0, h.w, h.h))
        self.setPos(h.x, h.y)
        if data != self.data_ or (h.w, h.h) != self._size:
            self.data_, self._size = data, (h.w, h.h)
            self.name_px = painting.header_fonts(h.name, h.w, h.h, h.people)[0]
            self.update()
        named = f"{h.name} ({h.short})" if h.short else h.name
        tip = f"{named}: {h.people} {'person' if h.people == 1 else 'people'}"
        if h.cards > h.people:  # someone holds a title in a sub-organisation as well
            tip += f" on {h.cards} cards"
        self.setToolTip(tip)

    def name_shift(self, painter: QPainter, widget) -> float:
        """How far the view's left edge is inside the header (0 when its left end is on screen)."""
        if widget is None:
            return 0.0
        inverse, ok = painter.worldTransform().inverted()
        if not ok:
            return 0.0
        return max(0.0, inverse.mapRect(QRectF(widget.rect())).left() + 8.0 - self.rect().left())

    def set_labelled(self, on: bool) -> None:
        if on != self.labelled:
            self.labelled = on
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        r = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painting.paint_header(painter, r.width(), r.height(), *self.data_, shift=self.name_shift(painter, widget),
                              words=not self.labelled)


class HeaderLabel(QGraphicsRectItem):
    """An organisation's name at a fixed size on screen, on its header, for when the chart is zoomed so far
    out that the header is a thin stripe (its own name too small to read). It ignores the view's scale."""

    PX = 13  # the name's pixel size on screen
    HEIGHT = PX * 1.7

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(40)  # over the overview's cards and lines
        self.name = ""
        self.max_w = 0.0

    def set_label(self, name: str, x: float, y: float, max_w: float) -> None:
        """The name at chart point (x, y), at most `max_w` screen pixels wide (elided beyond)."""
        self.setPos(x, y)
        w = min(painting.header_label_width(name, self.PX), max_w)
        if (name, w) != (self.name, self.max_w) or self.rect().width() != w:
            self.name, self.max_w = name, w
            self.setRect(QRectF(0, 0, w, self.HEIGHT))
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painting.paint_header_label(painter, self.rect().width(), self.rect().height(), self.name, self.PX)


LABEL_LEAST_CHARS = 6  # a far-out label cut shorter than this says nothing ("B…")
LABEL_MAX_PX = 600.0


def label_width(name: str, room: float) -> float:
    """A far-out label's width in screen pixels: up to the next header on its right (`room`), or the whole name
    when that room would cut it to a few letters; a label that then covers another is left out, and hovering
    its header names it."""
    full = min(painting.header_label_width(name, HeaderLabel.PX), LABEL_MAX_PX)
    least = painting.header_label_width(name[:LABEL_LEAST_CHARS] + "…", HeaderLabel.PX)
    if room >= min(full, least):
        return max(40.0, min(room, LABEL_MAX_PX))
    return full


SUBORG_Z = 0.5


class GroupItem(QGraphicsRectItem):
    def __init__(self) -> None:
        super().__init__()
        self.data_: tuple = ()
        self.setCacheMode(_CACHE)
        self.setZValue(1)

    def set_group(self, g, org_name: str) -> None:
        data = (g.name, g.kind, org_name, g.short)
        self.setZValue(SUBORG_Z if g.kind == "suborg" else 1)  # a sub-organisation's box under the groups inside it
        self.setRect(QRectF(0, 0, g.w, g.h))
        self.setPos(g.x, g.y)
        if data != self.data_:
            self.data_ = data
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        r = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painting.paint_group(painter, r.width(), r.height(), *self.data_)


class LegendItem(QGraphicsRectItem):
    """The legend, fixed in the corner of the view (a child of the ViewBox, not of its contents)."""

    COLUMNS = 3  # two short rows: line styles, then card marks

    def __init__(self) -> None:
        super().__init__()
        size = painting.legend_size(columns=self.COLUMNS)
        self.setRect(QRectF(0, 0, size.width(), size.height()))
        self.setZValue(1000)

    FADED = 0.12  # its opacity while the pointer is over it

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ARG002
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painting.paint_legend(painter, cosmetic=True, columns=self.COLUMNS)

    def hoverEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph's scene sends it
        """Under the pointer the legend fades: on a panned chart it floats over cards, which then read (and
        take clicks, which it never accepts) through it."""
        self.setOpacity(1.0 if ev.isExit() else self.FADED)
