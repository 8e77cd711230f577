# ruff: noqa: E501
"""Shared pieces of set Y: e-mail headers, letterhead lines and a forwarding helper."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


def forwarded(note: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forward as a mail program writes it: the sender's note, then the original."""
    return (
        note.strip()
        + "\n\n---------- Forwarded message ---------\n"
        + f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n"
        + body.strip()
        + "\n"
    )


CARROW = "Isle of Carrow Council"
CARROW_SMALL = "Children's Services - SEND Team | The Custom House, Quay Street, Saltinghaven CW1 2QT | 01632 960711 | send.team@example.org"
BRENT = "Brenthaven Borough Council"
BRENT_SMALL = "Special Educational Needs Casework | Civic Square, Neighbourhood 1, Brenthaven BH2 4NT | 01632 960744"
RIDGE = "Ridgeway Vale Council"
RIDGE_SMALL = "EHC Coordination Team | Limekiln House, Marlbridge MV3 9PL | 01632 960780 | ehc.coordination@example.org"
LANGUAGES = "Jeśli potrzebujesz tego listu w innym języku, zadzwoń do nas. | اگر آپ کو یہ خط کسی اور زبان میں چاہیے تو ہمیں فون کریں۔ | Large print and audio versions: 01632 960781"
