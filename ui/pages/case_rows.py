"""Builds the case list's rows: each case with its next deadline, in one pass."""

from ehcp_appeal.db.database import Database
from ehcp_appeal.services import cases
from ui.models.cases_model import CaseRow


def load_case_rows(db: Database, include_archived: bool) -> list[CaseRow]:
    summaries = cases.list_cases(db, include_archived=include_archived)
    return [CaseRow(summary) for summary in summaries]
