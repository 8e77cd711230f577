"""Turning a plan-check finding into a first draft of the wording the family asks for.

Pure functions over the stored analysis result (no database), so the window, the command
line and the tests all draft the same wording. A proposal is only a draft: the parent
edits it before it becomes an amendment, and nothing is filed without their say.

Provision wording says what, who, how often, how long and in what group, because that is
what Section F must say (SEND Code of Practice 9.69). The figures come from the report's
own recommendation, read with ``analysis.quantities`` so that the plan check and the
drafted wording never disagree about what a sentence promises.
"""

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ehcp_appeal.export.wd_lines import display_paragraphs

if TYPE_CHECKING:  # the plan check loads on first use, not with the window
    from ehcp_appeal.analysis.judging.quantities import Quantity

PROPOSABLE = (
    "need_missing_from_b",
    "provision_missing_from_f",
    "provision_less_than_recommended",
    "provision_not_specific",
    "provision_in_wrong_section",
)

_AREA_HEADINGS = {
    "communication_interaction": r"communication",
    "cognition_learning": r"cognition|learning",
    "semh": r"social|emotional|mental health",
    "sensory_physical": r"sensory|physical",
}

PLACEHOLDER = "[Say who delivers it, how often, for how long and in what group.]"
TERMS_PER_YEAR_WEEKS = 13.0  # a school term, in weeks: "once a term" is 1/13 a week


@dataclass(frozen=True)
class Evidence:
    """Where the reason for a change is written: a case document, its page and paragraph."""

    document_id: str = ""
    page: int | None = None
    paragraph: str = ""
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "page": self.page,
            "paragraph": self.paragraph,
            "note": self.note,
        }

    @staticmethod
    def from_json(data: dict[str, Any] | None) -> "Evidence":
        data = data or {}
        page = data.get("page")
        return Evidence(
            document_id=str(data.get("document_id") or ""),
            page=int(page) if isinstance(page, int | str) and str(page).isdigit() else None,
            paragraph=str(data.get("paragraph") or ""),
            note=str(data.get("note") or ""),
        )


@dataclass(frozen=True)
class Proposal:
    """Draft wording for one accepted finding; ``missing`` names what the parent should add.

    For an addition ``original_text`` is the plan passage it follows (its place in the
    council's order); for a replacement or deletion it is the wording struck out.
    """

    section: str
    action: str
    original_text: str
    proposed_text: str
    evidence: Evidence
    finding_key: str
    missing: tuple[str, ...] = ()
    quoted: str = ""  # the report's sentence the evidence points at, to find its paragraph


def fold(text: str) -> str:
    """Case, quotes and spaces folded, for finding one passage inside another."""
    from ehcp_appeal.analysis.reading.blocks import normalise_quotes

    return normalise_quotes(re.sub(r"\s+", " ", text).strip().lower())


def section_lines(result: dict[str, Any], section: str) -> list[str]:
    for entry in result.get("plan", {}).get("sections", []):
        if entry.get("id") == section:
            return [line for line in str(entry.get("text", "")).splitlines() if line.strip()]
    return []


def _line_containing(lines: list[str], text: str) -> str:
    """The whole plan line holding ``text``, as printed: a table row with its who and
    how-often cells, so a replacement strikes out the whole provision."""
    target = fold(text)
    for raw, printed, _heading in display_paragraphs(lines):
        if target and target in fold(raw):
            return printed
    return text


def _is_heading(line: str) -> bool:
    return "|" not in line and len(line) < 70 and not line.rstrip().endswith((".", ":", ";"))


def area_anchor(lines: list[str], area: str) -> str:
    """The last line under the section's heading for this area of need, so an addition
    joins its area in the council's own order; '' (end of section) when there is none."""
    pattern = _AREA_HEADINGS.get(area)
    if not pattern:
        return ""
    start = next(
        (
            number
            for number, line in enumerate(lines)
            if _is_heading(line) and re.search(pattern, line, re.I)
        ),
        None,
    )
    if start is None:
        return ""
    last = lines[start]
    for line in lines[start + 1 :]:
        if _is_heading(line):
            break
        last = line
    return last


_NUMBER_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DAILY = re.compile(r"\b(?:daily|(?:every|each) (?:school )?(?:day|morning|afternoon))\b", re.I)
_WEEKLY = re.compile(r"\b(?:once|weekly|(?:per|each|every) week)\b", re.I)


def _says(text: str, count: int) -> bool:
    """Whether the sentence itself states this count, so a restatement never contradicts it."""
    word = _NUMBER_WORDS[count] if count < len(_NUMBER_WORDS) else str(count)
    return bool(re.search(rf"\b(?:{count}|{word})\b", text, re.I))


def _frequency(quantity: "Quantity", text: str) -> str:
    """How often, in words; only when the sentence plainly says the same."""
    rate = quantity.sessions_per_week
    if rate is None:
        return ""
    if abs(rate - 5) < 0.01 and _DAILY.search(text):
        return "every school day"
    if rate >= 1:
        count = round(rate)
        if count == 1:
            return "once a week" if _WEEKLY.search(text) else ""
        return f"{count} times a week" if _says(text, count) else ""
    per_term = round(rate * TERMS_PER_YEAR_WEEKS)
    if per_term >= 1 and re.search(r"\bterm", text, re.I):
        return "once a term" if per_term == 1 else f"{per_term} times a term"
    return ""


def _duration(quantity: "Quantity") -> str:
    parts = []
    if quantity.minutes_per_session:
        parts.append(f"{quantity.minutes_per_session:g} minutes a session")
    if quantity.weeks:
        parts.append(f"for {quantity.weeks:g} weeks")
    return ", ".join(parts)


def _group(quantity: "Quantity") -> str:
    if quantity.group_size == 1:
        return "1:1"
    if quantity.group_size:
        return f"no more than {quantity.group_size}"
    return "a group (size not stated)" if quantity.group else ""


def _deliverer(staff: str, text: str) -> str:
    """Who delivers it, in words, only where the sentence names that role as delivering:
    "a named key adult" is not restated as a teaching assistant, nor "reviewed with the
    educational psychologist" as a psychologist delivering it."""
    if not staff or staff == "staff":
        return ""
    head = staff.split()[-1]
    if not re.search(rf"\b{re.escape(head)}", text, re.I):
        return ""
    if re.search(rf"\breview\w*\s+(?:\w+\s+){{0,3}}(?:with|by)\s+(?:the\s+|a\s+|an\s+)?"
                 rf"(?:[\w-]+\s+){{0,2}}{re.escape(head)}", text, re.I):  # fmt: skip
        return ""
    return staff


def specified(recommendation: str) -> tuple[str, tuple[str, ...]]:
    """The recommendation in its own words, then who, how often, how long and what group.

    Returns the wording and the parts the report leaves out, for the parent to supply.
    """
    text = re.sub(r"\s+", " ", recommendation).strip()
    if text and not text.endswith((".", "!", "?")):
        text += "."
    from ehcp_appeal.analysis.judging.quantities import measure

    quantity = measure(text)
    who = _deliverer(quantity.staff, text)
    parts = {
        "who delivers it": who,
        "how often": _frequency(quantity, text),
        "how long": _duration(quantity),
        "group size": _group(quantity),
    }
    labels = {
        "who delivers it": "Delivered by",
        "how often": "How often",
        "how long": "How long",
        "group size": "Group size",
    }
    details = [f"{labels[name]}: {value}." for name, value in parts.items() if value]
    missing = tuple(name for name, value in parts.items() if not value)
    wording = f"{text} {' '.join(details)}" if details else text
    return wording, missing


def _recommendation(result: dict[str, Any], finding: dict[str, Any]) -> dict[str, Any] | None:
    """The report's recommendation behind a finding about the plan's own wording."""
    recommendations = [n for n in result.get("needs", []) if n.get("kind") == "recommendation"]
    if finding.get("need"):
        for entry in recommendations:
            if entry.get("id") == finding["need"]:
                return entry
    if finding.get("evidence"):
        wanted = fold(finding["evidence"])
        for entry in recommendations:
            if fold(entry.get("text", "")) == wanted:
                return entry
    plan_text = fold(finding.get("text", ""))
    for entry in recommendations:
        match = entry.get("match") or {}
        if match.get("section") == finding.get("section") and fold(match.get("text", "")) == (
            plan_text
        ):
            return entry
    return None


def _need(result: dict[str, Any], need_id: str | None) -> dict[str, Any]:
    for entry in result.get("needs", []):
        if entry.get("id") == need_id:
            return dict(entry)
    return {}


def _evidence_of(entry: dict[str, Any], note: str = "") -> Evidence:
    return Evidence(
        document_id=str(entry.get("document_id") or ""),
        page=entry.get("page") if isinstance(entry.get("page"), int) else None,
        note=note,
    )


def propose(result: dict[str, Any], finding: dict[str, Any]) -> Proposal | None:
    """Draft amendment for one finding, or None for kinds that need no wording."""
    kind = finding.get("kind")
    key = str(finding.get("item_key", ""))
    sentence = str(finding.get("edited_text") or finding.get("text") or "").strip()
    if kind == "need_missing_from_b":
        need = _need(result, finding.get("need"))
        wording = sentence if sentence.endswith(".") else f"{sentence}."
        anchor = area_anchor(section_lines(result, "B"), need.get("area", ""))
        quoted = str(finding.get("text", ""))
        return Proposal("B", "add", anchor, wording, _evidence_of(finding), key, (), quoted)
    if kind == "provision_missing_from_f":
        need = _need(result, finding.get("need"))
        wording, missing = specified(sentence)
        anchor = area_anchor(section_lines(result, "F"), need.get("area", ""))
        quoted = str(finding.get("text", ""))
        return Proposal("F", "add", anchor, wording, _evidence_of(finding), key, missing, quoted)
    if kind in ("provision_less_than_recommended", "provision_not_specific"):
        original = _line_containing(section_lines(result, "F"), str(finding.get("text", "")))
        recommendation = _recommendation(result, finding)
        if finding.get("edited_text"):
            wording, missing = specified(sentence)
            evidence = _evidence_of(recommendation or finding)
        elif recommendation is not None:
            wording, missing = specified(recommendation["text"])
            evidence = _evidence_of(recommendation)
        else:
            wording = f"{sentence} {PLACEHOLDER}"
            missing = ("who delivers it", "how often", "how long", "group size")
            evidence = Evidence()  # the parent names the evidence they rely on
        quoted = recommendation["text"] if recommendation else ""
        return Proposal("F", "replace", original, wording, evidence, key, missing, quoted)
    if kind == "provision_in_wrong_section":
        recommendation = _recommendation(result, finding)
        wording, missing = specified(sentence)
        area = recommendation.get("area", "") if recommendation else "communication_interaction"
        anchor = area_anchor(section_lines(result, "F"), area)
        note = f"Moved from Section {finding.get('section', 'G')} of the plan."
        evidence = _evidence_of(recommendation, note) if recommendation else _evidence_of(finding)
        if not recommendation:
            evidence = Evidence(evidence.document_id, evidence.page, "", note)
        quoted = recommendation["text"] if recommendation else ""
        return Proposal("F", "add", anchor, wording, evidence, key, missing, quoted)
    return None
