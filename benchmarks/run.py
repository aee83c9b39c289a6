"""The benchmark runner behind `make bench`: every case in its own process, one table of figures against budgets.

    python -m benchmarks.run [--tiny] [--only timeline,layout] [--work DIR] [--markdown FILE]

Budgets are for the 2-core reference machine. A missed budget never makes the run fail;
a case that raises does (exit status 1), so a tiny run in the tests catches a benchmark
that rotted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .cases import CASES, Result, run_case, scratch

MARK = "BENCH-RESULTS "
COLUMNS = ("figure", "size", "median", "budget", "ok", "runs", "peer")


def _number(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "card widths":
        return f"{value:.2f} {unit}"
    if unit in ("KB/s", "MB"):
        return f"{value:.0f} {unit}"
    return f"{value:g} {unit}".strip()


def cells(r: Result) -> list[str]:
    value = r.value if isinstance(r.value, str) else _number(r.value, r.unit)
    budget = "" if r.budget is None else ("≥ " if r.higher_is_better else "≤ ") + _number(r.budget, r.unit)
    if r.unit == "" and r.ok is not None and isinstance(r.value, str) and r.budget is None:
        budget = "no Qt" if r.figure.endswith("without Qt") else "pass"
    ok = "" if r.ok is None else ("yes" if r.ok else "NO")
    if r.unit == "error":
        ok = "ERROR"
    return [r.figure, r.size, value, budget, ok, str(r.runs), r.peer]


def text_table(results: list[Result]) -> str:
    rows = [list(COLUMNS)] + [cells(r) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i in (0, 1, 6) else c.rjust(w)
                               for i, (c, w) in enumerate(zip(row, widths))).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  {r.figure} [{r.size}]: {r.note}" for r in results if r.note]
    return "\n".join(lines + (["", "notes:"] + notes if notes else []))


def markdown_table(results: list[Result]) -> str:
    head = list(COLUMNS) + ["note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in results:
        row = cells(r) + [r.note]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
    return "\n".join(lines)


def run_child(name: str, tiny: bool, work: Path) -> int:
    results = run_case(name, tiny, work)
    if tiny:  # budgets are for the full sizes: a tiny figure is neither within nor over them
        for r in results:
            if not isinstance(r.value, str):
                r.budget, r.ok = None, None
    print(MARK + json.dumps([r.to_json() for r in results]), flush=True)
    return 0


def run_in_process(name: str, tiny: bool, work: Path, timeout: float) -> list[Result]:
    """Run one case in a fresh interpreter; a failure becomes one ERROR row with the reason."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=_pythonpath())
    cmd = [sys.executable, "-m", "benchmarks.run", "--case", name, "--work", str(work)] + (["--tiny"] if tiny else [])
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return [Result(f"{name}: timed out", "", "error", "error", ok=False, note=f"no result within {timeout:.0f} s")]
    for line in proc.stdout.splitlines():
        if line.startswith(MARK):
            return [Result(**row) for row in json.loads(line[len(MARK):])]
    tail = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()][-1:] or [f"exit status {proc.returncode}"]
    return [Result(f"{name}: failed", "", "error", "error", ok=False, note=tail[0][:300])]


def _pythonpath() -> str:
    root = str(Path(__file__).resolve().parent.parent)
    rest = os.environ.get("PYTHONPATH")
    return root + (os.pathsep + rest if rest else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiny", action="store_true", help="small sizes: a smoke run of seconds")
    parser.add_argument("--only", metavar="CASES", help="comma-separated cases: " + ", ".join(CASES))
    parser.add_argument("--work", metavar="DIR", help="keep generated databases and articles here (reused)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table as Markdown")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per case (default 300 tiny, 3600)")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        return run_child(args.case, args.tiny, Path(args.work))
    names = list(CASES) if not args.only else [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)} (known: {', '.join(CASES)})")
    work = Path(args.work) if args.work else scratch()
    work.mkdir(parents=True, exist_ok=True)
    timeout = args.timeout or (300.0 if args.tiny else 3600.0)
    results: list[Result] = []
    started = time.perf_counter()
    try:
        for name in names:
            t0 = time.perf_counter()
            print(f"[bench] {name} …", file=sys.stderr, flush=True)
            results.extend(run_in_process(name, args.tiny, work, timeout))
            print(f"[bench] {name} done in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(text_table(results))
    print(f"\n{len(results)} figures in {time.perf_counter() - started:.0f} s; "
          f"{sum(r.ok is False for r in results)} outside budget or failed"
          + (" (tiny sizes: budgets are for the full sizes)" if args.tiny else ""))
    if args.markdown:
        Path(args.markdown).write_text(markdown_table(results) + "\n", encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps([r.to_json() for r in results], indent=1) + "\n", encoding="utf-8")
    return 1 if any(r.unit == "error" for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
