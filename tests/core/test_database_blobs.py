"""Originals kept inside a team server's database: chunked, deduplicated, checked on reading."""

import hashlib
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.db.integrity import check_folder
from ehcp_appeal.db.sweep import GRACE_SECONDS
from ehcp_appeal.errors import AppError
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from ehcp_appeal.store.database_blobs import DatabaseBlobStore


@pytest.fixture
def server(data_home: Path, server_url: str) -> Iterator[Database]:
    db = open_database(data_home, server=server_url)
    yield db
    db.close()


def _count(db: Database, sql: str, **params: object) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def test_an_original_goes_in_as_chunks_and_comes_out_byte_for_byte(server: Database) -> None:
    store = DatabaseBlobStore(server.engine, chunk_size=1000)
    data = os.urandom(4500)
    stored = store.put_chunks([data[:700], data[700:3000], data[3000:]])
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == 4500
    assert not stored.already_stored
    assert _count(server, "SELECT count(*) FROM blobchunk WHERE digest = :d", d=stored.sha256) == 5
    assert store.exists(stored.sha256)
    assert store.read_bytes(stored.sha256) == data


def test_an_empty_file_is_stored_and_read(server: Database) -> None:
    stored = server.store.put_bytes(b"")
    assert server.store.read_bytes(stored.sha256) == b""


def test_equal_files_are_stored_once_even_when_stored_at_the_same_moment(
    server: Database,
) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: server.store.put_bytes(data), range(4)))
    assert {r.sha256 for r in results} == {hashlib.sha256(data).hexdigest()}
    assert sum(not r.already_stored for r in results) == 1
    assert _count(server, "SELECT count(*) FROM blob") == 1
    assert _count(server, "SELECT count(*) FROM blobchunk") == 4


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE blobchunk SET data = 'x'::bytea || substring(data from 2) WHERE seq = 1",
        "DELETE FROM blobchunk WHERE seq = 1",
        "UPDATE blob SET size = size + 1",
    ],
)
def test_damaged_bytes_are_an_error_never_wrong_bytes(server: Database, damage: str) -> None:
    store = DatabaseBlobStore(server.engine, chunk_size=1000)
    sha256 = store.put_bytes(b"y" * 2500).sha256
    with server.engine.begin() as conn:
        conn.execute(text(damage))
    with pytest.raises(AppError, match="damaged"):
        store.read_bytes(sha256)


def test_a_missing_original_says_so(server: Database) -> None:
    with pytest.raises(AppError, match="missing"):
        server.store.read_bytes("0" * 64)
    server.store.discard("0" * 64)  # nothing to remove is no error


def test_imported_evidence_lives_on_the_server_and_opens(
    server: Database, data_home: Path, tmp_path: Path
) -> None:
    case = create_case(server, CaseDetails(name="Sam")).id
    source = tmp_path / "letter.txt"
    source.write_bytes(b"Dear parent, the council agrees to assess Sam's needs.")
    (doc,) = evidence.import_files(server, case, [source]).imported
    assert evidence.document_bytes(server, doc.id)[0] == source.read_bytes()
    assert _count(server, "SELECT count(*) FROM blob WHERE digest = :d", d=doc.sha256) == 1
    assert not (data_home / "store").exists()
    health = check_folder(server)
    assert health.sound and health.unreferenced_files == 0


def test_the_start_up_sweep_removes_only_old_unreferenced_originals(
    server: Database, data_home: Path, tmp_path: Path, server_url: str
) -> None:
    case = create_case(server, CaseDetails(name="Sam")).id
    source = tmp_path / "kept.txt"
    source.write_bytes(b"A report the family imported.")
    (doc,) = evidence.import_files(server, case, [source]).imported
    orphan = server.store.put_bytes(b"an original whose row was never committed").sha256
    recent = server.store.put_bytes(b"stored a moment ago by an import still running").sha256
    with server.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE blob SET stored_at = stored_at - make_interval(secs => :s) "
                "WHERE digest IN (:a, :b)"
            ),
            {"s": GRACE_SECONDS + 60, "a": orphan, "b": doc.sha256},
        )
    assert check_folder(server).unreferenced_files == 2
    open_database(data_home, server=server_url).close()
    assert not server.store.exists(orphan)
    assert server.store.exists(doc.sha256) and server.store.exists(recent)


def test_a_role_that_cannot_see_every_row_never_discards_an_original(
    server: Database, server_url: str
) -> None:
    """Row-level security may hide a colleague's document that uses the same file."""

    from ehcp_appeal.db.engine import make_engine
    from ehcp_appeal.db.server import parse_server_url

    sha256 = server.store.put_bytes(b"a report in a colleague's case").sha256
    role = f"caseworker_{os.getpid()}"
    with server.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(
            text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        )
        conn.execute(text("ALTER TABLE document ENABLE ROW LEVEL SECURITY"))
    limited = make_engine(parse_server_url(server_url).set(username=role))
    try:
        DatabaseBlobStore(limited).discard(sha256)
    finally:
        limited.dispose()
        with server.engine.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
    assert server.store.exists(sha256)
    DatabaseBlobStore(server.engine).discard(sha256)  # the owner sees everything
    assert not server.store.exists(sha256)
