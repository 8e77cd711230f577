"""A short, polite Word letter asking the council when it will carry out an overdue duty.

The letter is a starting point the family edits: bracketed placeholders for their name
and address, plain paragraphs (no fields or content controls) so any word processor can
change it, and nothing that asserts more than the app knows: the duty, the regulation,
the date it was due and how that date was worked out.
"""

import datetime as dt
import io
from pathlib import Path

from ehcp_appeal.export.ics import write_atomically
from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.rules.status import DeadlineStatus

ADDRESS_PLACEHOLDERS = (
    "[Your name]",
    "[Your address, line 1]",
    "[Your address, line 2]",
    "[Town and postcode]",
    "[Your email or phone number]",
)


def build_letter(duty: DeadlineStatus, child_name: str, council: str, today: dt.date) -> bytes:
    """The letter as .docx bytes."""
    from docx import Document  # Word loads when a letter is written, not with the window
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    child = child_name.strip() or "[your child's name]"
    council_name = council.strip() or "[the council]"
    deadline = duty.deadline

    for line in ADDRESS_PLACEHOLDERS:
        document.add_paragraph(line).paragraph_format.space_after = Pt(0)
    document.add_paragraph()
    document.add_paragraph(format_date(today))
    document.add_paragraph(f"SEN team, {council_name}")
    subject = document.add_paragraph()
    subject.add_run(f"{child}: {deadline.title.lower()} (overdue)").bold = True

    document.add_paragraph("Dear SEN team,")
    document.add_paragraph(
        f"I am writing about {child}'s education, health and care (EHC) process. "
        f"{deadline.explanation} This is required by {deadline.source}."
    )
    document.add_paragraph(
        f"By my reckoning this was due by {format_date(deadline.date)}: {deadline.rule} "
        "I have not yet heard from the council about this."
    )
    if duty.exception is not None:
        document.add_paragraph(
            f"I understand the council has said that an exception applies "
            f"({duty.exception.info.title.lower()}, {duty.exception.source}). "
            "Even so, I would be grateful to know when this will be done."
        )
    document.add_paragraph(
        "Please could you tell me, in writing, the date by which the council will do this, "
        "and let me know if I have misunderstood anything about the dates above."
    )
    document.add_paragraph("Thank you for your help.")
    document.add_paragraph("Yours faithfully,")
    document.add_paragraph()
    document.add_paragraph(ADDRESS_PLACEHOLDERS[0])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_letter(
    path: Path, duty: DeadlineStatus, child_name: str, council: str, today: dt.date
) -> Path:
    write_atomically(path, build_letter(duty, child_name, council, today))
    return path
