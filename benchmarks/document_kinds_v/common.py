# ruff: noqa: E501
"""Letterheads and e-mail headers of set V. All invented."""

CARROW = "Isle of Carrow Council"
CARROW_SMALL = "Children's Services - SEND Team, County Hall, Quay Street, Westhaven, Isle of Carrow CW1 4QA  |  01632 960310  |  send@carrow.example.org"
WOLDS = "Stonebrash Wolds County Council"
WOLDS_SMALL = "Education, Health and Care Service  |  Shire Hall, Cirlow GW7 1AB  |  01632 960520  |  ehc.service@stonebrash.example.org"
MEDWATER = "Medwater Borough Council"
MEDWATER_SMALL = "SEND Hub, Civic Offices, Grainmarsh ME9 3TR  |  Tel 01632 960740  |  sendhub@medwater.example.org"
TRIBUNAL = "First-tier Tribunal (Special Educational Needs and Disability)"
TRIBUNAL_SMALL = (
    "SEND Tribunal, PO Box 9960, Darlow DL9 9ZZ  |  01632 960990  |  send.tribunal@example.org"
)


def headers(frm: str, to: str, date: str, subject: str, cc: str = "") -> dict:
    h = {"From": frm, "To": to}
    if cc:
        h["Cc"] = cc
    h["Date"] = date
    h["Subject"] = subject
    return h
