"""The changes a family asks for in sections B, F and I, each with the evidence for it.

An amendment belongs to a party (the parent's proposal, the council's, or agreed by
both) and is an addition, a deletion or a replacement of the plan's own wording. Drafts
come from accepted plan-check findings (``amendment_proposals``), but only the parent
turns a draft into an amendment: ``accept_finding`` is what clicking "accept" does.
"""

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Amendment, Case, Document
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.services import analysis, audit
from ehcp_appeal.services.amendment_proposals import Evidence, Proposal, propose
from ehcp_appeal.services.edit_versions import claim_version, differences
from ehcp_appeal.services.evidence_locator import locate_paragraph

SECTIONS = ("B", "F", "I")
PARTIES = ("parent", "council", "agreed")
ACTIONS = ("add", "delete", "replace")
PARTY_LABELS = {"parent": "Parent", "council": "Council", "agreed": "Agreed"}
ACTION_LABELS = {"add": "Add", "delete": "Delete", "replace": "Replace"}


@dataclass(frozen=True)
class AmendmentInfo:
    """One amendment as the window and the exports see it."""

    id: int
    case_id: str
    section: str
    party: str
    action: str
    original_text: str
    proposed_text: str
    evidence: Evidence
    finding_key: str = ""
    version: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "section": self.section,
            "party": self.party,
            "action": self.action,
            "original_text": self.original_text,
            "proposed_text": self.proposed_text,
            "evidence": self.evidence.to_json(),
            "finding_key": self.finding_key,
        }


def _info(row: Amendment) -> AmendmentInfo:
    try:
        evidence = Evidence.from_json(json.loads(row.evidence) if row.evidence else None)
    except (ValueError, TypeError):
        evidence = Evidence(note=row.evidence)  # free text from an older record
    assert row.id is not None
    return AmendmentInfo(
        id=row.id,
        case_id=row.case_id,
        section=row.section,
        party=row.party,
        action=row.action,
        original_text=row.original_text,
        proposed_text=row.proposed_text,
        evidence=evidence,
        finding_key=row.finding_key,
        version=row.version,
    )


def _clean(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text or "").strip()


def _check(section: str, party: str, action: str, original: str, proposed: str) -> None:
    if section not in SECTIONS:
        raise InvalidInputError(f"'{section}' cannot be amended here; use section B, F or I.")
    if party not in PARTIES:
        raise InvalidInputError(f"Unknown party '{party}'; use parent, council or agreed.")
    if action not in ACTIONS:
        raise InvalidInputError(f"Unknown change '{action}'; use add, delete or replace.")
    if action in ("add", "replace") and not proposed:
        raise InvalidInputError("Please write the wording you want in the plan.")
    if action in ("delete", "replace") and not original:
        raise InvalidInputError("Please give the plan's wording that should be taken out.")


def _check_evidence(session: Any, case_id: str, evidence: Evidence) -> None:
    if evidence.document_id:
        document = session.get(Document, evidence.document_id)
        if document is None or document.case_id != case_id:
            raise NotFoundError("The evidence document is not one of this case's documents.")
    if evidence.page is not None and evidence.page < 1:
        raise InvalidInputError("A page number starts at 1.")


def list_amendments(db: Database, case_id: str) -> list[AmendmentInfo]:
    """The case's amendments in section order, then in the order they were made."""
    with db.session() as session:
        if session.get(Case, case_id) is None:
            raise NotFoundError(f"There is no case with the id '{case_id}'.")
        rows = session.exec(
            select(Amendment).where(Amendment.case_id == case_id).order_by(col(Amendment.id))
        ).all()
        infos = [_info(row) for row in rows]
    return sorted(infos, key=lambda a: (SECTIONS.index(a.section), a.id))


def get_amendment(db: Database, amendment_id: int) -> AmendmentInfo:
    with db.session() as session:
        row = session.get(Amendment, amendment_id)
        if row is None:
            raise NotFoundError(f"There is no amendment number {amendment_id}.")
        return _info(row)


def add_amendment(
    db: Database,
    case_id: str,
    section: str,
    action: str,
    *,
    original_text: str = "",
    proposed_text: str = "",
    party: str = "parent",
    evidence: Evidence | None = None,
    finding_key: str = "",
) -> AmendmentInfo:
    """Record one change; for an addition ``original_text`` is the passage it follows."""
    original, proposed = _clean(original_text), _clean(proposed_text)
    section = section.strip().upper()
    _check(section, party, action, original, proposed)
    evidence = evidence or Evidence()
    with db.session() as session:
        if session.get(Case, case_id) is None:
            raise NotFoundError(f"There is no case with the id '{case_id}'.")
        _check_evidence(session, case_id, evidence)
        row = Amendment(
            case_id=case_id,
            section=section,
            party=party,
            action=action,
            original_text=original,
            proposed_text=proposed if action != "delete" else "",
            evidence=json.dumps(evidence.to_json(), ensure_ascii=False),
            finding_key=finding_key,
        )
        session.add(row)
        session.flush()
        return _info(row)


_LABELS = {
    "section": "Section",
    "party": "Asked for by",
    "action": "Change",
    "original_text": "Wording now",
    "proposed_text": "Wording asked for",
    "evidence": "Evidence",
}


def edit_amendment(
    db: Database, amendment_id: int, expected_version: int | None = None, **changes: Any
) -> AmendmentInfo:
    """Change any of section, party, action, original_text, proposed_text, evidence.

    With ``expected_version`` (the version the person started from) a save made after
    someone else's is refused with ``StaleEditError`` and changes nothing.
    """
    allowed = {"section", "party", "action", "original_text", "proposed_text", "evidence"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInputError(f"These cannot be changed: {', '.join(sorted(unknown))}.")
    current = get_amendment(db, amendment_id)
    updated = replace(current, **changes)
    original, proposed = _clean(updated.original_text), _clean(updated.proposed_text)
    section = updated.section.strip().upper()
    _check(section, updated.party, updated.action, original, proposed)
    with db.session() as session:
        _check_evidence(session, current.case_id, updated.evidence)
        claim_version(
            session,
            Amendment,
            amendment_id,
            expected_version,
            f"amendment {amendment_id}",
            lambda row: differences(_LABELS, _info(row), updated),
        )
        row = session.get(Amendment, amendment_id, populate_existing=True)
        assert row is not None  # read just above
        row.section, row.party, row.action = section, updated.party, updated.action
        row.original_text = original
        row.proposed_text = proposed if updated.action != "delete" else ""
        row.evidence = json.dumps(updated.evidence.to_json(), ensure_ascii=False)
        session.add(row)
        session.flush()
        return _info(row)


def delete_amendment(db: Database, amendment_id: int) -> AmendmentInfo:
    """Remove an amendment and return it whole, so the window can offer Undo."""
    with db.session() as session:
        row = session.get(Amendment, amendment_id)
        if row is None:
            raise NotFoundError(f"There is no amendment number {amendment_id}.")
        info = _info(row)
        session.delete(row)
        audit.record(session, "deleted", info.case_id, f"amendment {info.id}")
    return info


def restore_amendment(db: Database, info: AmendmentInfo) -> AmendmentInfo:
    """Undo a deletion: the same change comes back (with a new number)."""
    return add_amendment(
        db,
        info.case_id,
        info.section,
        info.action,
        original_text=info.original_text,
        proposed_text=info.proposed_text,
        party=info.party,
        evidence=info.evidence,
        finding_key=info.finding_key,
    )


def proposal_for(db: Database, case_id: str, item_key: str) -> Proposal | None:
    """The draft wording for one finding of the stored plan check (nothing is saved)."""
    result = analysis.get_case_analysis(db, case_id)
    if result is None:
        raise NotFoundError("This case's plan has not been checked yet; run the plan check.")
    for finding in result["findings"]:
        if finding.get("item_key") == item_key:
            return propose(result, finding)
    raise NotFoundError("That finding is not in the latest plan check.")


def _from_proposal(db: Database, case_id: str, proposal: Proposal) -> AmendmentInfo:
    evidence = proposal.evidence
    if evidence.document_id and not evidence.paragraph and proposal.quoted:
        number = locate_paragraph(db, evidence.document_id, evidence.page, proposal.quoted)
        evidence = replace(evidence, paragraph=number)
    return add_amendment(
        db,
        case_id,
        proposal.section,
        proposal.action,
        original_text=proposal.original_text,
        proposed_text=proposal.proposed_text,
        evidence=evidence,
        finding_key=proposal.finding_key,
    )


def accept_finding(db: Database, case_id: str, item_key: str) -> AmendmentInfo | None:
    """What "accept" on a finding does: mark it accepted and add its draft as the parent's
    amendment, once (accepting again keeps the amendment the parent may have edited)."""
    analysis.set_decision(db, case_id, item_key, "accepted")
    if any(a.finding_key == item_key for a in list_amendments(db, case_id)):
        return None
    proposal = proposal_for(db, case_id, item_key)
    return _from_proposal(db, case_id, proposal) if proposal else None


def accept_all_suggestions(db: Database, case_id: str) -> list[AmendmentInfo]:
    """Accept every open finding that has a suggested amendment, as clicking accept on each."""
    result = analysis.get_case_analysis(db, case_id)
    if result is None:
        result = analysis.run_case_analysis(db, case_id)
    added = []
    for finding in result["findings"]:
        if finding.get("decision") != "open" or propose(result, finding) is None:
            continue
        amendment = accept_finding(db, case_id, finding["item_key"])
        if amendment is not None:
            added.append(amendment)
    return added


def draft_from_accepted(db: Database, case_id: str) -> list[AmendmentInfo]:
    """Add the draft wording of every finding the parent accepted that has no amendment yet
    (for findings accepted before drafting existed, or whose amendment was deleted)."""
    result = analysis.get_case_analysis(db, case_id)
    if result is None:
        raise NotFoundError("This case's plan has not been checked yet; run the plan check.")
    have = {a.finding_key for a in list_amendments(db, case_id)}
    added = []
    for finding in result["findings"]:
        if finding.get("decision") != "accepted" or finding.get("item_key") in have:
            continue
        proposal = propose(result, finding)
        if proposal is not None:
            added.append(_from_proposal(db, case_id, proposal))
    return added
