"""Helpers every command uses: opening the data folder, dates, JSON output."""

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.services.cases import resolve_case_id

Handler = Callable[[argparse.Namespace], int]


def database() -> Database:
    """The data folder, unlocked with a hidden prompt when it is encrypted and no
    passphrase is in the environment."""
    from ehcp_appeal import paths
    from ehcp_appeal.cli.privacy import ask_passphrase
    from ehcp_appeal.security import vault

    root = paths.data_dir()
    passphrase = ask_passphrase("Passphrase: ") if vault.is_encrypted(root) else None
    return open_database(root, passphrase)


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
