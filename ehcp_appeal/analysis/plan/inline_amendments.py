"""Changes written into the plan's text, in brackets, where the change was made.

A council that amends a plan to follow a tribunal's order (or a review) sometimes leaves
the old wording in place and writes each change beside it: "[Amended by order of the
Tribunal dated 14 July 2026: The sentence above is replaced by: ...]", "[Amended ...:
the following is added.]" before new text, or "[Amended ...: <new text>]" alone. The plan
in force is the text after the changes, so the check must read that: a replaced sentence
is no longer provision (calling it vague would be wrong), and the replacement or the
insertion is, though set off in brackets and often in bold, which would otherwise make it
look like a note or a heading.
"""

import re
from dataclasses import replace

from ehcp_appeal.analysis.reading.blocks import Block

_CHANGE = re.compile(
    r"^\[\s*(?:amended|inserted|added|substituted|deleted|removed|changed)\b"
    r"[^:\]]{0,100}?:\s*(?P<body>.*?)\s*\]\.?$",
    re.IGNORECASE | re.DOTALL,
)
_REPLACED = re.compile(
    r"^the (?:sentence|paragraph|text|wording|words) above (?:is|are|has been|have been) "
    r"(?:replaced|substituted|amended) (?:by|with|to read)\s*:?\s*(?P<text>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_DELETED = re.compile(
    r"^the (?:sentence|paragraph|text|wording|words) above (?:is|are|has been|have been) "
    r"(?:deleted|removed|struck out)\.?$",
    re.IGNORECASE,
)
_ADDED_BELOW = re.compile(
    r"^the following (?:is|are|has been|have been) (?:added|inserted)\.?$", re.IGNORECASE
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def apply_inline_amendments(blocks: list[Block]) -> list[Block]:
    """The blocks as the amended plan reads: changes applied, their notes gone."""
    out: list[Block] = []
    added_below = False
    for block in blocks:
        change = _CHANGE.match(block.text.strip()) if block.kind == "para" else None
        if change is None:
            if added_below and block.kind == "para":
                block = replace(block, heading_hint=False)  # new text set in bold
            added_below = False
            out.append(block)
            continue
        body = change.group("body").strip()
        added_below = bool(_ADDED_BELOW.match(body))
        if added_below:
            continue
        replaced, deleted = _REPLACED.match(body), _DELETED.match(body)
        if (replaced or deleted) and out and out[-1].kind == "para":
            kept = _without_last_sentence(out.pop().text)
            if kept:
                out.append(replace(block, text=kept, heading_hint=False))
            if replaced:
                out.append(replace(block, text=replaced.group("text").strip(), heading_hint=False))
        elif not (replaced or deleted):
            out.append(replace(block, text=body, heading_hint=False))
    return out


def _without_last_sentence(text: str) -> str:
    """A paragraph less its last sentence: "the sentence above" is the one just before."""
    sentences = _LAST_SENTENCE.split(text.strip())
    return " ".join(sentences[:-1])
