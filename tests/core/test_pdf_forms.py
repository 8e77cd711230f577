"""A fillable PDF's answers are read: a plan typed into form fields is a plan with content."""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.reading.reading import read_path
from ehcp_appeal.ingest import read_document

NEEDS = "Robin finds reading and spelling very hard."
PROVISION = "Daily phonics for 20 minutes with a trained assistant."


def _fillable_plan(path: Path) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 780, "Section B: Special educational needs")
    page.acroForm.textfield(name="needs", value=NEEDS, x=72, y=700, width=450, height=40)
    page.drawString(72, 650, "Section F: Special educational provision")
    page.acroForm.textfield(name="provision", value=PROVISION, x=72, y=580, width=450, height=40)
    page.save()
    return path


def test_the_plan_check_reads_what_was_typed_into_the_fields(tmp_path: Path) -> None:
    plan = split_sections(read_path(_fillable_plan(tmp_path / "plan.pdf")), "plan.pdf")
    assert plan.sections["B"].text == NEEDS
    assert plan.sections["F"].text == PROVISION


def test_the_evidence_store_indexes_the_fields_and_leaves_the_file_alone(tmp_path: Path) -> None:
    data = _fillable_plan(tmp_path / "plan.pdf").read_bytes()
    text = "\n".join(read_document("plan.pdf", data).extraction.pages)
    assert NEEDS in text and PROVISION in text
    assert (tmp_path / "plan.pdf").read_bytes() == data
