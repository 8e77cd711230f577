"""The command line: every capability of the app as a ``python -m ehcp_appeal`` command.

Each feature module under ``ehcp_appeal.cli`` has a ``register(subparsers)`` function
that adds its commands; handlers return an exit status. AppError becomes one plain line
on stderr and exit 2, never a traceback.
"""

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from ehcp_appeal import __version__
from ehcp_appeal.errors import AppError

COMMAND_MODULES = (
    "ehcp_appeal.cli.analyse",
    "ehcp_appeal.cli.bundle",
    "ehcp_appeal.cli.cases",
    "ehcp_appeal.cli.deadlines",
    "ehcp_appeal.cli.evidence",
    "ehcp_appeal.cli.privacy",
)


class PlainParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one plain-English line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (try --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = PlainParser(
        prog="python -m ehcp_appeal",
        description=(
            "EHCP Appeal: organise a family's evidence, check the EHC plan against the "
            "professional reports, track deadlines and prepare the tribunal bundle. "
            "Data stays on this computer, in the folder named by EHCP_APPEAL_HOME or the "
            "platform's user-data folder."
        ),
    )
    parser.add_argument("--version", action="version", version=f"EHCP Appeal {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=PlainParser)
    subparsers.required = True
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except AppError as error:
        print(f"{error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``... | head``): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
