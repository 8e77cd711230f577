"""Keeping data safe: ``init [--encrypt]``, ``passphrase``, ``backup`` and ``restore``."""

import argparse
import os
from pathlib import Path

from ehcp_appeal import paths
from ehcp_appeal.cli.common import ask_passphrase, database, open_database_asking
from ehcp_appeal.db import backups
from ehcp_appeal.db import server as team_server
from ehcp_appeal.db.database import PASSPHRASE_ENV, open_database
from ehcp_appeal.errors import AppError, InvalidInputError
from ehcp_appeal.security import vault
from ehcp_appeal.security.encrypt_folder import encrypt_in_place

NEW_PASSPHRASE_ENV = "EHCP_APPEAL_NEW_PASSPHRASE"

LOSS_WARNING = (
    "Keep the recovery key somewhere safe away from this computer (print it). If both the "
    "passphrase and the recovery key are lost, nobody, including the makers of this app, "
    "can open this data folder again: every document, note and date in it is lost."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init",
        help="create the data folder, optionally encrypted",
        description=(
            "Create the data folder. With --encrypt, everything in it (database and "
            "documents) is encrypted with a passphrase, taken from "
            f"{PASSPHRASE_ENV} or asked for without showing it; a recovery key is shown once. "
            "A folder that already holds data is encrypted in place: a checked encrypted "
            "copy is made first and the clear one is deleted only after."
        ),
    )
    init.add_argument(
        "--encrypt", action="store_true", help="encrypt the data folder with a passphrase"
    )
    init.add_argument(
        "--server",
        metavar="postgresql://[USER@]HOST/DB",
        help=(
            "keep the data on a team's PostgreSQL server instead (or set "
            f"{team_server.DATABASE_URL_ENV}); the password is never stored: it comes from "
            f"{team_server.DB_PASSWORD_ENV} or is asked for"
        ),
    )
    init.set_defaults(handler=_init)

    change = subparsers.add_parser(
        "passphrase",
        help="change the passphrase of an encrypted data folder",
        description=(
            "Change the passphrase of an encrypted data folder. The current passphrase (or "
            f"the recovery key) comes from {PASSPHRASE_ENV}, the new one from "
            f"{NEW_PASSPHRASE_ENV}; either is asked for when not set. Only the small key "
            "file is rewritten; the recovery key keeps working."
        ),
    )
    change.set_defaults(handler=_change)
    register_backups(subparsers)


def _init(args: argparse.Namespace) -> int:
    root = paths.data_dir()
    address = args.server or os.environ.get(team_server.DATABASE_URL_ENV, "").strip()
    if address:
        return _init_server(root, address, args.encrypt)
    if not args.encrypt:
        open_database(root).close()
        print(f"The data folder is ready: {root}")
        return 0
    if vault.is_encrypted(root):
        raise AppError(f"The data folder {root} is already encrypted; nothing was changed.")
    passphrase = ask_passphrase("Choose a passphrase: ", confirm=True)
    if any(root.iterdir()):
        recovery = encrypt_in_place(root, passphrase)
        print(f"The data folder is now encrypted: {root}")
        print(
            "The clear copy was deleted after the encrypted one was checked; on some disks "
            "deleted files can still be recovered with special tools until overwritten."
        )
        print(f"Recovery key (shown only this once): {recovery}")
        print(LOSS_WARNING)
        return 0
    recovery = vault.create_vault(root, passphrase)
    open_database(root, passphrase).close()
    print(f"The encrypted data folder is ready: {root}")
    print(f"Recovery key (shown only this once): {recovery}")
    print(LOSS_WARNING)
    return 0


def _init_server(root: Path, address: str, encrypt: bool) -> int:
    """Connect (migrating an empty database), then remember the server, password removed."""
    if encrypt:
        raise InvalidInputError(
            "--encrypt is for a data folder on this computer; a team server is protected by "
            "whoever looks after it (disk encryption, TLS, its backups). Use one or the other."
        )
    url = team_server.parse_server_url(address)
    db = open_database_asking(root, team_server.without_password(url), url.password)
    db.close()
    stored = team_server.save_server(root, url)
    print(f"This data folder now works against the team's database server: {stored}")
    if url.password:
        print("The password in the address was used to connect and was not stored.")
    print(
        f"Each command asks for the password, or takes it from {team_server.DB_PASSWORD_ENV} "
        "(or from PostgreSQL's own ~/.pgpass)."
    )
    return 0


def _change(args: argparse.Namespace) -> int:
    root = paths.data_dir()
    if not vault.is_encrypted(root):
        raise AppError("This data folder is not encrypted; create one with: init --encrypt")
    current = ask_passphrase("Current passphrase or recovery key: ")
    vault.unlock(root, current)  # a wrong one is refused before asking for the new one
    new = ask_passphrase("New passphrase: ", NEW_PASSPHRASE_ENV, confirm=True)
    vault.change_passphrase(root, current, new)
    print("The passphrase is changed; the old one no longer opens this folder.")
    return 0


def register_backups(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="make a checked copy of the database now",
        description=(
            "Copy the database into the data folder's backups folder and check that the "
            "copy opens. The window also makes one a day when it closes; the newest ten "
            "automatic copies are kept."
        ),
    )
    backup.set_defaults(handler=_backup)
    restore = subparsers.add_parser(
        "restore",
        help="list the database backups, or put one back",
        description=(
            "Without FILE, list the backups, newest first. With FILE, check it, keep a "
            "copy of the current database, then put the backup back."
        ),
    )
    restore.add_argument("file", nargs="?", metavar="FILE", help="the backup to put back")
    restore.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace) -> int:
    made = backups.make_backup(database(), "manual")
    print(f"Saved and checked a backup: {made.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    db = database()
    if args.file is None:
        found = backups.list_backups(db)
        if not found:
            print("No backups yet. Make one with: python -m ehcp_appeal backup")
        for item in found:
            made = item.made_at.strftime("%Y-%m-%d %H:%M")
            print(f"{made} UTC  {item.label:<15} {item.size // 1024:>7} KB  {item.path}")
        return 0
    report = backups.restore_backup(db, Path(args.file))
    print(
        f"Put back {report.restored_from.name}; the replaced state is kept as {report.safety_copy}."
    )
    if report.missing_originals:
        print(
            f"{report.missing_originals} documents of that backup have no stored original any "
            "more (their trash was emptied later); they show as missing."
        )
    return 0
