"""The reasons for appeal, to attach to the SEND35 form, as an editable Word document.

For each ground (Sections B, F and I) the tribunal wants to know what is wrong with the
plan and what the family asks for instead, and the evidence for each point. The points
come from the parent's (and agreed) amendments, explained by the plan-check finding
each was drafted from, and from accepted findings that have no amendment yet. The
family edits the Word file before filing; nothing here is more than a first draft.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt, RGBColor

from ehcp_appeal.db.database import Database
from ehcp_appeal.export.ics import write_atomically
from ehcp_appeal.services import amendments as amendment_service
from ehcp_appeal.services import analysis, audit
from ehcp_appeal.services.amendment_proposals import Evidence, fold
from ehcp_appeal.services.amendments import AmendmentInfo
from ehcp_appeal.services.cases import get_case
from ehcp_appeal.services.working_documents import citer

GROUNDS = {
    "B": "Section B: special educational needs",
    "F": "Section F: special educational provision",
    "I": "Section I: placement",
}
_FINDING_SECTION = {
    "need_missing_from_b": "B",
    "provision_missing_from_f": "F",
    "provision_not_specific": "F",
    "provision_less_than_recommended": "F",
    "provision_in_wrong_section": "F",
}


@dataclass(frozen=True)
class Point:
    wrong: str
    sought: str
    evidence: str
    basis: str = ""


@dataclass(frozen=True)
class Ground:
    section: str
    title: str
    points: tuple[Point, ...]


def _quote(text: str) -> str:
    """The words in quotation marks, ending the sentence once (no ".”.")."""
    text = text.strip()
    return f"\u201c{text}\u201d" if text.endswith((".", "!", "?")) else f"\u201c{text}\u201d."


def _wrong(finding: dict[str, Any] | None, change: AmendmentInfo | None) -> str:
    kind = finding.get("kind") if finding else None
    text = str(finding.get("text", "")) if finding else ""
    if kind == "need_missing_from_b":
        return (
            f"Section B does not describe this need, which the evidence identifies: {_quote(text)}."
        )
    if kind == "provision_missing_from_f":
        return f"Section F does not include this recommended provision: {_quote(text)}"
    if kind in ("provision_not_specific", "provision_less_than_recommended"):
        detail = str(finding.get("detail", "")) if finding else ""
        return f"Section F says {_quote(text)} {detail}".strip()
    if kind == "provision_in_wrong_section":
        where = finding.get("section", "G") if finding else "G"
        return (
            f"The plan puts this in Section {where}: {_quote(text)} It educates or trains, so it "
            "is special educational provision and belongs in Section F."
        )
    if kind == "section_missing":
        return f"Section {text} of the plan is missing or empty."
    if change and change.original_text and change.action != "add":
        return f"The plan says {_quote(change.original_text)} This does not meet the needs."
    return "The plan leaves this out."


def _sought(change: AmendmentInfo | None, finding: dict[str, Any] | None) -> str:
    if change is None:
        explanation = str(finding.get("explanation", "")) if finding else ""
        return explanation or "The plan to be amended to put this right."
    where = f"Section {change.section}"
    if change.action == "add":
        said = fold(str(finding.get("text", ""))) if finding else ""
        if said and fold(change.proposed_text).rstrip(".") == said.rstrip("."):
            return f"Add it to {where} in the evidence's own words."
        return f"Add to {where}: {_quote(change.proposed_text)}"
    if change.action == "delete":
        return f"Delete from {where}: {_quote(change.original_text)}"
    return f"Replace it in {where} with: {_quote(change.proposed_text)}"


def build_grounds(
    result: dict[str, Any] | None,
    changes: list[AmendmentInfo],
    cite: Callable[[Evidence], str],
) -> list[Ground]:
    """The points for each ground, amendments first in plan order, then accepted findings
    that have no amendment; a ground with no point is left out."""
    findings = {f["item_key"]: f for f in (result or {}).get("findings", []) if "item_key" in f}
    points: dict[str, list[Point]] = {section: [] for section in GROUNDS}
    used: set[str] = set()
    for change in changes:
        if change.party == "council":
            continue
        finding = findings.get(change.finding_key)
        used.add(change.finding_key)
        evidence = cite(change.evidence)
        if not evidence and finding and finding.get("document_id"):
            evidence = cite(Evidence(finding["document_id"], finding.get("page")))
        basis = str(finding.get("legal_basis", "")) if finding else ""
        points[change.section].append(
            Point(_wrong(finding, change), _sought(change, finding), evidence, basis)
        )
    for key, finding in findings.items():
        section = _FINDING_SECTION.get(finding.get("kind", ""))
        if finding.get("decision") != "accepted" or key in used or section is None:
            continue
        evidence = cite(Evidence(finding.get("document_id", ""), finding.get("page")))
        points[section].append(
            Point(
                _wrong(finding, None),
                _sought(None, finding),
                evidence,
                str(finding.get("legal_basis", "")),
            )
        )
    return [
        Ground(section, GROUNDS[section], tuple(found))
        for section, found in points.items()
        if found
    ]


def _paragraph(document: Any, label: str, text: str, style: str | None = None) -> None:
    paragraph = document.add_paragraph(style=style)
    if label:
        paragraph.add_run(f"{label} ")
    paragraph.add_run(text)


def build_reasons_docx(
    grounds: list[Ground], case_name: str, council: str, reference: str
) -> bytes:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    title = document.add_paragraph()
    title.add_run("Reasons for appeal").font.size = Pt(16)
    for line in (
        f"Child or young person: {case_name}",
        f"Local authority: {council}" if council else "",
        f"Tribunal reference: {reference}" if reference else "",
    ):
        if line:
            document.add_paragraph(line)
    document.add_paragraph(
        "These are the reasons for the appeal against the EHC plan, to go with form SEND35. "
        "For each section appealed it says what is wrong, what is asked for instead and "
        "where the evidence for it is. The full wording asked for is in the working document."
    )
    if not grounds:
        document.add_paragraph(
            "No points yet: accept findings in the plan check or add amendments first."
        )
    number = 0
    for ground in grounds:
        heading = document.add_paragraph()
        heading.paragraph_format.space_before = Pt(12)
        heading.paragraph_format.keep_with_next = True
        heading.add_run(ground.title).font.size = Pt(14)
        for basis in dict.fromkeys(point.basis for point in ground.points if point.basis):
            _paragraph(document, "The law:", basis)
        for point in ground.points:
            number += 1
            wrong = document.add_paragraph(f"{number}. {point.wrong}")
            wrong.paragraph_format.space_after = Pt(2)
            wrong.paragraph_format.keep_with_next = True
            sought = document.add_paragraph(f"What is sought: {point.sought}")
            if point.evidence:
                sought.add_run(f" Evidence: {point.evidence}.")
            sought.paragraph_format.left_indent = Pt(18)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_reasons(db: Database, case_id: str, out: Path) -> list[Ground]:
    """Write the reasons for the case and return the grounds they cover."""
    case = get_case(db, case_id)
    result = analysis.get_case_analysis(db, case_id)
    grounds = build_grounds(
        result, amendment_service.list_amendments(db, case_id), citer(db, case_id)
    )
    data = build_reasons_docx(
        grounds, case.child_name or case.name, case.local_authority, case.tribunal_reference
    )
    write_atomically(out, data)
    audit.record(db, "exported", case_id, "reasons for appeal")
    return grounds
