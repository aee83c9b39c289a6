"""The one renderer: QPainter code for cards, edges, org headers, group boxes and the legend.

The window's scene items and the PNG/SVG export both call these functions, so
what is exported is what is shown. Every string from a document is drawn with
drawText as plain text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from orgtracker.domain.intervals import Activity
from orgtracker.graph.layout import CardBox, ChartLayout, EdgeRoute, GroupBox, OrgHeader
from orgtracker.graph.routing import EdgeStyle
from orgtracker.render import style

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
_CENTRE = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine


@dataclass(frozen=True, slots=True)
class CardLook:
    """Everything a card's picture depends on: a card is repainted only when this changes."""

    name: str
    title: str | None
    org: str
    title_certain: bool = True
    possible: bool = False
    secondary: bool = False
    hidden: int = 0
    mark: str | None = None  # compare mode: "added" | "removed" | "moved" | "ghost"
    highlighted: bool = False
    flash: bool = False


def card_look(card: CardBox, mark: str | None = None, highlighted: bool = False, flash: bool = False) -> CardLook:
    p = card.placement
    return CardLook(p.person, p.title, p.org, p.title_certain, p.activity is not Activity.ACTIVE,
                    card.secondary, card.hidden, mark, highlighted, flash)


def _fit(name: str, short: str, px: int, width: float) -> str:
    """A bold name as it fits in `width`: whole, else its short form ("FAIR") if it has one, else elided."""
    metrics = QFontMetricsF(style.font(px, bold=True))
    if not short or metrics.horizontalAdvance(name) <= width:
        return _elide(name, px, True, False, width)
    return _elide(short, px, True, False, width)


def _elide(text: str, px: int, bold: bool, italic: bool, width: float) -> str:
    metrics = QFontMetricsF(style.font(px, bold, italic))
    return metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, max(0.0, width))


def card_frame(look: CardLook) -> tuple[QPen, QColor, float]:
    """The card's border pen, its fill and its opacity (compare marks, highlight, flash, uncertainty).

    Shared objects: do not modify them.
    """
    return _frame(look.flash, look.mark, look.highlighted, look.possible)


@lru_cache(maxsize=64)
def _frame(flash: bool, mark: str | None, highlighted: bool, possible: bool) -> tuple[QPen, QColor, float]:
    border = QColor(style.CARD_BORDER)
    border_width = 1.0
    fill = style.FLASH if flash else style.CARD_FILL
    if mark == "added":
        border, border_width = style.ADDED, 2.5
    elif mark == "removed":
        border, border_width = style.REMOVED, 2.5
    elif mark == "moved":
        border, border_width = style.MOVED, 2.5
    if highlighted:
        border, border_width = style.HIGHLIGHT, 3.0
    pen = QPen(border, border_width)
    if possible or mark == "ghost":
        pen.setStyle(Qt.PenStyle.DashLine)
    opacity = 0.4 if mark == "ghost" else 0.7 if mark == "removed" else 1.0
    return pen, fill, opacity


NAME_MIN_PX = 11  # a long name shrinks to this size on its card before it is cut short


def name_px(name: str, room: float) -> int:
    """The largest size, from the card's own down to NAME_MIN_PX, at which a bold name fits `room` pixels."""
    for px in range(style.NAME_PX, NAME_MIN_PX, -1):
        if QFontMetricsF(style.font(px, bold=True)).horizontalAdvance(name) <= room:
            return px
    return NAME_MIN_PX


def paint_card(painter: QPainter, w: float, h: float, look: CardLook, detail: bool = True) -> None:
    """Draw a card in local coordinates (0, 0, w, h). Without `detail`: shapes only, no text."""
    stripe = style.org_colour(look.org)
    pen, fill, opacity = card_frame(look)
    border_width = pen.widthF()
    rect = QRectF(border_width / 2, border_width / 2, w - border_width, h - border_width)
    painter.save()
    if opacity != 1.0:
        painter.setOpacity(painter.opacity() * opacity)
    painter.setPen(pen)
    painter.setBrush(QBrush(fill))
    painter.drawRoundedRect(rect, 5, 5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(stripe))
    painter.drawRect(QRectF(rect.left(), rect.top() + 4, 5, rect.height() - 8))
    if detail:
        left = 14.0
        right_room = badge_width("2nd") + 10.0 if look.secondary else 8.0
        painter.setPen(style.INK)
        px = name_px(look.name, w - left - right_room)
        painter.setFont(style.font(px, bold=True))
        painter.drawText(QRectF(left, 7, w - left - right_room, 20), _LEFT,
                         _elide(look.name, px, True, False, w - left - right_room))
        if look.title:
            italic = not look.title_certain
            painter.setPen(style.MUTED)
            painter.setFont(style.font(style.TITLE_PX, italic=italic))
            room = w - left - (40.0 if look.hidden else 8.0)
            painter.drawText(QRectF(left, 30, room, 18), _LEFT,
                             _elide(look.title, style.TITLE_PX, False, italic, room))
        if look.secondary:
            bw = badge_width("2nd")
            _badge(painter, QRectF(w - bw - 6, 6, bw, 14), "2nd", style.MUTED)
        if look.hidden:
            text = f"+{look.hidden}"
            bw = badge_width(text)
            _badge(painter, QRectF(w - bw - 6, h - 20, bw, 14), text, stripe)
    elif look.hidden:
        painter.setBrush(QBrush(stripe))
        painter.drawRect(QRectF(w - 18, h - 14, 12, 8))
    painter.restore()


# -- the overview: every card of a region as a few batched rectangles ---------------------------
Batch = tuple[QPen, QBrush, float, list[QRectF]]  # pen (or NoPen), brush, opacity, rectangles
_NO_PEN = QPen(Qt.PenStyle.NoPen)


def overview_batches(cards: Iterable[tuple[float, float, float, float, CardLook]]) -> list[Batch]:
    """Cards (x, y, w, h, look) grouped by how they are drawn, as the shapes-only card draws them."""
    frames: dict[tuple, tuple] = {}
    stripes: dict[tuple, Batch] = {}
    for x, y, w, h, look in cards:
        fkey = (look.flash, look.mark, look.highlighted, look.possible)
        frame = frames.get(fkey)
        if frame is None:
            pen, fill, opacity = card_frame(look)
            frame = frames[fkey] = (pen, QBrush(fill), opacity, [], pen.widthF() / 2)
        half = frame[4]
        frame[3].append(QRectF(x + half, y + half, w - 2 * half, h - 2 * half))
        skey = (look.org, frame[2])
        sb = stripes.get(skey)
        if sb is None:
            sb = stripes[skey] = (_NO_PEN, QBrush(style.org_colour(look.org)), frame[2], [])
        sb[3].append(QRectF(x + half, y + half + 4, 5, h - 2 * half - 8))
        if look.hidden:
            sb[3].append(QRectF(x + w - 18, y + h - 14, 12, 8))
    return [f[:4] for f in frames.values()] + list(stripes.values())


def paint_overview(painter: QPainter, batches: list[Batch]) -> None:
    painter.save()
    base = painter.opacity()
    for pen, brush, opacity, rects in batches:
        painter.setOpacity(base * opacity)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRects(rects)
    painter.restore()

@lru_cache(maxsize=64)
def badge_width(text: str) -> float:
    """A badge's width: its text and 5 px either side, clear of the rounded ends (a fixed 24 px let "2nd" spill)."""
    return QFontMetricsF(style.font(style.BADGE_PX, bold=True)).horizontalAdvance(text) + 10


def _badge(painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawRoundedRect(rect, 7, 7)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.font(style.BADGE_PX, bold=True))
    painter.drawText(rect, _CENTRE, text)


def header_fonts(name: str, w: float, h: float, people: int) -> tuple[int, bool]:
    """The name's pixel size in a header and whether the people count goes under the name, not beside it:
    beside when both fit; else under (when the header is tall enough); the name shrinks before it is elided."""
    count_w = QFontMetricsF(style.font(style.TITLE_PX)).horizontalAdvance(_count(people)) + 16
    under = h >= style.HEADER_PX + style.TITLE_PX + 14
    room = w - 28 if under else w - 28 - count_w
    if QFontMetricsF(style.font(style.HEADER_PX, bold=True)).horizontalAdvance(name) <= w - 28 - count_w:
        return style.HEADER_PX, False
    for px in range(style.HEADER_PX, HEADER_MIN_PX - 1, -1):
        if QFontMetricsF(style.font(px, bold=True)).horizontalAdvance(name) <= room:
            return px, under
    return HEADER_MIN_PX, under


HEADER_MIN_PX = 15


def _count(people: int) -> str:
    return f"{people} {'person' if people == 1 else 'people'}"


def paint_header(painter: QPainter, w: float, h: float, name: str, people: int, short: str = "",
                 shift: float = 0.0, words: bool = True) -> None:
    """An organisation's header; `shift` moves the name right (up to the header's end), to keep it on screen
    when the header's left end is scrolled out of the view; no words when a label shows the name instead."""
    colour = style.org_colour(name)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawRoundedRect(QRectF(0, 0, w, h), 6, 6)
    if not words:
        painter.restore()
        return
    painter.setPen(QColor("#ffffff"))
    count = _count(people)
    count_w = QFontMetricsF(style.font(style.TITLE_PX)).horizontalAdvance(count) + 16
    px, under = header_fonts(name, w, h, people)
    room = w - 28 if under else w - 28 - count_w
    name_w = QFontMetricsF(style.font(px, bold=True)).horizontalAdvance(name)
    shift = max(0.0, min(shift, room - name_w))
    painter.setFont(style.font(px, bold=True))
    if under:
        name_h = px * 1.35
        top = (h - name_h - style.TITLE_PX * 1.3) / 2
        painter.drawText(QRectF(14 + shift, top, room - shift, name_h), _LEFT, _fit(name, short, px, room - shift))
        painter.setFont(style.font(style.TITLE_PX))
        painter.drawText(QRectF(14 + shift, top + name_h, room - shift, style.TITLE_PX * 1.3), _LEFT, count)
    else:
        painter.drawText(QRectF(14 + shift, 0, room - shift, h), _LEFT, _fit(name, short, px, room - shift))
        painter.setFont(style.font(style.TITLE_PX))
        painter.drawText(QRectF(w - count_w - 10, 0, count_w, h), _RIGHT, count)
    painter.restore()


def header_label_width(name: str, px: int) -> float:
    return QFontMetricsF(style.font(px, bold=True)).horizontalAdvance(name) + 16


def paint_header_label(painter: QPainter, w: float, h: float, name: str, px: int) -> None:
    """An organisation's name in white on its colour, for a header too thin on screen to hold it."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(style.org_colour(name)))
    painter.drawRoundedRect(QRectF(0, 0, w, h), 4, 4)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.font(px, bold=True))
    painter.drawText(QRectF(8, 0, w - 16, h), _LEFT, _elide(name, px, True, False, w - 16))
    painter.restore()


def paint_group(painter: QPainter, w: float, h: float, name: str, kind: str, org_name: str, short: str = "") -> None:
    """A sub-organisation (tinted, solid border) or the unplaced people of an org (dashed, no fill)."""
    painter.save()
    colour = style.org_colour(org_name)
    pen = QPen(colour if kind == "suborg" else style.CARD_BORDER, 1.2)
    if kind == "unplaced":
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(QBrush(style.tint(colour, 0.9)))
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF(0.6, 0.6, w - 1.2, h - 1.2), 8, 8)
    painter.setPen(colour if kind == "suborg" else style.MUTED)
    painter.setFont(style.font(style.GROUP_PX, bold=True))
    label = name if kind == "suborg" else "No known manager"
    top = h - 21 if kind == "suborg" else 3
    painter.drawText(QRectF(10, top, w - 20, 18), _LEFT, _fit(label, short, style.GROUP_PX, w - 20))
    painter.restore()


def edge_paths(routes: Iterable[EdgeRoute]) -> dict[EdgeStyle, QPainterPath]:
    """One path per line style: all the lines of a style are drawn by one item (or one call)."""
    paths: dict[EdgeStyle, QPainterPath] = {}
    for r in routes:
        path = paths.get(r.style)
        if path is None:
            path = paths[r.style] = QPainterPath()
        add_route(path, r)
    return paths


def add_route(path: QPainterPath, r: EdgeRoute) -> None:
    pts = r.points
    path.moveTo(pts[0][0], pts[0][1])
    if r.curve:
        path.cubicTo(pts[1][0], pts[1][1], pts[2][0], pts[2][1], pts[3][0], pts[3][1])
    else:
        for x, y in pts[1:]:
            path.lineTo(x, y)


# -- the legend ---------------------------------------------------------------------------------
_LEGEND_LINES = [
    (EdgeStyle.SOLID, "reports to"),
    (EdgeStyle.POSSIBLE, "possibly active (dates uncertain)"),
    (EdgeStyle.DOTTED, "dotted-line report"),
]
_LEGEND_MARKS = [
    ("italic", "title uncertain at this date"),
    ("2nd", "second affiliation"),
    ("+N", "reports folded in"),
]


def _legend_grid(horizontal: bool, columns: int | None) -> tuple[int, list[float]]:
    """How many columns the legend has and how wide each is (an entry is a sample, then its words)."""
    entries = _LEGEND_LINES + _LEGEND_MARKS
    cols = len(entries) if horizontal else max(1, min(columns or 1, len(entries)))
    metrics = QFontMetricsF(style.font(style.TITLE_PX))
    widths = [0.0] * cols
    for i, (_, text) in enumerate(entries):
        widths[i % cols] = max(widths[i % cols], metrics.horizontalAdvance(text) + 52)
    return cols, widths


def legend_size(horizontal: bool = False, columns: int | None = None) -> QSizeF:
    """The legend's size: one row (horizontal), one column, or a grid of `columns` columns."""
    cols, widths = _legend_grid(horizontal, columns)
    rows = -(-len(_LEGEND_LINES + _LEGEND_MARKS) // cols)
    return QSizeF(sum(widths) + _LEGEND_GAP * (cols - 1) + 20, 22 * rows + 12)


_LEGEND_GAP = 16.0


def paint_legend(painter: QPainter, horizontal: bool = False, cosmetic: bool = False, columns: int | None = None) -> QSizeF:
    """The legend in local coordinates from (0, 0), filled row by row; returns its size."""
    size = legend_size(horizontal, columns)
    cols, widths = _legend_grid(horizontal, columns)
    painter.save()
    painter.setPen(QPen(style.CARD_BORDER, 1.0))
    painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6)
    metrics = QFontMetricsF(style.font(style.TITLE_PX))
    for i, (sample, text) in enumerate(_LEGEND_LINES + _LEGEND_MARKS):
        col, row = i % cols, i // cols
        x = 10.0 + sum(widths[:col]) + _LEGEND_GAP * col
        y = 6.0 + 22 * row
        cy = y + 10
        if isinstance(sample, EdgeStyle):
            pen = style.edge_pen(sample, cosmetic)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, cy), QPointF(x + 36, cy))
        elif sample == "italic":
            painter.setPen(style.MUTED)
            painter.setFont(style.font(style.TITLE_PX, italic=True))
            painter.drawText(QRectF(x, y, 40, 20), _LEFT, "Title")
        else:
            bw = badge_width(sample)
            _badge(painter, QRectF(x + 18 - bw / 2, cy - 7, bw, 14), sample, style.MUTED)
        painter.setPen(style.INK)
        painter.setFont(style.font(style.TITLE_PX))
        painter.drawText(QRectF(x + 44, y, metrics.horizontalAdvance(text) + 4, 20), _LEFT, text)
    painter.restore()
    return size


def paint_chart(painter: QPainter, layout: ChartLayout, marks: dict | None = None) -> None:
    """The whole chart in layout coordinates: groups, headers, lines, then cards, all with full detail."""
    marks = marks or {}
    org_names = {h.org_id: h.name for h in layout.headers.values()}
    for g in sorted(layout.groups, key=lambda g: g.kind != "suborg"):  # a sub-organisation under the groups inside it
        _at(painter, g.x, g.y, lambda g=g: paint_group(painter, g.w, g.h, g.name, g.kind, _group_org(g, org_names), g.short))
    for h in layout.headers.values():
        _at(painter, h.x, h.y, lambda h=h: paint_header(painter, h.w, h.h, h.name, h.people, h.short))
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    from orgtracker.render.edges import style_paths

    for edge_style, path in style_paths(layout).items():
        painter.setPen(style.edge_pen(edge_style, cosmetic=False))
        painter.drawPath(path)
    painter.restore()
    for key, card in layout.cards.items():
        look = card_look(card, marks.get(key))
        _at(painter, card.x, card.y, lambda c=card, lk=look: paint_card(painter, c.w, c.h, lk, True))


def _group_org(g: GroupBox, org_names: dict[int, str]) -> str:
    return g.name if g.kind == "suborg" else org_names.get(g.org_id, g.name)


def _at(painter: QPainter, x: float, y: float, draw) -> None:
    painter.save()
    painter.translate(x, y)
    draw()
    painter.restore()


__all__ = [
    "CardLook", "card_look", "card_frame", "paint_card", "overview_batches", "paint_overview", "paint_header", "paint_group", "edge_paths", "add_route",
    "legend_size", "paint_legend", "paint_chart", "OrgHeader",
]
