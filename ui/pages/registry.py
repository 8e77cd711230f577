"""The pages of the window, in navigation order, each with its contract name for --page."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.amendments_page import AmendmentsPage
from ui.pages.bundle_page import BundlePage
from ui.pages.case_page import CasePage
from ui.pages.cases_page import CasesPage
from ui.pages.chronology_page import ChronologyPage
from ui.pages.deadlines_page import DeadlinesPage
from ui.pages.evidence_page import EvidencePage
from ui.pages.plan_check_page import PlanCheckPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    needs_case: bool
    build: Callable[[AppContext], QWidget]


PAGES: tuple[PageSpec, ...] = (
    PageSpec("cases", "Cases", False, CasesPage),
    PageSpec("case", "Case details", True, CasePage),
    PageSpec("evidence", "Evidence", True, EvidencePage),
    PageSpec("chronology", "Chronology", True, ChronologyPage),
    PageSpec("plan-check", "Plan check", True, PlanCheckPage),
    PageSpec("amendments", "Amendments", True, AmendmentsPage),
    PageSpec("deadlines", "Deadlines", True, DeadlinesPage),
    PageSpec("bundle", "Bundle", True, BundlePage),
)

PAGE_KEYS = tuple(spec.key for spec in PAGES)
