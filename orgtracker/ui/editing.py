"""Hand edits in the window: the Edit menu's actions, the review and history docks, the card menu, drag to reparent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import ClaimKind, Status
from orgtracker.domain.intervals import Activity, activity
from orgtracker.edits import commands as C
from orgtracker.edits.names import find_org, find_person
from orgtracker.store import StoreError

from . import edit_dialogs as D
from .commands import perform
from .history import HistoryPanel
from .ingest_news import IngestNews
from .plain import shorten
from .review import ReviewPanel
from .timeline_bar import date_in_words


def install_editing(window) -> "Editing":
    """Give the window its editing tools; returns the controller (also kept as `window.editing`)."""
    window.editing = Editing(window)
    return window.editing


class _CardMenuFilter(QObject):
    def __init__(self, editing: "Editing"):
        super().__init__(editing.window)
        self.editing = editing

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ContextMenu:
            pid = self.editing.window.chart.person_at(event.pos()) if hasattr(self.editing.window.chart, "person_at") else None
            self.editing.card_menu(pid, event.globalPos())
            return True
        return False


class Editing:
    """Runs dialogs, turns them into edit commands, pushes them on the window's undo stack."""

    def __init__(self, window):
        self.window = window
        self.exec_dialog = lambda dialog: dialog.exec()  # tests answer dialogs by replacing this
        self.confirm = self._confirm
        self.last_message: str | None = None
        self._build_actions()
        self._build_docks()
        chart = window.chart
        if hasattr(chart, "personDropped"):
            chart.personDropped.connect(self.person_dropped)
        viewport = chart.viewport() if hasattr(chart, "viewport") else chart
        self._menu_filter = _CardMenuFilter(self)
        viewport.installEventFilter(self._menu_filter)
        window.undo_stack.indexChanged.connect(lambda _i: self.refresh_panels())
        window.changedOnDisk.connect(self.refresh_panels)  # an `orgtracker ingest` or review in a terminal
        self.refresh_panels()

    # -- set-up ----------------------------------------------------------------------------------------
    def _menu(self, title: str) -> QMenu:
        for action in self.window.menuBar().actions():
            if action.text().replace("&", "") == title and action.menu() is not None:
                return action.menu()
        return self.window.menuBar().addMenu(title)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, before: QAction | None = None) -> QAction:
        act = QAction(text, self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        if before is not None:
            menu.insertAction(before, act)
        else:
            menu.addAction(act)
        return act

    def _build_actions(self) -> None:
        w = self.window
        edit = self._menu("Edit")
        edit.addSeparator()
        a = self._action
        self.set_manager_action = a(edit, "Set &manager…", self.set_manager, "Ctrl+M")
        self.end_line_action = a(edit, "&End reporting line…", self.end_line)
        self.line_kind_action = a(edit, "Make line dotted/&solid…", self.line_kind)
        edit.addSeparator()
        self.add_tenure_action = a(edit, "Add &tenure…", self.add_tenure, "Ctrl+Shift+T")
        self.edit_tenure_action = a(edit, "Ed&it tenure…", self.edit_tenure)
        self.end_tenure_action = a(edit, "End te&nure…", self.end_tenure)
        edit.addSeparator()
        self.add_person_action = a(edit, "Add &person…", lambda: self.add_named("person"), "Ctrl+Shift+P")
        self.add_org_action = a(edit, "Add &organisation…", lambda: self.add_named("org"), "Ctrl+Shift+G")
        self.org_parent_action = a(edit, "Set organisation &parent…", self.org_parent)
        self.rename_person_action = a(edit, "&Rename person…", lambda: self.rename("person"), "F2")
        self.rename_org_action = a(edit, "Rename or&ganisation…", lambda: self.rename("org"), "Shift+F2")
        self.merge_people_action = a(edit, "Mer&ge people…", lambda: self.merge("person"))
        self.merge_orgs_action = a(edit, "Merge organisations…", lambda: self.merge("org"))
        self.delete_action = a(edit, "&Delete fact…", self.delete_fact, "Ctrl+Del")

        file_menu = self._menu("File")
        export = getattr(w, "export_action", None)
        self.add_articles_action = a(file_menu, "&Add articles…", self.add_articles, "Ctrl+Shift+O", before=export)

    def _build_docks(self) -> None:
        w = self.window
        self.review = ReviewPanel(self.store, w)
        self.review.decide = self.decide_claims
        self.review.edit = self.edit_claim
        self.review.resolve = self.resolve_conflict
        self.review_dock = QDockWidget("Review queue", w)
        self.review_dock.setObjectName("reviewDock")
        self.review_dock.setWidget(self.review)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_dock)
        self.history = HistoryPanel(self.store, w)
        self.history_dock = QDockWidget("History", w)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        details = getattr(w, "details_dock", None)
        if details is not None:  # full height beside the chart, one tab each
            w.tabifyDockWidget(details, self.review_dock)
        w.tabifyDockWidget(self.review_dock, self.history_dock)
        self.review_dock.hide()
        self.history_dock.hide()
        self.review_dock.visibilityChanged.connect(self._review_shown)  # opened from the View menu: up to date
        view = self._menu("View")
        view.addSeparator()
        self.review_action = self.review_dock.toggleViewAction()
        self.review_action.setText("&Review queue")
        self.review_action.setShortcut(QKeySequence("Ctrl+R"))
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setText("&History")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        view.addAction(self.review_action)
        view.addAction(self.history_action)
        # docks share one tab group: opening one from the menu brings its tab to the front
        self.review_action.triggered.connect(lambda on: on and self.review_dock.raise_())
        self.history_action.triggered.connect(lambda on: on and self.history_dock.raise_())

    # -- plumbing -----------------------------------------------------------------------------------------
    def store(self):
        source = getattr(self.window, "source", None)
        return getattr(source, "store", None)

    def facts(self):
        return self.window.source.facts

    def at(self) -> date:
        return self.window.current_date()

    def refresh_panels(self) -> None:
        from shiboken6 import isValid

        if self.store() is None or not hasattr(self.store(), "_write") or not isValid(self.review_dock):
            return  # a fake store in tests, or the window is being torn down
        self.history.refresh()
        if self.review_dock.isVisible():
            self.review.refresh()

    def _review_shown(self, visible: bool) -> None:
        from shiboken6 import isValid

        if visible and isValid(self.review) and hasattr(self.store(), "_write"):
            self.review.refresh()

    def report(self, message: str) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(shorten(message, 200), 10000)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Edit not made")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.setModal(True)
        box.open()

    def _confirm(self, message: str) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Go ahead?")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message + "\n\nMake the edit anyway?")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def run(self, edit: C.EditCommand) -> bool:
        """Do an edit now (asking about warnings), put it on the undo stack; the window redraws."""
        store = self.store()
        if store is None:
            return False
        done = perform(self.window.undo_stack, store, edit, confirm=self.confirm, report=self.report)
        if done:
            self.last_message = None
            self.window.statusBar().showMessage(shorten(edit.text, 200), 8000)
        return done

    def _dialog(self, dialog: D.EditDialog) -> bool:
        if not self.exec_dialog(dialog):
            return False
        return self.run(dialog.command())

    def _selected(self) -> int | None:
        return getattr(self.window, "selected", None)

    # -- edits from the menu ----------------------------------------------------------------------------------
    def set_manager(self, person: int | None = None, manager: int | None = None) -> bool:
        return self._dialog(D.SetManagerDialog(self.facts(), self.at(), self.window, person or self._selected(), manager))

    def end_line(self, person: int | None = None) -> bool:
        return self._dialog(D.EndLineDialog(self.facts(), self.at(), self.window, person or self._selected()))

    def line_kind(self, person: int | None = None) -> bool:
        return self._dialog(D.LineKindDialog(self.facts(), self.at(), self.window, person or self._selected()))

    def add_tenure(self, person: int | None = None) -> bool:
        return self._dialog(D.TenureDialog(self.facts(), self.at(), self.window, person or self._selected()))

    def edit_tenure(self, tenure_id: int | None = None) -> bool:
        if tenure_id is None:
            tenure_id = self._tenure_at(self._selected())
        if tenure_id is None:
            self.report("Select a person on the chart first: the tenure shown for them is the one edited.")
            return False
        return self._dialog(D.TenureDialog(self.facts(), self.at(), self.window, tenure_id=tenure_id))

    def _tenure_at(self, person: int | None) -> int | None:
        snap = getattr(self.window, "snapshot", None)
        if person is None or snap is None:
            return None
        places = snap.placements_of(person)
        return places[0].tenure_id if places else None

    def end_tenure(self, person: int | None = None, org: int | None = None) -> bool:
        person = person or self._selected()
        if org is None and person is not None and self.window.snapshot is not None:
            places = self.window.snapshot.placements_of(person)
            org = places[0].org_id if places else None
        return self._dialog(D.EndTenureDialog(self.facts(), self.at(), self.window, person, org))

    def add_named(self, kind: str) -> bool:
        return self._dialog(D.NameDialog(self.facts(), self.at(), self.window, kind=kind))

    def rename(self, kind: str, entity: int | None = None) -> bool:
        if entity is None and kind == "person":
            entity = self._selected()
        dialog = D.NameDialog(self.facts(), self.at(), self.window, kind=kind, entity_id=entity, renaming=True)
        return self._dialog(dialog)

    def org_parent(self, org: int | None = None) -> bool:
        return self._dialog(D.OrgParentDialog(self.facts(), self.at(), self.window, org))

    def merge(self, kind: str, keep: int | None = None) -> bool:
        if keep is None and kind == "person":
            keep = self._selected()
        return self._dialog(D.MergeDialog(self.facts(), self.at(), self.window, kind=kind, keep=keep))

    def delete_fact(self, person: int | None = None) -> bool:
        return self._dialog(D.DeleteFactDialog(self.facts(), self.at(), self.window, person or self._selected()))

    # -- the chart ---------------------------------------------------------------------------------------------
    def person_dropped(self, dragged: int, target: int) -> bool:
        """A card dropped on another: from the timeline's date the dragged person reports to the target."""
        at = self.at()
        start = FuzzyDate.day(at)
        facts = self.facts()
        mine, theirs = self._orgs_at(facts, dragged, at), self._orgs_at(facts, target, at)
        if mine and theirs and not (mine & theirs):
            to_org = next(iter(sorted(theirs))) if len(theirs) == 1 else None
            from_org = next(iter(sorted(mine))) if len(mine) == 1 else None
            dialog = D.MoveDialog(facts, at, self.window, person=dragged, manager=target, from_org=from_org,
                                  to_org=to_org)
            return self._dialog(dialog)
        return self.run(C.SetManager(dragged, target, start))

    @staticmethod
    def _orgs_at(facts, pid: int, at: date) -> set[int]:
        return {t.org_id for t in facts.live_tenures() if t.person_id == pid
                and activity(t.start, t.end, at) is not Activity.INACTIVE}

    def card_menu(self, person: int | None, global_pos) -> QMenu | None:
        if person is None:
            return None
        if person != self.window.selected and global_pos is not None:
            self.window.select_person(person)  # the details beside the menu show whom it is about
        name = self.facts().people[person].name if person in self.facts().people else "?"
        menu = QMenu(self.window)
        menu.setObjectName("cardMenu")
        title = menu.addAction(shorten(name, 60))
        title.setEnabled(False)
        menu.addSeparator()
        menu.addAction("Set manager…", lambda: self.set_manager(person))
        menu.addAction("End reporting line…", lambda: self.end_line(person))
        menu.addAction("Make line dotted/solid…", lambda: self.line_kind(person))
        menu.addSeparator()
        menu.addAction("Add tenure…", lambda: self.add_tenure(person))
        menu.addAction("Edit tenure…", lambda: self.edit_tenure(self._tenure_at(person)))
        menu.addAction("End tenure…", lambda: self.end_tenure(person))
        menu.addSeparator()
        menu.addAction("Rename…", lambda: self.rename("person", person))
        menu.addAction("Merge with…", lambda: self.merge("person", person))
        menu.addAction("Delete a fact…", lambda: self.delete_fact(person))
        if global_pos is not None:
            menu.popup(global_pos)
        self.last_menu = menu
        return menu

    # -- review queue --------------------------------------------------------------------------------------------
    def show_review(self, document_ids: set[int] | None = None, which: str | None = None) -> None:
        self.review_dock.show()
        self.review_dock.raise_()
        if which:
            self.review.filter.blockSignals(True)
            self.review.filter.setCurrentIndex(max(0, self.review.filter.findData(which)))
            self.review.filter.blockSignals(False)
        self.review.set_documents(document_ids)
        self.review.list.setFocus()

    def decide_claims(self, ids: list[int], status: Status) -> bool:
        return self.run(C.ReviewClaims(ids, status))

    def resolve_conflict(self, keep, drop) -> bool:
        return self.run(C.ResolveConflict(keep, drop))

    def edit_claim(self, item) -> bool:
        """Open the edit that corrects a claim, prefilled; if it is made, the claim is set aside (one undo step)."""
        facts = self.facts()

        def who(name):
            try:
                return find_person(facts, name) if name else None
            except StoreError:
                return None

        def where(name):
            try:
                return find_org(facts, name) if name else None
            except StoreError:
                return None

        at = item.date.earliest if item.date and item.date.earliest else self.at()
        if item.kind is ClaimKind.REPORTS_TO:
            dialog = D.SetManagerDialog(facts, at, self.window, who(item.person),
                                        who(item.manager))
        elif item.kind is ClaimKind.LEAVE:
            dialog = D.EndTenureDialog(facts, at, self.window, who(item.person),
                                       where(item.org))
        else:
            dialog = D.TenureDialog(facts, at, self.window, who(item.person))
            dialog.fill(org=where(item.org), job=item.role)
            if item.date is not None:
                dialog.start.set_fuzzy(item.date)
        if not self.exec_dialog(dialog):
            return False
        stack = self.window.undo_stack
        stack.beginMacro(f"Correct claim: {shorten(item.words, 60)}")
        try:
            made = self.run(dialog.command())
            if made:
                self.run(C.ReviewClaims([item.claim_id], Status.REJECTED))
        finally:
            stack.endMacro()
        if not made:
            stack.undo()  # an empty macro step: take it off again
        self.review.refresh()
        return made

    def tell_ingest(self, news: IngestNews, report) -> None:
        """Say what an ingest added, in plain words, and go to the newest change it brought (the chart may
        show a date where none of it is visible)."""
        win, src = self.window, self.window.source
        if report.nothing_new:
            *failed, nothing = report.summary()  # the summary ends with "nothing new (…)"
            text = "Nothing new" + nothing.removeprefix("nothing new") + "".join(f"; {f}" for f in failed)
            win.statusBar().showMessage(shorten(text, 200), 10000)
            return
        newest = news.newest_change(src.facts, src.dates)
        shown = ""
        if newest is not None:
            if newest != win.current_date():
                win.go_to(newest)
            shown = f"; now shown at {date_in_words(win.current_date())} (their newest change)"
        text = news.message(src.facts, len(report.added), report.claims_added, shown)
        win.statusBar().showMessage(shorten(text, 300), 20000)

    # -- add articles ---------------------------------------------------------------------------------------------
    def add_articles(self) -> bool:
        from orgtracker import paths

        from .add_articles import AddArticlesDialog, ingest_with_progress

        dialog = AddArticlesDialog(self.window, today=date.today())
        if not self.exec_dialog(dialog):
            return False
        store = self.store()
        news = IngestNews.before(self.window.source.facts)
        try:
            files, published = dialog.paths_to_ingest(paths.data_dir() / "articles")
            report, new_ids = ingest_with_progress(self.window, store, files, published)
        except (OSError, StoreError) as exc:
            self.report(f"Could not add the articles: {exc}")
            return False
        self.window.reload()
        self.tell_ingest(news, report)
        if report.failed:
            self.report("\n".join(report.summary()))
        self.show_review(new_ids or None, "all" if new_ids else None)
        return bool(report.added)
