"""Builds the case list's rows: each case with its next deadline, in one pass."""

import datetime as dt

from ehcp_appeal.db.database import Database
from ehcp_appeal.services import cases, deadlines
from ui.models.cases_model import CaseRow


def load_case_rows(
    db: Database, include_archived: bool, today: dt.date | None = None
) -> list[CaseRow]:
    summaries = cases.list_cases(db, include_archived=include_archived)
    upcoming = deadlines.next_deadlines(
        db, [summary.id for summary in summaries], today or dt.date.today()
    )
    return [CaseRow(summary, upcoming.get(summary.id)) for summary in summaries]
