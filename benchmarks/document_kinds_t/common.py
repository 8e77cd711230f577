# ruff: noqa: E501
"""Shared bits of set T: e-mail headers and letterheads. All invented."""

WRAYLE = "Isle of Wrayle Council\nChildren's Services - SEND Team\nCounty Hall, Quay Road, Cowhaven, Isle of Wrayle WR1 4QP\nTel 01632 960710  send@wrayle.example.org"
BRINE = "Brinefield Borough Council\nInclusion and SEND Service\nThe Salt Exchange, Market Street, Saltwich BF3 9LN\nSEND hub: 01632 960850  sendhub@brinefield.example.org"
WRAYLE_NHS = "Wrayle Health and Care NHS Trust\nSt Helier's Hospital, Cowhaven WR2 6AB"
BRINE_NHS = "Mid Brine Community Health NHS Foundation Trust"


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    h = {"From": frm, "To": to}
    if cc:
        h["Cc"] = cc
    h["Subject"] = subject
    h["Date"] = date
    h["Message-ID"] = (
        "<"
        + str(sum(map(ord, subject)) * 7919)
        + "."
        + date[5:16].replace(" ", "")
        + "@mail.example.org>"
    )
    return h
