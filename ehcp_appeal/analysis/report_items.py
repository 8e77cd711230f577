"""Taking current needs and recommended provision out of professional reports.

A report mixes history, test results, observations, needs and advice. Each sentence,
bullet or table row is judged on two kinds of evidence: the heading it stands under
(a "Recommendations" heading makes a plain bullet a recommendation; a "Support in
place" table is not advice at all) and cues in the sentence itself ("should", "would
benefit", "finds it hard", "has resolved"), because reports hide recommendations in
prose and describe needs in observations. Home advice and health provision are kept,
marked as not educational, so that they are shown but raise no finding.
"""

import re
from dataclasses import dataclass

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.blocks import Block, sentences

_HEADING_ORDER = (
    "in_place",
    "home",
    "recommendations",
    "history",
    "needs",
    "skip",
    "assessment",
    "background",
)
_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ReportItem:
    """A need or a recommendation quoted from a report, with where it stands."""

    kind: str  # need | recommendation
    text: str
    document: str
    page: int
    area: str
    educational: bool = True
    reason: str = ""  # home | health when not educational
    heading: str = ""
    context: str = ""  # the whole table row, whose other cells say how much


def _cue(group: str, text: str) -> bool:
    return bool(lexicon.compiled("report_cues", "sentence")[group].search(text))


def _heading_category(text: str) -> str | None:
    patterns = lexicon.compiled("report_cues", "headings")
    for category in _HEADING_ORDER:
        if patterns[category].search(text):
            return category
    return None


def area_heading(text: str) -> str | None:
    """The area of need an area-of-need heading names (or None)."""
    for area, pattern in lexicon.compiled("areas", "headings").items():
        if pattern.search(text):
            return area
    return None


def guess_area(text: str, fallback: str | None = None) -> str:
    """The area whose words occur most in the text; a heading's area wins ties."""
    scores = {
        area: len(pattern.findall(text))
        for area, pattern in lexicon.compiled("areas", "words").items()
    }
    best = max(scores, key=lambda area: scores[area])
    if scores[best] == 0:
        return fallback or "other"
    if fallback and scores.get(fallback, 0) == scores[best]:
        return fallback
    return best


def is_heading(block: Block) -> bool:
    """Short, unpunctuated lines and styled paragraphs start a new part of a report."""
    if block.kind == "row":
        return False
    words = block.text.split()
    if not words or len(words) > 12 or block.bullet:
        return False
    if block.text.rstrip().endswith((".", ",", ";")) and not block.heading_hint:
        return False
    return block.heading_hint or bool(block.number) or len(words) <= 8


def _about_child(text: str, child: str) -> bool:
    """Outside a needs section a need is stated about the child, who is named early on.

    The subject may follow an opening clause ("When the rules changed, Sam could not
    ..."), so the words after the first comma count as an opening too.
    """
    words = text.split()
    openings = [" ".join(words[:7])]
    for index, word in enumerate(words[:12]):
        if word.endswith(","):
            openings.append(" ".join(words[index + 1 : index + 6]))
            break
    return any(_PRONOUN.search(opening) or (child and child in opening) for opening in openings)


def _need_as_consequence(text: str) -> bool:
    """ "He cannot fasten buttons, so he needs an adult to help" states a need.

    The advice is only the consequence of the difficulty, in the words a report uses to
    describe the child; firm advice words ("should", "recommend") still make it advice.
    """
    match = lexicon.compiled("report_cues", "sentence")["consequence"].match(text)
    if match is None or _cue("firm_advice", text):
        return False
    cause = match.group("cause")
    return _cue("strong_need", cause) and not _cue("recommendation", cause)


_SUBJECT = re.compile(
    r"\b([A-Z][a-z]{2,})(?:['’]s\b| (?:has|is|was|will|should|can|finds|found|needs|does|did|"
    r"would|may|had|uses|struggles|presents|meets|tends|told|said|became|attended|lives|enjoys)\b)"
)
_NOT_NAMES = frozenset(
    {"The", "This", "She", "His", "Her", "There", "School", "Language", "Speech"}
)


def child_name(blocks: list[Block]) -> str:
    """The name most often used as a subject ("Theo's", "Theo has"): the child's."""
    counts: dict[str, int] = {}
    for block in blocks:
        for word in _SUBJECT.findall(block.text):
            if word not in _NOT_NAMES:
                counts[word] = counts.get(word, 0) + 1
    return max(counts, key=lambda word: counts[word]) if counts else ""


def classify_sentence(
    text: str, category: str | None, listed: bool, child: str = ""
) -> tuple[str, str] | None:
    """(kind, not-educational reason) for one sentence, or None when it is neither.

    ``listed`` is true for a bullet, numbered item or table row: under a needs or
    recommendations heading a list item is taken as such even without a cue word.
    """
    words = text.split()
    if len(words) < 4 or text.rstrip().endswith(":"):
        return None
    if category in ("in_place", "skip") or _cue("not_current", text) or _cue("resolved", text):
        return None
    home = category == "home" or _cue("home", text)
    recommends = _cue("recommendation", text) or (category == "recommendations" and listed)
    if category == "home" and not recommends:
        recommends = listed or _cue("modal", text)  # "might practise", "would make easier"
    if recommends and category != "recommendations" and _need_as_consequence(text):
        recommends = False
    if recommends and (category != "needs" or _cue("recommendation", text)):
        if category in ("background", "history") and not re.search(r"should|recommend", text, re.I):
            return None
        if home:
            return "recommendation", "home"
        if _cue("health", text):
            return "recommendation", "health"
        return "recommendation", ""
    if category in ("background", "history"):
        return None
    if _cue("history", text) and not _cue("diagnosis", text):
        return None  # a diagnosis stays a need whatever year it was made
    if (_cue("scores", text) and not _cue("strong_need", text)) or _cue("not_need", text):
        return None  # a score quoted as evidence of a stated weakness is still a need
    if category != "needs":
        past_summary = category != "assessment" and _cue("summary_past", text)
        if not (_cue("present", text) or past_summary) or not _about_child(text, child):
            return None
    if _cue("need", text) or (category == "needs" and listed):
        return "need", ""
    return None


_RUN_IN = re.compile(r"^(?P<label>[A-Z][^:.;!?]{1,30}):\s+(?=\S)")


def run_in_label(text: str) -> tuple[str, str]:
    """("For home", rest) for "For home: Ask ..."; a run-in label heads its paragraph only."""
    match = _RUN_IN.match(text)
    if match is None or len(match.group("label").split()) > 4:
        return "", text
    return match.group("label"), text[match.end() :]


def extract_items(blocks: list[Block], document: str) -> list[ReportItem]:
    items: list[ReportItem] = []
    category: str | None = None
    area: str | None = None
    seen: set[str] = set()
    child = child_name(blocks)
    heading_text = ""
    body_seen = False
    for block in blocks:
        if is_heading(block):
            if not body_seen and len(block.text.split()) >= 6:
                continue  # the report's title ("Advice for an EHC needs assessment")
            heading_area = area_heading(block.text)
            found = _heading_category(block.text)
            if heading_area and found not in ("needs", "recommendations", "home", "in_place"):
                area = heading_area
                continue
            if found is not None or block.heading_hint or block.number:
                category = found
                area = heading_area
                heading_text = block.text
            continue
        body_seen = body_seen or (block.kind == "para" and block.text.rstrip().endswith("."))
        context = ""
        label = ""
        if block.kind == "row":
            pieces = _row_items(block, category)
            listed = True
            context = " | ".join(cell for cell in block.cells if cell.strip())
        else:
            label, text = run_in_label(block.text)
            pieces = sentences(text)
            listed = block.bullet or bool(block.number)
        block_category = (_heading_category(label) or category) if label else category
        for piece in pieces:
            result = classify_sentence(piece, block_category, listed, child)
            if result is None or piece in seen:
                continue
            seen.add(piece)
            kind, reason = result
            items.append(
                ReportItem(
                    kind=kind,
                    text=piece,
                    document=document,
                    page=block.page,
                    area="other" if reason == "home" else guess_area(piece, area),
                    educational=not reason,
                    reason=reason,
                    heading=heading_text if category else "",
                    context=context,
                )
            )
    return items


def _row_items(block: Block, category: str | None) -> list[str]:
    """Only a recommendations table yields items, one per row: its longest cell."""
    if category != "recommendations":
        return []
    cells = [cell for cell in block.cells if cell.strip()]
    if len(cells) < 1:
        return []
    return [max(cells, key=len)]
