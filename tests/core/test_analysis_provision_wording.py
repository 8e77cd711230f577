"""Advice that a Section F line restates in much the same words is answered, whatever
topics the concept lexicon tags in each; shared delivery words alone answer nothing."""

import pytest

from ehcp_appeal.analysis.matching.matching import concepts
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.result import SourceDocument, analyse_documents


def _check(f_line: str, advice: str, *more_advice: str) -> dict:
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section B: Special educational needs", 1, heading_hint=True),
            Block("Imogen is autistic and finds group discussion very hard.", 1),
            Block("Section F: Special educational provision", 1, heading_hint=True),
            Block(f_line, 1),
            Block("A weekly 20-minute meeting with her key worker every Monday.", 1),
        ],
    )
    report = SourceDocument(
        "report.pdf",
        [
            Block("Recommendations", 1, heading_hint=True),
            *[Block(text, 1, bullet=True) for text in (advice, *more_advice)],
        ],
    )
    return analyse_documents(plan, [report])


def test_advice_restated_in_f_in_much_the_same_words_is_answered() -> None:
    result = _check(
        "In each subject, teachers will give Imogen the questions for class discussion at "
        "least one school day in advance, and will accept a written contribution when she "
        "cannot speak in class.",
        "Her teachers should give her the questions for class discussion in advance, and "
        "allow her to contribute in writing where she cannot speak.",
    )
    assert result["needs"][0]["status"] != "missing_from_f"
    assert not [f for f in result["findings"] if f["kind"] == "provision_missing_from_f"]


def test_a_short_item_restated_at_length_in_f_is_answered() -> None:
    """A list item of a few words ("Moving and handling training, including the hoist")
    against the plan's full sentence, which other advice also claims: the concepts of the
    long line hold the score down, the wording is the same."""
    result = _check(
        "All staff who move Imogen will be trained in moving and handling, including use of "
        "her hoist, by the children's physiotherapy team every September and whenever new "
        "staff join her class.",
        "Moving and handling training, including the hoist",
        "Every September the physiotherapy team should train the staff who move Imogen, "
        "and new staff when they join her class.",
    )
    assert result["needs"][0]["status"] != "missing_from_f"


def test_a_line_sharing_only_who_how_long_and_how_often_does_not_answer_advice() -> None:
    """The phonics line answers the phonics advice; the fine motor group is still missing."""
    result = _check(
        "Phonics in a group of no more than four with a teaching assistant for 10 minutes "
        "every day.",
        "A fine motor group with a teaching assistant for 10 minutes every day.",
        "Phonics every day in a small group, 15 minutes, with a trained teaching assistant.",
    )
    assert result["needs"][0]["status"] == "missing_from_f"


@pytest.mark.parametrize(
    ("text", "written_instructions"),
    [
        ("Instructions should be given to him in writing as well as spoken.", True),
        ("Homework tasks will be set in writing on the online classroom.", True),
        ("Allow her to contribute in writing where she cannot speak.", False),
        ("He may answer in writing or by typing in every lesson.", False),
    ],
)
def test_written_instructions_are_instructions_given_in_writing(
    text: str, written_instructions: bool
) -> None:
    assert ("written_instructions" in concepts(text)) is written_instructions


def test_a_therapists_sessions_are_not_answered_by_an_assistant_using_the_advice() -> None:
    """The words shared name the profession, not the provision: the sessions are missing."""
    advice = (
        "Imogen should continue to receive direct therapy from a speech and language "
        "therapist for 30 minutes each week in school."
    )
    result = _check(
        "Imogen's teaching assistant will use strategies from the speech and language "
        "therapy advice.",
        advice,
    )
    missing = [f["text"] for f in result["findings"] if f["kind"] == "provision_missing_from_f"]
    assert missing == [advice]


def test_a_line_naming_only_the_profession_answers_its_therapy_vaguely() -> None:
    result = _check(
        "SALT input to be reviewed termly by the SENCo.",
        "Direct speech and language therapy from a speech and language therapist, 30 "
        "minutes each week in school for two terms, targeting narrative.",
    )
    assert result["needs"][0]["status"] == "not_specific"
    assert not [f for f in result["findings"] if f["kind"] == "provision_missing_from_f"]


def test_a_line_vague_only_in_its_group_size_can_still_give_less_than_advised() -> None:
    """ "In a small group, once a week for 45 minutes" leaves only the group's size open,
    too little to assert it vague; what matters is that the report asked for three times a
    week, so the plan gives less."""
    line = "Catch-up teaching in maths in a small group, once a week for 45 minutes."
    result = _check(
        line,
        "Catch-up teaching in maths in a group of no more than four pupils, three times a "
        "week for 45 minutes.",
    )
    less = [f for f in result["findings"] if f["kind"] == "provision_less_than_recommended"]
    assert [f["text"] for f in less] == [line]
    assert [f["text"] for f in result["possible"] if f["kind"] == "provision_not_specific"]


def test_advice_restated_word_for_word_is_answered_whatever_its_purpose_names() -> None:
    """The advice's purpose ("so that she can still join in when her sight is poor") names
    topics the plan line does not; the provision itself is the same words."""
    result = _check(
        "On-body signs for key words, such as a tap on both shoulders for 'stand up', used "
        "by every adult who works with Imogen.",
        "Staff should learn and use a small set of on-body signs, such as a tap on both "
        "shoulders for 'stand up', so that Imogen can still understand and join in when her "
        "speech and sight are both poor.",
    )
    assert result["needs"][0]["status"] != "missing_from_f"
