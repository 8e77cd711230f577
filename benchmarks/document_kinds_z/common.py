# ruff: noqa: E501
"""Helpers of set Z: a short mark-up turned into the kit's blocks, and e-mail headers.

Paragraphs are separated by blank lines. A paragraph opening with "# " is a heading,
"! " a letterhead line, "~ " a small grey line, "T " a title, "B " a bold line, "C " a cover
page (its lines), "S " a signature block (its lines), "K " a two-column table (lines
"key | value"), "G " a ruled table (lines "a | b | c", the first the header); a paragraph
whose lines all open with "- " is a bullet list. Anything else is a plain paragraph."""

from __future__ import annotations


def blocks(src: str) -> list:
    out: list = []
    for para in src.strip().split("\n\n"):
        para = para.strip("\n")
        lines = para.split("\n")
        tag, rest = para[:2], para[2:]
        if tag == "# ":
            out.append(("h", 2, rest))
        elif tag == "! ":
            out.append(("org", rest))
        elif tag == "~ ":
            out.append(("small", rest))
        elif tag == "T ":
            out.append(("title", rest))
        elif tag == "B ":
            out.append(("b", rest))
        elif tag == "C ":
            out.append(("cover", rest.split("\n")))
        elif tag == "S ":
            out.append(("sig", rest.split("\n")))
        elif tag == "K ":
            out.append(
                ("kv", [tuple(x.strip() for x in ln.split("|", 1)) for ln in rest.split("\n")])
            )
        elif tag == "G ":
            rows = [[c.strip() for c in ln.split("|")] for ln in rest.split("\n")]
            n = len(rows[0])
            out.append(("grid", rows, [1.0 / n] * n))
        elif all(ln.startswith("- ") for ln in lines):
            out.append(("bul", [ln[2:] for ln in lines]))
        else:
            out.append(("p", para))
    return out


def doc(name: str, kind: str, src: str, **kw) -> dict:
    """An entry: .txt, .eml and scanned files keep the text; .pdf and .docx get blocks."""
    entry = {"name": name, "kind": kind, **kw}
    if name.endswith((".txt", ".eml")) or kw.get("ocr"):
        entry["text"] = src.strip() + "\n"
    else:
        entry["blocks"] = blocks(src)
    return entry


def mail(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    h = {"From": frm, "To": to}
    if cc:
        h["Cc"] = cc
    h["Subject"] = subject
    h["Date"] = date
    return h


# Places (all invented): an island unitary council in the Solent, a Cheshire salt-plain
# borough, and a Bedfordshire brickfields unitary council.
SARROW = "Isle of Sarrow Council"
SARROW_SMALL = "Island SEND Hub, County Hall, Quay Street, Portwick, Isle of Sarrow PW1 4QA  |  01632 960310  |  sendhub@sarrow.example.org"
WYCH = "Wychmere Borough Council"
WYCH_SMALL = "SEN Assessment and Review Team, Brine Pits House, Saltwich CW9 5LT  |  01632 960520  |  senart@wychmere.example.org"
VALE = "Marston Vale Council - Children's Services"
VALE_SMALL = (
    "0-25 SEND Service, Kilnworth Civic Offices, Chimney Lane, Kilnworth MK43 7BR  |  01632 960730"
)
