"""`orgtracker ingest [PATH...] [--db FILE]`: read articles into the database (default: the shipped seeds)."""

from __future__ import annotations

import argparse
import sys

from orgtracker.cli import UserError

from .snapshot import add_db_argument, db_path


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "ingest", help="read articles into the database",
        description="Extract claims from articles, store them with their quotes, and rebuild the facts. "
                    "A file already ingested (same content) adds nothing; running it twice changes nothing.")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="text files or folders of them (default: the shipped seed articles)")
    add_db_argument(parser)
    parser.add_argument("--published", metavar="DATE",
                        help="published date for documents that carry none (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from orgtracker.domain.dates import DateError, FuzzyDate
    from orgtracker.ingest import ingest
    from orgtracker.paths import seeds_dir
    from orgtracker.store import StoreError, open_store

    published = None
    if args.published:
        try:
            published = FuzzyDate.parse(args.published)
        except DateError as exc:
            raise UserError(f"--published: {exc}") from None
    paths = args.paths or [seeds_dir()]
    try:
        store = open_store(db_path(args))
    except StoreError as exc:
        raise UserError(str(exc)) from None
    try:
        report = ingest(store, paths, published=published)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()
    for outcome in report.failed:
        print(f"orgtracker ingest: {outcome.path}: {outcome.message}", file=sys.stderr)
    for line in report.summary():
        if not any(line.startswith(f"{o.path}:") for o in report.failed):
            print(line)
    return 1 if report.failed else 0
