"""The talent flow view: organisations as nodes, people's moves between them in a date window as weighted edges."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from orgtracker.wording import count

from .flows_layout import flow_positions
from .plain import shorten, tooltip


@dataclass(frozen=True)
class Flow:
    source: str
    target: str
    weight: int
    people: tuple[str, ...]

    def describe(self) -> str:
        who = f": {', '.join(self.people)}" if self.people else ""
        return f"{self.source} → {self.target} ({self.weight}){who}"


def _node_name(graph, node) -> str:
    data = graph.nodes[node]
    return str(data.get("name") or data.get("label") or node)


def flows_of(graph) -> tuple[list[str], list[Flow]]:
    """Read a talent-flow DiGraph: node names, and its edges as flows (weight, people) heaviest first."""
    nodes = sorted((_node_name(graph, n) for n in graph.nodes), key=str.casefold)
    flows = []
    for a, b, data in graph.edges(data=True):
        people = data.get("people") or data.get("names") or ()
        people = tuple(str(p) for p in people)
        weight = data.get("weight")
        weight = int(weight) if weight is not None else max(1, len(people))
        flows.append(Flow(_node_name(graph, a), _node_name(graph, b), weight, people))
    flows.sort(key=lambda f: (-f.weight, f.source.casefold(), f.target.casefold()))
    return nodes, flows


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FlowCanvas(QWidget):
    """Organisations on a circle, arrows between them as thick as the number of people who moved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.nodes: list[str] = []
        self.flows: list[Flow] = []
        self.setMinimumSize(QSize(360, 220))

    BOX_H = 30.0

    def set_flows(self, nodes: list[str], flows: list[Flow]) -> None:
        self.nodes, self.flows = nodes, flows
        self._fit_height()
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every group of organisations (the diagram scrolls when they do not fit the window)."""
        self.setMinimumHeight(int(self._layout()[1]))

    def _label_widths(self) -> dict[str, float]:
        fm = QFontMetrics(self.node_font())
        return {name: fm.horizontalAdvance(shorten(name, 28)) + 20.0 for name in self.nodes}

    def _layout(self) -> tuple[dict[str, tuple[float, float]], float]:
        viewport = self.parentWidget()
        height = viewport.height() if viewport is not None else self.height()
        return flow_positions(self.nodes, [(f.source, f.target) for f in self.flows], self._label_widths(),
                              self.BOX_H, self.width(), max(220.0, float(height)))

    def positions(self) -> dict[str, QPointF]:
        return {name: QPointF(x, y) for name, (x, y) in self._layout()[0].items()}

    @staticmethod
    def node_font():
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)  # the organisations are what the eye looks for first
        return font

    def node_rects(self) -> dict[str, QRectF]:
        """Each organisation's box: its name in bold, centred on its place on the circle."""
        widths = self._label_widths()
        return {name: QRectF(pt.x() - widths[name] / 2, pt.y() - self.BOX_H / 2, widths[name], self.BOX_H)
                for name, pt in self.positions().items()}

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fbfcfe"))
        if not self.flows:
            p.setPen(QColor("#5b6b7f"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No moves between organisations in this window")
        rects = self.node_rects()
        heaviest = max((f.weight for f in self.flows), default=1)
        for f in self.flows:
            a, b = rects.get(f.source), rects.get(f.target)
            if a is None or b is None or a == b:
                continue
            self._arrow(p, a.center(), b, 1.5 + 6.0 * f.weight / heaviest, str(f.weight))
        p.setFont(self.node_font())
        for name, rect in rects.items():
            p.setPen(QPen(QColor("#33415c"), 1.2))
            p.setBrush(QBrush(QColor("#e7eefc")))
            p.drawRoundedRect(rect, 8, 8)
            p.setPen(QColor("#101418"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, shorten(name, 28))
        p.end()

    @staticmethod
    def arrow_curve(a: QPointF, target: QRectF) -> tuple[QPointF, QPointF]:
        """The control point and the tip of the arrow from `a` to the box `target`: the tip sits where the curve
        enters the box (with a small gap), so a wide name's box never hides the arrowhead."""
        b = target.center()
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1.0
        nx_, ny_ = -dy / length, dx / length  # bend to one side so A→B and B→A do not overlap
        ctrl = QPointF((a.x() + b.x()) / 2 + nx_ * 0.18 * length, (a.y() + b.y()) / 2 + ny_ * 0.18 * length)
        box = target.adjusted(-6, -6, 6, 6)

        def at(t: float) -> QPointF:
            u = 1 - t
            return QPointF(u * u * a.x() + 2 * u * t * ctrl.x() + t * t * b.x(),
                           u * u * a.y() + 2 * u * t * ctrl.y() + t * t * b.y())

        lo, hi = 0.0, 1.0  # the last point outside the box, by bisection (the curve enters it once)
        for _ in range(30):
            mid = (lo + hi) / 2
            lo, hi = (lo, mid) if box.contains(at(mid)) else (mid, hi)
        t = lo
        # the part of the curve up to t is again a quadratic Bézier: its control point by de Casteljau
        sub_ctrl = QPointF(a.x() + (ctrl.x() - a.x()) * t, a.y() + (ctrl.y() - a.y()) * t)
        return sub_ctrl, at(t)

    def _arrow(self, p: QPainter, a: QPointF, target: QRectF, width: float, text: str) -> None:
        ctrl, end = self.arrow_curve(a, target)
        path = QPainterPath(a)
        path.quadTo(ctrl, end)
        colour = QColor("#d9480f")
        colour.setAlpha(190)
        head = 8 + width
        angle = math.atan2(end.y() - ctrl.y(), end.x() - ctrl.x())
        shaft = QPainterPath(a)  # the line stops at the head's base, so a thick line does not blunt its tip
        shaft.quadTo(ctrl, QPointF(end.x() - 0.8 * head * math.cos(angle), end.y() - 0.8 * head * math.sin(angle)))
        p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(shaft)
        tip = QPolygonF([
            end,
            QPointF(end.x() - head * math.cos(angle - 0.45), end.y() - head * math.sin(angle - 0.45)),
            QPointF(end.x() - head * math.cos(angle + 0.45), end.y() - head * math.sin(angle + 0.45)),
        ])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(tip)
        mid = path.pointAtPercent(0.5)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        w = QFontMetrics(font).horizontalAdvance(text) + 14
        pill = QRectF(mid.x() - w / 2, mid.y() - 10, w, 20)  # the weight on a pill over its arrow, legible on any line
        p.setPen(QPen(colour, 1.2))
        p.setBrush(QBrush(QColor("#ffffff")))
        p.drawRoundedRect(pill, 10, 10)
        p.setPen(QColor("#101418"))
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        font.setBold(False)
        p.setFont(font)


class FlowsView(QWidget):
    """A date window, the flow diagram, and the list of moves; `compute(start, end)` returns the DiGraph."""

    def __init__(self, compute: Callable[[date, date], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FlowsView")
        self.compute = compute
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.all_button = QPushButton("Whole timeline", self)
        self.all_button.setToolTip("Every move from the first dated fact to the last (both days included)")
        self.canvas = FlowCanvas(self)
        # the tab gives focus to the diagram, not to a date field: ← → Home End Space keep driving the timeline
        # there as in the chart tab; a click (or Tab) in a date field still types into it, Esc comes back
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.canvas)
        self.moves = QListWidget(self)
        self.moves.setObjectName("flowMoves")
        self.moves.setWordWrap(True)  # "Meta → a long startup name (3): three names" whole, not cut at the edge
        self.moves.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.first = self.last = date.today()
        self._stale = True

        bar = QHBoxLayout()
        bar.addWidget(QLabel("Moves from", self))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel("to", self))
        bar.addWidget(self.end_edit)
        bar.addWidget(self.all_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.canvas)
        split.addWidget(scroll)
        split.addWidget(self.moves)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 300])  # the diagram gets the room, as before it could scroll
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.start_edit.dateChanged.connect(self.refresh)
        self.end_edit.dateChanged.connect(self.refresh)
        self.all_button.clicked.connect(lambda: self.set_window(self.first, self.last))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_range(self, first: date, last: date) -> None:
        """The span of the timeline; the window starts as all of it."""
        self.first, self.last = first, last
        self.set_window(first, last)

    def set_window(self, start: date, end: date) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(True)
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(False)
        self.refresh()

    def date_window(self) -> tuple[date, date]:
        a, b = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
        return (a, b) if a <= b else (b, a)

    def refresh(self) -> None:
        """Recompute the flows for the chosen window (deferred until the view is on screen)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        start, end = self.date_window()
        nodes, flows = flows_of(self.compute(start, end + timedelta(days=1)))  # the window's last day included
        self.canvas.set_flows(nodes, flows)
        self.moves.clear()
        for f in flows:
            item = QListWidgetItem(f.describe())
            item.setToolTip(tooltip(f.describe()))
            self.moves.addItem(item)
        moved = sum(f.weight for f in flows)
        self.summary.setText(f"{count(moved, 'move')} between {count(len(nodes), 'organisation')}")
