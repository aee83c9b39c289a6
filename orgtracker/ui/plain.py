"""Strings from documents and users are shown literally: plain-text labels and escaped tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def tooltip(text: str, wrap: bool = False) -> str:
    """A tooltip that shows `text` as written, even when it looks like HTML; `wrap`: long lines wrap."""
    if wrap:
        return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)
    return GuiQt.convertFromPlainText(text)


def label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True, name: str | None = None) -> QLabel:
    """A QLabel that never interprets its text as rich text."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        widget.setObjectName(name)
    widget.setText(text)
    return widget


def shorten(text: str, limit: int = 120) -> str:
    """At most `limit` characters, with an ellipsis when cut (a 10,000-character name must not widen a panel)."""
    text = " ".join(text.split()) if len(text) > limit else text
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shorten_path(path: str, limit: int = 40) -> str:
    """A path in at most `limit` characters, cut at its start (the file's name and folder are what tell)."""
    return path if len(path) <= limit else "…" + path[-(limit - 1):]
