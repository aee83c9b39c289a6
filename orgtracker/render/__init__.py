"""pyqtgraph scene items for cards, edges and legend; PNG/SVG export."""

from __future__ import annotations

__all__ = ["ChartView", "export_chart"]


def __getattr__(name: str):
    # Loaded on first use: the headless export need not import pyqtgraph.
    if name == "ChartView":
        from orgtracker.render.view import ChartView

        return ChartView
    if name == "export_chart":
        from orgtracker.render.export import export_chart

        return export_chart
    raise AttributeError(name)
