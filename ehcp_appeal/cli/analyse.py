"""``analyse``: check an EHC plan against professional reports, from files or a saved case."""

import argparse
import json
from pathlib import Path
from typing import Any

from ehcp_appeal.cli.common import case_id, database, print_json
from ehcp_appeal.errors import InvalidInputError, UnreadableFileError
from ehcp_appeal.export.ics import write_atomically
from ehcp_appeal.progress import Progress
from ehcp_appeal.services.plan_sections import (
    case_plan_document,
    parse_sections,
    set_section_choices,
)
from ehcp_appeal.wording import count as wc


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyse",
        help="check an EHC plan against the professional reports",
        description=(
            "Check an EHC plan against the professional reports: needs missing from "
            "Section B, recommended provision missing from Section F, vague or reduced "
            "provision, therapy in the wrong section and missing sections. Give either "
            "--plan with --report files and --json OUT.json, or --case ID."
        ),
    )
    parser.add_argument("--plan", type=Path, help="the EHC plan (.pdf, .docx or .txt)")
    parser.add_argument(
        "--report",
        type=Path,
        action="append",
        default=[],
        help="a professional report; repeat for each",
    )
    parser.add_argument(
        "--case", metavar="ID", help="analyse a saved case's latest plan and reports"
    )
    parser.add_argument(
        "--json",
        nargs="?",
        const="-",
        default=None,
        metavar="OUT.json",
        help="with --plan: the file to write; with --case: print the result as JSON",
    )
    parser.add_argument(
        "--sections",
        metavar="HEADING=ID,...",
        help=(
            "say which section a plan heading is, by its number, letter or wording: "
            '"2=B,5=E,6=F" ("-" for a heading that is no section); with --case the '
            "choice is kept with the plan"
        ),
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    if args.case:
        if args.plan or args.report:
            raise InvalidInputError("Give either --case or --plan with --report, not both.")
        return _case(args)
    if not args.plan:
        raise InvalidInputError("Give the plan with --plan (or a saved case with --case).")
    if not args.json or args.json == "-":
        raise InvalidInputError("Give the output file with --json OUT.json.")
    from ehcp_appeal.analysis.result import analyse_files

    out = Path(args.json)
    if not out.resolve().parent.is_dir():
        raise InvalidInputError(
            f"The folder {out.resolve().parent} does not exist; choose an existing folder "
            f"to save {out.name}."
        )
    for path in [args.plan, *args.report]:
        if not path.is_file():
            raise UnreadableFileError(f"{path}: the file does not exist.")
    choices = parse_sections(args.sections) if args.sections else None
    result = analyse_files(args.plan, list(args.report), Progress.silent(), choices)
    if result["reading"]["status"] == "section_not_found":
        raise InvalidInputError(_not_found_line(result["reading"]))
    _write_json(out, result)
    return 0


def _not_found_line(reading: dict[str, Any]) -> str:
    """The reader's message and how to say which heading the section is."""
    section = reading["not_found"][0]
    heading = next(iter(reading["candidates"].get(section, [])), {"text": "2"})["text"]
    example = f'--sections "{heading.replace(chr(34), "")}={section}"'
    return f"{reading['message']} Say which heading it is with {example}."


def _write_json(target: Path, data: dict[str, Any]) -> None:
    """Write atomically so that a failure never leaves half a file."""
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomically(target, text.encode("utf-8"))


def _case(args: argparse.Namespace) -> int:
    from ehcp_appeal.domain import finding_label
    from ehcp_appeal.services import analysis

    db = database()
    the_id = case_id(db, args.case)
    if args.sections:
        choices = parse_sections(args.sections)
        set_section_choices(db, case_plan_document(db, the_id), choices)
    result = analysis.run_case_analysis(db, the_id, Progress.silent())
    assert result is not None
    if args.json:
        print_json(result)
        return 0
    counts: dict[str, int] = {}
    for finding in result["findings"]:
        counts[finding["kind"]] = counts.get(finding["kind"], 0) + 1
    reports = {n["document"] for n in result["needs"] if n.get("document")}
    print(
        f"Checked {result['plan']['document']} against {wc(len(reports), 'report')}: "
        f"{len(result['needs'])} needs and recommendations, "
        f"{wc(len(result['findings']), 'finding')}, "
        f"{len(result.get('possible', []))} worth a look."
    )
    for kind, count in sorted(counts.items()):
        print(f"  {finding_label(kind)}: {count}")
    reading = result.get("reading", {})
    if reading.get("status", "read") != "read":
        print(reading["message"])
    return 0
