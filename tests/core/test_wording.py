"""Words users read: counts agree with their nouns, and a file is named once per message."""

from pathlib import Path

import pytest

from ehcp_appeal.cli import main
from ehcp_appeal.ingest.importer import Failure
from ehcp_appeal.wording import count
from tests.core.test_evidence_samples import pdf_bytes, write


def test_count_agrees_with_its_noun() -> None:
    assert count(1, "page") == "1 page"
    assert count(2, "page") == "2 pages"
    assert count(0, "document") == "0 documents"
    assert count(1, "child", "children") == "1 child" and count(3, "child", "children") == (
        "3 children"
    )


def test_a_failure_names_its_file_once() -> None:
    named = Failure("/home/x/prog.pdf", "prog.pdf is not a PDF, although its name ends in .pdf.")
    assert named.describe() == "prog.pdf is not a PDF, although its name ends in .pdf."
    prefixed = Failure("/home/x/case.json", "case.json: '.json' files are not supported.")
    assert prefixed.describe() == "case.json: '.json' files are not supported."
    bare = Failure("/home/x/a.eml › b.xyz", "attachment not imported")
    assert bare.describe() == "a.eml › b.xyz: attachment not imported"
    attached = Failure("/home/x/a.eml › plan.docx", "plan.docx is damaged.")
    assert attached.describe() == "a.eml › plan.docx is damaged."


def test_cli_import_messages_name_each_file_once_and_count_pages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = (main(["case", "new", "Sam", "--json"]), *capsys.readouterr())
    case = out.split('"id": "')[1].split('"')[0]
    good = write(tmp_path, "ep.pdf", pdf_bytes([["Educational Psychology Advice"]]))
    bad = write(tmp_path, "prog.pdf", b"this is not a pdf at all")
    code = main(["import", "--case", case, str(good), str(bad)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "1 page)" in out and "1 pages" not in out
    assert err.count("prog.pdf") == 1, err
