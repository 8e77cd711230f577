"""Plan layouts whose headings only their wording or their neighbours reveal: each rule on a
small invented plan.

Sub-part labels ("3(a)") and roman numerals ("Section VI") that number sections without
naming their letter, headings put as the child's questions, long headings in the child's
voice ending "(F)", paragraph numbers that carry the section's letter (B1, F2.1),
"Needs / Outcomes / Provision" under each area of need, a page header that repeats the
section in force, PDF headings set in plain type with an underline, and a provision named
in a bare sentence ("Homework club.") that the next sentence completes.
"""

from pathlib import Path

from ehcp_appeal.analysis.plan.plan_items import section_items
from ehcp_appeal.analysis.plan.plan_sections import Plan, split_sections
from ehcp_appeal.analysis.reading.blocks import strip_marker
from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_docx, write_pdf

VIEWS = "Robin likes dinosaurs and wants to be a vet."
NEED = "Robin mixes up the sounds of letters and reads very slowly."
NEED2 = "Robin finds it hard to join in with other children at playtime."
GOAL = "By July Robin will read a simple book aloud without help."
GOAL2 = "By July Robin will play a game with two friends."
HELP = "A phonics session of 20 minutes every day with a trained teaching assistant."
HELP2 = "A social skills group of four, 30 minutes each week, led by the SENCo."
HEALTH = "Review by the community paediatrician once a year."
SCHOOL = "Northvale Primary School (mainstream)."


def _read(path: Path) -> Plan:
    return split_sections(read_path(path), path.name)


def _plan_with(tmp_path: Path, headings: dict[str, str], kind: str = "heading") -> Plan:
    body = {"A": VIEWS, "B": NEED, "E": GOAL, "F": HELP, "G": HEALTH, "I": SCHOOL}
    items: list[tuple] = [("heading", "Education, Health and Care Plan")]
    for section, heading in headings.items():
        items += [(kind, heading), ("para", body[section])]
    return _read(write_docx(tmp_path / "plan.docx", items))


def _texts(plan: Plan) -> dict[str, str]:
    return {section: found.text for section, found in plan.sections.items()}


def test_sub_part_labels_number_sections_and_their_letters_are_not_section_letters(
    tmp_path: Path,
) -> None:
    plan = _plan_with(
        tmp_path,
        {
            "A": "1(a) Robin's views, interests and aspirations",
            "B": "1(b) Special educational needs",
            "E": "2(a) Outcomes for Robin",
            "F": "3(a) Special educational provision",
            "G": "3(b) Health care provision",
            "I": "4(a) Placement",
        },
    )
    assert _texts(plan) == {"A": VIEWS, "B": NEED, "E": GOAL, "F": HELP, "G": HEALTH, "I": SCHOOL}
    assert {found.found_by for found in plan.sections.values()} == {"number_and_name"}


def test_roman_numerals_number_sections_and_section_one_is_the_first_not_the_placement(
    tmp_path: Path,
) -> None:
    plan = _plan_with(
        tmp_path,
        {
            "A": "Section I: Views, interests and aspirations",
            "B": "Section II: Special educational needs",
            "E": "Section V: Outcomes",
            "F": "Section VI: Special educational provision",
            "G": "Section VII: Health provision",
            "I": "Section X: Placement",
        },
    )
    assert _texts(plan) == {"A": VIEWS, "B": NEED, "E": GOAL, "F": HELP, "G": HEALTH, "I": SCHOOL}


def test_section_i_stays_the_placement_in_a_lettered_plan(tmp_path: Path) -> None:
    plan = _plan_with(
        tmp_path,
        {
            "A": "Section A: Views, interests and aspirations",
            "B": "Section B: Special educational needs",
            "F": "Section F: Special educational provision",
            "I": "Section I: Placement",
        },
    )
    assert plan.sections["I"].text == SCHOOL


def test_section_i_without_a_name_in_a_roman_plan_is_left_to_the_person(tmp_path: Path) -> None:
    plan = _plan_with(
        tmp_path,
        {
            "A": "Section I: Robin's page",
            "B": "Section II: Special educational needs",
            "E": "Section V: Outcomes",
            "F": "Section VI: Special educational provision",
        },
    )
    assert "I" not in plan.sections and "A" not in plan.sections
    assert "Section I: Robin's page" in {h.text for h in plan.headings if h.section is None}


def test_headings_put_as_the_childs_questions(tmp_path: Path) -> None:
    plan = _plan_with(
        tmp_path,
        {
            "A": "What is important to me and my family?",
            "B": "What are my special educational needs?",
            "E": "What are we working towards? My outcomes",
            "F": "What support will I get at school?",
            "G": "What support will I get from health services?",
            "I": "Where will I go to school?",
        },
    )
    assert _texts(plan) == {"A": VIEWS, "B": NEED, "E": GOAL, "F": HELP, "G": HEALTH, "I": SCHOOL}


def test_long_headings_in_the_childs_voice_ending_with_the_letter(tmp_path: Path) -> None:
    plan = _plan_with(
        tmp_path,
        {
            "A": "About me: what I like, what I am good at and what I want for my future (A)",
            "B": "What I find hard and why I need extra help with my learning - my needs (B)",
            "F": "The help I will get in school to meet my needs - the provision for me (F)",
        },
    )
    assert _texts(plan) == {"A": VIEWS, "B": NEED, "F": HELP}


def test_a_long_sentence_ending_with_a_letter_is_not_a_heading(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "Section B: Special educational needs"),
        ("para", NEED),
        (
            "para",
            "The school will review the support with Robin's parents and say how it helped (F)",
        ),
        ("heading", "Section F: Special educational provision"),
        ("para", HELP),
    ]
    plan = _read(write_docx(tmp_path / "plan.docx", items))
    assert (
        plan.sections["B"].text.startswith(NEED) and "review the support" in plan.sections["B"].text
    )
    assert plan.sections["F"].text == HELP


def test_paragraph_numbers_with_the_section_letter_name_the_heading_above(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "My plan"),
        ("heading", "My story"),
        ("para", f"A1 {VIEWS}"),
        ("heading", "What I find tricky"),
        ("para", f"B1 {NEED}"),
        ("para", f"B2 {NEED2}"),
        ("heading", "Things I want to do"),
        ("heading", "Reading"),
        ("para", f"E1.1 {GOAL}"),
        ("heading", "Friends"),
        ("para", f"E2.1 {GOAL2}"),
        ("heading", "Help I will have"),
        ("heading", "Reading"),
        ("para", f"F1.1 {HELP}"),
        ("heading", "Friends"),
        ("para", f"F2.1 {HELP2}"),
        ("heading", "Where I learn"),
        ("para", f"I1 {SCHOOL}"),
    ]
    plan = _read(write_docx(tmp_path / "plan.docx", items))
    assert list(plan.sections) == ["A", "B", "E", "F", "I"]
    assert NEED2 in plan.sections["B"].text and HELP2 in plan.sections["F"].text
    assert plan.sections["E"].title == "Things I want to do"
    assert plan.sections["F"].title == "Help I will have"


def test_few_lettered_paragraph_numbers_name_no_heading(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "What I find tricky"),
        ("para", f"B1 {NEED}"),
        ("heading", "Help I will have"),
        ("para", f"F1 {HELP}"),
    ]
    plan = _read(write_docx(tmp_path / "plan.docx", items))
    assert plan.sections == {}


def test_needs_outcomes_and_provision_under_each_area_of_need(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "Section A – Robin's views"),
        ("para", VIEWS),
        ("heading", "Sections B, E and F – needs, outcomes and provision by area of need"),
    ]
    for area, need, goal, help_ in (
        ("Cognition and learning", NEED, GOAL, HELP),
        ("Communication and interaction", NEED2, GOAL2, HELP2),
    ):
        items += [
            ("heading", area),
            ("heading", "Needs"),
            ("para", need),
            ("heading", "Outcomes"),
            ("para", goal),
            ("heading", "Provision"),
            ("para", help_),
        ]
    items += [("heading", "Section G – Health care provision"), ("para", HEALTH)]
    plan = _read(write_docx(tmp_path / "plan.docx", items))
    assert _texts(plan) == {
        "A": VIEWS,
        "B": f"{NEED}\n{NEED2}",
        "E": f"{GOAL}\n{GOAL2}",
        "F": f"{HELP}\n{HELP2}",
        "G": HEALTH,
    }


def test_a_page_header_repeating_the_section_is_no_provision(tmp_path: Path) -> None:
    head = "Northvale Council EHC Plan: Robin Example"
    pages = [
        [
            ("heading", "Section B - Special educational needs"),
            ("para", NEED),
            ("heading", "Section F - Special educational provision"),
            ("para", HELP),
        ],
        [("para", HELP2), ("heading", "Section G - Health provision"), ("para", HEALTH)],
    ]
    headers = [head, f"{head} Section F - Special educational provision"]
    plan = _read(write_pdf(tmp_path / "plan.pdf", pages, header=headers))
    assert plan.sections["F"].text == f"{HELP}\n{HELP2}"
    assert "Northvale" not in "".join(section.text for section in plan.sections.values())


def test_a_page_header_run_into_the_pages_text_keeps_the_text(tmp_path: Path) -> None:
    head = "Northvale Council EHC Plan: Robin Example"
    pages = [
        [("para", head), ("heading", "Section F - Special educational provision")],
        [("para", f"{head} {HELP}"), ("para", HELP2)],
        [("para", f"{head} Section F - Special educational provision"), ("para", HELP2)],
    ]
    blocks = read_path(write_pdf(tmp_path / "plan.pdf", pages))
    plan = split_sections(blocks, "plan.pdf")
    assert HELP in plan.sections["F"].text  # only the running head itself is dropped


def test_an_underlined_pdf_heading_is_not_run_into_its_text(tmp_path: Path) -> None:
    heading = "Section A - Views, interests and aspirations of Robin and his parents"
    wide = "Robin loves horses and dinosaurs, and bouncing on the trampoline at his nan's house."
    pages = [
        [
            ("underline", heading, "tight"),
            ("para", wide),
            ("underline", "Section B - Special educational needs", "tight"),
            ("para", NEED),
            ("underline", "Section F - Special educational provision", "tight"),
            ("para", HELP),
        ]
    ]
    blocks = read_path(write_pdf(tmp_path / "plan.pdf", pages))
    assert [b.text for b in blocks][:2] == [heading, wide]
    assert blocks[0].heading_hint and not blocks[1].heading_hint
    assert split_sections(blocks, "plan.pdf").sections["A"].text == wide


def test_a_line_left_of_a_bullet_starts_a_new_paragraph(tmp_path: Path) -> None:
    pages = [
        [
            ("bullet", "instructions broken into single steps", "tight"),
            ("para", "Outcome 2 - early reading", "tight"),
            ("bullet", "daily phonics in a group of four"),
        ]
    ]
    blocks = read_path(write_pdf(tmp_path / "plan.pdf", pages))
    assert [b.text for b in blocks] == [
        "instructions broken into single steps",
        "Outcome 2 - early reading",
        "daily phonics in a group of four",
    ]


def test_a_lettered_dotted_number_before_a_lower_case_word_is_a_paragraph_number() -> None:
    assert strip_marker("F3.1 movement breaks when needed") == (
        "movement breaks when needed",
        "F3.1",
        False,
    )
    assert strip_marker("3 sessions a week")[1] == ""


def test_a_theme_tag_before_a_bulleted_provision_is_not_part_of_it() -> None:
    """Plans that file provision under the preparing-for-adulthood outcomes tag each item
    with its theme; the finding quotes the provision itself."""
    assert strip_marker("• [Community inclusion] Community visits as appropriate.") == (
        "Community visits as appropriate.",
        "",
        True,
    )
    assert strip_marker("• [see below] more")[0] == "[see below] more"


def test_a_provision_named_in_a_bare_sentence_is_completed_by_the_next(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "Section F: Special educational provision"),
        ("para", "Homework club. Robin is encouraged to attend homework club regularly."),
        ("para", "Read Write Inc. Fresh Start. Robin will have 30 minutes four times a week."),
        ("para", "Robin will have a laptop. Robin will have a reading pen."),
        ("heading", "Section G: Health care provision"),
        ("para", HEALTH),
    ]
    plan = _read(write_docx(tmp_path / "plan.docx", items))
    found = [(item.text, item.whole) for item in section_items(plan, "F")]
    assert found == [
        (
            "Homework club.",
            "Homework club. Robin is encouraged to attend homework club regularly.",
        ),
        (
            "Read Write Inc. Fresh Start.",
            "Read Write Inc. Fresh Start. Robin will have 30 minutes four times a week.",
        ),
        ("Robin will have a laptop.", "Robin will have a laptop."),
        ("Robin will have a reading pen.", "Robin will have a reading pen."),
    ]


def test_a_page_header_is_the_heading_of_a_section_named_nowhere_else(tmp_path: Path) -> None:
    head = "Robin Example | EHC plan |"
    pages = [
        [("heading", "Section A - About Robin"), ("para", VIEWS)],
        [("heading", "Reading and writing"), ("para", NEED)],
        [("para", GOAL)],
        [("para", HELP)],
        [("para", HELP2), ("heading", "Section G - Health provision"), ("para", HEALTH)],
    ]
    headers = ["Robin Example | EHC plan"] + [f"{head} Section {x}" for x in "BEFF"]
    plan = _read(write_pdf(tmp_path / "plan.pdf", pages, header=headers))
    assert plan.sections["B"].text == f"Reading and writing\n{NEED}"
    assert plan.sections["E"].text == GOAL
    assert plan.sections["F"].text == f"{HELP}\n{HELP2}"  # the repeat is a running head
    assert plan.sections["B"].found_by == "letter"


def test_a_portal_print_with_tabs_and_breadcrumb_headings(tmp_path: Path) -> None:
    tabs = ["Summary", "About me", "Needs", "Provision", "Placement"]

    def strip(open_tab: str) -> str:
        return " | ".join(f"[ {tab} ]" if tab == open_tab else tab for tab in tabs)

    crumbs = {
        "About me": ("Section A > Views", VIEWS),
        "Needs": ("Section B > Needs", NEED),
        "Provision": ("Section F > Provision", HELP),
        "Placement": ("Section I > School", SCHOOL),
    }
    pages = [
        [("para", strip(tab)), ("heading", f"{tab} > {crumb}"), ("para", text)]
        for tab, (crumb, text) in crumbs.items()
    ]
    plan = _read(write_pdf(tmp_path / "plan.pdf", pages))
    assert plan.sections["B"].text == NEED
    assert plan.sections["F"].text == HELP  # the next page's tab strip is not provision
    assert plan.sections["I"].text == SCHOOL


def test_a_table_of_changes_by_section_does_not_open_the_sections(tmp_path: Path) -> None:
    changes = [
        ["Section", "What has changed"],
        ["A", "Views updated for 2026."],
        ["B", "Updated with the outreach service's findings."],
        ["F", "Direct therapy replaces the school programme."],
    ]
    items: list[tuple] = [("heading", "Changes made at this review"), ("table", changes)]
    for heading, text in (
        ("Views, interests and aspirations\tSection A", VIEWS),
        ("Special educational needs\tSection B", NEED),
        ("Special educational provision\tSection F", HELP),
    ):
        items += [("table", [[heading]]), ("para", text)]
    plan = _read(write_docx(tmp_path / "plan.docx", items))
    assert plan.sections["B"].text == NEED
    assert plan.sections["F"].text == HELP
    assert plan.sections["B"].found_by == "letter"


def test_a_plan_set_out_as_one_table_keeps_its_letter_rows_as_headings(tmp_path: Path) -> None:
    rows = [["Sec.", "Content"], ["A", "ABOUT ROBIN"], ["", VIEWS], ["B", "ROBIN'S NEEDS"]]
    rows += [["", NEED], ["F", "PROVISION"], ["", HELP]]
    plan = _read(write_docx(tmp_path / "plan.docx", [("table", rows)]))
    assert NEED in plan.sections["B"].text
    assert HELP in plan.sections["F"].text


def test_a_portals_update_stamps_and_back_to_top_links_are_no_sections_text(tmp_path: Path) -> None:
    stamp = "Last updated 3 February 2027 by Dawn Saxby"
    pages = [
        [("heading", "Section B - Special educational needs"), ("para", stamp)],
        [("para", NEED), ("heading", "Back to top")],
        [("heading", "Section F - Special educational provision"), ("para", stamp)],
        [("para", HELP)],
    ]
    plan = _read(write_pdf(tmp_path / "plan.pdf", pages))
    assert plan.sections["B"].text == NEED
    assert plan.sections["F"].text == HELP


def test_parts_headed_in_words_after_a_key_of_the_sections_take_the_keys_order(
    tmp_path: Path,
) -> None:
    names = ["views, interests and aspirations", "special educational needs", "health needs"]
    names += ["social care needs", "outcomes", "special educational provision"]
    names += ["health provision"]
    key: list[tuple] = [("para", f"{n[0]}: {n[1]}") for n in zip("ABCDEFG", names, strict=True)]
    key.append(("table", [["8.1 / 8.2", "H1 and H2: social care provision"]]))
    parts = ["About me", "My needs", "My health", "My family", "What I want to achieve"]
    parts += ["What help I will get", "Health services", "Care at home", "Other care"]
    body = {"My needs": NEED, "What help I will get": HELP}
    items: list[tuple] = [("heading", "My Education, Health and Care Plan"), *key]
    for part in parts:
        items += [("heading", part), ("para", body.get(part, f"Text of {part}."))]
    plan = _read(write_docx(tmp_path / "plan.docx", items))
    assert plan.sections["B"].text == NEED
    assert plan.sections["F"].text == HELP
    assert plan.sections["B"].found_by == "letter"


def test_a_letter_and_a_space_before_the_councils_own_words_heads_its_section(
    tmp_path: Path,
) -> None:
    """ "B What Robin finds difficult": no separator after the letter and none of the
    section's words, but set as a heading between the lettered sections around it."""
    plan = _plan_with(
        tmp_path,
        {
            "A": "A What Robin and his family want",
            "B": "B What Robin finds difficult",
            "E": "E Robin's outcomes",
            "F": "F Special educational provision",
            "G": "G Robin's health care",
            "I": "I Robin's school",
        },
    )
    texts = _texts(plan)
    assert VIEWS in texts["A"] and NEED in texts["B"]
    assert NEED not in texts["A"] and HELP in texts["F"]
