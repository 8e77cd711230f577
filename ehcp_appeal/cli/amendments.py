"""``working-document``, ``reasons`` and ``amendments``: the changes asked for in B, F and I,
the tribunal working document and the reasons for appeal."""

import argparse
import re
from pathlib import Path

from ehcp_appeal.cli.common import add_json_flag, case_id, database, print_json
from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.services import amendments as service
from ehcp_appeal.services import working_documents
from ehcp_appeal.services.amendment_proposals import Evidence


def register(subparsers: argparse._SubParsersAction) -> None:
    wd = subparsers.add_parser(
        "working-document",
        help="write the tribunal working document (Word) for a case",
        description=(
            "Write the tribunal working document: the plan's Sections B, F and I in the "
            "council's wording, with the proposed changes in the tribunal's type styles (bold "
            "for the parent's, italic for the council's, underlined where agreed) and the "
            "evidence for each as a footnote. Each run keeps a new version (WD1, WD2, ...) and "
            "counts the pages against the tribunal's 25-page limit."
        ),
    )
    wd.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    wd.add_argument("--out", required=True, type=Path, metavar="WD.docx", help="the file to write")
    wd.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="first accept every open finding's suggested change, as clicking accept on each",
    )
    add_json_flag(wd)
    wd.set_defaults(handler=_working_document)

    reasons = subparsers.add_parser(
        "reasons",
        help="write the reasons for appeal (Word) to go with form SEND35",
        description=(
            "Write the reasons for appeal for form SEND35: for each section appealed (B, F, "
            "I), what is wrong, what is sought and the evidence, from the accepted findings "
            "and the proposed changes. Edit the Word file before sending it."
        ),
    )
    reasons.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    reasons.add_argument("--out", required=True, type=Path, metavar="REASONS.docx")
    reasons.set_defaults(handler=_reasons)

    group = subparsers.add_parser(
        "amendments",
        help="list, add, change or delete the changes asked for in sections B, F and I",
        description="The changes to sections B, F and I of the plan, each with its evidence.",
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser(
        "list",
        description=(
            "List the case's amendments to sections B, F and I: number, section, whose change, "
            "what kind and the wording."
        ),
        help="list a case's amendments",
    )
    listing.add_argument("--case", required=True, metavar="ID")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    add = actions.add_parser(
        "add",
        description=(
            "Add a change to section B, F or I: an addition (after the passage given with "
            "--original, or at the end), a deletion or a replacement of the plan's wording, with "
            "its evidence."
        ),
        help="add a change",
    )
    add.add_argument("--case", required=True, metavar="ID")
    _change_options(add, required=True)
    add_json_flag(add)
    add.set_defaults(handler=_add)

    edit = actions.add_parser(
        "edit",
        description="Change an amendment: any of its section, party, kind, wording or evidence.",
        help="change an amendment",
    )
    edit.add_argument("number", type=int, help="the amendment's number (see list)")
    _change_options(edit, required=False)
    add_json_flag(edit)
    edit.set_defaults(handler=_edit)

    delete = actions.add_parser(
        "delete",
        description="Delete an amendment by its number (see 'amendments list').",
        help="delete an amendment",
    )
    delete.add_argument("number", type=int, help="the amendment's number (see list)")
    delete.set_defaults(handler=_delete)

    suggest = actions.add_parser(
        "suggest",
        description=(
            "Accept every open plan-check finding that has a suggested change and add the change "
            "as the parent's proposed amendment, as clicking accept on each would. Edit each one "
            "afterwards."
        ),
        help="accept every open finding's suggested change as the parent's amendment",
    )
    suggest.add_argument("--case", required=True, metavar="ID")
    suggest.set_defaults(handler=_suggest)

    council = actions.add_parser(
        "import-council",
        description=(
            "Import the council's own Word working document: its wording becomes the base, its "
            "italic changes are kept as the council's, and changes both sides propose are shown "
            "as agreed."
        ),
        help="import the council's Word working document (italic changes)",
    )
    council.add_argument("--case", required=True, metavar="ID")
    council.add_argument("file", type=Path, help="the council's .docx working document")
    council.set_defaults(handler=_import_council)

    versions = actions.add_parser(
        "versions",
        description=(
            "List the working documents written for the case (WD1, WD2, ...) with their page "
            "counts."
        ),
        help="list the working documents written (WD1...)",
    )
    versions.add_argument("--case", required=True, metavar="ID")
    add_json_flag(versions)
    versions.set_defaults(handler=_versions)

    compare = actions.add_parser(
        "compare",
        description=(
            "Show what changed between two working documents of the case, paragraph by paragraph."
        ),
        help="what changed between two working documents",
    )
    compare.add_argument("--case", required=True, metavar="ID")
    compare.add_argument("first", help="the earlier version, e.g. WD1")
    compare.add_argument("second", help="the later version, e.g. WD2")
    add_json_flag(compare)
    compare.set_defaults(handler=_compare)


def _change_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--section", choices=service.SECTIONS, required=required)
    parser.add_argument("--action", dest="change", choices=service.ACTIONS, required=required)
    parser.add_argument("--party", choices=service.PARTIES)
    parser.add_argument(
        "--original", help="the plan's wording changed (for add: the passage after which it goes)"
    )
    parser.add_argument("--text", help="the wording asked for")
    parser.add_argument("--evidence", metavar="DOCUMENT_ID", help="the document that supports it")
    parser.add_argument("--page", type=int, help="the page of the evidence")
    parser.add_argument("--paragraph", help="the paragraph of the evidence, e.g. 5 or 3.2")
    parser.add_argument("--note", help="a short note printed in the footnote")


def _evidence(args: argparse.Namespace, current: Evidence | None = None) -> Evidence:
    base = current or Evidence()
    return Evidence(
        document_id=args.evidence if args.evidence is not None else base.document_id,
        page=args.page if args.page is not None else base.page,
        paragraph=args.paragraph if args.paragraph is not None else base.paragraph,
        note=args.note if args.note is not None else base.note,
    )


def _working_document(args: argparse.Namespace) -> int:
    db = database()
    the_id = case_id(db, args.case)
    written = working_documents.write_working_document(
        db, the_id, args.out, accept_suggestions=args.accept_suggestions
    )
    if args.json:
        print_json(
            {
                "path": str(written.path),
                "version": f"WD{written.version}",
                "pages": written.pages.pages,
                "pages_exact": written.pages.exact,
                "over_limit": written.pages.over_limit,
                "footnotes": written.footnotes,
                "unplaced": list(written.unplaced),
            }
        )
        return 0
    print(
        f"Wrote WD{written.version} to {written.path}: {written.pages.describe()}, "
        f"{written.footnotes} footnotes."
    )
    if written.pages.over_limit:
        print("It is over the tribunal's 25-page limit: shorten it or ask with form SEND7.")
    for line in written.unplaced:
        print(f"  {line}")
    return 0


def _reasons(args: argparse.Namespace) -> int:
    from ehcp_appeal.export.appeal_reasons import write_reasons

    db = database()
    the_id = case_id(db, args.case)
    if args.out.suffix.lower() != ".docx":
        raise InvalidInputError(f"{args.out.name}: the reasons are a Word file; end it in .docx.")
    grounds = write_reasons(db, the_id, args.out)
    points = sum(len(g.points) for g in grounds)
    sections = ", ".join(g.section for g in grounds) or "none yet"
    print(f"Wrote the reasons for appeal to {args.out}: {points} points (sections {sections}).")
    return 0


def _show(amendment: service.AmendmentInfo) -> str:
    text = amendment.proposed_text or amendment.original_text
    return (
        f"{amendment.id:>4}  {amendment.section}  {amendment.party:<7} {amendment.action:<7} "
        f"{text[:90]}"
    )


def _list(args: argparse.Namespace) -> int:
    db = database()
    found = service.list_amendments(db, case_id(db, args.case))
    if args.json:
        print_json([a.to_json() for a in found])
    else:
        for amendment in found:
            print(_show(amendment))
        if not found:
            print("No amendments yet.")
    return 0


def _add(args: argparse.Namespace) -> int:
    db = database()
    made = service.add_amendment(
        db,
        case_id(db, args.case),
        args.section,
        args.change,
        original_text=args.original or "",
        proposed_text=args.text or "",
        party=args.party or "parent",
        evidence=_evidence(args),
    )
    print_json(made.to_json()) if args.json else print(f"Added amendment {made.id}.")
    return 0


def _edit(args: argparse.Namespace) -> int:
    db = database()
    current = service.get_amendment(db, args.number)
    changes: dict[str, object] = {"evidence": _evidence(args, current.evidence)}
    for option, name in (
        ("section", "section"),
        ("change", "action"),
        ("party", "party"),
        ("original", "original_text"),
        ("text", "proposed_text"),
    ):
        if getattr(args, option) is not None:
            changes[name] = getattr(args, option)
    made = service.edit_amendment(db, args.number, None, **changes)
    print_json(made.to_json()) if args.json else print(f"Changed amendment {made.id}.")
    return 0


def _delete(args: argparse.Namespace) -> int:
    gone = service.delete_amendment(database(), args.number)
    print(f"Deleted amendment {gone.id}.")
    return 0


def _suggest(args: argparse.Namespace) -> int:
    db = database()
    added = service.accept_all_suggestions(db, case_id(db, args.case))
    print(f"Added {len(added)} suggested amendments as the parent's proposals; edit each one.")
    return 0


def _import_council(args: argparse.Namespace) -> int:
    from ehcp_appeal.services.council_import import import_council_document

    db = database()
    summary = import_council_document(db, case_id(db, args.case), args.file)
    print(
        f"Imported {args.file.name}: sections {', '.join(summary.sections)}; "
        f"{summary.council} council changes, {summary.parent} of yours, {summary.agreed} agreed."
    )
    return 0


def _versions(args: argparse.Namespace) -> int:
    db = database()
    found = working_documents.list_versions(db, case_id(db, args.case))
    if args.json:
        print_json(
            [
                {"version": v.name, "created_at": v.created_at, "pages": v.pages,
                 "pages_exact": v.pages_exact}
                for v in found
            ]
        )  # fmt: skip
    else:
        for version in found:
            kind = "" if version.pages_exact else " (estimate)"
            print(
                f"{version.name}  {version.created_at:%d/%m/%Y %H:%M}  {version.pages} pages{kind}"
            )
        if not found:
            print("No working document written yet.")
    return 0


def _version_number(text: str) -> int:
    match = re.fullmatch(r"\s*(?:wd)?\s*(\d+)\s*", text, re.I)
    if not match:
        raise InvalidInputError(f"'{text}' is not a working document version; write it as WD1.")
    return int(match.group(1))


def _compare(args: argparse.Namespace) -> int:
    db = database()
    the_id = case_id(db, args.case)
    first, second = _version_number(args.first), _version_number(args.second)
    differences = working_documents.compare_versions(db, the_id, first, second)
    if args.json:
        print_json([d.to_json() for d in differences])
        return 0
    if not differences:
        print(f"WD{first} and WD{second} say the same.")
    for difference in differences:
        print(f"Section {difference.section}, {difference.change}:")
        if difference.before:
            print(f"  was: {difference.before}")
        if difference.after:
            print(f"  now: {difference.after}")
    return 0
