"""A few rounds of the kill -9 harness (benchmarks/kill_harness.py runs hundreds)."""

import sys
from pathlib import Path

import pytest

from benchmarks.kill_harness import CORPUS, run_rounds


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGKILL are POSIX")
@pytest.mark.skipif(not CORPUS.exists(), reason="needs the shared sample corpus")
@pytest.mark.timeout(300)
def test_killing_imports_and_analysis_loses_nothing(tmp_path: Path) -> None:
    tally = run_rounds(tmp_path / "data", rounds=4, encrypt=True, seed=3, max_delay=6.0)
    assert tally.rounds == 4 and tally.killed + tally.finished == 4
    assert tally.documents >= 3  # the prepared case's documents, at least
    assert tally.sound, tally.problems
