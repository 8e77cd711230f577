"""Team mode: the people of a team (database roles of its server) and who works on what.

Each caseworker signs in to the server as a role of her own, so the server's row-level
security (``db.row_security``) decides what she sees, whatever program she uses. The
administrator of the server adds people (``add_user``: the sign-in, its membership of the
team's group role, the table privileges); a supervisor or the administrator assigns
cases (``assign_case``). None of this exists for a family's own data folder.

The new sign-in's password never reaches the server in clear: the app sends PostgreSQL
a SCRAM-SHA-256 verifier computed here (what ``psql``'s ``\\password`` does), so no
server log or statement view can show it.
"""

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import AppError, InvalidInputError, NotFoundError
from ehcp_appeal.services import audit

TEAM_GROUP = "ehcp_appeal_team"
NAME = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
SCRAM_ITERATIONS = 4096
NEEDS_SERVER = (
    "Team mode needs a team database server: point this data folder at one with "
    "'init --server postgresql://HOST/DATABASE' first."
)


@dataclass(frozen=True)
class Member:
    name: str
    supervisor: bool
    cases: int


@dataclass(frozen=True)
class AddedUser:
    name: str
    supervisor: bool
    new_sign_in: bool


def require_server(db: Database) -> None:
    if not db.is_server:
        raise AppError(NEEDS_SERVER)


def check_name(name: str) -> str:
    """A sign-in name PostgreSQL and people can both type: lower-case letters, digits, _."""
    cleaned = name.strip()
    if not NAME.match(cleaned) or cleaned.startswith("pg_") or cleaned == TEAM_GROUP:
        raise InvalidInputError(
            f"'{name}' cannot be a sign-in name; use 2 to 63 lower-case letters, digits or _, "
            "starting with a letter (for example 'jsmith')."
        )
    return cleaned


def scram_verifier(password: str, salt: bytes | None = None) -> str:
    """PostgreSQL's stored form of a SCRAM-SHA-256 password (RFC 5802 / RFC 7677)."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    return found is not None


def add_user(db: Database, name: str, password: str | None, supervisor: bool = False) -> AddedUser:
    """Create the sign-in ``name`` (or reuse one the server has) and let it into the team.

    Run by the server's administrator (a role that may create roles). ``password`` is
    needed only for a new sign-in; an existing sign-in keeps its own. Running it again
    for someone changes only whether they supervise, and renews the team's privileges
    on every table (tables added by an upgrade of the app included).
    """
    require_server(db)
    name = check_name(name)
    with db.engine.begin() as conn:
        may_create = conn.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        if not may_create:
            raise AppError(
                "Only the server's administrator can add people to the team: your sign-in "
                "may not create sign-ins."
            )
        new = not _role_exists(conn, name)
        if new:
            if not password:
                raise InvalidInputError(f"Give a password for the new sign-in '{name}'.")
            verifier = scram_verifier(password)
            # Sent as it is (no parameters: the verifier's ':' must not look like one).
            conn.exec_driver_sql(f"CREATE ROLE {_ident(name)} LOGIN PASSWORD '{verifier}'")
        if not _role_exists(conn, TEAM_GROUP):
            conn.execute(text(f"CREATE ROLE {TEAM_GROUP} NOLOGIN"))
        conn.execute(text(f"GRANT {TEAM_GROUP} TO {_ident(name)}"))
        grant_team_access(conn)
        conn.execute(
            text(
                "INSERT INTO team_member (role_name, supervisor, added_at) "
                "VALUES (:n, :s, now()) ON CONFLICT (role_name) DO UPDATE SET supervisor = :s"
            ),
            {"n": name, "s": supervisor},
        )
    return AddedUser(name, supervisor, new)


def grant_team_access(conn: Connection) -> None:
    """What the team's group role may do; row-level security then narrows it to cases.

    Members may read, add, change and remove rows of the case tables, add to the audit
    record but never change it, and only read who is in the team and the schema version.
    """
    schema = _ident(str(conn.execute(text("SELECT current_schema()")).scalar_one()))
    for statement in (
        f"GRANT USAGE ON SCHEMA {schema} TO {TEAM_GROUP}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {TEAM_GROUP}",
        f"REVOKE INSERT, UPDATE, DELETE ON team_member, alembic_version FROM {TEAM_GROUP}",
        f"REVOKE UPDATE, DELETE ON audit_event FROM {TEAM_GROUP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {TEAM_GROUP}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {TEAM_GROUP}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {TEAM_GROUP}",
    ):
        conn.execute(text(statement))


def assign_case(db: Database, case_id: str, name: str, only: bool = False) -> None:
    """Let ``name`` work on the case (``only``: and nobody else assigned any more).

    A supervisor or the administrator may assign; the server refuses anyone else.
    """
    require_server(db)
    name = check_name(name)
    try:
        with db.engine.begin() as conn:
            member = conn.execute(
                text("SELECT 1 FROM team_member WHERE role_name = :n"), {"n": name}
            ).first()
            if member is None:
                raise NotFoundError(
                    f"'{name}' is not in the team; the server's administrator adds people "
                    f"with 'team add-user {name}'."
                )
            if only:
                conn.execute(
                    text("DELETE FROM case_assignment WHERE case_id = :c AND role_name <> :n"),
                    {"c": case_id, "n": name},
                )
            conn.execute(
                text(
                    "INSERT INTO case_assignment (case_id, role_name, assigned_at) "
                    "VALUES (:c, :n, now()) ON CONFLICT DO NOTHING"
                ),
                {"c": case_id, "n": name},
            )
            audit.record(conn, "assigned", case_id, f"to {name}" + (" only" if only else ""))
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", "") == "42501":  # insufficient privilege / policy
            raise AppError(
                "Only a supervisor or the server's administrator can assign cases."
            ) from None
        raise


def can_manage(db: Database) -> bool:
    """True when this sign-in sees every case (a supervisor or the administrator)."""
    if not db.is_server:
        return False
    with db.engine.connect() as conn:
        return bool(conn.execute(text("SELECT ehcp_role_sees_all(current_user::text)")).scalar())


def members(db: Database) -> list[Member]:
    """The team, with how many cases each person is assigned (that this sign-in can see)."""
    require_server(db)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.role_name, m.supervisor, count(a.case_id) FROM team_member m "
                "LEFT JOIN case_assignment a ON a.role_name = m.role_name "
                "GROUP BY m.role_name, m.supervisor ORDER BY m.role_name"
            )
        ).all()
    return [Member(str(r[0]), bool(r[1]), int(r[2])) for r in rows]


def assigned_to(db: Database, case_id: str) -> list[str]:
    """Who works on the case (empty on a family's own computer)."""
    if not db.is_server:
        return []
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT role_name FROM case_assignment WHERE case_id = :c ORDER BY role_name"),
            {"c": case_id},
        ).all()
    return [str(r[0]) for r in rows]
