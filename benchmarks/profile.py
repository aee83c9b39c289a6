"""Where the time goes in a slow figure: cProfile of one target, top functions by cumulative and own time.

    python -m benchmarks.profile TARGET [--db FILE] [--people N] [--top 25]

Targets: load, snapshot_sqlite, change_dates, diff_year, cli_snapshot, extract, render_step, memory
(memory prints peak RSS after each phase of what the app does with a history instead of a profile).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import resource
import tempfile
from datetime import date, timedelta
from pathlib import Path

from .cases import history_db


def _facts(db: Path):
    from orgtracker.store import open_store

    with open_store(db) as store:
        return store.load_facts()


def _targets(db: Path) -> dict:
    def load():
        from orgtracker.store import open_store

        with open_store(db) as store:
            return lambda: store.load_facts()

    def snapshot_sqlite():
        from orgtracker.store import open_store
        from orgtracker.timeline.snapshot import snapshot

        store = open_store(db)
        at = date(2021, 3, 3)
        return lambda: snapshot(store.load_facts(at=at, with_evidence=False), at)

    def change_dates():
        from orgtracker.timeline.changes import change_dates as cd

        facts = _facts(db)
        return lambda: cd(facts)

    def diff_year():
        from orgtracker.timeline.diff import diff
        from orgtracker.timeline.index import TimelineIndex

        facts = _facts(db)
        TimelineIndex.of(facts)
        a = date(2021, 1, 1)
        return lambda: diff(facts, a, a + timedelta(days=365)).changes  # the words too, as the app reads them

    def cli_snapshot():
        from orgtracker.cli import main

        def run():
            with contextlib.redirect_stdout(io.StringIO()):
                main(["snapshot", "--at", "2021-06", "--db", str(db)])
        return run

    def extract():
        from orgtracker.extract.pipeline import extract_text

        from .articles import corpus

        texts = corpus(200, seed=3)
        extract_text(texts[0], "warm-up")
        return lambda: [extract_text(t, f"a{i}") for i, t in enumerate(texts)]

    def render_step():
        from orgtracker.render.bench import measure_step

        return lambda: measure_step(10_000, steps=10)

    return {name: fn for name, fn in locals().items() if callable(fn) and not name.startswith("_")}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory_phases(db: Path) -> None:
    """Peak and current RSS after each step the app takes with a history, without Qt."""
    print(f"{'phase':<44}{'current MB':>11}{'peak MB':>9}")
    print(f"{'interpreter + imports':<44}{_current_mb():>11.0f}{_rss_mb():>9.0f}")
    from orgtracker.graph.layout import layout_snapshot
    from orgtracker.timeline.changes import change_dates
    from orgtracker.timeline.snapshot import snapshot

    facts = _facts(db)
    print(f"{'store.load_facts()':<44}{_current_mb():>11.0f}{_rss_mb():>9.0f}")
    change_dates(facts)
    print(f"{'+ change_dates (timeline index)':<44}{_current_mb():>11.0f}{_rss_mb():>9.0f}")
    snap = snapshot(facts, date(2021, 1, 1))
    print(f"{'+ snapshot at 2021-01-01':<44}{_current_mb():>11.0f}{_rss_mb():>9.0f}")
    layout_snapshot(snap)
    print(f"{'+ layout of that snapshot':<44}{_current_mb():>11.0f}{_rss_mb():>9.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("target")
    parser.add_argument("--db", help="a generated database (default: generate one of --people)")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = Path(args.db) if args.db else history_db(Path(tempfile.gettempdir()), args.people)
    if args.target == "memory":
        memory_phases(db)
        return 0
    targets = _targets(db)
    if args.target not in targets:
        parser.error(f"unknown target {args.target!r} (known: {', '.join(sorted(targets))}, memory)")
    fn = targets[args.target]()
    profile = cProfile.Profile()
    profile.runcall(fn)
    for key in ("cumulative", "tottime"):
        stats = pstats.Stats(profile)
        stats.sort_stats(key).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
