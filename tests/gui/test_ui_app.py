"""Starting the app: a bad database is one message and stays untouched; the real app shows its window and exits 0."""

import os
import subprocess
import sys

import pytest

from orgtracker.ui import app as app_module

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_file_that_is_not_a_database_is_one_message_and_untouched(qtbot, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(app_module, "tell_user", lambda parent, title, text: told.append((title, text)))
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"these are my notes, not a database" * 10)
    before = bad.read_bytes()
    assert app_module.open_source(bad, None) is None
    assert len(told) == 1 and str(bad) in told[0][1]
    assert "\n" not in told[0][1]
    assert bad.read_bytes() == before


def test_the_app_shows_its_window_and_exits_0(tmp_path):
    if not hasattr(pytest.importorskip("orgtracker.render"), "ChartView"):
        pytest.skip("the renderer has not landed")
    from test_window_store import seed

    db = tmp_path / "app.sqlite"
    seed(db)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "orgtracker.ui.bench", "--child", str(db)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "window-shown" in done.stdout
