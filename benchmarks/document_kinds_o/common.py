# ruff: noqa: E501
"""Shared pieces of set O: e-mail headers, the invented councils' and trusts' letterhead
lines, a fax cover sheet and a scanner's batch header, and one plan builder with three
house styles (the island council's banded form, the salt-towns borough's sidebar tables,
the estuary borough's numbered paragraphs)."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


ISLAND = "Isle of Wrayland Council"
ISLAND_SMALL = "Children's Services - Island SEND Hub | County Buildings, Quay Street, Colport, Isle of Wrayland PW30 1QS | 01632 960118 | sendhub@example.org"
SALT = "Salterford and Wychbury Borough Council"
SALT_SMALL = "SEND Statutory Assessment and Review Team (SSART) | Brine House, Lion Salt Street, Salterford SW9 4EH | 01632 960240 | ssart@example.org"
MARSH = "Marshbrook Borough Council"
MARSH_SMALL = "Education Inclusion: EHC Coordination | Civic Centre, Sea Wall Road, Marshbrook ME91 6TT | 01632 960355 | ehc.coordination@example.org"

WRAY_NHS = "Wrayland NHS Trust"
SALT_NHS = "Mid Salterford Community Health NHS Trust"
MARSH_NHS = "Marshbrook and Estuary Health NHS Foundation Trust"


def fax_cover(
    frm: str, frm_fax: str, to: str, to_fax: str, date: str, pages: int, re: str, note: str
) -> list:
    """A fax cover sheet as the first page of a document (blocks)."""
    return [
        ("title", "FAX TRANSMISSION"),
        (
            "kv",
            [
                ("To", to),
                ("Fax", to_fax),
                ("From", frm),
                ("Fax", frm_fax),
                ("Date", date),
                ("Pages (including this one)", str(pages)),
                ("Re", re),
            ],
        ),
        ("p", note),
        (
            "i",
            "CONFIDENTIALITY: This fax contains information which is confidential and may be legally privileged. If you have received it in error please telephone the sender immediately and destroy the pages.",
        ),
        ("pb",),
    ]


def fax_text(frm: str, frm_fax: str, to: str, date: str, pages: int, re: str, note: str) -> str:
    """The same cover sheet as a scanner's OCR would read it, with the fax line on top."""
    return (
        f"{date} 09:4{pages} FROM: {frm_fax} TO: 01632960119 P.1/{pages}\n\n"
        f"FAX TRANSMISSION\n\nTo: {to}\nFrom: {frm}\nFax: {frm_fax}\nDate: {date}\n"
        f"Pages (including this one): {pages}\nRe: {re}\n\n{note}\n\n"
        "CONFIDENTIALITY: This fax contains information which is confidential. If you have received it in error please telephone the sender and destroy the pages.\n\n"
    )


def batch_header(batch: str, scanned: str, by: str, docs: str) -> str:
    """A council records team's scanning cover sheet, as OCR reads it."""
    return (
        f"DOCUMENT IMAGING - BATCH COVER SHEET\nBatch no: {batch}\nScanned: {scanned}\nOperator: {by}\n"
        f"Document type (as indexed): {docs}\nQuality check: passed\n"
        "Do not remove this sheet. Originals retained for 28 days then shredded.\n\n"
    )


def plan_blocks(
    style: str, title: list, sections: list, *, status_line: str = "", sign: list | None = None
) -> list:
    """A plan's blocks. ``sections``: (letter, heading, [item, ...]) where an item is a
    string (a paragraph), a list (bullets) or a tuple ("grid", rows) (a provision table)."""
    out: list = []
    if style == "island":
        out += [("org", ISLAND), ("small", ISLAND_SMALL)]
        out += [("title", title[0])] + [("b", t) for t in title[1:]]
        if status_line:
            out.append(("b", status_line))
        for letter, heading, items in sections:
            out.append(("band", f"Section {letter}: {heading}"))
            out += _items(items)
    elif style == "salt":
        out += [("org", SALT), ("small", SALT_SMALL), ("title", title[0])]
        out += [("p", t) for t in title[1:]]
        if status_line:
            out.append(("b", status_line))
        for letter, heading, items in sections:
            out.append(("h", 2, f"{letter}. {heading}"))
            out += _items(items)
    else:  # marsh: numbered paragraphs "B1." under the heading
        out += [("org", MARSH), ("small", MARSH_SMALL), ("title", title[0])]
        out += [("b", t) for t in title[1:]]
        if status_line:
            out.append(("i", status_line))
        for letter, heading, items in sections:
            out.append(("h", 2, f"Section {letter} - {heading}"))
            n = 0
            for it in items:
                if isinstance(it, str):
                    n += 1
                    out.append(("np", f"{letter}{n}.", it))
                else:
                    out += _items([it])
    if sign:
        out.append(("sig", sign))
    return out


def _items(items: list) -> list:
    out: list = []
    for it in items:
        if isinstance(it, str):
            out.append(("p", it))
        elif isinstance(it, list):
            out.append(("bul", it))
        elif it[0] == "grid":
            out.append(
                ("grid", it[1], it[2] if len(it) > 2 else [1 / len(it[1][0])] * len(it[1][0]))
            )
        elif it[0] == "kv":
            out.append(("kv", it[1]))
    return out
