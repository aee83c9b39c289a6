"""Test setup: headless Qt, a private data directory, and GUI tests marked automatically."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory, so none touches the user's database."""
    monkeypatch.setenv("ORGTRACKER_HOME", str(tmp_path_factory.mktemp("home")))


def pytest_collection_modifyitems(items):
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
