# ruff: noqa: E501
"""Letterheads and e-mail headers shared by set S's content modules. All invented."""

from __future__ import annotations

ASH = "Ashmere County Council - Children's Services"
ASH_SMALL = "SEN Assessment and Planning Team, Verderers' House, Beaulea, Ashmere AF4 7PN - 01632 960310 - sen.team@ashmere.example.org"
SALT = "Saltings Borough Council"
SALT_SMALL = "Inclusion and SEND Service - The Old Custom House, Quay Street, Tollbury TB2 9HQ - 01632 960540"
TRIB = "First-tier Tribunal (Special Educational Needs and Disability)"
TRIB_SMALL = "HM Courts & Tribunals Service, 1st Floor, Darlington Magistrates' Court, Parkgate, Darlington DL1 1RU - send@example.org"
HEATH_NHS = "Ashmere Heath Community Health NHS Trust"
COLNE_NHS = "Saltings and Colne Hospitals NHS Foundation Trust"


def headers(sender: str, to: str, date: str, subject: str, **extra: str) -> dict:
    out = {"From": sender, "To": to, "Date": date, "Subject": subject}
    out.update(extra)
    return out
