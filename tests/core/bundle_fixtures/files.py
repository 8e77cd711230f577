"""Write test PDFs, a Word file and a photo whose page text identifies them."""

import io
import random
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen.canvas import Canvas

WORDS = (
    "assessment", "speech", "language", "provision", "therapy", "support", "classroom",
    "reading", "writing", "attention", "sensory", "physical", "emotional", "social",
    "teacher", "weekly", "session", "programme", "outcome", "review",
)  # fmt: skip


def page_text(tag: str, page: int) -> str:
    """Distinctive sentences for one page: the tag and page number seed the word order."""
    chooser = random.Random(f"{tag}/{page}")
    words = [chooser.choice(WORDS) for _ in range(60)]
    return f"{tag} page {page}. " + " ".join(words)


def pdf(path: Path, tag: str, pages: int = 1, size: tuple[float, float] = A4) -> Path:
    canvas = Canvas(str(path), pagesize=size)
    for page in range(1, pages + 1):
        text = canvas.beginText(40, size[1] - 60)
        text.setFont("Helvetica", 11)
        line = page_text(tag, page)
        for start in range(0, len(line), 80):
            text.textLine(line[start : start + 80])
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return path


def landscape_pdf(path: Path, tag: str) -> Path:
    return pdf(path, tag, 1, landscape(A4))


def a3_pdf(path: Path, tag: str) -> Path:
    return pdf(path, tag, 1, A3)


def docx_file(path: Path, tag: str) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(tag, level=1)
    document.add_paragraph(page_text(tag, 1))
    document.save(str(path))
    return path


def png_file(path: Path) -> Path:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path
