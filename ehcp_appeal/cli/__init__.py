"""The command line: every capability of the app as a ``python -m ehcp_appeal`` command.

COMMANDS below is the table of commands: each command name with the module under
``ehcp_appeal.cli`` that implements it and the one line ``--help`` shows for it. Only the
module of the command being run is imported, so ``--help`` and a quick command do not
pay for the database stack, Word, calendars or the plan check they never use.

Adding a command is one line in COMMANDS, ``"name": ("module", "help line")``, plus the
module: it has a ``register(subparsers)`` function that adds its commands (a module may
add several, each listed in COMMANDS; ``case`` with its actions such as ``case export``
is one command) and sets ``handler`` on each. Handlers return an exit status. AppError
becomes one plain line on stderr and exit 2, never a traceback.
"""

import argparse
import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from typing import NoReturn

from ehcp_appeal import __version__
from ehcp_appeal.errors import AppError

# command name: (module under ehcp_appeal.cli, the line --help shows), in --help's order.
COMMANDS: dict[str, tuple[str, str]] = {
    "case": ("cases", "create, list and change cases"),
    "import": ("evidence", "import evidence files"),
    "documents": ("evidence", "list a case's documents"),
    "search": ("evidence", "search the text of the documents"),
    "document": ("evidence", "change, delete or restore one document"),
    "chronology": ("evidence", "write the case chronology as a Word file"),
    "analyse": ("analyse", "check an EHC plan against the professional reports"),
    "deadlines": ("deadlines", "work out statutory deadlines from dates, or for a case"),
    "dates": (
        "deadlines",
        "record or clear a case's key dates and the exceptions the council claims",
    ),
    "duties": ("deadlines", "show whether the council met its time limits in a case"),
    "letter": ("deadlines", "draft a polite Word letter chasing an overdue council duty"),
    "amendments": (
        "amendments",
        "list, add, change or delete the changes asked for in sections B, F and I",
    ),
    "working-document": ("amendments", "write the tribunal working document (Word) for a case"),
    "reasons": ("amendments", "write the reasons for appeal (Word) to go with form SEND35"),
    "bundle": ("bundle", "make the tribunal bundle PDF"),
    "bundle-check": ("bundle", "check the council's bundle for the family's documents"),
    "councils": ("councils", "report each council's lateness, plan problems and appeal outcomes"),
    "guide": (
        "guide",
        "print the guide for parents: first steps, dates, findings and a glossary",
    ),
    "team": ("team", "add people to a team's server and list them"),
    "init": ("privacy", "create the data folder, optionally encrypted"),
    "passphrase": ("privacy", "change the passphrase of an encrypted data folder"),
    "backup": ("privacy", "make a checked copy of the database now"),
    "restore": ("privacy", "list the database backups, or put one back"),
}

COMMAND_MODULES = tuple(
    dict.fromkeys(f"ehcp_appeal.cli.{module}" for module, _help in COMMANDS.values())
)


class PlainParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one plain-English line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (try --help)\n")


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with the full options of ``commands`` (every command when None).

    Every other command is present by name and help line only, so the overview and
    argparse's "invalid choice" message still list them all without importing them.
    """
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
    wanted = COMMANDS.keys() if commands is None else set(commands) & COMMANDS.keys()
    for module in dict.fromkeys(COMMANDS[name][0] for name in COMMANDS if name in wanted):
        importlib.import_module(f"ehcp_appeal.cli.{module}").register(subparsers)
    for name, (_module, help_line) in COMMANDS.items():
        if name not in subparsers.choices:
            subparsers.add_parser(name, help=help_line, add_help=False)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command in ``argv``: its first word that is not an option (the top level's
    options, --help and --version, take no value)."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    command = command_named(words)
    parser = build_parser([command] if command else [])
    args = parser.parse_args(words)
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
