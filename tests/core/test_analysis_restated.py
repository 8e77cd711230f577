"""A summary that repeats advice argued above is not advice a second time."""

from pathlib import Path

from ehcp_appeal.analysis.reading.reading import read_path
from ehcp_appeal.analysis.roles.report_items import read_report
from ehcp_appeal.analysis.roles.restated import Said
from tests.core.analysis_fixtures.builders import write_docx


def test_a_shorthand_of_earlier_advice_restates_it() -> None:
    said = Said()
    advice = "I recommend a social communication group of up to four pupils, weekly."
    assert not said.restates(advice, "recommendation")
    assert said.restates("Social communication group (up to four)", "recommendation")
    assert not said.restates("Social communication group (up to four)", "need")  # per kind
    assert not said.restates("Weekly occupational therapy for 45 minutes", "recommendation")
    assert not said.restates("Group", "recommendation")  # too few words to tell


def test_a_report_summary_table_adds_no_second_recommendation(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "salt.docx",
        [
            ("heading", "Recommendations"),
            (
                "para",
                "I recommend that Sam attends a social communication group of no more than "
                "four pupils, led by the speech and language therapist, weekly for 45 minutes.",
            ),
            ("para", "I recommend a visual timetable on his desk in every lesson."),
            ("heading", "Summary of recommendations"),
            ("bullet", "Social communication group (up to four pupils)"),
            ("bullet", "Weekly direct therapy on word finding"),
        ],
    )
    items, _roles = read_report(read_path(path), path.name)
    texts = [item.text for item in items if item.kind == "recommendation"]
    assert "Social communication group (up to four pupils)" not in texts
    assert "Weekly direct therapy on word finding" in texts
    assert len(texts) == 3
