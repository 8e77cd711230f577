"""Each reader, run through the sandbox, gives text per page or a plain refusal."""

import shutil

import pytest

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest import ocr, read_document
from ehcp_appeal.ingest.text import split_pages
from tests.core.test_evidence_samples import (
    doctype_docx,
    docx_bytes,
    email_bytes,
    huge_png,
    pdf_bytes,
    text_image_bytes,
    zip_bomb_docx,
)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


def test_pdf_text_per_page() -> None:
    data = pdf_bytes([["Educational Psychology Advice", "Sam's needs"], ["Second page words"]])
    read = read_document("ep.pdf", data)
    assert len(read.extraction.pages) == 2
    assert "Educational Psychology Advice" in read.extraction.pages[0]
    assert "Second page words" in read.extraction.pages[1]
    assert "Second" not in read.extraction.pages[0]
    assert read.text_status == "ok"


def test_docx_in_document_order_with_tables_and_page_breaks() -> None:
    data = docx_bytes(
        ["Speech and Language Therapy Report", [["Need", "Provision"], ["Listening", "Weekly"]],
         None, "After the break"]
    )  # fmt: skip
    pages = read_document("salt.docx", data).extraction.pages
    assert len(pages) == 2
    first = pages[0]
    assert first.index("Speech and Language") < first.index("Listening | Weekly")
    assert "After the break" in pages[1] and "After the break" not in first


def test_text_utf8_cp1252_and_form_feeds() -> None:
    assert read_document("a.txt", "café\fnext".encode()).extraction.pages == ["café", "next"]
    assert read_document("b.txt", "naïve £5".encode("cp1252")).extraction.pages == ["naïve £5"]


def test_long_text_is_cut_into_pages_at_line_breaks() -> None:
    text = "\n".join(f"line {n} of a long note" for n in range(1000))
    pages = split_pages(text)
    assert len(pages) > 5
    assert all(len(page) <= 3000 for page in pages)
    assert "".join(p + "\n" for p in pages).split() == text.split()


def test_email_headers_body_and_attachments() -> None:
    attachment = pdf_bytes([["Attached report"]])
    data = email_bytes(
        "The council agreed to the OT assessment.",
        attachments=[("report.pdf", attachment, "application/pdf"),
                     ("invite.ics", b"BEGIN:VCALENDAR", "text/calendar")],
    )  # fmt: skip
    extraction = read_document("mail.eml", data).extraction
    assert extraction.meta["sender"].startswith("Jo Bloggs")
    assert extraction.meta["date"] == "2026-03-10"
    assert extraction.meta["subject"] == "OT assessment"
    assert "agreed to the OT assessment" in extraction.pages[0]
    assert [(a.name, a.data) for a in extraction.attachments] == [("report.pdf", attachment)]
    assert extraction.skipped == ["invite.ics"]


def test_html_only_email_becomes_plain_text() -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "a@b.org"
    message["Subject"] = "Hi"
    message.set_content("<html><style>p{}</style><p>Hello <b>there</b></p></html>", subtype="html")
    page = read_document("h.eml", bytes(message)).extraction.pages[0]
    assert "Hello there" in page and "<b>" not in page and "p{}" not in page


def test_photo_without_ocr_is_kept_as_needing_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    read = read_document("letter.jpg", text_image_bytes(["Hello"], "JPEG"))
    assert read.text_status == "needs_ocr"
    assert "Tesseract" in read.status_detail
    assert read.extraction.pages == [""]


@needs_tesseract
def test_photo_is_read_with_ocr() -> None:
    read = read_document("letter.png", text_image_bytes(["Occupational therapy", "assessment"]))
    assert read.text_status == "ocr"
    assert "occupational therapy" in read.extraction.pages[0].lower()
    assert read.ocr_pages == frozenset({0})


@needs_tesseract
def test_scanned_pdf_page_is_read_with_ocr() -> None:
    import img2pdf

    scan = img2pdf.convert(text_image_bytes(["Speech and language", "therapy advice"], "JPEG"))
    read = read_document("scan.pdf", scan)
    assert read.text_status == "ocr"
    assert "speech and language" in read.extraction.pages[0].lower()


@pytest.mark.parametrize(
    ("name", "make", "phrase"),
    [
        ("empty.pdf", lambda: b"", "empty (0 bytes)"),
        ("cut.pdf", lambda: pdf_bytes([["Words"]] * 3)[:700], "incomplete"),
        ("locked.pdf", lambda: pdf_bytes([["Secret"]], encrypt="pw"), "password-protected"),
        ("renamed.pdf", lambda: b"MZ\x90\x00 not a pdf", "not a PDF"),
        ("bomb.docx", zip_bomb_docx, "zip bomb"),
        ("entity.docx", doctype_docx, "document type declaration"),
        ("huge.png", huge_png, "megapixels"),
        ("tool.exe", lambda: b"MZ\x90\x00", "'.exe' files are not supported"),
        ("old.doc", lambda: b"\xd0\xcf\x11\xe0", "save it as .docx"),
        ("broken.png", lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "damaged"),
    ],
)
def test_bad_files_are_refused_with_a_plain_message(name: str, make: object, phrase: str) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_document(name, make())  # type: ignore[operator]
    message = caught.value.message
    assert phrase in message
    assert name in message
    assert "Traceback" not in message and "\n" not in message
