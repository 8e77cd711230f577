"""The plan check from start to finish, producing the contract JSON (ehcp-appeal/analysis/1)."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ehcp_appeal.analysis.collection import collector_paused
from ehcp_appeal.analysis.judging import confidence
from ehcp_appeal.analysis.judging.checker import Checker
from ehcp_appeal.analysis.judging.specificity import judge
from ehcp_appeal.analysis.matching.matching import Matcher
from ehcp_appeal.analysis.plan.plan_items import (
    COMPARED_SECTIONS,
    PROVISION_SECTIONS,
    PlanItem,
    section_items,
)
from ehcp_appeal.analysis.plan.plan_sections import Plan, split_sections
from ehcp_appeal.analysis.plan.reading_status import assess
from ehcp_appeal.analysis.reading.reading import Block, read_path
from ehcp_appeal.analysis.roles.report_items import read_report
from ehcp_appeal.analysis.roles.report_sentences import need_clause
from ehcp_appeal.analysis.roles.saved_reading import ReportReading
from ehcp_appeal.progress import Progress

SCHEMA = "ehcp-appeal/analysis/1"


@dataclass(frozen=True)
class SourceDocument:
    """A document to analyse: its display name and its blocks.

    A report read before (its ``reading``, kept between checks) needs no blocks.
    """

    name: str
    blocks: list[Block] = field(default_factory=list)
    reading: ReportReading | None = None


def analyse_files(
    plan: Path,
    reports: list[Path],
    progress: Progress | None = None,
    sections: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Read the files and check the plan against the reports; touches nothing else.

    ``sections`` maps plan headings to the section the person says each is (see
    split_sections); a document with neither Section B nor F raises NotAPlanError.
    """
    progress = progress or Progress.silent()
    total = len(reports) + 2
    progress.step(0, total, f"Reading {plan.name}")
    plan_doc = SourceDocument(plan.name, read_path(plan))
    report_docs = []
    for number, report in enumerate(reports, start=1):
        progress.step(number, total, f"Reading {report.name}")
        report_docs.append(SourceDocument(report.name, read_path(report)))
    return analyse_documents(plan_doc, report_docs, progress, sections)


@collector_paused()
def analyse_documents(
    plan_doc: SourceDocument,
    reports: list[SourceDocument],
    progress: Progress | None = None,
    sections: dict[str, str] | None = None,
) -> dict[str, Any]:
    progress = progress or Progress.silent()
    total = len(reports) + 2
    progress.step(total - 1, total, "Comparing the plan with the reports")
    plan = split_sections(plan_doc.blocks, plan_doc.name, sections)
    reading = assess(plan)
    items = [item for section in COMPARED_SECTIONS for item in section_items(plan, section)]
    readings = [report_reading(doc) for doc in reports]
    report_items = [item for items, _ in readings for item in items]
    matcher = Matcher(
        [_compared_text(item) for item in items],
        [item.text for item in report_items],
        [item.section in PROVISION_SECTIONS for item in items],
    )
    judged = {
        index: judge(item.text, item.whole)
        for index, item in enumerate(items)
        if item.section == "F"
    }
    checker = Checker(plan, items, matcher, judged)
    checker.pair_unmatched(report_items)
    needs = [
        {**checker.assess(number, item), "role": item.role, "cue": item.cue}
        for number, item in enumerate(report_items, start=1)
    ]
    rated = confidence.rate(checker, report_items, checker.findings())
    asserted, possible = confidence.split(rated)
    progress.step(total, total, "Done")
    return {
        "schema": SCHEMA,
        "plan": {
            "document": plan_doc.name,
            "draft": plan.draft,
            "sections": _sections_json(plan),
            "headings": _headings_json(plan),
        },
        "reading": reading.to_json(),
        "needs": needs,
        "findings": [finding.to_json() for finding in asserted],
        "possible": [finding.to_json() for finding in possible],
        "roles": [record.to_json() for _, records in readings for record in records],
    }


def report_reading(doc: SourceDocument) -> ReportReading:
    """The report's items and sentence roles: kept from before, or read now."""
    return doc.reading if doc.reading is not None else read_report(doc.blocks, doc.name)


def _compared_text(item: PlanItem) -> str:
    """A provision's whole row; a need's own clause when a strength comes first."""
    if item.section == "F":
        return item.whole
    return need_clause(item.text) if item.section == "B" else item.text


def _sections_json(plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "id": section.id,
            "title": section.title,
            "first_page": section.first_page,
            "last_page": section.last_page,
            "text": section.text,
            "found_by": section.found_by,
            "confidence": section.confidence,
        }
        for section in plan.sections.values()
    ]


def _headings_json(plan: Plan) -> list[dict[str, Any]]:
    """Every heading found and the section it was taken for (null: none), for correcting."""
    return [
        {
            "text": heading.text,
            "page": heading.page,
            "section": heading.section,
            "found_by": heading.found_by,
        }
        for heading in plan.headings
    ]
