"""The deadlines commands: the contract's JSON, plain errors, and case key dates."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ehcp_appeal.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def new_case(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "case", "new", "Sam", "--child", "Sam Smith", "--json")
    assert code == 0
    return str(json.loads(out)["id"])


def test_deadlines_json_is_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "deadlines",
        "--event",
        "decision_letter=2026-10-01",
        "--event",
        "mediation_certificate=2026-11-29",
        "--json",
    )
    assert code == 0 and err == ""
    data = json.loads(out)
    assert isinstance(data, list)
    for item in data:
        assert set(item) == {"id", "date", "title", "rule", "source"}
    by_id = {item["id"]: item for item in data}
    assert by_id["appeal_deadline"]["date"] == "2027-01-04"
    assert by_id["mediation_contact"]["date"] == "2026-12-01"


def test_phase_option_selects_the_post16_date(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["deadlines", "--event", "transfer_year_start=2027-09-01", "--json"]
    _, school, _ = run(capsys, *args)
    _, post16, _ = run(capsys, *args, "--phase", "post16")
    assert json.loads(school)[0]["date"] == "2027-02-15"
    assert json.loads(post16)[0]["date"] == "2027-03-31"


def test_human_output_lists_each_deadline_with_its_working(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "deadlines", "--event", "request_received=2026-03-02")
    assert code == 0
    assert "Monday 20 July 2026" in out
    assert "reg 13(2)" in out
    assert "20 weeks after" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["deadlines", "--event", "decision_leter=2026-10-01"],
        ["deadlines", "--event", "decision_letter=2026-02-30"],
        ["deadlines", "--event", "decision_letter"],
        [
            "deadlines",
            "--event",
            "decision_letter=2026-10-01",
            "--event",
            "decision_letter=2026-10-02",
        ],
        ["deadlines", "--case", "nosuchcase"],
        ["deadlines"],
        ["dates", "--case", "nosuchcase", "--set", "hearing=2027-01-01"],
    ],
)
def test_bad_input_exits_2_with_one_plain_line(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own usage errors
        code = int(str(stop.code))
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_bad_date_in_a_fresh_process_gives_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "EHCP_APPEAL_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "ehcp_appeal", "deadlines", "--event", "hearing=tomorrow"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "YYYY-MM-DD" in result.stderr


def test_case_dates_drive_the_case_deadlines(capsys: pytest.CaptureFixture[str]) -> None:
    case = new_case(capsys)
    code, out, _ = run(
        capsys, "dates", "--case", case, "--set", "request_received=2026-03-02", "--json"
    )
    assert code == 0
    assert json.loads(out) == [
        {
            "event": "request_received",
            "date": "2026-03-02",
            "label": json.loads(out)[0]["label"],
            "note": "",
            "round": 1,
        }
    ]
    _, out, _ = run(capsys, "deadlines", "--case", case, "--json")
    data = json.loads(out)
    assert {item["id"] for item in data} == {
        "decide_whether_to_assess",
        "decide_not_to_issue",
        "final_plan",
    }
    assert all(set(item) == {"id", "date", "title", "rule", "source"} for item in data)
    code, out, _ = run(capsys, "dates", "--case", case, "--clear", "request_received", "--json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "deadlines", "--case", case, "--json")
    assert json.loads(out) == []


def test_duties_show_status_and_exception(capsys: pytest.CaptureFixture[str]) -> None:
    case = new_case(capsys)
    run(capsys, "dates", "--case", case, "--set", "request_received=2026-03-02")
    run(capsys, "dates", "--case", case, "--set", "decision_to_assess=2026-04-10")
    code, _, err = run(capsys, "dates", "--case", case, "--exception", "final_plan=c")
    assert code == 0, err
    _, out, _ = run(capsys, "duties", "--case", case, "--today", "2026-08-01", "--json")
    statuses = {item["id"]: item for item in json.loads(out)}
    assert statuses["decide_whether_to_assess"]["status"] == "met"
    assert statuses["final_plan"]["status"] == "overdue"
    assert statuses["final_plan"]["exception"]["code"] == "c"
    _, out, _ = run(capsys, "deadlines", "--case", case, "--today", "2026-08-01")
    assert "OVERDUE" in out and "MET ON TIME" in out and "exception (c)" in out


def test_letter_and_calendar_are_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = new_case(capsys)
    run(capsys, "dates", "--case", case, "--set", "request_received=2026-03-02")
    letter = tmp_path / "letter.docx"
    code, _, err = run(
        capsys, "letter", "--case", case, "--duty", "final_plan", "--out", str(letter),
        "--today", "2026-08-01",
    )  # fmt: skip
    assert code == 0, err
    assert letter.stat().st_size > 0
    code, _, err = run(
        capsys, "letter", "--case", case, "--duty", "final_plan", "--out", str(letter),
        "--today", "2026-07-01",
    )  # fmt: skip
    assert code == 2 and "not overdue" in err
    calendar = tmp_path / "deadlines.ics"
    code, _, err = run(capsys, "deadlines", "--case", case, "--ics", str(calendar))
    assert code == 0, err
    assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, _, err = run(
        capsys, "deadlines", "--case", case, "--ics", str(tmp_path / "missing" / "x.ics")
    )
    assert code == 2 and "does not exist" in err


def test_help_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("deadlines", "dates", "duties", "letter"):
        assert command in out


def test_dates_refuses_to_replace_a_date_without_replace_and_can_undo(
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = new_case(capsys)
    assert run(capsys, "dates", "--case", case, "--set", "request_received=2026-03-02")[0] == 0
    code, out, err = run(capsys, "dates", "--case", case, "--set", "request_received=2026-12-04")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--replace" in err
    code, out, _ = run(capsys, "dates", "--case", case, "--json")
    assert json.loads(out)[0]["date"] == "2026-03-02"
    code, out, _ = run(
        capsys, "dates", "--case", case, "--set", "request_received=2026-12-04", "--replace"
    )
    assert code == 0 and "2026-12-04" in out
    code, out, _ = run(capsys, "dates", "--case", case, "--history")
    assert "from 2 March 2026 to 4 December 2026" in out
    code, out, _ = run(capsys, "dates", "--case", case, "--undo")
    assert code == 0 and "Undone" in out and "2026-03-02" in out
    code, out, _ = run(capsys, "dates", "--case", case, "--history", "--json")
    assert [c["undone"] for c in json.loads(out)] == [True, False]


def test_dates_adds_a_round_for_a_repeating_event(capsys: pytest.CaptureFixture[str]) -> None:
    case = new_case(capsys)
    run(capsys, "dates", "--case", case, "--set", "review_meeting=2025-05-01")
    code, out, _ = run(capsys, "dates", "--case", case, "--set", "review_meeting=2026-05-05")
    assert code == 0 and "(round 2)" in out
    code, out, _ = run(capsys, "dates", "--case", case, "--json")
    assert [(d["date"], d["round"]) for d in json.loads(out)] == [
        ("2025-05-01", 1),
        ("2026-05-05", 2),
    ]
