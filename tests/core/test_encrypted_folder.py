"""An encrypted data folder: the contract's init --encrypt, the passphrase, and no clear text.

The Argon2id cost is cut to almost nothing here so that a hundred wrong passphrases run
quickly; the folder records the cost it was made with, so unlocking follows it.
"""

import gc
import hashlib
import os
import tempfile
import time
from pathlib import Path

import pytest

from ehcp_appeal.cli import main
from ehcp_appeal.db.database import open_database
from ehcp_appeal.errors import AppError
from ehcp_appeal.security import kdf, vault
from ehcp_appeal.services.cases import CaseDetails, create_case
from ehcp_appeal.services.evidence import list_documents
from tests.core.test_evidence_samples import docx_bytes, pdf_bytes, write

CHILD = "Zebedee Quillfeather"
MARKER = "Marmalade-Okapi-4471"
PASSPHRASE = "correct horse battery staple"
SHIPPED_COST = kdf.DEFAULT_COST  # read before the fixture below swaps it
CHEAP = kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "DEFAULT_COST", CHEAP)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary files of this process and its readers land here, so they can be scanned."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def hashes(folder: Path) -> dict[str, str]:
    """Every file's hash, taken once the commands run in this process have let go of it."""
    gc.collect()
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def needles(*words: str) -> list[bytes]:
    """Each word as UTF-8 and UTF-16 (both byte orders), in its own, lower and upper case."""
    found = []
    for word in words:
        for variant in {word, word.lower(), word.upper()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found.append(variant.encode(encoding))
    return found


def leaks(paths: list[Path], words: tuple[str, ...]) -> list[str]:
    hits = []
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            hits += [f"{path}: {n!r}" for n in needles(*words) if n in data]
    return hits


def fill_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    """A case naming the child and the marker in its notes and in three kinds of document."""
    code, out, err = run(capsys, "case", "new", CHILD, "--child", CHILD, "--notes", MARKER)
    assert code == 0, err
    case_id = out.strip().rsplit(" ", 1)[-1].rstrip(".")
    sources = tmp_path / "sources"
    sources.mkdir(exist_ok=True)
    files = [
        write(sources, "note.txt", f"{CHILD} likes trains. {MARKER}".encode()),
        write(sources, "report.pdf", pdf_bytes([[f"Report on {CHILD}", MARKER]])),
        write(sources, "views.docx", docx_bytes([f"{CHILD}'s views", MARKER])),
    ]
    code, out, err = run(capsys, "import", "--case", case_id, *map(str, files))
    assert code == 0, err
    return case_id


def test_init_encrypt_then_every_command_needs_the_passphrase(
    data_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "init", "--encrypt")
    assert code == 0 and "Recovery key" in out and "lost" in out
    assert run(capsys, "case", "new", "Ruby")[0] == 0

    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", "not it")
    code, out, err = run(capsys, "case", "list")
    assert (code, out) == (2, "") and err.startswith("wrong passphrase")
    assert err.count("\n") == 1

    monkeypatch.delenv("EHCP_APPEAL_PASSPHRASE")
    code, _, err = run(capsys, "case", "list")
    assert code == 2 and "EHCP_APPEAL_PASSPHRASE" in err

    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "case", "list")
    assert code == 0 and "Ruby" in out
    code, _, err = run(capsys, "init", "--encrypt")
    assert code == 2 and "already encrypted" in err


def test_init_encrypt_on_a_folder_with_data_encrypts_it_in_place(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_id = fill_folder(capsys, tmp_path)
    db = open_database(data_home)
    originals = {d.sha256: db.store.read_bytes(d.sha256) for d in list_documents(db, case_id)}
    db.close()
    assert run(capsys, "backup")[0] == 0
    assert leaks([data_home], (CHILD, MARKER))

    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "init", "--encrypt")
    assert code == 0 and "Recovery key" in out, err
    assert vault.is_encrypted(data_home)
    assert not list(tmp_path.glob("data.*"))  # neither the copy being built nor the clear one
    assert leaks([data_home], (CHILD, MARKER)) == []
    db = open_database(data_home, PASSPHRASE)
    try:
        assert {d.sha256: db.store.read_bytes(d.sha256) for d in list_documents(db, case_id)} == (
            originals
        )
        assert len(originals) == 3
    finally:
        db.close()
    code, out, _ = run(capsys, "restore")
    assert code == 0 and "manual" in out  # the clear backup came along, encrypted


def test_encrypting_in_place_overwrites_the_clear_files_before_deleting_them(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A second name (hard link) for each clear file sees its bytes after the deletion."""
    fill_folder(capsys, tmp_path)
    assert run(capsys, "backup")[0] == 0
    gc.collect()
    links = tmp_path / "links"
    links.mkdir()
    clear_files = [p for p in data_home.rglob("*") if p.is_file()]
    for number, path in enumerate(clear_files):
        os.link(path, links / f"{number}-{path.name}")
    tops = [p.relative_to(data_home).parts[0] for p in clear_files]
    assert "ehcp_appeal.sqlite3" in tops and tops.count("store") >= 3 and "backups" in tops
    assert leaks([links], (CHILD, MARKER))  # the clear bytes, seen through the second names

    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", "--encrypt")[0] == 0
    for link in links.iterdir():
        assert link.stat().st_nlink == 1  # the folder's name for it is gone
        data = link.read_bytes()
        assert data and data == bytes(len(data)), link.name  # same length, all zeros
    hits = leaks([tmp_path], (CHILD, MARKER))
    assert hits and all("/sources/" in hit for hit in hits)  # only the files imported from
    assert not list(tmp_path.glob("data.*"))


def test_clear_init_stays_the_default(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "init")[0] == 0
    assert not vault.is_encrypted(data_home)
    assert (data_home / "ehcp_appeal.sqlite3").read_bytes().startswith(b"SQLite format 3")


def test_a_hundred_wrong_passphrases_change_no_byte(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", "--encrypt")[0] == 0
    fill_folder(capsys, tmp_path)
    before = hashes(data_home)
    assert len(before) >= 5  # vault, database, three originals
    refused = 0
    for attempt in range(100):
        monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", f"guess {attempt}")
        code, _, err = run(capsys, "case", "list")
        refused += code == 2 and err.startswith("wrong passphrase")
    assert refused == 100
    assert hashes(data_home) == before


def test_recovery_key_opens_and_a_new_passphrase_rewrites_only_the_key_file(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    _, out, _ = run(capsys, "init", "--encrypt")
    recovery = out.split("Recovery key (shown only this once): ")[1].split()[0]
    fill_folder(capsys, tmp_path)
    before = hashes(data_home)

    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", recovery.lower().replace("-", " "))
    monkeypatch.setenv("EHCP_APPEAL_NEW_PASSPHRASE", "a brand new passphrase")
    assert run(capsys, "passphrase")[0] == 0
    after = hashes(data_home)
    assert {k for k in before if before[k] != after[k]} == {vault.VAULT_FILE}

    with pytest.raises(vault.WrongPassphraseError):
        open_database(data_home, PASSPHRASE)
    for secret in ("a brand new passphrase", recovery):
        db = open_database(data_home, secret)
        assert len(db.store.read_bytes(_first_sha(db))) > 0
        db.close()


def _first_sha(db: object) -> str:
    from sqlmodel import select

    from ehcp_appeal.db.models import Document

    with db.session() as session:  # type: ignore[attr-defined]
        return session.exec(select(Document.sha256)).first()  # type: ignore[no-any-return]


def test_no_name_or_marker_in_the_folder_its_temporary_files_or_an_archive(
    data_home: Path,
    tmp_path: Path,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", "--encrypt")[0] == 0
    case_id = fill_folder(capsys, tmp_path)
    archive = tmp_path / "out" / "case.ehcpcase"
    archive.parent.mkdir()
    assert run(capsys, "case", "export", "--case", case_id, "--out", str(archive))[0] == 0
    code, out, _ = run(capsys, "search", "--case", case_id, MARKER.split("-")[1], "--json")
    assert code == 0 and out.count('"document"') == 3  # the text is there, just not readable

    db = open_database(data_home, PASSPHRASE)  # held open: the WAL and SHM files exist too
    try:
        create_case(db, CaseDetails(name=f"{CHILD} again", notes=MARKER))
        assert (data_home / "ehcp_appeal.sqlite3-wal").stat().st_size > 0
        scanned = [data_home, private_tmp, archive]
        assert sum(1 for p in data_home.rglob("*") if p.is_file()) >= 5
        assert leaks(scanned, (CHILD, MARKER)) == []
    finally:
        db.close()
    assert leaks([data_home, private_tmp, archive], (CHILD, MARKER)) == []


def test_the_scan_would_see_a_clear_folder(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same scan on the clear (default) folder finds the name, so it can fail."""
    fill_folder(capsys, tmp_path)
    assert leaks([data_home], (CHILD, MARKER))


def test_a_changed_stored_file_is_refused_not_returned(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", "--encrypt")[0] == 0
    fill_folder(capsys, tmp_path)
    db = open_database(data_home)
    try:
        sha = _first_sha(db)
        stored = db.store._path(sha)
        assert stored.name != sha and stored.exists()
        data = bytearray(stored.read_bytes())
        data[len(data) // 2] ^= 1
        stored.write_bytes(bytes(data))
        with pytest.raises(AppError, match="changed or damaged"):
            db.store.read_bytes(sha)
    finally:
        db.close()


def test_equal_files_share_one_sealed_copy_under_a_name_that_is_not_their_hash(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.create_vault(data_home, PASSPHRASE)
    db = open_database(data_home, PASSPHRASE)
    try:
        first = db.store.put_bytes(b"the same report")
        second = db.store.put_bytes(b"the same report")
        files = [p for p in db.store_dir.rglob("*") if p.is_file()]
        assert (first.already_stored, second.already_stored) == (False, True)
        assert len(files) == 1 and first.sha256 not in str(files[0])
        assert b"the same report" not in files[0].read_bytes()
        assert db.store.read_bytes(first.sha256) == b"the same report"
    finally:
        db.close()
    os.environ.pop("EHCP_APPEAL_PASSPHRASE", None)


def test_the_default_key_derivation_is_the_strong_profile() -> None:
    assert (kdf.STRONG.time_cost, kdf.STRONG.memory_kib, kdf.STRONG.parallelism) == (3, 65536, 4)
    assert SHIPPED_COST is kdf.STRONG


def test_the_start_up_sweep_keeps_sealed_originals_and_removes_sealed_orphans(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", "--encrypt")[0] == 0
    case_id = fill_folder(capsys, tmp_path)
    db = open_database(data_home)
    orphan = db.store.put_bytes(b"stored, then the app was killed before its row")
    db.close()
    gc.collect()
    long_ago = time.time() - 86_400
    for stored in (data_home / "store").rglob("*"):
        if stored.is_file():
            os.utime(stored, (long_ago, long_ago))
    db = open_database(data_home)  # the sweep runs here
    try:
        kept = list_documents(db, case_id)
        assert len(kept) == 3
        assert all(db.store.read_bytes(d.sha256) for d in kept)
        assert not db.store.exists(orphan.sha256)
    finally:
        db.close()


def test_an_encryption_cut_short_between_or_after_its_renames_is_finished_at_open(
    tmp_path: Path,
) -> None:
    from ehcp_appeal.security.folder_swap import BUILDING, OLD

    root = tmp_path / "data"
    building, old = tmp_path / f"data{BUILDING}", tmp_path / f"data{OLD}"
    vault.create_vault(building, PASSPHRASE)
    open_database(building, PASSPHRASE).close()
    old.mkdir()
    (old / "ehcp_appeal.sqlite3").write_bytes(b"the clear database")
    root.mkdir()  # made empty by a start in between
    db = open_database(root, PASSPHRASE)
    db.close()
    assert db.encrypted and not building.exists() and not old.exists()

    old.mkdir()  # the clear folder's deletion cut short
    (old / "left.txt").write_text(CHILD)
    open_database(root, PASSPHRASE).close()
    assert not old.exists()
