"""The details dock: a person's tenures and reporting lines over time, each with its quotes and sources."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from orgtracker.domain.dates import FuzzyDate, Precision
from orgtracker.domain.facts import Evidence, FactSet, LineKind, Origin, ReportingLine, Status, Tenure
from orgtracker.domain.intervals import Activity, activity

from .fact_timeline import Bar, FactTimeline
from .plain import label, shorten, tooltip

TENURE_COLOUR = "#3b7dd8"
LINE_COLOUR = "#2f9e44"
CONFLICT_COLOUR = "#e8590c"
CONFLICT_COLUMNS = 2
CONFLICT_QUOTES = 2  # quotes shown on a conflicting claim's card; the others in a tooltip


def _precision(fd: FuzzyDate) -> str:
    """" (to the month)" after a date the sources give to the day, month or year; nothing for an unknown one."""
    return "" if fd.precision is Precision.UNKNOWN else f" (to the {fd.precision.value})"


def describe_start(fd: FuzzyDate | None) -> str:
    return "since before the sources" if fd is None else f"from {fd.describe()}{_precision(fd)}"


def describe_end(fd: FuzzyDate | None) -> str:
    return "still running" if fd is None else f"until {fd.describe()}{_precision(fd)}"


STATE_WORDS = {Activity.POSSIBLE: "possibly in force", Activity.INACTIVE: "not in force"}
ORIGIN_WORDS = {Origin.EXTRACTED: "extracted from the articles", Origin.MANUAL: "entered by hand"}
STATUS_WORDS = {Status.PROPOSED: "not reviewed yet", Status.ACCEPTED: "accepted", Status.REJECTED: "rejected"}


def _day(d: date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def _sort_key(fact) -> tuple:
    return fact.start.sort_key() if fact.start is not None else (date.min, date.min)


class DetailsPanel(QScrollArea):
    """Shows one person; `describe_document(evidence)` names the document a quote comes from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DetailsPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.person_id: int | None = None
        self.quote_labels: list = []
        self.describe_document: Callable[[Evidence], str] = lambda ev: ev.source
        self.clear()

    def clear(self) -> None:
        self.person_id = None
        self.quote_labels = []
        body = QWidget()
        layout = QVBoxLayout(body)
        hint = label("Click a card to see why the chart shows it: each tenure and reporting line with its sources.", name="detailsHint")
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setWidget(body)

    def show_person(self, facts: FactSet, person_id: int, at: date | None) -> None:
        person = facts.people.get(person_id)
        if person is None:
            self.clear()
            return
        self.person_id = person_id
        self.quote_labels = []
        orgs = {oid: o.name for oid, o in facts.orgs.items()}
        names = {pid: p.name for pid, p in facts.people.items()}
        tenures = sorted((t for t in facts.tenures if t.person_id == person_id), key=_sort_key)
        lines = sorted((r for r in facts.lines if r.person_id == person_id), key=_sort_key)
        reports = sorted((r for r in facts.lines if r.manager_id == person_id and r.status is not Status.REJECTED), key=_sort_key)

        body = QWidget()
        body.setObjectName("detailsBody")
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        title = label(shorten(person.name, 160), name="detailsName")
        title.setToolTip(tooltip(person.name))
        layout.addWidget(title)
        if person.aliases:
            layout.addWidget(label("Also: " + ", ".join(shorten(a, 60) for a in person.aliases), name="detailsAliases"))

        live_t = [t for t in tenures if t.status is not Status.REJECTED]
        live_l = [r for r in lines if r.status is not Status.REJECTED]
        bars = [self._tenure_bar(t, orgs) for t in live_t] + [self._line_bar(r, names) for r in live_l]
        timeline = FactTimeline(body)
        timeline.setObjectName("detailsTimeline")
        timeline.set_bars(bars, at)
        layout.addWidget(timeline)

        layout.addWidget(label("Positions", name="detailsSection"))
        self._add_facts(layout, live_t, lambda t: self._tenure_card(t, orgs, at))
        layout.addWidget(label("Reports to", name="detailsSection"))
        self._add_facts(layout, live_l, lambda r: self._line_card(r, names, at))
        if reports:
            layout.addWidget(label("Direct reports", name="detailsSection"))
            for r in reports:
                when = activity(r.start, r.end, at) if at else Activity.ACTIVE
                mark = "" if when is Activity.ACTIVE else f" ({STATE_WORDS[when]} on this date)"
                layout.addWidget(label(f"{shorten(names.get(r.person_id, '?'), 80)}{mark}", name="detailsReport"))
        rejected = [f for f in tenures + lines if f.status is Status.REJECTED]
        if rejected:
            layout.addWidget(label(f"{len(rejected)} rejected fact" + ("" if len(rejected) == 1 else "s") + " hidden.", name="detailsNote"))
        layout.addStretch(1)
        self.setWidget(body)

    # -- building blocks --------------------------------------------------------------
    def _add_facts(self, layout: QVBoxLayout, facts: list, card: Callable) -> None:
        if not facts:
            layout.addWidget(label("None known.", name="detailsNote"))
            return
        plain = [f for f in facts if not f.conflict]
        groups: dict[str, list] = {}
        for f in facts:
            if f.conflict:
                groups.setdefault(f.conflict, []).append(f)
        for f in plain:
            layout.addWidget(card(f))
        for conflict, claims in groups.items():
            layout.addWidget(label(f"Conflicting claims, side by side: {conflict}", name="detailsConflict"))
            grid = QGridLayout()
            grid.setSpacing(6)
            for i, f in enumerate(claims):  # two abreast: a narrow dock still shows each claim whole
                grid.addWidget(card(f), i // CONFLICT_COLUMNS, i % CONFLICT_COLUMNS)
            for col in range(CONFLICT_COLUMNS):
                grid.setColumnStretch(col, 1)
            layout.addLayout(grid)

    def _tenure_bar(self, t: Tenure, orgs: dict[int, str]) -> Bar:
        text = f"{t.title or 'member'} · {orgs.get(t.org_id, '?')}"
        return Bar(text, t.start, t.end, CONFLICT_COLOUR if t.conflict else TENURE_COLOUR, dashed=bool(t.conflict))

    def _line_bar(self, r: ReportingLine, names: dict[int, str]) -> Bar:
        text = f"→ {names.get(r.manager_id, '?')}"
        dashed = r.kind is LineKind.DOTTED or bool(r.conflict)
        return Bar(text, r.start, r.end, CONFLICT_COLOUR if r.conflict else LINE_COLOUR, dashed=dashed)

    def _fact_frame(self, heading: str, fact, at: date | None) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setObjectName("factCard")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(3)
        head = label(heading, name="factHeading")
        head.setToolTip(tooltip(heading))
        box.addWidget(head)
        box.addWidget(label(f"{describe_start(fact.start)} · {describe_end(fact.end)}", name="factDates"))
        if at is not None:
            state = activity(fact.start, fact.end, at)
            if state is not Activity.ACTIVE:
                box.addWidget(label(f"{STATE_WORDS[state]} on {_day(at)}", name="factState"))
        box.addWidget(label(f"{ORIGIN_WORDS.get(fact.origin, fact.origin.value)} · "
                            f"{STATUS_WORDS.get(fact.status, fact.status.value)}", name="factOrigin"))
        anchor = getattr(fact, "anchor", None)
        if anchor is not None and fact.start is None:
            box.addWidget(label(f"known true as of {anchor.describe()}", name="factDates"))
        self._add_evidence(box, fact)
        box.addStretch(1)  # beside a taller rival the text stays at the top, not spread down the card
        for lab in frame.findChildren(QLabel):  # wrap at the card's width; a long file name may be cut, not widen the dock
            lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return frame, box

    def _tenure_card(self, t: Tenure, orgs: dict[int, str], at: date | None) -> QFrame:
        heading = f"{t.title or 'Member'}, {shorten(orgs.get(t.org_id, '?'), 80)}"
        return self._fact_frame(heading, t, at)[0]

    def _line_card(self, r: ReportingLine, names: dict[int, str], at: date | None) -> QFrame:
        kind = "Dotted line to" if r.kind is LineKind.DOTTED else "Reports to"
        heading = f"{kind} {shorten(names.get(r.manager_id, '?'), 80)}"
        return self._fact_frame(heading, r, at)[0]

    def _add_evidence(self, box: QVBoxLayout, fact) -> None:
        if not fact.evidence:
            text = f"entered by hand (edit {fact.edit_id})" if getattr(fact, "edit_id", None) else "no source quote"
            box.addWidget(label(text, name="factSource"))
            return
        unique = list({(ev.source, ev.quote): ev for ev in fact.evidence}.values())  # a sentence found twice: once
        # a conflicting claim shares half the panel's width with its rival: its first quotes, the rest on hover
        limit = CONFLICT_QUOTES if fact.conflict else len(unique)
        for ev in unique[:limit]:
            quote = label(f"“{ev.quote}”", name="factQuote")
            quote.setToolTip(tooltip(ev.quote))
            self.quote_labels.append(quote)
            box.addWidget(quote)
            source = label(f"— {self.describe_document(ev)}", name="factSource")
            source.setToolTip(tooltip(f"{self.describe_document(ev)}, characters {ev.start}–{ev.end}"))
            box.addWidget(source)
        rest = unique[limit:]
        if rest:
            more = label(f"and {len(rest)} more source" + ("" if len(rest) == 1 else "s") + " (hover to read)",
                         name="factSource")
            more.setToolTip(tooltip("\n\n".join(f"“{ev.quote}”\n— {self.describe_document(ev)}" for ev in rest)))
            box.addWidget(more)
