"""``team add-user``, ``team list`` and ``case assign`` on a team's server and on SQLite."""

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from ehcp_appeal.db import (
    models,  # noqa: F401  (every table registered)
    row_security,
)
from ehcp_appeal.db.database import open_database
from ehcp_appeal.db.server import DATABASE_URL_ENV
from tests.core.test_cli_cases import run_cli


@pytest.mark.parametrize("words", [("team", "add-user", "alice"), ("team", "list")])
def test_on_a_family_computer_team_commands_say_a_server_is_needed(
    data_home: Path, words: tuple[str, ...]
) -> None:
    result = run_cli(*words, home=data_home)
    assert result.returncode == 2
    assert "needs a team database server" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (data_home / "ehcp_appeal.sqlite3").exists()  # no database was made


def test_case_assign_on_a_family_computer_says_a_server_is_needed(data_home: Path) -> None:
    case_id = json.loads(run_cli("case", "new", "Ruby", "--json", home=data_home).stdout)["id"]
    result = run_cli("case", "assign", "--case", case_id, "--to", "alice", home=data_home)
    assert result.returncode == 2 and "needs a team database server" in result.stderr


def test_add_user_and_assign_through_the_commands(
    data_home: Path, server_url: str, pg_cluster: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, server_url)
    monkeypatch.setenv("EHCP_APPEAL_NEW_USER_PASSWORD", "a-long-password")
    name = f"carol_{uuid.uuid4().hex[:6]}"
    added = run_cli("team", "add-user", name, home=data_home)
    assert added.returncode == 0, added.stderr
    assert f"Created the sign-in '{name}'" in added.stdout
    again = run_cli("team", "add-user", name, "--supervisor", home=data_home)
    assert "already had a sign-in" in again.stdout and "supervisor" in again.stdout
    listed = json.loads(run_cli("team", "list", "--json", home=data_home).stdout)
    assert listed == [{"name": name, "supervisor": True, "cases": 0}]

    case_id = json.loads(run_cli("case", "new", "Ruby", "--json", home=data_home).stdout)["id"]
    assigned = run_cli("case", "assign", "--case", case_id[:8], "--to", name, home=data_home)
    assert assigned.returncode == 0, assigned.stderr
    assert f"assigned to {name}" in assigned.stdout
    bad = run_cli("case", "assign", "--case", case_id, "--to", "Not A Name!", home=data_home)
    assert bad.returncode == 2 and "cannot be a sign-in name" in bad.stderr

    admin = open_database(data_home, server=server_url)
    with admin.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}
        ).scalar()
    admin.close()
    assert str(stored).startswith("SCRAM-SHA-256$4096:")  # kept as sent: hashed, never clear
    assert "a-long-password" not in str(stored)
    monkeypatch.setenv(
        DATABASE_URL_ENV,
        pg_cluster.url(make_url(server_url).database, user=name),  # type: ignore[attr-defined]
    )
    shown = json.loads(run_cli("case", "list", "--json", home=data_home).stdout)
    assert [row["name"] for row in shown] == ["Ruby"]


def test_every_table_that_belongs_to_a_case_is_protected(server_url: str) -> None:
    """A table added later with a case_id or document_id must get a policy too."""
    belongs = {
        table.name
        for table in SQLModel.metadata.tables.values()
        if {"case_id", "document_id"} & set(table.columns.keys()) and table.name != "audit_event"
    } | {"case"}
    db = open_database(Path("unused"), server=server_url)
    with db.engine.connect() as conn:
        forced = {
            row[0]
            for row in conn.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity "
                    "AND relkind = 'r'"
                )
            )
        }
    db.close()
    assert belongs <= forced
    assert forced == {name.strip('"') for name in row_security.protected_tables()}
