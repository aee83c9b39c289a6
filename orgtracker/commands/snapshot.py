"""`orgtracker snapshot --at DATE [--db FILE] [--json]`: who is where, in which role, under whom."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from orgtracker.cli import UserError

POSSIBLE_MARK = "(possibly)"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE", help="database file (default: the one in your data folder)")


def parse_date(text: str, flag: str) -> date:
    """A YYYY, YYYY-MM or YYYY-MM-DD argument, as its first day; a UserError naming the flag otherwise."""
    from orgtracker.domain.dates import DateError, parse_date_arg

    try:
        return parse_date_arg(text)
    except DateError as exc:
        raise UserError(f"{flag}: {exc}") from None


def db_path(args: argparse.Namespace) -> Path:
    from orgtracker.paths import default_db

    return Path(args.db).expanduser() if args.db else default_db()


def open_existing_store(args: argparse.Namespace):
    """The store to read from; a UserError if there is none yet or it cannot be opened."""
    from orgtracker.store import StoreError, open_store

    path = db_path(args)
    if not path.exists():
        raise UserError(f"no database at {path}: run `orgtracker ingest{_db_flag(args)}` first")
    try:
        return open_store(path)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def load_facts_or_explain(store, args: argparse.Namespace, at: date | None = None):
    """The facts without their evidence (with `at`: only what a snapshot at that date needs)."""
    from orgtracker.store import StoreError

    try:
        if store.is_empty():
            raise UserError(f"the database {store.path} is empty: run `orgtracker ingest{_db_flag(args)}` first")
        return store.load_facts(at=at, with_evidence=False)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def _db_flag(args: argparse.Namespace) -> str:
    return f" --db {args.db}" if getattr(args, "db", None) else ""


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "snapshot", help="print who is where at a date",
        description="Print each person's organisation, title and manager at a date, and the reporting lines. "
                    f"Facts whose dates make them only possibly active are marked {POSSIBLE_MARK}.")
    parser.add_argument("--at", required=True, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD (its first day)")
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from orgtracker.timeline.snapshot import snapshot

    at = parse_date(args.at, "--at")
    store = open_existing_store(args)
    try:
        facts = load_facts_or_explain(store, args, at)
    finally:
        store.close()
    snap = snapshot(facts, at)
    rows = snapshot_rows(snap)
    out = sys.stdout
    if args.json:
        json.dump(snapshot_json(snap, rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.writelines(f"{line}\n" for line in snapshot_text(snap, rows))
    return 0


def snapshot_rows(snap) -> list[dict]:
    """One row per placement: person, organisation, title, manager, and whether it is only possible."""
    from orgtracker.domain.intervals import Activity

    names = {p.person_id: p.person for p in snap.placements}
    orgs_of: dict[int, list[int]] = {}
    for p in snap.placements:
        orgs_of.setdefault(p.person_id, []).append(p.org_id)
    rows = []
    for p in sorted(snap.placements, key=lambda p: (p.org.casefold(), p.person.casefold(), p.person_id)):
        edge = snap.manager_of(p.person_id)
        if edge is not None and not _manager_placement(p, edge.manager_id, orgs_of):
            edge = None  # shown once, on the placement at the manager's organisation
        rows.append({
            "person_id": p.person_id, "person": p.person, "org_id": p.org_id, "org": p.org, "title": p.title,
            "title_certain": p.title_certain, "possible": p.activity is Activity.POSSIBLE,
            "manager_id": edge.manager_id if edge else None,
            "manager": names.get(edge.manager_id) if edge else None,
            "manager_possible": bool(edge and edge.activity is Activity.POSSIBLE),
        })
    return rows


def _manager_placement(p, manager_id: int, orgs_of: dict[int, list[int]]) -> bool:
    """Is `p` the one placement of its person that the manager line belongs to?"""
    shared = [o for o in orgs_of.get(p.person_id, []) if o in orgs_of.get(manager_id, [])]
    return p.org_id == (shared[0] if shared else orgs_of[p.person_id][0])


def _edge_rows(snap) -> list[dict]:
    from orgtracker.domain.intervals import Activity

    names = {p.person_id: p.person for p in snap.placements}
    return [{"person_id": e.person_id, "person": names.get(e.person_id, f"#{e.person_id}"),
             "manager_id": e.manager_id, "manager": names.get(e.manager_id, f"#{e.manager_id}"),
             "kind": e.kind.value, "possible": e.activity is Activity.POSSIBLE, "line_id": e.line_id}
            for e in sorted(snap.edges, key=lambda e: (e.person_id, e.manager_id, e.line_id))]


def snapshot_json(snap, rows: list[dict]) -> dict:
    return {
        "at": snap.at.isoformat(),
        "people": rows,
        "edges": _edge_rows(snap),
        "orgs": [{"id": o.org_id, "name": o.name, "parent_id": o.parent_id}
                 for o in sorted(snap.orgs.values(), key=lambda o: (o.name.casefold(), o.org_id))],
    }


def snapshot_text(snap, rows: list[dict]) -> Iterator[str]:
    """The lines of the text form, made as they are printed."""
    people = {r["person_id"] for r in rows}
    yield f"Snapshot at {snap.at.isoformat()}: {len(people)} people in {len({r['org_id'] for r in rows})} organisations"
    current = None
    for r in rows:
        if r["org_id"] != current:
            current = r["org_id"]
            yield ""
            yield r["org"]
        line = f"  {r['person']}"
        if r["title"]:
            line += f", {r['title']}" + ("" if r["title_certain"] else "?")
        if r["possible"]:
            line += f" {POSSIBLE_MARK}"
        if r["manager"]:
            line += f" — reports to {r['manager']}" + (f" {POSSIBLE_MARK}" if r["manager_possible"] else "")
        yield line
    edges = _edge_rows(snap)
    if edges:
        yield ""
        yield "Reporting lines"
        for e in edges:
            extra = ", ".join(x for x in (e["kind"] if e["kind"] != "solid" else "",
                                          "possibly" if e["possible"] else "") if x)
            yield f"  {e['person']} → {e['manager']}" + (f" ({extra})" if extra else "")
