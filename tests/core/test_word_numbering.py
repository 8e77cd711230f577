"""Section letters drawn by Word's list numbering, which the document's text does not hold."""

from pathlib import Path

import docx
from docx.oxml import parse_xml

from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.reading.reading import read_path

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TITLES = {
    "A": "All about Robin",
    "B": "What Robin finds hard",
    "C": "Robin's health",
    "D": "Robin's care at home",
    "E": "What we want Robin to achieve",
    "F": "What school will do",
    "G": "Health services",
    "H": "Care services",
    "I": "Robin's school",
    "J": "Money for Robin's support",
    "K": "Reports we read",
}


def _lettered_plan(path: Path, by_style: bool) -> Path:
    """Headings lettered "Section A:" to "Section K:" by a list, through the heading style
    (``by_style``) or each heading's own numbering; a decimal list inside Section F."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for xml in (
        f'<w:abstractNum {_W} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="Section %1:"/></w:lvl></w:abstractNum>',
        f'<w:abstractNum {_W} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>',
    ):
        first_num.addprevious(parse_xml(xml))
    for xml in (
        f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>',
        f'<w:num {_W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>',
    ):
        numbering.append(parse_xml(xml))
    heading_style = document.styles["Heading 1"].element
    if by_style:
        heading_style.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {_W}><w:numId w:val="90"/></w:numPr>')
        )
    document.add_paragraph("Education, Health and Care Plan", style="Title")
    for section, title in TITLES.items():
        heading = document.add_heading(title, level=1)
        if not by_style:
            heading._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
            )
        document.add_paragraph(f"Invented text of section {section} for Robin.")
        if section == "F":
            for line in ("Daily phonics for 20 minutes.", "A reading check each half term."):
                item = document.add_paragraph(line)
                item._p.get_or_add_pPr().append(
                    parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>')
                )
    document.save(str(path))
    return path


def test_letters_drawn_by_each_headings_numbering(tmp_path: Path) -> None:
    plan = split_sections(read_path(_lettered_plan(tmp_path / "p.docx", False)), "p.docx")
    assert list(plan.sections) == ["A", "B", "C", "D", "E", "F", "G", "H1", "I", "J", "K"]
    assert plan.sections["B"].title == "What Robin finds hard"
    assert plan.sections["B"].found_by == "letter"
    assert plan.sections["F"].text.splitlines() == [
        "Invented text of section F for Robin.",
        "Daily phonics for 20 minutes.",
        "A reading check each half term.",
    ]


def test_letters_drawn_through_the_heading_style(tmp_path: Path) -> None:
    blocks = read_path(_lettered_plan(tmp_path / "s.docx", True))
    headings = [block for block in blocks if block.style == "Heading 1"]
    assert [heading.text.split(":")[0] for heading in headings] == [
        f"Section {section}" for section in TITLES
    ]
    plan = split_sections(blocks, "s.docx")
    assert plan.sections["K"].text == "Invented text of section K for Robin."


def test_damaged_numbering_leaves_the_text_readable(tmp_path: Path) -> None:
    document = docx.Document()
    document.part.numbering_part.element.append(
        parse_xml(f'<w:num {_W} w:numId="7"><w:abstractNumId w:val="x"/></w:num>')
    )
    heading = document.add_heading("Special educational needs", level=1)
    heading._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="two"/><w:numId w:val="7"/></w:numPr>')
    )
    document.add_paragraph("Robin finds reading hard.")
    document.save(str(tmp_path / "d.docx"))
    assert [block.text for block in read_path(tmp_path / "d.docx")] == [
        "Special educational needs",
        "Robin finds reading hard.",
    ]
