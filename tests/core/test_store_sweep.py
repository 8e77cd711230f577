"""The start-up sweep removes originals a crash left without a row, and nothing else."""

import os
import sqlite3
import time
from pathlib import Path

from ehcp_appeal import paths
from ehcp_appeal.db.database import open_database
from ehcp_appeal.db.sweep import GRACE_SECONDS
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case, list_cases
from ehcp_appeal.store.documents import DocumentStore


def _age(store: DocumentStore, sha256: str, seconds: float = GRACE_SECONDS + 60) -> None:
    """Make a stored file look as if it had been stored ``seconds`` ago."""
    path = store.root / sha256[:2] / sha256
    then = time.time() - seconds
    os.utime(path, (then, then))


def _imported(data_home: Path, tmp_path: Path) -> tuple[DocumentStore, str]:
    db = open_database(data_home)
    case = create_case(db, CaseDetails(name="Sam")).id
    source = tmp_path / "letter.txt"
    source.write_bytes(b"Dear parent, the council agrees to assess.")
    (doc,) = evidence.import_files(db, case, [source]).imported
    db.close()
    return DocumentStore(paths.store_dir(data_home)), doc.sha256


def test_an_original_left_by_a_crash_before_its_row_is_removed(
    data_home: Path, tmp_path: Path
) -> None:
    store, kept = _imported(data_home, tmp_path)
    orphan = store.put_bytes(b"a report whose row was never committed").sha256
    recent = store.put_bytes(b"stored a moment ago by an import still running").sha256
    _age(store, orphan)
    _age(store, kept)  # old but referenced by its document
    open_database(data_home).close()
    assert not store.exists(orphan)
    assert store.exists(kept) and store.exists(recent)


def test_every_hash_column_counts_as_a_reference(data_home: Path, tmp_path: Path) -> None:
    """A stored file another table points at (a PDF rendition, say) is not an orphan."""
    store, _ = _imported(data_home, tmp_path)
    rendition = store.put_bytes(b"%PDF- a rendition of a Word file").sha256
    exported = store.put_bytes(b"an exported bundle").sha256
    with sqlite3.connect(paths.database_path(data_home)) as conn:
        conn.execute(  # the app's own table of Word files converted for the bundle
            "INSERT INTO rendition (source_sha256, converter, pdf_sha256, pages) "
            "VALUES ('x', 'LibreOffice', ?, 1)",
            (rendition,),
        )
        conn.execute("CREATE TABLE export (id INTEGER, sha256 TEXT)")
        conn.execute("INSERT INTO export VALUES (1, ?)", (exported,))
    conn.close()
    _age(store, rendition)
    _age(store, exported)
    open_database(data_home).close()
    assert store.exists(rendition) and store.exists(exported)


def test_documents_in_the_trash_keep_their_originals(data_home: Path, tmp_path: Path) -> None:
    store, kept = _imported(data_home, tmp_path)
    db = open_database(data_home)
    (case,) = list_cases(db)
    (doc,) = evidence.list_documents(db, case.id)
    evidence.move_to_trash(db, doc.id)
    db.close()
    _age(store, kept)
    open_database(data_home).close()
    assert store.exists(kept)


def test_storing_an_old_orphan_again_protects_it(data_home: Path, tmp_path: Path) -> None:
    """An import of the same bytes is about to point a row at it: it counts as new."""
    store, _ = _imported(data_home, tmp_path)
    orphan = store.put_bytes(b"the same letter, imported again").sha256
    _age(store, orphan)
    assert store.put_bytes(b"the same letter, imported again").already_stored
    open_database(data_home).close()
    assert store.exists(orphan)


def test_nothing_is_swept_while_another_program_writes(data_home: Path, tmp_path: Path) -> None:
    """Its rows are not visible yet: the sweep skips this start instead of guessing."""
    store, _ = _imported(data_home, tmp_path)
    orphan = store.put_bytes(b"left by a crash").sha256
    _age(store, orphan)
    writer = sqlite3.connect(paths.database_path(data_home), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        open_database(data_home).close()
        assert store.exists(orphan)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    open_database(data_home).close()
    assert not store.exists(orphan)
