"""Matching on meaning: paraphrases match, look-alikes sharing a word do not."""

from ehcp_appeal.analysis.matching import Matcher, concepts
from ehcp_appeal.analysis.result import MATCH_THRESHOLD

PLAN_B = [
    "Oscar struggles to hold several instructions in his head long enough to act on them.",
    "Loud and echoing places such as the hall cause Oscar real distress.",
    "Oscar's handwriting is slow and his hand tires after a few lines.",
]
PLAN_F = [
    (
        "A teaching assistant will deliver a speech and language programme to "
        "Oscar for 20 minutes three times a week."
    ),
    "Oscar will be given noise-reducing ear defenders for assemblies and fire drills.",
]


def _best(candidates: list[str], text: str) -> tuple[int, float]:
    matcher = Matcher(candidates, [text])
    match = matcher.best(text)
    assert match is not None
    return match.index, match.score


def test_reworded_need_matches_its_b_sentence() -> None:
    index, score = _best(
        PLAN_B, "Oscar has very weak working memory and loses track of multi-step instructions."
    )
    assert index == 0 and score >= MATCH_THRESHOLD
    index, score = _best(
        PLAN_B, "He is highly sensitive to noise and becomes upset in busy, loud rooms."
    )
    assert index == 1 and score >= MATCH_THRESHOLD


def test_unrelated_need_scores_below_threshold() -> None:
    _index, score = _best(
        PLAN_B, "Oscar's mathematical reasoning is below the level expected for his age."
    )
    assert score < MATCH_THRESHOLD


def test_staff_training_does_not_match_a_programme_for_the_child() -> None:
    text = (
        "All staff working with Oscar should receive training in autism from "
        "the specialist teacher."
    )
    _index, score = _best(PLAN_F, text)
    assert score < MATCH_THRESHOLD


def test_equipment_matches_in_other_words() -> None:
    index, score = _best(PLAN_F, "Oscar should be provided with ear defenders to use in the hall.")
    assert index == 1 and score >= MATCH_THRESHOLD


def test_concepts_explain_the_match() -> None:
    assert "working_memory" in concepts("He forgets what he was doing part-way through a task.")
    assert "literal_language" in concepts("She is confused by idioms and sarcasm.")


def test_therapy_session_led_by_a_therapist_matches_recommended_therapy() -> None:
    plan = [
        "Two occupational therapy sessions a month, run by the school's occupational therapist.",
        "Ruby will have a reading book changed daily by the class teacher.",
        "Ruby will have the support of a learning support assistant for the whole school day.",
        "Ruby will count objects and numerals with an adult, three times a week.",
    ]
    assert _best(plan, "Ruby requires direct occupational therapy every week.")[0] == 0
    assert _best(plan, "Ruby needs full-time adult support, including at break.")[0] == 2
    assert _best(plan, "Ruby should practise early number daily with a TA.")[0] == 3
