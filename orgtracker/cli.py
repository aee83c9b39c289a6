"""The command line: one subcommand per module in orgtracker.commands; no arguments opens the app."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# Each name is a module orgtracker.commands.<name> with add_parser(subparsers) and run(args) -> int.
# Modules must not import Qt at import time: `extract` and `snapshot` start without Qt.
COMMANDS = ["extract", "ingest", "snapshot", "diff", "export", "edit", "history", "review", "gui"]


class UserError(Exception):
    """A failure the user can fix; printed as one line, exit status 2."""


def _available_commands():
    for name in COMMANDS:
        try:
            yield importlib.import_module(f"orgtracker.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"orgtracker.commands.{name}":
                raise


def build_parser() -> argparse.ArgumentParser:
    from orgtracker import __version__

    parser = argparse.ArgumentParser(
        prog="orgtracker",
        description="Org charts through time from news articles. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"orgtracker {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _available_commands():
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        argv = ["gui"]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except UserError as exc:
        print(f"orgtracker {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"orgtracker {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("ORGTRACKER_DEBUG"):
            raise
        print(f"orgtracker {args.command}: internal error: {type(exc).__name__}: {exc} "
              "(run with ORGTRACKER_DEBUG=1 to see where)", file=sys.stderr)
        return 1
