"""Build an evaluation set from data, so that a new set is a data file and three lines of
generator. Every set goes through the same writer (``sectioned.write_docx`` / ``write_pdf``),
the same ``Case`` and the same verifier (``sectioned.main``). There are two forms of data.

Marked cases (``cases.py``, sets H onwards; ``run``): documents whose blocks carry the
truth inline as markers, so each quoted text is written once and the truth is derived.

Recorded cases (``cases.json``, sets A to G; ``run_file``): a JSON list of
``{"truth": TRUTH, "documents": [DOC, ...], ...}`` where TRUTH is the case's truth.json
exactly as written (it is written back unchanged; its findings must be those the kit's
rules derive from its needs, provisions and sections) and the blocks hold plain text. These
sets were first written as Python before the kit existed, each with its own rules for
deriving and ordering the truth (in 24 of their 40 cases the needs or provisions are not
listed in document order, as marked data would list them, and sets A, F and G lay out
truth.json differently); storing the truth keeps their files byte-identical. The
verifier still checks every quoted text against the written documents, guided by optional
keys: ``order`` (section ids in the plan's heading order, when it differs from
``section_headings``), ``body_start``, ``columns`` ({sid: column} of a shared B/E/F table),
``heading_search`` ("last": a heading counts at its last occurrence, skipping a contents
page), ``same_span`` ({"H2": "H1"} when one heading stands for both) and ``missing``
(section ids the plan must not name). Prefer marked cases for a new set.

A DOC is ``dict(file, blocks, header="", footer="", author="", title="", sans=False,
landscape=False, accent="1F4E79", style="sectioned")`` (``landscape`` turns the pages of a
PDF; a .docx stays portrait; ``style`` names a house style in ``evaluation_kit.styles``; in
a PDF footer ``{n}`` and ``{m}`` are the page number and count).

A marked case is ``dict(name, layout, summary, plan=DOC, reports=[DOC, ...], note="")``.
Blocks are those of ``evaluation_kit.sectioned`` (``("p", text)``, ``("bul", [...])``,
``("grid", rows, widths)``, ``("h", level, text)``, ``("b", text)``, ``("band", text)``,
``("pb",)``, ``("runin", label, text)``, ``("margin", label, [text, ...])``,
``("amend", [(mark, text), ...], note)`` ...). Wherever a text goes, a marker may stand
instead, and is replaced by its text while being recorded in the truth (a run-in or
margin label may be a heading marker):

In the plan
    ("H", sid, text, how)     a section heading; as a block, ``how`` is the block kind that
                              draws it ("h1", "h2", "h3", "b", "band", "p"); in a table
                              cell or a bullet ``how`` is ignored
    ("S", sid, text)          the sentence that stands for the section in ``sections``
                              (text may itself be a marker, such as an F provision)
    ("F", text, specific)     a Section F provision (a third element: its note)
    ("COLS", {sid: column})   the B/E/F columns of merged tables (no block is drawn)
    ("BODY", text)            sections start after this text (skips a contents list)

In a report
    ("N", text, area, plan_text)                       a need (plan_text None: missing)
    ("R", text, area, status, plan_text, extras)       a recommendation; extras may hold
                                                       "section" (for wrong_section) and
                                                       "note"; plan_text and extras optional
    ("X", text, why)                                   a sentence that is not a need

A paragraph may be a list of pieces (strings and markers), joined with single spaces;
``("L", [piece, ...])`` joins its pieces with line breaks (paragraphs of one table cell).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

from evaluation_kit.sectioned import Case, Doc, main

BLOCK_OF = {"h1": ("h", 1), "h2": ("h", 2), "h3": ("h", 3)}


def _text(c: Case, piece, report: str | None) -> str:
    """Record a marker in the case and give back the text it stands for."""
    if isinstance(piece, str):
        return piece
    if isinstance(piece, list):
        return " ".join(_text(c, p, report) for p in piece)
    tag = piece[0]
    if tag == "L":
        return "\n".join(_text(c, p, report) for p in piece[1])
    if tag == "H":
        return c.heading(piece[1], piece[2])
    if tag == "S":
        return c.sect(piece[1], _text(c, piece[2], report))
    if tag == "F":
        return c.f(piece[1], piece[2], piece[3] if len(piece) > 3 else None)
    if tag == "N":
        assert report, piece
        note = piece[4] if len(piece) > 4 else None
        return c.need(report, piece[1], piece[2], piece[3], note=note)
    if tag == "R":
        assert report, piece
        plan_text = piece[4] if len(piece) > 4 else None
        extras = piece[5] if len(piece) > 5 else {}
        return c.rec(report, piece[1], piece[2], piece[3], plan_text, **extras)
    if tag == "X":
        assert report, piece
        return c.non_need(report, piece[1], piece[2])
    raise ValueError(f"unknown marker {tag!r}")


def _blocks(c: Case, blocks: list, report: str | None) -> list:
    out: list = []
    for blk in blocks:
        tag = blk[0]
        if tag == "COLS":
            c.columns.update(blk[1])
        elif tag == "BODY":
            c.body_start = blk[1]
        elif tag == "H":
            how = blk[3]
            text = _text(c, blk, report)
            out.append((*BLOCK_OF[how], text) if how in BLOCK_OF else (how, text))
        elif tag in ("S", "F", "N", "R", "X"):
            out.append(("p", _text(c, blk, report)))
        elif tag in ("p", "i", "b", "org", "small", "title", "band"):
            out.append((tag, _text(c, blk[1], report)))
        elif tag in ("bul", "num"):
            out.append((tag, [_text(c, p, report) for p in blk[1]]))
        elif tag in ("grid", "mgrid"):
            rows = [
                row if isinstance(row, str) else [_text(c, cell, report) for cell in row]
                for row in blk[1]
            ]
            out.append((tag, rows, *blk[2:]))
        elif tag == "kv":
            pairs = [(_text(c, k, report), _text(c, v, report)) for k, v in blk[1]]
            out.append((tag, pairs, *blk[2:]))
        elif tag == "np":
            out.append(("np", blk[1], _text(c, blk[2], report)))
        elif tag == "lab":
            out.append(("lab", blk[1], _text(c, blk[2], report)))
        elif tag == "runin":
            out.append(("runin", _text(c, blk[1], report), _text(c, blk[2], report)))
        elif tag == "margin":
            paras = [_text(c, p, report) for p in blk[2]]
            out.append(("margin", _text(c, blk[1], report), paras))
        elif tag == "twocol":
            out.append(("twocol", _blocks(c, blk[1], report), _blocks(c, blk[2], report)))
        elif tag == "amend":
            out.append(("amend", [(m, _text(c, p, report)) for m, p in blk[1]], *blk[2:]))
        else:
            out.append(blk)
    return out


def _doc(c: Case, spec: dict, report: str | None) -> Doc:
    return _doc_spec(spec, _blocks(c, spec["blocks"], report))


def _doc_spec(spec: dict, blocks: list) -> Doc:
    return Doc(
        spec["file"],
        blocks,
        header=spec.get("header", ""),
        footer=spec.get("footer", ""),
        author=spec.get("author", ""),
        title=spec.get("title", ""),
        sans=spec.get("sans", False),
        landscape=spec.get("landscape", False),
        accent=spec.get("accent", "1F4E79"),
        style=spec.get("style", "sectioned"),
    )


def case_from_data(data: dict) -> Case:
    """One Case, its documents and truth, from a case dict."""
    c = Case(
        data["name"],
        data["plan"]["file"],
        [r["file"] for r in data["reports"]],
        data["summary"],
    )
    c.layout = data["layout"]
    c.note = data.get("note", "")
    c.docs.append(_doc(c, data["plan"], None))
    for spec in data["reports"]:
        c.docs.append(_doc(c, spec, spec["file"]))
    return c


def run(argv: list[str], cases: list[dict], here: Path) -> int:
    """Write and verify every case of a set described as data."""
    builders: list[Callable[[], Case]] = [partial(case_from_data, d) for d in cases]
    return main(argv, builders, here)


class RecordedCase(Case):
    """A case whose truth is stored whole beside its documents (sets A to G).

    Its truth.json is written back exactly as stored; verification still checks every
    quoted text against the written documents.
    """

    def __init__(self, data: dict) -> None:
        truth = data["truth"]
        super().__init__(truth["case"], truth["plan"], truth["reports"], truth["summary"])
        self.recorded = truth
        self.headings = truth["section_headings"]
        self.order = data.get("order", list(self.headings))
        self.body_start = data.get("body_start", "")
        self.columns = data.get("columns", {})
        self.heading_search = data.get("heading_search", "first")
        self.same_span = data.get("same_span", {})
        self.missing = data.get("missing", [])
        self.docs = [_doc_spec(spec, spec["blocks"]) for spec in data["documents"]]
        self.items = [dict(it) for it in truth["needs"]]
        self.fprov = [dict(fp) for fp in truth["f_provisions"]]
        self.sections = dict(truth["sections"])
        for sid in self.same_span:  # present, under the heading it shares
            self.sections.setdefault(sid, "")

    def check(self) -> None:
        """The stored findings must be those the kit's rules derive from the stored needs,
        provisions and sections (order aside), so that editing a status without its
        finding, or the reverse, is caught."""
        derived = {(f["kind"], f["text"], f["document"]) for f in self.findings()}
        stored = {(f["kind"], f["text"], f["document"]) for f in self.recorded["expected_findings"]}
        assert derived == stored, (self.name, derived ^ stored)
        items = self.recorded["needs"]
        texts = [it["text"] for it in items]
        assert len(texts) == len(set(texts)), f"{self.name}: duplicate need text"
        n_need = sum(1 for it in items if it["kind"] == "need")
        assert 8 <= n_need <= 20, (self.name, n_need)
        assert 6 <= len(items) - n_need <= 15, (self.name, len(items) - n_need)

    def truth(self) -> dict:
        return self.recorded


def run_file(argv: list[str], path: Path, here: Path) -> int:
    """Write and verify every case of a set stored as a JSON list of recorded cases."""
    cases = json.loads(path.read_text(encoding="utf-8"))
    builders: list[Callable[[], Case]] = [partial(RecordedCase, d) for d in cases]
    return main(argv, builders, here)
