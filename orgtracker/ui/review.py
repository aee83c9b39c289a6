"""The review queue dock: claims with their sentence highlighted; accept (A), reject (R), edit (E), J/K, whole documents."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from orgtracker.domain.facts import Status
from orgtracker.edits.review import ConflictGroup, ReviewItem, conflict_groups, document_claim_ids, review_items

from .plain import label, shorten, tooltip

FILTER_LABELS = [("Unreviewed", "unreviewed"), ("Low confidence", "low"), ("Conflicting", "conflicting"),
                 ("All", "all")]
HIGHLIGHT = QColor("#ffe066")
STATUS_WORDS = {Status.PROPOSED: "not reviewed yet", Status.ACCEPTED: "accepted", Status.REJECTED: "rejected"}
QUOTE = QColor("#e7f5ff")


class ReviewPanel(QWidget):
    """Lists claims under a filter; `decide(ids, status)`, `edit(item)` and `resolve(keep, drop)` are set by the owner."""

    changed = Signal()

    def __init__(self, store_getter: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReviewPanel")
        self.setMinimumSize(200, 120)  # a small window stays small: the dock may squeeze the panel
        self.store = store_getter
        self.items: list[ReviewItem] = []
        self.groups: list[ConflictGroup] = []
        self.document_ids: set[int] | None = None
        self.decide: Callable[[list[int], Status], bool] = lambda ids, status: False
        self.edit: Callable[[ReviewItem], None] = lambda item: None
        self.resolve: Callable[[tuple[str, int], list[tuple[str, int]]], bool] = lambda keep, drop: False

        self.filter = QComboBox(self)
        for text, key in FILTER_LABELS:
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope = QPushButton("Show all documents", self)
        self.scope.setVisible(False)
        self.scope.clicked.connect(lambda: self.set_documents(None))
        self.count = label("", self, wrap=False, name="reviewCount")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0000 claims"))
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.count)

        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setWordWrap(True)  # a claim reads whole in a narrow dock, not cut at its edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.currentRowChanged.connect(self._show_current)
        self.sentence = QTextEdit(self)
        self.sentence.setObjectName("reviewSentence")
        self.sentence.setReadOnly(True)
        self.sentence.setAcceptRichText(False)
        self.meta = label("", self, name="reviewMeta")
        self.meta.setMinimumHeight(self.meta.fontMetrics().lineSpacing() * 7)
        self.accept_button = QPushButton("&Accept", self)
        self.reject_button = QPushButton("&Reject", self)
        self.edit_button = QPushButton("&Edit…", self)
        self.accept_button.clicked.connect(lambda: self.decide_current(Status.ACCEPTED))
        self.reject_button.clicked.connect(lambda: self.decide_current(Status.REJECTED))
        self.edit_button.clicked.connect(self.edit_current)
        self.reject_document_button = QPushButton("Reject &document", self)
        self.reject_document_button.setToolTip(
            "Reject every claim of this claim's document (an article added by mistake); Ctrl+Z takes it back")
        self.reject_document_button.clicked.connect(self.reject_document)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        document_row = QHBoxLayout()  # a row of its own: in a narrow dock it would be cut beside the others
        document_row.addWidget(self.reject_document_button)
        document_row.addStretch(1)
        keys = label("Keys: A accept · R reject · E edit · J/K next/previous · Shift/Ctrl+click several",
                     self, name="reviewKeys")

        self.conflicts = QWidget(self)
        self.conflicts.setObjectName("reviewConflicts")
        self.conflict_box = QVBoxLayout(self.conflicts)
        self.conflict_box.setContentsMargins(0, 0, 0, 0)

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.sentence, 1)
        dl.addWidget(self.meta)
        dl.addLayout(buttons)
        dl.addLayout(document_row)
        dl.addWidget(keys)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.conflicts)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        dl.addWidget(scroll, 1)
        detail_scroll = QScrollArea(self)  # squeezed by a small window, the details scroll instead of overlapping
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(detail_scroll)
        split.setSizes([220, 300])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        for key, slot in (("A", lambda: self.decide_current(Status.ACCEPTED)),
                          ("R", lambda: self.decide_current(Status.REJECTED)),
                          ("E", self.edit_current), ("J", lambda: self.step(1)), ("K", lambda: self.step(-1))):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # -- content ---------------------------------------------------------------------------------------
    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(key)))
        self.refresh()

    def set_documents(self, ids: set[int] | None) -> None:
        """Only the claims of these documents (what an Add articles… brought); None: every document."""
        self.document_ids = set(ids) if ids is not None else None
        self.scope.setVisible(ids is not None)
        self.refresh()

    def refresh(self, keep_row: int | None = None) -> None:
        store = self.store()
        key = self.filter.currentData()
        self.items = review_items(store, key, document_ids=self.document_ids) if store is not None else []
        self.groups = conflict_groups(store) if store is not None and key == "conflicting" else []
        row = self.list.currentRow() if keep_row is None else keep_row
        self.list.blockSignals(True)
        self.list.clear()
        for it in self.items:
            mark = {"accepted": "✓ ", "rejected": "✗ "}.get(it.status.value, "")
            entry = QListWidgetItem(shorten(f"{mark}{it.words}  ·  {it.confidence:.2f}", 140))
            entry.setToolTip(tooltip(f"{it.words}\n{it.document}\n{it.date_text}"))
            entry.setData(Qt.ItemDataRole.UserRole, it.claim_id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self.count.setText(f"{len(self.items)} claim" + ("" if len(self.items) == 1 else "s"))
        if self.items:
            self.list.setCurrentRow(min(max(row, 0), len(self.items) - 1))
        self._show_current(self.list.currentRow())
        self._show_conflicts()

    def current(self) -> ReviewItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self, _row: int) -> None:
        it = self.current()
        self.sentence.clear()
        for b in (self.accept_button, self.reject_button, self.edit_button, self.reject_document_button):
            b.setEnabled(it is not None)
        if it is None:
            self.meta.setText("Nothing to review here." if not self.items else "")
            return
        cursor = self.sentence.textCursor()
        plain = QTextCharFormat()
        cursor.insertText(it.sentence, plain)  # plain text: never HTML from a document
        qa, qb = it.quote_span
        quote = QTextCharFormat()
        quote.setBackground(QUOTE)
        self._format(qa, qb, quote)
        mark = QTextCharFormat()
        mark.setBackground(HIGHLIGHT)
        mark.setFontWeight(QFont.Weight.Bold)
        for a, b in it.highlights:
            self._format(a, b, mark)
        self.sentence.moveCursor(QTextCursor.MoveOperation.Start)
        conflict = f"\nConflict: {it.conflict}" if it.conflict else ""
        self.meta.setText(f"{it.words}\nDocument: {shorten(it.document, 60)}\nDate: {it.date_text}\n"
                          f"Confidence: {it.confidence:.2f} · {STATUS_WORDS.get(it.status, it.status.value)}{conflict}")

    def _format(self, a: int, b: int, fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(self.sentence.document())
        n = len(self.sentence.toPlainText())
        cursor.setPosition(max(0, min(a, n)))
        cursor.setPosition(max(0, min(b, n)), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def highlighted_text(self) -> list[str]:
        """The highlighted words of the shown sentence (for tests)."""
        it = self.current()
        return [it.sentence[a:b] for a, b in it.highlights] if it else []

    def _show_conflicts(self) -> None:
        while self.conflict_box.count():
            child = self.conflict_box.takeAt(0)
            if child.widget():
                _discard(child.widget())
            elif child.layout():
                _clear_layout(child.layout())
        for group in self.groups:
            self.conflict_box.addWidget(label(f"{group.person}: {group.reason}", self.conflicts, name="conflictTitle"))
            row = QHBoxLayout()
            for side in group.sides:
                frame = QFrame(self.conflicts)
                frame.setFrameShape(QFrame.Shape.StyledPanel)
                fl = QVBoxLayout(frame)
                fl.addWidget(label(side.text, frame, name="conflictSide"))
                for q in side.quotes[:3]:
                    fl.addWidget(label(f"“{shorten(q, 200)}”", frame, name="conflictQuote"))
                keep = QPushButton("Keep this one", frame)
                others = [(s.kind, s.fact_id) for s in group.sides if s is not side]
                keep.clicked.connect(lambda _c=False, k=(side.kind, side.fact_id), o=others: self._resolve(k, o))
                fl.addWidget(keep)
                row.addWidget(frame, 1)
            self.conflict_box.addLayout(row)

    # -- actions -----------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The claims the buttons act on: every selected row, or the current one."""
        rows = sorted(self.list.row(entry) for entry in self.list.selectedItems())
        if len(rows) < 2:
            it = self.current()
            return [it.claim_id] if it else []
        return [self.items[r].claim_id for r in rows if 0 <= r < len(self.items)]

    def decide_current(self, status: Status) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.list.currentRow()
        if self.decide(ids, status):
            self.refresh(keep_row=row if self.filter.currentData() != "all" else row + 1)
            self.changed.emit()

    def reject_document(self) -> None:
        it, store = self.current(), self.store()
        if it is None or store is None:
            return
        ids = document_claim_ids(store, it.document_id, Status.REJECTED)
        if ids and self.decide(ids, Status.REJECTED):
            self.refresh(keep_row=self.list.currentRow())
            self.changed.emit()

    def edit_current(self) -> None:
        it = self.current()
        if it is not None:
            self.edit(it)

    def _resolve(self, keep, drop) -> None:
        if self.resolve(keep, drop):
            self.refresh()
            self.changed.emit()

    def step(self, delta: int) -> None:
        if self.items:
            self.list.setCurrentRow(max(0, min(len(self.items) - 1, self.list.currentRow() + delta)))


def _discard(widget: QWidget) -> None:
    widget.hide()  # gone from the screen now, not only when the event loop gets to deleting it
    widget.deleteLater()


def _clear_layout(layout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        if child.widget():
            _discard(child.widget())
        elif child.layout():
            _clear_layout(child.layout())
