"""Concepts weighted by rarity within a case, with part credit for related provision."""

from ehcp_appeal.analysis.matching.concept_weights import ConceptWeights, family_of
from ehcp_appeal.analysis.matching.matching import Matcher


def test_a_concept_every_sentence_mentions_counts_for_less() -> None:
    common, rare = "hearing", "pre_teaching"
    weights = ConceptWeights([frozenset({common})] * 6 + [frozenset({common, rare})])
    assert weights.weight(rare) > weights.weight(common)
    ask = frozenset({common, rare})
    assert weights.overlap(ask, frozenset({rare}), contain=True) > weights.overlap(
        ask, frozenset({common}), contain=True
    )


def test_related_concepts_earn_part_credit_for_provision_only() -> None:
    families = family_of()
    assert families["rest_breaks"] == families["sensory_circuit"]
    weights = ConceptWeights([frozenset({"rest_breaks"}), frozenset({"sensory_circuit"})])
    own, other = frozenset({"rest_breaks"}), frozenset({"sensory_circuit"})
    assert weights.overlap(own, other, contain=True) > 0
    assert weights.overlap(own, other, contain=False) == 0


def test_a_paraphrased_provision_finds_its_plan_line() -> None:
    plan = [
        "Sensory breaks as appropriate.",
        "A reading book will be sent home each week.",
    ]
    matcher = Matcher(
        plan, ["Ali needs a movement break after every 15 minutes of desk work."], [True, True]
    )
    best = matcher.best("Ali needs a movement break after every 15 minutes of desk work.")
    assert best is not None and best.index == 0


def test_a_condition_named_in_b_covers_the_needs_that_come_with_it() -> None:
    weights = ConceptWeights([frozenset({"autism"}), frozenset({"social_communication"})])
    social, autism = frozenset({"social_communication"}), frozenset({"autism"})
    assert weights.covered(social, autism) == {"social_communication"}
    assert weights.covered(frozenset({"dressing"}), frozenset({"handwriting"})) == set()
    assert weights.overlap(social, autism, False) > weights.overlap(
        social, frozenset({"anxiety"}), False
    )
