"""Evidence details: a long title shows its beginning, not its end."""

from pathlib import Path

from ehcp_appeal.services import cases, evidence
from tests.core.test_evidence_samples import pdf_bytes, write
from ui.context import AppContext
from ui.widgets.document_details import DocumentDetails

LONG = (
    "Educational Psychology Advice for the EHC needs assessment of Sam Smith, "
    "with the school's comments and the speech and language therapist's notes"
)


def test_a_long_title_is_shown_from_its_start(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    case = cases.create_case(context.db, cases.CaseDetails(name="Sam")).id
    pdf = write(tmp_path, "ep.pdf", pdf_bytes([["Educational Psychology Advice"]]))
    (doc,) = evidence.import_files(context.db, case, [pdf]).imported
    doc = evidence.update_metadata(context.db, doc.id, title=LONG)
    details = DocumentDetails()
    qtbot.addWidget(details)
    details.resize(360, 400)
    details.show()
    details.title_edit.setText("x")
    details.title_edit.end(False)
    details.fill(doc, can_recognise=True)
    assert details.title_edit.text() == LONG
    assert details.title_edit.cursorPosition() == 0  # the view scrolls to the beginning
    assert details.title_edit.toolTip() == LONG
