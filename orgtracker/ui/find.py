"""Find (Ctrl+F): type part of a name, pick a person; the window centres on them and highlights their chain."""

from __future__ import annotations

from collections.abc import Container, Mapping

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def find_people(names: Mapping[int, str], text: str, on_chart: Container[int] = ()) -> list[int]:
    """People whose name contains `text` (case and spacing ignored): on the chart first, then prefix matches."""
    needle = _fold(text)
    if not needle:
        return []
    hits = []
    for pid, name in names.items():
        folded = _fold(name)
        pos = folded.find(needle)
        if pos < 0:
            continue
        starts = [i for i in range(pos, len(folded)) if folded.startswith(needle, i)]
        word_start = any(i == 0 or not folded[i - 1].isalnum() for i in starts)
        hits.append(((pid not in on_chart), folded != needle, not word_start, pos, len(folded), folded, pid))
    hits.sort()
    return [h[-1] for h in hits]


def chain_to_top(person_id: int, manager_of) -> list[int]:
    """The person, their manager, the manager's manager… up to the top (stops on a cycle)."""
    chain = [person_id]
    seen = {person_id}
    while True:
        edge = manager_of(chain[-1])
        if edge is None or edge.manager_id in seen:
            return chain
        chain.append(edge.manager_id)
        seen.add(edge.manager_id)


class FindBar(QWidget):
    """A search field with completion over people's names; emits personChosen(id)."""

    personChosen = Signal(int)
    notFound = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.on_chart: set[int] = set()
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("Find a person (Ctrl+F)")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(240)
        self.field.setMaximumWidth(380)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(self.completer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addStretch(1)
        self.field.returnPressed.connect(self.search)
        self.completer.activated.connect(self._completed)

    def set_people(self, names: Mapping[int, str], on_chart: Container[int]) -> None:
        self.names = dict(names)
        self.on_chart = set(on_chart)
        self._model.setStringList(sorted(set(self.names.values()), key=str.casefold))

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _completed(self, text: str) -> None:
        self.field.setText(text)
        self.search()

    def search(self, text: str | None = None) -> int | None:
        """Find `text` (default: what is typed); emit personChosen for the best match and return its id."""
        if text is not None:
            self.field.setText(text)
        query = self.field.text()
        hits = find_people(self.names, query, self.on_chart)
        if not hits:
            if query.strip():
                self.notFound.emit(query)
            return None
        self.personChosen.emit(hits[0])
        return hits[0]
