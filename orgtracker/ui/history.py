"""The History panel: the audit log, newest first, with the rows before and after the selected edit."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from orgtracker.store.editing import AuditEntry, history

from .plain import shorten, tooltip


class HistoryPanel(QWidget):
    """Lists every edit (`refresh()` after each); selecting one shows what it changed."""

    def __init__(self, store_getter: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HistoryPanel")
        self.setMinimumSize(200, 120)  # a small window stays small: the dock may squeeze the panel
        self.store = store_getter
        self.entries: list[AuditEntry] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyList")
        self.tree.setHeaderLabels(["#", "When", "What", ""])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        fit = header.ResizeMode.ResizeToContents  # "#", when and "undone" as wide as they need; "What" the rest
        for column, mode in ((0, fit), (1, fit), (2, header.ResizeMode.Stretch), (3, fit)):
            header.setSectionResizeMode(column, mode)
        self.tree.currentItemChanged.connect(self._show)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("historyDetail")
        self.detail.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)

    def refresh(self) -> None:
        store = self.store()
        self.entries = history(store, 500) if store is not None and hasattr(store, "_write") else []
        self.tree.clear()
        for e in self.entries:
            local = e.at.astimezone() if e.at.tzinfo else e.at
            item = QTreeWidgetItem([str(e.id), local.strftime("%Y-%m-%d %H:%M"), shorten(e.summary, 200),
                                    "undone" if e.undone else ""])
            item.setToolTip(2, tooltip(e.summary))
            item.setData(0, Qt.ItemDataRole.UserRole, e.id)
            self.tree.addTopLevelItem(item)
        if not self.entries:
            self.detail.setPlainText("No edits yet. Every edit made by hand is listed here, with the rows before "
                                     "and after it.")
        else:
            self.detail.setPlainText("Select an edit above to see the rows before and after it.")

    def summaries(self) -> list[str]:
        return [e.summary for e in self.entries]

    def _show(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        entry = next((e for e in self.entries if e.id == item.data(0, Qt.ItemDataRole.UserRole)), None)
        if entry is None:
            return
        self.detail.setPlainText(describe(entry))


def describe(entry: AuditEntry) -> str:
    """The edit as text: what, when, then each touched row before → after."""
    lines = [f"Edit {entry.id} · {entry.action} · {entry.at.isoformat(timespec='seconds')}"
             + (" · undone" if entry.undone else ""), entry.summary, ""]
    for table in entry.tables():
        before, after = entry.before.get(table, {}), entry.after.get(table, {})
        if not isinstance(before, dict) or not isinstance(after, dict):
            continue
        for row_id in sorted(set(before) | set(after), key=lambda k: int(k) if str(k).isdigit() else 0):
            b, a = before.get(row_id), after.get(row_id)
            if b == a:
                continue
            if b is None:
                lines.append(f"+ {table} #{row_id}: {_row(a)}")
            elif a is None:
                lines.append(f"- {table} #{row_id}: {_row(b)}")
            else:
                changes = {k: (b.get(k), a.get(k)) for k in sorted(set(a) | set(b)) if b.get(k) != a.get(k)}
                text = ", ".join(f"{k}: {json.dumps(x, ensure_ascii=False)} → {json.dumps(y, ensure_ascii=False)}"
                                 for k, (x, y) in changes.items())
                lines.append(f"~ {table} #{row_id}: {text}")
    if "edit" in entry.before:
        lines.append(f"(replays edit {entry.before['edit']})")
    return "\n".join(lines)


def _row(row: dict | None) -> str:
    if not row:
        return ""
    keep = {k: v for k, v in row.items() if v is not None and k != "id"}
    return ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in keep.items())
