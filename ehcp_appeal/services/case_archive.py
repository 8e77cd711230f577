"""The case archive: everything of one case in one passphrase-sealed file, and back.

A family hands a case to an advocate or solicitor as one ``.ehcpcase`` file. It holds
every row that belongs to the case (the case, people, documents with their page text,
key dates, exceptions, the plan check with the user's decisions, amendments, bundle
choices) and every document's original bytes. Rows are gathered generically from the
tables that point at the case or at its documents, so a table added later travels too.

Importing checks everything first (authentication, each original's SHA-256, that the
case is not already here) and only then writes: originals first, then all rows in one
transaction, so a refused or failed import leaves the data folder as it was.
"""

import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Integer, Table, TypeDecorator, select
from sqlmodel import SQLModel

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import AppError, DuplicateError
from ehcp_appeal.security import kdf
from ehcp_appeal.security.sealed_file import read_sealed, write_sealed
from ehcp_appeal.services import audit

FORMAT = "ehcp-appeal-case"
VERSION = 1
MANIFEST = "case.json"
WHAT = "a case archive"


@dataclass(frozen=True)
class ArchiveSummary:
    case_id: str
    name: str
    documents: int
    original_bytes: int


def export_case(
    db: Database, case_id: str, out: Path, passphrase: str, cost: kdf.KdfCost | None = None
) -> ArchiveSummary:
    """Write the whole case to ``out``, sealed with ``passphrase``."""
    with db.engine.connect() as conn:
        tables = _gather(conn, case_id)
    documents = tables.get("document", [])
    buffer = io.BytesIO()
    size = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for sha256 in sorted({row["sha256"] for row in documents}):
            data = db.store.read_bytes(sha256)
            size += len(data)
            archive.writestr(f"originals/{sha256}", data)
        manifest = {"format": FORMAT, "version": VERSION, "case_id": case_id, "tables": tables}
        archive.writestr(MANIFEST, json.dumps(manifest, default=_to_json))
    write_sealed(out, buffer.getvalue(), passphrase, cost)
    audit.record(db, "exported", case_id, "the whole case, as a sealed file")
    name = tables["case"][0]["name"]
    return ArchiveSummary(case_id, name, len(documents), size)


def import_case(db: Database, path: Path, passphrase: str) -> ArchiveSummary:
    """Restore a case from an archive: everything verified before anything is written."""
    payload = read_sealed(path, passphrase, WHAT)
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            originals = {
                name.removeprefix("originals/"): archive.read(name)
                for name in archive.namelist()
                if name.startswith("originals/")
            }
        case_id, tables = _check_manifest(manifest)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError):
        raise AppError(f"{path.name} is not a case archive this version can read.") from None
    for sha256, data in originals.items():
        if hashlib.sha256(data).hexdigest() != sha256:
            raise AppError(f"{path.name} holds a document whose contents do not match its hash.")
    documents = tables.get("document", [])
    missing = {row["sha256"] for row in documents} - set(originals)
    if missing:
        raise AppError(f"{path.name} lacks {len(missing)} of its documents' originals.")
    name = str(tables["case"][0]["name"])
    with db.engine.connect() as conn:
        if conn.execute(select(_table("case").c.id).where(_table("case").c.id == case_id)).first():
            raise DuplicateError(
                f"The case '{name}' is already in this data folder; nothing was imported."
            )
    added = [sha for sha, data in originals.items() if not db.store.put_bytes(data).already_stored]
    try:
        with db.engine.begin() as conn:
            _restore(conn, tables)
    except BaseException:
        for sha256 in added:
            db.store.discard(sha256)
        raise
    size = sum(len(data) for data in originals.values())
    return ArchiveSummary(case_id, name, len(documents), size)


# Not the case's content but this computer's or server's record of who works on it and
# who did what: they stay where they are and never travel with the case.
NOT_CARRIED = frozenset({"audit_event", "case_assignment"})


def _case_tables() -> list[Table]:
    """Tables in dependency order that belong to a case, directly or through a document."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name in NOT_CARRIED:
            continue
        if table.name == "case" or "case_id" in table.c or _points_at_document(table):
            found.append(table)
    return found


def _points_at_document(table: Table) -> bool:
    return any(fk.column.table.name == "document" for fk in table.foreign_keys)


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _gather(conn: Connection, case_id: str) -> dict[str, list[dict[str, Any]]]:
    document_ids = select(_table("document").c.id).where(_table("document").c.case_id == case_id)
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _case_tables():
        if table.name == "case":
            where = table.c.id == case_id
        elif "case_id" in table.c:
            where = table.c.case_id == case_id
        else:
            where = table.c.document_id.in_(document_ids)
        rows = conn.execute(select(table).where(where)).mappings().all()
        tables[table.name] = [dict(row) for row in rows]
    if not tables["case"]:
        raise AppError("There is no such case to export.")
    return tables


def _check_manifest(manifest: Any) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError("not a case archive")
    if manifest.get("version") != VERSION:
        raise ValueError("newer archive version")
    tables = manifest["tables"]
    case_rows = tables["case"]
    if not isinstance(case_rows, list) or len(case_rows) != 1:
        raise ValueError("one case per archive")
    known = {table.name for table in _case_tables()}
    if not isinstance(tables, dict) or not set(tables) <= known:
        raise ValueError("unknown tables")
    return str(manifest["case_id"]), tables


def _restore(conn: Connection, tables: dict[str, list[dict[str, Any]]]) -> None:
    for table in _case_tables():
        rows = [_from_json(table, row) for row in tables.get(table.name, [])]
        if table.name == "document":
            rows = _parents_first(rows)
        if rows:
            conn.execute(table.insert(), rows)


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An e-mail's row before its attachments', which refer to it."""
    placed: set[str] = set()
    ordered: list[dict[str, Any]] = []
    pending = list(rows)
    while pending:
        ready = [r for r in pending if r["parent_id"] is None or r["parent_id"] in placed]
        if not ready:  # a cycle cannot come from this app; keep the rows, drop the links
            ready = [{**r, "parent_id": None} for r in pending]
        for row in ready:
            placed.add(row["id"])
        ordered += ready
        pending = [r for r in pending if r["id"] not in placed]
    return ordered


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Column values back to Python; integer row numbers are left to the new database."""
    restored: dict[str, Any] = {}
    for column in table.c:
        if column.name not in row:
            continue
        value = row[column.name]
        if column.primary_key and isinstance(column.type, Integer):
            continue
        kind = _python_type(column.type)
        if value is not None and kind is dt.datetime:
            value = dt.datetime.fromisoformat(value)
        elif value is not None and kind is dt.date:
            value = dt.date.fromisoformat(value)
        restored[column.name] = value
    return restored


def _python_type(column_type: Any) -> type | None:
    """datetime, date or None: what an ISO string in the archive must become again."""
    base = column_type.impl if isinstance(column_type, TypeDecorator) else column_type
    if isinstance(base, DateTime):
        return dt.datetime
    return dt.date if isinstance(base, Date) else None


def _to_json(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot archive {type(value).__name__}")
