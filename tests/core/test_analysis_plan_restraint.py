"""Nothing is asserted that rests on a section the reader could not find.

The plans are invented, in council layouts whose Section B or F heading the reader
cannot name ("Where Robin needs a hand", "The help Robin gets"); the person's choice of
section for such a heading then lets the check run in full.
"""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ehcp_appeal.analysis.result import analyse_files
from ehcp_appeal.errors import NotAPlanError
from ehcp_appeal.services import analysis
from ehcp_appeal.services.cases import CaseDetails, create_case
from ehcp_appeal.services.plan_sections import choose_plan_document, section_choices
from tests.core.analysis_fixtures.builders import write_txt
from tests.core.analysis_fixtures.cases import add_document

ROOT = Path(__file__).resolve().parents[2]
REPORT = "\n\n".join(
    [
        "Educational Psychology Report",
        "Summary of needs",
        "Robin has significant difficulties with reading and spelling, and he reads well "
        "below the level expected for his age.",
        "Robin finds it very hard to follow spoken instructions in class.",
        "Recommendations",
        "Robin should receive a daily 20-minute individual phonics session delivered by a "
        "trained teaching assistant.",
        "Robin should have weekly speech and language therapy for 45 minutes from a speech "
        "and language therapist.",
    ]
)
SECTIONS = {
    "A": ("All about me", "Robin likes trains and swimming."),
    "B": ("Special educational needs", "Robin finds reading hard."),
    "C": ("Health needs", "None."),
    "D": ("Social care needs", "None."),
    "E": ("Outcomes", "Robin will read simple books by July."),
    "F": ("Special educational provision", "Robin will have reading support as appropriate."),
    "G": ("Health provision", "None."),
    "H": ("Social care provision", "None."),
    "I": ("Placement", "Oak Primary School."),
    "J": ("Personal budget", "None."),
    "K": ("Advice and information", "Educational psychology report, 2026."),
}


def _plan(tmp_path: Path, renamed: dict[str, str], drop: tuple[str, ...] = ()) -> Path:
    parts = ["Education, Health and Care Plan for Robin"]
    for section, (heading, text) in SECTIONS.items():
        if section not in drop:
            parts += [renamed.get(section, heading), text]
    return write_txt(tmp_path / "plan.txt", "\n\n".join(parts) + "\n")


def _report(tmp_path: Path) -> Path:
    return write_txt(tmp_path / "ep_report.txt", REPORT)


def _kinds(result: dict) -> set[str]:  # type: ignore[type-arg]
    return {finding["kind"] for finding in result["findings"]}


def test_no_section_b_no_need_missing_from_b(tmp_path: Path) -> None:
    plan = _plan(tmp_path, {"B": "Where Robin needs a hand"})
    result = analyse_files(plan, [_report(tmp_path)])
    assert "need_missing_from_b" not in _kinds(result)
    assert {n["status"] for n in result["needs"] if n["kind"] == "need"} == {"section_not_found"}
    assert "provision_missing_from_f" in _kinds(result)  # F was found: its findings stand
    reading = result["reading"]
    assert reading["status"] == "section_not_found" and reading["not_found"] == ["B"]
    assert reading["candidates"]["B"][0]["text"] == "Where Robin needs a hand"
    assert "Section B" in reading["message"] and "Where Robin needs a hand" in reading["message"]
    assert not any(f["kind"] == "section_missing" and f["text"] == "B" for f in result["findings"])

    corrected = analyse_files(plan, [_report(tmp_path)], sections={"Where Robin needs a hand": "B"})
    assert "need_missing_from_b" in _kinds(corrected)
    assert corrected["reading"]["status"] == "read"
    b = next(s for s in corrected["plan"]["sections"] if s["id"] == "B")
    assert b["found_by"] == "user" and b["text"] == "Robin finds reading hard."


def test_no_section_f_no_provision_findings(tmp_path: Path) -> None:
    plan = _plan(tmp_path, {"F": "The help Robin gets"})
    result = analyse_files(plan, [_report(tmp_path)])
    assert not _kinds(result) & {
        "provision_missing_from_f",
        "provision_not_specific",
        "provision_less_than_recommended",
    }
    assert result["reading"]["not_found"] == ["F"]
    assert result["reading"]["candidates"]["F"][0]["text"] == "The help Robin gets"
    assert "need_missing_from_b" in _kinds(result)


def test_a_letter_is_not_a_plan(tmp_path: Path) -> None:
    letter = write_txt(
        tmp_path / "decision_letter.txt",
        "Dear Ms Example,\n\nWe have decided to issue an EHC plan for Robin.\n\n"
        "You may appeal to the Tribunal within two months.\n\nYours sincerely\n",
    )
    with pytest.raises(NotAPlanError, match=r"decision_letter\.txt does not look like an EHC plan"):
        analyse_files(letter, [_report(tmp_path)])


def test_a_plan_read_badly_lists_no_missing_sections(tmp_path: Path) -> None:
    renamed = {s: f"Part {n} of this plan" for n, s in enumerate("ACDGHIJK", start=1)}
    result = analyse_files(_plan(tmp_path, renamed), [_report(tmp_path)])
    assert "section_missing" not in _kinds(result)
    assert result["reading"]["status"] == "reading_failed"
    assert "probably not read correctly" in result["reading"]["message"]


def test_a_plan_read_well_lists_the_section_it_lacks(tmp_path: Path) -> None:
    result = analyse_files(_plan(tmp_path, {}, drop=("J",)), [_report(tmp_path)])
    missing = [f["text"] for f in result["findings"] if f["kind"] == "section_missing"]
    assert missing == ["J"] and result["reading"]["status"] == "read"


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EHCP_APPEAL_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "ehcp_appeal", "analyse", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_says_which_section_and_takes_the_persons_choice(
    tmp_path: Path, data_home: Path
) -> None:
    plan = _plan(tmp_path, {"B": "2. Where Robin needs a hand"})
    out = tmp_path / "out.json"
    args = ["--plan", str(plan), "--report", str(_report(tmp_path)), "--json", str(out)]
    refused = _cli(data_home, *args)
    assert refused.returncode == 2 and not out.exists()
    line = refused.stderr.strip()
    assert (
        len(line.splitlines()) == 1 and "Section B" in line and "Where Robin needs a hand" in line
    )

    done = _cli(data_home, *args, "--sections", "2=B")
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(f["kind"] == "need_missing_from_b" for f in data["findings"])
    heading = next(h for h in data["plan"]["headings"] if h["section"] == "B")
    assert heading["found_by"] == "user"

    bad = _cli(data_home, *args, "--sections", "2=Z")
    assert bad.returncode == 2 and "'Z' is not a plan section" in bad.stderr


def test_cli_refuses_a_document_that_is_not_a_plan(tmp_path: Path, data_home: Path) -> None:
    report = _report(tmp_path)
    out = tmp_path / "out.json"
    done = _cli(data_home, "--plan", str(report), "--report", str(report), "--json", str(out))
    assert done.returncode == 2 and not out.exists()
    assert done.stderr.strip() == (
        "ep_report.txt does not look like an EHC plan; which document is the plan?"
    )


def test_saved_case_keeps_the_status_and_the_choice(db, tmp_path: Path, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(db, CaseDetails(name="Robin")).id
    plan = _plan(tmp_path, {"B": "Where Robin needs a hand"})
    plan_id = add_document(db, case_id, plan, "ehcp_final", dt.date(2026, 1, 5))
    add_document(db, case_id, _report(tmp_path), "ep_report")
    first = analysis.run_case_analysis(db, case_id)
    assert first["reading"]["status"] == "section_not_found"
    assert analysis.get_case_analysis(db, case_id)["reading"]["not_found"] == ["B"]

    done = _cli(data_home, "--case", case_id, "--sections", "Where Robin needs a hand=B", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["reading"]["status"] == "read"
    assert section_choices(db, plan_id) == {"Where Robin needs a hand": "B"}
    again = analysis.run_case_analysis(db, case_id)  # the choice is kept for later runs
    assert any(f["kind"] == "need_missing_from_b" for f in again["findings"])


def test_saved_case_with_a_letter_as_plan_raises_and_keeps_the_last_result(
    db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(db, CaseDetails(name="Robin")).id
    plan_id = add_document(db, case_id, _plan(tmp_path, {}), "ehcp_final", dt.date(2025, 1, 5))
    add_document(db, case_id, _report(tmp_path), "ep_report")
    stored = analysis.run_case_analysis(db, case_id)
    letter = write_txt(tmp_path / "letter.txt", "Dear parent,\n\nThe meeting is on Monday.\n")
    letter_id = add_document(db, case_id, letter, "ehcp_final", dt.date(2026, 2, 1))
    with pytest.raises(
        NotAPlanError, match=r"letter\.txt does not look like an EHC plan"
    ) as caught:
        analysis.run_case_analysis(db, case_id)
    assert caught.value.document_id == letter_id
    kept = analysis.get_case_analysis(db, case_id)
    assert kept is not None and kept["findings"] == stored["findings"]

    choose_plan_document(db, case_id, plan_id, not_plan_id=letter_id)
    again = analysis.run_case_analysis(db, case_id)
    assert again["plan"]["document_id"] == plan_id
