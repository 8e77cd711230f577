"""``analyse``: check an EHC plan against professional reports, from files or a saved case."""

import argparse
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ehcp_appeal.cli.common import case_id, database, print_json
from ehcp_appeal.errors import InvalidInputError, UnreadableFileError
from ehcp_appeal.progress import Progress


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

    for path in [args.plan, *args.report]:
        if not path.is_file():
            raise UnreadableFileError(f"{path}: the file does not exist.")
    result = analyse_files(args.plan, list(args.report), Progress.silent())
    _write_json(Path(args.json), result)
    return 0


def _write_json(target: Path, data: dict[str, Any]) -> None:
    """Write atomically so that a failure never leaves half a file."""
    target = target.resolve()
    fd, temp = tempfile.mkstemp(prefix=".analysis-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _case(args: argparse.Namespace) -> int:
    from ehcp_appeal.services import analysis

    db = database()
    the_id = case_id(db, args.case)
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
        f"Checked {result['plan']['document']} against {len(reports)} reports: "
        f"{len(result['needs'])} needs and recommendations, {len(result['findings'])} findings, "
        f"{len(result.get('possible', []))} worth a look."
    )
    for kind, count in sorted(counts.items()):
        print(f"  {kind.replace('_', ' ')}: {count}")
    return 0
