"""A strength the plan records in Section B covers no need of the reports."""

from pathlib import Path

from ehcp_appeal.analysis.result import analyse_files
from tests.core.analysis_fixtures.builders import write_docx


def test_a_need_is_not_covered_by_a_strength_on_the_same_topic(tmp_path: Path) -> None:
    plan = write_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Section B: Special educational needs"),
            ("para", "Maya is autistic and finds changes to her routine very hard."),
            (
                "para",
                "Maya's practical skills are a real strength, and her tutors describe her "
                "written work as careful and accurate.",
            ),
            ("heading", "Section F: Special educational provision"),
            ("para", "A key worker will meet Maya for 20 minutes at the start of every day."),
        ],
    )
    need = (
        "Her processing speed is by far her weakest area: she takes much longer than her "
        "peers to complete written work under timed conditions."
    )
    report = write_docx(tmp_path / "ep.docx", [("heading", "Summary of needs"), ("para", need)])
    result = analyse_files(plan, [report])
    statuses = {n["text"]: n["status"] for n in result["needs"] if n["kind"] == "need"}
    assert statuses.get(need) == "missing_from_b", statuses
