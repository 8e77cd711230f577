"""Who sees what on a team's server, tested with real sign-ins (database roles).

The throwaway cluster trusts local connections, so connecting as a role needs no password
here; everything a caseworker does below goes through the server's own row-level security.
"""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.errors import AppError, NotFoundError
from ehcp_appeal.services import audit, cases, evidence, team


@dataclass
class Team:
    admin: Database
    alice: Database
    bella: Database
    boss: Database
    names: dict[str, str]
    url: str

    def raw(self, who: str) -> psycopg.Connection:
        """A plain psql-like connection as one person, outside the app."""
        parsed = make_url(self.url)
        return psycopg.connect(
            host=parsed.query["host"],
            user=self.names[who],
            dbname=parsed.database,
            autocommit=True,
        )


@pytest.fixture
def team_server(server_url: str, pg_cluster: object, tmp_path: Path) -> Iterator[Team]:
    suffix = uuid.uuid4().hex[:6]
    names = {"alice": f"alice_{suffix}", "bella": f"bella_{suffix}", "boss": f"boss_{suffix}"}
    admin = open_database(tmp_path / "admin", server=server_url)
    team.add_user(admin, names["alice"], "alice-pw")
    team.add_user(admin, names["bella"], "bella-pw")
    team.add_user(admin, names["boss"], "boss-pw", supervisor=True)
    database = make_url(server_url).database
    opened = {
        who: open_database(
            tmp_path / who,
            server=pg_cluster.url(database, user=name),  # type: ignore[attr-defined]
        )
        for who, name in names.items()
    }
    yield Team(admin, opened["alice"], opened["bella"], opened["boss"], names, server_url)
    for db in (admin, *opened.values()):
        db.close()


def _case(db: Database, name: str, notes: str = "") -> str:
    return cases.create_case(db, cases.CaseDetails(name=name, notes=notes)).id


def _import(db: Database, case_id: str, tmp_path: Path, words: str) -> str:
    source = tmp_path / f"{uuid.uuid4().hex[:8]}.txt"
    source.write_text(words, encoding="utf-8")
    report = evidence.import_files(db, case_id, [source], kind="other")
    return report.imported[0].id  # type: ignore[attr-defined,no-any-return]


def _names(db: Database) -> set[str]:
    return {row.name for row in cases.list_cases(db)}


def test_a_caseworker_sees_only_her_own_cases_through_the_app(team_server: Team) -> None:
    alices = _case(team_server.alice, "Ruby (Alice's)")
    _case(team_server.bella, "Noah (Bella's)")

    assert _names(team_server.alice) == {"Ruby (Alice's)"}
    assert _names(team_server.bella) == {"Noah (Bella's)"}
    assert _names(team_server.boss) == {"Ruby (Alice's)", "Noah (Bella's)"}
    with pytest.raises(NotFoundError):
        cases.get_case(team_server.bella, alices)
    with pytest.raises(NotFoundError):
        cases.update_case(team_server.bella, cases.CaseDetails(name="Taken", id=alices))
    assert cases.get_case(team_server.alice, alices).name == "Ruby (Alice's)"


def test_raw_sql_as_another_caseworker_reads_nothing_and_writes_nothing(
    team_server: Team, tmp_path: Path
) -> None:
    alices = _case(team_server.alice, "Ruby", notes="private note")
    doc = _import(team_server.alice, alices, tmp_path, "Speech and language therapy weekly.")
    assert evidence.page_texts(team_server.alice, doc) == ["Speech and language therapy weekly."]

    with team_server.raw("bella") as conn:
        for table in ("case", "document", "page", "blob", "blobchunk", "case_assignment"):
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone() == (0,), table
        assert (
            conn.execute("SELECT count(*) FROM page WHERE text LIKE '%therapy%'").fetchone()[0] == 0
        )
        changed = conn.execute("UPDATE \"case\" SET notes = 'gone' WHERE id = %s", [alices])
        assert changed.rowcount == 0
        assert conn.execute('DELETE FROM "case" WHERE id = %s', [alices]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO person (case_id, role, name, organisation, email, phone) "
                "VALUES (%s, 'other', 'x', '', '', '')",
                [alices],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no self-assigning
            conn.execute(
                "INSERT INTO case_assignment (case_id, role_name, assigned_at) "
                "VALUES (%s, current_user, now())",
                [alices],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor self-promotion
            conn.execute("UPDATE team_member SET supervisor = true")
    assert cases.get_case(team_server.alice, alices).notes == "private note"
    with team_server.raw("boss") as conn:
        assert conn.execute('SELECT notes FROM "case"').fetchall() == [("private note",)]
        assert conn.execute("SELECT count(*) FROM blob").fetchone() == (1,)


def test_assigning_a_case_lets_a_colleague_in_and_only_a_supervisor_may(
    team_server: Team,
) -> None:
    alices = _case(team_server.alice, "Ruby")
    with pytest.raises(AppError, match="Only a supervisor"):
        team.assign_case(team_server.alice, alices, team_server.names["bella"])
    assert _names(team_server.bella) == set()

    team.assign_case(team_server.boss, alices, team_server.names["bella"], only=True)
    assert _names(team_server.bella) == {"Ruby"}
    assert _names(team_server.alice) == set()  # taken away from Alice
    assert team.assigned_to(team_server.boss, alices) == [team_server.names["bella"]]
    assert team.can_manage(team_server.boss) and not team.can_manage(team_server.bella)
    with pytest.raises(NotFoundError, match="not in the team"):
        team.assign_case(team_server.boss, alices, "nobody_here")


def test_the_audit_record_names_the_sign_in_and_cannot_be_changed(team_server: Team) -> None:
    alices = _case(team_server.alice, "Ruby")
    cases.open_case(team_server.alice, alices)
    bellas = _case(team_server.bella, "Noah")
    cases.open_case(team_server.bella, bellas)
    team.assign_case(team_server.boss, alices, team_server.names["bella"])

    mine = audit.list_events(team_server.alice)
    assert [(e.who, e.action, e.case_id) for e in mine] == [
        (team_server.names["alice"], "opened", alices)
    ]
    everything = {(e.who, e.action, e.case_id) for e in audit.list_events(team_server.boss)}
    assert everything == {
        (team_server.names["alice"], "opened", alices),
        (team_server.names["bella"], "opened", bellas),
        (team_server.names["boss"], "assigned", alices),
    }
    with team_server.raw("alice") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_event SET who = 'someone else'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_event")
        conn.execute(  # a forged name is replaced by the server with the real sign-in
            "INSERT INTO audit_event (at, who, action, case_id, detail) "
            "VALUES (now(), 'boss', 'opened', 'x', '')"
        )
    with team_server.admin.engine.connect() as conn:  # not even the owner may rewrite it
        raw = conn.connection.driver_connection
        assert raw is not None
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("DELETE FROM audit_event")
    whos = [e.who for e in audit.list_events(team_server.boss) if e.case_id == "x"]
    assert whos == [team_server.names["alice"]]


def test_on_a_family_computer_team_mode_says_it_needs_a_server(db: Database) -> None:
    with pytest.raises(AppError, match="needs a team database server"):
        team.add_user(db, "alice", "pw")
    case_id = _case(db, "Ruby")
    cases.open_case(db, case_id)
    assert [(e.action, e.case_id) for e in audit.list_events(db)] == [("opened", case_id)]
    assert audit.list_events(db)[0].who == audit.local_user()


def test_psql_itself_as_another_caseworker_shows_no_case(team_server: Team) -> None:
    """The same refusal through PostgreSQL's own command-line client, as an IT person would try."""
    import shutil
    import subprocess

    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("psql is not installed")
    _case(team_server.alice, "Ruby", notes="private note")
    parsed = make_url(team_server.url)

    def count_as(who: str) -> str:
        result = subprocess.run(
            [psql, "-h", parsed.query["host"], "-U", team_server.names[who], "-d",
             str(parsed.database), "-Atc", "SELECT count(*) FROM \"case\" WHERE notes <> ''"],
            capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        return result.stdout.strip()

    assert count_as("bella") == "0"
    assert count_as("boss") == "1"
    assert count_as("alice") == "1"
