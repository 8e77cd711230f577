"""A plan amended in place, each change written in brackets where it was made."""

from pathlib import Path

from ehcp_appeal.analysis.plan.plan_items import section_items
from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_docx

ORDER = "[Amended by order of the Tribunal dated 14 July 2026: "
OLD = "The young person will have support in English and maths sessions."
NEW = "The young person will have a learning support assistant in maths for four hours a week."
ADDED = "A weekly 45-minute study skills session with a named tutor."


def _f_lines(tmp_path: Path, body: list[tuple[str, str]]) -> list[str]:
    plan = write_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Section B: Special educational needs"),
            ("para", "He reads at about the level of a nine-year-old."),
            ("heading", "Section F: Special educational provision"),
            *body,
            ("heading", "Section G: Health provision"),
            ("para", "The GP will review his low mood each term."),
        ],
    )
    blocks = read_path(plan)
    return [item.text for item in section_items(split_sections(blocks, plan.name), "F")]


def test_a_replaced_sentence_gives_way_to_its_replacement(tmp_path: Path) -> None:
    lines = _f_lines(
        tmp_path,
        [
            ("para", "Tutors will give written instructions for every practical task. " + OLD),
            ("para", f"{ORDER}The sentence above is replaced by: {NEW} ]"),
        ],
    )
    assert lines == ["Tutors will give written instructions for every practical task.", NEW]


def test_an_insertion_is_read_as_plan_text_and_a_deletion_removes_its_sentence(
    tmp_path: Path,
) -> None:
    lines = _f_lines(
        tmp_path,
        [
            ("para", OLD),
            ("para", f"{ORDER}The sentence above is deleted.]"),
            ("para", f"{ORDER}{ADDED} ]"),
            ("para", f"{ORDER}the following is added.]"),
            ("heading", NEW),  # new wording set in bold is text, not a heading
        ],
    )
    assert lines == [ADDED, NEW]
