# ruff: noqa: E501
"""Letterheads and e-mail headers shared by set Q's content modules. All invented."""

from __future__ import annotations

CARROW = "Isle of Carrow Council - Children's Services"
CARROW_SMALL = "SEND Team, County Hall, Quay Street, Westhaven, Isle of Carrow CW1 4QS  |  01632 960310  |  send@carrow.example.org"
WYCH = "Wychmere and Saltley Borough Council"
WYCH_SMALL = "Inclusion and SEN Service, Brine Pits House, Nantwold Road, Saltley CH9 2WB  |  Tel 01632 960540"
SHORE = "Shoremead Borough Council"
SHORE_SMALL = "SEN Casework Hub, Civic Centre, Canwick Creek Road, Shoremead SS7 1RE  |  01632 960720  |  senhub@shoremead.example.org"
TRIBUNAL = "First-tier Tribunal (Health, Education and Social Care Chamber) Special Educational Needs and Disability"
TRIBUNAL_SMALL = (
    "SEND Tribunal, PO Box 9999, Darlington DL1 9ZZ  |  01632 960999  |  send.tribunal@example.org"
)


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    out["Subject"] = subject
    out["Date"] = date
    return out
