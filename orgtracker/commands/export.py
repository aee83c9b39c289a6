"""`orgtracker export --at DATE -o chart.png|chart.svg [--width PX] [--dpi N] [--org NAME] [--db FILE]`, headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from orgtracker.cli import UserError


def add_parser(subparsers) -> None:
    from orgtracker.commands.snapshot import add_db_argument

    p = subparsers.add_parser(
        "export",
        help="draw the whole org chart at a date into a PNG or SVG",
        description="Draw the whole org chart at a date (every organisation, or one with --org) into a PNG "
        "or SVG file, with a title, a legend and the sources. Runs without a display.",
    )
    p.add_argument("--at", required=True, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="chart.png or chart.svg")
    p.add_argument("--width", type=int, metavar="PX", help="image width in pixels (text is drawn at that size)")
    p.add_argument("--dpi", type=float, metavar="N", help="resolution when no width is given (96 = 1:1)")
    p.add_argument("--org", metavar="NAME", help="only this organisation and the ones inside it")
    p.add_argument("--title", metavar="TEXT", help='default: "Org chart as of DATE"')
    add_db_argument(p)
    p.set_defaults(run=run)


def _gui_app():
    """A QGuiApplication (no window); offscreen when there is no display."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["orgtracker-export"])


def run(args: argparse.Namespace) -> int:
    from orgtracker.commands.snapshot import open_existing_store, parse_date

    at = parse_date(args.at, "--at")
    out = Path(args.output).expanduser()
    if out.suffix.lower() not in (".png", ".svg"):
        raise UserError(f"-o {args.output}: the file name must end in .png or .svg")
    if args.width is not None and not 100 <= args.width <= 32000:
        raise UserError(f"--width {args.width}: give a width from 100 to 32000 pixels")
    store = open_existing_store(args)
    try:
        from orgtracker.store import StoreError

        try:
            facts = store.load_facts(at=at)
            documents = store.documents()
        except StoreError as exc:
            raise UserError(str(exc)) from None
    finally:
        store.close()
    from orgtracker.timeline.snapshot import snapshot as take_snapshot

    snap = take_snapshot(facts, at)
    if not snap.placements:
        raise UserError(f"nobody is on the chart at {at.isoformat()}: nothing to export")
    if args.org is not None:
        from orgtracker.graph.subset import org_subset

        try:
            snap = org_subset(snap, args.org)  # the footnote then cites only what this organisation's chart shows
        except ValueError as exc:
            raise UserError(str(exc)) from None
    from orgtracker.timeline.citations import cited_sources

    by_id = {d.id: d for d in documents}
    sources = cited_sources(facts, snap, lambda ev: by_id.get(ev.document_id) if ev.document_id is not None else None)
    _gui_app()
    from orgtracker.graph.layout import LayoutOptions, row_width_for
    from orgtracker.render.export import export_chart

    options = LayoutOptions(row_width=row_width_for(len(snap.orgs)))  # many organisations: a wide page, not a strip
    try:
        path = export_chart(snap, out, width=args.width, dpi=args.dpi, title=args.title,
                            sources=sources, options=options)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc}") from None
    print(path)
    return 0
