"""``case`` commands: create, list, show, edit and archive cases."""

import argparse
import os
from dataclasses import replace
from pathlib import Path

from ehcp_appeal.cli.common import (
    add_json_flag,
    ask_passphrase,
    case_id,
    database,
    parse_date,
    print_json,
)
from ehcp_appeal.cli.team import register_assign
from ehcp_appeal.domain import APPEAL_OUTCOMES, APPEAL_TYPES
from ehcp_appeal.services import case_archive, cases
from ehcp_appeal.wording import count as wc

ARCHIVE_PASSPHRASE_ENV = "EHCP_APPEAL_ARCHIVE_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    case = subparsers.add_parser(
        "case", help="create, list and change cases", description="Create, list and change cases."
    )
    commands = case.add_subparsers(dest="case_command", metavar="ACTION")
    commands.required = True

    new = commands.add_parser("new", help="start a new case", description="Start a new case.")
    new.add_argument("name", help="the case's name, usually the child's name")
    _detail_options(new)
    add_json_flag(new)
    new.set_defaults(handler=_new)

    listing = commands.add_parser(
        "list", help="list the cases", description="List the cases, most recently changed first."
    )
    listing.add_argument("--archived", action="store_true", help="include archived cases")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    show = commands.add_parser("show", help="show one case", description="Show one case's details.")
    show.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    add_json_flag(show)
    show.set_defaults(handler=_show)

    edit = commands.add_parser(
        "edit", help="change a case's details", description="Change a case's details."
    )
    edit.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    edit.add_argument("--name", help="the case's new name")
    _detail_options(edit)
    add_json_flag(edit)
    edit.set_defaults(handler=_edit)

    for action, archived in (("archive", True), ("unarchive", False)):
        cmd = commands.add_parser(
            action,
            help=f"{'hide' if archived else 'bring back'} a case in the default list",
            description=(
                "Archive a case: it leaves the default list but stays searchable."
                if archived
                else "Bring an archived case back into the default list."
            ),
        )
        cmd.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
        cmd.set_defaults(handler=_archive, archived=archived)
    _register_archive(commands)
    register_assign(commands)


def _register_archive(commands: argparse._SubParsersAction) -> None:
    sealed = (
        f"sealed with a passphrase taken from {ARCHIVE_PASSPHRASE_ENV}, else "
        "EHCP_APPEAL_PASSPHRASE, else asked for without showing it"
    )
    export = commands.add_parser(
        "export",
        help="save a whole case into one encrypted file",
        description=(
            "Save everything of a case (documents, page text, people, dates, the plan check "
            f"with your decisions, amendments) into one file, {sealed}. Give the file to an "
            "advocate or solicitor and tell them the passphrase separately."
        ),
    )
    export.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    export.add_argument("--out", required=True, metavar="CASE.ehcpcase", help="the file to write")
    export.set_defaults(handler=_export)
    restore = commands.add_parser(
        "import",
        help="bring in a case from an encrypted case file",
        description=(
            "Bring in a case saved with 'case export': the same documents, byte for byte. "
            "A damaged or altered file is refused and nothing changes."
        ),
    )
    restore.add_argument("file", metavar="CASE.ehcpcase", help="the case file")
    restore.set_defaults(handler=_import)


def _archive_passphrase(confirm: bool) -> str:
    env = ARCHIVE_PASSPHRASE_ENV if os.environ.get(ARCHIVE_PASSPHRASE_ENV) else None
    return ask_passphrase(
        "Passphrase for the case file: ", env or "EHCP_APPEAL_PASSPHRASE", confirm
    )


def _export(args: argparse.Namespace) -> int:
    db = database()
    the_id = case_id(db, args.case)
    summary = case_archive.export_case(db, the_id, Path(args.out), _archive_passphrase(True))
    print(
        f"Saved case '{summary.name}' ({summary.documents} documents) to {args.out}. "
        "Send the passphrase separately from the file."
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    db = database()
    summary = case_archive.import_case(db, Path(args.file), _archive_passphrase(False))
    print(
        f"Imported case '{summary.name}' ({summary.documents} documents) with id {summary.case_id}."
    )
    return 0


def _detail_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--child", help="the child's or young person's full name")
    parser.add_argument("--dob", help="date of birth, YYYY-MM-DD")
    parser.add_argument("--year-group", help="school year, for example 'Year 5'")
    parser.add_argument("--school", help="current school or setting")
    parser.add_argument("--la", help="the local authority (council)")
    parser.add_argument("--appeal-type", choices=sorted(APPEAL_TYPES), help="what is appealed")
    parser.add_argument("--reference", help="tribunal reference, for example EH123/26/00001")
    parser.add_argument("--hearing", help="hearing date, YYYY-MM-DD")
    parser.add_argument(
        "--outcome",
        metavar="OUTCOME",
        help=f"how the appeal ended: {', '.join(APPEAL_OUTCOMES)}; 'none' while undecided",
    )
    parser.add_argument("--notes", help="free notes")


def _apply_options(details: cases.CaseDetails, args: argparse.Namespace) -> cases.CaseDetails:
    changes: dict[str, object] = {}
    for option, field_name in (
        ("child", "child_name"),
        ("year_group", "year_group"),
        ("school", "school"),
        ("la", "local_authority"),
        ("appeal_type", "appeal_type"),
        ("reference", "tribunal_reference"),
        ("notes", "notes"),
        ("name", "name"),
    ):
        value = getattr(args, option, None)
        if value is not None:
            changes[field_name] = value
    if args.dob is not None:
        changes["child_dob"] = parse_date(args.dob, "date of birth")
    if args.hearing is not None:
        changes["hearing_date"] = parse_date(args.hearing, "hearing date")
    if args.outcome is not None:
        outcome = args.outcome.strip().lower()
        changes["outcome"] = "" if outcome in {"", "none"} else outcome
    return replace(details, **changes)  # type: ignore[arg-type]


def _new(args: argparse.Namespace) -> int:
    db = database()
    details = _apply_options(cases.CaseDetails(name=args.name), args)
    created = cases.create_case(db, details)
    if args.json:
        print_json({"id": created.id, "name": created.name})
    else:
        print(f"Created case '{created.name}' with id {created.id}.")
    return 0


def _list(args: argparse.Namespace) -> int:
    db = database()
    rows = cases.list_cases(db, include_archived=args.archived)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    if not rows:
        hidden = 0 if args.archived else len(cases.list_cases(db, include_archived=True))
        if hidden:
            print(f"No open cases ({hidden} archived; see them with 'case list --archived').")
        else:
            print("No cases yet. Start one with: python -m ehcp_appeal case new NAME")
    for row in rows:
        archived = " (archived)" if row.archived else ""
        print(f"{row.id[:8]}  {row.name}{archived}  ({wc(row.documents, 'document')})")
    return 0


def _details_json(details: cases.CaseDetails) -> dict[str, object]:
    return {
        "id": details.id,
        "name": details.name,
        "child_name": details.child_name,
        "child_dob": details.child_dob.isoformat() if details.child_dob else None,
        "year_group": details.year_group,
        "school": details.school,
        "local_authority": details.local_authority,
        "appeal_type": details.appeal_type,
        "tribunal_reference": details.tribunal_reference,
        "hearing_date": details.hearing_date.isoformat() if details.hearing_date else None,
        "outcome": details.outcome,
        "notes": details.notes,
        "archived": details.archived,
        "people": [vars(p) for p in details.people],
    }


def _show(args: argparse.Namespace) -> int:
    db = database()
    details = cases.open_case(db, case_id(db, args.case))
    data = _details_json(details)
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            if value not in (None, "", [], False):
                print(f"{key.replace('_', ' ').capitalize()}: {value}")
    return 0


def _edit(args: argparse.Namespace) -> int:
    db = database()
    details = cases.get_case(db, case_id(db, args.case))
    saved = cases.update_case(db, _apply_options(details, args))
    if args.json:
        print_json(_details_json(saved))
    else:
        print(f"Saved case '{saved.name}'.")
    return 0


def _archive(args: argparse.Namespace) -> int:
    db = database()
    the_id = case_id(db, args.case)
    cases.set_archived(db, the_id, args.archived)
    print("Archived the case." if args.archived else "The case is back in the list.")
    return 0
