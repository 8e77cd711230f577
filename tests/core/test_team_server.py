"""Pointing a data folder at a team's PostgreSQL server: `init --server` and the environment."""

import json
import os
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from ehcp_appeal import settings
from ehcp_appeal.db import server as team_server
from ehcp_appeal.db.database import open_database
from ehcp_appeal.errors import AppError, InvalidInputError
from tests.core.test_cli_cases import run_cli


def _server_cases(url: str) -> list[str]:
    parsed = make_url(url)
    with psycopg.connect(
        host=parsed.query["host"], user=parsed.username, dbname=parsed.database
    ) as conn:
        return [row[0] for row in conn.execute('SELECT name FROM "case" ORDER BY name')]


def _with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def test_init_server_keeps_the_address_without_its_password_and_commands_use_it(
    data_home: Path, pg_url: str
) -> None:
    made = run_cli("init", "--server", _with_password(pg_url, "s3cret-pw"), home=data_home)
    assert made.returncode == 0, made.stderr
    assert "not stored" in made.stdout
    kept = (data_home / "settings.json").read_text(encoding="utf-8")
    assert "s3cret-pw" not in kept
    assert make_url(settings.get(team_server.SERVER_SETTING, root=data_home)).password is None

    assert run_cli("case", "new", "Ruby Okafor", home=data_home).returncode == 0
    listed = run_cli("case", "list", "--json", home=data_home)
    assert [row["name"] for row in json.loads(listed.stdout)] == ["Ruby Okafor"]
    assert _server_cases(pg_url) == ["Ruby Okafor"]
    assert not (data_home / "ehcp_appeal.sqlite3").exists()
    assert not (data_home / "store").exists()


def test_the_environment_names_the_server_for_every_command(
    data_home: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(team_server.DATABASE_URL_ENV, pg_url)
    assert run_cli("case", "new", "Ava Patel", home=data_home).returncode == 0
    assert _server_cases(pg_url) == ["Ava Patel"]
    monkeypatch.delenv(team_server.DATABASE_URL_ENV)
    listed = run_cli("case", "list", "--json", home=data_home)
    assert json.loads(listed.stdout) == []  # without it, the folder's own empty database


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("mysql://host/db", "not a postgresql address"),
        ("postgresql://host", "names no database"),
        ("not an address", "not a server address"),
    ],
)
def test_a_bad_server_address_is_one_plain_line(data_home: Path, address: str, words: str) -> None:
    result = run_cli("init", "--server", address, home=data_home)
    assert result.returncode == 2
    assert words in result.stderr.lower() and len(result.stderr.strip().splitlines()) == 1


def test_a_server_and_an_encrypted_folder_do_not_mix(data_home: Path, pg_url: str) -> None:
    result = run_cli("init", "--server", pg_url, "--encrypt", home=data_home)
    assert result.returncode == 2 and "one or the other" in result.stderr


def test_an_unreachable_server_says_which_and_stores_nothing(
    data_home: Path, tmp_path: Path
) -> None:
    missing = f"postgresql://nobody@/nothing?host={tmp_path}"
    result = run_cli("init", "--server", missing, home=data_home)
    assert result.returncode == 2
    assert "could not reach" in result.stderr.lower()
    assert settings.get(team_server.SERVER_SETTING, root=data_home) == ""


def test_a_password_typed_into_an_error_is_never_shown() -> None:
    with pytest.raises(InvalidInputError) as raised:
        team_server.parse_server_url("mysql://me:hunter2@host/db")
    assert "hunter2" not in raised.value.message


def test_the_password_comes_from_the_environment_when_not_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(team_server.DB_PASSWORD_ENV, "from-env")
    assert team_server.connection_url("postgresql://me@host/db").password == "from-env"
    assert team_server.connection_url("postgresql://me@host/db", "typed").password == "typed"
    assert team_server.is_password_failure(Exception('password authentication failed for "me"'))


def test_backups_of_a_server_are_the_servers_job(data_home: Path, pg_url: str) -> None:
    from ehcp_appeal.db import backups

    db = open_database(data_home, server=pg_url)
    try:
        assert backups.backup_if_due(db) is None
        with pytest.raises(AppError, match="pg_dump"):
            backups.make_backup(db)
    finally:
        db.close()
    assert os.listdir(data_home) == []
