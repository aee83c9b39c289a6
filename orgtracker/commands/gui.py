"""`orgtracker gui [--db FILE]`: open the desktop app (also what `orgtracker` with no arguments does)."""

from __future__ import annotations

import argparse


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("gui", help="open the desktop app", description="Open the desktop app.")
    parser.add_argument("--db", metavar="FILE", help="database file (default: the one in your data folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from orgtracker.ui.app import main

    return main(args.db)
