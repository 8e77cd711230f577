"""Comparing two versions of the working document, paragraph by paragraph.

Before a hearing the working document goes back and forth; the family needs to see what
moved between WD2 and WD3 (a change the council now agrees, a deletion dropped) without
reading both in full. Paragraphs are compared with their type styles written out in
words, so a change of style alone (bold becoming underlined: now agreed) is a difference.
"""

import difflib
from dataclasses import dataclass

from ehcp_appeal.export.wd_markup import Markup, Paragraph

_LABELS = {
    "parent_add": "parent adds",
    "parent_del": "parent deletes",
    "agreed_add": "agreed addition",
    "agreed_del": "agreed deletion",
    "council_add": "council adds",
    "council_del": "council deletes",
}


@dataclass(frozen=True)
class Difference:
    section: str
    change: str  # "added", "removed" or "changed"
    before: str
    after: str

    def to_json(self) -> dict[str, str]:
        return {
            "section": self.section,
            "change": self.change,
            "before": self.before,
            "after": self.after,
        }


def described(paragraph: Paragraph) -> str:
    """The paragraph as text with each styled run labelled: "[parent adds: ...]"."""
    out = []
    for run in paragraph.runs:
        label = _LABELS.get(run.style)
        out.append(f"[{label}: {run.text}]" if label else run.text)
    return "".join(out)


def compare(first: Markup, second: Markup) -> list[Difference]:
    differences: list[Difference] = []
    sections = dict.fromkeys([s.id for s in first.sections] + [s.id for s in second.sections])
    for section_id in sections:
        old = next((s for s in first.sections if s.id == section_id), None)
        new = next((s for s in second.sections if s.id == section_id), None)
        before = [described(p) for p in old.paragraphs] if old else []
        after = [described(p) for p in new.paragraphs] if new else []
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            pairs = max(i2 - i1, j2 - j1)
            for offset in range(pairs):
                was = before[i1 + offset] if i1 + offset < i2 else ""
                now = after[j1 + offset] if j1 + offset < j2 else ""
                change = "changed" if was and now else ("added" if now else "removed")
                differences.append(Difference(section_id, change, was, now))
    return differences
