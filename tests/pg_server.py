"""A throwaway PostgreSQL cluster for the tests that run against a team server.

The cluster lives in a temporary folder and listens only on a private Unix socket (no TCP
port), so tests never touch a real server and two test runs never share one. Debian puts
the server programs in /usr/lib/postgresql/N/bin, off the PATH, so they are looked for
there too. PostgreSQL refuses to run as root; under root (as in CI containers) the cluster
is owned by and run as the ``postgres`` system user that Debian's package creates.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


def server_program(name: str) -> str | None:
    """The newest installed PostgreSQL server program called ``name``, if any."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    return candidates[-1] if candidates else None


def _run_as_owner(command: list[str], owner: str | None) -> None:
    if owner:
        command = ["runuser", "-u", owner, "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@dataclass
class Cluster:
    """A running throwaway cluster; ``url`` names one of its databases."""

    data_dir: Path
    socket_dir: Path
    owner: str | None

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}"

    def admin_connection(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True
        )

    def create_database(self, template: str = "template0") -> str:
        """A new database, empty or a copy of ``template`` (a migrated one copies in
        milliseconds, where migrating each test's database would take a second)."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin_connection() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin_connection() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        pg_ctl = server_program("pg_ctl")
        if pg_ctl:
            with contextlib.suppress(subprocess.SubprocessError):
                _run_as_owner(
                    [pg_ctl, "-D", str(self.data_dir), "-m", "immediate", "stop"], self.owner
                )


def start_cluster(base: Path, durable: bool = False) -> Cluster:
    """Create and start a cluster under ``base``; raises ``RuntimeError`` when impossible.

    Tests want speed, so by default commits are not flushed to disk; ``durable`` keeps
    PostgreSQL's own safe settings, as a benchmark against SQLite's must."""
    initdb, pg_ctl = server_program("initdb"), server_program("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    owner = None
    if os.geteuid() == 0:
        try:
            record = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise RuntimeError("running as root and there is no 'postgres' user") from exc
        owner = "postgres"
    base.mkdir(parents=True, exist_ok=True)
    data_dir, socket_dir = base / "data", base / "socket"
    socket_dir.mkdir()
    if owner:
        for folder in (base, socket_dir):
            os.chown(folder, record.pw_uid, record.pw_gid)
        # the owner must be able to reach the folder through its parents
        for parent in base.parents:
            with contextlib.suppress(OSError):
                os.chmod(parent, os.stat(parent).st_mode | 0o011)
    _run_as_owner(
        [
            initdb,
            "-D",
            str(data_dir),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        owner,
    )
    options = f"-k {socket_dir} -c listen_addresses='' -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    _run_as_owner(
        [pg_ctl, "-D", str(data_dir), "-l", str(base / "server.log"), "-o", options, "-w", "start"],
        owner,
    )
    return Cluster(data_dir, socket_dir, owner)


@contextlib.contextmanager
def running_cluster(base: Path) -> Iterator[Cluster]:
    cluster = start_cluster(base)
    try:
        yield cluster
    finally:
        cluster.stop()
