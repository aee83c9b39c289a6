"""Render benchmarks, offscreen: one timeline step of the chart view, and a 4,000 px export."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def measure_step(n: int, steps: int = 20, changes: int | None = None, seed: int = 3,
                 zoomed_out: bool = False) -> dict[str, float]:
    """Median ms of one timeline step with `n` people: scene update + a synchronous repaint of a
    1400×900 view (reading zoom, or the whole chart with `zoomed_out`). Layouts are computed
    beforehand (as the UI can, per change date); their median is reported apart."""
    app = _app()
    from orgtracker.graph.layout import layout_snapshot
    from orgtracker.graph.synthetic import synthetic_timeline
    from orgtracker.render.view import ChartView

    changes = changes if changes is not None else 3  # a change date moves a few people
    timeline = synthetic_timeline(n, 4, steps, changes, seed)
    layouts, layout_ms, previous = [], [], None
    for snap in timeline:
        t0 = time.perf_counter()
        previous = layout_snapshot(snap, previous=previous)
        layout_ms.append((time.perf_counter() - t0) * 1000)
        layouts.append(previous)
    view = ChartView()
    view.resize(1400, 900)
    view.show()
    view.show(timeline[0], layouts[0], animate=False)
    if not zoomed_out:
        view.center_on(timeline[0].placements[len(timeline[0].placements) // 2].person_id)
    app.processEvents()
    view.viewport().repaint()
    step_ms = []
    for snap, lay in zip(timeline[1:], layouts[1:]):
        t0 = time.perf_counter()
        view.show(snap, lay, animate=False)
        view.viewport().repaint()
        step_ms.append((time.perf_counter() - t0) * 1000)
        app.processEvents()
    view.close()
    view.deleteLater()
    app.processEvents()
    return {"step_ms": statistics.median(step_ms), "layout_ms": statistics.median(layout_ms[1:])}


def measure_glide(n: int, steps: int = 8, changes: int = 3, seed: int = 3, frames: int = 10) -> float:
    """Median ms of one frame of an animated step (cards glide, lines follow) plus its repaint, reading zoom,
    the view centred on a card that moves."""
    app = _app()
    from orgtracker.graph.layout import layout_snapshot
    from orgtracker.graph.synthetic import synthetic_timeline
    from orgtracker.render.diff import diff_layouts
    from orgtracker.render.view import ANIMATION_MS, ChartView

    timeline = synthetic_timeline(n, 4, steps, changes, seed)
    layouts, previous = [], None
    for snap in timeline:
        previous = layout_snapshot(snap, previous=previous)
        layouts.append(previous)
    view = ChartView()
    view.resize(1400, 900)
    view.show()
    view.show(timeline[0], layouts[0], animate=False)
    app.processEvents()
    frame_ms = []
    for before, snap, lay in zip(layouts, timeline[1:], layouts[1:]):
        moved = diff_layouts(before, lay).moved
        if not moved:
            continue
        view.center_on(moved[len(moved) // 2][0])
        app.processEvents()
        view.show(snap, lay, animate=True)
        anim = view._anim
        if anim.state() != anim.State.Running:
            continue
        anim.pause()
        for k in range(1, frames):
            t0 = time.perf_counter()
            anim.setCurrentTime(ANIMATION_MS * k // frames)
            view.viewport().repaint()
            frame_ms.append((time.perf_counter() - t0) * 1000)
        anim.stop()
        view._finish_animation()
        app.processEvents()
    view.close()
    view.deleteLater()
    app.processEvents()
    return statistics.median(frame_ms) if frame_ms else 0.0


def measure_export(n: int = 2000, width: int = 4000, seed: int = 3, suffix: str = ".png") -> float:
    """Seconds to export an `n`-person synthetic chart `width` px wide (layout included)."""
    _app()
    from orgtracker.graph.synthetic import synthetic_snapshot
    from orgtracker.render.export import export_chart

    snap = synthetic_snapshot(n, 4, seed)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        export_chart(snap, Path(tmp) / f"chart{suffix}", width=width, sources=["synthetic"])
        return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args(argv)
    sizes = [(200, None)] if args.tiny else [(2000, 16.0), (10_000, 50.0)]
    print(f"{'figure':<40}{'size':>8}{'median':>10}{'budget':>9}  ok")
    steps = 5 if args.tiny else 20
    for n, budget in sizes:
        for name, kwargs in [("timeline step, reading zoom (ms)", {}),
                             ("  same, 5 % of people change (ms)", {"changes": max(1, n // 20)}),
                             ("timeline step, whole chart (ms)", {"zoomed_out": True})]:
            r = measure_step(n, steps=steps, **kwargs)
            ok = "" if budget is None or kwargs else ("yes" if r["step_ms"] <= budget else "NO")
            print(f"{name:<40}{n:>8}{r['step_ms']:>10.1f}{(budget or '') if not kwargs else '':>9}  {ok}")
        print(f"{'  layout of that step (ms)':<40}{n:>8}{r['layout_ms']:>10.1f}")
        print(f"{'  one frame of an animated step (ms)':<40}{n:>8}{measure_glide(n, steps=4 if args.tiny else 8):>10.1f}")
    n = 200 if args.tiny else 2000
    secs = measure_export(n)
    print(f"{'export PNG at 4,000 px (s)':<40}{n:>8}{secs:>10.2f}{2.0:>9}  {'yes' if secs <= 2 else 'NO'}")
    print(f"{'export SVG (s)':<40}{n:>8}{measure_export(n, suffix='.svg'):>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
