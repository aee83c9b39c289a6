"""Layout benchmark: our tidy tree on synthetic snapshots, and Graphviz `dot` on the same trees."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time

from orgtracker.graph.dot import to_dot
from orgtracker.graph.layout import layout_snapshot, mean_displacement, route_edges
from orgtracker.graph.synthetic import synthetic_snapshot, synthetic_timeline


def measure_layout(n: int, repeat: int = 5, n_orgs: int = 5, seed: int = 1, with_routes: bool = False) -> float:
    """Median milliseconds to lay out a synthetic snapshot of `n` people (edge routing too if asked)."""
    snap = synthetic_snapshot(n, n_orgs, seed)
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        layout = layout_snapshot(snap)
        if with_routes:
            route_edges(layout)
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times)


def measure_dot(n: int, n_orgs: int = 5, seed: int = 1, timeout: float = 600.0) -> float | None:
    """Milliseconds Graphviz `dot -Tplain` takes on the same snapshot; None without dot or past the timeout."""
    dot = shutil.which("dot")
    if dot is None:
        return None
    text = to_dot(synthetic_snapshot(n, n_orgs, seed))
    t0 = time.perf_counter()
    try:
        subprocess.run([dot, "-Tplain"], input=text.encode(), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=timeout, check=True)
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
        return None
    return (time.perf_counter() - t0) * 1000.0


def measure_stability(n: int = 2000, steps: int = 10, changes: int = 3, seed: int = 5) -> float:
    """Mean displacement (card widths) of unchanged people between consecutive synthetic steps."""
    previous = None
    values = []
    for snap in synthetic_timeline(n, 4, steps, changes, seed):
        layout = layout_snapshot(snap, previous=previous)
        if previous is not None:
            values.append(mean_displacement(previous, layout))
        previous = layout
    return statistics.mean(values) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="small sizes only (a smoke run)")
    args = parser.parse_args(argv)
    sizes = [1000] if args.tiny else [1000, 10_000, 100_000]
    budgets = {10_000: 100.0, 100_000: 1500.0}
    print(f"{'figure':<34}{'size':>8}{'median ms':>12}{'budget':>9}  ok")
    for n in sizes:
        ms = measure_layout(n, repeat=3 if n >= 100_000 else 5)
        budget = budgets.get(n)
        ok = "yes" if budget is None or ms <= budget else "NO"
        print(f"{'layout (positions)':<34}{n:>8}{ms:>12.1f}{budget or '':>9}  {ok}")
        print(f"{'layout + edge routes':<34}{n:>8}{measure_layout(n, 3, with_routes=True):>12.1f}")
    for n in ([1000] if args.tiny else [1000, 5000]):
        dot_ms = measure_dot(n)
        ours = measure_layout(n)
        ratio = f"  dot/ours = {dot_ms / ours:.0f}x" if dot_ms else ""
        print(f"{'graphviz dot -Tplain':<34}{n:>8}{(dot_ms or float('nan')):>12.1f}{'':>9}{ratio}")
    print(f"{'mean displacement (card widths)':<34}{2000:>8}{measure_stability():>12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
