"""Helpers every command uses: opening the data folder, dates, JSON output."""

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ehcp_appeal import paths
from ehcp_appeal.db.database import PASSPHRASE_ENV, Database, open_database
from ehcp_appeal.db.server import PasswordRequiredError, configured_server
from ehcp_appeal.errors import AppError, InvalidInputError
from ehcp_appeal.security import vault
from ehcp_appeal.services.cases import resolve_case_id

Handler = Callable[[argparse.Namespace], int]


def database() -> Database:
    """The data folder, unlocked with a hidden prompt when it is encrypted and no
    passphrase is in the environment; or the team server it names, with a hidden prompt
    for the password when the server asks for one."""
    root = paths.data_dir()
    server = configured_server(root)
    if server:
        return open_database_asking(root, server)
    passphrase = ask_passphrase("Passphrase: ") if vault.is_encrypted(root) else None
    return open_database(root, passphrase)


def open_database_asking(root: Path, server: str, password: str | None = None) -> Database:
    """A team server's database; its password asked for (hidden) only if it wants one."""
    try:
        return open_database(root, server=server, password=password)
    except PasswordRequiredError:
        if not sys.stdin.isatty():
            raise
    secret = getpass.getpass("Password for the team's database server: ")
    if not secret:
        raise AppError("The password is empty; nothing was done.")
    return open_database(root, server=server, password=secret)


def ask_passphrase(prompt: str, env: str = PASSPHRASE_ENV, confirm: bool = False) -> str:
    """From the environment, else a hidden prompt; never echoed, never logged."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise AppError(f"No passphrase given: set {env} or run the command in a terminal.")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != value:
        raise AppError("The two passphrases differ; nothing was created.")
    if not value:
        raise AppError("The passphrase is empty; nothing was done.")
    return value


def parse_date(value: str, what: str = "date") -> dt.date:
    """YYYY-MM-DD only: an unambiguous form for scripts (the window has a date picker)."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInputError(
            f"'{value}' is not a valid {what}; write it as YYYY-MM-DD, for example 2026-03-31."
        ) from None


def case_id(db: Database, case_ref: str) -> str:
    return resolve_case_id(db, case_ref)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
