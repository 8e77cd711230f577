"""A small caseload over two councils, for the council report's tests.

Every request was received on Monday 1 September 2025, so the 20-week final plan was due
on Monday 19 January 2026 (a working day, no bank holiday near). Counted on 1 June 2026:

    Westmere   plan 12 Jan (on time, 0 days); 16 Feb (28 days late); none (overdue 133 days);
               a fourth case received 4 May 2026 is not yet due
    Eastbrook  plan 26 Jan (7 days late); 2 Mar (42 days late)
    (no council) one case with no dates
"""

import datetime as dt
import json

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import AnalysisRecord
from ehcp_appeal.services import analysis, cases, deadlines
from ehcp_appeal.services.cases import CaseDetails

TODAY = dt.date(2026, 6, 1)
RECEIVED = dt.date(2025, 9, 1)
CHILDREN = (
    "Zebedee Quillfeather",
    "Ottoline Marchbanks",
    "Peregrine Ashdown",
    "Wilhelmina Stroud",
    "Barnaby Coldwater",
    "Clementine Oakes",
    "Tobias Fenwright",
)
CASE_NAMES = tuple(f"{name.split()[0]} appeal" for name in CHILDREN)
REFERENCES = tuple(f"EH{900 + n}/26/{n:05d}" for n in range(len(CHILDREN)))


def _finding(kind: str, text: str) -> dict[str, object]:
    return {"kind": kind, "text": text, "section": "F", "need": None}


def _store_plan_check(db: Database, case_id: str, findings: list[dict[str, object]]) -> None:
    result = {"plan": {"document": "plan.pdf"}, "needs": [], "findings": findings}
    with db.session() as session:
        session.add(AnalysisRecord(case_id=case_id, result_json=json.dumps(result)))


def build_caseload(db: Database) -> list[str]:
    """Seven cases; returns their ids in the order of CHILDREN."""
    plan = [
        ("Westmere Council", dt.date(2026, 1, 12), "won"),
        ("Westmere Council", dt.date(2026, 2, 16), "conceded"),
        ("Westmere Council", None, ""),
        ("  westmere   council ", None, ""),  # the same council, typed differently
        ("Eastbrook", dt.date(2026, 1, 26), "lost"),
        ("Eastbrook", dt.date(2026, 3, 2), "consent_order"),
        ("", None, "withdrawn"),
    ]
    ids = []
    for number, (council, issued, outcome) in enumerate(plan):
        case = cases.create_case(
            db,
            CaseDetails(
                name=CASE_NAMES[number],
                child_name=CHILDREN[number],
                local_authority=council,
                tribunal_reference=REFERENCES[number],
                outcome=outcome,
            ),
        )
        ids.append(case.id)
        if council:
            received = dt.date(2026, 5, 4) if number == 3 else RECEIVED
            deadlines.record_key_date(db, case.id, "request_received", received)
        if issued:
            deadlines.record_key_date(db, case.id, "final_plan_issued", issued)
    # Plan checks: Westmere's first plan has two needs missing from B and vague provision;
    # its second only vague provision; Eastbrook's first a need missing that the user
    # dismissed (so it does not count) and another kind of finding.
    _store_plan_check(
        db,
        ids[0],
        [
            _finding("need_missing_from_b", "Needs help with reading"),
            _finding("need_missing_from_b", "Anxiety in crowds"),
            _finding("provision_not_specific", "Access to support as needed"),
        ],
    )
    _store_plan_check(db, ids[1], [_finding("provision_not_specific", "Regular therapy")])
    _store_plan_check(
        db,
        ids[4],
        [
            _finding("need_missing_from_b", "A need the reports never said"),
            _finding("therapy_in_wrong_section", "Speech therapy in Section G"),
        ],
    )
    key = analysis.item_key("need_missing_from_b", "A need the reports never said")
    analysis.set_decision(db, ids[4], key, "dismissed")
    return ids
