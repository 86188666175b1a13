"""Run ``wolkvox-desk test-extensions ...`` in a child process, wired or not.

Once ``cli.py`` registers the command this is just ``cli.main``; until then it builds the same
sub-parser from :func:`add_tester_parser` and dispatches like ``cli.main`` does.
"""

from __future__ import annotations

import argparse
import sys

from wolkvox_desk import cli
from wolkvox_desk.cli_tester import COMMAND, TESTER_HANDLERS, add_tester_parser
from wolkvox_desk.context import AppContext
from wolkvox_desk.core.errors import WolkvoxDeskError
from wolkvox_desk.text import describe_local

WIRED = hasattr(cli, "TESTER_HANDLERS") or "cli_tester" in (cli.__dict__.get("__doc__") or "")


def main(argv: list[str]) -> int:
    if WIRED or not argv or argv[0] != COMMAND:
        return cli.main(argv)
    parser = argparse.ArgumentParser(prog="wolkvox-desk")
    add_tester_parser(parser.add_subparsers(dest="command"))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    ctx = AppContext.from_env()
    try:
        return TESTER_HANDLERS[args.command](ctx, args)
    except WolkvoxDeskError as error:  # as cli.main does
        print(describe_local(error), file=sys.stderr)
        return error.exit_code
    finally:
        for warning in ctx.warnings:
            print(describe_local(warning), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
