"""View → Compare…: pick two dates; the chart shows the later one with what changed since the earlier marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class CompareDialog(QDialog):
    """Two date pickers bounded by the timeline; `dates()` gives them earlier first."""

    def __init__(self, first: date, last: date, a: date, b: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Compare two dates")
        self.a_edit, self.b_edit = QDateEdit(self), QDateEdit(self)
        for edit, value in ((self.a_edit, a), (self.b_edit, b)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDateRange(_qdate(first), _qdate(last))
            edit.setDate(_qdate(value))
        form = QFormLayout(self)
        form.addRow("Earlier date", self.a_edit)
        form.addRow("Later date", self.b_edit)
        note = QLabel("The chart shows the later date; who joined (green), left (red) or moved (blue, with a faded "
                      "card where they were) since the earlier one is marked.", self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Compare")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def dates(self) -> tuple[date, date]:
        qa, qb = self.a_edit.date(), self.b_edit.date()
        a, b = date(qa.year(), qa.month(), qa.day()), date(qb.year(), qb.month(), qb.day())
        return (a, b) if a <= b else (b, a)
