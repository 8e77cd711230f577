"""Qt table models of the council report: one row per council and duty, and one per council."""

from dataclasses import dataclass

from PySide6.QtCore import Qt

from ehcp_appeal.services.councils import (
    OUTCOME_HEADINGS,
    OUTCOME_KEYS,
    CouncilSummary,
    DutyLateness,
)
from ui.models.rows_model import Index, RowsTableModel, RowT

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class DutyRow:
    council: str
    duty: DutyLateness


def _weeks(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


class _NumbersModel(RowsTableModel[RowT]):
    """Text for reading, numbers for sorting, and numbers aligned right."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    TOOLTIPS: tuple[str, ...] = ()

    def cells(self, row: RowT) -> tuple[str | int | float | None, ...]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self.cells(self.rows[index.row()])[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _weeks(value) if isinstance(value, float) or value is None else str(value)
        if role == self.SORT_ROLE:
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(value, str):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return value or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.TOOLTIPS[section] if section < len(self.TOOLTIPS) else None
        return super().headerData(section, orientation, role)


class CouncilDutiesModel(_NumbersModel[DutyRow]):
    """How late each council was on each duty, in weeks past the legal limit."""

    HEADERS = (
        "Council",
        "Duty (legal limit)",
        "Cases",
        "On time",
        "Late",
        "Overdue",
        "Median",
        "Worst",
    )
    TOOLTIPS = (
        "The council, as typed on the cases",
        "The council's duty under the SEND Regulations 2014, and its time limit",
        "Cases where the duty could be measured (met, done late or overdue)",
        "Met on time",
        "Done, but after the limit",
        "Not done, and past the limit today",
        "Median weeks past the limit (on time counts as 0)",
        "The longest, in weeks past the limit",
    )

    def cells(self, row: DutyRow) -> tuple[str | int | float | None, ...]:
        duty = row.duty
        return (
            row.council,
            f"{duty.title} ({duty.legal_limit})" if duty.legal_limit else duty.title,
            duty.measured,
            duty.met_on_time,
            duty.done_late,
            duty.overdue,
            duty.median_weeks,
            duty.worst_weeks,
        )


class CouncilSummaryModel(_NumbersModel[CouncilSummary]):
    """Per council: cases, plans with problems found by the plan check, appeal outcomes."""

    HEADERS = (
        "Council",
        "Cases",
        "Plans checked",
        "Needs missing from B",
        "Vague provision in F",
        "Appeal outcomes",
    )
    TOOLTIPS = (
        "The council, as typed on the cases",
        "Your cases with this council",
        "Plans with a stored plan check",
        "Plans where the check found at least one need missing from Section B",
        "Plans where the check found at least one vague provision in Section F",
        "How the appeals ended",
    )

    def cells(self, row: CouncilSummary) -> tuple[str | int | float | None, ...]:
        outcomes = ", ".join(
            f"{OUTCOME_HEADINGS[key]} {row.outcome_count(key)}"
            for key in OUTCOME_KEYS
            if row.outcome_count(key)
        )
        return (
            row.council,
            row.cases,
            row.plans_checked,
            row.plans_needs_missing_from_b,
            row.plans_vague_provision,
            outcomes,
        )
