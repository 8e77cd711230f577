"""Sections found when known plans are re-headed in the layouts councils use.

Usage: python benchmarks/plan_layouts.py [CORPUS_DIR ...]
       (default: /work/shared/corpus and benchmarks/evaluation_cases to _g)

Each plan is read as it is; then every section heading the reader found in it is
rewritten in another council's style (numbered and named without letters, the
regulation's full wording with a full stop and an asterisk, capitals, the letter after
the title, names alone, a contents list first, outcomes before needs) and the plan read
again. A section counts as found when its text is the same as in the original reading.
Headings that sit in table cells are left as they are. This measures the heading rules
only; plans first written in a layout (the evaluation sets) measure the whole reader.
"""

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.heading_scan import scan
from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.plan.section_names import HeadingMatch
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.reading.reading import read_path

REGULATION = {
    "A": "The views, interests and aspirations of the child and his or her parents, or of "
    "the young person.",
    "B": "The child or young person's special educational needs.",
    "C": "The child or young person's health needs which relate to their special "
    "educational needs.",
    "D": "The child or young person's social care needs which relate to their special "
    "educational needs or to a disability.",
    "E": "The outcomes sought for the child or young person, including outcomes for adult life.",
    "F": "The special educational provision required by the child or young person.",
    "G": "Any health provision reasonably required by the learning difficulties or "
    "disabilities which result in the child or young person having special educational needs.",
    "H1": "Any social care provision which must be made for the child or young person as a "
    "result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Any other social care provision reasonably required by the learning difficulties "
    "or disabilities which result in the child or young person having special educational "
    "needs.",
    "H": "Any social care provision reasonably required by the child or young person.",
    "I": "The name and type of the school or other institution to be attended by the child.",
    "J": "Where there is a Personal Budget, the details of how it will support outcomes.",
    "K": "The advice and information gathered during the EHC needs assessment.",
}


def _name(section: str) -> str:
    titles = lexicon.load("sections")["titles"]
    return "Social care provision" if section == "H" else titles[section]


def _number(section: str) -> int:
    order = lexicon.load("sections")["order"]
    return order.index("H1" if section == "H" else section) + 1


STYLES: dict[str, Callable[[str], str]] = {
    "numbered and named": lambda s: f"Section {_number(s)}: {_name(s)}",
    "regulation wording, asterisk": lambda s: f"*Section {s}: {REGULATION[s]}",
    "regulation wording, no letter": lambda s: REGULATION[s],
    "capitals, numbered": lambda s: f"SECTION {_number(s)} - {_name(s).upper()}",
    "letter after the title": lambda s: f"{_name(s)} ({s})",
    "name alone": _name,
}


def _reheaded(blocks: list[Block], style: Callable[[str], str]) -> list[Block]:
    decisions = scan(blocks, {})
    out = []
    for block, decision in zip(blocks, decisions, strict=True):
        if isinstance(decision, HeadingMatch):
            block = Block(text=style(decision.section), page=block.page, heading_hint=True)
        out.append(block)
    return out


def _with_contents(blocks: list[Block]) -> list[Block]:
    decisions = scan(blocks, {})
    named = [d.section for d in decisions if isinstance(d, HeadingMatch)]
    entries = [
        Block(text=f"Section {section}: {_name(section)} ........ {n + 2}", page=1)
        for n, section in enumerate(dict.fromkeys(named))
    ]
    return [Block(text="Contents", page=1, heading_hint=True), *entries, *blocks]


def _outcomes_first(blocks: list[Block]) -> list[Block]:
    """Section E's heading and text moved in front of Section B's."""
    decisions = scan(blocks, {})
    starts = [i for i, d in enumerate(decisions) if isinstance(d, HeadingMatch)]
    spans: dict[str, tuple[int, int]] = {}
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(blocks)
        section = decisions[start].section  # type: ignore[union-attr]
        spans.setdefault(section, (start, end))
    if "B" not in spans or "E" not in spans:
        return blocks
    b, e = spans["B"], spans["E"]
    moved = blocks[e[0] : e[1]]
    rest = blocks[: e[0]] + blocks[e[1] :]
    at = rest.index(blocks[b[0]])
    return rest[:at] + moved + rest[at:]


def _score(original: dict[str, str], blocks: list[Block]) -> int:
    plan = split_sections(blocks, "plan")
    return sum(
        1
        for sid, text in original.items()
        if sid in plan.sections and plan.sections[sid].text == text
    )


def main() -> None:
    root = Path(__file__).resolve().parent
    corpora = [Path(arg) for arg in sys.argv[1:]] or [
        Path("/work/shared/corpus"),
        *(root / f"evaluation_cases{s}" for s in ("", "_b", "_c", "_d", "_e", "_f", "_g")),
    ]
    layouts: dict[str, Callable[[list[Block]], list[Block]]] = {
        name: (lambda blocks, style=style: _reheaded(blocks, style))
        for name, style in STYLES.items()
    }
    layouts["contents list first"] = _with_contents
    layouts["outcomes before needs"] = _outcomes_first
    totals = {name: [0, 0] for name in layouts}
    for corpus in corpora:
        for folder in sorted(p for p in corpus.iterdir() if (p / "truth.json").exists()):
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            blocks = read_path(folder / truth["plan"])
            original = {sid: s.text for sid, s in split_sections(blocks, "plan").sections.items()}
            for name, layout in layouts.items():
                totals[name][0] += _score(original, layout(blocks))
                totals[name][1] += len(original)
    for name, (found, total) in totals.items():
        print(f"{name:32} sections {found}/{total} ({found / max(total, 1):.1%})")


if __name__ == "__main__":
    main()
