"""Two people, one case: a save made from an older copy is refused, never lost silently.

Every row people edit (a case, an amendment) carries a ``version`` that each save raises
by one. A save says which version it started from; if the row has moved on since (a
colleague saved, or the same person in another window), the save is refused with
``StaleEditError``, whose message shows each field where the stored value and the one
being saved differ, so nothing typed is lost and the person can decide. The check and
the raise are one UPDATE (compare-and-set), so two saves at the same moment cannot both
pass, on SQLite as on a team's server.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlmodel import Session

from ehcp_appeal.errors import AppError

SHOWN_CHARACTERS = 160


@dataclass(frozen=True)
class FieldChange:
    """One field where the stored (their) value and the value being saved (yours) differ."""

    label: str
    theirs: str
    yours: str


class StaleEditError(AppError):
    """Someone saved this after it was opened here; nothing of this save was written."""

    def __init__(self, what: str, changes: Sequence[FieldChange]) -> None:
        self.what = what
        self.changes = tuple(changes)
        if self.changes:
            listed = "; ".join(
                f"{c.label}: now '{_short(c.theirs)}', yours '{_short(c.yours)}'"
                for c in self.changes
            )
            shown = f" What differs: {listed}."
        else:
            shown = " Their version has the same values as yours."
        super().__init__(
            f"Someone else saved {what} after you opened it, so your changes were not "
            f"saved.{shown} Reload to see their version, then make your changes again."
        )


def _short(value: str) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= SHOWN_CHARACTERS else flat[: SHOWN_CHARACTERS - 1] + "…"


def shown(value: object) -> str:
    """A stored value as a person reads it (dates as ISO, nothing as empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "to_json"):  # a small record such as an amendment's evidence
        return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.to_json().items() if v)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def differences(labels: dict[str, str], theirs: Any, yours: Any) -> list[FieldChange]:
    """The labelled fields whose values differ between two objects with those attributes."""
    return [
        FieldChange(label, shown(getattr(theirs, name)), shown(getattr(yours, name)))
        for name, label in labels.items()
        if shown(getattr(theirs, name)) != shown(getattr(yours, name))
    ]


def claim_version(
    session: Session,
    model: Any,
    row_id: object,
    expected: int | None,
    what: str,
    changes: Callable[[Any], Sequence[FieldChange]],
) -> None:
    """Raise the row's version, first checking it is still ``expected`` (unless None).

    ``changes(current_row)`` lists what differs when the save is refused. A row that
    does not exist (or that this person may not see) is left for the caller's own
    "not found" check.
    """
    table = model.__table__
    conditions = [table.c.id == row_id]
    if expected is not None:
        conditions.append(table.c.version == expected)
    result = session.execute(update(table).where(*conditions).values(version=table.c.version + 1))
    if result.rowcount == 1:  # type: ignore[attr-defined]
        return
    current = session.get(model, row_id, populate_existing=True)
    if current is not None:
        raise StaleEditError(what, changes(current))
