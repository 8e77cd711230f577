"""How sure the plan check is of each finding, and which it should only suggest.

A finding that is wrong costs a family more than one that is missed: the tribunal
stops trusting the rest. So each finding gets a confidence from what it rests on,
and one below ``ASSERT_AT`` is not asserted but shown as "worth a look":

- a need or recommendation missing from the plan rests on the sentence's role (how
  sure the cue was that it is a current need or advice at all) and on the match
  margin (how far the nearest plan line fell below the match threshold: a near miss
  may be the same thing in other words); a need whose every concept Section B already
  names somewhere (its reading, its anxiety) is only worth a look, as councils state
  a report's need in general words ("literacy difficulties") more often than they
  leave out all that it is about; and one whose topic the check does not know at all
  (no concept, and for advice no profession either) is only worth a look too, as
  without a topic a plan line saying it in other words cannot be recognised;
- a vague provision rests on how much of an amount was read from it (and on whether it
  is a provision at all, not an area heading or a standing rule): a line with no
  frequency, duration or staff is surely vague; one that names who, how often and how
  long is only worth a look, unless a hedge leaves the amount itself open ("up to");
- provision less than recommended rests on both amounts having been read;
- provision in the wrong section rests on whether the line teaches or only reviews;
- a missing section is certain, unless a heading no section claims uses its words or
  starts with its letter: the section may be there under a heading the reader did not
  recognise.
"""

import re
from dataclasses import replace

from ehcp_appeal.analysis.judging.checker import MATCH_THRESHOLD, Checker
from ehcp_appeal.analysis.judging.findings import Finding
from ehcp_appeal.analysis.judging.quantities import measure
from ehcp_appeal.analysis.judging.thresholds import ASSERT_AT
from ehcp_appeal.analysis.judging.vague_certainty import vague_certainty
from ehcp_appeal.analysis.matching.matching import concepts, disciplines
from ehcp_appeal.analysis.plan.reading_status import named_like
from ehcp_appeal.analysis.roles.report_items import ReportItem
from ehcp_appeal.analysis.roles.report_sentences import need_clause

NAMED_IN_B = 0.45
"""The confidence at most of a need whose every concept Section B already names."""
UNKNOWN_TOPIC = 0.45
"""The confidence at most of a missing need or advice whose topic the check does not know.
On the studied evaluation sets such findings were right about one time in three,
against two in three for the others: most were reasons, home advice or a plan's own
rewording that the word overlap could not see."""
SECTION_LOOKALIKE = 0.45
"""The confidence of a section missing while a heading no section claims uses its words
or starts with its letter."""
_NEAR_MISS = 0.12
"""A nearest plan line this far or more below the match threshold is a clear miss."""
CLOSE_IN_B = 0.45
"""The confidence at most of a missing need whose nearest Section B line falls short of a
match by less than half of ``_NEAR_MISS``. On the studied evaluation sets after the first
seven, such findings were right about one time in three: most were the council's own
rewording of the need, a line the word overlap nearly matched."""
_REVIEW = re.compile(
    r"\b(?:review|reviews|reviewed|monitor|monitored|monitoring|check-?ups?|appointments?|"
    r"clinic|prescri\w*|medication)\b",
    re.IGNORECASE,
)
_TEACHES = re.compile(
    r"\b(?:teach|teaches|train|trains|training|programme|therapy sessions?)\b", re.I
)


def rate(checker: Checker, items: list[ReportItem], findings: list[Finding]) -> list[Finding]:
    """The findings with ``confidence`` and ``why`` filled in."""
    return [_rated(checker, items, finding) for finding in findings]


def split(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(asserted, worth a look) by ``ASSERT_AT``."""
    asserted = [finding for finding in findings if finding.confidence >= ASSERT_AT]
    possible = [finding for finding in findings if finding.confidence < ASSERT_AT]
    return asserted, possible


def _rated(checker: Checker, items: list[ReportItem], finding: Finding) -> Finding:
    if finding.kind in ("need_missing_from_b", "provision_missing_from_f") and finding.need:
        value, why = _missing(checker, items[int(finding.need[1:]) - 1], finding.section or "F")
    elif finding.kind == "provision_not_specific":
        value, why = vague_certainty(finding.text, finding.terms, _row_of(checker, finding))
    elif finding.kind == "provision_less_than_recommended":
        value, why = _less(finding)
    elif finding.kind == "provision_in_wrong_section":
        value, why = _wrong_section(finding.text)
    else:
        value, why = _section_missing(checker, finding.text)
    return replace(finding, confidence=round(value, 2), why=why)


def _missing(checker: Checker, item: ReportItem, section: str) -> tuple[float, str]:
    text = need_clause(item.text) if section == "B" else item.text
    nearest = checker.nearest(text, (section,))
    score = nearest.score if nearest else 0.0
    margin = min(1.0, max(0.0, MATCH_THRESHOLD - score) / _NEAR_MISS)
    value = item.certainty * (0.7 + 0.3 * margin)
    role = "need" if item.role == "need" else "recommendation"
    why = [f"Read as a {role} ({item.cue}; {item.certainty:.0%} sure)."]
    named = _named_in(checker, item.text, section) if section == "B" else frozenset()
    if named:
        value = min(value, NAMED_IN_B)
        topics = ", ".join(sorted(name.replace("_", " ") for name in named))
        why.append(f"Section B already speaks of {topics}, perhaps in more general words.")
    elif section == "B" and nearest is not None and margin < 0.5:
        value = min(value, CLOSE_IN_B)
    elif not _known_topic(item.text, section):
        value = min(value, UNKNOWN_TOPIC)
        why.append(
            "It names nothing the check knows as a need or a kind of help, so the plan "
            "may say it in words the check cannot compare."
        )
    if nearest is None:
        why.append(f"Section {section} has nothing to compare it with.")
    elif margin >= 1:
        why.append(f"The closest line in Section {section} is not close (score {score:.2f}).")
    else:
        why.append(
            f"The closest line in Section {section} nearly matches (score {score:.2f}, "
            f"match at {MATCH_THRESHOLD:.2f}): it may say the same in other words."
        )
    return value, " ".join(why)


def _section_missing(checker: Checker, section: str) -> tuple[float, str]:
    found_empty = section in checker.plan.sections  # a heading with nothing under it
    lookalikes = [] if found_empty else named_like(checker.plan, section)
    if lookalikes:
        heading = lookalikes[0]
        return SECTION_LOOKALIKE, (
            f'No heading was read as Section {section}, but "{heading.text}" (page '
            f"{heading.page}) looks like it: the section may be there under that heading."
        )
    return 0.95, "The section was looked for by its letter, number and name."


def _known_topic(text: str, section: str) -> bool:
    """Whether the statement names a concept (or, as advice, a profession) the check knows."""
    return bool(concepts(text)) or (section != "B" and bool(disciplines(text)))


def _named_in(checker: Checker, text: str, section: str) -> frozenset[str]:
    """The statement's concepts, when every one of them is named in the section."""
    wanted = concepts(text)
    return wanted if wanted and wanted <= checker.named_concepts(section) else frozenset()


def _row_of(checker: Checker, finding: Finding) -> str:
    """The whole table row a plan line stands in: its Staff and Frequency cells say how much."""
    for item in checker.items:
        if item.text == finding.text and item.page == finding.page:
            return item.whole
    return finding.text


def _less(finding: Finding) -> tuple[float, str]:
    plan, report = measure(finding.text), measure(finding.source or "")
    if plan.has_time and report.has_time:
        return 0.85, "Amounts were read from both the plan and the report."
    if plan.staff_rank is not None and report.staff_rank is not None:
        return 0.75, "Staff were read from both the plan and the report."
    return 0.6, "Only part of the amounts could be read."


def _wrong_section(text: str) -> tuple[float, str]:
    if _REVIEW.search(text) and not _TEACHES.search(text):
        return 0.35, "It reads as a health review or check, which may belong where it is."
    return 0.8, "It reads as provision that teaches or trains."
