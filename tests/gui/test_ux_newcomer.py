"""What a new user tripped over when driving the real window: shortcuts, dialog focus, the slider, flows, badges."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMenu

from orgtracker.domain.dates import FuzzyDate
from orgtracker.ui import chart_adapter
from orgtracker.ui.main_window import MainWindow, distinct_keys
from orgtracker.ui.source import ChartSource
from ui_helpers import FakeChart, FakeStore, fake_flows, world

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class _Touch(QUndoCommand):
    def redo(self):
        pass

    def undo(self):
        pass


def test_no_key_is_bound_twice(make_window):
    """Under X11 the platform's redo key is Ctrl+Shift+Z, which the window added again: Qt called the key
    ambiguous and Ctrl+Shift+Z redid nothing. No key may sit on two actions or twice on one."""
    keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    assert [k.toString() for k in distinct_keys(keys[:1], keys[1:])] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    win = make_window(at=date(2025, 11, 20))
    bound: dict[str, str] = {}
    for menu in win.menuBar().findChildren(QMenu):
        for act in menu.actions():
            for key in act.shortcuts():
                name = key.toString()
                assert bound.get(name, act.text()) == act.text(), f"{name} on {bound[name]} and {act.text()}"
                bound[name] = act.text()
            assert len({k.toString() for k in act.shortcuts()}) == len(act.shortcuts()), act.text()


def test_ctrl_shift_z_redoes(make_window, qtbot):
    win = make_window(at=date(2025, 11, 20))
    assert "Ctrl+Shift+Z" in [k.toString() for k in win.redo_action.shortcuts()]
    win.undo_stack.push(_Touch("touch"))
    win.chart.setFocus()
    qtbot.keyClick(win.chart, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.undo_stack.index() == 0
    qtbot.keyClick(win.chart, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.undo_stack.index() == 1


def test_edit_dialog_types_into_the_first_empty_field(qtbot):
    """Set manager… from a card prefilled the person and left the cursor there: typing the manager's name
    appended it to the person's ("Ann LeeBob")."""
    from orgtracker.ui.edit_dialogs import NameDialog, SetManagerDialog, TenureDialog

    facts = world()
    dialog = SetManagerDialog(facts, date(2025, 11, 20), None, person=2)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.first_empty() is dialog.manager
    qtbot.waitUntil(lambda: dialog.manager.hasFocus() or dialog.manager.lineEdit().hasFocus())
    qtbot.keyClicks(dialog.focusWidget(), "Zuck")
    assert dialog.person.value() == 2 and dialog.manager.currentText() == "Zuck"

    empty = SetManagerDialog(facts, date(2025, 11, 20), None)
    assert empty.first_empty() is empty.person  # nothing prefilled: the person first
    tenure = TenureDialog(facts, date(2025, 11, 20), None, person=2)
    assert tenure.first_empty() is tenure.org
    edit = TenureDialog(facts, date(2025, 11, 20), None, tenure_id=3)
    assert edit.first_empty() is None  # every field already holds the tenure: focus stays where Qt puts it
    rename = NameDialog(facts, date(2025, 11, 20), None, entity_id=2)
    assert rename.first_empty() is rename.name
    for d in (empty, tenure, edit, rename):
        d.deleteLater()


def test_a_click_on_the_timeline_goes_to_the_date_clicked(qtbot):
    """A click on the bar moved a month towards the pointer (Qt's page step): reaching 2025 from 2013 took
    a hundred clicks. Now a click goes where it lands, onto a change date when its tick is within a few pixels."""
    from PySide6.QtCore import QPoint

    from orgtracker.ui.timeline_bar import TimelineBar

    dates = [date(2013, 12, 1), date(2019, 5, 1), date(2025, 6, 1), date(2026, 1, 1)]
    bar = TimelineBar()
    qtbot.addWidget(bar)
    bar.set_dates(dates)
    bar.resize(900, 120)
    with qtbot.waitExposed(bar):
        bar.show()
    bar.set_date(dates[0], emit=False)
    slider = bar.slider
    _, _, span, x0 = slider._geometry()

    def x_of(d: date) -> int:
        return x0 + round(span * bar.scale.position(d) / slider.maximum())

    y = slider.height() // 2
    with qtbot.waitSignal(bar.dateChanged) as shown:
        qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x_of(date(2019, 5, 1)) + 3, y))
    assert shown.args == [date(2019, 5, 1)]  # snapped onto the change date beside the click
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x_of(date(2022, 7, 1)), y))
    days_per_px = (date(2025, 6, 1) - date(2019, 5, 1)).days / (x_of(date(2025, 6, 1)) - x_of(date(2019, 5, 1)))
    assert abs((bar.current_date() - date(2022, 7, 1)).days) <= 2 * days_per_px + 1


def test_flow_arrowheads_are_not_hidden_under_a_wide_name(qtbot):
    """The arrows stopped 22 px short of an organisation's centre: inside the box of any name wider than
    44 px, so the box hid the arrowhead ("A → a long startup name" showed no direction)."""
    from PySide6.QtGui import QColor

    from orgtracker.ui.flows_view import Flow, FlowCanvas

    canvas = FlowCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    long_name = "Quillmoor Seaborne Analytics Holdings"
    canvas.set_flows(["Brightwater", long_name, "Ostrava Labs"],
                     [Flow("Brightwater", long_name, 2, ("Ida Renn", "Olu Park")),
                      Flow(long_name, "Ostrava Labs", 1, ("Tam Veer",))])
    rects = canvas.node_rects()
    for f in canvas.flows:
        target = rects[f.target]
        _, tip = canvas.arrow_curve(rects[f.source].center(), target)
        assert not target.contains(tip)
        gap = max(target.left() - tip.x(), tip.x() - target.right(), target.top() - tip.y(), tip.y() - target.bottom())
        assert 0 < gap <= 8  # just outside the box, pointing at it
    image = canvas.grab().toImage()
    _, tip = canvas.arrow_curve(rects["Brightwater"].center(), rects[long_name])
    back = rects[long_name].center() - tip
    probe = tip - back * (4 / max(1.0, (back.x() ** 2 + back.y() ** 2) ** 0.5))  # a few px back along the head
    colour = QColor(image.pixel(round(probe.x()), round(probe.y())))
    assert colour.red() > 200 and colour.blue() < 150  # the orange head, drawn where it can be seen


def test_second_affiliation_badge_holds_its_text(qtbot):
    """"2nd" (21 px of bold text) sat in a 24 px pill with 7 px rounded ends: the letters ran over the ends,
    most visibly at the window's usual zoom. The pill is now as wide as its text and 5 px either side."""
    from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

    from orgtracker.render import painting, style

    ink = QFontMetricsF(style.font(style.BADGE_PX, bold=True)).tightBoundingRect("2nd").width()
    bw = painting.badge_width("2nd")
    assert bw - ink >= 8
    look = painting.CardLook("Rosa Quint", "Principal", "Tallow & Finch", secondary=True)
    image = QImage(200, 56, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    painting.paint_card(p, 200.0, 56.0, look)
    p.end()
    grey = [x for x in range(120, 200) if QColor(image.pixel(x, 13)) == style.MUTED]  # the pill's row
    assert grey and abs((max(grey) - min(grey) + 1) - bw) <= 2 and max(grey) <= 200 - 5


def test_fact_timeline_years_are_evenly_spaced(qtbot):
    """The details panel's axis read 2012, 2018, 2021, 2024: the first label, pushed in from the edge, hid
    the next. Labels are now every n-th year, evenly spaced, none cut, none touching."""
    from orgtracker.ui.fact_timeline import Bar, FactTimeline

    strip = FactTimeline()
    qtbot.addWidget(strip)
    strip.set_bars([Bar("Founder · Quell Labs", FuzzyDate.parse("2012"), FuzzyDate.parse("2025-11"), "#3b6ea5"),
                    Bar("Professor · Ostrava", FuzzyDate.parse("2013"), None, "#d9822b")], at=date(2026, 1, 1))
    for width in (260.0, 300.0, 420.0, 900.0):
        labels = strip.year_labels(6.0, width, 40.0)
        years = [y for y, _ in labels]
        assert len(labels) >= 3, width
        assert len({b - a for a, b in zip(years, years[1:])}) == 1, years  # one step between all of them
        assert all(b[1] - a[1] >= 40.0 for a, b in zip(labels, labels[1:]))
        assert all(6.0 - 4 <= x - 20 and x + 20 <= 6.0 + width + 4 for _, x in labels)


def test_a_change_known_only_to_the_year_does_not_say_no_change(make_window):
    """Every move dated to a month or a year puts two ticks on the timeline: the first day it may have happened
    and the last. On the first the list said "No change" under "a change known only to the year"; it now says
    what may have happened."""
    win = make_window()
    win.go_to(date(2017, 1, 1))  # the world's VP of AI Research joined Meta some day in 2017
    assert win.source.precisions[date(2017, 1, 1)] == "year"
    items = [win.timeline.changes.item(i).text() for i in range(win.timeline.changes.count())]
    assert items == ["Joelle Pineau may have joined Meta (some day in 2017: dashed)"]
    win.go_to(date(2025, 5, 1))  # and left in May 2025
    items = [win.timeline.changes.item(i).text() for i in range(win.timeline.changes.count())]
    assert items == ["Joelle Pineau may have left Meta (some day in May 2025: dashed)"]
    win.go_to(date(2017, 12, 31))  # the certain step keeps its own words
    assert win.timeline.changes.item(0).text() == "Joelle Pineau joined Meta"


def test_an_organisations_name_stays_on_screen_when_its_header_is_wider_than_the_view(qtbot):
    """On a generated database of 2,000 people the first view zooms into the biggest organisation: its header
    filled the top of the view as a bar of colour, its name scrolled off to the left. The name now follows the
    view's left edge along the header."""
    from PySide6.QtGui import QColor

    from orgtracker.domain.facts import LineKind
    from orgtracker.domain.intervals import Activity
    from orgtracker.graph.layout import LayoutOptions
    from orgtracker.render import style
    from orgtracker.render.view import ChartView
    from orgtracker.timeline.model import Edge, OrgNode, Placement, Snapshot

    org = OrgNode(1, "Veldmark Instruments", None)
    people = [Placement(1, "Ines Oyelaran", 1, org.name, "CEO", Activity.ACTIVE, 1)]
    people += [Placement(i, f"Report {i}", 1, org.name, "Engineer", Activity.ACTIVE, i) for i in range(2, 32)]
    edges = [Edge(i, 1, LineKind.SOLID, Activity.ACTIVE, i) for i in range(2, 32)]
    view = ChartView(options=LayoutOptions(compact=False))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_legend_visible(False)
    view.show(Snapshot(date(2025, 1, 1), people, edges, {1: org}), animate=False)
    view.center_on(16)  # a card in the middle of a row 30 cards wide: both ends of the header are off screen
    qtbot.wait(50)
    header = view.header_rect(1)
    vis = view.visible_rect()
    assert header.left() < vis.left() and header.right() > vis.right()
    image = view.viewport().grab().toImage()
    scale = image.width() / vis.width()
    y0, y1 = int((header.top() - vis.top()) * scale) + 3, int((header.bottom() - vis.top()) * scale) - 3
    colour = style.org_colour(org.name)
    text = [x for x in range(0, image.width() // 3) for y in range(y0, y1, 2)
            if QColor(image.pixel(x, y)).lightness() > colour.lightness() + 60]
    assert text, "no name in the visible part of the header"


def test_add_articles_says_how_to_add_files_when_none_are_chosen(qtbot):
    """File → Add articles… opened on a large blank box: the empty list now says what to do."""
    from PySide6.QtGui import QColor

    from orgtracker.ui.add_articles import AddArticlesDialog

    dialog = AddArticlesDialog(None, today=date(2026, 1, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def inked() -> int:
        image = dialog.file_list.viewport().grab().toImage()
        return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if QColor(image.pixel(x, y)).lightness() < 200)

    assert "Choose files" in dialog.file_list.HINT and inked() > 20
    dialog.add_files(["/tmp/a-trade-note.txt"])
    qtbot.wait(20)
    assert dialog.files()[0].name == "a-trade-note.txt"
    dialog.file_list.clear()
    assert dialog.files() == []


def test_a_stay_that_becomes_certain_is_listed(qtbot, monkeypatch):
    """A tenure known only to have started on or before some date ("ten years ago or more") turns from dashed
    to solid on that date: the list said "No change" there (the diff lists no join for a start nobody dated)."""
    from orgtracker.domain.dates import FuzzyDate
    from orgtracker.domain.facts import Organisation, Person, Tenure

    facts = world()
    facts.people[9] = Person(9, "Odile Brannock")
    facts.orgs[9] = Organisation(9, "Keswick Optics")
    facts.tenures.append(Tenure(99, 9, 9, "Director", FuzzyDate.unknown(None, date(2016, 3, 2)), None))
    monkeypatch.setattr(chart_adapter, "make_chart", lambda parent: FakeChart(parent))
    monkeypatch.setattr(ChartSource, "flows", lambda self, a, b: fake_flows(self.facts, a, b))
    win = MainWindow(ChartSource(FakeStore(facts)))
    qtbot.addWidget(win)
    win.show()
    assert win.source.precisions.get(date(2016, 3, 2)) == "unknown"
    win.go_to(date(2016, 3, 2))
    assert win.timeline.changes.item(0).text() == "Odile Brannock is surely at Keswick Optics by now (date unknown)"
