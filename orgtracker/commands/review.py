"""`orgtracker review [--json] [--filter F] [--document D]` lists claims to review; `review accept|reject ID…` decides."""

from __future__ import annotations

import argparse
import json

from orgtracker.cli import UserError

from .snapshot import add_db_argument, open_existing_store


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "review", help="list extracted claims to review, accept or reject them",
        description="With no action, list the claims still to review (their sentence, document, date and "
                    "confidence). `accept ID…` or `reject ID…` decides; a rejected claim never comes back, "
                    "even when its article is ingested again. `reject --document D` rejects every claim of "
                    "one document (an article added by mistake); `orgtracker edit undo ID` takes it back.")
    parser.add_argument("action", nargs="?", choices=["list", "accept", "reject"], default="list")
    parser.add_argument("ids", nargs="*", type=int, metavar="ID", help="claim ids (from the list)")
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--filter", choices=["unreviewed", "low", "conflicting", "all"], default="unreviewed",
                        help="which claims to list (default: unreviewed)")
    parser.add_argument("--document", metavar="D",
                        help="only this document (its id, file name or title); with accept or reject and no ids: "
                             "every claim of it")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from orgtracker.store import StoreError

    store = open_existing_store(args)
    try:
        document = _document(store, args.document) if args.document else None
        if args.action == "list":
            if args.ids:
                raise UserError("ids are given with accept or reject, not with a list")
            return _list(store, args, document)
        if args.ids and document is not None:
            raise UserError(f"give the ids to {args.action} or --document, not both")
        if not args.ids and document is None:
            raise UserError(f"give the id of each claim to {args.action}, or --document")
        return _decide(store, args, document)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()


def _document(store, ref: str):
    from orgtracker.edits.review import find_document

    try:
        return find_document(store, ref)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _list(store, args, document) -> int:
    from orgtracker.edits.review import review_items

    items = review_items(store, args.filter, document_ids={document.id} if document else None)
    if args.json:
        print(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(f"No claims to review ({args.filter}" + (f", {document.title or document.path}" if document else "")
              + ").")
    for i in items:
        flag = f"  CONFLICT: {i.conflict}" if i.conflict else ""
        print(f"{i.claim_id:>5}  [{i.status.value}] {i.words}  · {i.date_text} · confidence {i.confidence:.2f}{flag}")
        print(f"       {shorten(i.document, 60)}: “{shorten(' '.join(i.sentence.split()), 240)}”")
    return 0


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _decide(store, args, document) -> int:
    from orgtracker.domain.facts import Status
    from orgtracker.edits.commands import ReviewClaims
    from orgtracker.edits.review import document_claim_ids

    status = Status.ACCEPTED if args.action == "accept" else Status.REJECTED
    ids = args.ids if document is None else document_claim_ids(store, document.id, status)
    if not ids:
        print(f"Nothing to {args.action}: every claim of {document.title or document.path} is already {status.value}.")
        return 0
    result = ReviewClaims(ids, status).do(store)
    print(f"edit {result.edit_id}: {result.summary}")
    return 0
