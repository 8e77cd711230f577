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
from ehcp_appeal.analysis.reading.blocks import Block, sentences
from ehcp_appeal.analysis.roles.report_tables import RowItems, TableReader
from ehcp_appeal.analysis.roles.report_voice import family_voice, speaks_for_self, surname
from ehcp_appeal.analysis.roles.restated import Said
from ehcp_appeal.analysis.roles.role_classifier import untaken_role
from ehcp_appeal.analysis.roles.sentence_roles import ROLE_NAMES, SURE, SentenceRole, assign_role

_HEADING_ORDER = (
    "adjustments",
    "in_place",
    "home",
    "plan_comment",
    "recommendations",
    "history",
    "needs",
    "skip",
    "assessment",
    "background",
    "voice",
)
_ADDRESS = re.compile(r"^(?:to|re|from|cc|subject|dear)\b\s*:?", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"(?::|\bas follows\.?|\b(?:are|is|include|includes) (?:these|the following)\.?)\s*$",
    re.IGNORECASE,
)

_SUMMING_UP = re.compile(r"^(?:in summary|to summarise|in conclusion|overall|in short)\b", re.I)


_IN_REASONS = "in a table's reason or outcome column"


@dataclass(frozen=True)
class ReportItem:
    """A need or a recommendation quoted from a report, with where it stands."""

    kind: str  # need | recommendation
    text: str
    document: str
    page: int
    area: str
    educational: bool = True
    reason: str = ""  # home | health | adjustment | placement when not educational
    heading: str = ""
    context: str = ""  # the whole table row, whose other cells say how much
    role: str = ""
    cue: str = ""  # what decided the role
    certainty: float = 1.0  # how sure that cue is


@dataclass(frozen=True)
class RoleRecord:
    """A report sentence with its role, kept whether or not it became an item."""

    text: str
    document: str
    page: int
    role: SentenceRole

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "document": self.document,
            "page": self.page,
            "role": self.role.role,
            "role_name": ROLE_NAMES[self.role.role],
            "cue": self.role.cue,
            "certainty": self.role.certainty,
            "taken": self.role.kind is not None,
        }


def heading_category(text: str) -> str | None:
    """The kind of report part a heading opens (needs, recommendations, ...), or None."""
    return _heading_category(text)


def _heading_category(text: str) -> str | None:
    patterns = lexicon.indexed("report_cues", "headings")
    for category in _HEADING_ORDER:
        if patterns.any(category, text):
            return category
    return None


def area_heading(text: str) -> str | None:
    """The area of need an area-of-need heading names (or None)."""
    patterns = lexicon.indexed("areas", "headings")
    for area in lexicon.load("areas")["headings"]:
        if patterns.any(area, text):
            return area
    return None


def guess_area(text: str, fallback: str | None = None) -> str:
    """The area whose words occur most in the text; a heading's area wins ties."""
    words = lexicon.indexed("areas", "words")
    scores = {area: words.count(area, text) for area in lexicon.load("areas")["words"]}
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
    if not words or len(words) > 12 or block.bullet or _ADDRESS.match(block.text):
        return False
    if block.text.rstrip().endswith((".", ",", ";")) and not block.heading_hint:
        return False
    return block.heading_hint or bool(block.number) or len(words) <= 8


_SUBJECT = re.compile(
    r"\b([A-Z][a-z]{2,})(?:['’]s\b| (?:has|is|was|will|should|can|finds|found|needs|does|did|"
    r"would|may|had|uses|struggles|presents|meets|tends|told|said|became|attended|lives|enjoys)\b)"
)
_PROPER_BEFORE = re.compile(r"(?<![.!?] )\b[A-Z][a-z]+ $")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? $")
_NOT_NAMES = frozenset(
    {"The", "This", "She", "His", "Her", "There", "School", "Language", "Speech"}
)


def child_name(blocks: list[Block]) -> str:
    """The name most often used as a subject ("Theo's", "Theo has"): the child's."""
    counts: dict[str, int] = {}
    for block in blocks:
        if is_heading(block):
            continue  # letterheads and footers ("Ashby Children's Service") name no child
        for match in _SUBJECT.finditer(block.text):
            word = match.group(1)
            before, titled = _words_before(block.text, match.start())
            if word in _NOT_NAMES or titled or (before and before.start() > 0):
                continue  # the second word of a service's name ("Ormsgill Children's")
            counts[word] = counts.get(word, 0) + 1
    return max(counts, key=lambda word: counts[word]) if counts else ""


def _words_before(text: str, end: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """_PROPER_BEFORE and _TITLE_BEFORE searched in ``text[:end]``, looking at its tail only.

    Both end at the cut (or before a line break that ends it), a capitalised word within
    its last word and a title within its last six characters, so the search starts
    there: on a long paragraph with many subjects, searching each cut from its start
    made the name count slow.
    """
    tail = end - 1 if text.endswith("\n", 0, end) else end
    word_start = text.rfind(" ", 0, max(0, tail - 1)) + 1
    return (
        _PROPER_BEFORE.search(text, word_start, end),
        _TITLE_BEFORE.search(text, max(0, tail - 6), end),
    )


_RUN_IN = re.compile(r"^(?!(?:I|We|He|She|They) )(?P<label>[A-Z][^:.;!?]{1,30}):\s+(?=\S)")


def run_in_label(text: str) -> tuple[str, str]:
    """("For home", rest) for "For home: Ask ..."; a run-in label heads its paragraph only.

    Only a label that names a part of a report counts: in "Direct therapy: six
    sessions ..." or "His attention is fleeting: he moves ..." the colon joins the two
    halves of one statement, and "I recommend Plan B: the school should ..." is one
    sentence with a subject, not a label.
    """
    match = _RUN_IN.match(text)
    if match is None or len(match.group("label").split()) > 4:
        return "", text
    if _heading_category(match.group("label")) is None:
        return "", text
    return match.group("label"), text[match.end() :]


def _other_cells(
    block: Block, row: RowItems, category: str | None, child: str, document: str
) -> list[RoleRecord]:
    """The row's other cells (a progress or result column beside the one read), each with
    the role it is worded like: never taken, but every cell of a report is shown with one."""
    records = []
    for cell in (cell.strip() for cell in block.cells):
        if len(cell.split()) < 3 or cell in row.reasons:
            continue  # a column's title or an amount ("Weekly") states nothing of its own
        if any(t in cell or cell in t for t in row.texts):
            continue
        role = untaken_role(cell, category, True, child)
        cue = f"another column of the table; worded like {ROLE_NAMES[role].lower()}"
        records.append(RoleRecord(cell, document, block.page, SentenceRole(role, cue, 0.6)))
    return records


def extract_items(blocks: list[Block], document: str) -> list[ReportItem]:
    """The needs and recommendations of one report."""
    return read_report(blocks, document)[0]


def read_report(blocks: list[Block], document: str) -> tuple[list[ReportItem], list[RoleRecord]]:
    """The needs and recommendations of one report, and the role of every sentence."""
    items: list[ReportItem] = []
    roles: list[RoleRecord] = []
    category: str | None = None
    area: str | None = None
    seen: set[str] = set()
    said = Said()
    child = child_name(blocks)
    family_name = surname(" ".join(block.text for block in blocks), child)
    heading_text = ""
    body_seen = False
    tables = TableReader()
    own_voice = bool(child) and speaks_for_self(
        [
            piece
            for block in blocks
            if block.kind == "para" and not is_heading(block)
            for piece in sentences(block.text)
        ]
    )
    for block in blocks:
        if is_heading(block):
            if not body_seen and len(block.text.split()) >= 6:
                continue  # the report's title ("Advice for an EHC needs assessment")
            heading_area = area_heading(block.text)
            found = _heading_category(block.text)
            if heading_area and found not in ("needs", "recommendations", "home", "in_place"):
                area = heading_area
                continue
            if found is None and category == "recommendations" and not block.number:
                continue  # a topic within the advice ("Transitions and change")
            if found is not None or block.heading_hint or block.number:
                category = found
                area = heading_area
                heading_text = block.text
            continue
        body_seen = body_seen or (block.kind == "para" and block.text.rstrip().endswith("."))
        context = ""
        label = ""
        if block.kind == "row":
            row = tables.items(block, category)
            pieces, listed = row.texts, row.listed
            amounts = [c for c in block.cells if c.strip() and c.strip() not in row.reasons]
            context = " | ".join(amounts) if listed else ""  # a reason's numbers are no amount
            block_category = "recommendations" if row.advice else category
            roles.extend(
                RoleRecord(cell, document, block.page, SentenceRole("reason", _IN_REASONS, 0.75))
                for cell in row.reasons
            )
            if row.settled is not None:  # "2 July | Playground | Punched a peer", "Weeks 3
                # to 4 | 2 hours a day | Adds a lesson": what happened, or a step, not a need
                settled = SentenceRole(*row.settled, SURE)
                roles.extend(RoleRecord(cell, document, block.page, settled) for cell in row.texts)
                continue
            if not row.header:
                roles.extend(_other_cells(block, row, category, child, document))
        else:
            label, text = run_in_label(block.text)
            pieces = sentences(text)
            listed = block.bullet or bool(block.number)
            block_category = (_heading_category(label) or category) if label else category
            if not listed and _LEAD_IN.search(block.text):
                category = (
                    _heading_category(block.text) or category
                )  # "His programme is as follows."
                # "In summary, he has dyslexia. His needs are these." sums up the list
                # that follows; the list's items are the needs.
                pieces = [piece for piece in pieces if not _SUMMING_UP.match(piece)]
        if own_voice:
            block_category = "voice"  # "What I want" in the child's own statement
        for number, piece in enumerate(pieces):
            voice = family_voice(family_name, heading_text)
            if piece in seen:
                continue
            role = assign_role(piece, block_category, listed, child, voice)
            if number and listed and block.kind != "row":
                role = _after_the_advice(piece, role)
            roles.append(RoleRecord(piece, document, block.page, role))
            if role.kind is None:
                continue  # a repeat under another heading may still be taken
            seen.add(piece)
            kind, reason = role.kind, role.reason
            if said.restates(piece, kind):
                continue  # a summary of advice argued above, not new advice
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
                    role=role.role,
                    cue=role.cue,
                    certainty=role.certainty,
                )
            )
    return items, roles


_ASKS = re.compile(
    r"\b(?:should|must|needs?|recommend\w*|suggest\w*|advise\w*|will|would|could|can|ought|"
    r"please|requires?|benefit|to be|to have|to use|essential|important|vital|necessary)\b",
    re.IGNORECASE,
)


def _after_the_advice(text: str, role: SentenceRole) -> SentenceRole:
    """A bullet's later sentence that asks for nothing says why the advice before it is
    given ("... kept at her desk so she does not have to ask. Having to ask draws attention
    to her, which she hates.")."""
    if role.role != "recommendation" or role.certainty >= SURE or _ASKS.search(text):
        return role
    return SentenceRole("reason", "explains the advice before it in the same item", role.certainty)
