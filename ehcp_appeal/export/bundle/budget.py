"""The page budget: the Practice Direction's limits, counted live while the user edits.

Each line says what is counted, against which limit, and what to do when it is over:
trim, or ask the tribunal's permission with a SEND7 request (a draft reason is offered).
"""

from collections.abc import Mapping
from dataclasses import dataclass

from ehcp_appeal.export.bundle.rules import BundleRules
from ehcp_appeal.export.bundle.selection import Selection
from ehcp_appeal.wording import count as wc

NEAR = 0.9


@dataclass(frozen=True)
class BudgetLine:
    label: str
    used: int
    limit: int
    advice: str

    @property
    def status(self) -> str:
        if self.used > self.limit:
            return "over"
        return "near" if self.used >= NEAR * self.limit else "ok"

    @property
    def summary(self) -> str:
        """Words, not colour: '112 of 100 pages: 12 over'."""
        if self.used > self.limit:
            return f"{self.used} of {wc(self.limit, 'page')}: {self.used - self.limit} over"
        return f"{self.used} of {wc(self.limit, 'page')}"

    def to_json(self) -> dict[str, object]:
        return {
            "label": self.label,
            "used": self.used,
            "limit": self.limit,
            "status": self.status,
            "summary": self.summary,
            "advice": self.advice,
        }


def _advice(what: str, used: int, limit: int) -> str:
    if used <= limit:
        return ""
    return (
        f"Trim {what} by {wc(used - limit, 'page')} (leave out repeats and pages the tribunal does "
        "not need), or ask the tribunal's permission with a SEND7 request. Draft reason: "
        f"'The appellant asks to file {wc(used, 'page')}, {used - limit} more than the limit of "
        f"{limit}, because the additional pages are needed to show the child's needs and the "
        "provision required, and cannot be summarised without losing evidence the tribunal "
        "will need to decide the appeal.'"
    )


def check(
    rules: BundleRules,
    chosen: Selection,
    pages: Mapping[str, int],
    appeal_type: str,
    working_document_pages: int = 0,
) -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for section in chosen.sections:
        used = sum(pages.get(item.document.id, 0) for item in section.included)
        if section.rule.id == "appellant":
            limit = rules.evidence_limit(appeal_type)
            what = "the family's evidence"
        elif section.rule.id in rules.section_limits:
            limit = rules.section_limits[section.rule.id]
            what = section.rule.title.lower()
        else:
            continue
        lines.append(BudgetLine(section.rule.title, used, limit, _advice(what, used, limit)))
    for item in chosen.included_items():
        for limit_rule in rules.per_document:
            used = pages.get(item.document.id, 0)
            if item.document.kind in limit_rule.kinds and used > limit_rule.pages:
                lines.append(
                    BudgetLine(
                        f"{item.document.title} ({limit_rule.label})",
                        used,
                        limit_rule.pages,
                        _advice(f"'{item.document.title}'", used, limit_rule.pages),
                    )
                )
    if working_document_pages:
        limit = rules.working_document_limit
        lines.append(
            BudgetLine(
                "Working document",
                working_document_pages,
                limit,
                _advice("the working document", working_document_pages, limit),
            )
        )
    return lines
