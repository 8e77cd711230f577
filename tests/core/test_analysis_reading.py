"""Reading documents into blocks: pages, headers, bullets, numbers, tables, bad files."""

from pathlib import Path

import pytest

from ehcp_appeal.analysis.reading.blocks import sentences, strip_marker
from ehcp_appeal.analysis.reading.reading import read_path
from ehcp_appeal.errors import UnreadableFileError
from tests.core.analysis_fixtures.builders import write_docx, write_pdf, write_txt


def test_pdf_drops_running_header_and_footer_and_rejoins_wrapped_lines(tmp_path: Path) -> None:
    long = (
        "Sam finds it hard to follow spoken instructions that have more than two parts, "
        "and he often watches other children to work out what he should be doing next."
    )
    pdf = write_pdf(
        tmp_path / "r.pdf",
        [[("heading", "Summary of needs"), ("bullet", long)], [("para", "Second page text here.")]],
        header="Northvale Council - OFFICIAL",
        footer="Sam Example report",
    )
    blocks = read_path(pdf)
    texts = [b.text for b in blocks]
    assert long in texts
    assert not any("OFFICIAL" in t or "Page 1" in t for t in texts)
    bullet = next(b for b in blocks if b.text == long)
    assert bullet.bullet and bullet.page == 1
    assert next(b for b in blocks if b.text.startswith("Second page")).page == 2


def test_a_heading_that_opens_three_pages_of_five_is_text_not_a_header(tmp_path: Path) -> None:
    area = "Communication and interaction"
    pages = [[("para", f"Page text number {n}.")] for n in range(1, 6)]
    for n in (1, 2, 3):
        pages[n].insert(0, ("heading", area))
    blocks = read_path(write_pdf(tmp_path / "p.pdf", pages, header="Sam Example | EHC plan"))
    texts = [b.text for b in blocks]
    assert texts.count(area) == 3
    assert not any("EHC plan" in text for text in texts)  # on every page: a header


def test_pdf_numbered_paragraphs_keep_their_number_apart(tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "p.pdf",
        [[("para", "B4. Ava has difficulty with balance."), ("para", "12. Ava tires quickly.")]],
    )
    blocks = read_path(pdf)
    assert [(b.number, b.text) for b in blocks] == [
        ("B4", "Ava has difficulty with balance."),
        ("12", "Ava tires quickly."),
    ]


def test_docx_reads_paragraphs_and_tables_in_order_with_pages(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "d.docx",
        [
            ("heading", "Section B: Needs"),
            ("para", "First paragraph."),
            ("page",),
            (
                "merged_table",
                "Section F: Provision",
                [["Provision", "Who"], ["Daily reading", "Teaching assistant"]],
            ),
            ("bullet", "A bullet after the table."),
        ],
    )
    blocks = read_path(path)
    assert blocks[0].heading_hint and blocks[0].text == "Section B: Needs"
    merged = next(b for b in blocks if b.kind == "row" and "Section F" in b.text)
    assert merged.cells == ("Section F: Provision",)  # a merged cell is read once
    row = next(b for b in blocks if b.kind == "row" and "Daily reading" in b.text)
    assert row.cells == ("Daily reading", "Teaching assistant") and row.page == 2
    assert blocks[-1].bullet and blocks[-1].page == 2


def test_txt_pages_split_on_form_feed(tmp_path: Path) -> None:
    path = write_txt(
        tmp_path / "t.txt", "Part B\n\nMia is anxious.\f- Mia should have a key adult.\n"
    )
    blocks = read_path(path)
    assert [(b.page, b.text, b.bullet) for b in blocks][-1] == (
        2,
        "Mia should have a key adult.",
        True,
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.pdf", b"%PDF-1.4 not really"),
        ("broken.docx", b"PK\x03\x04garbage"),
        ("old.doc.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"),
    ],
)
def test_malformed_files_raise_a_plain_error_naming_the_file(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError) as caught:
        read_path(path)
    assert name in str(caught.value)


def test_encrypted_pdf_is_reported_as_protected(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "plain.pdf", [[("para", "Some text for the page.")]])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(UnreadableFileError, match=r"locked\.pdf.*password"):
        read_path(locked)


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"nothere\.pdf"):
        read_path(tmp_path / "nothere.pdf")
    odd = tmp_path / "scan.png"
    odd.write_bytes(b"\x89PNG")
    with pytest.raises(UnreadableFileError, match=r"scan\.png"):
        read_path(odd)


@pytest.mark.parametrize(
    ("raw", "number", "text"),
    [
        (
            "F.5 Weekly swimming with a trained assistant.",
            "F.5",
            "Weekly swimming with a trained assistant.",
        ),
        ("G.12\tAnnual review at the clinic.", "G.12", "Annual review at the clinic."),
        ("D 3 Ruby needs a carer at night.", "D 3", "Ruby needs a carer at night."),
        ("(c) Ruby uses a wheelchair.", "c", "Ruby uses a wheelchair."),
        ("4.2.1 Ruby uses a wheelchair.", "4.2.1", "Ruby uses a wheelchair."),
        (
            "SP1-2 Toby's hearing aids will be checked.",
            "SP1-2",
            "Toby's hearing aids will be checked.",
        ),
        ("SEMH1\tToby has been feeling low.", "SEMH1", "Toby has been feeling low."),
        ("C&I2 He finds groups hard.", "C&I2", "He finds groups hard."),
    ],
)
def test_paragraph_numbers_of_many_styles_are_not_part_of_the_text(
    raw: str, number: str, text: str
) -> None:
    assert strip_marker(raw) == (text, number, False)


def test_docx_number_column_reads_as_numbered_paragraphs(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "n.docx",
        [
            (
                "table",
                [
                    ["C.1", "Ruby has epilepsy, controlled by medication."],
                    ["C.2", "Ruby tires by noon."],
                ],
            )
        ],
    )
    blocks = read_path(path)
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("para", "C.1", "Ruby has epilepsy, controlled by medication."),
        ("para", "C.2", "Ruby tires by noon."),
    ]


def test_pdf_bold_line_at_body_size_is_a_heading_hint(tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "b.pdf",
        [
            [
                ("bold", "Mobility in school"),
                ("para", "Ruby uses a walking frame in corridors and tires after lunch."),
            ]
        ],
    )
    hints = [(b.text, b.heading_hint) for b in read_path(pdf)]
    assert hints == [
        ("Mobility in school", True),
        ("Ruby uses a walking frame in corridors and tires after lunch.", False),
    ]


def test_pdf_heading_wrapped_over_two_lines_is_one_block(tmp_path: Path) -> None:
    heading = (
        "Part H1: Social care provision under section 2 of the Chronically Sick "
        "and Disabled Persons Act 1970"
    )
    body = [
        ("para", f"Body line number {n} of the section, long enough to wrap well.")
        for n in range(4)
    ]
    pdf = write_pdf(tmp_path / "h.pdf", [[("heading", heading), *body]])
    assert read_path(pdf)[0].text == heading


def test_pdf_bold_label_line_without_a_gap_is_its_own_block(tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "t.pdf",
        [
            [
                ("bold", "Universal (for every child in the class)", "tight"),
                ("para", "The nursery will keep a visual timetable by the door.", "tight"),
                ("bold", "Specialist (individual to Ruby)", "tight"),
                ("para", "Ruby will have a wobble cushion at carpet time."),
            ]
        ],
    )
    assert [b.text for b in read_path(pdf)] == [
        "Universal (for every child in the class)",
        "The nursery will keep a visual timetable by the door.",
        "Specialist (individual to Ruby)",
        "Ruby will have a wobble cushion at carpet time.",
    ]


def test_a_numbered_list_run_into_one_paragraph_splits_at_its_numbers() -> None:
    text = "Down syndrome (trisomy 21). 2. Mild hearing loss. 3. Born at 31 weeks."
    assert sentences(text) == [
        "Down syndrome (trisomy 21).",
        "Mild hearing loss.",
        "Born at 31 weeks.",
    ]
    assert sentences("Her score was 12. Then she rested.") == [
        "Her score was 12.",
        "Then she rested.",
    ]


def test_lettered_paragraph_numbers_are_list_markers() -> None:
    assert strip_marker("2a. It is essential that Sam has a key adult.") == (
        "It is essential that Sam has a key adult.",
        "2a",
        False,
    )
    assert strip_marker("3 apples were counted.")[1] == ""
    assert strip_marker("KS2 SATs were taken in May.")[1] == ""  # the key stage, not a code
