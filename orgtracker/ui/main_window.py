"""The main window: the chart, the timeline bar under it, the details dock, find, talent flow, compare, export."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from orgtracker import __version__
from orgtracker.domain.intervals import Activity
from orgtracker.timeline.snapshot import certain_part
from orgtracker.wording import count

from . import chart_adapter
from .compare_dialog import CompareDialog
from .details import DetailsPanel
from .export_dialog import ExportDialog, ExportRequest
from .find import FindBar, chain_to_top
from .flows_view import FlowsView
from .plain import shorten, shorten_path, tooltip
from .settings import app_settings, read_date
from .source import ChartSource
from .timeline_bar import date_in_words, previous_date
from .watcher import DatabaseWatcher


def distinct_keys(*groups) -> list[QKeySequence]:
    """The key sequences of all groups, each once: Qt acts on none of an action's keys listed twice
    ("ambiguous shortcut"), and some platforms' redo keys already hold Ctrl+Shift+Z."""
    seen: dict[str, QKeySequence] = {}
    for group in groups:
        for key in group:
            seen.setdefault(key.toString(), key)
    return list(seen.values())


FIRST_VIEW_SETTLE_S = 2.0  # resizes this soon after showing re-fit the first view


class MainWindow(QMainWindow):
    """Shows one database through time; `reload()` after anything writes to it."""

    dateShown = Signal(object)  # the date whose snapshot the chart now shows
    exported = Signal(object)  # the path of a finished export
    changedOnDisk = Signal()  # another program wrote the database; the chart has been read again

    def __init__(self, source: ChartSource, at: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.source = source
        self.snapshot = None
        self.shown_date: date | None = None
        self.selected: int | None = None
        self.collapsed: set[int] = set()
        self.compact = True
        self.show_uncertain = True  # cards and lines only possibly there at the date (dashed)
        self.comparing: tuple[date, date] | None = None
        self.last_changes: list = []
        self._later_note = ""  # the opening "shown as of today" message, cleared once the date moves
        self.undo_stack = QUndoStack(self)
        self.watcher: DatabaseWatcher | None = None

        self.chart = chart_adapter.make_chart(self)
        self.flows = FlowsView(self.source.flows, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.chart, "Org chart")
        self.tabs.addTab(self.flows, "Talent flow")
        from .timeline_bar import TimelineBar

        self.timeline = TimelineBar(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([800, 110])
        self.setCentralWidget(self.splitter)

        self.details = DetailsPanel(self)
        self.details.describe_document = self.source.describe_document
        self.details_dock = QDockWidget("Details", self)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.details_dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)

        self.find_bar = FindBar(self)
        self.toolbar = QToolBar("Find", self)
        self.toolbar.setObjectName("findToolbar")
        self.toolbar.setMovable(False)
        self._build_menus()
        self.toolbar.addWidget(self.find_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.status_people = QLabel(self)
        self.status_db = QLabel(self)
        for lab in (self.status_people, self.status_db):
            lab.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.status_people)
        self.statusBar().addPermanentWidget(self.status_db)
        # a message longer than the bar is cut at its edge: hovering the bar shows it whole
        bar = self.statusBar()
        bar.messageChanged.connect(lambda text: bar.setToolTip(tooltip(text, wrap=True) if text else ""))

        self.timeline.dateChanged.connect(self._date_changed)
        # An edit command writes the database in redo()/undo(); the chart follows at once.
        self.undo_stack.indexChanged.connect(self._undo_step)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.find_bar.personChosen.connect(self.focus_person)
        self.find_bar.notFound.connect(lambda q: self.statusBar().showMessage(f"Nobody on record matches “{q}”", 5000))
        chart_adapter.connect(self.chart, clicked=self.select_person, hovered=self._hovered, empty=self.clear_selection)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.clear_selection)

        self._fitted = False
        self._shown_at = 0.0
        self._first_view = QTimer(self, singleShot=True, interval=50, timeout=self.readable_view)
        self.resize(self._first_size())
        self._restore_settings()
        self._load_source(at)
        self.chart.setFocus()  # arrows and Space drive the timeline from the start, not the find field
        from orgtracker.ui.editing import install_editing  # it imports dialogs that import this window's helpers

        install_editing(self)  # edits, review queue, history
        self._restore_dock_state()  # the docks install_editing added take their remembered places too

    @property
    def store(self):
        """The open store, for tools that edit it."""
        return self.source.store

    def _first_size(self) -> QSize:
        """The whole available screen up to 1800×1100 (before any remembered geometry)."""
        screen = QApplication.primaryScreen()
        if screen is None:
            return QSize(1400, 900)
        avail = screen.availableGeometry().size()
        return QSize(min(1800, avail.width()), min(1100, avail.height()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._shown_at = time.monotonic()
            self._first_view.start()  # once the chart has its real size

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # a window manager may still be settling the window's size just after it is shown:
        # the first view follows it, so the chart is not fitted to a size the window no longer has
        if self._fitted and time.monotonic() - self._shown_at < FIRST_VIEW_SETTLE_S:
            self._first_view.start()

    # -- menus ------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, checkable: bool = False, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open database…", self.choose_database, QKeySequence.StandardKey.Open)
        self.export_action = self._action(file_menu, "&Export as PNG/SVG…", self.export_dialog, "Ctrl+E")
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(distinct_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                                                    [QKeySequence("Ctrl+Shift+Z")]))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        # after the stack has moved (its own connection runs first): say what was undone or done again
        self.undo_action.triggered.connect(lambda: self._say_step("Undone", self.undo_stack.redoText()))
        self.redo_action.triggered.connect(lambda: self._say_step("Done again", self.undo_stack.undoText()))
        edit_menu.addSeparator()
        self.find_action = self._action(edit_menu, "&Find person…", lambda: self.find_bar.focus(), QKeySequence.StandardKey.Find)
        self.clear_action = self._action(edit_menu, "Clear selection", self.clear_selection, tip="Esc")

        view = bar.addMenu("&View")
        self.fit_action = self._action(view, "&Fit to window", self.fit, "Ctrl+0")
        self.zoom_in_action = self._action(view, "Zoom &in", lambda: chart_adapter.zoom(self.chart, 1.25), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(view, "Zoom &out", lambda: chart_adapter.zoom(self.chart, 0.8), QKeySequence.StandardKey.ZoomOut)
        view.addSeparator()
        self.collapse_action = self._action(view, "&Collapse/expand subtree", self.toggle_collapse, "C",
                                            tip="Hide or show the reports of the selected person")
        self.compact_action = self._action(view, "Compact &arrangement", self.set_compact, "Ctrl+K", checkable=True,
                                           tip="Stack many reports in columns instead of one long row")
        self.legend_action = self._action(view, "Show &legend", self.set_legend_visible, "Ctrl+L", checkable=True,
                                          tip="What the lines and marks on the cards mean")
        self.legend_action.setChecked(True)
        self.uncertain_action = self._action(view, "Show &uncertain people", self.set_show_uncertain, "Ctrl+U",
                                             checkable=True, tip="Also show people and lines whose dates only "
                                             "possibly include this date (dashed)")
        self.uncertain_action.setChecked(True)
        view.addSeparator()
        self.first_action = self._action(view, "F&irst change", self.timeline.go_first, Qt.Key.Key_Home,
                                         tip="The chart at the earliest dated change (Home)")
        self.prev_action = self._action(view, "&Previous change", self.timeline.step_back, Qt.Key.Key_Left,
                                        tip="Step back to the previous change (←)")
        self.next_action = self._action(view, "&Next change", self.timeline.step_forward, Qt.Key.Key_Right,
                                        tip="Step on to the next change (→)")
        self.last_action = self._action(view, "&Last change", self.timeline.go_last, Qt.Key.Key_End,
                                        tip="The chart at the latest dated change (End)")
        self.play_action = self._action(view, "Play/&pause", self.timeline.toggle_play, Qt.Key.Key_Space,
                                        tip="Play through the changes one by one (Space)")
        view.addSeparator()
        self.flows_action = self._action(view, "&Talent flow", self.show_flows, "Ctrl+T", checkable=True)
        self.compare_action = self._action(view, "Co&mpare two dates…", self.compare_dialog, "Ctrl+D")

        help_menu = bar.addMenu("&Help")
        self.shortcuts_action = self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action(help_menu, "&About orgtracker", self.about)

    # -- data -------------------------------------------------------------------------------
    def _load_source(self, at: date | None) -> None:
        src = self.source
        self.details.describe_document = src.describe_document
        self.timeline.set_dates(src.dates, src.precisions, until=date.today())
        self.flows.compute = src.flows
        self.flows.set_range(src.first_date(), src.last_date())
        later = []
        if at is None:
            at = opening_date(src.dates, date.today())
            later = [d for d in src.dates if d > at]
        chart_adapter.set_row_width_for(self.chart, len(src.facts.orgs))
        self.status_db.setText(shorten_path(str(src.path)) if src.path else "")
        self.status_db.setToolTip(tooltip(str(src.path)) if src.path else "")
        self.setWindowTitle(f"orgtracker — {src.path.name}" if src.path else "orgtracker")
        self._watch()
        self.shown_date = None
        self.timeline.set_date(at, emit=False)
        self._show(self.timeline.current_date(), animate=False)
        self._later_note = ""
        if later:
            self._later_note = (f"Shown as of today; {count(len(later), 'announced change')} "
                                f"come{'' if len(later) > 1 else 's'} later, to {date_in_words(later[-1])} "
                                "(→ steps on, End jumps there)")
            self.statusBar().showMessage(self._later_note, 20000)

    def _watch(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        if self.source.path is not None:
            self.watcher = DatabaseWatcher(self.source.path, parent=self)
            self.watcher.changed.connect(self._changed_on_disk)

    def _changed_on_disk(self) -> None:
        self.reload()
        self.changedOnDisk.emit()
        self.statusBar().showMessage("The database changed on disk; the chart is up to date.", 5000)

    def reload(self) -> None:
        """Read the database again and redraw the current date (after an edit, an ingest, another window)."""
        at = self.timeline.current_date()
        self.source.reload()
        chart_adapter.set_row_width_for(self.chart, len(self.source.facts.orgs))
        self.timeline.set_dates(self.source.dates, self.source.precisions, until=date.today())
        self.flows.set_range(self.source.first_date(), self.source.last_date())
        self.timeline.set_date(at, emit=False)
        self.shown_date = None
        self._show(self.timeline.current_date(), animate=False)
        if self.watcher is not None:
            self.watcher.acknowledge()

    def _undo_step(self, _index: int) -> None:
        self.reload()

    def set_source(self, source: ChartSource, at: date | None = None) -> None:
        old = self.source
        self.source = source
        self.selected = None
        self.collapsed.clear()
        self.comparing = None
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()  # the old database's edits cannot be undone in the new one
        self.undo_stack.blockSignals(False)
        self.details.clear()
        self._load_source(at)
        if old is not source:
            old.close()

    # -- the date ---------------------------------------------------------------------------
    def current_date(self) -> date:
        return self.timeline.current_date()

    def go_to(self, at: date) -> None:
        """Move the timeline to `at` (clamped to the timeline) and show it."""
        self.timeline.set_date(at, emit=True)
        if self.shown_date != self.timeline.current_date():
            self._show(self.timeline.current_date(), animate=False)

    def _date_changed(self, at: date) -> None:
        if self.statusBar().currentMessage() == self._later_note:
            self.statusBar().clearMessage()  # "shown as of today" is wrong once the user has moved
        self._show(at, animate=True)

    def _snapshot(self, at: date):
        """The chart's content at `at`: without what is only possibly there when the user hides it."""
        snap = self.source.snapshot(at)
        return snap if self.show_uncertain else certain_part(snap)

    def _show(self, at: date, animate: bool) -> None:
        self.comparing = None
        snap = self._snapshot(at)
        chart_adapter.show(self.chart, snap, self._layout_for(snap), animate=animate)
        if self.collapsed:
            chart_adapter.set_collapsed(self.chart, self.collapsed)
        self.snapshot = snap
        self.shown_date = at
        self._list_step_into(at)
        on_chart = {p.person_id for p in snap.placements}
        self.find_bar.set_people(self.source.names(), on_chart)
        if self.selected is not None:
            if self.selected in on_chart:
                self.details.show_person(self.source.facts, self.selected, at)
                chart_adapter.highlight(self.chart, [self.selected])
            else:
                self.details.show_person(self.source.facts, self.selected, at)
        orgs = {p.org_id for p in snap.placements}
        people = f"{len(on_chart)} " + ("person" if len(on_chart) == 1 else "people")
        places = f"{len(orgs)} organisation" + ("" if len(orgs) == 1 else "s")
        maybe = len(on_chart - {p.person_id for p in snap.placements if p.activity is Activity.ACTIVE})
        uncertain = f" ({maybe} only possibly there: Ctrl+U hides them)" if maybe else ""
        self.status_people.setText(f"{people} in {places}{uncertain} · {date_in_words(at)}")
        self.dateShown.emit(at)

    def _list_step_into(self, at: date) -> None:
        """List the last change on or before `at` (forward in time, whichever way the user moved), with
        a caption that says which date that is."""
        dates = self.source.dates
        latest = at if at in dates else previous_date(dates, at)
        if latest is None:
            self.last_changes = []
            self.timeline.set_changes([], "Before the first dated change")
            return
        before = previous_date(dates, latest) or latest - timedelta(days=1)
        self.last_changes = self.source.changes(before, latest)
        if latest == at:
            caption = "What changed on this date"
        else:
            caption = f"Last change before this date: {date_in_words(latest)}"
            vague = {"month": "known only to the month", "year": "known only to the year", "unknown": "date unknown"}
            if self.source.precisions.get(latest) in vague:
                caption += f", {vague[self.source.precisions[latest]]}"
        lines = [c.describe() for c in self.last_changes] or self._possible_changes(before, latest)
        self.timeline.set_changes(lines, caption)

    def _possible_changes(self, before: date, latest: date) -> list[str]:
        """What may have happened on a date where nothing became certain: the first day of a move dated only
        to a month or a year (the list said "No change" under "a change known only to the year")."""
        precision = self.source.precisions.get(latest, "")
        when = {"month": f"some day in {latest:%B %Y}", "year": f"some day in {latest.year}",
                "unknown": "date unknown"}.get(precision)
        if when is None:
            return []
        old = {(p.person_id, p.org_id): p for p in self.source.snapshot(before).placements}
        new = {(p.person_id, p.org_id): p for p in self.source.snapshot(latest).placements}
        lines = []
        for key, p in sorted(new.items(), key=lambda kv: (kv[1].person.casefold(), kv[1].org.casefold())):
            if p.activity.value != "active" and (key not in old or old[key].activity.value == "active"):
                verb = "may have joined" if key not in old else "may have left"
                lines.append(f"{p.person} {verb} {p.org} ({when}: dashed)")
            elif p.activity.value == "active" and key in old and old[key].activity.value != "active":
                lines.append(f"{p.person} is surely at {p.org} by now ({when})")
        if lines or precision == "unknown":
            return lines
        return [f"Nothing certain: what is dated only to {when.removeprefix('some day in ')} may happen on any "
                "day of it (dashed)"]

    def _layout_for(self, snap):
        return chart_adapter.layout_for(self.chart, snap, self.compact)

    # -- people -----------------------------------------------------------------------------
    def select_person(self, person_id: int) -> None:
        self.selected = person_id
        self.details.show_person(self.source.facts, person_id, self.current_date())
        self._bring_details_forward()
        chart_adapter.highlight(self.chart, [person_id])
        self._describe_person(person_id, permanent=True)

    def focus_person(self, person_id: int) -> None:
        """Centre the chart on a person and highlight the chain up to the top."""
        self.tabs.setCurrentWidget(self.chart)
        if self.find_bar.field.hasFocus() or self.window().focusWidget() is self.find_bar.field:
            self.chart.setFocus()  # found: the keys (undo, arrows) go to the chart, not the search text
        snap = self.snapshot
        if snap is None or not snap.placements_of(person_id):
            name = self.source.facts.people[person_id].name if person_id in self.source.facts.people else "?"
            self.statusBar().showMessage(f"{shorten(name, 80)} is not on the chart on {date_in_words(self.current_date())}", 6000)
            self.selected = person_id
            self.details.show_person(self.source.facts, person_id, self.current_date())
            self._bring_details_forward()
            return
        self.selected = person_id
        chain = chain_to_top(person_id, snap.manager_of)
        chart_adapter.center_on(self.chart, person_id)
        chart_adapter.highlight(self.chart, chain)
        self.details.show_person(self.source.facts, person_id, self.current_date())
        self._bring_details_forward()
        self._describe_person(person_id, permanent=True)

    def _bring_details_forward(self) -> None:
        """Show the details dock in front of the docks tabbed with it: after Add articles the review queue
        is in front, and a click on a card seemed to do nothing."""
        self.details_dock.show()
        self.details_dock.raise_()

    def clear_selection(self) -> None:
        if self.timeline.is_playing():
            self.timeline.stop()
        self.selected = None
        if self.find_bar.field.hasFocus():
            self.chart.setFocus()
        elif self.flows.isAncestorOf(QApplication.focusWidget()):
            self.flows.setFocus()  # out of a date field: the arrows step the timeline again
        chart_adapter.clear_highlight(self.chart)
        self.details.clear()
        if self.comparing is not None:
            self.shown_date = None
            self._show(self.current_date(), animate=False)
        self.statusBar().clearMessage()

    def _hovered(self, person_id: int) -> None:
        self._describe_person(person_id, permanent=False)

    def _describe_person(self, person_id: int, permanent: bool) -> None:
        if self.snapshot is None:
            return
        parts = []
        for p in self.snapshot.placements_of(person_id):
            where = f"{p.title}, {p.org}" if p.title else p.org
            parts.append(where + ("" if p.activity.value == "active" else " (possibly)"))
        person = self.source.facts.people.get(person_id)
        if person is None:
            return
        text = shorten(person.name, 80) + (" — " + "; ".join(parts) if parts else "")
        self.statusBar().showMessage(text, 0 if permanent else 4000)

    # -- view ---------------------------------------------------------------------------------
    def fit(self) -> None:
        chart_adapter.fit(self.chart)

    def readable_view(self) -> None:
        """Fit the chart; when that makes cards too small to read, show the largest organisation (top left,
        where the layout puts it) at a readable size instead."""
        chart_adapter.fit(self.chart)
        width = chart_adapter.card_pixels(self.chart)
        if not width or width >= chart_adapter.READABLE_CARD_PX or self.snapshot is None or not self.snapshot.placements:
            return
        chart_adapter.show_top_left(self.chart, chart_adapter.READABLE_CARD_PX)

    def toggle_collapse(self) -> None:
        if self.selected is None:
            self.statusBar().showMessage("Select a card first, then collapse or expand its subtree.", 4000)
            return
        self.collapsed ^= {self.selected}
        chart_adapter.set_collapsed(self.chart, self.collapsed)
        layout = self._layout_for(self.snapshot) if self.snapshot is not None else None
        if layout is not None:
            chart_adapter.show(self.chart, self.snapshot, layout, animate=True)

    def set_compact(self, on: bool) -> None:
        self.compact = bool(on)
        self.compact_action.setChecked(self.compact)
        if self.snapshot is not None:
            chart_adapter.show(self.chart, self.snapshot, self._layout_for(self.snapshot), animate=True)

    def _say_step(self, what: str, text: str) -> None:
        if text:
            self.statusBar().showMessage(f"{what}: {shorten(text, 100)}", 5000)

    def set_show_uncertain(self, on: bool) -> None:
        self.show_uncertain = bool(on)
        self.uncertain_action.setChecked(self.show_uncertain)
        self.shown_date = None
        self._show(self.current_date(), animate=True)

    def set_legend_visible(self, on: bool) -> None:
        chart_adapter.set_legend_visible(self.chart, on)
        self.legend_action.setChecked(bool(on))
        self.fit()

    def show_flows(self, on: bool = True) -> None:
        self.tabs.setCurrentWidget(self.flows if on else self.chart)

    def _tab_changed(self, index: int) -> None:
        self.flows_action.setChecked(self.tabs.widget(index) is self.flows)
        widget = self.tabs.widget(index)
        if widget is not None and not self.find_bar.field.hasFocus():
            widget.setFocus()  # the timeline keys work in either tab, not only after a click on the chart

    def compare_dialog(self) -> None:
        src = self.source
        earlier = previous_date(src.dates, self.current_date()) or src.first_date()
        dlg = CompareDialog(src.first_date(), src.last_date(), earlier, self.current_date(), self)
        if dlg.exec():
            self.compare(*dlg.dates())

    def compare(self, a: date, b: date) -> None:
        """Show date b with what changed since a marked (added, removed, re-parented, ghosts)."""
        self.tabs.setCurrentWidget(self.chart)
        self.timeline.set_date(b, emit=False)
        self._show(self.timeline.current_date(), animate=False)
        chart_adapter.compare(self.chart, self._snapshot(a), self._snapshot(b))
        self.comparing = (a, b)
        self.last_changes = self.source.changes(a, b)
        self.timeline.set_changes([c.describe() for c in self.last_changes],
                                  f"What changed from {date_in_words(a)} to {date_in_words(b)}")
        self.statusBar().showMessage(
            f"Comparing {date_in_words(a)} with {date_in_words(b)}: green border joined, red left, blue moved "
            "(its faded card shows where it was) — Esc to leave", 0)

    # -- export -------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        at = self.current_date()
        settings = app_settings()
        folder = Path(str(settings.value("export/folder", str(Path.home()))))
        default = folder / f"orgchart-{at.isoformat()}.png"
        orgs = sorted({p.org for p in self.snapshot.placements}, key=str.casefold) if self.snapshot else []
        dlg = ExportDialog(default, f"Org chart as of {date_in_words(at)}", orgs, self)
        if dlg.exec():
            request = dlg.request()
            settings.setValue("export/folder", str(request.path.parent))
            self.export(request)

    def export(self, request: ExportRequest) -> bool:
        """Write the whole chart at the current date; a failure is one message, nothing else changes."""
        snap = self._snapshot(self.current_date())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from orgtracker.graph.subset import org_subset
            from orgtracker.render.export import export_chart

            if request.org:
                snap = org_subset(snap, request.org)  # the footnote cites only what the exported organisation shows
            export_chart(
                snap,
                request.path,
                width=request.width,
                dpi=request.dpi,
                title=request.title or f"Org chart as of {date_in_words(snap.at)}",
                sources=self.source.sources_of(snap),
                options=chart_adapter.options(self.chart, self.compact),
            )
        except (OSError, ValueError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, "Export failed", f"Could not write {request.path}: {exc}")
            return False
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(f"Exported {request.path}", 6000)
        self.exported.emit(request.path)
        return True

    # -- files, about ---------------------------------------------------------------------------
    def choose_database(self) -> None:
        start = str(self.source.path.parent) if self.source.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open database", start, "orgtracker database (*.sqlite *.db);;All files (*)")
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path) -> bool:
        from .app import open_source

        source = open_source(path, self)
        if source is None:
            return False
        self.set_source(source)
        return True

    def shortcuts_text(self) -> str:
        """Every menu action that has a shortcut, as 'keys — what it does' lines."""
        lines = []
        for menu in self.menuBar().findChildren(QMenu):
            for act in menu.actions():
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and not act.isSeparator():
                    lines.append(f"{keys}\t{act.text().replace('&', '')}")
        lines.append("Esc\tClear the selection, leave compare mode")
        lines.append("Click a card\tIts tenures and reporting lines, with their sources")
        lines.append("Wheel, drag\tZoom and pan the chart")
        return "\n".join(dict.fromkeys(lines))

    def show_shortcuts(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Keyboard shortcuts")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(shortcuts_table(self.shortcuts_text()))
        box.exec()

    def about(self) -> None:
        from orgtracker import paths

        box = QMessageBox(self)
        box.setWindowTitle("About orgtracker")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            f"orgtracker {__version__}\n\n"
            "Org charts of several organisations through time, built from news articles; "
            "every line cites the sentence that says so.\n\n"
            f"Database: {self.source.path}\nData folder: {paths.data_dir()}\nLog file: {paths.log_file()}"
        )
        box.exec()

    # -- settings ---------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = app_settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        # the dock state is restored once, after install_editing has added every dock: restoring it before
        # as well leaves stale tab bars of the docks that did not exist yet (one drawn over the menu bar)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)
        self.compact = str(s.value("view/compact", "true")).lower() == "true"
        self.compact_action.setChecked(self.compact)
        self.show_uncertain = str(s.value("view/uncertain", "true")).lower() == "true"
        self.uncertain_action.setChecked(self.show_uncertain)
        legend = str(s.value("view/legend", "true")).lower() == "true"
        chart_adapter.set_legend_visible(self.chart, legend)
        self.legend_action.setChecked(legend)

    def _restore_dock_state(self) -> None:
        state = app_settings().value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_settings(self) -> None:
        s = app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("view/compact", "true" if self.compact else "false")
        s.setValue("view/legend", "true" if chart_adapter.legend_visible(self.chart) else "false")
        s.setValue("view/uncertain", "true" if self.show_uncertain else "false")
        s.setValue("timeline/date", self.current_date().isoformat())
        s.sync()

    def closeEvent(self, event) -> None:
        self.timeline.stop()
        self.save_settings()
        if self.watcher is not None:
            self.watcher.stop()
        super().closeEvent(event)


def shortcuts_table(text: str) -> str:
    """The 'keys<TAB>what' lines as a two-column table: a tab stop narrower than "Ctrl+Shift+O" ran the keys
    into their words ("Ctrl+Shift+OAdd articles…")."""
    import html

    rows = []
    for line in text.splitlines():
        keys, _, what = line.partition("\t")
        rows.append(f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def opening_date(dates: list[date], today: date) -> date:
    """Where a window opens with no remembered date: the last change, or today when changes are announced
    past it (articles say who "will join in 2027"; the chart opened on that future as if it were now)."""
    if dates and dates[0] <= today < dates[-1]:
        return today
    return dates[-1] if dates else today


def remembered_date() -> date | None:
    return read_date(app_settings(), "timeline/date")
