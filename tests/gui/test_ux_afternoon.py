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

