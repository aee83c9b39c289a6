"""`orgtracker diff --from DATE --to DATE [--db FILE] [--json]`: who joined, left, moved, changed manager or title."""

from __future__ import annotations

import argparse
import json

from orgtracker.cli import UserError

from .snapshot import add_db_argument, load_facts_or_explain, open_existing_store, parse_date


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "diff", help="print what changed between two dates",
        description="Print who joined, left, moved between organisations, got a new manager or a new title "
                    "between two dates.")
    parser.add_argument("--from", dest="from_", required=True, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--to", required=True, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from orgtracker.timeline.diff import diff

    a = parse_date(args.from_, "--from")
    b = parse_date(args.to, "--to")
    if b < a:
        raise UserError(f"--to {args.to} is before --from {args.from_}")
    store = open_existing_store(args)
    try:
        facts = load_facts_or_explain(store, args)
    finally:
        store.close()
    result = diff(facts, a, b)
    if args.json:
        print(json.dumps({
            "from": a.isoformat(), "to": b.isoformat(),
            "changes": [{"kind": c.kind, "person_id": c.person_id, "person": c.person, "before": c.before,
                         "after": c.after, "text": c.describe()} for c in result.changes],
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"Changes from {a.isoformat()} to {b.isoformat()}: {len(result.changes)}")
    for c in result.changes:
        print(f"  {c.describe()}")
    return 0
