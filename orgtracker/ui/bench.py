"""Startup time: from launching `orgtracker gui` to its window on screen (`python -m orgtracker.ui.bench`)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "window-shown "


def _child(db: str) -> int:
    """Start the app as `orgtracker gui` would, print the wall time when the window is exposed, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from orgtracker.ui import app as app_module
    from orgtracker.ui.main_window import MainWindow

    original_show = MainWindow.show

    def show_and_report(window) -> None:
        original_show(window)
        QTest.qWaitForWindowExposed(window)
        print(f"{READY}{time.time():.6f}", flush=True)
        QTimer.singleShot(0, window.close)

    MainWindow.show = show_and_report
    return app_module.main(db)


def measure(db: Path, runs: int = 3) -> list[float]:
    """Seconds from process start to the window exposed, for each run (a fresh interpreter each time)."""
    times = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "orgtracker.ui.bench", "--child", str(db)],
            capture_output=True, text=True, check=True, env=os.environ.copy(),
        ).stdout
        shown = next(float(line[len(READY):]) for line in out.splitlines() if line.startswith(READY))
        times.append(shown - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database to open (default: a fresh one, seeds ingested by a first run)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("ORGTRACKER_HOME", home)
        db = Path(args.db) if args.db else Path(home) / "bench.sqlite"
        if not args.db:
            first = measure(db, runs=1)[0]
            print(f"first run (ingests the seeds): {first:.2f} s")
        times = measure(db, runs=args.runs)
        print(f"window shown after start: median {statistics.median(times):.2f} s, "
              f"best {min(times):.2f} s over {len(times)} runs (target ≤ 1.5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
