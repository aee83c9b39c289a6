"""`make screenshots`: the README's pictures, made again from a fresh database of the shipped seeds.

The window is grabbed by Qt itself (offscreen platform), so no screen is needed; the chart is the
app's own PNG export. Writes docs/chart-2025-11-20.png and docs/screenshot-<date>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCS = Path(__file__).resolve().parent.parent / "docs"
WINDOW_DATES = [(date(2014, 6, 1), None), (date(2025, 11, 20), "Yann LeCun"), (date(2026, 2, 1), None)]


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="orgtracker-shots-"))
    os.environ["ORGTRACKER_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from orgtracker.cli import main as cli
    from orgtracker.ui.app import make_application
    from orgtracker.ui.main_window import MainWindow
    from orgtracker.ui.source import ChartSource

    app = make_application()  # before the export, which would otherwise make a widget-less application
    db = home / "seeds.sqlite"
    if cli(["ingest", "--db", str(db)]) != 0:
        return 1
    if cli(["export", "--at", "2025-11-20", "--width", "2000", "--db", str(db),
            "-o", str(DOCS / "chart-2025-11-20.png")]) != 0:
        return 1

    for at, person in WINDOW_DATES:
        win = MainWindow(ChartSource.open(db), at=at)
        win.resize(1600, 1000)
        win.show()
        QApplication.processEvents()
        win.go_to(at)
        if person:
            pid = next(pid for pid, p in win.source.facts.people.items() if p.name == person)
            win.select_person(pid)
        for _ in range(20):
            QApplication.processEvents()
        out = DOCS / f"screenshot-{at.isoformat()}.png"
        win.grab().save(str(out))
        print(out)
        win.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
