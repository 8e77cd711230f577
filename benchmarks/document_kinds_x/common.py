# ruff: noqa: E501
"""Letterheads and e-mail headers shared by set X's content modules. All invented."""

from __future__ import annotations

WENDLE = "Isle of Wendle Council"
WENDLE_SMALL = "Children's Services - SEND Team - County Hall, Quay Road, Saltney Quay, Isle of Wendle WN1 4QA - 01632 960310"
KESTREL = "Kestrel Vale Council"
KESTREL_SMALL = "SEND Statutory Assessment and Review - Civic Offices, 1 Grafton Boulevard, Kestrel Vale KV9 3AA - 01632 960540"
ROSS = "Rossendene Valley Borough Council"
ROSS_SMALL = (
    "Special Educational Needs Section - Town Hall, Mill Lane, Haslow RV4 1DG - 01632 960318"
)

ISLAND_TRUST = "Isle of Wendle Healthcare NHS Trust"
KESTREL_TRUST = "North Kestrel Community Health NHS Trust"
ROSS_TRUST = "Pendlemoor Children's and Families NHS Foundation Trust"


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    """Headers as a mail program saves them (fixed, no generated ids)."""
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    out["Subject"] = subject
    out["Date"] = date
    return out
