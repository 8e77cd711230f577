"""Advice that a vague line of F answers is "not specific", never also "missing"."""

from pathlib import Path

from ehcp_appeal.analysis.result import analyse_files
from tests.core.analysis_fixtures.builders import write_docx


def _plan(tmp_path: Path, provision: str) -> Path:
    return write_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Section B: Special educational needs"),
            ("para", "Maya finds it hard to organise her work and to keep track of tasks."),
            ("heading", "Section F: Special educational provision"),
            ("para", provision),
            ("para", "A teaching assistant will read test questions aloud to Maya in every test."),
        ],
    )


def _report(tmp_path: Path) -> Path:
    return write_docx(
        tmp_path / "ot_report.docx",
        [
            ("heading", "Recommendations"),
            (
                "para",
                "I recommend that Maya has a visual checklist every day that breaks her "
                "tasks into steps, checked with an adult at the end of each lesson.",
            ),
        ],
    )


def _statuses(result: dict) -> list[str]:
    return [n["status"] for n in result["needs"] if n["kind"] == "recommendation"]


def test_advice_answered_by_a_vague_line_is_not_specific_and_not_missing(tmp_path: Path) -> None:
    result = analyse_files(
        _plan(tmp_path, "Maya will be supported to organise her work."), [_report(tmp_path)]
    )
    kinds = {f["kind"] for f in result["findings"] + result["possible"]}
    assert _statuses(result) == ["not_specific"]
    assert "provision_missing_from_f" not in kinds
    assert "provision_not_specific" in kinds


def test_advice_with_no_line_on_its_subject_is_still_missing(tmp_path: Path) -> None:
    result = analyse_files(
        _plan(tmp_path, "Maya will have access to a laptop for extended writing."),
        [_report(tmp_path)],
    )
    assert _statuses(result) == ["missing_from_f"]
    assert "provision_missing_from_f" in {f["kind"] for f in result["findings"]}


def _therapy_case(tmp_path: Path, provision: str, advice: str) -> dict:
    plan = write_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Section B: Special educational needs"),
            ("para", "Ezra has difficulties with fine motor skills and handwriting."),
            ("heading", "Section F: Special educational provision"),
            ("para", provision),
            ("para", "A teaching assistant will read test questions aloud to Ezra in every test."),
        ],
    )
    report = write_docx(tmp_path / "ot.docx", [("heading", "Recommendations"), ("para", advice)])
    return analyse_files(plan, [report])


def test_a_vague_line_from_the_same_profession_answers_its_advice(tmp_path: Path) -> None:
    result = _therapy_case(
        tmp_path,
        "Occupational therapy advice and a programme as appropriate.",
        "Ezra requires direct occupational therapy from an occupational therapist with "
        "postgraduate training in sensory integration, for 45 minutes every fortnight.",
    )
    assert _statuses(result) == ["not_specific"]


def test_other_kinds_of_provision_from_that_profession_stay_missing(tmp_path: Path) -> None:
    result = _therapy_case(
        tmp_path,
        "Access to speech and language therapy.",
        "Every September the speech and language therapist should train all staff who work "
        "with Ezra in using his communication passport.",
    )
    assert _statuses(result) == ["missing_from_f"]
