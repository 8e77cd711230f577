# ruff: noqa: E501
"""Letterheads and e-mail headers shared by set R's content modules. All invented."""

from __future__ import annotations

SALT = "Salterbrook Borough Council - Children's Services"
SALT_SMALL = "SEND Statutory Team, Brine House, 4 Wharf Street, Saltwich SB4 2HT  |  01632 960711  |  send.statutory@salterbrook.example.org"
HEATH = "Avonheath Council"
HEATH_SMALL = "SEN Casework Hub  |  Heathbury Offices, Bramble Cross Road, Heathbury AH7 3QP  |  01632 960734  |  senhub@avonheath.example.org"
CARROW = "Isle of Carrow Council - Department of Education, Sport and Culture"
CARROW_SMALL = (
    "Additional Needs Service, Harbour Chambers, Quay Street, Carrow Haven IC1 1AB  |  01632 960750"
)


def headers(frm: str, to: str, subject: str, date: str, **more: str) -> dict:
    h = {"From": frm, "To": to}
    h.update(more)
    h["Subject"] = subject
    h["Date"] = date
    return h
