"""Crash safety, proven by killing: kill -9 the app at random moments, then check the folder.

Each round starts one of ``python -m ehcp_appeal import`` (new, unique files),
``analyse``, ``bundle`` or ``working-document`` on the same data folder, kills its whole
process group with SIGKILL after a random delay, then opens the folder as the app would
(running the start-up sweep) and checks it: ``PRAGMA integrity_check``, every document
committed before still there, every row's original present and matching its hash, and
the stored files no row points at. Exports are checked too: a file under its finished
name must be whole (the PDF opens with all its pages, the Word file is a sound zip), and
a bundle or working document the database records must be there (the bundle with the
hash recorded). At the end the start-up sweep runs as if ten minutes had passed, and no
stored file may be left without its row.

Usage: python benchmarks/kill_harness.py [ROUNDS] [--encrypt] [--seed N] [--max-delay S]
Prints figures; POSIX only (process groups and SIGKILL).
"""

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlmodel import select  # noqa: E402

from ehcp_appeal.db.database import open_database  # noqa: E402
from ehcp_appeal.db.integrity import check_folder  # noqa: E402
from ehcp_appeal.db.models import (  # noqa: E402
    BundleExport,
    Document,
    WorkingDocumentVersion,
)
from ehcp_appeal.db.sweep import referenced_hashes  # noqa: E402
from ehcp_appeal.ingest.importer import import_files  # noqa: E402
from ehcp_appeal.security import kdf, vault  # noqa: E402
from ehcp_appeal.services.cases import CaseDetails, create_case  # noqa: E402

CORPUS = Path(os.environ.get("EHCP_CORPUS", "/work/shared/corpus")) / "case-dev-01"
PASSPHRASE = "kill harness passphrase"
# How often each action is chosen: imports most, as they store files.
ACTIONS = (("import", 0.5), ("analyse", 0.2), ("bundle", 0.2), ("working-document", 0.1))


@dataclass
class Tally:
    rounds: int = 0
    killed: int = 0
    finished: int = 0
    documents: int = 0
    bad_integrity: int = 0
    lost_documents: int = 0
    missing_originals: int = 0
    damaged_originals: int = 0
    unreferenced_files_max: int = 0
    temporary_files_after_sweep: int = 0
    runs: Counter[str] = field(default_factory=Counter)
    kills: Counter[str] = field(default_factory=Counter)
    exports_finished: int = 0
    partial_exports: int = 0
    recorded_exports_missing: int = 0
    export_temporaries: int = 0
    recorded: Counter[str] = field(default_factory=Counter)  # export rows seen so far
    orphans_after_final_sweep: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not (
            self.bad_integrity
            or self.lost_documents
            or self.missing_originals
            or self.damaged_originals
            or self.temporary_files_after_sweep
            or self.partial_exports
            or self.recorded_exports_missing
            or self.orphans_after_final_sweep
        )


def prepare(home: Path, encrypt: bool) -> str:
    """A case with a plan and reports (so analysis has work), made before any killing."""
    if encrypt:
        # A cheap key derivation: the rounds measure crash safety, not Argon2id.
        vault.create_vault(
            home, PASSPHRASE, kdf.KdfCost(time_cost=1, memory_kib=1024, parallelism=1)
        )
    db = open_database(home, PASSPHRASE if encrypt else None)
    try:
        case_id = create_case(db, CaseDetails(name="Kill harness")).id
        sources = [p for p in sorted(CORPUS.iterdir()) if p.suffix in {".pdf", ".docx"}]
        import_files(db, case_id, sources)
    finally:
        db.close()
    # The plan check once, so the working document has something to mark up.
    env = {**os.environ, "EHCP_APPEAL_HOME": str(home), "EHCP_APPEAL_PASSPHRASE": PASSPHRASE}
    subprocess.run(
        [sys.executable, "-m", "ehcp_appeal", "analyse", "--case", case_id],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return case_id


def choose_command(
    rng: random.Random, work: Path, number: int, case_id: str
) -> tuple[str, list[str], Path | None]:
    """The action of one round, its command line and the file it exports (if any)."""
    action = rng.choices([a for a, _ in ACTIONS], [w for _, w in ACTIONS])[0]
    if action == "import":
        files = round_files(work, number, rng)
        return action, ["import", "--case", case_id, *map(str, files)], None
    if action == "analyse":
        return action, ["analyse", "--case", case_id], None
    out = work / "exports" / f"round-{number}.{'pdf' if action == 'bundle' else 'docx'}"
    out.parent.mkdir(exist_ok=True)
    return action, [action, "--case", case_id, "--out", str(out)], out


def round_files(work: Path, number: int, rng: random.Random) -> list[Path]:
    """Unique files each round, so every import has something new to store and commit."""
    folder = work / f"round-{number}"
    folder.mkdir()
    files = []
    for index in range(rng.randint(1, 4)):
        path = folder / f"note-{index}.txt"
        path.write_text(f"Round {number} note {index}: {rng.random()}\n" * rng.randint(1, 400))
        files.append(path)
    for pdf in sorted(CORPUS.glob("*.pdf"))[: rng.randint(0, 2)]:
        copy = folder / pdf.name
        copy.write_bytes(pdf.read_bytes() + f"\n%round {number}\n".encode())
        files.append(copy)
    return files


def run_rounds(
    home: Path, rounds: int, encrypt: bool = False, seed: int = 1, max_delay: float = 4.0
) -> Tally:
    rng = random.Random(seed)
    case_id = prepare(home, encrypt)
    env = {**os.environ, "EHCP_APPEAL_HOME": str(home), "EHCP_APPEAL_PASSPHRASE": PASSPHRASE}
    tally = Tally()
    committed: set[str] = set()
    work = Path(tempfile.mkdtemp(prefix="ehcp-kill-"))
    try:
        # Each action's kill moment is drawn up to a little past how long it last took,
        # so kills land all through it, the final write of an export included.
        limits: dict[str, float] = {}
        for number in range(rounds):
            action, command, out = choose_command(rng, work, number, case_id)
            tally.runs[action] += 1
            process = subprocess.Popen(
                [sys.executable, "-m", "ehcp_appeal", *command],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            limit = limits.get(action, max_delay)
            started = time.perf_counter()
            try:
                process.wait(timeout=rng.uniform(0.05, limit))
                tally.finished += 1
                limits[action] = max(0.5, 1.2 * (time.perf_counter() - started))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                tally.killed += 1
                tally.kills[action] += 1
                limits[action] = 1.25 * limit  # it grew (bundles do): let the next one run on
            tally.rounds += 1
            committed = _check(home, encrypt, committed, tally, number)
            if out is not None:
                _check_export(home, encrypt, out, action, tally, number)
        tally.export_temporaries = len(list((work / "exports").glob(".*.tmp")))
        _final_sweep(home, encrypt, tally)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tally.documents = len(committed)
    return tally


def _check_export(
    home: Path, encrypt: bool, out: Path, action: str, tally: Tally, number: int
) -> None:
    """A finished name holds a whole file; what the database records as made exists."""
    if out.exists():
        tally.exports_finished += 1
        if not _whole(out):
            tally.partial_exports += 1
            tally.problems.append(f"round {number}: {out.name} is under its name but not whole")
    db = open_database(home, PASSPHRASE if encrypt else None)
    try:
        with db.session() as session:
            if action == "bundle":
                hashes = list(session.exec(select(BundleExport.sha256)).all())
            else:
                hashes = ["" for _ in session.exec(select(WorkingDocumentVersion.id)).all()]
    finally:
        db.close()
    if len(hashes) > tally.recorded[action]:  # this round's export was recorded: it is there
        whole = out.exists() and (action != "bundle" or _sha256(out) == hashes[-1])
        if not whole:
            tally.recorded_exports_missing += 1
            tally.problems.append(f"round {number}: {action} recorded, {out.name} not there")
    tally.recorded[action] = len(hashes)


def _whole(path: Path) -> bool:
    """The PDF opens with every page readable, or the Word file's zip checks out."""
    try:
        if path.suffix == ".pdf":
            from pypdf import PdfReader

            reader = PdfReader(path, strict=True)
            return len(reader.pages) > 0 and all(page.mediabox for page in reader.pages)
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "word/document.xml" in archive.namelist()
    except Exception:  # any failure to read it back is what this check looks for
        return False


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _final_sweep(home: Path, encrypt: bool, tally: Tally) -> None:
    """The start-up sweep as it runs ten minutes later: no file may be left without a row."""
    db = open_database(home, PASSPHRASE if encrypt else None)
    try:
        raw = db.engine.raw_connection()
        try:
            referenced = referenced_hashes(raw.driver_connection)  # type: ignore[arg-type]
            db.store.sweep_unreferenced(referenced, time.time() + 1)
        finally:
            raw.close()
        health = check_folder(db)
    finally:
        db.close()
    tally.orphans_after_final_sweep = health.unreferenced_files
    if not health.sound:
        tally.bad_integrity += health.integrity != "ok"
        tally.missing_originals += len(health.missing_originals)
        tally.problems.append(f"after the final sweep: {health}")


def _check(home: Path, encrypt: bool, before: set[str], tally: Tally, number: int) -> set[str]:
    db = open_database(home, PASSPHRASE if encrypt else None)  # runs the start-up sweep
    try:
        health = check_folder(db)
        with db.session() as session:
            now = set(session.exec(select(Document.id)).all())
    finally:
        db.close()
    lost = before - now
    tally.bad_integrity += health.integrity != "ok"
    tally.lost_documents += len(lost)
    tally.missing_originals += len(health.missing_originals)
    tally.damaged_originals += len(health.damaged_originals)
    tally.temporary_files_after_sweep += health.temporary_files
    tally.unreferenced_files_max = max(tally.unreferenced_files_max, health.unreferenced_files)
    if lost or not health.sound or health.temporary_files:
        tally.problems.append(f"round {number}: {health} lost={sorted(lost)}")
    return now


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="?", type=int, default=200)
    parser.add_argument("--encrypt", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--max-delay", type=float, default=4.0, help="the first kill limit of each action (s)"
    )
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ehcp-kill-home-"))
    started = time.perf_counter()
    try:
        tally = run_rounds(home, args.rounds, args.encrypt, args.seed, args.max_delay)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    mode = "encrypted" if args.encrypt else "clear"
    print(
        f"{tally.rounds} rounds ({mode}) in {time.perf_counter() - started:.0f} s: "
        f"{tally.killed} killed mid-run, {tally.finished} finished first; "
        f"{tally.documents} documents at the end"
    )
    print(
        f"integrity failures {tally.bad_integrity}, committed documents lost "
        f"{tally.lost_documents}, rows without their original {tally.missing_originals}, "
        f"originals not matching their hash {tally.damaged_originals}, temporary files "
        f"left after the sweep {tally.temporary_files_after_sweep}, unreferenced stored "
        f"files (most at once) {tally.unreferenced_files_max}"
    )
    per_action = ", ".join(
        f"{action} {tally.kills[action]} killed of {tally.runs[action]}" for action, _ in ACTIONS
    )
    print(f"by action: {per_action}")
    print(
        f"exports under their finished name {tally.exports_finished}, of which not whole "
        f"{tally.partial_exports}; recorded exports missing {tally.recorded_exports_missing}; "
        f"hidden temporary export files left by kills {tally.export_temporaries}; stored "
        f"files without a row after the final sweep {tally.orphans_after_final_sweep}"
    )
    for problem in tally.problems[:10]:
        print(problem)


if __name__ == "__main__":
    main()
