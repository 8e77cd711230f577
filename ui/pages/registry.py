"""The pages of the window, in navigation order, each with its contract name for --page."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.amendments_page import AmendmentsPage
from ui.pages.case_page import CasePage
from ui.pages.cases_page import CasesPage
from ui.pages.chronology_page import ChronologyPage
from ui.pages.deadlines_page import DeadlinesPage
from ui.pages.empty_page import EmptyStatePage
from ui.pages.evidence_page import EvidencePage
from ui.pages.plan_check_page import PlanCheckPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    needs_case: bool
    build: Callable[[AppContext], QWidget]


def _placeholder(title: str, purpose: str) -> Callable[[AppContext], QWidget]:
    def build(context: AppContext) -> QWidget:
        return EmptyStatePage(context, title, purpose)

    return build


PAGES: tuple[PageSpec, ...] = (
    PageSpec("cases", "Cases", False, CasesPage),
    PageSpec("case", "Case details", True, CasePage),
    PageSpec("evidence", "Evidence", True, EvidencePage),
    PageSpec("chronology", "Chronology", True, ChronologyPage),
    PageSpec("plan-check", "Plan check", True, PlanCheckPage),
    PageSpec("amendments", "Amendments", True, AmendmentsPage),
    PageSpec("deadlines", "Deadlines", True, DeadlinesPage),
    PageSpec(
        "bundle",
        "Bundle",
        True,
        _placeholder(
            "Tribunal bundle",
            "One indexed, page-numbered PDF of the case's documents for the tribunal.",
        ),
    ),
)

PAGE_KEYS = tuple(spec.key for spec in PAGES)
