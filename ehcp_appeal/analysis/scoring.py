"""Scoring the plan check against cases with a truth.json (the development corpus format).

A finding counts when its kind and whitespace-folded text match one in the truth;
sections count when each truth sentence lies inside the right section's text; needs
count when each truth need or recommendation is found as an item.
"""

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ehcp_appeal.analysis.result import analyse_files
from ehcp_appeal.errors import AppError


def fold(text: str) -> str:
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
    return re.sub(r"\s+", " ", text).strip().translate(table)


@dataclass
class CaseScore:
    name: str
    true_positive: int
    predicted: int
    expected: int
    sections_found: int
    sections_total: int
    needs_found: int
    needs_total: int
    seconds: float
    missed: list[tuple[str, str]]
    extra: list[tuple[str, str]]
    refused: str = ""  # the check refused the plan (not read as one): nothing was found
    found_by: str = ""  # how the plan's B and F were found: "letter" or what found them instead

    @property
    def f1(self) -> float:
        total = self.predicted + self.expected
        return 2 * self.true_positive / total if total else 1.0


def score_case(folder: Path) -> CaseScore:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    refused = ""
    try:
        result = analyse_files(folder / truth["plan"], [folder / name for name in truth["reports"]])
    except AppError as error:  # scored as what the user got: no sections, needs or findings
        refused = error.message
        result = {"findings": [], "plan": {"sections": []}, "needs": []}
    seconds = time.perf_counter() - started
    predicted = {(f["kind"], fold(f["text"])) for f in result["findings"]}
    expected = {(f["kind"], fold(f["text"])) for f in truth["expected_findings"]}
    sections = {s["id"]: fold(s["text"]) for s in result["plan"]["sections"]}
    sections_found = sum(
        1 for sid, sentence in truth["sections"].items() if fold(sentence) in sections.get(sid, "")
    )
    items = {fold(n["text"]) for n in result["needs"]}
    needs_found = sum(1 for n in truth["needs"] if fold(n["text"]) in items)
    return CaseScore(
        name=folder.name,
        true_positive=len(predicted & expected),
        predicted=len(predicted),
        expected=len(expected),
        sections_found=sections_found,
        sections_total=len(truth["sections"]),
        needs_found=needs_found,
        needs_total=len(truth["needs"]),
        seconds=seconds,
        missed=sorted(expected - predicted),
        extra=sorted(predicted - expected),
        refused=refused,
        found_by=how_found(result["plan"]["sections"]),
    )


def how_found(sections: list[dict]) -> str:
    """How the sections the findings rest on (B and F) were found, so that plans whose
    headings carry no letter can be scored against lettered ones: "letter" when both were
    found by their letter, otherwise the other ways joined ("name", "number_and_name",
    "table_column"), or "not found"."""
    ways = {s.get("found_by") or "letter" for s in sections if s["id"] in ("B", "F")}
    if not ways:
        return "not found"
    return "letter" if ways == {"letter"} else "+".join(sorted(ways - {"letter"}))


def score_corpus(corpus: Path) -> tuple[list[CaseScore], dict[str, float]]:
    cases = [
        score_case(folder)
        for folder in sorted(corpus.iterdir())
        if (folder / "truth.json").exists()
    ]
    tp = sum(c.true_positive for c in cases)
    predicted = sum(c.predicted for c in cases)
    expected = sum(c.expected for c in cases)
    overall = {
        "precision": tp / predicted if predicted else 1.0,
        "recall": tp / expected if expected else 1.0,
        "f1": 2 * tp / (predicted + expected) if predicted + expected else 1.0,
        "sections": sum(c.sections_found for c in cases)
        / max(1, sum(c.sections_total for c in cases)),
        "needs": sum(c.needs_found for c in cases) / max(1, sum(c.needs_total for c in cases)),
        "seconds_per_case": sum(c.seconds for c in cases) / max(1, len(cases)),
    }
    return cases, overall
