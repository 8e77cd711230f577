"""Taking needs and recommendations from reports, and leaving out what is not one."""

from pathlib import Path

from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.reading.reading import read_path
from ehcp_appeal.analysis.roles.report_items import extract_items
from tests.core.analysis_fixtures.builders import write_docx, write_pdf

REPORT = [
    ("heading", "Background"),
    ("para", "Ruby's early difficulties with feeding have resolved and are no longer a concern."),
    ("para", "Ruby was referred to the service at the age of three because of delayed speech."),
    ("heading", "Assessment"),
    ("para", "Ruby's standard score of 72 is at the 3rd percentile on the reading subtest."),
    ("para", "It would help Ruby if new words were pre-taught before each topic."),
    ("heading", "Observation"),
    ("para", "When the class is noisy, Ruby covers her ears and finds it hard to settle to work."),
    ("para", "I observed Ruby in a literacy lesson."),
    ("heading", "Summary of needs"),
    ("bullet", "Ruby has difficulty understanding instructions with more than two parts."),
    ("bullet", "Her reading is well below the level expected for her age."),
    ("heading", "Recommendations"),
    ("para", "I recommend the following."),
    (
        "bullet",
        (
            "Ruby should receive a phonics intervention for 20 minutes daily from "
            "a trained teaching assistant."
        ),
    ),
    ("bullet", "Ruby needs a quiet workstation away from the door."),
    ("bullet", "At home, Ruby's parents are encouraged to read with her each evening."),
    ("bullet", "I will continue to prescribe melatonin and review Ruby in clinic in six months."),
]


def _items(tmp_path: Path) -> dict[str, tuple[str, bool, str]]:
    path = write_pdf(tmp_path / "ep.pdf", [REPORT], header="Brookfield EP Service")
    return {
        item.text: (item.kind, item.educational, item.reason)
        for item in extract_items(read_path(path), "ep.pdf")
    }


def test_needs_and_recommendations_are_found(tmp_path: Path) -> None:
    items = _items(tmp_path)
    assert (
        items["Ruby has difficulty understanding instructions with more than two parts."][0]
        == "need"
    )
    assert items["Her reading is well below the level expected for her age."][0] == "need"
    assert (
        items["When the class is noisy, Ruby covers her ears and finds it hard to settle to work."][
            0
        ]
        == "need"
    )
    rec = (
        "Ruby should receive a phonics intervention for 20 minutes daily from "
        "a trained teaching assistant."
    )
    assert items[rec] == ("recommendation", True, "")
    assert items["Ruby needs a quiet workstation away from the door."][0] == "recommendation"
    assert (
        items["It would help Ruby if new words were pre-taught before each topic."][0]
        == "recommendation"
    )


def test_home_advice_and_health_provision_are_flagged(tmp_path: Path) -> None:
    items = _items(tmp_path)
    assert items["At home, Ruby's parents are encouraged to read with her each evening."] == (
        "recommendation",
        False,
        "home",
    )
    melatonin = "I will continue to prescribe melatonin and review Ruby in clinic in six months."
    assert items[melatonin] == ("recommendation", False, "health")


def test_history_scores_resolved_and_introductions_are_left_out(tmp_path: Path) -> None:
    items = _items(tmp_path)
    for text in [
        "Ruby's early difficulties with feeding have resolved and are no longer a concern.",
        "Ruby was referred to the service at the age of three because of delayed speech.",
        "Ruby's standard score of 72 is at the 3rd percentile on the reading subtest.",
        "I observed Ruby in a literacy lesson.",
        "I recommend the following.",
    ]:
        assert text not in items


def test_support_already_in_place_table_is_not_a_recommendation(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "school.docx",
        [
            ("bold", "Support currently in place"),
            (
                "table",
                [["Support", "Frequency"], ["Nurture group with two other pupils", "Weekly"]],
            ),
            ("bold", "What we think Ruby needs"),
            ("bullet", "Ruby should have a named adult to check in with her every morning."),
        ],
    )
    texts = [item.text for item in extract_items(read_path(path), "school.docx")]
    assert texts == ["Ruby should have a named adult to check in with her every morning."]


def test_recommendation_table_rows_are_items() -> None:
    blocks = [
        Block("Recommendations", 1, heading_hint=True),
        Block("Provision | Frequency", 1, kind="row", cells=("Provision", "Frequency")),
        Block(
            "x",
            1,
            kind="row",
            cells=("Touch-typing programme with a teaching assistant", "Three times a week"),
        ),
    ]
    items = extract_items(blocks, "ot.docx")
    assert [i.text for i in items] == ["Touch-typing programme with a teaching assistant"]


def _classified(blocks: list[Block]) -> dict[str, tuple[str, bool, str]]:
    return {
        item.text: (item.kind, item.educational, item.reason)
        for item in extract_items(blocks, "r.docx")
    }


def _report(*paragraphs: tuple[str, str]) -> list[Block]:
    return [Block(text=text, page=1, heading_hint=kind == "heading") for kind, text in paragraphs]


def test_a_weakness_backed_by_a_score_is_still_a_need() -> None:
    items = _classified(
        _report(
            ("heading", "Cognitive assessment"),
            (
                "para",
                "Omar's visual memory is a marked weakness (scaled score 5): he forgets diagrams.",
            ),
            ("para", "Omar's scaled score of 9 on the vocabulary subtest is average."),
        )
    )
    assert (
        items["Omar's visual memory is a marked weakness (scaled score 5): he forgets diagrams."][0]
        == "need"
    )
    assert "Omar's scaled score of 9 on the vocabulary subtest is average." not in items


def test_advice_that_explains_a_result_is_not_a_recommendation() -> None:
    items = _classified(
        _report(
            ("heading", "Conclusions"),
            (
                "para",
                "Omar's low spelling score should be read as a sign of his hearing loss.",
            ),
            ("para", "Omar should have a laptop for extended writing in every lesson."),
        )
    )
    assert list(items) == ["Omar should have a laptop for extended writing in every lesson."]


def test_clinic_and_parent_advice_raise_no_finding() -> None:
    items = _classified(
        _report(
            ("heading", "Recommendations"),
            (
                "para",
                "Omar's hearing aids should be checked at the audiology clinic every six months.",
            ),
            ("para", "His grandparents might find a visual shopping list helpful on trips out."),
            (
                "para",
                "Omar's parents could practise telling the time with him on the way to school.",
            ),
        )
    )
    kinds = {text: (kind, educational) for text, (kind, educational, _reason) in items.items()}
    assert set(kinds.values()) == {("recommendation", False)} and len(kinds) == 3


def test_needs_in_plain_description_are_found() -> None:
    items = _classified(
        _report(
            ("heading", "What staff see"),
            (
                "para",
                "Omar has not yet learned to tell the time and relies on friends for it.",
            ),
            ("para", "Without his glasses, Omar can see very little of the board."),
            ("para", "Omar is kind and popular, and his confidence is very low in maths."),
        )
    )
    assert {kind for kind, _edu, _reason in items.values()} == {"need"} and len(items) == 3


def test_worries_about_the_future_and_newly_found_conditions_are_needs() -> None:
    items = _classified(
        _report(
            ("heading", "Information from school"),
            (
                "para",
                "Omar is unsure what he would like to do after school and panics in options talks.",
            ),
            ("para", "Omar has a previously undiagnosed motor disorder affecting his handwriting."),
            ("para", "Omar's confidence in PE is fragile after two falls this term."),
            ("para", "Omar would like to be a pilot."),
        )
    )
    assert len(items) == 3 and all(kind == "need" for kind, _e, _r in items.values())
    assert "Omar would like to be a pilot." not in items


def test_a_report_title_is_not_a_part_heading() -> None:
    blocks = [
        Block(
            text="Occupational Therapy Advice for School and the Local Authority",
            page=1,
            heading_hint=True,
        ),
        Block(text="Name | Omar Hale", page=1, kind="row", cells=("Name", "Omar Hale")),
        Block(
            text="Author | Jo Penn, Senior Occupational Therapist (HCPC)",
            page=1,
            kind="row",
            cells=("Author", "Jo Penn, Senior Occupational Therapist (HCPC)"),
        ),
        Block(text="Recommendations", page=1, heading_hint=True),
        Block(text="Omar should have a writing slope in every lesson.", page=1),
    ]
    assert list(_classified(blocks)) == ["Omar should have a writing slope in every lesson."]


def test_review_style_headings_and_the_childs_own_words() -> None:
    items = _classified(
        _report(
            ("heading", "What is going well"),
            ("para", "Omar has settled well and finds it easy to make friends now."),
            ("heading", "What is not working"),
            ("para", "Omar still cannot read the timetable and arrives late to lessons."),
            ("heading", "Omar's views"),
            ("para", "He worries that he will fail his tests and he sleeps badly before them."),
            ("heading", "Agreed actions"),
            ("para", "A mentor should show Omar the route to each room for two weeks."),
            ("para", "For parents: Omar might find a bedtime audiobook helpful before tests."),
        )
    )
    assert items == {
        "Omar still cannot read the timetable and arrives late to lessons.": ("need", True, ""),
        "He worries that he will fail his tests and he sleeps badly before them.": (
            "need",
            True,
            "",
        ),
        "A mentor should show Omar the route to each room for two weeks.": (
            "recommendation",
            True,
            "",
        ),
        "Omar might find a bedtime audiobook helpful before tests.": (
            "recommendation",
            False,
            "home",
        ),
    }


def test_needs_stated_after_an_opening_clause_or_as_a_consequence() -> None:
    items = _classified(
        _report(
            ("heading", "Observation at lunch"),
            (
                "para",
                "When the hall is busy, Omar could not find his seat and he leaves the room.",
            ),
            ("para", "Omar finds crowded queues very difficult and leaves without eating."),
            ("heading", "Dressing"),
            ("para", "Omar cannot yet tie his laces, so he needs an adult to help after swimming."),
            ("para", "Omar should be taught to tie his laces with a two-loop method."),
        )
    )
    assert items == {
        "When the hall is busy, Omar could not find his seat and he leaves the room.": (
            "need",
            True,
            "",
        ),
        "Omar finds crowded queues very difficult and leaves without eating.": ("need", True, ""),
        "Omar cannot yet tie his laces, so he needs an adult to help after swimming.": (
            "need",
            True,
            "",
        ),
        "Omar should be taught to tie his laces with a two-loop method.": (
            "recommendation",
            True,
            "",
        ),
    }


def test_dated_diagnoses_and_named_test_results() -> None:
    items = _classified(
        _report(
            ("heading", "Clinic review"),
            ("para", "Omar has a diagnosis of cerebral palsy, confirmed by our team in 2021."),
            ("para", "Omar has a lifelong heart condition that limits how far he can walk."),
            ("heading", "Findings"),
            ("para", "The Conners 4 (teacher form) shows an elevated pattern for inattention."),
            ("para", "Omar has low muscle tone in his hands and drops small objects."),
        )
    )
    assert set(items) == {
        "Omar has a diagnosis of cerebral palsy, confirmed by our team in 2021.",
        "Omar has a lifelong heart condition that limits how far he can walk.",
        "Omar has low muscle tone in his hands and drops small objects.",
    }


def test_modal_advice_under_a_home_heading_is_home_advice() -> None:
    items = _classified(
        _report(
            ("heading", "Suggestions for home"),
            ("para", "A weighted blanket would make settling at night easier for Omar."),
            ("para", "Omar's aunt might play turn-taking board games with him at weekends."),
        )
    )
    assert {value for value in items.values()} == {("recommendation", False, "home")}
    assert len(items) == 2


def test_home_activities_said_to_help_are_home_advice_without_naming_the_parents() -> None:
    items = _classified(
        _report(
            ("heading", "Observations"),
            ("para", "A warm bath before bed may ease the stiffness in Omar's hips."),
            ("para", "Jigsaws and colouring at home will all help to build up his hand strength."),
        )
    )
    assert {value for value in items.values()} == {("recommendation", False, "home")}
    assert len(items) == 2


def test_eligibility_statements_are_not_needs() -> None:
    items = _classified(
        _report(
            ("heading", "Summary"),
            (
                "para",
                "Omar's needs remain significant despite high-quality teaching and support.",
            ),
            ("para", "He requires more than is ordinarily available in a mainstream class."),
            ("para", "Omar cannot yet write his name without a model to copy."),
        )
    )
    assert list(items) == ["Omar cannot yet write his name without a model to copy."]


def test_the_child_is_the_name_most_used_as_a_subject_not_a_parent_or_a_service() -> None:
    from ehcp_appeal.analysis.roles.report_items import child_name

    para = (
        "I met Mrs Hale and Mr Hale at home. Ashby Children's Service referred the family. "
        "Mr Hale said Theo's sleep is poor. Theo has few friends and Theo finds noise hard. "
        "Mrs Hale's view is that Theo needs support, and Dr Patel has seen him twice."
    )
    blocks = [Block(text=para, page=1), Block(text="Mrs Hale has\nTheo's file", page=1)]
    assert child_name(blocks) == "Theo"
    # Titles and service names stay out even when only they are subjects.
    text = "Mr Hale said so. They went to Ashby Children's Team."
    assert child_name([Block(text=text, page=1)]) == ""
