"""The whole check on a synthetic case in a template unlike the development corpus."""

from pathlib import Path

from ehcp_appeal.analysis.result import SCHEMA, analyse_files
from tests.core.analysis_fixtures.cases import build_case, build_hearing_case


def _findings(tmp_path: Path) -> tuple[dict, set[tuple[str, str]]]:
    plan, reports = build_case(tmp_path)
    result = analyse_files(plan, reports)
    return result, {(f["kind"], f["text"]) for f in result["findings"]}


def test_contract_shape(tmp_path: Path) -> None:
    result, _ = _findings(tmp_path)
    assert result["schema"] == SCHEMA
    assert result["plan"]["document"] == "leo_plan.docx"
    for section in result["plan"]["sections"]:
        assert {"id", "title", "first_page", "last_page", "text"} <= set(section)
    for item in result["needs"]:
        assert item["kind"] in ("need", "recommendation") and item["id"].startswith("n")
        assert item["match"] is None or {"section", "text", "page", "score"} <= set(item["match"])
    for finding in result["findings"]:
        assert {
            "kind",
            "need",
            "section",
            "text",
            "document",
            "page",
            "detail",
            "legal_basis",
        } <= set(finding)


def test_expected_findings(tmp_path: Path) -> None:
    _result, found = _findings(tmp_path)
    maths = (
        "Leo finds it difficult to work out what numbers mean in word problems "
        "and his maths is well below the expected level."
    )
    assert ("need_missing_from_b", maths) in found
    training = (
        "All staff who teach Leo should receive training in developmental "
        "language disorder from the Speech and Language Therapist."
    )
    assert ("provision_missing_from_f", training) in found
    assert (
        "provision_not_specific",
        "Access to a laptop for extended writing as appropriate",
    ) in found
    therapy = (
        "Individual speech and language therapy to develop Leo's understanding of spoken language"
    )
    assert ("provision_less_than_recommended", therapy) in found
    assert (
        "provision_in_wrong_section",
        (
            "The occupational therapist will run a weekly handwriting group in "
            "school for Leo and two other pupils."
        ),
    ) in found
    assert ("section_missing", "K") in found


def test_no_findings_for_covered_needs_resolved_history_or_home_advice(tmp_path: Path) -> None:
    result, found = _findings(tmp_path)
    texts = {text for _kind, text in found}
    assert not any("stammer" in text for text in texts)
    assert not any("board games" in text for text in texts)
    anxious = next(n for n in result["needs"] if n["text"].startswith("Leo becomes highly anxious"))
    assert anxious["match"]["section"] == "B"
    home = next(n for n in result["needs"] if "board games" in n["text"])
    assert home["educational"] is False
    understanding = next(n for n in result["needs"] if "complex spoken explanations" in n["text"])
    assert understanding["match"] is not None and understanding["match"]["section"] == "B"


def test_pdf_plan_with_contents_page_and_report_with_provision_table(tmp_path: Path) -> None:
    plan, reports = build_hearing_case(tmp_path)
    result = analyse_files(plan, reports)
    pages = {s["id"]: s["first_page"] for s in result["plan"]["sections"]}
    assert pages == {key: number + 2 for number, key in enumerate(pages)}
    assert len(pages) == 12
    hearing = next(n for n in result["needs"] if "sensorineural" in n["text"])
    assert hearing["match"]["section"] == "B"
    found = {(f["kind"], f["text"]) for f in result["findings"]}
    assert ("provision_missing_from_f", "Deaf awareness training for all staff") in found
    weekly = "Amir will receive weekly input from the Qualified Teacher of the Deaf."
    assert ("provision_not_specific", weekly) in found
    assert not any("subtitles" in text for _kind, text in found)
    assert not any("diagnosed" in n["text"] for n in result["needs"])
