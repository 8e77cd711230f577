# ruff: noqa: E501
"""Letterhead lines and e-mail headers shared by set P's content modules. All invented."""

from __future__ import annotations

KERRITH = "Isle of Kerrith Council"
KERRITH_SMALL = "SEND Assessment and Review Team, County Hall, Quay Street, Holmport, Isle of Kerrith KR1 2QS  |  01632 960310  |  send.team@kerrith.example.org"
SALT = "Salterford and Wychbury Borough Council"
SALT_SMALL = "SEND Statutory Services, Brine House, Lion Salt Way, Salterford SF4 1BW  |  01632 960540  |  sendstatutory@salterford.example.org"
ASH = "Ashgrove Borough Council"
ASH_SMALL = "Children's Services - SEN Casework, Civic Offices, The Parade, Ashgrove New Town AG1 1PC  |  01632 960780  |  sen.casework@ashgrove.example.org"


def headers(sender: str, to: str, date: str, subject: str, cc: str = "") -> dict:
    """The headers a mail program saves (no Message-ID: the file stays the same each run)."""
    out = {"From": sender, "To": to}
    if cc:
        out["Cc"] = cc
    out["Date"] = date
    out["Subject"] = subject
    return out
