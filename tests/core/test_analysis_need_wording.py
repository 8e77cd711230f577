"""A need that Section B restates in much the same words is covered, whatever its concepts."""

from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.result import SourceDocument, analyse_documents


def _check(b_line: str, need: str) -> dict:
    """Another need claims the B line first, so only its wording can cover ``need``."""
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section B: Special educational needs", 1, heading_hint=True),
            Block(b_line, 1),
            Block("Amara has a small vocabulary for her age.", 1),
            Block("Section F: Special educational provision", 1, heading_hint=True),
            Block("A teaching assistant will read with Amara for 15 minutes every day.", 1),
        ],
    )
    report = SourceDocument(
        "report.pdf",
        [
            Block("Areas of difficulty", 1, heading_hint=True),
            Block(need, 1, bullet=True),
            Block("Amara finds it very hard to wait her turn in games.", 1, bullet=True),
        ],
    )
    return analyse_documents(plan, [report])


def test_a_need_restated_in_the_same_words_is_in_b() -> None:
    result = _check(
        "Amara finds it hard to wait her turn and to keep going with a task for more than a "
        "few minutes.",
        "Amara can seldom keep going with a task for more than four minutes unless an adult "
        "sits beside her.",
    )
    assert result["needs"][0]["status"] == "in_b"
    assert not [f for f in result["findings"] if f["kind"] == "need_missing_from_b"]


def test_a_need_sharing_few_words_with_b_is_still_missing() -> None:
    result = _check(
        "Amara finds it hard to wait her turn and to keep going with a task for more than a "
        "few minutes.",
        "Amara cannot yet dress herself after PE and needs help with buttons and laces.",
    )
    assert result["needs"][0]["status"] == "missing_from_b"


def test_shared_wording_in_another_area_of_need_does_not_cover_a_need() -> None:
    result = _check(
        "Amara finds reading hard.",
        "Amara finds it very hard to follow spoken instructions in class.",
    )
    assert result["needs"][0]["status"] == "missing_from_b"
