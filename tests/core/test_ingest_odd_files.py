"""Odd but real files: nothing is cut or dropped without a word, valid files are not
refused, a reader that is stopped says why, and nothing a library prints reaches the user.
"""

import io
import os
import warnings
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest import read_document, sandbox
from ehcp_appeal.ingest.html_text import html_text
from ehcp_appeal.ingest.result import MAX_ATTACHMENTS, MAX_PAGE_CHARS
from ehcp_appeal.services import evidence, search
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.test_evidence_samples import docx_bytes, email_bytes, pdf_bytes, write

HERE = "tests.core.test_ingest_odd_files"


@pytest.fixture
def case_id(db: Database) -> str:
    return create_case(db, CaseDetails(name="Sam")).id


def test_a_long_word_file_without_page_breaks_is_split_never_cut(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    paragraphs = [f"Paragraph {n}: Sam needs help with reading and writing." for n in range(5000)]
    paragraphs.append("The last words are about zebracrossing practice.")
    data = docx_bytes(paragraphs)
    assert sum(len(p) for p in paragraphs) > MAX_PAGE_CHARS  # the old single-page cut
    report = evidence.import_files(db, case_id, [write(tmp_path, "report.docx", data)])
    assert report.failures == []
    (doc,) = report.imported
    assert doc.pages > 60
    (hit,) = search.search(db, "zebracrossing", case_id)
    assert hit.page == doc.pages


def test_word_pages_between_real_breaks_keep_their_numbers() -> None:
    page = " ".join(["Words of one printed page."] * 150)  # about 4,000 characters
    pages = read_document("plan.docx", docx_bytes([page, None, page, None, "End"]))
    assert len(pages.extraction.pages) == 3


def test_attachments_past_the_limit_are_listed_as_failures(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    extra = 3
    attachments = [
        (f"note-{n:03}.txt", f"Note number {n}".encode(), "text/plain")
        for n in range(MAX_ATTACHMENTS + extra)
    ]
    data = email_bytes("Many notes attached.", attachments=attachments)
    report = evidence.import_files(db, case_id, [write(tmp_path, "notes.eml", data)])
    assert len(report.imported) == 1 + MAX_ATTACHMENTS
    left = [f.file.rsplit(" › ", 1)[-1] for f in report.failures]
    assert left == [name for name, _data, _mime in attachments[MAX_ATTACHMENTS:]]
    assert all("import it separately" in f.message for f in report.failures)


def test_a_valid_108_megapixel_photo_is_read() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (12_000, 9_000), (200, 180, 160)).save(buffer, format="JPEG")
    read = read_document("panorama.jpg", buffer.getvalue())  # the default limits
    assert read.file_type == "jpg"


def test_running_out_of_memory_is_said_plainly_not_called_damage() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (6_000, 5_000), (10, 20, 30)).save(buffer, format="PNG")
    limits = sandbox.Limits(memory_bytes=48 * 1024 * 1024)
    with pytest.raises(UnreadableFileError) as caught:
        read_document("big.png", buffer.getvalue(), limits)
    assert "memory" in caught.value.message and "damaged" not in caught.value.message


def test_malformed_html_mail_is_read_within_a_tight_cpu_limit() -> None:
    """The standard HTML parser needs minutes of CPU on this body; the reader needs little."""
    message = EmailMessage()
    message["From"] = "school@example.org"
    message["Subject"] = "Newsletter"
    message.set_content("<p>Dear parents</p>" + "<a " * 60_000, subtype="html")
    limits = sandbox.Limits(wall_seconds=30, cpu_seconds=5)
    page = read_document("news.eml", bytes(message), limits).extraction.pages[0]
    assert "Dear parents" in page


def test_html_text_keeps_the_words_and_drops_the_markup() -> None:
    markup = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        "<p>Dear Mrs Smith,</p><p>We agree &amp; will <b>assess</b>.<br>Regards</p>"
        "<script>if (a<b) {}</script>3 < 4 <!-- hidden > note --> end</body></html>"
    )
    assert html_text(markup) == "Dear Mrs Smith,\n\nWe agree & will assess.\nRegards\n3 < 4  end"


def noisy(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    """Warn and print, as libraries do on corrupt EXIF or broken PDFs."""
    warnings.warn("Corrupt EXIF data", UserWarning, stacklevel=1)
    os.write(2, b"libjpeg: premature end of data segment\n")
    print("debug output", flush=True)
    return {"pages": ["fine"]}


def test_what_libraries_print_in_the_reader_never_reaches_the_user(
    capfd: pytest.CaptureFixture[str],
) -> None:
    assert sandbox.run(f"{HERE}:noisy", b"")["pages"] == ["fine"]
    printed = capfd.readouterr()
    assert printed.err == "" and printed.out == ""


def test_a_readable_pdf_without_its_end_marker_is_imported() -> None:
    data = pdf_bytes([["Speech and language advice"], ["Second page"]])
    assert data.rstrip().endswith(b"%%EOF")
    unmarked = data.rstrip()[: -len(b"%%EOF")]
    pages = read_document("advice.pdf", unmarked).extraction.pages
    assert pages == ["Speech and language advice", "Second page"]


def test_a_pdf_cut_in_half_is_still_refused_as_incomplete() -> None:
    data = pdf_bytes([["Words"]] * 3)
    with pytest.raises(UnreadableFileError, match="incomplete"):
        read_document("cut.pdf", data[: len(data) // 2])
