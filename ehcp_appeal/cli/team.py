"""``team`` commands and ``case assign``: the people of a team's server and their cases.

Team mode exists only on a team's PostgreSQL server; on a family's own data folder these
commands say so (exit 2) without opening or creating anything.
"""

import argparse
import getpass
import os
import sys

from ehcp_appeal import paths
from ehcp_appeal.cli.common import add_json_flag, case_id, database, print_json
from ehcp_appeal.db.database import Database
from ehcp_appeal.db.server import configured_server
from ehcp_appeal.errors import AppError

NEW_USER_PASSWORD_ENV = "EHCP_APPEAL_NEW_USER_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:
    team = subparsers.add_parser(
        "team",
        help="add people to a team's server and list them",
        description=(
            "The people of a team working on a shared PostgreSQL server. Each person signs "
            "in as their own database role and sees only the cases assigned to them; "
            "supervisors see every case."
        ),
    )
    commands = team.add_subparsers(dest="team_command", metavar="ACTION")
    commands.required = True
    add = commands.add_parser(
        "add-user",
        help="create a person's sign-in on the server (run by its administrator)",
        description=(
            "Create NAME's sign-in on the team's server, or let an existing sign-in into "
            "the team, with the privileges a caseworker needs. The new sign-in's password "
            f"is taken from {NEW_USER_PASSWORD_ENV}, else asked for without showing it; "
            "it is sent to the server already hashed."
        ),
    )
    add.add_argument("name", help="the sign-in name: lower-case letters, digits or _")
    add.add_argument(
        "--supervisor", action="store_true", help="this person sees and assigns every case"
    )
    add.set_defaults(handler=_add_user)
    listing = commands.add_parser(
        "list", help="list the team", description="List the team and how many cases each has."
    )
    add_json_flag(listing)
    listing.set_defaults(handler=_list)


def register_assign(case_commands: argparse._SubParsersAction) -> None:
    """``case assign``, kept here with the rest of team mode."""
    assign = case_commands.add_parser(
        "assign",
        help="let a caseworker work on a case (team server only)",
        description=(
            "Let a person of the team see and work on a case. Only a supervisor or the "
            "server's administrator may assign cases."
        ),
    )
    assign.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    assign.add_argument("--to", required=True, metavar="NAME", help="the person's sign-in name")
    assign.add_argument(
        "--only", action="store_true", help="and take the case away from anyone else assigned"
    )
    assign.set_defaults(handler=_assign)


def _team_database() -> Database:
    from ehcp_appeal.services.team import NEEDS_SERVER

    if not configured_server(paths.data_dir()):
        raise AppError(NEEDS_SERVER)
    return database()


def _new_password(name: str) -> str:
    value = os.environ.get(NEW_USER_PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise AppError(
            f"No password for the new sign-in: set {NEW_USER_PASSWORD_ENV} or run the "
            "command in a terminal to be asked."
        )
    value = getpass.getpass(f"Password for {name}: ")
    if getpass.getpass("Type it again: ") != value:
        raise AppError("The two passwords differ; nothing was created.")
    if not value:
        raise AppError("The password is empty; nothing was created.")
    return value


def _add_user(args: argparse.Namespace) -> int:
    from ehcp_appeal.services import team

    name = team.check_name(args.name)
    db = _team_database()
    with db.engine.connect() as conn:
        from sqlalchemy import text

        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
    password = None if exists else _new_password(name)
    added = team.add_user(db, name, password, supervisor=args.supervisor)
    role = "a supervisor" if added.supervisor else "a caseworker"
    if added.new_sign_in:
        print(f"Created the sign-in '{added.name}' and added them to the team as {role}.")
    else:
        print(f"'{added.name}' already had a sign-in; they are now in the team as {role}.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from ehcp_appeal.services import team

    people = team.members(_team_database())
    if args.json:
        print_json([{"name": p.name, "supervisor": p.supervisor, "cases": p.cases} for p in people])
        return 0
    if not people:
        print("Nobody is in the team yet; add people with 'team add-user NAME'.")
    for person in people:
        role = "supervisor" if person.supervisor else "caseworker"
        print(f"{person.name}  {role}  ({person.cases} case{'s' if person.cases != 1 else ''})")
    return 0


def _assign(args: argparse.Namespace) -> int:
    from ehcp_appeal.services import team

    db = _team_database()
    the_case = case_id(db, args.case)
    team.assign_case(db, the_case, args.to, only=args.only)
    print(f"Case {the_case[:8]} is now assigned to {team.check_name(args.to)}.")
    return 0
