"""A few rounds of the kill -9 harness (benchmarks/kill_harness.py runs hundreds)."""

import sys
from pathlib import Path

import pytest

from benchmarks.kill_harness import CORPUS, run_rounds


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGKILL are POSIX")
@pytest.mark.skipif(not CORPUS.exists(), reason="needs the shared sample corpus")
@pytest.mark.timeout(300)
def test_killing_imports_analysis_and_exports_loses_nothing(tmp_path: Path) -> None:
    tally = run_rounds(tmp_path / "data", rounds=6, encrypt=True, seed=5, max_delay=6.0)
    assert tally.rounds == 6 and tally.killed + tally.finished == 6
    assert tally.documents >= 3  # the prepared case's documents, at least
    assert tally.runs["bundle"]  # exports ran among the killed actions
    assert tally.orphans_after_final_sweep == 0
    assert tally.sound, tally.problems


def test_an_export_cut_short_is_not_taken_for_a_whole_one(tmp_path: Path) -> None:
    """The harness's export check can fail: half a bundle or Word file is not 'whole'."""
    from docx import Document as WordDocument
    from pypdf import PdfWriter

    from benchmarks.kill_harness import _whole

    pdf, docx = tmp_path / "bundle.pdf", tmp_path / "wd.docx"
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    with pdf.open("wb") as out:
        writer.write(out)
    WordDocument().save(str(docx))
    assert _whole(pdf) and _whole(docx)
    for path in (pdf, docx):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        assert not _whole(path)
