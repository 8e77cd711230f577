# ruff: noqa: E501
"""Shared pieces of set U: e-mail headers and the invented councils' letterhead lines."""

from __future__ import annotations

ISLE = "Isle of Wrenholm Council - Children's Services (SEND)"
ISLE_SMALL = "Quay House, Harbour Road, Port Eddery, Isle of Wrenholm WH1 2QA  |  01632 960301  |  send.casework@wrenholm.example.org"
BAY = "Lunesmouth Borough Council"
BAY_SMALL = "SEND Statutory Team, Town Hall, Promenade, Lunesmouth LB4 1SS  |  Tel 01632 960355  |  ehc@lunesmouth.example.org"
WOLDS = "Windrush Wolds County Council"
WOLDS_SMALL = "Inclusion and SEND Service, Shire Hall, Stowcombe GL9 4WW  |  01632 960388  |  sendteam@windrushwolds.example.org"


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    """Fixed e-mail headers (no generated Message-ID)."""
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    out["Subject"] = subject
    out["Date"] = date
    return out
