"""`orgtracker history [--json] [--limit N] [--db FILE]`: the audit log of edits, newest first."""

from __future__ import annotations

import argparse
import json

from orgtracker.cli import UserError

from .snapshot import add_db_argument, open_existing_store


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "history", help="list the edits made by hand",
        description="The audit log: every edit made in the app or with `orgtracker edit`, when, what, and the rows "
                    "before and after (with --json).")
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON, with the rows before and after each edit")
    parser.add_argument("--limit", type=int, metavar="N", help="only the N most recent edits")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from orgtracker.store import StoreError
    from orgtracker.store.editing import history

    if args.limit is not None and args.limit < 1:
        raise UserError("--limit must be at least 1")
    store = open_existing_store(args)
    try:
        entries = history(store, args.limit)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()
    if args.json:
        print(json.dumps([{"id": e.id, "at": e.at.isoformat(), "action": e.action, "summary": e.summary,
                           "undone": e.undone, "before": e.before, "after": e.after} for e in entries],
                         ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("No edits yet.")
    for e in entries:
        mark = " (undone)" if e.undone else ""
        print(f"{e.id:>5}  {e.at.strftime('%Y-%m-%d %H:%M')}  {e.action:<16} {e.summary}{mark}")
    return 0
