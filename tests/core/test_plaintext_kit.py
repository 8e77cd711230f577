"""The kit's text writers: OCR damage that is repeatable but real, e-mails a mail reader
parses back to the same text, and the labelled kind sets regenerating byte for byte
with a label for every file."""

import email
import json
import sys
from email import policy
from pathlib import Path

import pytest

from benchmarks.evaluation_kit.check_identical import check_sets
from ehcp_appeal.domain import DOCUMENT_KINDS

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
TEXT = (
    "Section F: Special educational provision\n"
    + "Speech and language therapy delivered by a qualified therapist every week. " * 30
    + "\n\nSection I: Placement\nElmbrook Primary School, a mainstream primary school.\n"
)


@pytest.fixture
def plaintext():
    sys.path.insert(0, str(BENCH))  # the kit imports itself as evaluation_kit
    try:
        from evaluation_kit import plaintext
    finally:
        sys.path.remove(str(BENCH))
    return plaintext


def test_ocr_is_repeatable_per_seed_and_damages_the_text(plaintext) -> None:
    first = plaintext.ocr(TEXT, 7, running="Kestleby - Page furniture")
    assert first == plaintext.ocr(TEXT, 7, running="Kestleby - Page furniture")
    assert first != plaintext.ocr(TEXT, 8, running="Kestleby - Page furniture")
    lines = first.split("\n")
    # broken at the scanner's width: the 2,200-character paragraph takes many lines
    assert len(lines) >= 30 and max(len(line) for line in lines) <= 100
    assert "Kestleby - Page furniture" in lines and "Page 2" in lines
    words_in, words_out = TEXT.split(), " ".join(first.split()).split()
    assert words_in != words_out  # some words misread or split across lines
    assert "Elmbrook" in first or "E1mbrook" in first


@pytest.mark.parametrize(
    ("qp", "html"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_eml_parses_back_to_its_text(plaintext, qp: bool, html: bool) -> None:
    body = (
        "Dear Ms Marsh,\n\n"
        + plaintext.quoted("Section F says \u201cas advised\u201d.\nThanks")
        + "\n"
    )
    headers = {"From": "a@example.org", "To": "b@example.org", "Subject": "Re: plan"}
    data = plaintext.eml(headers, body, qp=qp, html_part=html)
    assert data == plaintext.eml(headers, body, qp=qp, html_part=html)
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Subject"] == "Re: plan"
    text = msg.get_body(preferencelist=("plain",)).get_content()
    assert text.replace("\r\n", "\n").strip() == body.strip()
    assert "> Section F says \u201cas advised\u201d." in text
    if html:
        assert "&gt; Section F" in msg.get_body(preferencelist=("html",)).get_content()


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "name",
    [
        "document_kinds_b",
        "document_kinds_c",
        "document_kinds_d",
        "document_kinds_e",
        "document_kinds_f",
    ],
)
def test_kind_set_regenerates_identical(tmp_path: Path, name: str) -> None:
    results = check_sets([name], tmp_path)
    assert results == {name: []}


@pytest.mark.parametrize(
    "name", ["document_kinds_c", "document_kinds_d", "document_kinds_e", "document_kinds_f"]
)
def test_kind_set_labels_every_file_with_every_kind(name: str) -> None:
    """A scorer reads labels.json: every file has a label, every label names a file, and
    every kind in the contract appears, so no kind goes unscored."""
    folder = BENCH / name
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    files = {p.name for p in folder.iterdir() if p.suffix in (".pdf", ".docx", ".txt", ".eml")}
    assert set(labels) == files
    assert set(labels.values()) == set(DOCUMENT_KINDS)
