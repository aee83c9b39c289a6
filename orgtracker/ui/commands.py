"""QUndoCommands that wrap the core edit commands: the window's undo stack drives do/undo on the store."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from orgtracker.edits.commands import EditCommand
from orgtracker.store import StoreError
from orgtracker.store.editing import NeedsConfirmation

from .plain import shorten


class UndoableEdit(QUndoCommand):
    """One edit on the undo stack. It is done before it is pushed (so a refusal never reaches the stack);
    the push's first redo() is therefore skipped. A later undo/redo that the store refuses (the rows
    changed since) is reported and the command leaves the stack."""

    def __init__(self, edit: EditCommand, store, report: Callable[[str], None]):
        super().__init__(shorten(edit.text, 90))
        self.edit = edit
        self.store = store
        self.report = report
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self.edit.do, "redo")

    def undo(self) -> None:
        self._run(self.edit.undo, "undo")

    def _run(self, step, what: str) -> None:
        try:
            step(self.store)
        except StoreError as exc:
            self.setObsolete(True)
            self.report(f"Could not {what}: {exc}")


def perform(stack: QUndoStack, store, edit: EditCommand, *, confirm: Callable[[str], bool],
            report: Callable[[str], None]) -> bool:
    """Do an edit now and put it on the stack. A warning asks `confirm(message)`; a refusal calls
    `report(message)` and leaves the database as it was. True when the edit was made."""
    try:
        edit.do(store)
    except NeedsConfirmation as exc:
        if not confirm(str(exc)):
            return False
        edit.force = True
        try:
            edit.do(store)
        except StoreError as again:
            report(str(again))
            return False
    except StoreError as exc:
        report(str(exc))
        return False
    stack.push(UndoableEdit(edit, store, report))
    return True
