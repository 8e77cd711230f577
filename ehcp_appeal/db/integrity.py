"""A health check of a data folder: the database, and every original it points at.

Used after crashes (the kill -9 harness) and by anyone who wants to know the folder is
whole: SQLite's ``integrity_check``, every row's original present and matching its
SHA-256 (decrypted, so the authentication is checked too), and stored files that no row
points at (left by a crash between storing a file and committing its row).
"""

import hashlib
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Document, Rendition
from ehcp_appeal.db.sweep import unreferenced
from ehcp_appeal.errors import AppError
from ehcp_appeal.store.documents import TEMP_PREFIX


@dataclass(frozen=True)
class FolderHealth:
    integrity: str
    documents: int
    missing_originals: tuple[str, ...]
    damaged_originals: tuple[str, ...]
    unreferenced_files: int
    temporary_files: int

    @property
    def sound(self) -> bool:
        """Nothing lost and nothing damaged (unreferenced files waste space, lose nothing)."""
        return self.integrity == "ok" and not self.missing_originals and not self.damaged_originals


def check_folder(db: Database) -> FolderHealth:
    """On a team server the database's own health is the server's business (checksums,
    its administrator's checks); the originals are checked the same way as files."""
    if db.is_server:
        integrity = "ok"
    else:
        with db.engine.connect() as conn:
            rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
        integrity = "ok" if [r[0] for r in rows] == ["ok"] else "; ".join(str(r[0]) for r in rows)
    with db.session() as session:
        documents = len(session.exec(select(Document.id)).all())
        hashes = set(session.exec(select(Document.sha256)).all())
        hashes |= set(session.exec(select(Rendition.pdf_sha256)).all())
    store = db.store
    missing, damaged = [], []
    for sha256 in sorted(hashes):
        if not store.exists(sha256):
            missing.append(sha256)
            continue
        try:
            ok = hashlib.sha256(store.read_bytes(sha256)).hexdigest() == sha256
        except AppError:
            ok = False
        if not ok:
            damaged.append(sha256)
    unreferenced, temporary = _server_leftovers(db) if db.is_server else _file_leftovers(db, hashes)
    return FolderHealth(
        integrity, documents, tuple(missing), tuple(damaged), unreferenced, temporary
    )


def _file_leftovers(db: Database, hashes: set[str]) -> tuple[int, int]:
    """Stored files no row points at, and temporary files, in the data folder's store."""
    store = db.file_store
    referenced = {store.location(sha256) for sha256 in hashes}
    files = [p for p in store.root.rglob("*") if p.is_file()] if store.root.exists() else []
    temporary = [p for p in files if p.name.startswith(TEMP_PREFIX)]
    unreferenced = [p for p in files if p not in referenced and p not in temporary]
    return len(unreferenced), len(temporary)


def _server_leftovers(db: Database) -> tuple[int, int]:
    """Originals on the server that no row names (a write is never left half-done)."""
    with db.engine.connect() as conn:
        count = conn.execute(text(f"SELECT count(*) FROM blob b WHERE {unreferenced(conn)}"))
        return int(count.scalar_one()), 0
