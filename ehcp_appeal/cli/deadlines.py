"""``deadlines``, ``dates``, ``duties`` and ``letter``: statutory deadlines, a case's key dates,
the council's duties, and a letter chasing an overdue one."""

import argparse
import datetime as dt
from pathlib import Path

from ehcp_appeal.cli.common import add_json_flag, case_id, database, parse_date, print_json
from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.rules.calculator import Deadline, compute_deadlines
from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.rules.deadline_rules import PHASES, load_rules
from ehcp_appeal.rules.status import DeadlineStatus
from ehcp_appeal.services import cases
from ehcp_appeal.services import deadlines as service

_EVENT_HELP = (
    "request_received, draft_plan_served, decision_letter, mediation_certificate, "
    "review_meeting, amendment_proposals, transfer_year_start; also reassessment_notice, "
    "decision_to_assess, final_plan_issued, appeal_registered, evidence_deadline, hearing"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    calc = subparsers.add_parser(
        "deadlines",
        help="work out statutory deadlines from dates, or for a case",
        description=(
            "Work out the statutory deadlines (the council's duties and your own deadlines, "
            "such as the appeal deadline) from the dates of events, showing the working. "
            "Give the events with --event, or a case with --case to use its recorded dates "
            "(set them with the 'dates' command). Not legal advice: check important dates."
        ),
    )
    source = calc.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--event",
        action="append",
        metavar="NAME=YYYY-MM-DD",
        help=f"an event and its date; repeat for several. NAME is one of {_EVENT_HELP}",
    )
    source.add_argument("--case", metavar="ID", help="use the key dates recorded for this case")
    calc.add_argument(
        "--phase",
        choices=PHASES,
        help="for transfer_year_start: 'post16' for a move from secondary school to post-16",
    )
    calc.add_argument("--ics", metavar="OUT.ics", help="with --case: save a calendar file")
    _today_option(calc)
    add_json_flag(calc)
    calc.set_defaults(handler=_deadlines)

    dates = subparsers.add_parser(
        "dates",
        help="record or clear a case's key dates and the exceptions the council claims",
        description=(
            "Record, correct or clear the dates of events in a case (the deadlines follow "
            "from them), and the exceptions the council claims for missing a time limit. "
            "With no changes, lists the recorded dates."
        ),
    )
    dates.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    dates.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="EVENT=YYYY-MM-DD",
        help=f"record an event's date; repeat for several. EVENT is one of {_EVENT_HELP}",
    )
    dates.add_argument("--clear", action="append", default=[], metavar="EVENT", help="forget one")
    dates.add_argument("--note", default="", help="a note kept with the dates set")
    dates.add_argument(
        "--phase", choices=PHASES, help="with --set transfer_year_start: 'post16' for post-16"
    )
    dates.add_argument(
        "--exception",
        action="append",
        default=[],
        metavar="DUTY=CODE",
        help="record an exception the council claims, for example final_plan=c (codes a to d)",
    )
    dates.add_argument(
        "--clear-exception", action="append", default=[], metavar="DUTY", help="forget one"
    )
    add_json_flag(dates)
    dates.set_defaults(handler=_dates)

    duties = subparsers.add_parser(
        "duties",
        help="show whether the council met its time limits in a case",
        description=(
            "Show each of the council's duties in a case as met, done late, due or overdue "
            "on today's date (or --today), with the regulation and any exception claimed."
        ),
    )
    duties.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    _today_option(duties)
    add_json_flag(duties)
    duties.set_defaults(handler=_duties)

    letter = subparsers.add_parser(
        "letter",
        help="draft a polite Word letter chasing an overdue council duty",
        description=(
            "Write a short Word letter to the council about one of its overdue duties "
            "(see 'duties'), asking for the date by which it will be done. Edit it before "
            "sending: your name and address are left as placeholders."
        ),
    )
    letter.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    letter.add_argument("--duty", required=True, metavar="DUTY_ID", help="for example final_plan")
    letter.add_argument("--out", required=True, metavar="LETTER.docx", help="where to save it")
    _today_option(letter)
    letter.set_defaults(handler=_letter)


def _today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="work out the statuses as on this date"
    )


def _today(args: argparse.Namespace) -> dt.date:
    return parse_date(args.today, "date for --today") if args.today else dt.date.today()


def parse_event(text: str) -> tuple[str, dt.date]:
    """NAME=YYYY-MM-DD into its parts, with a plain message when it is malformed."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise InvalidInputError(
            f"'{text}' should be written as NAME=YYYY-MM-DD, for example "
            "decision_letter=2026-10-01."
        )
    return name.strip(), parse_date(value, f"date for {name.strip()}")


def _events(texts: list[str]) -> dict[str, dt.date]:
    events: dict[str, dt.date] = {}
    for text in texts:
        name, date = parse_event(text)
        if name in events:
            raise InvalidInputError(f"The event '{name}' is given twice; give it once.")
        events[name] = date
    return events


def _deadlines(args: argparse.Namespace) -> int:
    if args.event is not None:
        if args.ics:
            raise InvalidInputError("--ics needs --case: a calendar is saved for a case.")
        found = compute_deadlines(_events(args.event), args.phase)
        if args.json:
            print_json([d.to_json() for d in found])
        else:
            _print_deadlines(found)
        return 0
    db = database()
    the_id = case_id(db, args.case)
    today = _today(args)
    statuses = service.deadline_statuses(db, the_id, today)
    if args.ics:
        name = cases.get_case(db, the_id).name
        from ehcp_appeal.export.ics import build_calendar, write_calendar  # only for --ics

        out = write_calendar(
            Path(args.ics), build_calendar(the_id, name, statuses, dt.datetime.now(dt.UTC))
        )
        if not args.json:
            print(f"Saved {len(statuses)} deadlines to {out}.")
    if args.json:
        print_json([s.deadline.to_json() for s in statuses])
    elif not statuses:
        print("No deadlines yet: record the case's dates with 'dates --case ID --set EVENT=DATE'.")
    else:
        _print_statuses(statuses, today)
    return 0


def _print_deadlines(found: list[Deadline]) -> None:
    if not found:
        print("No deadlines follow from those events.")
    for deadline in found:
        print(f"{format_date(deadline.date, weekday=True)}: {deadline.title} [{deadline.party}]")
        print(f"    {deadline.rule}")
        print(f"    Source: {deadline.source}")


def _print_statuses(statuses: list[DeadlineStatus], today: dt.date) -> None:
    print(f"As on {format_date(today)}:")
    for status in statuses:
        when = status.days_left
        timing = ""
        if status.status == "due":
            timing = " (today)" if when == 0 else f" (in {when} day{'s' if when != 1 else ''})"
        elif status.done_on is not None:
            timing = f" (on {format_date(status.done_on)})"
        print(
            f"{format_date(status.date, weekday=True)}: {status.title} "
            f"[{status.party}] - {status.label.upper()}{timing}"
        )
        print(f"    {status.deadline.rule}")
        print(f"    Source: {status.deadline.source}")
        if status.exception is not None:
            print(f"    {status.exception.describe()}")


def _dates(args: argparse.Namespace) -> int:
    db = database()
    the_id = case_id(db, args.case)
    changes = _events(args.set)
    exceptions = [parse_pair(text, "DUTY=CODE", "final_plan=c") for text in args.exception]
    for event, date in changes.items():
        if event == "transfer_year_start" and args.phase == "post16":
            event = "post16_transfer_year_start"
        service.record_key_date(db, the_id, event, date, args.note)
    for event in args.clear:
        if not service.remove_key_date(db, the_id, event):
            print(f"No date was recorded for {event}.")
    for duty, code in exceptions:
        service.record_exception(db, the_id, duty, code, args.note)
    for duty in args.clear_exception:
        if not service.remove_exception(db, the_id, duty):
            print(f"No exception was recorded for {duty}.")
    key_dates = service.list_key_dates(db, the_id)
    if args.json:
        print_json(
            [
                {"event": k.event, "date": k.date.isoformat(), "label": k.label, "note": k.note}
                for k in key_dates
            ]
        )
        return 0
    if not key_dates:
        print("No dates recorded for this case yet.")
    for key_date in key_dates:
        note = f" ({key_date.note})" if key_date.note else ""
        print(f"{key_date.date.isoformat()}  {key_date.event}: {key_date.label}{note}")
    return 0


def parse_pair(text: str, form: str, example: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise InvalidInputError(f"'{text}' should be written as {form}, for example {example}.")
    return name.strip(), value.strip()


def _duties(args: argparse.Namespace) -> int:
    db = database()
    the_id = case_id(db, args.case)
    today = _today(args)
    duties = service.council_duties(db, the_id, today)
    if args.json:
        print_json([d.to_json() for d in duties])
    elif not duties:
        print("No council duties follow from the dates recorded for this case yet.")
    else:
        _print_statuses(duties, today)
    return 0


def _letter(args: argparse.Namespace) -> int:
    db = database()
    the_id = case_id(db, args.case)
    today = _today(args)
    if args.duty not in load_rules().rule_ids:
        raise InvalidInputError(f"Unknown duty '{args.duty}'; see 'duties --case {args.case}'.")
    duty = service.overdue_duty(db, the_id, args.duty, today)
    details = cases.get_case(db, the_id)
    from ehcp_appeal.export.letters import write_letter  # Word loads only for a letter

    out = write_letter(
        Path(args.out), duty, details.child_name or details.name, details.local_authority, today
    )
    print(f"Saved the letter to {out}. Add your name and address before sending it.")
    return 0
