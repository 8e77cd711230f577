"""Word files built as forms: content controls, a text box, tracked moves.

Councils' plan templates keep sections inside content controls and cells that are
controls; Word stores a text box twice and a moved paragraph at both ends. The evidence
store's text and the plan check must both read each word once, from where it is shown.
"""

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml

from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.reading.reading import read_path
from ehcp_appeal.ingest import read_document

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _control(inner: str) -> str:
    return (
        "<w:sdt><w:sdtPr><w:alias w:val='Enter text'/></w:sdtPr>"
        f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    )


def _cell(text: str) -> str:
    return f"<w:tc>{_p(text)}</w:tc>"


def _form_plan() -> bytes:
    """A plan whose section content is typed into content controls."""
    text_box = (
        "<w:p><w:r><mc:AlternateContent>"
        "<mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
        f"{_p('Robin is nine and lives with his mum.')}</w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent>"
        f"{_p('Robin is nine and lives with his mum.')}</w:txbxContent></v:textbox></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    moved = (
        "<w:p><w:moveFrom w:id='1' w:author='LA' w:date='2026-01-01T00:00:00Z'>"
        "<w:r><w:t>He will be taught in a small group.</w:t></w:r></w:moveFrom></w:p>"
    )
    body = "".join(
        [
            _p("Education, Health and Care Plan"),
            _p("Section A: Views, interests and aspirations"),
            text_box,
            _p("Section B: Special educational needs"),
            _control(_p("Robin finds reading and spelling very hard.")),
            _p("Section F: Special educational provision"),
            moved,
            "<w:tbl><w:tr>",
            _cell("Provision"),
            _control(_cell("Daily phonics teaching for 20 minutes by a trained assistant.")),
            "</w:tr></w:tbl>",
            _control(_p("He will be taught in a small group.")),
        ]
    )
    document = docx.Document()
    old_body = document.element.body
    new_body = parse_xml(f"<w:body {_NS}>{body}</w:body>")
    document.element.replace(old_body, new_body)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_plan_check_reads_content_controls_once(tmp_path: Path) -> None:
    path = tmp_path / "form plan.docx"
    path.write_bytes(_form_plan())
    plan = split_sections(read_path(path), path.name)
    assert plan.sections["A"].text == "Robin is nine and lives with his mum."
    assert plan.sections["B"].text == "Robin finds reading and spelling very hard."
    provision = plan.sections["F"].text
    assert "Daily phonics teaching for 20 minutes" in provision
    assert provision.count("He will be taught in a small group.") == 1


def test_the_evidence_store_reads_the_same_words_once() -> None:
    text = "\n".join(read_document("form plan.docx", _form_plan()).extraction.pages)
    assert text.count("Robin finds reading and spelling very hard.") == 1
    assert text.count("Robin is nine and lives with his mum.") == 1
    assert text.count("He will be taught in a small group.") == 1
    assert "Provision | Daily phonics teaching for 20 minutes" in text


def test_a_draft_marked_only_in_the_page_header_is_read_and_known_as_a_draft() -> None:
    from ehcp_appeal.ingest.guess import guess_kind

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "WORKING DRAFT - not for circulation"
    document.add_paragraph("Ashvale Council")
    for section, text in (("A", "Jayden likes basketball."), ("B", "Jayden has dyslexia.")):
        document.add_paragraph(f"{section}. Section {section}")
        document.add_paragraph(text)
    for section in "CDEFGIJK":
        document.add_paragraph(f"Section {section}")
        document.add_paragraph("Invented text.")
    buffer = io.BytesIO()
    document.save(buffer)
    pages = read_document("Jayden college plan.docx", buffer.getvalue()).extraction.pages
    assert pages[0].startswith("WORKING DRAFT - not for circulation\n")
    assert sum(page.count("WORKING DRAFT") for page in pages) == 1
    assert guess_kind("\n".join(pages), "Jayden college plan.docx") == "ehcp_draft"
