"""Encrypting an existing clear data folder, safely: a checked encrypted copy first.

The encrypted copy is built beside the folder (database through SQLCipher's
``sqlcipher_export``, every original sealed anew, every backup too), opened with the new
passphrase and compared with the original: same rows in every table, every original
decrypting to its SHA-256. Only then do the two folders swap names and the clear one is
deleted. A crash before the swap leaves the clear folder as it was (and a half-built copy
that the next attempt removes); after the swap, the encrypted folder is complete.
"""

import hashlib
import shutil
from pathlib import Path

from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from ehcp_appeal import paths
from ehcp_appeal.db.database import open_database
from ehcp_appeal.db.engine import sqlcipher_module
from ehcp_appeal.errors import AppError
from ehcp_appeal.security import kdf, vault
from ehcp_appeal.security.blobs import BlobCipher
from ehcp_appeal.security.folder_swap import BUILDING, OLD, swap_in
from ehcp_appeal.store.documents import TEMP_PREFIX, DocumentStore


def encrypt_in_place(root: Path, passphrase: str, cost: kdf.KdfCost | None = None) -> str:
    """Encrypt the clear folder at ``root``; returns the recovery key (show it once)."""
    if vault.is_encrypted(root):
        raise AppError(f"The data folder {root} is already encrypted; nothing was changed.")
    building = root.with_name(root.name + BUILDING)
    old = root.with_name(root.name + OLD)
    _refuse_unknown_files(root)
    shutil.rmtree(building, ignore_errors=True)  # a copy left by an attempt cut short
    clear = open_database(root)  # migrated and swept, so the copy is of a current schema
    counts = _row_counts(clear.engine)
    clear.close()
    recovery = vault.create_vault(building, passphrase, cost)
    keys = vault.unlock(building, passphrase)
    try:
        _export_database(paths.database_path(root), paths.database_path(building), keys.database)
        for backup in sorted(paths.backups_dir(root).glob("*.sqlite3")):
            target = paths.backups_dir(building) / backup.name
            target.parent.mkdir(parents=True, exist_ok=True)
            _export_database(backup, target, keys.database)
        sealed = DocumentStore(
            paths.store_dir(building), BlobCipher(keys.file_content, keys.file_names)
        )
        source = paths.store_dir(root)
        for blob in sorted(source.rglob("*")) if source.exists() else []:
            if blob.is_file() and not blob.name.startswith(TEMP_PREFIX):
                sealed.put_bytes(blob.read_bytes())
        _verify(root, building, passphrase, counts)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    swap_in(root, building, old)
    return recovery


def _refuse_unknown_files(root: Path) -> None:
    """Only what this module knows how to encrypt may be there; nothing is left behind."""
    database = paths.database_path(root).name
    known = {database, f"{database}-wal", f"{database}-shm", "store", "backups"}
    known.add(paths.cache_dir(root).name)  # derived work: not copied, read again when needed
    unknown = sorted(p.name for p in root.iterdir() if p.name not in known)
    if unknown:
        raise AppError(
            f"The data folder holds files this app did not make ({', '.join(unknown[:3])}); "
            "move them out first. Nothing was changed."
        )


def _export_database(source: Path, target: Path, key: bytes | bytearray) -> None:
    """SQLCipher's own plaintext-to-encrypted copy of every table, index and trigger."""
    conn = sqlcipher_module().connect(str(source))
    try:
        conn.execute(f"ATTACH DATABASE ? AS sealed KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('sealed')")
        conn.execute("DETACH DATABASE sealed")
    finally:
        conn.close()


def _row_counts(engine: Engine) -> dict[str, int]:
    counts = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            query = text(f'SELECT count(*) FROM "{table.name}"')
            counts[table.name] = int(conn.execute(query).scalar() or 0)
    return counts


def _verify(root: Path, building: Path, passphrase: str, counts: dict[str, int]) -> None:
    copy = open_database(building, passphrase)
    try:
        if _row_counts(copy.engine) != counts:
            raise AppError("The encrypted copy differs from the folder; nothing was changed.")
        with copy.engine.connect() as conn:
            hashes = {row[0] for row in conn.execute(text("SELECT sha256 FROM document"))}
            hashes |= {row[0] for row in conn.execute(text("SELECT pdf_sha256 FROM rendition"))}
        for sha256 in hashes:
            if DocumentStore(paths.store_dir(root)).exists(sha256):
                data = copy.store.read_bytes(sha256)
                if hashlib.sha256(data).hexdigest() != sha256:
                    raise AppError("An encrypted original did not check out; nothing was changed.")
    finally:
        copy.close()
