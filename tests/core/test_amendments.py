"""Amendments: the parent's changes to B, F and I, drafted from findings and kept with evidence."""

import pytest

from ehcp_appeal import demo
from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.services import amendments, analysis, cases
from ehcp_appeal.services.amendment_proposals import Evidence, propose, specified

pytestmark = pytest.mark.both_engines


def _case(db: Database) -> str:
    return cases.create_case(db, cases.CaseDetails(name="Test family")).id


def test_add_edit_delete_and_undo(db: Database) -> None:
    case_id = _case(db)
    made = amendments.add_amendment(
        db, case_id, "F", "replace", original_text="Access to support.", proposed_text="1:1 SALT."
    )
    edited = amendments.edit_amendment(db, made.id, proposed_text="  45 minutes of SALT weekly. ")
    assert edited.proposed_text == "45 minutes of SALT weekly."
    assert [a.id for a in amendments.list_amendments(db, case_id)] == [made.id]
    gone = amendments.delete_amendment(db, made.id)
    assert amendments.list_amendments(db, case_id) == []
    back = amendments.restore_amendment(db, gone)
    assert (back.section, back.action, back.proposed_text) == ("F", "replace", edited.proposed_text)


@pytest.mark.parametrize(
    ("section", "action", "original", "proposed"),
    [("G", "add", "", "x"), ("B", "move", "", "x"), ("B", "add", "", ""), ("F", "delete", "", "")],
)
def test_bad_amendments_are_refused(
    db: Database, section: str, action: str, original: str, proposed: str
) -> None:
    with pytest.raises(InvalidInputError):
        amendments.add_amendment(
            db, _case(db), section, action, original_text=original, proposed_text=proposed
        )


def test_evidence_must_be_a_document_of_the_case(db: Database) -> None:
    with pytest.raises(NotFoundError):
        amendments.add_amendment(
            db, _case(db), "B", "add", proposed_text="x", evidence=Evidence(document_id="nope")
        )


def test_specified_wording_restates_only_what_the_report_says() -> None:
    wording, missing = specified(
        "A daily programme delivered by a trained teaching assistant, 20 minutes each day, 1:1."
    )
    assert "How often: every school day." in wording
    assert "How long: 20 minutes a session." in wording
    assert "Group size: 1:1." in wording
    assert missing == ()
    club, missing = specified("A lunchtime club of no more than four pupils on three days a week.")
    assert "once a week" not in club  # never restate a figure the sentence does not give
    assert "how often" in missing
    elsa, _ = specified(
        "ELSA from a trained ELSA, 1:1, 30 minutes weekly, then reviewed with the "
        "educational psychologist."
    )
    assert "Delivered by: educational psychologist" not in elsa, "a reviewer does not deliver"
    adult, _ = specified("A named key adult to meet him for 10 minutes every school day.")
    assert "Delivered by" not in adult, "no role is put in words the report did not use"


def test_findings_become_drafts_of_the_right_kind(db: Database) -> None:
    case_id = demo.seed_demo_case(db)
    result = analysis.get_case_analysis(db, case_id)
    assert result is not None
    by_kind = {}
    for finding in result["findings"]:
        by_kind.setdefault(finding["kind"], (finding, propose(result, finding)))
    need, draft = by_kind["need_missing_from_b"]
    assert draft and (draft.section, draft.action) == ("B", "add")
    assert need["text"].rstrip(".") in draft.proposed_text
    assert draft.evidence.document_id == need["document_id"]
    _, draft = by_kind["provision_less_than_recommended"]
    assert draft and (draft.section, draft.action) == ("F", "replace")
    assert "(Delivered by:" in draft.original_text, "the whole row, who and how often, is replaced"
    _, draft = by_kind["provision_in_wrong_section"]
    assert draft and (draft.section, draft.action) == ("F", "add")
    assert "Section G" in draft.evidence.note

    added = amendments.accept_all_suggestions(db, case_id)
    assert len(added) == sum(1 for f in result["findings"] if propose(result, f))
    assert amendments.accept_all_suggestions(db, case_id) == [], "accepting twice adds nothing"
    decided = analysis.get_case_analysis(db, case_id)
    assert decided
    assert all(f["decision"] == "accepted" for f in decided["findings"] if propose(result, f))


def test_drafts_come_only_from_findings_the_parent_accepted(db: Database) -> None:
    case_id = demo.seed_demo_case(db)
    result = analysis.get_case_analysis(db, case_id)
    assert result is not None
    assert amendments.draft_from_accepted(db, case_id) == [], "nothing accepted, nothing drafted"
    chosen = next(f for f in result["findings"] if f["kind"] == "provision_missing_from_f")
    analysis.set_decision(db, case_id, chosen["item_key"], "accepted")
    drafted = amendments.draft_from_accepted(db, case_id)
    assert [a.finding_key for a in drafted] == [chosen["item_key"]]
    assert amendments.draft_from_accepted(db, case_id) == []


def test_the_paragraph_is_the_last_number_printed_before_the_sentence() -> None:
    from ehcp_appeal.services.evidence_locator import paragraph_number

    pages = {
        1: "Report\n1. Background\nHe lives at home.\n2. Needs\nHe is anxious in\nbusy rooms.",
        2: "Page 2\nHe finds writing slow and\ntiring.\n3.2 Recommendations\n"
        "20 minutes of typing daily.",
        3: "6. Recommendations\nIn my view:\n1. Direct therapy from a therapist.\n"
        "2. A named key adult to meet him\nevery morning.",
    }
    assert paragraph_number(pages, 1, "He is anxious in busy rooms.") == "2"
    assert paragraph_number(pages, 2, "He finds writing slow and tiring.") == "2", "from page 1"
    assert paragraph_number(pages, 2, "20 minutes of typing daily.") == "3.2"
    assert paragraph_number(pages, 3, "A named key adult to meet him every morning.") == (
        "6, point 2"
    )
    pages = {
        4: (
            "Recommendations\n1. Therapy weekly.\n2. A group each week.\n"
            "A programme alone is not enough."
        )
    }
    assert paragraph_number(pages, 4, "A programme alone is not enough.") == "", "not point 2"
    assert paragraph_number(pages, 4, "A group each week.") == "2"
    assert paragraph_number(pages, 1, "Not in the report at all.") == ""
