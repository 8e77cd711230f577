"""Leftover recommendations pair with unclaimed plan lines only when both agree."""

from ehcp_appeal.analysis.assignment import pair_leftovers
from ehcp_appeal.analysis.matching import Matcher

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
