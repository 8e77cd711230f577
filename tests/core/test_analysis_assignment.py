"""Leftover recommendations pair with unclaimed plan lines only when both agree."""

from ehcp_appeal.analysis.matching.assignment import pair_leftovers
from ehcp_appeal.analysis.matching.matching import Matcher
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.result import SourceDocument, analyse_documents

PLAN_F = [
    "Three times a week, for 20 minutes, Ava will join a phonics group of four pupils.",
    "Access to a buggy for longer outings | As required",
    "Ava will have access to a quiet area when she needs it.",
]
RECOMMENDATIONS = [
    "Ava should join a phonics group of no more than four pupils three times a week.",
    "Buggy to be taken on any longer trip of more than 500 m",
    "A key adult should check in with Ava for ten minutes at the start of each day.",
]


def _pairs() -> dict[int, int]:
    matcher = Matcher(PLAN_F, RECOMMENDATIONS, [True] * len(PLAN_F))
    pairs = pair_leftovers(matcher, RECOMMENDATIONS, unmatched=[1, 2], free_lines=[1, 2])
    return {number: match.index for number, match in pairs.items()}


def test_reworded_weaker_line_pairs_with_its_recommendation() -> None:
    assert _pairs().get(1) == 1


def test_unrelated_leftovers_stay_apart() -> None:
    """Sharing no distinctive words, a missing provision is not absorbed by a stray line."""
    assert 2 not in _pairs()


def test_claimed_lines_and_matched_recommendations_are_not_paired() -> None:
    matcher = Matcher(PLAN_F, RECOMMENDATIONS, [True] * len(PLAN_F))
    assert pair_leftovers(matcher, RECOMMENDATIONS, unmatched=[], free_lines=[1, 2]) == {}
    assert pair_leftovers(matcher, RECOMMENDATIONS, unmatched=[1], free_lines=[2]) == {}


def test_a_need_that_section_b_words_differently_is_in_b() -> None:
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section B: Special educational needs", 1, heading_hint=True),
            Block("Ava has a very short auditory memory and holds only two spoken items.", 1),
            Block("Ava is unsteady on stairs and needs a handrail.", 1),
            Block("Section F: Special educational provision", 1, heading_hint=True),
            Block(
                "A teaching assistant will pre-teach topic words to Ava daily for 10 minutes.", 1
            ),
        ],
    )
    report = SourceDocument(
        "ep.pdf",
        [
            Block("Summary of needs", 1, heading_hint=True),
            Block(
                "Her short-term auditory memory is a significant weakness: she could repeat "
                "back two digits but not three.",
                1,
                bullet=True,
            ),
            Block("Ava cannot yet count objects beyond three.", 1, bullet=True),
        ],
    )
    result = analyse_documents(plan, [report])
    status = {need["text"][:12]: need["status"] for need in result["needs"]}
    assert status == {"Her short-te": "in_b", "Ava cannot y": "missing_from_b"}


def test_advice_answered_elsewhere_does_not_keep_a_free_line_from_the_advice_left() -> None:
    """Advice that names a key adult in passing, answered by another line, scores higher
    against "Teaching assistant support from a key adult" than the advice for the key
    adult's hours; only the advice still waiting competes for the free line."""
    lines = [
        "Teaching assistant support from a key adult | A named assistant | 10 hours a week",
        "A quiet base in the library corner that she may go to, with her key adult, at any time",
    ]
    advice = [
        "Wren should come in from playtime early, with her key adult, to a quiet activity.",
        "Wren needs a consistent key adult, trained in the PANDA approach, for 20 hours a week.",
    ]
    matcher = Matcher(lines, advice, [True, True])
    assert matcher.best_statement(advice, 0)[1] == 0  # the passing mention scores higher
    pairs = pair_leftovers(matcher, advice, unmatched=[1], free_lines=[0])
    assert {number: match.index for number, match in pairs.items()} == {1: 0}
