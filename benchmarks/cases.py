"""The benchmarks themselves: each case measures a few figures and returns them as Results.

A case runs in its own process (the runner starts one per case), so the memory it
leaves behind and any Qt state die with it. Cases import what they measure lazily.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")


@dataclass
class Result:
    """One row of the table. `value` is in `unit`; for a yes/no check `value` is text and `budget` None."""

    figure: str
    size: str
    value: float | str
    unit: str
    budget: float | None = None
    higher_is_better: bool = False
    runs: int = 1
    peer: str = ""
    note: str = ""
    ok: bool | None = None

    def __post_init__(self) -> None:
        if self.ok is None and self.budget is not None and isinstance(self.value, (int, float)):
            self.ok = self.value >= self.budget if self.higher_is_better else self.value <= self.budget

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Sizes:
    """How big each case runs: the full suite, or a tiny smoke run of a few seconds."""

    tiny: bool

    @property
    def people(self) -> int:
        return 1000 if self.tiny else 100_000

    @property
    def runs(self) -> int:
        return 2 if self.tiny else 5


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), times


def median_ms_cpu(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and median CPU ms of this process: on a shared machine the CPU time shows what the
    code costs when the wall time is stretched by other processes competing for the cores."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def history_db(work: Path, people: int, years: int = 10, seed: int = 1) -> Path:
    """The generated database for these arguments, made once per work folder."""
    path = work / f"history-{people}-{years}y-s{seed}.sqlite"
    if not path.exists():
        from .generate import generate

        partial = path.with_suffix(".partial")
        for leftover in work.glob(partial.name + "*"):
            leftover.unlink()
        generate(people, years, seed, partial)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(partial) + suffix)
            if extra.exists():
                extra.unlink()
        partial.rename(path)
    return path


def articles_dir(work: Path, count: int, seed: int = 7) -> Path:
    folder = work / f"articles-{count}-s{seed}"
    if not folder.exists():
        from .articles import write_articles

        tmp = work / f"articles-{count}-s{seed}.partial"
        shutil.rmtree(tmp, ignore_errors=True)
        write_articles(tmp, count, seed)
        tmp.rename(folder)
    return folder


def _size(people: int) -> str:
    return f"{people // 1000}k" if people >= 1000 and people % 1000 == 0 else str(people)


# -- generator ------------------------------------------------------------------------------------
def case_generate(sizes: Sizes, work: Path) -> list[Result]:
    from .generate import simulate, write_database

    n = sizes.people
    t0 = time.perf_counter()
    h = simulate(n, 10, 1)
    sim = time.perf_counter() - t0
    target = work / "generate-timing.sqlite"
    target.unlink(missing_ok=True)
    t1 = time.perf_counter()
    write_database(h, target)
    write = time.perf_counter() - t1
    target.unlink(missing_ok=True)
    s = h.stats
    depth = sorted(s["depth"].values())
    note = (f"{s['tenures']} tenures, {s['lines']} lines, {s['dotted_lines']} dotted; depth {depth[0]}–{depth[-1]}, "
            f"span median {s['span_median']} (max {s['span_max']}); dates: {s['month_dates']:.0%} month, "
            f"{s['year_dates']:.0%} year precision")
    return [
        Result("generate a history (simulate + write SQLite)", f"{_size(n)} people, 10 y", sim + write, "s", 60.0,
               note=f"simulate {sim:.1f} s + write {write:.1f} s; {note}"),
    ]


# -- timeline -------------------------------------------------------------------------------------
def case_timeline(sizes: Sizes, work: Path) -> list[Result]:
    from orgtracker.store import open_store
    from orgtracker.timeline.changes import change_dates
    from orgtracker.timeline.diff import diff
    from orgtracker.timeline.index import TimelineIndex
    from orgtracker.timeline.snapshot import snapshot

    n, runs = sizes.people, sizes.runs
    db = history_db(work, n)
    size = f"{_size(n)} people, 10 y"
    first, span = date(2016, 1, 1), 3650
    fresh_dates = iter([first + timedelta(days=int(span * (i + 0.5) / (runs * 4))) for i in range(runs * 4)])
    out: list[Result] = []
    store = open_store(db)
    try:
        facts = store.load_facts()  # also warms SQLite's page cache and the engine
        load_ms, _ = median_ms(lambda: store.load_facts(), max(1, runs // 2))
        out.append(Result("load all facts from SQLite (store.load_facts)", size, load_ms, "ms",
                          runs=max(1, runs // 2), note=f"{len(facts.tenures)} tenures, {len(facts.lines)} lines"))
        def cold() -> list:
            TimelineIndex.forget(facts)  # so each run builds the index again, as after a load
            return change_dates(facts)

        days = cold()
        ms, cpu = median_ms_cpu(cold, runs)
        out.append(Result("change dates, cold (builds the timeline index)", size, ms, "ms", 200.0, runs=runs,
                          note=f"{len(days)} dates; what the app pays after each load; CPU {cpu:.0f} ms"))
        index = TimelineIndex.of(facts)
        build_ms, _ = median_ms(lambda: TimelineIndex(facts), max(1, runs // 2))
        out.append(Result("  of which: timeline index build", size, build_ms, "ms", runs=max(1, runs // 2)))
        ms, _ = median_ms(index.compute_change_days, runs)
        out.append(Result("change dates, index built", size, ms, "ms", 200.0, runs=runs))
        placements = len(snapshot(facts, first + timedelta(days=span // 2)).placements)
        ms, cpu = median_ms_cpu(lambda: snapshot(facts, next(fresh_dates)), runs)
        out.append(Result("snapshot at a date, warm index (facts in memory)", size, ms, "ms", 50.0, runs=runs,
                          note=f"{placements} people on the chart at mid-history; a new date each run; "
                               f"CPU {cpu:.1f} ms"))

        def from_sqlite() -> None:
            at = next(fresh_dates)
            snapshot(store.load_facts(at=at, with_evidence=False), at)

        ms, cpu = median_ms_cpu(from_sqlite, runs)
        out.append(Result("snapshot at a date from SQLite (load_facts(at) + snapshot)", size, ms, "ms", 50.0,
                          runs=runs, note=f"store open, each run reads only the facts live at its date; "
                                          f"CPU {cpu:.0f} ms"))
        a = first + timedelta(days=span // 2)
        # Diff.changes (the change list in words, what the app shows) is made on first use: the budget
        # is judged on the diff with its changes read; the structural diff alone is shown beside it.
        for label, days_apart in (("a month", 30), ("a year", 365)):
            b = a + timedelta(days=days_apart)
            ms, _ = median_ms(lambda: diff(facts, a, b), runs)
            out.append(Result(f"diff of two dates {label} apart, structure only", size, ms, "ms", runs=runs,
                              note="placements/edges/orgs added, removed, changed; changes not read"))
            ms, cpu = median_ms_cpu(lambda: diff(facts, a, b).changes, runs)
            changes = len(diff(facts, a, b).changes)
            out.append(Result(f"diff of two dates {label} apart, with readable changes", size, ms, "ms", 100.0,
                              runs=runs, note=f"{changes} changes in words; the budget is judged on this row; "
                                              f"CPU {cpu:.0f} ms"))
    finally:
        store.close()
    return out


# -- layout -----------------------------------------------------------------------------------------
def case_layout(sizes: Sizes, work: Path) -> list[Result]:
    from orgtracker.graph.bench import measure_dot, measure_layout
    from orgtracker.graph.layout import layout_snapshot

    out: list[Result] = []
    budgets = {10_000: 100.0, 100_000: 1500.0}
    for n in ([1000] if sizes.tiny else [10_000, 100_000]):
        runs = 3 if n >= 100_000 else sizes.runs
        out.append(Result("layout of a snapshot (graph.bench.measure_layout)", _size(n), measure_layout(n, runs),
                          "ms", budgets.get(n), runs=runs, note="synthetic_snapshot, 5 organisations"))
    dot = shutil.which("dot")
    for n in ([300] if sizes.tiny else [1000, 5000]):
        ours = measure_layout(n, sizes.runs)
        peer, note = "", ""
        if dot:
            theirs = measure_dot(n)
            if theirs is not None:
                peer = f"dot -Tplain {theirs:.0f} ms: {theirs / ours:.0f}× slower"
            else:
                note = "dot failed or timed out"
        else:
            note = "Graphviz dot not installed: no peer"
        out.append(Result("layout vs Graphviz on the same tree", _size(n), ours, "ms", runs=sizes.runs,
                          peer=peer, note=note))
    # the same layout on a snapshot of the generated history
    from orgtracker.store import open_store
    from orgtracker.timeline.snapshot import snapshot

    db = history_db(work, sizes.people)
    with open_store(db) as store:
        facts = store.load_facts(with_evidence=False)
    snap = snapshot(facts, date(2021, 1, 1))
    ms, _ = median_ms(lambda: layout_snapshot(snap), 3)
    out.append(Result("layout of the generated history at 2021-01-01", f"{len(snap.placements)} cards", ms, "ms",
                      runs=3, note=f"history of {_size(sizes.people)} people"))
    out.append(_stability_on_history(facts, sizes))
    from orgtracker.graph.bench import measure_stability

    n = 300 if sizes.tiny else 2000
    out.append(Result("layout stability: mean displacement of unchanged people", _size(n),
                      measure_stability(n), "card widths", note="synthetic steps of 3 changes each"))
    return out


def _stability_on_history(facts, sizes: Sizes) -> Result:
    """Mean displacement, in card widths, of people whose manager did not change, between consecutive change dates."""
    from orgtracker.graph.layout import layout_snapshot, mean_displacement
    from orgtracker.timeline.changes import change_dates
    from orgtracker.timeline.snapshot import snapshot

    days = [d for d in change_dates(facts) if d >= date(2021, 1, 1)][: 4 if sizes.tiny else 12]
    values, previous = [], None
    for d in days:
        layout = layout_snapshot(snapshot(facts, d), previous=previous)
        if previous is not None:
            values.append(mean_displacement(previous, layout))
        previous = layout
    value = statistics.median(values) if values else 0.0
    return Result("layout stability between consecutive change dates", _size(sizes.people), value, "card widths",
                  runs=len(values), note="median over steps from 2021-01-01; people whose manager is unchanged")


# -- render (Qt) ------------------------------------------------------------------------------------
def case_render_step(sizes: Sizes, work: Path) -> list[Result]:
    from orgtracker.render.bench import measure_step

    out = []
    for n, budget in ([(200, None)] if sizes.tiny else [(2000, 16.0), (10_000, 50.0)]):
        steps = 5 if sizes.tiny else 20
        r = measure_step(n, steps=steps)
        out.append(Result("timeline step, reading zoom (render.bench.measure_step)", _size(n), r["step_ms"], "ms",
                          budget, runs=steps, note=f"layout precomputed; its median {r['layout_ms']:.0f} ms"))
        r = measure_step(n, steps=steps, zoomed_out=True)
        out.append(Result("timeline step, whole chart on screen", _size(n), r["step_ms"], "ms", runs=steps,
                          note="level of detail, all cards in view"))
        if sizes.tiny or n >= 10_000:
            ms, layout_ms = _step_with_layout(n, steps)
            out.append(Result("timeline step with its layout, reading zoom (what the app pays)", _size(n), ms,
                              "ms", runs=steps, note=f"layout_snapshot(previous=…) + show + repaint, timed "
                                                     f"together; of which layout {layout_ms:.0f} ms"))
    return out


def _step_with_layout(n: int, steps: int) -> tuple[float, float]:
    """Median ms of one step (and of its layout alone) as the window takes it: the layout of the new snapshot (against the one on
    screen), then the scene update and a synchronous repaint, at reading zoom. Mirrors render.bench."""
    from orgtracker.graph.layout import layout_snapshot
    from orgtracker.graph.synthetic import synthetic_timeline
    from orgtracker.render.bench import _app
    from orgtracker.render.view import ChartView

    app = _app()
    timeline = synthetic_timeline(n, 4, steps, 3, 3)
    previous = layout_snapshot(timeline[0])
    view = ChartView()
    view.resize(1400, 900)
    view.show()
    view.show(timeline[0], previous, animate=False)
    view.center_on(timeline[0].placements[len(timeline[0].placements) // 2].person_id)
    app.processEvents()
    view.viewport().repaint()
    times, layout_times = [], []
    for snap in timeline[1:]:
        t0 = time.perf_counter()
        previous = layout_snapshot(snap, previous=previous)
        layout_times.append((time.perf_counter() - t0) * 1000)
        view.show(snap, previous, animate=False)
        view.viewport().repaint()
        times.append((time.perf_counter() - t0) * 1000)
        app.processEvents()
    view.close()
    view.deleteLater()
    app.processEvents()
    return statistics.median(times), statistics.median(layout_times)


def case_export(sizes: Sizes, work: Path) -> list[Result]:
    from orgtracker.render.bench import measure_export

    n = 200 if sizes.tiny else 2000
    runs = 1 if sizes.tiny else 3
    secs = statistics.median(measure_export(n, 4000) for _ in range(runs))
    out = [Result("export PNG 4,000 px wide (render.bench.measure_export)", _size(n), secs, "s", 2.0, runs=runs,
                  note="layout included")]
    secs = statistics.median(measure_export(n, 4000, suffix=".svg") for _ in range(runs))
    out.append(Result("export SVG", _size(n), secs, "s", 2.0, runs=runs))
    return out


# -- extraction and ingest -----------------------------------------------------------------------------
def case_extract(sizes: Sizes, work: Path) -> list[Result]:
    from orgtracker.domain.dates import FuzzyDate
    from orgtracker.extract.pipeline import extract_text

    from .articles import corpus

    out = []
    try:
        from orgtracker.extract.bench import throughput
    except ImportError:
        throughput = None
    if throughput is not None:
        kb = 50 if sizes.tiny else 500
        throughput(10)  # warm the lexicons
        values = [throughput(kb) for _ in range(1 if sizes.tiny else 3)]
        out.append(Result("extraction, seed articles (extract.bench.throughput)", f"{kb} KB",
                          statistics.median(values), "KB/s", 500.0, True, runs=len(values)))
    texts = corpus(20 if sizes.tiny else 400, seed=3)
    extract_text(texts[0], "warm-up")
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    values, claims = [], 0
    for _ in range(1 if sizes.tiny else 3):
        t0 = time.perf_counter()
        claims = sum(len(extract_text(t, f"synthetic-{i}", FuzzyDate.parse("2020"))) for i, t in enumerate(texts))
        values.append(kb / (time.perf_counter() - t0))
    out.append(Result("extraction, synthetic news articles", f"{len(texts)} docs, {kb:.0f} KB",
                      statistics.median(values), "KB/s", 500.0, True, runs=len(values), note=f"{claims} claims"))
    return out


def case_ingest(sizes: Sizes, work: Path) -> list[Result]:
    from orgtracker.ingest import ingest
    from orgtracker.store import open_store

    count = 20 if sizes.tiny else 1000
    folder = articles_dir(work, count)
    db = work / f"ingest-{count}.sqlite"
    for leftover in work.glob(db.name + "*"):
        leftover.unlink()
    t0 = time.perf_counter()
    with open_store(db) as store:
        report = ingest(store, [folder])
        counts = store.counts()
    secs = time.perf_counter() - t0
    failed = len(report.failed)
    return [Result("ingest articles into a fresh database (orgtracker.ingest)", f"{count} articles", secs, "s",
                   60.0, note=f"{counts['claims']} claims → {counts['tenures']} tenures, {counts['reporting_lines']} "
                              f"lines, {counts['people']} people; {failed} failed")]


# -- the app (Qt, in child processes) ------------------------------------------------------------------
def _app_run(db: Path, env: dict) -> tuple[float, float]:
    """(seconds to window shown, peak RSS in MB) of one `orgtracker.ui.bench --child` process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.time()
        proc = subprocess.Popen([sys.executable, "-m", "orgtracker.ui.bench", "--child", str(db)],
                                stdout=out, stderr=err, text=True, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not the max over all children
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"app exited {proc.returncode}: {stderr.strip()[-300:]}")
    shown = next((float(line.split()[1]) for line in stdout.splitlines() if line.startswith("window-shown ")), None)
    if shown is None:
        raise RuntimeError("the app exited without showing its window")
    return shown - started, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def _app_env(work: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    home = work / "app-home"
    home.mkdir(exist_ok=True)
    env["ORGTRACKER_HOME"] = str(home)
    return env


def case_memory(sizes: Sizes, work: Path) -> list[Result]:
    db = history_db(work, sizes.people)
    secs, peak = _app_run(db, _app_env(work))
    return [
        Result("app peak RSS with the history loaded", f"{_size(sizes.people)} people", peak, "MB", 600.0,
               note="ru_maxrss of `python -m orgtracker.ui.bench --child DB` (load, first chart, close)"),
        Result("app start to window with that history", f"{_size(sizes.people)} people", secs, "s",
               note="no budget; the seeds' figure is the startup budget"),
    ]


def case_startup(sizes: Sizes, work: Path) -> list[Result]:
    env = _app_env(work)
    db = work / "seeds.sqlite"
    if not db.exists():
        _app_run(db, env)  # the first run ingests the shipped seeds
    runs = 1 if sizes.tiny else 5
    times = [_app_run(db, env)[0] for _ in range(runs)]
    return [Result("start to window with the seeds (ui.bench)", "5 articles", statistics.median(times), "s", 1.5,
                   runs=runs, note=f"best {min(times):.2f} s; fresh interpreter each run")]


# -- the command line ----------------------------------------------------------------------------------
_PROBE = """
import json, sys, time
t0 = time.perf_counter()
from orgtracker.cli import main
import contextlib, io
with contextlib.redirect_stdout(io.StringIO()):
    rc = main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.split('.')[0] in {qt!r})
print(json.dumps({{"rc": rc, "qt": qt, "seconds": time.perf_counter() - t0}}))
"""


def _cli_probe(args: list[str], timeout: float = 900) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _PROBE.format(qt=QT_MODULES), *args], capture_output=True,
                          text=True, timeout=timeout, env=dict(os.environ))
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"orgtracker {' '.join(args)} failed: {proc.stderr.strip()[-300:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    return result


def case_cli(sizes: Sizes, work: Path) -> list[Result]:
    from orgtracker.paths import seeds_dir

    small = history_db(work, 1000)
    seed = sorted(Path(seeds_dir()).glob("*.txt"))[0]
    out = []
    for name, args in (("snapshot", ["snapshot", "--at", "2021-06", "--db", str(small)]),
                       ("extract", ["extract", str(seed)])):
        r = _cli_probe(args)
        loaded = ", ".join(r["qt"]) if r["qt"] else "none"
        out.append(Result(f"`orgtracker {name}` starts without Qt", "1k people" if name == "snapshot" else "a seed",
                          "no Qt" if not r["qt"] else "imports Qt", "", ok=not r["qt"],
                          note=f"exit {r['rc']}, {r['wall']:.2f} s; Qt modules loaded: {loaded}"))
    sizes_to_run = [1000] if sizes.tiny else [10_000, 100_000]
    for n in sizes_to_run:
        db = history_db(work, n)
        for name, args in (("snapshot", ["snapshot", "--at", "2021-06", "--db", str(db)]),
                           ("diff", ["diff", "--from", "2021-01", "--to", "2022-01", "--db", str(db)])):
            r = _cli_probe(args)
            out.append(Result(f"`orgtracker {name}` command, whole process", f"{_size(n)} people", r["wall"], "s",
                              note="no budget of its own; printing included (to a buffer)"))
    return out


CASES: dict[str, Callable[[Sizes, Path], list[Result]]] = {
    "generate": case_generate,
    "timeline": case_timeline,
    "layout": case_layout,
    "render_step": case_render_step,
    "export": case_export,
    "extract": case_extract,
    "ingest": case_ingest,
    "memory": case_memory,
    "startup": case_startup,
    "cli": case_cli,
}


def run_case(name: str, tiny: bool, work: Path) -> list[Result]:
    gc.collect()
    return CASES[name](Sizes(tiny), work)


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="orgtracker-bench-"))
