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
