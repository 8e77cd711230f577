"""The pages of the window, in navigation order, each with its contract name for --page.

A page's module is imported when the page is first built, not when the window starts:
the window paints sooner, and a page never opened costs nothing.
"""

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    needs_case: bool
    module: str  # under ui.pages
    class_name: str

    def build(self, context: AppContext) -> QWidget:
        page_class = getattr(importlib.import_module(f"ui.pages.{self.module}"), self.class_name)
        page = page_class(context)
        assert isinstance(page, QWidget)
        return page


PAGES: tuple[PageSpec, ...] = (
    PageSpec("cases", "Cases", False, "cases_page", "CasesPage"),
    PageSpec("councils", "Councils", False, "councils_page", "CouncilsPage"),
    PageSpec("case", "Case details", True, "case_page", "CasePage"),
    PageSpec("evidence", "Evidence", True, "evidence_page", "EvidencePage"),
    PageSpec("chronology", "Chronology", True, "chronology_page", "ChronologyPage"),
    PageSpec("plan-check", "Plan check", True, "plan_check_page", "PlanCheckPage"),
    PageSpec("amendments", "Amendments", True, "amendments_page", "AmendmentsPage"),
    PageSpec("deadlines", "Deadlines", True, "deadlines_page", "DeadlinesPage"),
    PageSpec("bundle", "Bundle", True, "bundle_page", "BundlePage"),
)

PAGE_KEYS = tuple(spec.key for spec in PAGES)
