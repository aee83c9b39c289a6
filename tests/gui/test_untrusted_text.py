"""Names and quotes from articles are shown literally everywhere: cards, tooltips, details, history, exports."""

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPlainTextEdit, QTextEdit, QWidget

from orgtracker.domain.dates import FuzzyDate
from orgtracker.domain.facts import Claim, ClaimKind, Evidence
from orgtracker.extract.reconcile import reconcile
from orgtracker.store import editing, open_store
from orgtracker.ui.main_window import MainWindow
from orgtracker.ui.source import ChartSource

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

IMG = '<img src="file:///etc/passwd">Eve'
LINK = '<a href="https://evil.example/">Mallory</a>'
RTL = "\u202eRTL Override\u202c Ann"
ZERO_WIDTH = "Zero\u200bWidth\u200dJoe"
CONTROL = "Ctl\x07Bell\x1b[31mRed"
LONG = "Long" + "x" * 10_000
BOLD_ORG = "<b>Bold</b> & <i>Co</i>"
HOSTILE = [IMG, LINK, RTL, ZERO_WIDTH, CONTROL]
MARKUP = ("<img", "<a href", "<b>", "<i>")
NOV = FuzzyDate.month(2025, 11)


def hostile_store(path):
    """A store whose people, organisation, titles and quotes are all hostile strings."""
    sentences = [(f"{BOLD_ORG} named {name} as <script>chief</script> in 2020.", name) for name in HOSTILE + [LONG]]
    text = " ".join(s for s, _ in sentences) + f" {IMG} reports to {LINK}."
    claims = []
    for sentence, name in sentences:
        start = text.index(sentence)
        ev = (Evidence("evil.txt", start, start + len(sentence), sentence),)
        claims.append(Claim(ClaimKind.JOIN, name, BOLD_ORG, "<script>chief</script>", None, FuzzyDate.year(2020),
                            NOV, ev, 0.9))
    line = f"{IMG} reports to {LINK}."
    start = text.index(line)
    claims.append(Claim(ClaimKind.REPORTS_TO, IMG, None, None, LINK, None, NOV,
                        (Evidence("evil.txt", start, start + len(line), line),), 0.9))
    with open_store(path) as store:
        store.add_document("evil.txt", f"{IMG} title", NOV, "evil", text, claims)
        store.sync_drafts(reconcile(store.live_claims(), {}))
        editing.add_person(store, '<img src="x">Added')  # an edit whose summary holds markup
    return text


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "evil.sqlite"
    hostile_store(db)
    win = MainWindow(ChartSource.open(db), at=date(2025, 6, 1))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()
    win.source.close()


def pid(win, name):
    return next(i for i, p in win.source.facts.people.items() if p.name == name)


def rich_text_leaks(root: QWidget) -> list[str]:
    """Every place under `root` where a hostile string would be read by Qt as rich text."""
    leaks = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and any(m in widget.text() for m in MARKUP):
            if widget.textFormat() != Qt.TextFormat.PlainText:
                leaks.append(f"label {widget.objectName()!r}: {widget.text()[:60]!r}")
        if any(m in widget.toolTip() for m in MARKUP):
            leaks.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()[:60]!r}")
        if isinstance(widget, QTextEdit) and not widget.acceptRichText() is False and "<img" in widget.toHtml():
            if "&lt;img" not in widget.toHtml():
                leaks.append(f"text edit {widget.objectName()!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            stack = [QModelIndex()]
            while stack:
                parent = stack.pop()
                for row in range(model.rowCount(parent)):
                    try:
                        columns = model.columnCount(parent)
                    except TypeError:  # a list widget's model hides columnCount: one column
                        columns = 1
                    for col in range(columns):
                        index = model.index(row, col, parent)
                        tip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
                        if any(m in str(tip) for m in MARKUP):
                            leaks.append(f"item tooltip in {widget.objectName() or type(widget).__name__}: {tip[:60]!r}")
                    if columns > 1 and model.rowCount(model.index(row, 0, parent)):  # a tree's children
                        stack.append(model.index(row, 0, parent))
    return leaks


def test_the_details_panel_shows_every_hostile_name_literally(window):
    for name in HOSTILE:
        window.select_person(pid(window, name))
        texts = [lab.text() for lab in window.details.findChildren(QLabel)]
        assert any(name in t for t in texts), name
        assert rich_text_leaks(window.details) == []


def test_a_10000_character_name_is_shortened_and_does_not_widen_the_panel(window):
    window.select_person(pid(window, LONG))
    labels = window.details.findChildren(QLabel)
    (name,) = [lab for lab in labels if lab.text().startswith("Long")]
    assert len(name.text()) < 300 and name.text().endswith("…")
    assert any(LONG in lab.text() for lab in labels)  # the quote itself is shown whole
    assert window.details.sizeHint().width() < 1_000
    assert window.width() < 3_000


def test_no_tooltip_or_label_in_the_window_interprets_markup(window, qtbot):
    window.select_person(pid(window, IMG))
    changes = []
    for day in window.source.dates:  # the change list names the people who joined
        window.go_to(day)
        assert rich_text_leaks(window.timeline) == []
        changes += [window.timeline.changes.item(i).text() for i in range(window.timeline.changes.count())]
    assert any(IMG in line for line in changes)
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        if action.text().replace("&", "") == "History":
            action.trigger()
    history = window.findChild(QWidget, "historyDock")
    if history is not None:
        history.show()
        qtbot.wait(50)
    assert rich_text_leaks(window) == []


def test_card_tooltips_are_plain_text(window):
    from orgtracker.render.items import CardItem

    chart = window.chart
    view = getattr(chart, "_graphics", None)
    if view is None or not hasattr(chart, "_card_hovered"):
        pytest.skip("the chart is not the pyqtgraph ChartView")
    cards = [item for item in view.scene().items() if isinstance(item, CardItem)]
    assert cards
    for card in cards:
        chart._card_hovered(card)
        tip = card.toolTip()
        assert not any(m in tip for m in MARKUP), tip[:80]
    shown = " ".join(card.toolTip() for card in cards)
    assert "&lt;img" in shown  # escaped, so Qt shows the characters


def test_history_shows_the_edit_literally(window):
    from orgtracker.ui.history import HistoryPanel

    panel = window.findChild(HistoryPanel)
    if panel is None:
        pytest.skip("no history panel in this window")
    panel.refresh()
    assert any('<img src="x">Added' in s for s in panel.summaries())
    assert rich_text_leaks(panel) == []
    text = [w.toPlainText() for w in panel.findChildren(QPlainTextEdit)]
    assert all("<img" not in t or '<img src="x">' in t for t in text)


def test_exports_keep_hostile_names_as_text(window, tmp_path):
    from orgtracker.render.export import export_chart

    snap = window.source.snapshot(date(2025, 6, 1)) if hasattr(window.source, "snapshot") else None
    if snap is None:
        from orgtracker.timeline.snapshot import snapshot as take

        snap = take(window.source.facts, date(2025, 6, 1))
    svg = export_chart(snap, tmp_path / "chart.svg", title=f"Chart of {IMG}", sources=[LINK])
    body = svg.read_text(encoding="utf-8")
    assert "<img" not in body and "<a " not in body and "<script" not in body
    assert "&lt;img" in body or "Eve" in body
    png = export_chart(snap, tmp_path / "chart.png", title=LONG, sources=[CONTROL, RTL])
    image = QImage(str(png))
    assert not image.isNull() and 100 <= image.width() <= 8_000
