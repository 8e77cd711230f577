"""The working document: the tribunal's type-style key, real footnotes, pages and versions."""

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from ehcp_appeal import demo
from ehcp_appeal.db.database import Database
from ehcp_appeal.export import office, working_document
from ehcp_appeal.export.wd_markup import mark_up
from ehcp_appeal.export.working_document import Heading, build_docx, count_pages
from ehcp_appeal.services import amendments, analysis, evidence, working_documents
from tests.core.wd_helpers import amendment, read_runs

pytestmark = pytest.mark.both_engines

WORDING = {
    "B": ("Special educational needs", ["Communication", "He has a language disorder."]),
    "F": (
        "Special educational provision",
        [
            "Provision | Delivered by | How often | Group size",
            "Access to speech and language support. | School staff | As appropriate | Not stated",
            "A visual timetable on his desk. | Class teacher | Daily | Individual",
            "Regular social skills opportunities. | School staff | Regular | Not stated",
        ],
    ),
    "I": ("Placement", ["Hollin Brook Primary School. Mainstream primary school."]),
}
CHANGES = [
    amendment(1, "B", "parent", "add", "He has a language disorder.", "He is anxious.", "EP p.2"),
    amendment(2, "F", "parent", "delete", "A visual timetable on his desk.", note="SALT p.1"),
    amendment(
        3,
        "F",
        "parent",
        "replace",
        "Access to speech and language support. | School staff | As appropriate | Not stated",
        "45 minutes of 1:1 therapy a week from a speech and language therapist.",
        "SALT p.2",
    ),
    amendment(4, "I", "council", "add", "", "Oakfield Specialist School.", "LA letter"),
    amendment(5, "I", "council", "delete", "Mainstream primary school."),
    amendment(6, "F", "parent", "add", "", "A laptop for extended writing.", "OT p.1"),
    amendment(7, "F", "council", "add", "", "A laptop for extended writing."),
    amendment(8, "F", "agreed", "delete", "Regular social skills opportunities."),
]


def _write(tmp_path: Path) -> Path:
    markup = mark_up(WORDING, CHANGES, lambda evidence: evidence.note)
    out = tmp_path / "wd.docx"
    out.write_bytes(build_docx(markup, Heading(child_name="Finley", version=2)))
    return out


def _run(runs: list, text: str):  # type: ignore[no-untyped-def]
    found = [run for run in runs if text in run.text]
    assert found, f"no run holds {text!r}"
    return found[0]


def test_each_party_and_action_has_its_type_style(tmp_path: Path) -> None:
    runs = read_runs(_write(tmp_path))
    original = _run(runs, "He has a language disorder.")
    assert not (original.bold or original.italic or original.underline or original.strike)
    added = _run(runs, "He is anxious.")
    assert (added.bold, added.strike, added.italic, added.underline) == (True, False, False, False)
    deleted = _run(runs, "A visual timetable on his desk.")
    assert (deleted.bold, deleted.strike) == (True, True)
    struck = _run(runs, "Access to speech and language support.")
    assert (struck.bold, struck.strike) == (True, True)
    assert "Delivered by: School staff" in struck.text, "a replaced row is struck whole"
    replacement = _run(runs, "45 minutes of 1:1 therapy")
    assert (replacement.bold, replacement.strike) == (True, False)
    council = _run(runs, "Oakfield Specialist School.")
    assert (council.italic, council.bold, council.strike) == (True, False, False)
    council_cut = _run(runs, "Mainstream primary school.")
    assert (council_cut.italic, council_cut.strike) == (True, True)
    agreed = _run(runs, "A laptop for extended writing.")
    assert (agreed.underline, agreed.bold, agreed.italic) == (True, False, False)
    assert sum("A laptop" in run.text for run in runs) == 1, "both sides' change shows once"
    agreed_cut = _run(runs, "Regular social skills opportunities.")
    assert (agreed_cut.underline, agreed_cut.strike) == (True, True)


def test_key_is_a_table_at_the_top_in_the_styles_it_explains(tmp_path: Path) -> None:
    document = Document(str(_write(tmp_path)))
    key = document.tables[0]
    rows = {row.cells[0].text: row.cells[0].paragraphs[0].runs[0] for row in key.rows[1:]}
    assert rows["Bold"].bold and not rows["Bold"].font.strike
    assert rows["Bold strikethrough"].bold and rows["Bold strikethrough"].font.strike
    assert rows["Italic"].italic and rows["Underlined"].underline
    body = document.element.body
    assert body.index(key._tbl) < 12, "the key comes before the plan's sections"


def test_plain_black_twelve_point_a4_numbered_no_tracked_changes(tmp_path: Path) -> None:
    out = _write(tmp_path)
    document = Document(str(out))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) >= 6
    for paragraph in numbered:
        for run in paragraph.runs:
            if run.text:
                assert run.font.size == Pt(12)
                assert run.font.color.rgb in (None, working_document.BLACK)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    for tracked in ("<w:ins ", "<w:del ", "commentReference", 'w:color w:val="FF'):
        assert tracked not in xml


def test_footnotes_are_real_word_footnotes_that_resolve(tmp_path: Path) -> None:
    out = _write(tmp_path)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        body = archive.read("word/document.xml").decode()
        notes = archive.read("word/footnotes.xml").decode()
    assert "word/footnotes.xml" in names
    assert "wordprocessingml.footnotes+xml" in types
    assert "relationships/footnotes" in rels
    cited = re.findall(r'<w:footnoteReference w:id="(\d+)"', body)
    defined = set(re.findall(r'<w:footnote w:id="(\d+)"', notes))
    assert cited and set(cited) <= defined
    assert 'w:type="separator"' in notes and 'w:type="continuationSeparator"' in notes
    runs = read_runs(out)
    assert _run(runs, "He is anxious.").footnote == "EP p.2"
    assert _run(runs, "45 minutes of 1:1 therapy").footnote == "SALT p.2"
    assert _run(runs, "A visual timetable on his desk.").footnote == "SALT p.1"


@pytest.mark.skipif(not office.libreoffice_available(), reason="LibreOffice is not installed")
def test_page_count_is_laid_out_by_libreoffice(tmp_path: Path) -> None:
    from pypdf import PdfReader

    long_wording = dict(WORDING)
    long_wording["F"] = ("Provision", [f"Provision number {n} of many. " * 12 for n in range(90)])
    markup = mark_up(long_wording, [], lambda evidence: "")
    out = tmp_path / "long.docx"
    out.write_bytes(build_docx(markup, Heading()))
    count = count_pages(out, markup)
    pdf = office.convert_to_pdf([out], tmp_path / "pdf")[out.resolve()]
    assert count.exact
    assert count.pages == len(PdfReader(str(pdf)).pages) > 1
    assert count.over_limit == (count.pages > working_document.PAGE_LIMIT)
    assert "estimate" not in count.describe()
    estimate = working_document.estimate_pages(markup)
    assert abs(estimate - count.pages) <= max(1, count.pages // 6), "the estimate is close"


def test_without_libreoffice_the_count_says_it_is_an_estimate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(office, "libreoffice_available", lambda: False)
    short = mark_up(WORDING, CHANGES, lambda evidence: evidence.note)
    long_wording = {"F": ("Provision", [f"Provision number {n}. " * 30 for n in range(400)])}
    long = mark_up(long_wording, [], lambda evidence: "")
    out = _write(tmp_path)
    small, big = count_pages(out, short), count_pages(out, long)
    assert not small.exact and "estimate" in small.describe()
    assert 1 <= small.pages <= 3 and not small.over_limit
    assert big.pages > working_document.PAGE_LIMIT and big.over_limit


def test_sample_case_carries_every_missing_recommendation_in_bold_with_its_report(
    db: Database, tmp_path: Path
) -> None:
    case_id = demo.seed_demo_case(db)
    result = analysis.get_case_analysis(db, case_id)
    assert result is not None
    missing = [f for f in result["findings"] if f["kind"] == "provision_missing_from_f"]
    assert missing
    written = working_documents.write_working_document(
        db, case_id, tmp_path / "WD1.docx", accept_suggestions=True
    )
    runs = read_runs(written.path)
    authors = {d.id: d.author for d in evidence.list_documents(db, case_id)}
    for finding in missing:
        run = _run(runs, finding["text"])
        assert run.bold and not run.strike
        assert authors[finding["document_id"]] in run.footnote
        assert f"p.{finding['page']}" in run.footnote
    assert written.version == 1 and written.pages.pages >= 1


def test_versions_are_kept_and_compared(db: Database, tmp_path: Path) -> None:
    case_id = demo.seed_demo_case(db)
    first = working_documents.write_working_document(db, case_id, tmp_path / "a.docx")
    amendments.add_amendment(
        db, case_id, "I", "replace", original_text="Mainstream primary school.",
        proposed_text="Oakfield Specialist School.",
    )  # fmt: skip
    second = working_documents.write_working_document(db, case_id, tmp_path / "b.docx")
    assert (first.version, second.version) == (1, 2)
    assert [v.name for v in working_documents.list_versions(db, case_id)] == ["WD1", "WD2"]
    differences = working_documents.compare_versions(db, case_id, 1, 2)
    assert [(d.section, d.change) for d in differences] == [("I", "changed")]
    assert "[parent adds: Oakfield Specialist School.]" in differences[0].after
    assert working_documents.compare_versions(db, case_id, 2, 2) == []


def test_an_addition_after_part_of_a_paragraph_goes_inside_it() -> None:
    inline = [amendment(1, "B", "parent", "add", "a language disorder.", "He stammers.", "SALT")]
    markup = mark_up(WORDING, inline, lambda evidence: evidence.note)
    section_b = markup.sections[0]
    assert len(section_b.paragraphs) == 2, "no new paragraph"
    runs = section_b.paragraphs[1].runs
    assert [r.style for r in runs] == ["original", "original", "original", "parent_add"]
    assert runs[1].text == "a language disorder." and runs[-1].footnote == "SALT"


def test_a_change_whose_wording_is_gone_is_kept_and_reported() -> None:
    lost = [amendment(1, "F", "parent", "delete", "Wording the plan no longer has.")]
    markup = mark_up(WORDING, lost, lambda evidence: "")
    assert markup.unplaced and "Wording the plan no longer has" in markup.unplaced[0]
    last = markup.sections[1].paragraphs[-1].runs[0]
    assert (last.text, last.style) == ("Wording the plan no longer has.", "parent_del")
