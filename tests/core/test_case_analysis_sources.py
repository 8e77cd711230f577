"""The case's plan check reads photographed reports from their recognised text (its printed
lines joined back into sentences), and a report with no readable text is skipped with a
reason instead of stopping the whole check."""

import io

import docx
from sqlmodel import select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Document, Page
from ehcp_appeal.services import analysis, cases

SECTION_TEXT = {
    "A": "Sam enjoys drawing trains and wants to be an engineer.",
    "B": "Sam has difficulty holding spoken instructions in mind.",
    "C": "Sam has no health care needs relating to his special educational needs.",
    "D": "Sam has no social care needs.",
    "E": "By July Sam will follow a three-step instruction without prompting.",
    "F": "Sam will have a 1:1 memory skills session of 20 minutes every school day "
    "with a teaching assistant trained in the programme.",
    "G": "No health provision is required.",
    "H1": "No provision is required under section 2 of the 1970 Act.",
    "H2": "No other social care provision is required.",
    "I": "Larkspur Primary School (mainstream).",
    "J": "No personal budget has been requested.",
    "K": "Advice from the educational psychologist is appended.",
}


def _plan_bytes() -> bytes:
    document = docx.Document()
    for section, sentence in SECTION_TEXT.items():
        document.add_heading(f"Section {section}", level=1)
        document.add_paragraph(sentence)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add(
    db: Database, case_id: str, data: bytes, kind: str, file_type: str, pages: list[str]
) -> str:
    blob = db.store.put_bytes(data)
    with db.session() as session:
        row = Document(
            case_id=case_id,
            sha256=blob.sha256,
            kind=kind,
            file_type=file_type,
            original_name=f"{kind}.{file_type}",
            title=kind,
            pages=len(pages),
        )
        session.add(row)
        session.flush()
        for number, text in enumerate(pages, start=1):
            session.add(Page(document_id=row.id, page_no=number, text=text))
        return row.id


def test_photographed_report_is_checked_and_a_blank_one_is_skipped(db: Database) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Sam")).id
    _add(db, case_id, _plan_bytes(), "ehcp_final", "docx", ["plan"])
    photo_text = (
        "Summary of needs\n"
        "Sam has severe difficulties with auditory memory and forgets\n"
        "\n"
        "spoken instructions.\n"
        "Sam has marked anxiety about reading aloud in front of the class.\n"
        "Recommendations\n"
        "Sam should have weekly direct speech and language therapy of 45 minutes with a "
        "speech and language therapist.\n"
    )
    photo_id = _add(db, case_id, b"\xff\xd8 photo bytes", "ep_report", "jpg", [photo_text])
    blank_id = _add(db, case_id, b"\x89PNG blank", "school_report", "png", [""])

    result = analysis.run_case_analysis(db, case_id)

    from_photo = [need for need in result["needs"] if need.get("document_id") == photo_id]
    whole = "Sam has severe difficulties with auditory memory and forgets spoken instructions."
    assert whole in [need["text"] for need in from_photo]  # lines and stray gaps rejoined
    assert [entry["document_id"] for entry in result["skipped"]] == [blank_id]
    assert "no text" in result["skipped"][0]["reason"]
    anxious = [f for f in result["findings"] if "anxiety" in f["text"]]
    assert anxious and anxious[0]["kind"] == "need_missing_from_b"


def _half_scanned_plan() -> bytes:
    """A plan PDF whose first page is typed and whose second was scanned (no text layer)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for section in ("A", "B", "C", "D", "E"):
        page.drawString(72, y, f"Section {section}")
        page.drawString(72, y - 16, SECTION_TEXT[section])
        y -= 48
    page.showPage()
    page.rect(72, 72, 400, 600, fill=1)  # the scan: a picture, no text
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_plan_with_a_scanned_page_is_read_from_both_layers(db: Database) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Sam")).id
    recognised = "\n".join(
        f"Section {section}\n{SECTION_TEXT[section]}"
        for section in ("F", "G", "H1", "H2", "I", "J", "K")
    )
    typed = "\n".join(SECTION_TEXT[section] for section in "ABCDE")
    plan_id = _add(db, case_id, _half_scanned_plan(), "ehcp_final", "pdf", [typed, recognised])
    with db.session() as session:
        scanned = session.exec(
            select(Page).where(Page.document_id == plan_id, Page.page_no == 2)
        ).one()
        scanned.ocr = True
        session.add(scanned)

    result = analysis.run_case_analysis(db, case_id)

    sections = {section["id"]: section for section in result["plan"]["sections"]}
    assert list(sections) == list(SECTION_TEXT)
    assert sections["B"]["text"] == SECTION_TEXT["B"]
    assert sections["F"]["text"] == SECTION_TEXT["F"]
    assert sections["F"]["first_page"] == 2
