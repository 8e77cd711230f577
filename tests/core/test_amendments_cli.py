"""The working-document, reasons and amendments commands: contract flags and plain errors."""

import json
from pathlib import Path

import docx
import pytest

from ehcp_appeal import demo
from ehcp_appeal.cli import main
from ehcp_appeal.db.database import Database
from ehcp_appeal.services import amendments, analysis

pytestmark = pytest.mark.both_engines


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(db: Database) -> str:
    return demo.seed_demo_case(db)


def test_accept_suggestions_then_reasons_cite_evidence_for_every_point(
    capsys: pytest.CaptureFixture[str], sample: str, db: Database, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "working-document", "--case", sample, "--out", str(tmp_path / "WD.docx"),
        "--accept-suggestions", "--json",
    )  # fmt: skip
    assert code == 0 and err == ""
    written = json.loads(out)
    assert written["version"] == "WD1" and written["pages"] >= 1 and written["footnotes"] > 0
    assert amendments.list_amendments(db, sample), "suggestions became the parent's amendments"

    code, out, _ = run(capsys, "reasons", "--case", sample, "--out", str(tmp_path / "R.docx"))
    assert code == 0
    text = [p.text for p in docx.Document(str(tmp_path / "R.docx")).paragraphs]
    assert "Section B: special educational needs" in text
    assert "Section F: special educational provision" in text
    points = [t for t in text if t.startswith("What is sought:")]
    result = analysis.get_case_analysis(db, sample)
    assert result is not None
    assert len(points) >= len(result["findings"]) - 1
    cited = [t for t in points if "Evidence:" in t]
    assert len(cited) >= len(points) - 3, "only the placeholders for vague wording lack evidence"
    missing = [f for f in result["findings"] if f["kind"] == "provision_missing_from_f"]
    whole = "\n".join(text)
    for finding in missing:
        assert finding["text"] in whole


def test_amendments_add_list_edit_delete(capsys: pytest.CaptureFixture[str], sample: str) -> None:
    code, out, _ = run(
        capsys, "amendments", "add", "--case", sample, "--section", "I", "--action", "replace",
        "--original", "Mainstream primary school.", "--text", "Oakfield School.", "--page", "2",
        "--json",
    )  # fmt: skip
    assert code == 0
    made = json.loads(out)
    assert made["evidence"]["page"] == 2
    code, _, _ = run(capsys, "amendments", "edit", str(made["id"]), "--text", "Oak School.")
    assert code == 0
    code, out, _ = run(capsys, "amendments", "list", "--case", sample, "--json")
    assert [a["proposed_text"] for a in json.loads(out)] == ["Oak School."]
    assert run(capsys, "amendments", "delete", str(made["id"]))[0] == 0
    assert json.loads(run(capsys, "amendments", "list", "--case", sample, "--json")[1]) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["working-document", "--case", "nope", "--out", "{tmp}/WD.docx"],
        [
            "working-document",
            "--case",
            "{case}",
            "--out",
            "{tmp}/no/WD.docx",
            "--accept-suggestions",
        ],
        ["working-document", "--case", "{case}", "--out", "{tmp}/WD.pdf"],
        ["amendments", "add", "--case", "{case}", "--section", "B", "--action", "add"],
        ["amendments", "compare", "--case", "{case}", "WD1", "WD9"],
        ["amendments", "delete", "424242"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], sample: str, tmp_path: Path, db: Database, argv: list[str]
) -> None:
    filled = [a.format(tmp=tmp_path, case=sample) for a in argv]
    code, _, err = run(capsys, *filled)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert amendments.list_amendments(db, sample) == [], "a failed command changes nothing"
