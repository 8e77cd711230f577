"""A provision answers advice by what it provides, not by who delivers it or its topic."""

from ehcp_appeal.analysis.matching.provision_core import core_tokens
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.result import SourceDocument, analyse_documents


def _statuses(f_lines: list[str], advice: list[str]) -> dict[str, str]:
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section B: Special educational needs", 1, heading_hint=True),
            Block("Nia has a language disorder.", 1),
            Block("Section F: Special educational provision", 1, heading_hint=True),
            *[Block(line, 1) for line in f_lines],
        ],
    )
    report = SourceDocument(
        "report.pdf",
        [
            Block("Recommendations", 1, heading_hint=True),
            *[Block(line, 1, bullet=True) for line in advice],
        ],
    )
    result = analyse_documents(plan, [report])
    return {need["text"]: need["status"] for need in result["needs"]}


def test_delivery_words_are_not_the_core_of_a_provision() -> None:
    core = core_tokens("A language programme set by the speech and language therapist, daily")
    assert core == frozenset({"language"})
    assert "minut" not in core_tokens("Fifteen minutes every day with a teaching assistant")


def test_sharing_only_delivery_or_a_topic_word_leaves_advice_missing() -> None:
    statuses = _statuses(
        [
            "A language programme set by the speech and language therapist will be carried out "
            "by a teaching assistant for 15 minutes every day.",
            "Differentiated homework will be set by subject teachers.",
            "Movement breaks will be given by an adult every hour.",
        ],
        [
            "Practice on the 's' sound for five minutes twice a day with an adult shown the "
            "activities by the therapist.",
            "Homework should be posted online with written instructions and checked each week.",
            "A movement break of five minutes every hour, supervised by an adult.",
        ],
    )
    assert (
        statuses[
            "Practice on the 's' sound for five minutes twice a day with an adult shown "
            "the activities by the therapist."
        ]
        == "missing_from_f"
    )
    assert (
        statuses[
            "Homework should be posted online with written instructions and checked each week."
        ]
        == "missing_from_f"
    )
    assert statuses["A movement break of five minutes every hour, supervised by an adult."] != (
        "missing_from_f"
    )
