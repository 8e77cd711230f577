"""Bundle commands: make the tribunal bundle PDF, and check the council's bundle."""

import argparse
import json
from pathlib import Path

from ehcp_appeal.cli.common import add_json_flag, case_id, database, print_json
from ehcp_appeal.errors import AppError
from ehcp_appeal.wording import count as wc

BUNDLE_HELP = (
    "Make one PDF of the case's documents for the tribunal, a solicitor or an advocate: a "
    "cover, a linked index, then the documents in sections and date order, every page "
    "stamped with its bundle page number (the same number PDF readers show), with a "
    "bookmark for each section and document. PROFILE 'full' (the default) is every "
    "document of the case; 'evidence' is the family's own evidence for the final evidence "
    "deadline; 'appeal-pack' is what goes with the SEND35 appeal form. A document that "
    "cannot be added stops the bundle and is named, unless --skip-bad is given; it is then "
    "listed on the index as left out."
)
CHECK_HELP = (
    "Find each of the case's documents inside the bundle the council sent (by the text of "
    "its pages, reading scanned pages where Tesseract is installed) and say which are "
    "missing, incomplete or out of date order, with the bundle pages where each was found."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    make = subparsers.add_parser(
        "bundle", help="make the tribunal bundle PDF", description=BUNDLE_HELP
    )
    make.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    make.add_argument(
        "--out", required=True, type=Path, metavar="BUNDLE.pdf", help="the PDF to write"
    )
    make.add_argument(
        "--manifest", type=Path, metavar="MANIFEST.json", help="also write the manifest"
    )
    make.add_argument(
        "--working-document",
        type=Path,
        metavar="WD.docx",
        help="add the working document to the core documents",
    )
    make.add_argument(
        "--reasons",
        type=Path,
        metavar="REASONS.docx",
        help="add the reasons for appeal (appeal pack)",
    )
    make.add_argument(
        "--profile",
        default="full",
        choices=("full", "evidence", "appeal-pack"),
        help="which bundle (default: full)",
    )
    make.add_argument(
        "--skip-bad",
        action="store_true",
        help="leave out documents that cannot be added, and say so in the index",
    )
    make.add_argument(
        "--bag",
        type=Path,
        metavar="FOLDER_OR_ZIP",
        help=(
            "also write a BagIt package (a folder, or a .zip) with checksums of the bundle "
            "and every original, for handing over"
        ),
    )
    add_json_flag(make)
    make.set_defaults(handler=_bundle)

    check = subparsers.add_parser(
        "bundle-check",
        help="check the council's bundle for the family's documents",
        description=CHECK_HELP,
    )
    check.add_argument("--case", required=True, metavar="ID", help="the case id (or its start)")
    check.add_argument("council_bundle", type=Path, metavar="COUNCIL_BUNDLE.pdf")
    add_json_flag(check)
    check.set_defaults(handler=_check)


def _bundle(args: argparse.Namespace) -> int:
    from ehcp_appeal.services import bundle

    if args.out.suffix.lower() != ".pdf":
        raise AppError(f"{args.out.name}: the bundle is a PDF; give a name ending in .pdf.")
    if not args.out.parent.is_dir():
        raise AppError(f"The folder {args.out.parent} does not exist.")
    db = database()
    try:
        cid = case_id(db, args.case)
        result = bundle.build_bundle(
            db,
            cid,
            args.out,
            args.profile,
            working_document=args.working_document,
            reasons=args.reasons,
            skip_bad=args.skip_bad,
        )
        manifest = result.manifest()
        if args.manifest is not None:
            _write_json(args.manifest, manifest)
        if args.bag is not None:
            from ehcp_appeal.export.bundle.handover import write_bag

            write_bag(db, cid, result, args.bag)
    finally:
        db.close()
    if args.json:
        print_json(manifest)
    else:
        print(
            f"Wrote {args.out} ({wc(result.bundle.total_pages, 'page')}: "
            f"{result.bundle.front_pages} cover and index, "
            f"{wc(len(result.bundle.documents), 'document')}), version {result.version}."
        )
        for bad in result.left_out:
            print(f"Left out: {bad.document.title}: {bad.reason}.")
        for line in result.budget:
            print(f"{line.label}: {line.summary}." + (f" {line.advice}" if line.advice else ""))
    return 0


def _write_json(path: Path, data: object) -> None:
    try:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as error:
        raise AppError(f"Could not write {path} ({error.strerror}).") from None


def _check(args: argparse.Namespace) -> int:
    from ehcp_appeal.services import bundle_check

    db = database()
    try:
        cid = case_id(db, args.case)
        report = bundle_check.check_council_bundle(db, cid, args.council_bundle)
    finally:
        db.close()
    if args.json:
        print_json([row.to_json() for row in report.documents])
        return 0
    print(report.summary())
    return 0
