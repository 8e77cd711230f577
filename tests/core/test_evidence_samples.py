"""Evidence files generated on the fly for the evidence tests (no binary fixtures)."""

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path


def pdf_bytes(pages: list[list[str]], encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    for lines in pages:
        for number, line in enumerate(lines):
            pdf.drawString(72, 770 - 18 * number, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(blocks: list[object]) -> bytes:
    """Blocks: a str is a paragraph, a list of rows is a table, None is a page break."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for block in blocks:
        if block is None:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, str):
            document.add_paragraph(block)
        else:
            rows = block  # type: ignore[assignment]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            for row, values in zip(table.rows, rows, strict=True):  # type: ignore[call-overload]
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_image_bytes(lines: list[str], fmt: str = "PNG") -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=48)
    image = Image.new("L", (1600, 120 + 100 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((60, 60 + 100 * number), line, font=font, fill=0)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format=fmt)
    return buffer.getvalue()


def email_bytes(
    body: str,
    subject: str = "OT assessment",
    sender: str = "Jo Bloggs <jo.bloggs@northshire.gov.uk>",
    to: str = "Mary Smith <mary@example.com>",
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = "Tue, 10 Mar 2026 10:00:00 +0000"
    message.set_content(body)
    for name, data, mime in attachments or []:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def zip_bomb_docx() -> bytes:
    """A valid-looking .docx with one entry that expands 1000:1 to 200 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/padding.bin", "w", force_zip64=True) as entry:
            block = b"\0" * (1024 * 1024)
            for _ in range(200):
                entry.write(block)
    return buffer.getvalue()


def doctype_docx() -> bytes:
    source = docx_bytes(["Ordinary words"])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(out, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(
                    b"?>",
                    b'?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                    1,
                )
            copy.writestr(item, data)
    return out.getvalue()


def huge_png() -> bytes:
    """A tiny file that claims 30,000 x 30,000 pixels."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(buffer, format="PNG")
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
