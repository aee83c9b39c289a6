"""What a first-time reader would trip on: the legend over the chart, cut org names,
a change list that reads backwards, a details panel wider than its dock."""

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from orgtracker.domain.facts import Evidence, Tenure
from orgtracker.render import painting, style
from orgtracker.render.view import fit_rect
from orgtracker.ui import chart_adapter
from orgtracker.ui.main_window import MainWindow
from orgtracker.ui.source import ChartSource
from orgtracker.ui.timeline_bar import TimelineBar, precision_in_words
from ui_helpers import FakeChart, FakeStore, fake_flows, world

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

LECUN = 3


@pytest.fixture
def make_window(qtbot, monkeypatch):
    monkeypatch.setattr(chart_adapter, "make_chart", lambda parent: FakeChart(parent))
    monkeypatch.setattr(ChartSource, "flows", lambda self, a, b: fake_flows(self.facts, a, b))

    def make(facts=None, at=None):
        win = MainWindow(ChartSource(FakeStore(facts)), at=at)
        qtbot.addWidget(win)
        win.resize(1600, 1000)
        with qtbot.waitExposed(win):
            win.show()
        return win

    return make


def test_a_fitted_chart_lies_below_the_legend_band_whole_and_centred():
    chart = QRectF(100, 50, 3000, 800)
    rect = fit_rect(chart, 1100, 680, 78)
    scale = 1100 / rect.width()
    assert rect.height() * scale == pytest.approx(680)  # the view's own aspect: no stretching
    top_px = (chart.top() - rect.top()) * scale
    assert top_px >= 78  # nothing drawn behind the legend
    assert rect.left() <= chart.left() and rect.right() >= chart.right()
    assert (chart.bottom() - rect.top()) * scale <= 680
    assert rect.center().x() == pytest.approx(chart.center().x())
    assert fit_rect(chart, 0, 0, 78) is None


def test_a_tall_chart_is_fitted_by_its_height_under_the_legend():
    chart = QRectF(0, 0, 400, 2000)
    rect = fit_rect(chart, 1100, 680, 78)
    scale = 1100 / rect.width()
    assert (chart.top() - rect.top()) * scale >= 78 - 1e-6
    assert (chart.bottom() - rect.top()) * scale <= 680 + 1e-6


def test_a_long_org_name_gets_the_whole_header_with_the_count_under_it(qtbot):
    name, w, h = "Yann LeCun's startup", 300.0, 52.0
    px, under = painting.header_fonts(name, w, h, people=1)
    assert under
    assert QFontMetricsF(style.font(px, bold=True)).horizontalAdvance(name) <= w - 28
    assert painting.header_fonts("Meta", w, h, people=7) == (style.HEADER_PX, False)


def test_the_screen_legend_is_two_short_rows():
    grid = painting.legend_size(columns=3)
    column = painting.legend_size()
    assert grid.height() < column.height() / 2
    assert painting.legend_size(horizontal=True).height() < grid.height()


def test_precision_is_said_in_words_with_what_is_known():
    assert precision_in_words(date(2025, 11, 20), "year") == "a change known only to the year (2025)"
    assert precision_in_words(date(2025, 6, 1), "month") == "a change known only to the month (June 2025)"


def test_the_date_span_reads_as_dates(qtbot):
    bar = TimelineBar()
    qtbot.addWidget(bar)
    bar.set_dates([date(2013, 1, 1), date(2026, 1, 1)], until=date(2026, 11, 23))
    assert bar.span_label.text() == "1 Jan 2013 – 23 Nov 2026"


def test_the_change_list_says_the_same_whichever_way_the_user_came(make_window):
    win = make_window(at=date(2025, 11, 20))
    direct = [win.timeline.changes.item(i).text() for i in range(win.timeline.changes.count())]
    caption = win.timeline.changes_caption.text()
    win.go_to(win.source.dates[-1])
    win.go_to(date(2025, 11, 20))  # back from the end: nothing may read as if it happened on the way back
    back = [win.timeline.changes.item(i).text() for i in range(win.timeline.changes.count())]
    assert back == direct and win.timeline.changes_caption.text() == caption
    latest = max(d for d in win.source.dates if d <= date(2025, 11, 20))
    assert caption.startswith(f"Last change before this date: {latest.day} {latest:%B} {latest.year}")
    if win.source.precisions.get(latest) == "month":
        assert caption.endswith(", known only to the month")


def test_many_conflicting_claims_fit_a_narrow_details_dock(make_window):
    facts = world()
    ev = facts.tenures[0].evidence[0]
    long_source = Evidence("0123456789abcdef_0123456789abcdef_a_long_file_name.txt", ev.start, ev.end, ev.quote,
                           document_id=ev.document_id)
    for i in range(5):
        facts.tenures.append(Tenure(100 + i, LECUN, 1, f"Role {i}", None, None, conflict="sources disagree",
                                    evidence=(long_source,)))
    win = make_window(facts=facts, at=date(2025, 11, 20))
    win.select_person(LECUN)
    body = win.details.widget()
    assert body.minimumSizeHint().width() <= 320


def test_an_exports_footnote_lists_few_sources_one_a_line_cut_short(qapp):
    from orgtracker.render.export import SOURCE_CHARS, _footnote

    long_title = "Yann LeCun is leaving Meta to found a startup " * 8
    lines = _footnote([long_title, "Short one", "Short one"], style.font(12), 2000)
    assert lines[0] == "Sources:" and len(lines) == 3
    assert lines[1].startswith("•") and lines[1].endswith("…") and len(lines[1]) <= SOURCE_CHARS + 3
    assert lines[2] == "• Short one"
    many = _footnote([f"Article {i}" for i in range(40)], style.font(12), 2000)
    assert len(many) < 5 and many[0].startswith("Sources: Article 0;")


def test_the_window_fits_a_laptop_screen(make_window, qtbot):
    win = make_window()
    fuzzy = next(d for d, p in win.source.precisions.items() if p in ("month", "year"))
    win.go_to(fuzzy)
    assert "known only to the" in win.timeline.label.text()
    narrow = win.timeline.minimumSizeHint().width()
    win.timeline.label.setText(win.timeline.label.text() + " · a change known only to the year (2025)" * 2)
    qtbot.wait(20)  # the layouts take the new text in
    assert win.timeline.minimumSizeHint().width() == narrow  # long words wrap, they do not widen the window
    assert win.minimumSizeHint().width() <= 1280


def test_a_sub_organisations_box_lies_under_the_groups_inside_it(qapp):
    from orgtracker.graph.layout import GroupBox
    from orgtracker.render.items import GroupItem

    suborg, unplaced = GroupItem(), GroupItem()
    suborg.set_group(GroupBox(2, "FAIR", "suborg", 0, 0, 240, 224), "FAIR")
    unplaced.set_group(GroupBox(2, "unplaced", "unplaced", 10, 94, 220, 100), "FAIR")
    assert suborg.zValue() < unplaced.zValue()


def test_help_lists_the_keyboard_shortcuts(make_window):
    win = make_window()
    text = win.shortcuts_text()
    for keys, what in (("Ctrl+F", "Find person"), ("Left", "Previous change"), ("Space", "Play/pause"),
                       ("Ctrl+E", "Export")):
        assert any(line.startswith(keys + "\t") and what in line for line in text.splitlines()), (keys, text)
    assert "&" not in text
