"""The evaluation sets regenerate byte for byte from their data through the one kit.

One set of each form and house style: A (recorded, lettered style), F (recorded, headed
style) and K (marked data, sectioned style). benchmarks/evaluation_kit/check_identical.py
checks every set.
"""

from pathlib import Path

import pytest

from benchmarks.evaluation_kit.check_identical import check_sets


@pytest.mark.timeout(120)
def test_sets_regenerate_identical_and_verified(tmp_path: Path) -> None:
    results = check_sets(["evaluation_cases", "_f", "_k"], tmp_path, verify=True)
    assert sorted(results) == ["evaluation_cases", "evaluation_cases_f", "evaluation_cases_k"]
    assert results == {name: [] for name in results}
