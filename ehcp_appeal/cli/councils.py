"""``councils``: the advocate's report across cases, per council, naming no child."""

import argparse
import datetime as dt
from pathlib import Path

from ehcp_appeal.cli.common import add_json_flag, database, parse_date, print_json
from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.export.council_report import write_csv, write_pdf
from ehcp_appeal.services.councils import OUTCOME_LABELS, CouncilReport, council_report


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "councils",
        help="report each council's lateness, plan problems and appeal outcomes",
        description=(
            "Summarise, for each council across all your cases (archived ones too), how late "
            "it was on each statutory duty (median and worst weeks past the legal limit), how "
            "many plans had needs missing from Section B or vague provision in Section F, and "
            "how the appeals ended. The report names councils only: no child, case name or "
            "tribunal reference. Save it as a spreadsheet (--csv) or a one-page PDF with a "
            "chart (--pdf); without either, a short summary is printed."
        ),
    )
    parser.add_argument("--csv", metavar="OUT.csv", help="save one row per council and duty")
    parser.add_argument("--pdf", metavar="OUT.pdf", help="save a one-page A4 report with a chart")
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="count overdue duties up to this date (default: today)",
    )
    add_json_flag(parser)
    parser.set_defaults(handler=_councils)


def _output(value: str | None, suffix: str) -> Path | None:
    if value is None:
        return None
    path = Path(value).expanduser()
    if path.suffix.lower() != suffix:
        raise InvalidInputError(f"'{value}' should end in {suffix}.")
    if path.is_dir():
        raise InvalidInputError(f"'{value}' is a folder; give a file name ending in {suffix}.")
    if not path.parent.is_dir():
        raise InvalidInputError(
            f"The folder {path.parent} does not exist; choose an existing folder."
        )
    return path


def _councils(args: argparse.Namespace) -> int:
    today = parse_date(args.today, "date for --today") if args.today else dt.date.today()
    csv_path, pdf_path = _output(args.csv, ".csv"), _output(args.pdf, ".pdf")
    report = council_report(database(), today)
    if csv_path:
        write_csv(report, csv_path)
    if pdf_path:
        write_pdf(report, pdf_path)
    if args.json:
        print_json(report.to_json())
        return 0
    _print_summary(report)
    for path in (csv_path, pdf_path):
        if path:
            print(f"Saved {path}.")
    return 0


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'s' * (number != 1)}"


def _print_summary(report: CouncilReport) -> None:
    if not report.councils:
        print("No cases yet, so there is nothing to report.")
        return
    for council in report.councils:
        plans = (
            f"{_count(council.plans_checked, 'plan')} checked, "
            f"{council.plans_needs_missing_from_b} with needs missing from B, "
            f"{council.plans_vague_provision} with vague provision in F"
        )
        print(f"{council.council}: {_count(council.cases, 'case')}; {plans}.")
        outcomes = [f"{OUTCOME_LABELS[key].lower()} {n}" for key, n in council.outcomes if n]
        print(f"  Appeals: {', '.join(outcomes)}.")
        for duty in council.duties:
            if duty.measured:
                print(
                    f"  {duty.title} ({duty.legal_limit}): median {duty.median_weeks:.1f}, "
                    f"worst {duty.worst_weeks:.1f} weeks late, over {duty.measured}."
                )
