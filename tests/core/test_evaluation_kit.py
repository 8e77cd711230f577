"""The evaluation sets regenerate byte for byte from their data through the one kit.

One set of each form and house style: A (recorded, lettered style), F (recorded, headed
style) and K (marked data, sectioned style). benchmarks/evaluation_kit/check_identical.py
checks every set.
"""

from pathlib import Path

import pytest

from benchmarks.evaluation_kit.check_identical import check_sets


@pytest.mark.timeout(120)
def test_sets_regenerate_identical_and_verified(tmp_path: Path) -> None:
    # Whole folder names: a bare suffix such as "_f" would also pick up document_kinds_f.
    names = ["evaluation_cases", "evaluation_cases_f", "evaluation_cases_k"]
    results = check_sets(names, tmp_path, verify=True)
    assert sorted(results) == names
    assert results == {name: [] for name in results}


def test_recorded_truth_must_match_its_findings() -> None:
    """A status edited in a stored truth without its finding is refused."""
    import json
    import sys

    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(bench))  # the kit imports itself as evaluation_kit
    try:
        from evaluation_kit.dataset import RecordedCase
    finally:
        sys.path.remove(str(bench))

    data = json.loads((bench / "evaluation_cases_c" / "cases.json").read_text(encoding="utf-8"))[0]
    RecordedCase(data).check()
    need = next(it for it in data["truth"]["needs"] if it["plan_status"] == "in_b")
    need["plan_status"], need["plan_text"] = "missing_from_b", None
    with pytest.raises(AssertionError, match="need_missing_from_b"):
        RecordedCase(data).check()


def _kit():
    import sys

    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(bench))  # the kit imports itself as evaluation_kit
    try:
        from evaluation_kit import sectioned
    finally:
        sys.path.remove(str(bench))
    return sectioned


def test_a_signature_block_writes_in_the_default_pdf_style(tmp_path: Path) -> None:
    """Set writers sign their reports; the default house style must know the block."""
    sectioned = _kit()
    doc = sectioned.Doc(
        "report.pdf",
        [("p", "With best wishes."), ("sig", ["Ana Ruiz", "Speech and Language Therapist"])],
    )
    sectioned.write_pdf(doc, tmp_path / "report.pdf")
    text = " ".join(sectioned.pdf_pages(tmp_path / "report.pdf"))
    assert "Ana Ruiz" in text and "Speech and Language Therapist" in text


def test_advice_answered_outside_f_must_name_the_section() -> None:
    """Without it the verifier could not look for the plan line; say so at once."""
    sectioned = _kit()
    case = sectioned.Case("case-x", "plan.docx", ["report.docx"], "")
    with pytest.raises(AssertionError, match="name the section"):
        case.rec(
            "report.docx", "Hearing reviewed yearly.", "health", "not_educational", "Audiology."
        )
