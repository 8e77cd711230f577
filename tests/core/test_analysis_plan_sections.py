"""Finding sections A to K across councils' heading styles and layouts."""

from pathlib import Path

import pytest

from ehcp_appeal.analysis.plan.plan_sections import heading_of, missing_sections, split_sections
from ehcp_appeal.analysis.plan.section_names import recognise, section_named
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_docx, write_pdf

ALL = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": (
        "Social care provision under section 2 of the Chronically Sick and "
        "Disabled Persons Act 1970"
    ),
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Section B", "B"),
        ("Part B", "B"),
        ("B. Special educational needs", "B"),
        ("B: Special educational needs", "B"),
        ("Section B – Special educational needs", "B"),
        ("Part 1: The child's special educational needs (Section B)", "B"),
        ("H", "H"),
        ("H1", "H1"),
        ("Section H2: Other social care provision", "H2"),
        ("Part F: Special educational provision", "F"),
        ("Special educational provision", "F"),
        ("Section E - Outcomes 4", "E"),
        ("F  Special educational provision", "F"),
    ],
)
def test_heading_styles(text: str, expected: str) -> None:
    found = heading_of(text)
    assert found is not None and found[0] == expected
    assert not found[1].lower().startswith(("part", "section"))


@pytest.mark.parametrize(
    "text",
    [
        "B. Jamie enjoys football and swimming at the weekend with his cousins and friends.",
        "Part B: Special educational needs 2 Part C: Health needs 3",
        "Section F sets out the provision that the school will make for Jamie every week.",
        "A teaching assistant will support Jamie.",
        "I like school because my friends are there",
    ],
)
def test_sentences_and_contents_lines_are_not_headings(text: str) -> None:
    assert heading_of(text) is None


def _plan_items(style: str) -> list[tuple[str, ...]]:
    items: list[tuple[str, ...]] = []
    for sid in ALL:
        heading = {
            "section_dash": f"Section {sid} - {TITLES[sid]}",
            "part_colon": f"Part {sid}: {TITLES[sid]}",
            "letter_dot": f"{sid}. {TITLES[sid]}",
        }[style]
        items.append(("bold", heading))
        items.append(("para", f"Sentence that belongs to section {sid} and nowhere else."))
    return items


@pytest.mark.parametrize("style", ["section_dash", "part_colon", "letter_dot"])
def test_docx_bold_headings_split_into_all_sections(tmp_path: Path, style: str) -> None:
    path = write_docx(
        tmp_path / "plan.docx", [("para", "Westmere Council EHC plan"), *_plan_items(style)]
    )
    plan = split_sections(read_path(path), path.name)
    assert list(plan.sections) == ALL
    for sid in ALL:
        assert f"section {sid} and nowhere else" in plan.sections[sid].text
    assert missing_sections(plan) == []


def test_contents_page_is_skipped_and_pages_reported(tmp_path: Path) -> None:
    contents = [("para", f"Part {sid}: {TITLES[sid]} {n + 2}") for n, sid in enumerate(ALL)]
    body_pages = []
    for sid in ALL:
        body_pages.append(
            [
                ("heading", f"Part {sid}: {TITLES[sid]}"),
                ("para", f"{sid}1. Text of part {sid} goes here."),
            ]
        )
    pdf = write_pdf(
        tmp_path / "plan.pdf",
        [[("heading", "Contents"), *contents], *body_pages],
        header="Council plan",
    )
    plan = split_sections(read_path(pdf), pdf.name)
    assert list(plan.sections) == ALL
    assert plan.sections["B"].first_page == 3 and plan.sections["K"].last_page == 13
    assert plan.sections["F"].text == "Text of part F goes here."


def test_table_per_section_with_letter_in_left_column(tmp_path: Path) -> None:
    items: list[tuple] = [("para", "Eastbrook Borough EHC plan")]
    for sid in ALL:
        items.append(
            ("table", [[sid, f"{TITLES[sid]}: content for {sid} is written in this cell."]])
        )
    path = write_docx(tmp_path / "plan.docx", items)
    plan = split_sections(read_path(path), path.name)
    assert list(plan.sections) == ALL
    assert "content for J" in plan.sections["J"].text


def test_f_heading_as_merged_first_row_and_provision_rows(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "plan.docx",
        [
            ("bold", "Section E: Outcomes"),
            ("para", "Lily will read fluently."),
            (
                "merged_table",
                "Section F: Special educational provision",
                [
                    ["Provision", "Staffing", "Frequency"],
                    ["Phonics programme", "Teaching assistant", "Daily, 20 minutes"],
                ],
            ),
            ("bold", "Section G: Health provision"),
            ("para", "Annual paediatric review."),
        ],
    )
    plan = split_sections(read_path(path), path.name)
    assert "Phonics programme | Teaching assistant | Daily, 20 minutes" in plan.sections["F"].text
    assert "Lily will read fluently." not in plan.sections["F"].text


def test_missing_sections_rules() -> None:
    def plan_with(ids: list[str], draft: bool = False, h_title: str = "") -> list[Block]:
        blocks = [Block("DRAFT Education, Health and Care Plan" if draft else "Final plan", 1)]
        for sid in ids:
            heading = f"Section {sid}" + (f": {h_title}" if sid == "H" and h_title else "")
            blocks += [
                Block(heading, 1, heading_hint=True),
                Block(f"Real content for {sid} here.", 1),
            ]
        return blocks

    without_j = [s for s in ALL if s != "J"]
    assert missing_sections(split_sections(plan_with(without_j), "p")) == ["J"]
    combined_h = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]
    plan = split_sections(plan_with(combined_h, h_title="Social care provision"), "p")
    assert "H1" in plan.sections and missing_sections(plan) == []
    without_i = [s for s in ALL if s != "I"]
    assert missing_sections(split_sections(plan_with(without_i, draft=True), "p")) == []
    assert missing_sections(split_sections(plan_with(without_i), "p")) == ["I"]


def test_empty_section_counts_as_missing() -> None:
    blocks = [Block("Final plan", 1)]
    for sid in ALL:
        blocks.append(Block(f"Section {sid}", 1, heading_hint=True))
        if sid != "D":
            blocks.append(Block(f"Content for section {sid}.", 1))
    assert missing_sections(split_sections(blocks, "p")) == ["D"]


def test_provision_column_found_from_any_header_wording(tmp_path: Path) -> None:
    from ehcp_appeal.analysis.plan.plan_items import section_items

    path = write_docx(
        tmp_path / "plan.docx",
        [
            ("bold", "Section F: Special educational provision"),
            (
                "table",
                [
                    ["Outcome", "Special educational provision required", "Staff", "Frequency"],
                    ["E1", "Precision teaching of sight words", "Teaching assistant", "Daily"],
                ],
            ),
        ],
    )
    plan = split_sections(read_path(path), path.name)
    items = section_items(plan, "F")
    assert [item.text for item in items] == ["Precision teaching of sight words"]
    assert "Daily" in items[0].whole


def test_a_following_sentence_completes_a_provision() -> None:
    from ehcp_appeal.analysis.judging.specificity import judge
    from ehcp_appeal.analysis.plan.plan_items import section_items

    blocks = [
        Block("Section F", 1, heading_hint=True),
        Block(
            "Zara will have speech and language therapy. This will be 30 minutes each week "
            "with a Speech and Language Therapist. Zara will have a visual timetable.",
            1,
        ),
    ]
    items = section_items(split_sections(blocks, "p"), "F")
    assert [item.text for item in items] == [
        "Zara will have speech and language therapy.",
        "Zara will have a visual timetable.",
    ]
    assert judge(items[0].text, items[0].whole).specific


def test_a_section_saying_not_applicable_is_present() -> None:
    blocks = [Block("Final plan", 1)]
    for sid in ALL:
        blocks.append(Block(f"Section {sid}", 1, heading_hint=True))
        blocks.append(Block("N/A" if sid == "J" else f"Content for section {sid}.", 1))
    assert missing_sections(split_sections(blocks, "p")) == []


def test_a_section_with_only_its_field_label_is_empty() -> None:
    blocks = [Block("Final plan", 1)]
    for sid in ALL:
        blocks.append(Block(f"Section {sid}", 1, heading_hint=True))
        label = "Social care needs arising from disability" if sid == "D" else f"Content for {sid}."
        blocks.append(Block(label, 1))
    plan = split_sections(blocks, "p")
    assert "D" in plan.sections and missing_sections(plan) == ["D"]


INTRODUCED = {
    "A": "The views, interests and aspirations of Priya and her parents are as follows.",
    "B": "The special educational needs of the child are set out below.",
    "C": "The health care needs which relate to her special educational needs are these.",
    "D": "The social care needs which relate to her special educational needs are described here.",
    "E": "The outcomes sought for her are these.",
    "F": "The special educational provision required by the child is specified below.",
    "G": "Any health care provision reasonably required by her difficulties is set out here.",
    "H1": (
        "The social care provision which must be made for her under section 2 of the "
        "Chronically Sick and Disabled Persons Act 1970 is as follows."
    ),
    "H2": "Any other social care provision reasonably required by her disabilities is as follows.",
    "I": "The name and type of the school to be attended by the child is given below.",
    "J": "Details of any personal budget are given here.",
    "K": "The advice and information gathered during the assessment is listed below.",
}


def test_sections_introduced_by_a_plain_sentence_in_the_regulations_words(tmp_path: Path) -> None:
    """Some plans have no headings: a plain paragraph in the regulation's wording opens each."""
    items: list[tuple[str, str]] = [("para", "Fernholt Council Education, Health and Care Plan")]
    for sid in ALL:
        items += [
            ("para", INTRODUCED[sid]),
            ("para", f"This sits in section {sid} and nowhere else."),
        ]
    path = write_docx(tmp_path / "plan.docx", items)
    plan = split_sections(read_path(path), path.name)
    assert list(plan.sections) == ALL
    for sid in ALL:
        assert f"section {sid} and nowhere else" in plan.sections[sid].text


@pytest.mark.parametrize("form", ["appendix", "run_in"])
def test_appendices_and_run_in_labels_open_their_sections(tmp_path: Path, form: str) -> None:
    """ "Appendix 2: Special educational needs" headings, and labels that start a paragraph."""
    items: list[tuple[str, str]] = [("para", "Fernholt Council Education, Health and Care Plan")]
    for number, sid in enumerate(ALL, start=1):
        text = f"This sits in section {sid} and nowhere else."
        if form == "appendix":
            items += [("bold", f"Appendix {number}: {TITLES[sid]}"), ("para", text)]
        else:
            items.append(("para", f"Section {sid} - {TITLES[sid]}: {text}"))
    path = write_docx(tmp_path / "plan.docx", items)
    plan = split_sections(read_path(path), path.name)
    assert list(plan.sections) == ALL
    for sid in ALL:
        assert f"section {sid} and nowhere else" in plan.sections[sid].text


def test_a_breadcrumb_trail_names_its_section_with_or_without_a_title() -> None:
    for trail in (
        "Needs > Section B > Special educational needs",
        "Home > Children > Ellis Rowe > EHC plan (amended February 2027) > Section B",
    ):
        found = recognise(trail, hint=True)
        assert found is not None and found.section == "B", trail
    assert recognise("He moved from Year 5 > Year 6 last term", hint=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[SECTION B - SEN]", "B"),
        ("[SECTION H1 - CSDPA 1970 S2]", "H1"),
        ("________________________________ section f special educational provision", "F"),
        ("SEN/B   Special educational needs", "B"),
        ("SCP/H1 Social care provision (CSDPA 1970 s.2)", "H1"),
    ],
)
def test_a_heading_set_apart_by_a_case_system_or_a_typed_rule(text: str, expected: str) -> None:
    found = recognise(text)  # set apart, it is a heading even in plain type
    assert found is not None and found.section == expected
    assert recognise("[See the report of 3 May for the details of F]") is None


def test_an_appendix_of_advice_is_not_a_section() -> None:
    assert recognise("Appendix A: Educational psychology advice", hint=True) is None
    found = recognise("Appendix 6: Special educational provision", hint=True)
    assert found is not None and found.section == "F"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Special educational needs (Regulation 12(1)(b))", "B"),
        ("Outcomes sought (Regulation 12(1)(e))", "E"),
        ("Special educational provision (reg. 12(1)(f))", "F"),
        ("Health care provision (Regulation 12(1)(g))", "G"),
        ("The name of the school and the type of that school", "I"),
        (
            "Where any special educational provision is to be secured by a direct payment, "
            "the special educational needs and outcomes to be met by the direct payment",
            "J",
        ),
    ],
)
def test_a_heading_citing_the_regulation_is_read_by_its_name(text: str, expected: str) -> None:
    found = recognise(text, hint=True)
    assert found is not None and found.section == expected


def _two_column_rows(title: str, rows: list[tuple[str, str]]) -> list[Block]:
    """A title line, then a PDF's lines read as the two cells of one table."""
    return [Block(text=title, page=1)] + [
        Block(text=f"{left} | {right}", page=1, kind="row", cells=(left, right), table=1)
        for left, right in rows
    ]


def test_margin_labels_wrapped_beside_their_text_head_whole_sections() -> None:
    """A form-like PDF: each label wraps down a narrow left column beside its text."""
    rows = [
        ("Section B: Special", "Sam finds it hard to follow spoken"),
        ("educational needs", "instructions with two parts."),
        ("Section E:", "By July Sam will follow a two-part"),
        ("Outcomes", "instruction in class."),
        ("Section F: Special", "A teaching assistant will pre-teach topic"),
        ("educational", "words for 15 minutes three times a week."),
        ("provision", ""),
    ]
    plan = split_sections(_two_column_rows("Westmere Council EHC plan", rows), "plan.pdf")
    assert list(plan.sections) == ["B", "E", "F"]
    assert "spoken instructions with two parts." in plan.sections["B"].text
    assert "topic words for 15 minutes three times a week." in plan.sections["F"].text
    assert "educational" not in plan.sections["F"].text.split("topic")[0]


def test_change_notes_beside_an_amended_plan_are_dropped_and_its_lines_rejoined() -> None:
    rows = [
        ("Section B: Special educational needs", ""),
        ("Sam finds it hard to follow spoken instructions", "Amended 12.11.2026"),
        ("with two parts.", ""),
        ("Section F: Special educational provision", ""),
        ("A teaching assistant will pre-teach topic words", "Amended 12.11.2026 (new)"),
        ("for 15 minutes three times a week.", ""),
    ]
    title = "Westmere Council EHC plan Amended 12.11.2026"
    plan = split_sections(_two_column_rows(title, rows), "plan.pdf")
    assert list(plan.sections) == ["B", "F"]
    assert "instructions with two parts." in plan.sections["B"].text
    assert "topic words for 15 minutes three times a week." in plan.sections["F"].text
    assert "Amended" not in plan.sections["F"].text


def test_a_letter_in_brackets_before_the_name_is_a_heading() -> None:
    found = recognise("[B] The child's special educational needs", hint=True)
    assert found is not None and (found.section, found.found_by) == ("B", "letter")
    assert recognise("(a) reading books at home with a parent", hint=True) is None


def test_a_forms_own_numbering_before_the_section_label_is_set_aside() -> None:
    found = recognise("Form section 2 - Section B: Special educational needs", hint=True)
    assert found is not None and found.section == "B"


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("What Dylan and his family want", "A"),
        ("What Mia thinks", "A"),
        ("What we want Dylan to achieve (outcomes)", "E"),
    ],
)
def test_what_the_child_and_family_want_is_section_a(text: str, section: str) -> None:
    assert section_named(text) == section


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("C • My health", "C"),
        ("D • My family and social care", "D"),
        ("H1 | Social care help under the Chronically Sick and Disabled Persons Act 1970", "H1"),
    ],
)
def test_a_letter_set_off_by_a_bullet_or_a_bar_names_its_section(text: str, section: str) -> None:
    found = heading_of(text)
    assert found is not None and found[0] == section


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Care and family support (social care needs)", "D"),
        ("Money for support (personal budget)", "J"),
    ],
)
def test_an_everyday_title_with_the_statutory_name_in_brackets_names_its_section(
    text: str, section: str
) -> None:
    found = recognise(text)
    assert found is not None and found.section == section
    assert recognise("Ruby enjoys cooking with her grandmother (see the parents' views).") is None


def test_a_statutory_name_then_a_colon_and_the_councils_words_heads_that_section() -> None:
    found = recognise("Placement: Maisie's school", hint=True)
    assert found is not None and found.section == "I"
    # a qualifier naming another section's topic makes the name a kind, not the section
    assert recognise("Needs: health", hint=True) is None
    assert recognise("Primary need: autism", hint=True) is None


@pytest.mark.parametrize(
    "text",
    ["Money Jayden's family can manage themselves", "Money the family can spend directly"],
)
def test_money_the_family_can_manage_is_the_personal_budget(text: str) -> None:
    """A plan written in everyday words names the personal budget by what it is for."""
    found = recognise(text, hint=True)
    assert found is not None and found.section == "J"


@pytest.mark.parametrize(
    ("text", "section"),
    [("Box B - My special educational needs", "B"), ("About me (Box A)", "A")],
)
def test_a_council_that_calls_its_sections_boxes_heads_them_by_letter(
    text: str, section: str
) -> None:
    found = recognise(text, hint=True)
    assert found is not None and found.section == section
