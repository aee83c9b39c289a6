"""A small painted timeline of one person's facts: one bar per tenure or reporting line, fuzzy ends shaded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from orgtracker.domain.dates import FuzzyDate


@dataclass(frozen=True)
class Bar:
    label: str
    start: FuzzyDate | None
    end: FuzzyDate | None
    colour: str
    dashed: bool = False  # a dotted reporting line, or a conflicting claim


def _lo(fd: FuzzyDate | None) -> date | None:
    return fd.earliest if fd is not None else None


def _hi(fd: FuzzyDate | None) -> date | None:
    return fd.latest if fd is not None else None


class FactTimeline(QWidget):
    """Bars over a shared time axis with a marker at the chart's current date."""

    ROW = 30
    LABEL = 15
    AXIS = 18

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.at: date | None = None
        self.lo = self.hi = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar], at: date | None) -> None:
        self.bars = list(bars)
        self.at = at
        known = [d for b in bars for d in (_lo(b.start), _hi(b.start), _lo(b.end), _hi(b.end)) if d is not None]
        if at is not None:
            known.append(at)
        if not known:
            known = [date.today()]
        lo, hi = min(known), max(known)
        pad = max(timedelta(days=60), (hi - lo) * 0.08)
        self.lo, self.hi = lo - pad, hi + pad
        self.setFixedHeight(self.AXIS + self.ROW * max(1, len(bars)) + 6)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.height())

    def _x(self, d: date, left: float, width: float) -> float:
        total = max(1, (self.hi - self.lo).days)
        return left + width * (d - self.lo).days / total

    def year_labels(self, left: float, width: float, label_w: float) -> list[tuple[int, float]]:
        """The labelled years and their x: the multiples of the smallest step whose labels do not touch, each
        centred on its tick, so they are evenly spaced; a label that would be cut at an edge is left out, not
        shifted onto its neighbour (which read 2012, 2018, 2021, 2024)."""
        years = list(range(self.lo.year + 1, self.hi.year + 1))
        for step in range(1, len(years) + 1):
            out = [(y, self._x(date(y, 1, 1), left, width)) for y in years if y % step == 0]
            out = [(y, x) for y, x in out if x - label_w / 2 >= left - 4 and x + label_w / 2 <= left + width + 4]
            if all(b[1] - a[1] >= label_w for a, b in zip(out, out[1:])):
                return out
        return []

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, width = 6.0, max(10.0, self.width() - 12.0)
        fm = QFontMetrics(self.font())
        p.setPen(QPen(QColor("#8792a2"), 1))
        p.drawLine(int(left), self.AXIS - 3, int(left + width), self.AXIS - 3)
        label_w = fm.horizontalAdvance("2025") + 10
        for year in range(self.lo.year + 1, self.hi.year + 1):
            x = self._x(date(year, 1, 1), left, width)
            p.drawLine(int(x), self.AXIS - 6, int(x), self.AXIS - 3)
        for year, x in self.year_labels(left, width, label_w):
            p.drawText(QRectF(x - label_w / 2, 0, label_w, self.AXIS - 6), Qt.AlignmentFlag.AlignCenter, str(year))
        for i, bar in enumerate(self.bars):
            y = self.AXIS + i * self.ROW + self.LABEL + 3  # the bar, under its label (never over it)
            self._draw_bar(p, bar, y, left, width, fm)
        if self.at is not None:
            x = self._x(self.at, left, width)
            p.setPen(QPen(QColor("#d9480f"), 2))
            p.drawLine(int(x), self.AXIS - 8, int(x), self.height())
        p.end()

    def _draw_bar(self, p: QPainter, bar: Bar, y: float, left: float, width: float, fm: QFontMetrics) -> None:
        colour = QColor(bar.colour)
        s_lo = _lo(bar.start) or self.lo
        s_hi = _hi(bar.start) or s_lo
        e_hi = _hi(bar.end) or self.hi
        e_lo = _lo(bar.end) or e_hi
        x_s_lo, x_s_hi = self._x(s_lo, left, width), self._x(max(s_hi, s_lo), left, width)
        x_e_lo, x_e_hi = self._x(e_lo, left, width), self._x(max(e_hi, e_lo), left, width)
        h = self.ROW - self.LABEL - 6
        faint = QColor(colour)
        faint.setAlpha(70)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(faint))
        p.drawRect(QRectF(x_s_lo, y, max(1.0, x_s_hi - x_s_lo), h))
        p.drawRect(QRectF(x_e_lo, y, max(1.0, x_e_hi - x_e_lo), h))
        solid = QColor(colour)
        solid.setAlpha(150 if bar.dashed else 220)
        p.setBrush(QBrush(solid, Qt.BrushStyle.Dense4Pattern if bar.dashed else Qt.BrushStyle.SolidPattern))
        p.drawRect(QRectF(x_s_hi, y, max(1.0, x_e_lo - x_s_hi), h))
        text = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(width - 4))
        p.setPen(QPen(QColor("#101418")))
        p.drawText(QRectF(left, y - self.LABEL, width, self.LABEL), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
