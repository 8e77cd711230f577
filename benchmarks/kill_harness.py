"""Crash safety, proven by killing: kill -9 the app at random moments, then check the folder.

Each round starts ``python -m ehcp_appeal import`` (new, unique files) or ``analyse`` on
the same data folder, kills its whole process group with SIGKILL after a random delay,
then opens the folder as the app would (running the start-up sweep) and checks it:
``PRAGMA integrity_check``, every document committed before still there, every row's
original present and matching its hash, and the stored files no row points at.

Usage: python benchmarks/kill_harness.py [ROUNDS] [--encrypt] [--seed N] [--max-delay S]
Prints figures; POSIX only (process groups and SIGKILL).
"""

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ehcp_appeal.db.database import open_database  # noqa: E402
from ehcp_appeal.db.integrity import check_folder  # noqa: E402
from ehcp_appeal.db.models import Document  # noqa: E402
from ehcp_appeal.ingest.importer import import_files  # noqa: E402
from ehcp_appeal.security import kdf, vault  # noqa: E402
from ehcp_appeal.services.cases import CaseDetails, create_case  # noqa: E402

CORPUS = Path(os.environ.get("EHCP_CORPUS", "/work/shared/corpus")) / "case-dev-01"
PASSPHRASE = "kill harness passphrase"


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
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not (
            self.bad_integrity
            or self.lost_documents
            or self.missing_originals
            or self.damaged_originals
            or self.temporary_files_after_sweep
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
        return case_id
    finally:
        db.close()


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
        for number in range(rounds):
            if rng.random() < 0.7:
                files = round_files(work, number, rng)
                command = ["import", "--case", case_id, *map(str, files)]
            else:
                command = ["analyse", "--case", case_id]
            process = subprocess.Popen(
                [sys.executable, "-m", "ehcp_appeal", *command],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            try:
                process.wait(timeout=rng.uniform(0.05, max_delay))
                tally.finished += 1
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                tally.killed += 1
            tally.rounds += 1
            committed = _check(home, encrypt, committed, tally, number)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tally.documents = len(committed)
    return tally


def _check(home: Path, encrypt: bool, before: set[str], tally: Tally, number: int) -> set[str]:
    from sqlmodel import select

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
    parser.add_argument("--max-delay", type=float, default=4.0)
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
    for problem in tally.problems[:10]:
        print(problem)


if __name__ == "__main__":
    main()
