"""The real window on the shipped seeds: first run ingests them; the chart through time; quotes; export from the menu."""

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("orgtracker.extract.pipeline", reason="the extractor has not landed")
pytest.importorskip("orgtracker.render.export", reason="the renderer has not landed")

from PySide6.QtGui import QImage  # noqa: E402

from orgtracker import paths  # noqa: E402
from orgtracker.domain.intervals import Activity  # noqa: E402
from orgtracker.ui import app as app_module  # noqa: E402
from orgtracker.ui.export_dialog import ExportDialog  # noqa: E402
from orgtracker.ui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    """One database ingested from the seeds by the app's own first-run path, shared by this module's tests."""
    from orgtracker.store import open_store

    from orgtracker.ui.source import ChartSource

    db = tmp_path_factory.mktemp("seeded") / "seeds.sqlite"
    source = ChartSource(open_store(db), db)
    assert source.is_empty()
    app_module.ingest_seeds(source, None)
    assert not source.is_empty()
    source.close()
    return db


@pytest.fixture
def window(qtbot, seeded_db):
    source = app_module.open_source(seeded_db, None)
    win = MainWindow(source)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()
    source.close()


def person(win, surname):
    return next(pid for pid, p in win.source.facts.people.items() if p.name.endswith(surname))


def test_first_run_ingests_the_seeds(qtbot, monkeypatch):
    db = paths.default_db()
    source = app_module.open_source(db, None)
    try:
        assert len(source.documents) == len(list(paths.seeds_dir().glob("*.txt")))
        assert source.dates
    finally:
        source.close()


def test_at_2025_11_20_lecun_reports_to_wang(window, qtbot):
    with qtbot.waitSignal(window.dateShown):
        window.timeline.slider.setValue(window.timeline.scale.position(date(2025, 11, 20)))
    lecun, wang = person(window, "LeCun"), person(window, "Wang")
    edge = window.snapshot.manager_of(lecun)
    assert edge is not None and edge.manager_id == wang


def test_at_2026_02_01_lecun_is_in_his_startup_not_meta(window):
    window.go_to(date(2026, 2, 1))
    orgs = {p.org for p in window.snapshot.placements_of(person(window, "LeCun"))}
    assert orgs and "Meta" not in orgs


def test_prev_next_land_on_change_dates(window):
    window.go_to(date(2025, 11, 20))
    window.next_action.trigger()
    assert window.current_date() in window.source.dates
    window.prev_action.trigger()
    window.prev_action.trigger()
    assert window.current_date() in window.source.dates and window.current_date() < date(2025, 11, 20)


def test_clicking_a_card_shows_a_quote_from_its_document(window):
    window.go_to(date(2025, 11, 20))
    lecun = person(window, "LeCun")
    window.chart.personClicked.emit(lecun)
    quotes = [lab.text().strip("“”") for lab in window.details.quote_labels]
    texts = [window.source.store.document_text(d) for d in window.source.documents]
    assert quotes and all(any(q in t for t in texts) for q in quotes)


def test_find_centres_and_highlights(window):
    window.go_to(date(2025, 11, 20))
    found = window.find_bar.search("lecun")
    assert found == person(window, "LeCun")
    assert window.selected == found


def test_export_from_the_menu_writes_a_png_of_the_width_asked(window, qtbot, monkeypatch, tmp_path):
    window.go_to(date(2025, 11, 20))
    target = tmp_path / "chart.png"

    def answer(dialog):
        dialog.path_edit.setText(str(target))
        dialog.width_spin.setValue(1800)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", answer)
    with qtbot.waitSignal(window.exported, timeout=10000):
        window.export_action.trigger()
    image = QImage(str(target))
    assert image.width() == 1800
    assert len({image.pixel(x, y) for x in range(0, 1800, 37) for y in range(0, image.height(), 37)}) > 3
    assert Path(target).stat().st_size > 0


def test_uncertain_people_can_be_hidden_and_the_status_bar_says_how_many(window):
    window.go_to(date(2014, 6, 1))
    certain = {p.person_id for p in window.snapshot.placements if p.activity is Activity.ACTIVE}
    assert len(certain) < len({p.person_id for p in window.snapshot.placements})
    assert "only possibly there" in window.status_people.text()
    window.uncertain_action.trigger()
    assert {p.person_id for p in window.chart.snapshot.placements} == certain
    assert all(p.activity is Activity.ACTIVE for p in window.chart.snapshot.placements)
    assert "only possibly there" not in window.status_people.text()
    window.uncertain_action.trigger()
    assert any(p.activity is not Activity.ACTIVE for p in window.chart.snapshot.placements)
