"""The window's calls into the chart widget (orgtracker.render.ChartView), in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from orgtracker.render.view import READABLE_CARD_PX  # noqa: F401  (the window's idea of readable is the chart's)


def make_chart(parent: QWidget) -> QWidget:
    from orgtracker.render import ChartView

    chart = ChartView(parent)
    chart.setObjectName("ChartView")
    chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return chart


def connect(chart, clicked: Callable[[int], None], hovered: Callable[[int], None], empty: Callable[[], None]) -> None:
    chart.personClicked.connect(clicked)
    chart.personHovered.connect(hovered)
    chart.emptyClicked.connect(empty)


def show(chart, snapshot, layout=None, animate: bool = True) -> None:
    chart.show(snapshot, layout=layout, animate=animate)


def highlight(chart, pids: Iterable[int]) -> None:
    chart.highlight_chain(list(pids))


def clear_highlight(chart) -> None:
    chart.clear_highlight()


def center_on(chart, pid: int) -> None:
    chart.center_on(pid)


def set_collapsed(chart, ids: Iterable[int]) -> None:
    chart.set_collapsed(set(ids))


def fit(chart) -> None:
    chart.fit()


def set_legend_visible(chart, on: bool) -> None:
    chart.set_legend_visible(on)


def legend_visible(chart) -> bool:
    return chart.legend_visible()


def set_row_width_for(chart, organisations: int) -> None:
    """Rows of organisations as wide as suits this many of them in a window (see graph.layout.row_width_for)."""
    from orgtracker.graph.layout import row_width_for

    chart.set_row_width(row_width_for(organisations, chart.layout_options))


def show_top_left(chart, card_px: float) -> None:
    chart.show_top_left(card_px)


def zoom(chart, factor: float) -> None:
    chart.zoom(factor)


def compare(chart, snap_a, snap_b) -> None:
    chart.compare(snap_a, snap_b)


def options(chart, compact: bool):
    """The chart's layout options (collapsed subtrees included) with the window's arrangement."""
    from dataclasses import replace

    return replace(chart.layout_options, compact=compact)


def layout_for(chart, snapshot, compact: bool):
    """None when the chart's own options already give this arrangement, else a layout made with them."""
    if chart.layout_options.compact == compact:
        return None
    from orgtracker.graph.layout import layout_snapshot

    return layout_snapshot(snapshot, options(chart, compact), previous=chart.current_layout)


def card_pixels(chart) -> float | None:
    """How wide a card is on screen now, in pixels (None before anything is shown)."""
    rect = chart.visible_rect()
    if rect.width() <= 0:
        return None
    return chart.layout_options.card_width * chart.viewport().width() / rect.width()
