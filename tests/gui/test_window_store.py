"""The window on a real SQLite store: opens, shows quotes from stored documents, refreshes on outside writes."""

import subprocess
import sys
import textwrap
from datetime import date

import pytest

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence
from orgtracker.extract.reconcile import reconcile
from orgtracker.store import open_store
from orgtracker.ui import chart_adapter
from orgtracker.ui.main_window import MainWindow
from orgtracker.ui.source import ChartSource
from ui_helpers import FakeChart

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TEXT = "Acme hired Ann Lee as CTO in 2020. Ann Lee reports to Bo Chan. Bo Chan is the CEO of Acme."
NOV = FuzzyDate.month(2025, 11)


def quote(sentence, text=TEXT, source="doc.txt"):
    start = text.index(sentence)
    return Evidence(source, start, start + len(sentence), sentence)


def seed(path):
    store = open_store(path)
    claims = [
        Claim(ClaimKind.JOIN, "Ann Lee", "Acme", "CTO", None, FuzzyDate.year(2020), NOV,
              (quote("Acme hired Ann Lee as CTO in 2020."),), 0.9),
        Claim(ClaimKind.REPORTS_TO, "Ann Lee", None, None, "Bo Chan", None, NOV, (quote("Ann Lee reports to Bo Chan."),), 0.8),
        Claim(ClaimKind.ROLE, "Bo Chan", "Acme", "CEO", None, None, NOV, (quote("Bo Chan is the CEO of Acme."),), 0.9),
    ]
    store.add_document("doc.txt", "Acme news", NOV, "c1", TEXT, claims)
    store.sync_drafts(reconcile(store.live_claims(), {}))
    store.close()


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(chart_adapter, "make_chart", lambda parent: FakeChart(parent))
    db = tmp_path / "w.sqlite"
    seed(db)
    win = MainWindow(ChartSource.open(db))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()
    win.source.close()


def test_window_shows_stored_facts_with_their_quotes(window):
    names = {p.person for p in window.chart.snapshot.placements}
    assert {"Ann Lee", "Bo Chan"} <= names
    ann = next(pid for pid, p in window.source.facts.people.items() if p.name == "Ann Lee")
    window.chart.personClicked.emit(ann)
    quotes = [lab.text().strip("“”") for lab in window.details.quote_labels]
    assert quotes and all(q in TEXT for q in quotes)
    assert window.source.store.document_text(1) == TEXT


def test_window_refreshes_when_another_process_writes(window, qtbot):
    other = textwrap.dedent(f"""
        from orgtracker.domain.dates import FuzzyDate
        from orgtracker.domain.facts import Claim, ClaimKind, Evidence
        from orgtracker.extract.reconcile import reconcile
        from orgtracker.store import open_store
        text = "Acme hired Cy Dee as CFO in 2023."
        s = open_store({str(window.source.path)!r})
        ev = Evidence("two.txt", 0, len(text), text)
        s.add_document("two.txt", "More", None, "c2", text,
                       [Claim(ClaimKind.JOIN, "Cy Dee", "Acme", "CFO", None, FuzzyDate.year(2023), None, (ev,), 0.9)])
        s.sync_drafts(reconcile(s.live_claims(), {{}}))
        s.close()
    """)
    with qtbot.waitSignal(window.dateShown, timeout=5000):
        subprocess.run([sys.executable, "-c", other], check=True)
    assert "Cy Dee" in {p.name for p in window.source.facts.people.values()}
    assert window.timeline.last >= date(2023, 1, 1)
    window.go_to(date(2024, 1, 1))
    assert "Cy Dee" in {p.person for p in window.chart.snapshot.placements}
