"""Where a team's shared PostgreSQL server is, and how to reach it without storing a password.

A data folder normally holds its own SQLite database. A team points it at a server
instead, with ``init --server postgresql://[USER@]HOST[:PORT]/DB`` (kept in the folder's
``settings.json``) or, for one command or one person, the environment variable
``EHCP_APPEAL_DATABASE_URL``, which wins. The address is stored without any password: a
password typed into the address is removed before it is written, and is taken each time
from ``EHCP_APPEAL_DB_PASSWORD``, a hidden prompt, or PostgreSQL's own ``~/.pgpass``.
"""

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ehcp_appeal import settings
from ehcp_appeal.errors import AppError, InvalidInputError

DATABASE_URL_ENV = "EHCP_APPEAL_DATABASE_URL"
DB_PASSWORD_ENV = "EHCP_APPEAL_DB_PASSWORD"
SERVER_SETTING = "database_server"
DRIVER = "postgresql+psycopg"


class PasswordRequiredError(AppError):
    """The server asked for a password and none was given (the caller may prompt)."""


def parse_server_url(address: str) -> URL:
    """A checked server address, with the app's driver; exit-2 input errors otherwise.

    ``postgresql://``, ``postgres://`` and ``postgresql+psycopg://`` are accepted; a
    database name is required so that the app never writes into the server's default
    database by accident.
    """
    try:
        url = make_url(address.strip())
    except ArgumentError:
        raise InvalidInputError(
            f"'{redact(address)}' is not a server address; write it as "
            "postgresql://HOST/DATABASE (or postgresql://USER@HOST/DATABASE)."
        ) from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise InvalidInputError(
            f"'{redact(address)}' is not a PostgreSQL address; it must start with postgresql://."
        )
    if url.drivername not in ("postgresql", "postgres", DRIVER):
        raise InvalidInputError(
            f"The driver '{url.drivername}' is not supported; write postgresql://HOST/DATABASE."
        )
    if not url.database:
        raise InvalidInputError(
            "The server address names no database; write it as postgresql://HOST/DATABASE."
        )
    return url.set(drivername=DRIVER)


def without_password(url: URL) -> str:
    """The address as it may be stored or shown: never with a password in it."""
    return url._replace(drivername="postgresql", password=None).render_as_string(
        hide_password=False
    )


def redact(address: str) -> str:
    """An address fit for an error message, whatever was typed."""
    try:
        return make_url(address.strip()).render_as_string(hide_password=True)
    except ArgumentError:
        return "<the address given>"


def configured_server(root: Path) -> str | None:
    """The server this data folder works against (environment first), or None for SQLite."""
    address = os.environ.get(DATABASE_URL_ENV, "").strip() or settings.get(
        SERVER_SETTING, root=root
    )
    return address or None


def save_server(root: Path, url: URL) -> str:
    """Remember the server for this data folder, password removed; returns what was kept."""
    stored = without_password(url)
    settings.put(SERVER_SETTING, stored, root=root)
    if settings.get(SERVER_SETTING, root=root) != stored:
        raise AppError(f"Could not write the settings of the data folder {root}.")
    return stored


def connection_url(address: str, password: str | None = None) -> URL:
    """The address to connect with: the password given, else the environment's, else
    whatever the address itself carries (an environment variable set by its owner)."""
    url = parse_server_url(address)
    secret = password or os.environ.get(DB_PASSWORD_ENV) or None
    return url.set(password=secret) if secret else url


def is_password_failure(error: BaseException) -> bool:
    """libpq's words for a missing or wrong password (the driver has no error code for it)."""
    message = str(error).lower()
    return any(
        words in message
        for words in (
            "password authentication failed",
            "no password supplied",
            "fe_sendauth",
        )
    )
