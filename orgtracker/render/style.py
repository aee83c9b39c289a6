"""Colours, fonts and pens of the chart, shared by the window and the export."""

from __future__ import annotations

import zlib
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from orgtracker.graph.routing import EdgeStyle

# Distinct, print-safe hues (Tableau 10, slightly darkened for white text on headers).
ORG_PALETTE = [
    "#3b6ea5", "#d9822b", "#c23b3b", "#3e9a8f", "#4f8f3a",
    "#b59a1e", "#8e5b91", "#d46a7e", "#7a5a48", "#6f6f6f",
]

INK = QColor("#1f2328")
MUTED = QColor("#57606a")
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#9aa4ae")
PAGE = QColor("#ffffff")
HIGHLIGHT = QColor("#f08c00")
FLASH = QColor("#fff3bf")
ADDED = QColor("#2f9e44")
REMOVED = QColor("#c92a2a")
MOVED = QColor("#1c7ed6")
EDGE = QColor("#6e7781")
DOTTED_EDGE = QColor("#8250df")

NAME_PX = 14
TITLE_PX = 12
BADGE_PX = 10
HEADER_PX = 20
GROUP_PX = 12
TEXT_MIN_PX = 7.0  # below this height on screen, a card shows no text


@lru_cache(maxsize=4096)
def org_colour(name: str) -> QColor:
    """A colour per organisation, the same on every run (by name, not by database id). Shared: do not modify."""
    return QColor(ORG_PALETTE[zlib.crc32(name.casefold().encode()) % len(ORG_PALETTE)])


def tint(colour: QColor, amount: float) -> QColor:
    """`colour` blended towards white (amount 0: unchanged, 1: white)."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    return QColor(int(r + (255 - r) * amount), int(g + (255 - g) * amount), int(b + (255 - b) * amount))


@lru_cache(maxsize=None)
def font(px: int, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same shapes at every scale
    return f


def edge_pen(style: EdgeStyle, cosmetic: bool) -> QPen:
    """Solid lines solid; possibly-active lines dashed; dotted-line reports dotted, in violet."""
    colour = DOTTED_EDGE if style in (EdgeStyle.DOTTED, EdgeStyle.DOTTED_POSSIBLE) else EDGE
    pen = QPen(colour, 1.4 if cosmetic else 1.6)
    pen.setCosmetic(cosmetic)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if style is EdgeStyle.POSSIBLE:
        pen.setStyle(Qt.PenStyle.DashLine)
    elif style is EdgeStyle.DOTTED:
        pen.setStyle(Qt.PenStyle.DotLine)
    elif style is EdgeStyle.DOTTED_POSSIBLE:
        pen.setStyle(Qt.PenStyle.DashDotLine)
    return pen


def highlight_pen(cosmetic: bool) -> QPen:
    pen = QPen(HIGHLIGHT, 3.0 if cosmetic else 4.0)
    pen.setCosmetic(cosmetic)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def ghost_pen(cosmetic: bool) -> QPen:
    pen = QPen(MOVED, 1.4)
    pen.setCosmetic(cosmetic)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen
