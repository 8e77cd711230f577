"""Evidence commands: import, documents, search, document edit/delete/restore, chronology."""

import argparse
import sys
from pathlib import Path

from ehcp_appeal.cli.common import add_json_flag, case_id, database, parse_date, print_json
from ehcp_appeal.db.database import Database
from ehcp_appeal.domain import DIRECTIONS, DOCUMENT_KINDS
from ehcp_appeal.errors import AppError, InvalidInputError
from ehcp_appeal.ingest import SUPPORTED_DESCRIPTION
from ehcp_appeal.services import evidence, search
from ehcp_appeal.services.search import HIT_END, HIT_START
from ehcp_appeal.wording import count as wc

IMPORT_HELP = (
    f"Import evidence into a case: {SUPPORTED_DESCRIPTION}, or folders of them. Each "
    "original is kept byte for byte, its text is read page by page for search, and its "
    "kind, date, title and author are guessed unless given. A file already in the case is "
    "kept once and reported. A file that cannot be read is reported and skipped; the rest "
    "of the batch is still imported. Exit status: 0 when at least one file was imported or "
    'was already there (failures are listed, under "failures" with --json); 2 when '
    "nothing was imported and something failed."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser("import", help="import evidence files", description=IMPORT_HELP)
    imp.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    imp.add_argument("files", nargs="+", metavar="FILE", type=Path, help="files or folders")
    imp.add_argument("--kind", choices=list(DOCUMENT_KINDS), help="the kind of every file")
    imp.add_argument("--date", help="the date of every file, YYYY-MM-DD")
    add_json_flag(imp)
    imp.set_defaults(handler=_import)

    docs = subparsers.add_parser(
        "documents",
        help="list a case's documents",
        description="List a case's documents in date order, undated ones last.",
    )
    docs.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    docs.add_argument("--deleted", action="store_true", help="include documents in the trash")
    add_json_flag(docs)
    docs.set_defaults(handler=_documents)

    find = subparsers.add_parser(
        "search",
        help="search the text of the documents",
        description=(
            'Search the documents\' text. All words must appear; "quoted phrases" must '
            "appear together; a word ending in * matches any word starting so (assess*). "
            "Best hits first; documents in the trash are left out."
        ),
    )
    scope = find.add_mutually_exclusive_group(required=True)
    scope.add_argument("--case", metavar="ID", help="search one case")
    scope.add_argument("--all-cases", action="store_true", help="search every case, archived too")
    find.add_argument("query", metavar="QUERY", help="what to look for")
    find.add_argument("--limit", type=int, default=50, help="at most this many hits (50)")
    add_json_flag(find)
    find.set_defaults(handler=_search)

    document = subparsers.add_parser(
        "document",
        help="change, delete or restore one document",
        description="Change a document's details, move it to the trash or bring it back.",
    )
    actions = document.add_subparsers(dest="document_command", metavar="ACTION")
    actions.required = True
    edit = actions.add_parser(
        "edit", help="correct a document's details", description="Correct a document's details."
    )
    edit.add_argument("--id", required=True, metavar="DOC", help="the document id or its start")
    edit.add_argument("--title", help="a new title")
    edit.add_argument("--kind", choices=list(DOCUMENT_KINDS), help="the kind of document")
    edit.add_argument("--date", help="the document's date, YYYY-MM-DD ('none' to clear)")
    edit.add_argument("--author", help="who wrote it")
    edit.add_argument("--role", help="the author's role, e.g. 'Educational Psychologist'")
    edit.add_argument("--direction", choices=[*DIRECTIONS, "none"], help="for letters")
    edit.add_argument("--sender", help="for letters and e-mails: who sent it")
    edit.add_argument("--recipient", help="for letters and e-mails: who it went to")
    edit.add_argument("--subject", help="for letters and e-mails: what it is about")
    add_json_flag(edit)
    edit.set_defaults(handler=_edit)
    for action, text in (
        ("delete", "Move a document (and its e-mail attachments) to the trash; undo with restore."),
        ("restore", "Bring a document back from the trash."),
    ):
        cmd = actions.add_parser(action, help=text.split(";")[0].lower(), description=text)
        cmd.add_argument(
            "--id", required=True, metavar="DOC", help="the document id (or its start)"
        )
        cmd.set_defaults(handler=_trash, restore=action == "restore")

    reread = actions.add_parser(
        "reread",
        help="read a document's text again",
        description=(
            "Read a stored document's text again, for example after installing Tesseract "
            "so that photos and scans become searchable. Corrected details are kept."
        ),
    )
    reread.add_argument("--id", required=True, metavar="DOC", help="the document id or its start")
    add_json_flag(reread)
    reread.set_defaults(handler=_reread)

    chrono = subparsers.add_parser(
        "chronology",
        help="write the case chronology as a Word file",
        description="Write a Word table of the case's documents in date order.",
    )
    chrono.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    chrono.add_argument("--out", required=True, type=Path, metavar="CHRONO.docx")
    chrono.set_defaults(handler=_chronology)


def _import(args: argparse.Namespace) -> int:
    db = database()
    the_case = case_id(db, args.case)
    date = parse_date(args.date) if args.date else None
    report = evidence.import_files(db, the_case, list(args.files), kind=args.kind, date=date)
    if args.json:
        print_json(report.to_json())
    else:
        for doc in report.imported:
            when = doc.date.isoformat() if doc.date else "undated"
            print(
                f"Imported {doc.original_name} as '{doc.title}' ({doc.kind}, {when}, "
                f"{wc(doc.pages, 'page')}) id {doc.id}"
            )
            if doc.status_detail:
                print(f"  Note: {doc.status_detail}")
        for dup in report.duplicates:
            print(f"Skipped {dup.file}: {dup.message}")
    if len(report.failures) == 1 and not report.imported and not report.duplicates:
        raise AppError(report.failures[0].message)
    for failure in report.failures:
        print(f"Not imported: {failure.describe()}", file=sys.stderr)
    return 2 if report.failures and not (report.imported or report.duplicates) else 0


def _documents(args: argparse.Namespace) -> int:
    db = database()
    docs = evidence.list_documents(db, case_id(db, args.case), include_deleted=args.deleted)
    if args.json:
        print_json([doc.to_json() for doc in docs])
        return 0
    if not docs:
        print("No documents yet. Add some with: python -m ehcp_appeal import --case ID FILE...")
    for doc in docs:
        when = doc.date.isoformat() if doc.date else "undated   "
        gone = " (deleted)" if doc.deleted_at else ""
        print(f"{doc.id[:8]}  {when}  {doc.kind:<22} {doc.title}{gone}")
    return 0


def _search(args: argparse.Namespace) -> int:
    db = database()
    scope = None if args.all_cases else case_id(db, args.case)
    if args.limit < 1:
        raise InvalidInputError(f"--limit must be 1 or more (not {args.limit}).")
    hits = search.search(db, args.query, scope, limit=args.limit)
    if args.json:
        print_json([hit.to_json() for hit in hits])
        return 0
    if not hits:
        print("No matches.")
    for hit in hits:
        snippet = hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]")
        print(f"{hit.title}, page {hit.page} ({hit.document[:8]}): {snippet}")
    return 0


def _document_id(db: Database, ref: str) -> str:
    return evidence.resolve_document_id(db, ref)


def _edit(args: argparse.Namespace) -> int:
    db = database()
    doc_id = _document_id(db, args.id)
    fields: dict[str, object] = {}
    for option, name in (("title", "title"), ("kind", "kind"), ("author", "author"),
                         ("role", "author_role"), ("sender", "sender"),
                         ("recipient", "recipient"), ("subject", "subject")):  # fmt: skip
        if getattr(args, option) is not None:
            fields[name] = getattr(args, option)
    if args.direction is not None:
        fields["direction"] = "" if args.direction == "none" else args.direction
    if args.date is not None:
        fields["date"] = None if args.date.lower() == "none" else parse_date(args.date)
    saved = evidence.update_metadata(db, doc_id, **fields)
    if args.json:
        print_json(saved.to_json())
    else:
        print(f"Saved '{saved.title}'.")
    return 0


def _trash(args: argparse.Namespace) -> int:
    db = database()
    doc_id = _document_id(db, args.id)
    if args.restore:
        evidence.restore_from_trash(db, doc_id)
        print("Restored the document.")
    else:
        moved = evidence.move_to_trash(db, doc_id)
        extra = f" with its {wc(len(moved) - 1, 'attachment')}" if len(moved) > 1 else ""
        print(f"Moved the document{extra} to the trash; 'document restore' brings it back.")
    return 0


def _reread(args: argparse.Namespace) -> int:
    db = database()
    doc = evidence.reread_document(db, _document_id(db, args.id))
    if args.json:
        print_json(doc.to_json())
    else:
        print(f"Read '{doc.title}' again: {wc(doc.pages, 'page')}, text {doc.text_status}.")
        if doc.status_detail:
            print(f"Note: {doc.status_detail}")
    return 0


def _chronology(args: argparse.Namespace) -> int:
    from ehcp_appeal.export.chronology import write_chronology

    db = database()
    count = write_chronology(db, case_id(db, args.case), args.out)
    print(f"Wrote a chronology of {wc(count, 'document')} to {args.out}.")
    return 0
