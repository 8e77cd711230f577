"""Command-line answers a new user meets: short document ids, limits, folders, archived cases,
and finding kinds in words."""

import json
from pathlib import Path

import pytest

from ehcp_appeal.cli import main
from ehcp_appeal.domain import FINDING_LABELS, finding_label
from tests.core.test_evidence_samples import pdf_bytes, write


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _case(capsys: pytest.CaptureFixture[str], name: str = "Sam") -> str:
    code, out, _ = run(capsys, "case", "new", name, "--json")
    assert code == 0
    return str(json.loads(out)["id"])


def test_document_edit_accepts_the_short_id_documents_prints(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = _case(capsys)
    pdf = write(tmp_path, "ep.pdf", pdf_bytes([["Educational Psychology Advice"]]))
    assert run(capsys, "import", "--case", case, str(pdf))[0] == 0
    _, out, _ = run(capsys, "documents", "--case", case)
    short = out.split()[0]
    assert len(short) == 8
    code, out, err = run(capsys, "document", "edit", "--id", short, "--title", "EP advice")
    assert (code, err) == (0, "") and "EP advice" in out
    code, _, err = run(capsys, "document", "edit", "--id", "zzzzzzzz", "--title", "x")
    assert code == 2 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_search_refuses_a_limit_below_one(capsys: pytest.CaptureFixture[str], limit: str) -> None:
    case = _case(capsys)
    code, out, err = run(capsys, "search", "--case", case, "speech", "--limit", limit)
    assert code == 2 and out == "" and "--limit" in err and len(err.strip().splitlines()) == 1


def test_analyse_into_a_missing_folder_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan = write(tmp_path, "plan.pdf", pdf_bytes([["Section B", "Sam needs help"]]))
    out = tmp_path / "no" / "such" / "folder" / "out.json"
    code, _, err = run(capsys, "analyse", "--plan", str(plan), "--json", str(out))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "does not exist" in err
    assert "Traceback" not in err and not out.parent.exists()


def test_case_list_says_when_every_case_is_archived(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "case", "list")
    assert "No cases yet" in out
    case = _case(capsys)
    assert run(capsys, "case", "archive", "--case", case)[0] == 0
    _, out, _ = run(capsys, "case", "list")
    assert "No cases yet" not in out and "1 archived" in out and "--archived" in out


def test_every_finding_kind_has_words_not_an_id() -> None:
    for kind, label in FINDING_LABELS.items():
        assert finding_label(kind) == label and "_" not in label
    assert finding_label("need_missing_from_b") == "Need missing from Section B"
    assert finding_label("something_new") == "Something new"


def test_guide_prints_the_guide_for_parents(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "guide")
    assert (code, err) == (0, "")
    assert "What to do first" in out and "**SEND35**" in out
