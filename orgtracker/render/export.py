"""Export the whole chart at a date as PNG or SVG, drawn at the export size with the view's painting code."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QImage, QPainter

from orgtracker.graph.layout import ChartLayout, LayoutOptions, layout_snapshot
from orgtracker.graph.subset import org_subset
from orgtracker.render import painting, style
from orgtracker.timeline.model import Snapshot

MARGIN = 40.0
TITLE_PX = 30
FOOT_PX = 12
MAX_SIDE = 32_000  # QImage and most viewers stop around here
MAX_PIXELS = 400_000_000
DEFAULT_MAX_WIDTH = 8_000


def date_in_words(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


class _Page:
    """Where the title, legend, chart and footnote go, in chart units (1 unit = 1 px at scale 1)."""

    def __init__(self, layout: ChartLayout, title: str, sources: Sequence[str]) -> None:
        self.layout = layout
        self.title = title
        legend = painting.legend_size(horizontal=True)
        self.legend_w, self.legend_h = legend.width(), legend.height()
        x0, y0, x1, y1 = layout.bounds
        title_w = QFontMetricsF(style.font(TITLE_PX, bold=True)).horizontalAdvance(title)
        self.width = max(x1 - x0, self.legend_w, title_w, 600.0) + 2 * MARGIN
        self.title_y = MARGIN
        self.legend_y = self.title_y + TITLE_PX * 1.5 + 8
        self.chart_y = self.legend_y + self.legend_h + 30
        self.chart_origin = (MARGIN - x0, self.chart_y - y0)
        self.foot_lines = _footnote(sources, style.font(FOOT_PX), self.width - 2 * MARGIN)
        self.foot_y = self.chart_y + (y1 - y0) + 30
        self.height = self.foot_y + len(self.foot_lines) * FOOT_PX * 1.45 + MARGIN

    def paint(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, self.width, self.height), style.PAGE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setPen(style.INK)
        painter.setFont(style.font(TITLE_PX, bold=True))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        painter.drawText(QRectF(MARGIN, self.title_y, self.width - 2 * MARGIN, TITLE_PX * 1.5), flags, self.title)
        painter.save()
        painter.translate(MARGIN, self.legend_y)
        painting.paint_legend(painter, horizontal=True, cosmetic=False)
        painter.restore()
        painter.save()
        painter.translate(*self.chart_origin)
        painting.paint_chart(painter, self.layout)
        painter.restore()
        painter.setPen(style.MUTED)
        painter.setFont(style.font(FOOT_PX))
        y = self.foot_y
        for line in self.foot_lines:
            painter.drawText(QRectF(MARGIN, y, self.width - 2 * MARGIN, FOOT_PX * 1.45), flags, line)
            y += FOOT_PX * 1.45


FOOT_LIST_MAX = 12  # up to this many sources, one per line; more run on in one paragraph
SOURCE_CHARS = 120  # a source's name (often an article's first sentence) cut to this


def _footnote(sources: Sequence[str], font, width: float) -> list[str]:
    """The footnote's lines: each source on its own line when there are few, else one wrapped paragraph."""
    unique = list(dict.fromkeys(" ".join(s.split()) for s in sources if s and s.strip()))
    if not unique:
        return ["Sources: none recorded for the facts shown."]
    short = [s if len(s) <= SOURCE_CHARS else s[: SOURCE_CHARS - 1].rstrip() + "…" for s in unique]
    if len(short) > FOOT_LIST_MAX:
        return _wrap("Sources: " + "; ".join(short), font, width)
    lines = ["Sources:"]
    for source in short:
        lines += _wrap(f"• {source}", font, width)
    return lines


def _wrap(text: str, font, width: float) -> list[str]:
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
        while metrics.horizontalAdvance(current) > width and len(current) > 1:  # one very long word (a URL)
            cut = len(current)
            while cut > 1 and metrics.horizontalAdvance(current[:cut]) > width:
                cut = max(1, int(cut * 0.9))
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def _ensure_gui() -> None:
    if QGuiApplication.instance() is None:
        raise RuntimeError("export_chart needs a QGuiApplication (the CLI creates one)")


def export_chart(
    snapshot: Snapshot,
    path: str | Path,
    width: int | None = None,
    dpi: float | None = None,
    title: str | None = None,
    sources: Sequence[str] = (),
    org: str | None = None,
    options: LayoutOptions | None = None,
) -> Path:
    """Draw the whole chart at the snapshot's date into a PNG or SVG (by the file's extension).

    `width` in pixels; else `dpi` (96 dpi = one pixel per chart unit); else the chart's own
    size, up to 8,000 px wide. Text and lines are drawn at that size. `org` keeps one
    organisation (with its sub-organisations). Raises ValueError for a bad request.
    """
    _ensure_gui()
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"cannot export to {path.name!r}: the file name must end in .png or .svg")
    if width is not None and width < 100:
        raise ValueError(f"width {width} px is too small (at least 100)")
    if dpi is not None and not 10 <= dpi <= 2400:
        raise ValueError(f"dpi {dpi} is out of range (10 to 2400)")
    if org is not None:
        snapshot = org_subset(snapshot, org)
    layout = layout_snapshot(snapshot, options)
    page = _Page(layout, title or f"Org chart as of {date_in_words(snapshot.at)}", sources)
    if width is not None:
        scale = width / page.width
    elif dpi is not None:
        scale = dpi / 96.0
    else:
        scale = min(1.0, DEFAULT_MAX_WIDTH / page.width)
    px_w = max(1, round(page.width * scale)) if width is None else width
    px_h = max(1, round(page.height * scale))
    if px_w > MAX_SIDE or px_h > MAX_SIDE or px_w * px_h > MAX_PIXELS:
        raise ValueError(f"the chart would be {px_w}×{px_h} px, too large: ask for a smaller width")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".svg":
        _write_svg(page, path, px_w, px_h, scale)
    else:
        _write_png(page, path, px_w, px_h, scale, dpi)
    return path


def _write_png(page: _Page, path: Path, w: int, h: int, scale: float, dpi: float | None) -> None:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ValueError(f"cannot allocate a {w}×{h} image")
    image.fill(style.PAGE)
    per_metre = round((dpi or 96.0) / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        page.paint(painter)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def _write_svg(page: _Page, path: Path, w: int, h: int, scale: float) -> None:
    from PySide6.QtSvg import QSvgGenerator

    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRectF(0, 0, w, h))
    gen.setTitle(page.title)
    gen.setDescription("orgtracker org chart")
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(f"could not write {path}")
    try:
        painter.scale(scale, scale)
        page.paint(painter)
    finally:
        painter.end()
    if not path.exists():
        raise OSError(f"could not write {path}")
