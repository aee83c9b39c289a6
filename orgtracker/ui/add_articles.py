"""File → Add articles…: pick files or paste an article with its published date; ingest with a progress dialog."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgtracker.domain.dates import Precision

from .edit_dialogs import DateField
from .plain import label, shorten


class FileList(QListWidget):
    """The chosen files; empty, it says how to add some instead of showing a blank box."""

    HINT = "No files yet: click “Choose files…” below (or switch to “Paste text”)."

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#6b7785"))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.HINT)
            painter.end()


class AddArticlesDialog(QDialog):
    """Two tabs: files (any number), or one pasted article with its title and published date."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle("Add articles")
        self.resize(640, 460)
        self.tabs = QTabWidget(self)

        files = QWidget()
        fl = QVBoxLayout(files)
        self.file_list = FileList(files)
        choose = QPushButton("Choose files…", files)
        choose.clicked.connect(self.choose_files)
        self.file_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        remove = QPushButton("Remove", files)
        remove.setToolTip("Take the selected files off the list (Delete)")
        remove.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.file_list, activated=self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        clear = QPushButton("Clear", files)
        clear.clicked.connect(self.file_list.clear)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(remove)
        row.addWidget(clear)
        row.addStretch(1)
        fl.addWidget(label("Text, Markdown or HTML articles. A published date in the file's header is used; "
                           "otherwise the date below.", files))
        fl.addWidget(self.file_list, 1)
        fl.addLayout(row)
        self.files_published = DateField(today, files, optional="no date", precision=Precision.DAY)
        self.files_published.unknown.setChecked(True)
        form = QFormLayout()
        form.addRow("Published", self.files_published)
        fl.addLayout(form)
        self.tabs.addTab(files, "Files")

        paste = QWidget()
        pl = QFormLayout(paste)
        self.title_edit = QLineEdit(paste)
        self.title_edit.setPlaceholderText("Headline (optional)")
        self.text_edit = QPlainTextEdit(paste)
        self.text_edit.setPlaceholderText("Paste the article's text here")
        self.published = DateField(today, paste, precision=Precision.DAY)
        pl.addRow("Title", self.title_edit)
        pl.addRow("Text", self.text_edit)
        pl.addRow("Published", self.published)
        self.tabs.addTab(paste, "Paste text")

        self.message = label("", self, name="addMessage")
        self.message.setStyleSheet("color: #c92a2a")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Choose articles", str(Path.home()),
                                                "Articles (*.txt *.md *.text *.html *.htm);;All files (*)")
        self.add_files(paths)

    def add_files(self, paths) -> None:
        """List the picked files; of several picked at once, a README or hidden file is left out (a folder's
        notes about itself, as ingesting the folder does) and named, so a select-all adds only articles."""
        from orgtracker.ingest import is_folder_note

        paths = [str(p) for p in paths]
        left_out = [p for p in paths if is_folder_note(p)] if len(paths) > 1 else []
        known = {self.file_list.item(i).text() for i in range(self.file_list.count())}
        for p in paths:
            if p not in known and p not in left_out:
                self.file_list.addItem(p)
        if left_out:
            names = ", ".join(shorten(Path(p).name, 40) for p in left_out)
            self.message.setText(f"Left out {names}: a folder's notes, not an article (choose it alone to add it).")
        else:
            self.message.clear()

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))

    def pasting(self) -> bool:
        return self.tabs.currentIndex() == 1

    def files(self) -> list[Path]:
        return [Path(self.file_list.item(i).text()) for i in range(self.file_list.count())]

    def _accept(self) -> None:
        if self.pasting() and not self.text_edit.toPlainText().strip():
            self.message.setText("Paste the article's text first.")
            return
        if not self.pasting() and not self.files():
            self.message.setText("Choose at least one file.")
            return
        self.accept()

    def paths_to_ingest(self, folder: Path) -> tuple[list[Path], object]:
        """The paths to read and the published date to give those without one; pasted text is saved in `folder`."""
        if not self.pasting():
            return self.files(), self.files_published.fuzzy()
        folder.mkdir(parents=True, exist_ok=True)
        title = " ".join(self.title_edit.text().split())
        slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:40] or "article"
        path = folder / f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{slug}.txt"
        n = 1
        while path.exists():
            path = folder / f"{path.stem}-{n}.txt"
            n += 1
        text = self.text_edit.toPlainText().strip() + "\n"
        path.write_text((title + "\n\n" if title else "") + text, encoding="utf-8")
        return [path], self.published.fuzzy()


def ingest_with_progress(parent: QWidget, store, paths, published):
    """Ingest with a modal progress dialog; returns the report and the ids of the documents it added."""
    from orgtracker.ingest import ingest

    before = {d.id for d in store.documents()}
    dialog = QProgressDialog("Reading the articles…", "", 0, max(1, len(paths)), parent)
    dialog.setWindowTitle("Add articles")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)

    def step(done: int, total: int, path: str) -> None:
        dialog.setMaximum(max(1, total))
        dialog.setValue(done)
        if path:
            dialog.setLabelText(f"Reading {shorten(Path(path).name, 60)}…")
        QApplication.processEvents()

    try:
        report = ingest(store, paths, published=published, progress=step)
    finally:
        dialog.setValue(dialog.maximum())
        dialog.close()
    after = {d.id for d in store.documents()}
    added_paths = {str(Path(d.path).resolve()) for d in report.added} if report.added else set()
    new_ids = (after - before) | {d.id for d in store.documents() if str(Path(d.path).resolve()) in added_paths}
    return report, new_ids
