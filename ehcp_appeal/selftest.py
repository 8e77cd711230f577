"""A self-test for an installed or frozen copy of the app: does everything it needs work here?

An installer can leave out a data file, a migration or a native library without anyone
noticing until a parent's first import fails. This runs the real path once, in a temporary
data folder that is removed afterwards, and prints what it checked.
"""

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from ehcp_appeal.errors import AppError
from ehcp_appeal.wording import count as wc


def _check(label: str, action: Callable[[], str], results: list[bool]) -> None:
    try:
        detail = action()
    except (AppError, Exception) as error:  # every failure is reported, none stops the run
        print(f"FAILED  {label}: {error}")
        results.append(False)
        return
    print(f"ok      {label}: {detail}")
    results.append(True)


def run_self_test() -> int:
    """0 when every check passed, 1 otherwise; nothing is left on disk either way."""
    from ehcp_appeal.db.database import open_database
    from ehcp_appeal.db.server import DATABASE_URL_ENV
    from ehcp_appeal.demo import load_manifest, seed_demo_case
    from ehcp_appeal.ingest import ocr
    from ehcp_appeal.services import analysis, bundle, evidence, working_documents

    os.environ.pop(DATABASE_URL_ENV, None)  # the self-test never writes to a team's server
    results: list[bool] = []
    scratch = Path(tempfile.mkdtemp(prefix="ehcp-self-test-"))
    try:
        db = open_database(scratch / "data")
        state: dict[str, str] = {}
        _check("data folder", lambda: f"created and migrated in {scratch}", results)

        def seed() -> str:
            state["case"] = seed_demo_case(db)
            count = len(evidence.list_documents(db, state["case"]))
            expected = len(load_manifest()["documents"])
            if count < expected:
                raise AppError(f"{wc(count, 'document')} imported, expected at least {expected}")
            return f"{count} sample documents imported and read"

        _check("import", seed, results)

        def plan_check() -> str:
            result = analysis.run_case_analysis(db, state["case"])
            sections = len(result["plan"]["sections"])
            findings = len(result["findings"])
            if sections < 8:
                raise AppError(f"only {sections} plan sections found")
            return f"{wc(sections, 'plan section')}, {wc(findings, 'finding')}"

        _check("plan check", plan_check, results)

        def make_bundle() -> str:
            out = scratch / "bundle.pdf"
            made = bundle.build_bundle(db, state["case"], out)
            from pypdf import PdfReader

            reader = PdfReader(out)
            if len(reader.pages) != made.bundle.total_pages or not reader.outline:
                raise AppError("the bundle's pages or bookmarks are wrong")
            pages, documents = made.bundle.total_pages, len(made.bundle.documents)
            return f"{wc(pages, 'page')}, {wc(documents, 'document')}"

        _check("bundle", make_bundle, results)

        def make_working_document() -> str:
            import docx

            out = scratch / "working-document.docx"
            written = working_documents.write_working_document(
                db, state["case"], out, accept_suggestions=True
            )
            paragraphs = len(docx.Document(str(out)).paragraphs)
            if written.footnotes == 0 or paragraphs == 0:
                raise AppError("the working document has no proposed changes or no footnotes")
            how = "laid out by LibreOffice" if written.pages.exact else "estimated"
            return (
                f"WD{written.version}, {written.pages.pages} pages ({how}), "
                f"{written.footnotes} footnotes"
            )

        _check("working document", make_working_document, results)
        _check(
            "OCR",
            lambda: (
                f"Tesseract found at {ocr.tesseract_path()}"
                if ocr.ocr_available()
                else "Tesseract not found: scanned pages are kept but not searchable"
            ),
            results,
        )
        db.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    passed = all(results)
    print("Core checks passed." if passed else "Core checks FAILED.")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(run_self_test())
