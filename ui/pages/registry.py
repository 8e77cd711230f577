"""The pages of the window, in navigation order, each with its contract name for --page."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.bundle_page import BundlePage
from ui.pages.case_page import CasePage
from ui.pages.cases_page import CasesPage
from ui.pages.chronology_page import ChronologyPage
from ui.pages.councils_page import CouncilsPage
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
    PageSpec("councils", "Councils", False, CouncilsPage),
    PageSpec("case", "Case details", True, CasePage),
    PageSpec("evidence", "Evidence", True, EvidencePage),
    PageSpec("chronology", "Chronology", True, ChronologyPage),
    PageSpec("plan-check", "Plan check", True, PlanCheckPage),
    PageSpec(
        "amendments",
        "Amendments",
        True,
        _placeholder(
            "Amendments",
            "The changes you ask for in sections B, F and I, with the evidence for each, "
            "ready for the tribunal's working document.",
        ),
    ),
    PageSpec("deadlines", "Deadlines", True, DeadlinesPage),
    PageSpec("bundle", "Bundle", True, BundlePage),
)

PAGE_KEYS = tuple(spec.key for spec in PAGES)
