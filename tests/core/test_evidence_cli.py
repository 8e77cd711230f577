"""The evidence commands: JSON shapes of cli.md and exit 2 with one line for bad input."""

import json
from pathlib import Path

import pytest

from ehcp_appeal.cli import main
from tests.core.test_evidence_samples import email_bytes, pdf_bytes, write

CONTRACT_KEYS = {"id", "title", "kind", "date", "pages", "sha256", "original_name"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def case_id(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "case", "new", "Sam", "--json")
    assert code == 0
    return str(json.loads(out)["id"])


def test_import_documents_and_search_json(
    capsys: pytest.CaptureFixture[str], case_id: str, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "ep.pdf", pdf_bytes([["Educational Psychology Advice", "3 May 2026"]]))
    eml = write(tmp_path, "m.eml", email_bytes("The council agreed to the OT assessment."))
    code, out, err = run(capsys, "import", "--case", case_id, str(pdf), str(eml), "--json")
    assert code == 0 and err == ""
    report = json.loads(out)
    assert len(report["imported"]) == 2 and report["failures"] == []

    code, out, _ = run(capsys, "documents", "--case", case_id, "--json")
    docs = json.loads(out)
    assert all(set(doc) >= CONTRACT_KEYS for doc in docs)
    ep = next(d for d in docs if d["original_name"] == "ep.pdf")
    assert (ep["kind"], ep["date"], ep["pages"]) == ("ep_report", "2026-05-03", 1)

    code, out, _ = run(capsys, "search", "--case", case_id, "OT assess*", "--json")
    hits = json.loads(out)
    assert code == 0 and [set(h) for h in hits] == [{"document", "title", "page", "snippet"}]
    assert hits[0]["title"] == "OT assessment" and hits[0]["page"] == 1

    code, out, _ = run(capsys, "search", "--all-cases", '"psychology advice"', "--json")
    assert [h["document"] for h in json.loads(out)] == [ep["id"]]


def test_duplicate_import_says_so(
    capsys: pytest.CaptureFixture[str], case_id: str, tmp_path: Path
) -> None:
    path = write(tmp_path, "a.txt", b"A letter")
    run(capsys, "import", "--case", case_id, str(path))
    code, out, _ = run(capsys, "import", "--case", case_id, str(path), "--json")
    assert code == 0
    (dup,) = json.loads(out)["duplicates"]
    assert dup["message"] == "already in this case as 'a'"


@pytest.mark.parametrize(
    ("name", "data", "phrase"),
    [
        ("empty.txt", b"", "empty"),
        ("locked.pdf", pdf_bytes([["x"]], encrypt="pw"), "password-protected"),
        ("cut.pdf", pdf_bytes([["x"]] * 3)[:600], "incomplete"),
        ("tool.exe", b"MZ", "not supported"),
    ],
)
def test_single_bad_file_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], case_id: str, tmp_path: Path, name: str, data: bytes,
    phrase: str,
) -> None:  # fmt: skip
    code, out, err = run(capsys, "import", "--case", case_id, str(write(tmp_path, name, data)))
    assert code == 2 and out == ""
    assert phrase in err and err.count("\n") == 1


def test_batch_with_some_failures_exits_0_and_lists_them(
    capsys: pytest.CaptureFixture[str], case_id: str, tmp_path: Path
) -> None:
    good = write(tmp_path, "good.txt", b"fine")
    code, out, _ = run(
        capsys, "import", "--case", case_id, str(good), str(tmp_path / "missing.pdf"), "--json"
    )
    report = json.loads(out)
    assert code == 0
    assert report["failures"] == [
        {
            "file": str(tmp_path / "missing.pdf"),
            "message": f"{tmp_path / 'missing.pdf'} does not exist.",
        }
    ]


def test_all_failing_batch_exits_2(
    capsys: pytest.CaptureFixture[str], case_id: str, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "import", "--case", case_id, str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")
    )
    assert code == 2 and err.count("does not exist") == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "--case", "nope", "x.pdf"],
        ["documents", "--case", "nope", "--json"],
        ["search", "--case", "nope", "x"],
        ["document", "edit", "--id", "nope", "--title", "x"],
        ["document", "delete", "--id", "nope"],
    ],
)
def test_unknown_ids_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1


def test_edit_delete_restore_and_chronology(
    capsys: pytest.CaptureFixture[str], case_id: str, tmp_path: Path
) -> None:
    run(capsys, "import", "--case", case_id, str(write(tmp_path, "a.txt", b"Letter")))
    _, out, _ = run(capsys, "documents", "--case", case_id, "--json")
    doc_id = json.loads(out)[0]["id"]
    code, out, _ = run(capsys, "document", "edit", "--id", doc_id, "--title", "Letter to school",
                       "--kind", "correspondence", "--date", "2026-01-05", "--direction", "to_la",
                       "--sender", "Ann Lee", "--subject", "OT assessment", "--json")  # fmt: skip
    edited = json.loads(out)
    assert code == 0
    assert (edited["title"], edited["date"], edited["direction"]) == (
        "Letter to school", "2026-01-05", "to_la",
    )  # fmt: skip
    assert (edited["sender"], edited["subject"]) == ("Ann Lee", "OT assessment")
    code, _, err = run(capsys, "document", "edit", "--id", doc_id, "--date", "5 Jan")
    assert code == 2 and "YYYY-MM-DD" in err

    assert run(capsys, "document", "delete", "--id", doc_id)[0] == 0
    _, out, _ = run(capsys, "documents", "--case", case_id, "--json")
    assert json.loads(out) == []
    assert run(capsys, "document", "restore", "--id", doc_id)[0] == 0
    _, out, _ = run(capsys, "documents", "--case", case_id, "--json")
    assert [d["id"] for d in json.loads(out)] == [doc_id]

    out_file = tmp_path / "chrono.docx"
    code, _, _ = run(capsys, "chronology", "--case", case_id, "--out", str(out_file))
    assert code == 0 and out_file.stat().st_size > 0
    code, _, err = run(
        capsys, "chronology", "--case", case_id, "--out", str(tmp_path / "no" / "c.docx")
    )
    assert code == 2 and "does not exist" in err
