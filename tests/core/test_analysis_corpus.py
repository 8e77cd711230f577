"""The development corpus: findings, sections and needs against truth.json."""

import pytest

from ehcp_appeal.analysis.scoring import CaseScore, how_found, score_corpus
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the shared development corpus is absent"
)


@pytest.fixture(scope="module")
def scored() -> tuple[list[CaseScore], dict[str, float]]:
    return score_corpus(CORPUS)


@pytest.fixture(scope="module")
def overall(scored: tuple[list[CaseScore], dict[str, float]]) -> dict[str, float]:
    return scored[1]


def test_findings_are_all_right(overall: dict[str, float]) -> None:
    """The rules were developed on these cases: every change must keep them whole, so a
    rule that helps a new set at the cost of a development case is caught here."""
    assert overall["f1"] == pytest.approx(1.0)


def test_sections_found(overall: dict[str, float]) -> None:
    assert overall["sections"] == pytest.approx(1.0)


def test_needs_found(overall: dict[str, float]) -> None:
    assert overall["needs"] == pytest.approx(1.0)


def test_each_case_says_how_its_plan_sections_were_found(
    scored: tuple[list[CaseScore], dict[str, float]],
) -> None:
    """The development plans head every section "Section B: ...", so plans read another way
    can be scored apart from them (benchmarks/score_layouts.py)."""
    cases, _ = scored
    assert cases and {case.found_by for case in cases} == {"letter"}


def test_a_plan_read_without_letters_is_told_apart_from_a_lettered_one() -> None:
    lettered = [{"id": "B", "found_by": "letter"}, {"id": "F", "found_by": "letter"}]
    numbered = [{"id": "B", "found_by": "number_and_name"}, {"id": "F", "found_by": "letter"}]
    merged = [{"id": "B", "found_by": "table_column"}, {"id": "F", "found_by": "name"}]
    assert how_found([*lettered, {"id": "E", "found_by": "name"}]) == "letter"
    assert how_found(numbered) == "number_and_name"
    assert how_found(merged) == "name+table_column"
    assert how_found([{"id": "A", "found_by": "letter"}]) == "not found"
