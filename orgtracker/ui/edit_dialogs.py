"""Dialogs for hand edits: pickers for people and organisations, a date with its precision, one form per edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from orgtracker.domain.dates import FuzzyDate, Precision
from orgtracker.domain.facts import FactSet, LineKind, Status
from orgtracker.edits import commands as C

from .plain import label, shorten

PRECISIONS = [("day", Precision.DAY), ("month", Precision.MONTH), ("year", Precision.YEAR)]


# -- building blocks ---------------------------------------------------------------------------------------------
class Picker(QComboBox):
    """A searchable list of names (type any part of a name); `value()` is the chosen id or None."""

    def __init__(self, names: dict[int, str], parent: QWidget | None = None, current: int | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(28)
        for i, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.addItem(shorten(name, 90), i)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText("Type part of a name…")
        self.set_value(current)

    def set_value(self, i: int | None) -> None:
        index = self.findData(i) if i is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def value(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [k for k in range(self.count()) if text.casefold() in self.itemText(k).casefold()]
            index = matches[0] if len(matches) == 1 else -1
        return self.itemData(index) if index >= 0 else None


class DateField(QWidget):
    """A date and its precision (day, month, year); optionally "unknown" (None: before the sources / still running)."""

    def __init__(self, value: date | None, parent: QWidget | None = None, optional: str | None = None,
                 precision: Precision = Precision.DAY):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDateRange(QDate(1800, 1, 1), QDate(2200, 12, 31))
        d = value or date.today()
        self.edit.setDate(QDate(d.year, d.month, d.day))
        self.precision = QComboBox(self)
        for text, p in PRECISIONS:
            self.precision.addItem(text, p)
        self.precision.setCurrentIndex([p for _, p in PRECISIONS].index(precision))
        self.precision.setToolTip("How precisely the date is known: a month stands for the whole month")
        row.addWidget(self.edit)
        row.addWidget(self.precision)
        self.unknown: QCheckBox | None = None
        if optional:
            self.unknown = QCheckBox(optional, self)
            self.unknown.toggled.connect(self._toggle)
            self.unknown.setChecked(value is None)
            row.addWidget(self.unknown)
        row.addStretch(1)

    def _toggle(self, on: bool) -> None:
        self.edit.setEnabled(not on)
        self.precision.setEnabled(not on)

    def set_fuzzy(self, fd: FuzzyDate | None) -> None:
        if fd is None or fd.value is None:
            if self.unknown is not None:
                self.unknown.setChecked(True)
            return
        if self.unknown is not None:
            self.unknown.setChecked(False)
        self.edit.setDate(QDate(fd.value.year, fd.value.month, fd.value.day))
        if fd.precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
            self.precision.setCurrentIndex([p for _, p in PRECISIONS].index(fd.precision))

    def fuzzy(self) -> FuzzyDate | None:
        if self.unknown is not None and self.unknown.isChecked():
            return None
        q = self.edit.date()
        p = Precision(self.precision.currentData())  # Qt hands the enum back as its string value
        if p is Precision.YEAR:
            return FuzzyDate.year(q.year())
        if p is Precision.MONTH:
            return FuzzyDate.month(q.year(), q.month())
        return FuzzyDate.day(date(q.year(), q.month(), q.day()))


class EditDialog(QDialog):
    """A form with OK/Cancel; `build()` in a subclass adds rows, `command()` turns them into an edit."""

    title = "Edit"

    def __init__(self, facts: FactSet, at: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.title)
        self.facts = facts
        self.at = at
        self.form = QFormLayout(self)
        self.message = label("", self, name="editMessage")
        self.message.setStyleSheet("color: #c92a2a")
        self.build()
        self.form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)

    def first_empty(self) -> QWidget | None:
        """The first name or text field still to fill, in form order: typing goes there, not after a prefilled name."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, Picker) and widget.isEnabled() and widget.value() is None:
                return widget
            if isinstance(widget, QLineEdit) and widget.isEnabled() and not widget.text().strip():
                return widget
        return None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        field = self.first_empty()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def people(self) -> dict[int, str]:
        return {pid: p.name for pid, p in self.facts.people.items()}

    def orgs(self) -> dict[int, str]:
        return {oid: o.name for oid, o in self.facts.orgs.items()}

    def build(self) -> None:  # pragma: no cover - each dialog defines it
        raise NotImplementedError

    def command(self) -> C.EditCommand:
        raise NotImplementedError

    def problem(self) -> str | None:
        """What is missing from the form, in words; None when it can be sent."""
        return None

    def _accept(self) -> None:
        missing = self.problem()
        if missing:
            self.message.setText(missing)
            return
        self.accept()

    def fill(self, **values) -> "EditDialog":
        """Set fields by name (tests and the review queue prefill dialogs this way)."""
        for name, value in values.items():
            widget = getattr(self, name)
            if isinstance(widget, Picker):
                widget.set_value(value)
            elif isinstance(widget, DateField):
                widget.set_fuzzy(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
        return self


def _need(*pairs) -> str | None:
    for value, text in pairs:
        if value is None or value == "":
            return text
    return None


# -- the dialogs ------------------------------------------------------------------------------------------------------
class SetManagerDialog(EditDialog):
    title = "Set manager"

    def __init__(self, facts, at, parent=None, person: int | None = None, manager: int | None = None):
        self._person, self._manager = person, manager
        super().__init__(facts, at, parent)

    def build(self):
        self.person = Picker(self.people(), self, self._person)
        self.manager = Picker(self.people(), self, self._manager)
        self.start = DateField(self.at, self)
        self.dotted = QCheckBox("Dotted line (a secondary manager)", self)
        self.form.addRow("Person", self.person)
        self.form.addRow("Reports to", self.manager)
        self.form.addRow("From", self.start)
        self.form.addRow("", self.dotted)

    def problem(self):
        return _need((self.person.value(), "Pick the person (type part of a name)."),
                     (self.manager.value(), "Pick the manager (type part of a name)."))

    def command(self):
        kind = LineKind.DOTTED if self.dotted.isChecked() else LineKind.SOLID
        return C.SetManager(self.person.value(), self.manager.value(), self.start.fuzzy(), kind=kind)


class _LineChoice(EditDialog):
    def __init__(self, facts, at, parent=None, person: int | None = None):
        self._person = person
        super().__init__(facts, at, parent)

    def _lines_row(self):
        self.line = QComboBox(self)
        names = self.people()
        for r in sorted(self.facts.live_lines(), key=lambda r: (names.get(r.person_id, ""), r.id)):
            if self._person is not None and r.person_id != self._person:
                continue
            when = f"from {r.start.describe()}" if r.start else "from before the sources"
            until = f" until {r.end.describe()}" if r.end else ""
            self.line.addItem(shorten(f"{names.get(r.person_id, '?')} → {names.get(r.manager_id, '?')} "
                                      f"({r.kind.value}, {when}{until})", 120), r.id)
        self.form.addRow("Reporting line", self.line)

    def problem(self):
        return None if self.line.currentData() is not None else "There is no reporting line to pick."


class EndLineDialog(_LineChoice):
    title = "End reporting line"

    def build(self):
        self._lines_row()
        self.on = DateField(self.at, self)
        self.form.addRow("Ends on", self.on)
        self.form.addRow(label("The first day the line no longer holds.", self))

    def command(self):
        return C.EndLine(self.line.currentData(), self.on.fuzzy())


class LineKindDialog(_LineChoice):
    title = "Dotted or solid line"

    def build(self):
        self._lines_row()
        self.kind = QComboBox(self)
        self.kind.addItem("solid (the manager)", LineKind.SOLID)
        self.kind.addItem("dotted (a secondary line)", LineKind.DOTTED)
        self.form.addRow("Make it", self.kind)

    def command(self):
        return C.SetLineKind(self.line.currentData(), LineKind(self.kind.currentData()))


class TenureDialog(EditDialog):
    """Add a tenure, or edit one (`tenure_id`)."""

    title = "Tenure"

    def __init__(self, facts, at, parent=None, person: int | None = None, tenure_id: int | None = None):
        self._person, self._tenure = person, next((t for t in facts.tenures if t.id == tenure_id), None)
        if self._tenure is not None:
            self._person = self._tenure.person_id
        self.title = "Edit tenure" if self._tenure else "Add tenure"
        super().__init__(facts, at, parent)

    def build(self):
        t = self._tenure
        self.person = Picker(self.people(), self, self._person)
        self.person.setEnabled(t is None)
        self.org = Picker(self.orgs(), self, t.org_id if t else None)
        self.job = QLineEdit(t.title or "" if t else "", self)
        self.job.setPlaceholderText("e.g. Chief AI Officer (may be left empty)")
        self.start = DateField(self.at, self, optional="unknown (before the sources)")
        self.end = DateField(self.at, self, optional="still there")
        if t is not None:
            self.start.set_fuzzy(t.start)
            self.end.set_fuzzy(t.end)
        else:
            self.start.unknown.setChecked(False)
            self.end.unknown.setChecked(True)
        self.form.addRow("Person", self.person)
        self.form.addRow("Organisation", self.org)
        self.form.addRow("Title", self.job)
        self.form.addRow("From", self.start)
        self.form.addRow("Until", self.end)

    def problem(self):
        return _need((self.person.value(), "Pick the person."),
                     (self.org.value(), "Pick the organisation (add it first with Edit → Add organisation…)."))

    def command(self):
        if self._tenure is not None:
            return C.EditTenure(self._tenure.id, self.org.value(), self.job.text(), self.start.fuzzy(), self.end.fuzzy())
        return C.AddTenure(self.person.value(), self.org.value(), self.job.text(), self.start.fuzzy(), self.end.fuzzy())


class EndTenureDialog(EditDialog):
    title = "End tenure"

    def __init__(self, facts, at, parent=None, person: int | None = None, org: int | None = None):
        self._person, self._org = person, org
        super().__init__(facts, at, parent)

    def build(self):
        self.person = Picker(self.people(), self, self._person)
        self.org = Picker(self.orgs(), self, self._org)
        self.on = DateField(self.at, self)
        self.form.addRow("Person", self.person)
        self.form.addRow("Leaves", self.org)
        self.form.addRow("On", self.on)
        self.form.addRow(label("The first day they are no longer there; their lines to colleagues there end too.", self))

    def problem(self):
        return _need((self.person.value(), "Pick the person."), (self.org.value(), "Pick the organisation."))

    def command(self):
        return C.EndTenure(self.person.value(), self.org.value(), self.on.fuzzy())


class NameDialog(EditDialog):
    """Add a person or organisation, or rename one (`entity_id`)."""

    def __init__(self, facts, at, parent=None, kind: str = "person", entity_id: int | None = None,
                 renaming: bool = False):
        self.kind, self.entity_id = kind, entity_id
        self.renaming = renaming or entity_id is not None
        what = "person" if kind == "person" else "organisation"
        self.title = f"Rename {what}" if self.renaming else f"Add {what}"
        super().__init__(facts, at, parent)

    def build(self):
        names = self.people() if self.kind == "person" else self.orgs()
        self.entity = None
        if self.renaming:
            self.entity = Picker(names, self, self.entity_id)
            self.form.addRow("Rename", self.entity)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("Full name" if self.kind == "person" else "The organisation's name, e.g. Acme Labs")
        self.form.addRow("New name" if self.entity is not None else "Name", self.name)

    def problem(self):
        if self.entity is not None and self.entity.value() is None:
            return "Pick what to rename."
        return _need((self.name.text().strip(), "Type a name."))

    def command(self):
        if self.entity is not None:
            return C.Rename(self.kind, self.entity.value(), self.name.text())
        return C.AddPerson(self.name.text()) if self.kind == "person" else C.AddOrg(self.name.text())


class OrgParentDialog(EditDialog):
    title = "Set organisation parent"

    def __init__(self, facts, at, parent=None, org: int | None = None):
        self._org = org
        super().__init__(facts, at, parent)

    def build(self):
        self.org = Picker(self.orgs(), self, self._org)
        self.parent_org = Picker(self.orgs(), self)
        self.start = DateField(self.at, self, optional="always (no known date)")
        self.start.unknown.setChecked(False)
        self.form.addRow("Organisation", self.org)
        self.form.addRow("Sits inside", self.parent_org)
        self.form.addRow("From", self.start)

    def problem(self):
        return _need((self.org.value(), "Pick the organisation."), (self.parent_org.value(), "Pick the parent."))

    def command(self):
        return C.SetOrgParent(self.org.value(), self.parent_org.value(), self.start.fuzzy())


class MergeDialog(EditDialog):
    title = "Merge duplicates"

    def __init__(self, facts, at, parent=None, kind: str = "person", keep: int | None = None):
        self.kind, self._keep = kind, keep
        super().__init__(facts, at, parent)

    def build(self):
        names = self.people() if self.kind == "person" else self.orgs()
        self.keep = Picker(names, self, self._keep)
        self.gone = Picker(names, self)
        self.form.addRow("Keep", self.keep)
        self.form.addRow("Merge into it", self.gone)
        self.form.addRow(label("Every fact, alias and quote of the second moves to the first; "
                               "the second name stays as an alias.", self))

    def problem(self):
        return _need((self.keep.value(), "Pick the record to keep."), (self.gone.value(), "Pick its duplicate."))

    def command(self):
        return C.Merge(self.kind, self.keep.value(), self.gone.value())


class DeleteFactDialog(EditDialog):
    title = "Delete a fact"

    def __init__(self, facts, at, parent=None, person: int | None = None):
        self._person = person
        super().__init__(facts, at, parent)

    def build(self):
        self.fact = QComboBox(self)
        people, orgs = self.people(), self.orgs()
        for t in self.facts.tenures:
            if t.status is not Status.REJECTED and self._person in (None, t.person_id):
                self.fact.addItem(shorten(f"{people.get(t.person_id, '?')}: {t.title or 'member'} at "
                                          f"{orgs.get(t.org_id, '?')} ({t.origin.value})", 120), ("tenure", t.id))
        for r in self.facts.lines:
            if r.status is not Status.REJECTED and self._person in (None, r.person_id):
                self.fact.addItem(shorten(f"{people.get(r.person_id, '?')} → {people.get(r.manager_id, '?')} "
                                          f"({r.kind.value}, {r.origin.value})", 120), ("line", r.id))
        self.form.addRow("Fact", self.fact)
        self.form.addRow(label("An extracted fact is marked rejected (kept, so re-reading the articles cannot "
                               "bring it back); one entered by hand is removed.", self))

    def problem(self):
        return None if self.fact.currentData() else "There is no fact to delete."

    def command(self):
        kind, fact_id = self.fact.currentData()
        return C.DeleteFact(kind, fact_id)


class MoveDialog(EditDialog):
    """A card dropped on a manager at another organisation: move the person there, with which title."""

    title = "Move to the manager's organisation?"

    def __init__(self, facts, at, parent=None, person: int = 0, manager: int = 0, from_org: int | None = None,
                 to_org: int | None = None):
        self._person, self._manager, self._from, self._to = person, manager, from_org, to_org
        super().__init__(facts, at, parent)

    def build(self):
        who, boss = self.people().get(self._person, "?"), self.people().get(self._manager, "?")
        self.form.addRow(label(f"{who} would report to {boss}, who is at another organisation.", self))
        self.move = QCheckBox(f"Also move {shorten(who, 40)} to {shorten(self.orgs().get(self._to, '?'), 40)}", self)
        self.move.setChecked(self._to is not None)
        self.move.setEnabled(self._to is not None)
        self.job = QLineEdit(self)
        self.job.setPlaceholderText("title there (may be left empty)")
        self.start = DateField(self.at, self)
        self.form.addRow("", self.move)
        self.form.addRow("Title", self.job)
        self.form.addRow("From", self.start)

    def command(self):
        if self.move.isChecked():
            return C.SetManager(self._person, self._manager, self.start.fuzzy(), org_id=self._to,
                                title=self.job.text().strip() or None, leave_org_id=self._from)
        return C.SetManager(self._person, self._manager, self.start.fuzzy(), force=True)
