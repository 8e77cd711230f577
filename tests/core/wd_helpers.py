"""Reading a written working document back: styled runs and the footnotes they cite."""

import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ehcp_appeal.services.amendment_proposals import Evidence
from ehcp_appeal.services.amendments import AmendmentInfo


@dataclass(frozen=True)
class ReadRun:
    text: str
    bold: bool
    italic: bool
    underline: bool
    strike: bool
    footnote: str  # the text of the footnote cited straight after this run, if any


def _on(rpr: object, tag: str) -> bool:
    if rpr is None:
        return False
    element = rpr.find(qn(tag))  # type: ignore[attr-defined]
    if element is None:
        return False
    value = element.get(qn("w:val"))
    return value not in ("0", "false", "none")


def read_runs(path: Path) -> list[ReadRun]:
    """Every text run of the body in order, with its formatting and cited footnote."""
    with zipfile.ZipFile(path) as archive:
        body = parse_xml(archive.read("word/document.xml"))
        notes_xml = archive.read("word/footnotes.xml")
    notes = {
        note.get(qn("w:id")): "".join(t.text or "" for t in note.iter(qn("w:t"))).strip()
        for note in parse_xml(notes_xml).findall(qn("w:footnote"))
    }
    runs: list[ReadRun] = []
    for run in body.iter(qn("w:r")):
        reference = run.find(qn("w:footnoteReference"))
        if reference is not None and runs:
            runs[-1] = replace(runs[-1], footnote=notes[reference.get(qn("w:id"))])
            continue
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not text:
            continue
        rpr = run.find(qn("w:rPr"))
        runs.append(
            ReadRun(
                text,
                _on(rpr, "w:b"),
                _on(rpr, "w:i"),
                _on(rpr, "w:u"),
                _on(rpr, "w:strike"),
                "",
            )
        )
    return runs


def amendment(
    number: int,
    section: str,
    party: str,
    action: str,
    original: str = "",
    proposed: str = "",
    note: str = "",
) -> AmendmentInfo:
    return AmendmentInfo(
        number, "case", section, party, action, original, proposed, Evidence(note=note)
    )
