"""The bar under the chart: a slider over the dated facts, a tick per change date, prev/next, play, and what changed."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgtracker.timeline.scale import TimeScale

from .plain import tooltip

_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]

PRECISION_WORDS = {
    "day": "a change on this day",
    "month": "a change known only to the month ({month})",
    "year": "a change known only to the year ({year})",
    "unknown": "a change of unknown date",
}


def date_in_words(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def short_date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"


def precision_in_words(d: date, precision: str) -> str:
    """What the timeline knows of a change placed on `d`: "a change known only to the year (2025)"."""
    words = PRECISION_WORDS.get(precision, precision)
    return words.format(month=f"{_MONTHS[d.month - 1]} {d.year}", year=d.year)


def previous_date(dates: Sequence[date], current: date) -> date | None:
    """The last change date strictly before `current`."""
    i = bisect.bisect_left(dates, current)
    return dates[i - 1] if i > 0 else None


def next_date(dates: Sequence[date], current: date) -> date | None:
    """The first change date strictly after `current`."""
    i = bisect.bisect_right(dates, current)
    return dates[i] if i < len(dates) else None


class ChangeSlider(QSlider):
    """A horizontal slider over a TimeScale that draws one tick per change date and labels the years over them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.tick_values: list[int] = []
        self.scale: TimeScale | None = None  # dates to values, for the year labels
        self.setMinimumHeight(44)
        self.setPageStep(30)

    SNAP_PX = 6  # a click this close to a change date's tick lands on that date

    def _geometry(self):
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self)
        return groove, handle, groove.width() - handle.width(), groove.x() + handle.width() // 2

    def value_at(self, x: float) -> int:
        """The value under widget x: the nearest change date when its tick is within SNAP_PX, else that day."""
        _, _, span, x0 = self._geometry()
        value = QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), int(round(x - x0)), max(1, span))
        if self.tick_values:
            def x_of(v: int) -> int:
                return x0 + QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), v, max(1, span))
            i = bisect.bisect_left(self.tick_values, value)
            near = [v for v in self.tick_values[max(0, i - 1):i + 1] if abs(x_of(v) - x) <= self.SNAP_PX]
            if near:
                value = min(near, key=lambda v: abs(x_of(v) - x))
        return value

    def mousePressEvent(self, event) -> None:
        """A click beside the handle goes to the date clicked (Qt's default moves a month towards it)."""
        _, handle, _, _ = self._geometry()
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum() \
                and not handle.contains(event.position().toPoint()):
            self.setValue(self.value_at(event.position().x()))
        super().mousePressEvent(event)  # the handle is under the pointer now: the press starts a drag

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.maximum() <= self.minimum():
            return
        groove, handle, span, x0 = self._geometry()
        painter = QPainter(self)
        top = max(groove.bottom(), handle.bottom()) + 2

        def x_of(value: int) -> int:
            return x0 + QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), value, span)

        painter.setPen(QPen(QColor("#5b6b7f"), 1))
        for v in self.tick_values:  # change dates under the groove, years over it
            painter.drawLine(x_of(v), top, x_of(v), top + 6)
        if self.scale is not None:
            self._paint_years(painter, x_of, min(groove.top(), handle.top()) - 1)
        painter.end()

    def _paint_years(self, painter: QPainter, x_of, bottom: int) -> None:
        """A label at each new year, ending at `bottom`, as many as fit without touching (busy years, which the
        scale spreads out, keep theirs; quiet stretches, squeezed, show every few years)."""
        font = painter.font()
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QColor("#7a8696"))
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance("2025") + 12
        years = list(range(self.scale.first.year + 1, self.scale.last.year + 1))
        right_edge = -width
        for year in years:
            x = x_of(self.scale.position(date(year, 1, 1)))
            if x - width / 2 < right_edge or x + width / 2 > self.width():
                continue
            painter.drawText(int(x - width / 2), bottom - metrics.height(), width, metrics.height(),
                             Qt.AlignmentFlag.AlignCenter, str(year))
            right_edge = x + width / 2


class TimelineBar(QWidget):
    """Emits dateChanged(date) as the user scrubs, steps or plays through the change dates."""

    dateChanged = Signal(object)
    playingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, play_interval_ms: int = 1200):
        super().__init__(parent)
        self.setObjectName("TimelineBar")
        self.dates: list[date] = []
        self.precisions: dict[date, str] = {}
        self.first = self.last = date.today()
        self.scale = TimeScale(self.first, self.last)
        self._current = date.today()
        self._words = ""

        self.slider = ChangeSlider(self)
        self.slider.setObjectName("timelineSlider")
        self.slider.setToolTip("Drag through time; ← and → step from change to change, Home and End go to the "
                               "first and last change, Space plays")
        self.label = QLabel(self)
        self.label.setObjectName("currentDate")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # the precision goes onto a second line in a narrow window, not off its edge
        self.label.setMinimumWidth(160)
        self.span_label = QLabel(self)
        self.span_label.setObjectName("dateSpan")
        self.span_label.setTextFormat(Qt.TextFormat.PlainText)
        self.first_button = self._button("|◀◀", "First change (Home)")
        self.prev_button = self._button("|◀", "Previous change (←)")
        self.play_button = self._button("▶", "Play through the changes (Space)")
        self.next_button = self._button("▶|", "Next change (→)")
        self.last_button = self._button("▶▶|", "Last change (End)")
        self.changes_caption = QLabel(self)
        self.changes_caption.setObjectName("changesCaption")
        self.changes_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.changes = QListWidget(self)
        self.changes.setObjectName("changesList")
        self.changes.setToolTip("What changed since the previous step")
        self.changes.setMinimumWidth(220)
        self.changes.setMaximumHeight(120)
        self.changes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.changes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.changes.setWordWrap(True)  # a long change ("… may have joined …: dashed") wraps, no sideways scrolling
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        controls = QHBoxLayout()
        controls.addWidget(self.first_button)
        controls.addWidget(self.prev_button)
        controls.addWidget(self.play_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.last_button)
        controls.addSpacing(8)
        controls.addWidget(self.label, 1)
        left = QVBoxLayout()
        left.addLayout(controls)
        left.addWidget(self.slider)
        left.addWidget(self.span_label, 0, Qt.AlignmentFlag.AlignRight)  # under the slider: the date row keeps its room
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.changes_caption)
        right.addWidget(self.changes, 1)
        layout.addLayout(right, 2)

        self.timer = QTimer(self)
        self.timer.setInterval(play_interval_ms)
        self.timer.timeout.connect(self._play_step)
        self.slider.valueChanged.connect(self._slider_moved)
        self.prev_button.clicked.connect(self.step_back)
        self.next_button.clicked.connect(self.step_forward)
        self.play_button.clicked.connect(self.toggle_play)
        self.first_button.clicked.connect(self.go_first)
        self.last_button.clicked.connect(self.go_last)
        self._update_enabled()

    def _button(self, text: str, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setMinimumSize(b.sizeHint().expandedTo(QSize(34, 28)))  # squeezed, Qt shows "…" for the arrows
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return b

    # -- data -------------------------------------------------------------------
    def set_dates(self, dates: Sequence[date], precisions: Mapping[date, str] | None = None,
                  until: date | None = None) -> None:
        """The change dates (sorted, unique), the precision of the facts that change at each, and how far
        the slider reaches past the last change (e.g. today: the chart as it stands now)."""
        self.dates = sorted(set(dates))
        self.precisions = dict(precisions or {})
        if self.dates:
            self.first, self.last = self.dates[0], max(self.dates[-1], until or self.dates[-1])
        else:
            self.first = self.last = until or date.today()
        self.scale = TimeScale(self.first, self.last, self.dates)
        self.slider.blockSignals(True)
        self.slider.setRange(0, self.scale.position(self.last))
        self.slider.tick_values = [self.scale.position(d) for d in self.dates]
        self.slider.scale = self.scale
        self.slider.blockSignals(False)
        self.slider.update()
        self.span_label.setText(f"{short_date(self.first)} – {short_date(self.last)}" if self.dates else "no dated facts")
        self.span_label.setToolTip("The timeline runs from the first dated fact to " +
                                   ("today" if until is not None and self.last == until else "the last one"))
        self._place(self._current, emit=False)

    def current_date(self) -> date:
        return self._current

    def set_date(self, at: date, emit: bool = True) -> None:
        self._place(at, emit=emit)

    def _place(self, at: date, emit: bool) -> None:
        at = min(max(at, self.first), self.last)
        changed = at != self._current
        self._current = at
        self.slider.blockSignals(True)
        self.slider.setValue(self.scale.position(at))
        self.slider.blockSignals(False)
        self._describe()
        self._update_enabled()
        if emit and changed:
            self.dateChanged.emit(at)

    def _slider_moved(self, value: int) -> None:
        self._place(self.scale.date_at(value), emit=True)

    def _describe(self) -> None:
        at = self._current
        words = date_in_words(at)
        if at in self.precisions:
            words += f"  ·  {precision_in_words(at, self.precisions[at])}"
        self._words = words
        self._fit_label()

    def _fit_label(self) -> None:
        """The date with its precision when they fit in two lines; in a narrow window the date alone, the
        precision in the tooltip (three lines would be cut by the bar's height)."""
        words = self._words
        metrics = self.label.fontMetrics()
        needed = metrics.boundingRect(QRect(0, 0, max(1, self.label.width()), 100000),
                                      int(Qt.TextFlag.TextWordWrap), words).height()
        fits = needed <= 2 * metrics.lineSpacing() + 1 or not self.isVisible()  # hidden: not laid out yet
        self.label.setText(words if fits else words.split("  ·  ", 1)[0])
        self.label.setToolTip("" if fits else tooltip(words))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_label()

    def _update_enabled(self) -> None:
        has_prev = previous_date(self.dates, self._current) is not None
        has_next = next_date(self.dates, self._current) is not None
        self.prev_button.setEnabled(has_prev)
        self.first_button.setEnabled(has_prev)
        self.next_button.setEnabled(has_next)
        self.last_button.setEnabled(has_next)
        self.play_button.setEnabled(len(self.dates) > 1)

    def set_changes(self, lines: Sequence[str], caption: str = "What changed") -> None:
        """The list beside the bar, under `caption` (which says which step of history the lines describe)."""
        self.changes_caption.setText(caption)
        self.changes.clear()
        for line in lines or ["No change"]:
            item = QListWidgetItem(line)
            item.setToolTip(tooltip(line))  # a name like <img src=…> must not render as HTML
            self.changes.addItem(item)

    # -- stepping -----------------------------------------------------------------
    def step_back(self) -> bool:
        d = previous_date(self.dates, self._current)
        if d is None:
            return False
        self._place(d, emit=True)
        return True

    def step_forward(self) -> bool:
        d = next_date(self.dates, self._current)
        if d is None:
            return False
        self._place(d, emit=True)
        return True

    def go_first(self) -> bool:
        """To the first change date (Home)."""
        return self._go(self.dates[0] if self.dates else None)

    def go_last(self) -> bool:
        """To the last change date (End); the slider may reach further, to today."""
        return self._go(self.dates[-1] if self.dates else None)

    def _go(self, d: date | None) -> bool:
        if d is None or d == self._current:
            return False
        self._place(d, emit=True)
        return True

    def is_playing(self) -> bool:
        return self.timer.isActive()

    def toggle_play(self) -> None:
        if self.is_playing():
            self.stop()
        else:
            self.play()

    def play(self) -> None:
        if len(self.dates) < 2:
            return
        if next_date(self.dates, self._current) is None:
            self._place(self.dates[0], emit=True)  # at the end: play again from the start
        self.timer.start()
        self.play_button.setText("❚❚")
        self.play_button.setToolTip("Pause (Space)")
        self.playingChanged.emit(True)

    def stop(self) -> None:
        was_playing = self.timer.isActive()
        self.timer.stop()
        self.play_button.setText("▶")
        self.play_button.setToolTip("Play through the changes (Space)")
        if was_playing:
            self.playingChanged.emit(False)

    def _play_step(self) -> None:
        if not self.step_forward() or next_date(self.dates, self._current) is None:
            self.stop()

