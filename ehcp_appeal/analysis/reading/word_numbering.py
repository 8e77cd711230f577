"""The letters Word draws before headings numbered by a list ("A.", "Section B:").

A council's Word template may letter its section headings with list numbering: the page
shows "Section B: About my needs", but the document's text holds only "About my needs",
the letter being drawn by Word from the list's definition. The letter is then the only
sign of the section, so the reader computes it as Word does: each list level counts the
paragraphs numbered at it, a deeper level starts again when a shallower one moves on,
and lists that share a definition count together unless one restarts. Only lettered
levels are given back: a decimal "1." says nothing of the section that the heading's
name does not, and would turn ordinary numbered lists into labels.
"""

from dataclasses import dataclass
from typing import Any

from ehcp_appeal.word_elements import W

LETTERED = frozenset({"upperLetter"})
"""Capital letters only: a list lettered a), b) inside a section labels no section."""


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str


class LetteredNumbering:
    """Counts a document's numbered paragraphs in order and gives the drawn label of those
    whose level is lettered."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}  # by list (numId)
        self._counter_of: dict[str, str] = {}  # numId -> the counter it shares
        self._counts: dict[str, dict[int, int]] = {}
        self._style_numbering: dict[str, tuple[str, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {
            node.get(f"{W}abstractNumId"): _levels(node)
            for node in numbering.iterchildren(f"{W}abstractNum")
        }
        for num in numbering.iterchildren(f"{W}num"):
            num_id = num.get(f"{W}numId")
            abstract_id = _val(num.find(f"{W}abstractNumId"))
            levels = dict(abstract.get(abstract_id, {}))
            restarts = False
            for override in num.iterchildren(f"{W}lvlOverride"):
                level = _number(override.get(f"{W}ilvl"), 0)
                start = _val(override.find(f"{W}startOverride"))
                if start is not None and level in levels:
                    levels[level] = _Level(_number(start, 1), levels[level].fmt, levels[level].text)
                    restarts = True
            self._levels[num_id] = levels
            self._counter_of[num_id] = num_id if restarts else f"abstract {abstract_id}"
        self._style_numbering = _style_numbering(document)

    def label(self, paragraph: Any) -> str:
        """The lettered label Word draws before this paragraph ("" for none); call once per
        paragraph, in document order, as it counts."""
        found = self._numbering(paragraph)
        if found is None:
            return ""
        num_id, level = found
        levels = self._levels.get(num_id, {})
        if level not in levels:
            return ""
        counts = self._counts.setdefault(self._counter_of[num_id], {})
        counts[level] = counts.get(level, levels[level].start - 1) + 1
        for deeper in [key for key in counts if key > level]:
            del counts[deeper]
        if levels[level].fmt not in LETTERED:
            return ""
        text = levels[level].text
        for shown in range(level + 1):
            value = counts.get(shown, levels[shown].start if shown in levels else 1)
            fmt = levels[shown].fmt if shown in levels else "decimal"
            text = text.replace(f"%{shown + 1}", _formatted(value, fmt))
        return text.strip()

    def _numbering(self, paragraph: Any) -> tuple[str, int] | None:
        ppr = paragraph.find(f"{W}pPr")
        if ppr is None:
            return None
        num_pr = ppr.find(f"{W}numPr")
        if num_pr is not None:
            num_id = _val(num_pr.find(f"{W}numId"))
            if num_id is None or num_id == "0":
                return None
            return num_id, _number(_val(num_pr.find(f"{W}ilvl")), 0)
        style = _val(ppr.find(f"{W}pStyle"))
        return self._style_numbering.get(style or "")


def _number(text: str | None, default: int) -> int:
    """A count or level from the file; a damaged value falls back rather than stopping the
    plan from being read (the letters are a help, the text is what matters)."""
    try:
        return max(0, min(int(text), 99)) if text is not None else default
    except ValueError:
        return default


def _val(node: Any) -> str | None:
    return None if node is None else node.get(f"{W}val")


def _levels(abstract: Any) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.iterchildren(f"{W}lvl"):
        start = _val(lvl.find(f"{W}start"))
        levels[_number(lvl.get(f"{W}ilvl"), 0)] = _Level(
            _number(start, 1),
            _val(lvl.find(f"{W}numFmt")) or "decimal",
            _val(lvl.find(f"{W}lvlText")) or "",
        )
    return levels


def _style_numbering(document: Any) -> dict[str, tuple[str, int]]:
    """Numbering a paragraph style carries (a "Heading 1" numbered A, B, C), through the
    styles it is based on."""
    own: dict[str, tuple[str, int] | None] = {}
    based_on: dict[str, str] = {}
    for style in document.styles.element.iterchildren(f"{W}style"):
        style_id = style.get(f"{W}styleId") or ""
        num_pr = style.find(f"{W}pPr/{W}numPr")
        num_id = _val(num_pr.find(f"{W}numId")) if num_pr is not None else None
        level = _val(num_pr.find(f"{W}ilvl")) if num_pr is not None else None
        own[style_id] = (num_id, _number(level, 0)) if num_id and num_id != "0" else None
        parent = _val(style.find(f"{W}basedOn"))
        if parent:
            based_on[style_id] = parent
    found = {}
    for style_id in own:
        seen, current = set(), style_id
        while current and current not in seen and own.get(current) is None:
            seen.add(current)
            current = based_on.get(current, "")
        if current and (numbering := own.get(current)) is not None:
            found[style_id] = numbering
    return found


def _formatted(value: int, fmt: str) -> str:
    """A count as Word draws it: A to Z, then AA, BB (Word's way); other formats as numbers."""
    if fmt in LETTERED:
        return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
    return str(value)
