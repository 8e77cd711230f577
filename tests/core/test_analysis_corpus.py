"""The development corpus: findings, sections and needs against truth.json."""

import pytest

from ehcp_appeal.analysis.scoring import score_corpus
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the shared development corpus is absent"
)


@pytest.fixture(scope="module")
def overall() -> dict[str, float]:
    _cases, totals = score_corpus(CORPUS)
    return totals


def test_findings_f1(overall: dict[str, float]) -> None:
    assert overall["f1"] >= 0.9


def test_sections_found(overall: dict[str, float]) -> None:
    assert overall["sections"] >= 0.95


def test_needs_found(overall: dict[str, float]) -> None:
    assert overall["needs"] >= 0.9
