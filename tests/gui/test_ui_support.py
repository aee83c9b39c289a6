"""The window's small parts: error reporting, the database watcher, find, export dialog, plain text, flow canvas."""

import sqlite3

import networkx as nx
import pytest

from orgtracker import paths
from orgtracker.ui.errors import ExceptionReporter
from orgtracker.ui.export_dialog import ExportDialog
from orgtracker.ui.find import chain_to_top, find_people
from orgtracker.ui.flows_view import FlowsView, flows_of
from orgtracker.ui.plain import shorten, tooltip
from orgtracker.ui.watcher import DatabaseWatcher

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _raise(exc):
    try:
        raise exc
    except Exception as err:  # noqa: BLE001 - the point is to hand a real traceback to the hook
        return type(err), err, err.__traceback__


def test_unexpected_exceptions_are_logged_and_shown_once():
    shown = []
    reporter = ExceptionReporter(show=shown.append)
    reporter(*_raise(RuntimeError("boom")))
    reporter(*_raise(RuntimeError("boom")))
    reporter(*_raise(KeyError("other")))
    assert shown == ["RuntimeError: boom", "KeyError: 'other'"]
    log = paths.log_file().read_text(encoding="utf-8")
    assert log.count("RuntimeError: boom") == 2 and "Traceback" in log


def test_reporter_installs_and_uninstalls():
    import sys

    before = sys.excepthook
    reporter = ExceptionReporter(show=lambda s: None).install()
    assert sys.excepthook is reporter
    reporter.uninstall()
    assert sys.excepthook is before


def test_watcher_signals_once_after_a_write(qtbot, tmp_path):
    db = tmp_path / "w.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    watcher = DatabaseWatcher(db, delay_ms=50)
    with qtbot.waitSignal(watcher.changed, timeout=3000):
        for i in range(5):
            conn.execute("INSERT INTO t VALUES (?)", (i,))
            conn.commit()
    conn.close()
    watcher.stop()


def test_watcher_ignores_unrelated_files(qtbot, tmp_path):
    db = tmp_path / "w.sqlite"
    db.write_bytes(b"")
    watcher = DatabaseWatcher(db, delay_ms=30)
    seen = []
    watcher.changed.connect(lambda: seen.append(1))
    (tmp_path / "other.txt").write_text("x")
    qtbot.wait(200)  # nothing may arrive: waiting out the debounce is the test
    assert seen == []
    watcher.stop()


def test_find_prefers_people_on_the_chart_and_word_starts():
    names = {1: "Yann LeCun", 2: "Mark Zuckerberg", 3: "Ann Lee", 4: "Joanna Annis"}
    assert find_people(names, "ann") == [3, 4, 1]
    assert find_people(names, "ann", on_chart={1}) == [1, 3, 4]
    assert find_people(names, "  ZUCK ") == [2]
    assert find_people(names, "") == [] and find_people(names, "nobody") == []


def test_chain_to_top_stops_on_a_cycle():
    class E:
        def __init__(self, m):
            self.manager_id = m

    managers = {1: 2, 2: 3, 3: 1}
    assert chain_to_top(1, lambda p: E(managers[p]) if p in managers else None) == [1, 2, 3]
    assert chain_to_top(7, lambda p: None) == [7]


def test_tooltips_and_shortened_names_stay_literal():
    assert "&lt;img" in tooltip("<img src=x>")
    long = "x" * 10_000
    assert len(shorten(long, 50)) == 50 and shorten("short") == "short"


def test_export_dialog_refuses_bad_paths(qtbot, tmp_path):
    dlg = ExportDialog(tmp_path / "chart.png", "Org chart", ["Meta", "Cohere"])
    qtbot.addWidget(dlg)
    assert dlg.problem() is None
    req = dlg.request()
    assert req.width == 4000 and req.dpi is None and req.org is None
    dlg.by_dpi.setChecked(True)
    dlg.org_combo.setCurrentIndex(2)
    req = dlg.request()
    assert req.width is None and req.dpi == 300 and req.org == "Cohere"
    dlg.path_edit.setText(str(tmp_path / "chart.jpg"))
    assert ".png or .svg" in dlg.problem()
    dlg.path_edit.setText(str(tmp_path / "missing" / "chart.svg"))
    assert "does not exist" in dlg.problem()


def test_flows_view_draws_weighted_moves(qtbot):
    graph = nx.DiGraph()
    graph.add_node(1, name="OpenAI")
    graph.add_node(2, name="Meta")
    graph.add_node(3, name="Cohere")
    graph.add_edge(1, 2, weight=3, people=["A", "B", "C"])
    graph.add_edge(2, 3, people=["D"])
    nodes, flows = flows_of(graph)
    assert nodes == ["Cohere", "Meta", "OpenAI"]
    assert [(f.source, f.target, f.weight) for f in flows] == [("OpenAI", "Meta", 3), ("Meta", "Cohere", 1)]
    calls = []
    view = FlowsView(lambda a, b: calls.append((a, b)) or graph)
    qtbot.addWidget(view)
    from datetime import date

    view.set_range(date(2020, 1, 1), date(2026, 1, 1))
    assert calls == []  # nothing computed while hidden
    view.show()
    qtbot.waitExposed(view)
    assert calls == [(date(2020, 1, 1), date(2026, 1, 2))]  # the window's last day is in it: flows take [start, end)
    image = view.canvas.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert len(colours) > 5  # background, node boxes, text, arrows
    assert view.moves.count() == 2 and view.summary.text() == "4 moves between 3 organisations"
