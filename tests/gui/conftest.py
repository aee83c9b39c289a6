"""The GUI tests' shared fixture: the main window over the in-memory world, with a light chart."""

import pytest
from ui_helpers import FakeChart, FakeStore, fake_flows

from orgtracker.ui import chart_adapter
from orgtracker.ui.main_window import MainWindow
from orgtracker.ui.source import ChartSource


@pytest.fixture
def make_window(qtbot, monkeypatch):
    """make(facts=None, at=None): a shown, active MainWindow over `facts` (default: the small world)."""
    monkeypatch.setattr(chart_adapter, "make_chart", lambda parent: FakeChart(parent))
    monkeypatch.setattr(ChartSource, "flows", lambda self, a, b: fake_flows(self.facts, a, b))

    def make(facts=None, at=None):
        win = MainWindow(ChartSource(FakeStore(facts)), at=at)
        qtbot.addWidget(win)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        return win

    return make
