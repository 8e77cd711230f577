"""Preview PDFs built in memory: photos via img2pdf, text-like documents via reportlab.

Nothing here touches the disk, so a child's report never lands in a temp folder that
another user of a shared laptop could open.
"""

import io
from xml.sax.saxutils import escape

from ehcp_appeal.ingest.image import MAX_PIXELS

TEXT_NOTE = "Text-only view: layout, pictures and formatting of the original are not shown."


def image_pdf(data: bytes) -> bytes:
    """Lossless: JPEG bytes are embedded as they are, and EXIF rotation is honoured."""
    import img2pdf
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    layout = img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297)))
    result: bytes = img2pdf.convert(data, layout_fun=layout, rotation=img2pdf.Rotation.ifvalid)
    return result


def text_pdf(title: str, pages: list[str], note: str = TEXT_NOTE) -> bytes:
    """One PDF page (or more, when long) per stored text page, under a plain heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list[object] = [
        Paragraph(escape(title or "Document"), styles["Heading2"]),
        Paragraph(f"<i>{escape(note)}</i>", styles["Italic"]),
        Spacer(1, 4 * mm),
    ]
    for number, page in enumerate(pages or [""]):
        if number:
            story.append(PageBreak())
        for block in page.split("\n\n"):
            lines = [escape(line) for line in block.strip("\n").split("\n")]
            if any(line.strip() for line in lines):
                story.append(Paragraph("<br/>".join(lines).replace("\t", "&nbsp;" * 4), body))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
    )
    document.build(story)
    return buffer.getvalue()
