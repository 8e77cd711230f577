"""The command line's case commands and its rules for bad input (contract: cli.md)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ehcp_appeal.cli import build_parser, main

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EHCP_APPEAL_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "ehcp_appeal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_case_new_and_list_follow_the_contract(data_home: Path) -> None:
    created = run_cli("case", "new", "Ruby Okafor", "--json", home=data_home)
    assert created.returncode == 0, created.stderr
    made = json.loads(created.stdout)
    assert set(made) == {"id", "name"} and made["name"] == "Ruby Okafor"

    listed = run_cli("case", "list", "--json", home=data_home)
    assert listed.returncode == 0
    rows = json.loads(listed.stdout)
    assert [(row["id"], row["name"], row["documents"]) for row in rows] == [
        (made["id"], "Ruby Okafor", 0)
    ]


def test_case_outcome_is_set_shown_and_cleared(data_home: Path) -> None:
    made = json.loads(
        run_cli("case", "new", "Sam", "--outcome", "won", "--json", home=data_home).stdout
    )
    shown = json.loads(
        run_cli("case", "show", "--case", made["id"], "--json", home=data_home).stdout
    )
    assert shown["outcome"] == "won"
    edited = run_cli(
        "case", "edit", "--case", made["id"], "--outcome", "none", "--json", home=data_home
    )
    assert edited.returncode == 0, edited.stderr
    assert json.loads(edited.stdout)["outcome"] == ""


@pytest.mark.parametrize(
    "args",
    [
        ("case", "show", "--case", "does-not-exist"),
        ("case", "new", "Bad date", "--dob", "31/02/2020"),
        ("case", "new", "Bad ref", "--reference", "nonsense"),
        ("case", "new", "Bad outcome", "--outcome", "victory"),
        ("case", "new", "  "),
        ("case", "frobnicate"),
        ("no-such-command",),
    ],
)
def test_bad_input_exits_2_with_one_plain_line(data_home: Path, args: tuple[str, ...]) -> None:
    result = run_cli(*args, home=data_home)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_failed_commands_change_nothing(data_home: Path) -> None:
    run_cli("case", "new", "Kept", home=data_home)
    before = run_cli("case", "list", "--json", home=data_home).stdout
    run_cli("case", "new", "Bad", "--hearing", "2026-13-40", home=data_home)
    assert run_cli("case", "list", "--json", home=data_home).stdout == before


def test_edit_and_archive(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["case", "new", "Sam", "--json"]) == 0
    case_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["case", "edit", "--case", case_id[:8], "--school", "Hillview", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["school"] == "Hillview"
    assert main(["case", "archive", "--case", case_id]) == 0
    capsys.readouterr()
    assert main(["case", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["case", "list", "--archived", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["archived"] is True


def _all_parsers(parser):  # type: ignore[no-untyped-def]
    yield parser
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for sub in action.choices.values():
                yield from _all_parsers(sub)


def test_every_command_explains_itself_in_help() -> None:
    parsers = list(_all_parsers(build_parser()))
    assert len(parsers) > 5
    for parser in parsers:
        text = parser.format_help()
        assert parser.description, f"{parser.prog} has no description"
        assert "usage:" in text
