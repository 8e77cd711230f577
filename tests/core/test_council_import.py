"""Importing the council's Word working document: its italic changes kept, agreement underlined."""

from pathlib import Path

import docx
import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.export.working_document import Heading, build_docx
from ehcp_appeal.services import amendments, cases, working_documents
from ehcp_appeal.services.council_import import import_council_document
from tests.core.wd_helpers import read_runs

pytestmark = pytest.mark.both_engines


def _council_document(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Key: italic = local authority's proposals")
    document.add_paragraph("Section B: Special educational needs")
    paragraph = document.add_paragraph("Finley has a language disorder. ")
    paragraph.add_run("He finds noisy rooms hard.").italic = True
    document.add_paragraph("He is anxious at lunch.")
    document.add_paragraph("Section F: Special educational provision")
    paragraph = document.add_paragraph()
    struck = paragraph.add_run("Access to speech and language support.")
    struck.italic = True
    struck.font.strike = True
    paragraph.add_run(" ")
    paragraph.add_run("Speech and language therapy, 30 minutes a week.").italic = True
    document.add_paragraph("A visual timetable on his desk.")
    document.add_paragraph().add_run("A laptop for extended writing.").bold = True
    document.add_paragraph("Section I: Placement")
    document.add_paragraph("Hollin Brook Primary School.")
    document.save(str(path))
    return path


def test_council_changes_are_kept_and_a_shared_change_becomes_agreed(
    db: Database, tmp_path: Path
) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Family")).id
    amendments.add_amendment(
        db, case_id, "F", "replace",
        original_text="Access to speech and language support.",
        proposed_text="Speech and language therapy, 30 minutes a week.",
    )  # fmt: skip
    amendments.add_amendment(db, case_id, "I", "add", proposed_text="Oakfield School.")

    summary = import_council_document(db, case_id, _council_document(tmp_path / "la.docx"))

    assert summary.sections == ("B", "F", "I")
    assert (summary.council, summary.parent) == (2, 1)
    wording = working_documents.plan_wording(db, case_id)
    assert "Access to speech and language support." in wording["F"][1][0], "struck text is original"
    assert not any("laptop" in line for line in wording["F"][1]), "additions are not original"

    out = tmp_path / "wd.docx"
    markup = working_documents.build_markup(db, case_id)
    out.write_bytes(build_docx(markup, Heading()))
    runs = read_runs(out)

    def style(text: str) -> tuple[bool, bool, bool, bool]:
        run = next(r for r in runs if text in r.text)
        return run.bold, run.italic, run.underline, run.strike

    assert style("He finds noisy rooms hard.") == (False, True, False, False)
    assert style("Finley has a language disorder.") == (False, False, False, False)
    assert style("Speech and language therapy, 30 minutes a week.") == (False, False, True, False)
    assert style("Access to speech and language support.") == (False, False, True, True)
    assert style("A laptop for extended writing.") == (True, False, False, False)
    assert style("Oakfield School.") == (True, False, False, False)

    again = import_council_document(db, case_id, tmp_path / "la.docx")
    assert (again.council, again.parent) == (2, 0), "a second import replaces, never doubles"


def test_a_damaged_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Family")).id
    amendments.add_amendment(db, case_id, "B", "add", proposed_text="He is anxious.")
    bad = tmp_path / "la.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFileError):
        import_council_document(db, case_id, bad)
    letter = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear parent, please find the plan enclosed.")
    document.save(str(letter))
    with pytest.raises(UnreadableFileError, match="Section B, F or I"):
        import_council_document(db, case_id, letter)
    assert [a.proposed_text for a in amendments.list_amendments(db, case_id)] == ["He is anxious."]
