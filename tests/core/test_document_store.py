"""The document store keeps originals byte for byte and never leaves half-written files."""

import hashlib
from pathlib import Path

import pytest

from ehcp_appeal.db.database import open_database
from ehcp_appeal.errors import AppError
from ehcp_appeal.store.documents import TEMP_PREFIX, DocumentStore


def test_originals_are_kept_byte_for_byte_under_their_hash(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "store")
    data = bytes(range(256)) * 5000
    source = tmp_path / "report.pdf"
    source.write_bytes(data)
    blob = store.put_file(source)
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    assert (blob.size, blob.already_stored) == (len(data), False)
    assert store.read_bytes(blob.sha256) == data
    assert store.put_bytes(data).already_stored is True
    assert list((tmp_path / "store").glob(f"{TEMP_PREFIX}*")) == []


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "store")

    def chunks():  # type: ignore[no-untyped-def]
        yield b"partial"
        raise RuntimeError("reader died")

    with pytest.raises(RuntimeError):
        store.put_chunks(chunks())
    assert list((tmp_path / "store").iterdir()) == []


def test_a_missing_original_is_reported_plainly(tmp_path: Path) -> None:
    with pytest.raises(AppError) as raised:
        DocumentStore(tmp_path).read_bytes("0" * 64)
    assert "missing" in raised.value.message


def test_opening_the_data_folder_sweeps_leftovers_of_a_crash(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    (store_dir / f"{TEMP_PREFIX}abc").write_bytes(b"interrupted")
    kept = DocumentStore(store_dir).put_bytes(b"kept")
    open_database(tmp_path).close()
    assert not (store_dir / f"{TEMP_PREFIX}abc").exists()
    assert DocumentStore(store_dir).read_bytes(kept.sha256) == b"kept"
