"""Test helpers for the window: a small in-memory world of facts with documents, and a recording chart."""

from __future__ import annotations

from datetime import date

import networkx as nx
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Document, Evidence, FactSet, LineKind, Organisation, Person, ReportingLine, Tenure

DOCS = {
    "a.txt": "Mark Zuckerberg hired Alexandr Wang from Scale AI in June 2025 as chief AI officer. "
    "Shengjia Zhao left OpenAI to join Meta in June 2025 and reports to Wang.",
    "b.txt": "Yann LeCun joined Facebook in December 2013 to lead FAIR. He reports to Alexandr Wang. "
    "LeCun is leaving Meta at the end of the year to found a startup.",
    "c.txt": "Joelle Pineau left Meta in May 2025 and joined Cohere in August 2025.",
}


def ev(doc: str, quote: str) -> Evidence:
    start = DOCS[doc].index(quote)
    return Evidence(doc, start, start + len(quote), quote, document_id=list(DOCS).index(doc) + 1)


def fd(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


def world() -> FactSet:
    people = {i: Person(i, n) for i, n in enumerate(
        ["Mark Zuckerberg", "Alexandr Wang", "Yann LeCun", "Joelle Pineau", "Shengjia Zhao"], start=1)}
    orgs = {i: Organisation(i, n) for i, n in enumerate(["Meta", "Scale AI", "LeCun's startup", "Cohere", "OpenAI"], start=1)}
    q_wang = ev("a.txt", "Mark Zuckerberg hired Alexandr Wang from Scale AI in June 2025 as chief AI officer.")
    q_zhao = ev("a.txt", "Shengjia Zhao left OpenAI to join Meta in June 2025 and reports to Wang.")
    q_lecun = ev("b.txt", "Yann LeCun joined Facebook in December 2013 to lead FAIR.")
    q_line = ev("b.txt", "He reports to Alexandr Wang.")
    q_leave = ev("b.txt", "LeCun is leaving Meta at the end of the year to found a startup.")
    q_pineau = ev("c.txt", "Joelle Pineau left Meta in May 2025 and joined Cohere in August 2025.")
    tenures = [
        Tenure(1, 1, 1, "CEO", None, None, evidence=(q_wang,)),
        Tenure(2, 2, 2, "CEO", None, fd("2025-06"), evidence=(q_wang,)),
        Tenure(3, 2, 1, "Chief AI Officer", fd("2025-06"), None, evidence=(q_wang,)),
        Tenure(4, 3, 1, "Chief AI Scientist", fd("2013-12"), fd("2026-01-01"), evidence=(q_lecun, q_leave)),
        Tenure(5, 3, 3, "Founder", fd("2026-01-01"), None, evidence=(q_leave,)),
        Tenure(6, 4, 1, "VP of AI Research", fd("2017"), fd("2025-05"), evidence=(q_pineau,)),
        Tenure(7, 4, 4, "Chief AI Officer", fd("2025-08"), None, evidence=(q_pineau,)),
        Tenure(8, 5, 5, "Researcher", fd("2022"), fd("2025-06"), evidence=(q_zhao,)),
        Tenure(9, 5, 1, "Chief Scientist", fd("2025-06"), None, evidence=(q_zhao,)),
    ]
    lines = [
        ReportingLine(1, 2, 1, LineKind.SOLID, fd("2025-06"), None, evidence=(q_wang,)),
        ReportingLine(2, 3, 2, LineKind.SOLID, fd("2025-06"), fd("2026-01-01"), evidence=(q_line,)),
        ReportingLine(3, 5, 2, LineKind.SOLID, fd("2025-06"), None, evidence=(q_zhao,)),
        ReportingLine(4, 4, 1, LineKind.SOLID, fd("2017"), fd("2025-05"), evidence=(q_pineau,)),
        ReportingLine(5, 3, 1, LineKind.SOLID, fd("2024"), fd("2025-06"), conflict="two dates for one move",
                      evidence=(q_line,)),
    ]
    return FactSet(people=people, orgs=orgs, tenures=tenures, lines=lines)


class FakeStore:
    """The part of Store the window uses, over the in-memory world."""

    def __init__(self, facts: FactSet | None = None):
        self.facts = facts or world()
        self.loads = 0

    def load_facts(self) -> FactSet:
        self.loads += 1
        return self.facts

    def documents(self) -> list[Document]:
        return [Document(i, path, f"Article {path}", fd("2025-11"), "x") for i, path in enumerate(DOCS, start=1)]


def fake_flows(facts, start: date, end: date):
    graph = nx.DiGraph()
    graph.add_edge("OpenAI", "Meta", weight=1, people=["Shengjia Zhao"])
    graph.add_edge("Meta", "Cohere", weight=1, people=["Joelle Pineau"])
    return graph


class FakeChart(QWidget):
    """Records what the window asks of the chart; has the ChartView signals."""

    personClicked = Signal(int)
    personHovered = Signal(int)
    personDropped = Signal(int, int)
    emptyClicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        from orgtracker.graph.layout import LayoutOptions

        self.layout_options = LayoutOptions()
        self.current_layout = None
        self.snapshot = None
        self.layout_arg = None
        self.highlighted: list[int] = []
        self.centred: int | None = None
        self.collapsed: set[int] = set()
        self.compared = None
        self.fits = 0
        self.zooms: list[float] = []
        self.legend = True

    def show(self, snapshot=None, layout=None, animate=True):  # noqa: A003 - the ChartView contract
        if snapshot is None:
            return super().show()
        self.snapshot, self.layout_arg = snapshot, layout

    def highlight_chain(self, pids):
        self.highlighted = list(pids)

    def set_legend_visible(self, on):
        self.legend = bool(on)

    def legend_visible(self):
        return self.legend

    def clear_highlight(self):
        self.highlighted = []

    def center_on(self, pid):
        self.centred = pid

    def set_collapsed(self, ids):
        from dataclasses import replace

        self.collapsed = set(ids)
        self.layout_options = replace(self.layout_options, collapsed=frozenset(ids))

    def compare(self, a, b):
        self.compared = (a.at, b.at)

    def fit(self):
        self.fits += 1

    def zoom(self, factor):
        self.zooms.append(factor)

    def set_row_width(self, width):
        from dataclasses import replace

        self.layout_options = replace(self.layout_options, row_width=width)

    def visible_rect(self):
        from PySide6.QtCore import QRectF

        return QRectF(0, 0, 0, 0)  # nothing drawn: the window must not zoom

    def card_of(self, pid):
        """(org, manager) of a person's card in the last snapshot shown."""
        snap = self.snapshot
        places = snap.placements_of(pid)
        edge = snap.manager_of(pid)
        return [p.org for p in places], (edge.manager_id if edge else None)
