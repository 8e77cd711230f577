"""Section headings run into the first paragraph of their section.

Some councils open each section with its label in bold at the start of a paragraph
("Section B - Special Educational Needs: Elif has CHARGE syndrome ..."), with no line
of its own. Read whole, such a paragraph is a sentence, not a heading, and the plan
seems to have no sections. Splitting the label off as a heading block of its own lets
every later step read the plan as it reads any other. Only a label that names its
section by letter or by number and name is split off: a name alone before a colon
("Primary need: ...") is too common inside sections to be trusted.
"""

import re
from dataclasses import replace

from ehcp_appeal.analysis.plan.section_names import labelled_heading
from ehcp_appeal.analysis.reading.blocks import Block

_RUN_IN = re.compile(
    r"^(?P<label>\s*(?:section|part|appendix)\s*(?:H\s?[12]|[A-K]|\d{1,2})\s*[-–—:.]\s*"
    r"[^:.]{3,140}?)\s*:\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def split_run_in_headings(blocks: list[Block]) -> list[Block]:
    """The blocks, with each run-in section label made a heading block before its text."""
    result: list[Block] = []
    for block in blocks:
        match = _RUN_IN.match(block.text) if block.kind == "para" else None
        if match is None or labelled_heading(match.group("label")) is None:
            result.append(block)
            continue
        result.append(replace(block, text=match.group("label").strip(), heading_hint=True))
        result.append(replace(block, text=match.group("rest"), heading_hint=False, number=""))
    return result
