"""What a new analyst hit in an afternoon with forty fresh articles: hidden details, README files, cut messages."""

from datetime import date

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


def _in_front(dock) -> bool:
    """A dock tabbed with others is in front when some of it is on screen (Qt moves the others off it)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_a_click_on_a_card_brings_the_details_in_front_of_the_review_queue(make_window, qtbot):
    """After Add articles the review queue sits in front of the details (same tab group): a click on a card
    filled the hidden details tab and the user saw nothing happen."""
    win = make_window(at=date(2025, 11, 20))
    review = win.editing.review_dock
    review.show()
    review.raise_()
    qtbot.waitUntil(lambda: _in_front(review))
    assert not _in_front(win.details_dock)
    win.select_person(2)
    qtbot.waitUntil(lambda: _in_front(win.details_dock))

    review.raise_()
    qtbot.waitUntil(lambda: _in_front(review))
    win.focus_person(5)  # Find… does the same
    qtbot.waitUntil(lambda: _in_front(win.details_dock))


def test_a_select_all_in_a_folder_leaves_its_readme_out(qtbot, tmp_path):
    """Ctrl+A in the file picker took the folder's README.md along: it was read as an article, its notes
    became claims and its heading a source of the export."""
    from orgtracker.ui.add_articles import AddArticlesDialog

    dialog = AddArticlesDialog(None, today=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    picked = [tmp_path / n for n in ("harbour_ferries_ceo.txt", "README.md", "mill_closure.md", ".notes.txt")]
    dialog.add_files(picked)
    assert [p.name for p in dialog.files()] == ["harbour_ferries_ceo.txt", "mill_closure.md"]
    assert "README.md" in dialog.message.text() and ".notes.txt" in dialog.message.text()

    dialog.add_files([tmp_path / "README.md"])  # chosen alone, on purpose: taken
    assert [p.name for p in dialog.files()][-1] == "README.md"
    assert dialog.message.text() == ""


def test_one_picked_file_can_be_taken_off_the_list(qtbot, tmp_path):
    from orgtracker.ui.add_articles import AddArticlesDialog

    dialog = AddArticlesDialog(None, today=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.add_files([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    dialog.file_list.item(1).setSelected(True)
    dialog.remove_selected()
    assert [p.name for p in dialog.files()] == ["a.txt", "c.txt"]


def test_the_ingest_message_puts_its_counts_before_its_names():
    """Forty articles brought 83 new people: their names came before the count of organisations and the
    date shown, and the status bar cut the message in the middle of the names."""
    from orgtracker.domain.facts import FactSet, Organisation, Person
    from orgtracker.ui.ingest_news import IngestNews

    before = IngestNews.before(FactSet(people={}, orgs={}, tenures=[], lines=[]))
    people = {i: Person(i, f"Runa Halvard {i:02d}") for i in range(1, 31)}
    orgs = {1: Organisation(1, "Tarnby Ferries"), 2: Organisation(2, "Oskel Mills"), 3: Organisation(3, "Brae Water")}
    text = before.message(FactSet(people=people, orgs=orgs, tenures=[], lines=[]), 12, 240, "; now shown at 2 May 2026")
    assert text.startswith("Added 12 articles: 240 claims, 30 new people, 3 new organisations; now shown at 2 May 2026. New: ")
    assert text.endswith("Runa Halvard 01, Runa Halvard 02 and 28 more people; Brae Water, Oskel Mills and 1 more organisations")


def test_a_cut_status_message_reads_whole_on_hover_and_the_path_keeps_its_end(make_window):
    from orgtracker.ui.plain import shorten_path

    win = make_window(at=date(2025, 11, 20))
    win.statusBar().showMessage("Added 40 articles: " + "many words " * 40)
    assert "many words" in win.statusBar().toolTip()
    win.statusBar().clearMessage()
    assert win.statusBar().toolTip() == ""
    path = "/home/analyst/.local/share/orgtracker/orgtracker.sqlite"
    assert shorten_path(path) == "…" + path[-39:] and shorten_path(path).endswith("orgtracker/orgtracker.sqlite")
    assert shorten_path("/tmp/a.sqlite") == "/tmp/a.sqlite"


def test_the_review_queue_follows_a_write_from_another_program(qtbot, monkeypatch, tmp_path):
    """After `orgtracker ingest` in a terminal the chart was read again but the open review queue still
    counted the claims it had before."""
    from orgtracker.domain.dates import FuzzyDate
    from orgtracker.domain.facts import Claim, ClaimKind, Evidence
    from orgtracker.extract.reconcile import reconcile
    from orgtracker.store import open_store
    from orgtracker.ui import chart_adapter
    from orgtracker.ui.main_window import MainWindow
    from orgtracker.ui.source import ChartSource
    from ui_helpers import FakeChart

    monkeypatch.setattr(chart_adapter, "make_chart", lambda parent: FakeChart(parent))
    db = tmp_path / "mills.sqlite"

    def add(store, name, text, person, org, title):
        ev = Evidence(name, 0, len(text), text)
        claim = Claim(ClaimKind.JOIN, person, org, title, None, FuzzyDate.year(2024), None, (ev,), 0.9)
        store.add_document(name, text, FuzzyDate.month(2024, 5), name, text, [claim])
        store.sync_drafts(reconcile(store.live_claims(), {}))

    store = open_store(db)
    add(store, "one.txt", "Oskel Mills named Runa Halvard chief executive in 2024.", "Runa Halvard", "Oskel Mills", "CEO")
    store.close()
    win = MainWindow(ChartSource.open(db))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.editing.show_review(which="all")
    assert len(win.editing.review.items) == 1

    other = open_store(db)  # another program's connection
    add(other, "two.txt", "Brae Water hired Tove Lind as its finance chief in 2024.", "Tove Lind", "Brae Water", "CFO")
    other.close()
    win._changed_on_disk()  # what the database watcher calls
    assert len(win.editing.review.items) == 2
    win.close()
    win.source.close()


def test_the_legend_fades_under_the_pointer_so_the_cards_beneath_it_read(qtbot):
    """Panned, the chart slides under the floating legend: a card there could not be read until the user
    found Ctrl+L. The pointer over the legend now fades it; it takes no clicks, so the card under it does."""
    from orgtracker.render.view import ChartView

    class Hover:  # what pyqtgraph's scene hands an item under the pointer
        def __init__(self, leaving: bool):
            self.leaving = leaving

        def isExit(self) -> bool:  # noqa: N802
            return self.leaving

    view = ChartView()
    qtbot.addWidget(view)
    legend = view._legend
    assert legend.opacity() == 1.0
    legend.hoverEvent(Hover(leaving=False))
    assert legend.opacity() < 0.5
    legend.hoverEvent(Hover(leaving=True))
    assert legend.opacity() == 1.0
    assert not hasattr(legend, "mouseClickEvent")


def test_a_window_opens_today_when_articles_announce_later_moves(make_window):
    """Articles of this autumn said who "will take over in 2027": a fresh window opened on 31 December 2027,
    the announced future shown as if it were now."""
    from dataclasses import replace

    from orgtracker.domain.dates import FuzzyDate
    from orgtracker.domain.facts import Organisation, Person, Tenure
    from orgtracker.ui.main_window import opening_date
    from ui_helpers import world

    days = [date(2024, 3, 1), date(2025, 6, 1), date(2027, 12, 31)]
    assert opening_date(days, date(2026, 11, 23)) == date(2026, 11, 23)
    assert opening_date(days[:2], date(2026, 11, 23)) == date(2025, 6, 1)  # all past: the last change
    assert opening_date([], date(2026, 11, 23)) == date(2026, 11, 23)

    facts = world()
    ahead = date.today().year + 2
    facts = replace(facts, people={**facts.people, 90: Person(90, "Ines Varga")},
                    orgs={**facts.orgs, 90: Organisation(90, "Tarnby Ferries")},
                    tenures=facts.tenures + [Tenure(90, 90, 90, "CEO", FuzzyDate.year(ahead), None)])
    win = make_window(facts)
    assert win.current_date() == date.today()
    assert "announced change" in win.statusBar().currentMessage()
    win.timeline.go_last()
    assert win.current_date().year == ahead
    assert win.statusBar().currentMessage() == ""  # no longer "as of today"


def test_far_out_labels_of_small_organisations_show_words_not_initials(qtbot):
    """Forty articles brought 140 organisations of one or two people each: fitted, every label was cut to
    its first letter ("B…", "C…") by the next header. A label now shows at least a few letters, and one that
    would cover another is left out (its header's tooltip still names it)."""
    from PySide6.QtWidgets import QApplication

    from orgtracker.domain.intervals import Activity
    from orgtracker.render import painting
    from orgtracker.render.items import HeaderLabel
    from orgtracker.render.view import ChartView
    from orgtracker.timeline.model import OrgNode, Placement, Snapshot

    trades = ["Ferry Operators", "Salt Works", "Rope Makers", "Glass Blowers", "Tile Kilns", "Paper Mills"]
    orgs = {i: OrgNode(i, f"{['Northern', 'Southern', 'Eastern', 'Western'][i % 4]} {trades[i % 6]} {i}", None)
            for i in range(1, 61)}
    people = [Placement(i, f"Runa Halvard {i}", i, orgs[i].name, "Director", Activity.ACTIVE, i) for i in orgs]
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show(Snapshot(date(2026, 5, 1), people, [], orgs), animate=False)
    view.fit()
    QApplication.processEvents()
    shown = [lab for lab in view._labels.values() if lab.isVisible()]
    assert len(shown) >= 20
    for lab in shown:
        least = painting.header_label_width(lab.name[:6] + "…", HeaderLabel.PX)
        assert lab.rect().width() >= min(least, painting.header_label_width(lab.name, HeaderLabel.PX)) - 0.5
    screen = view._graphics.viewportTransform()
    rects = [lab.deviceTransform(screen).mapRect(lab.rect()) for lab in shown]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_the_shortcut_list_keeps_keys_and_words_apart(make_window):
    """Help → Keyboard shortcuts set keys and words a tab apart: "Ctrl+Shift+O" ran into "Add articles…"."""
    from orgtracker.ui.main_window import shortcuts_table

    table = shortcuts_table("Ctrl+Shift+O\tAdd articles…\nCtrl+<\tSmaller & closer")
    assert table.count("<tr>") == 2 and "<td style='padding-right:18px'><b>Ctrl+Shift+O</b></td><td>Add articles…" in table
    assert "Ctrl+&lt;" in table and "Smaller &amp; closer" in table
    win = make_window(at=date(2025, 11, 20))
    assert shortcuts_table(win.shortcuts_text()).count("<tr>") == len(win.shortcuts_text().splitlines())


def test_adding_stored_articles_again_says_nothing_new_once(make_window):
    """Adding ten articles already stored said "Nothing new: nothing new (10 documents already stored)"."""
    from orgtracker.ingest import DocumentOutcome, IngestReport
    from orgtracker.ui.ingest_news import IngestNews

    win = make_window(at=date(2025, 11, 20))
    news = IngestNews.before(win.source.facts)
    stored = [DocumentOutcome(f"ferry_{i}.txt", "unchanged") for i in range(10)]
    win.editing.tell_ingest(news, IngestReport(stored))
    assert win.statusBar().currentMessage() == "Nothing new (10 documents already stored)"
    win.editing.tell_ingest(news, IngestReport(stored + [DocumentOutcome("gone.txt", "failed", message="no such file")]))
    assert win.statusBar().currentMessage() == "Nothing new (10 documents already stored); gone.txt: no such file"
