"""`orgtracker edit …`: change the facts by hand, with the same rules as the app (set-manager, end-tenure, merge, rename…)."""

from __future__ import annotations

import argparse

from orgtracker.cli import UserError

from .snapshot import add_db_argument, open_existing_store


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "edit", help="correct the facts by hand",
        description="Correct the facts: each edit is checked (no reporting cycles, no end before its start, "
                    "no two solid managers at once), written at once, and logged (see `orgtracker history`). "
                    "People and organisations are named by name, alias, or an unambiguous part of a name.")
    sub = parser.add_subparsers(dest="edit_command", metavar="EDIT", required=True)

    p = sub.add_parser("set-manager", help="PERSON reports to MANAGER from a date")
    p.add_argument("person")
    p.add_argument("manager")
    p.add_argument("--from", dest="from_", required=True, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--dotted", action="store_true", help="a dotted (secondary) line")
    _common(p, _set_manager)

    p = sub.add_parser("end-line", help="PERSON no longer reports to MANAGER from a date")
    p.add_argument("person")
    p.add_argument("manager")
    p.add_argument("--on", required=True, metavar="DATE", help="the first day the line no longer holds")
    _common(p, _end_line)

    p = sub.add_parser("end-tenure", help="PERSON leaves ORG on a date")
    p.add_argument("person")
    p.add_argument("org")
    p.add_argument("--on", required=True, metavar="DATE", help="the first day they are no longer there")
    _common(p, _end_tenure)

    p = sub.add_parser("add-tenure", help="PERSON at ORG with a title from a date")
    p.add_argument("person")
    p.add_argument("org")
    p.add_argument("--title", default=None)
    p.add_argument("--from", dest="from_", metavar="DATE", help="start (default: unknown, before the sources)")
    p.add_argument("--until", metavar="DATE", help="end (the first day no longer there)")
    _common(p, _add_tenure)

    p = sub.add_parser("add-person", help="a person the articles do not name")
    p.add_argument("name")
    _common(p, _add_person)

    p = sub.add_parser("add-org", help="an organisation the articles do not name")
    p.add_argument("name")
    _common(p, _add_org)

    p = sub.add_parser("set-parent", help="ORG sits inside PARENT (FAIR inside Meta)")
    p.add_argument("org")
    p.add_argument("parent")
    p.add_argument("--from", dest="from_", metavar="DATE", help="from a date (default: always)")
    _common(p, _set_parent)

    p = sub.add_parser("merge", help="A and B are one person (or organisation); B's facts and quotes go to A")
    p.add_argument("a")
    p.add_argument("b")
    _common(p, _merge)

    p = sub.add_parser("rename", help="give a person or organisation a new name (the old one stays an alias)")
    p.add_argument("old")
    p.add_argument("new")
    _common(p, _rename)

    p = sub.add_parser("undo", help="undo an edit by its id (see `orgtracker history`)")
    p.add_argument("edit_id", type=int)
    _common(p, _undo)


def _common(p: argparse.ArgumentParser, handler) -> None:
    add_db_argument(p)
    p.add_argument("--force", action="store_true", help="go ahead despite warnings (e.g. manager at another organisation)")
    p.set_defaults(run=run, handler=handler)


def run(args: argparse.Namespace) -> int:
    from orgtracker.store import StoreError
    from orgtracker.store.editing import NeedsConfirmation

    store = open_existing_store(args)
    try:
        result = args.handler(store, args)
    except NeedsConfirmation as exc:
        raise UserError(f"{exc} (use --force to go ahead)") from None
    except StoreError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()
    print(f"edit {result.edit_id}: {result.summary}")
    for p in result.overridden:
        print(f"  overridden warning: {p.message}")
    return 0


# -- handlers: names → ids, then one command -----------------------------------------------------------------
def _date(text: str | None, flag: str):
    from orgtracker.domain.dates import DateError, FuzzyDate

    if text is None:
        return None
    try:
        return FuzzyDate.parse(text)
    except DateError as exc:
        raise UserError(f"{flag}: {exc}") from None


def _facts(store):
    return store.load_facts(with_evidence=False)


def _set_manager(store, args):
    from orgtracker.domain.facts import LineKind
    from orgtracker.edits.commands import SetManager
    from orgtracker.edits.names import find_person

    facts = _facts(store)
    kind = LineKind.DOTTED if args.dotted else LineKind.SOLID
    return SetManager(find_person(facts, args.person), find_person(facts, args.manager), _date(args.from_, "--from"),
                      kind=kind, force=args.force).do(store)


def _end_line(store, args):
    from orgtracker.domain.facts import Status
    from orgtracker.edits.commands import EndLine
    from orgtracker.edits.names import find_person
    from orgtracker.store.editing import EditRefused

    facts = _facts(store)
    person, manager = find_person(facts, args.person), find_person(facts, args.manager)
    on = _date(args.on, "--on")
    lines = [r for r in facts.lines if r.person_id == person and r.manager_id == manager
             and r.status is not Status.REJECTED and (r.end is None or r.end.sort_key() > on.sort_key())]
    if not lines:
        raise EditRefused(f"{facts.people[person].name} has no line to {facts.people[manager].name} running then.")
    return EndLine(lines[-1].id, on, force=args.force).do(store)


def _end_tenure(store, args):
    from orgtracker.edits.commands import EndTenure
    from orgtracker.edits.names import find_org, find_person

    facts = _facts(store)
    return EndTenure(find_person(facts, args.person), find_org(facts, args.org), _date(args.on, "--on"),
                     force=args.force).do(store)


def _add_tenure(store, args):
    from orgtracker.edits.commands import AddTenure
    from orgtracker.edits.names import find_org, find_person

    facts = _facts(store)
    return AddTenure(find_person(facts, args.person), find_org(facts, args.org), args.title,
                     _date(args.from_, "--from"), _date(args.until, "--until"), force=args.force).do(store)


def _add_person(store, args):
    from orgtracker.edits.commands import AddPerson

    return AddPerson(args.name).do(store)


def _add_org(store, args):
    from orgtracker.edits.commands import AddOrg

    return AddOrg(args.name).do(store)


def _set_parent(store, args):
    from orgtracker.edits.commands import SetOrgParent
    from orgtracker.edits.names import find_org

    facts = _facts(store)
    return SetOrgParent(find_org(facts, args.org), find_org(facts, args.parent), _date(args.from_, "--from"),
                        force=args.force).do(store)


def _merge(store, args):
    from orgtracker.edits.commands import Merge
    from orgtracker.edits.names import find_any, find_org, find_person

    facts = _facts(store)
    kind, keep = find_any(facts, args.a)
    gone = find_person(facts, args.b) if kind == "person" else find_org(facts, args.b)
    return Merge(kind, keep, gone).do(store)


def _rename(store, args):
    from orgtracker.edits.commands import Rename
    from orgtracker.edits.names import find_any

    kind, entity = find_any(_facts(store), args.old)
    return Rename(kind, entity, args.new).do(store)


def _undo(store, args):
    from orgtracker.ingest import rebuild_facts
    from orgtracker.store.editing import revert

    result = revert(store, args.edit_id)
    if store.facts_dirty():  # the edit decided claims: the facts follow them, as after the window's undo
        rebuild_facts(store)
    return result
