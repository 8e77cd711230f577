"""Which sections the law requires that a plan lacks (reg 12; Code of Practice 9.62)."""

import re
from typing import TYPE_CHECKING

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.section_letters import topic_matches

if TYPE_CHECKING:
    from ehcp_appeal.analysis.plan.plan_sections import Plan, PlanSection


def missing_sections(plan: "Plan") -> list[str]:
    """Sections the law requires (reg 12; CoP 9.62) that are absent or empty.

    A single combined H section stands for H1 and H2; Section I may be blank only in a
    draft plan, when the parent has not yet been asked for a preference.
    """
    missing = []
    present = {key for key, section in plan.sections.items() if not _only_field_labels(section)}
    for section_id in lexicon.load("sections")["order"]:
        if section_id in present:
            continue
        if section_id == "H2" and "H1" in present and _combined_h(plan):
            continue
        if section_id == "I" and plan.draft:
            continue
        missing.append(section_id)
    return missing


def _only_field_labels(section: "PlanSection") -> bool:
    """A form's section left blank: nothing under the heading but a label restating it.

    Portal exports print each section's field label ("Social care needs relating to
    SEN") whether or not a value was entered. A label is a short line without sentence
    punctuation that names the section's own topic; an entry as brief as "None" or
    "N/A" is a value, so it still counts as content.
    """
    if not section.blocks or any(
        block.kind == "row" or block.table >= 0 for block in section.blocks
    ):
        return False  # a cell beside the section's label in a table is its value
    return all(
        len(block.text.split()) <= 10
        and not re.search(r"[.;!?\d]", block.text)
        and not re.match(r"(?i)\s*(?:none|no|not|nil|n/?a)\b", block.text)
        and topic_matches(section.id, block.text)
        for block in section.blocks
    )


def _combined_h(plan: "Plan") -> bool:
    section = plan.sections["H1"]
    return not re.search(r"section 2|chronically sick|CSDPA", section.title, re.IGNORECASE)
