# ruff: noqa: E501
"""Shared pieces of set N: e-mail headers and the invented councils' letterhead lines."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


WEALD = "Wealdmere County Council"
WEALD_SMALL = "SEN Assessment and Placement Service (SENAPS) | Oast House, Priory Road, Tenterbury TW3 1HP | 01632 960412 | senaps@example.org"
WEY = "Wey Hills Council"
WEY_SMALL = (
    "Inclusion and Additional Needs Team | Millmead Offices, Godsmere GH7 2WR | 01632 960530"
)
LEA = "Lea and Stort County Council"
LEA_SMALL = "Integrated SEND Service | County Hall, Pegs Lane, Bishop's Ware BW1 3LS | 01632 960615 | ehc.casework@example.org"
