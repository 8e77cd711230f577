"""Whether a document is laid out as an EHC plan, and whether that plan is a draft.

A plan is known by its shape, whatever words it uses: sections A to K opening lines
(by letter, or by number and name as the plan check's reader finds them), a title that
names a plan, and a draft's own words in its title lines. The kind guesser weighs these
against the phrase tables; e-mails that carry a whole plan are read the same way.
"""

import re

from ehcp_appeal.ingest.guess_tables import BODY_CHARS, HEAD_CHARS, first_lines, squash

PLAN_SECTIONS = 4  # lettered sections that make a document read as an EHC plan
PLAN_SCORE_PER_SECTION = 6
HEADING_CHARS = 140  # longer lines are prose, not section headings
NAME_WORDS = 12  # a heading known by its name alone is short
TOP_LINES_FOR_STATUS = 6
TOP_LINES_FOR_DRAFT = 12

_SECTION_HEADING = re.compile(
    r"^\W{0,3}(?:sect[il1]on|part|box)\s+([a-k]|\d{1,2})(?:\d)?\b|^([a-k])(?:\d)?\s*[:.)\-–—|]\s+\w|"
    r"\(([a-k])\)\s*$|^[^.\n]{0,60}\((?:section|part)\s+([a-k])\b[^.\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A line that opens a plan's section: by its letter or number, or with the letter in
brackets after a portal's tab or a plain name ("[Tab 2 of 9] My Learning Needs (Section
B: special educational needs)"); "Sectlon" as a scan reads it; "Box B" where a council
calls its sections boxes."""

_PLAN_TITLE = re.compile(r"\b(?:education,? health and care|ehc) ?plan\b", re.IGNORECASE)
"""A plan's title, also as a scan runs its last words together ("Health and CarePlan")."""

_ABOUT_PLANS = re.compile(
    r"\b(?:guide|leaflet|factsheet|fact sheet|information (?:for|about)|what is|how to|"
    r"explained|frequently asked|faqs?)\b|"
    r"\b(?:advice|report|contribution|comments?|views|response|submission) (?:for|to|on|about)\b|"
    r"^\W*(?:to whom it may concern|dear|re:|for (?:the attention|\w+['’]s school))\b",
    re.IGNORECASE,
)
TITLE_WORDS = 14


def titled_plan(text: str) -> bool:
    """A title line that names an EHC plan and is not a sentence or a guide about plans
    ("Education, Health and Care Plans: a guide for families")."""
    return any(
        _PLAN_TITLE.search(line)
        and len(line.split()) <= TITLE_WORDS
        and not line.rstrip().endswith(".")
        and not _ABOUT_PLANS.search(line)
        for line in first_lines(text, 3)
    )


def plan_sections(text: str) -> int:
    """How many of a plan's sections (A to K) open a line of the text.

    Lettered headings are counted by pattern; headings by number and name, by name
    alone or citing the regulation ("A Views, interests and aspirations", "Part 2.
    Special educational needs") are recognised as the plan check's reader recognises
    them, so a plan in any layout it reads is also known for a plan here.
    """
    letters = {
        next(group for group in match.groups() if group).upper()
        for match in _SECTION_HEADING.finditer(text[:BODY_CHARS])
    }
    if len(letters) >= PLAN_SECTIONS:
        return len(letters)
    from ehcp_appeal.analysis.plan.section_names import recognise  # only when it may help

    for line in text[:BODY_CHARS].splitlines():
        line = line.strip()
        if 2 <= len(line) <= HEADING_CHARS and not line.endswith((",", ";")):
            found = recognise(line, hint=True, names=len(line.split()) <= NAME_WORDS)
            if found is not None:
                letters.add(found.section[:1])
    # a plan has both its needs and its provision; a policy's numbered headings may
    # happen to name several sections but rarely those two
    return len(letters) if {"B", "F"} <= letters else 0


def plan_structure(found: int, text: str, stem: str, scores: dict[str, int]) -> None:
    """Lettered sections A to K are the shape of an EHC plan, whatever words it uses.

    Draft or final is read from the title lines only: a final plan's body often
    mentions the draft it replaced. An annual review, which may walk through the
    plan's sections, keeps its own kind when its title says so. ``found`` is the number
    of sections the text has (_plan_sections).
    """
    if not found:
        return
    draft = titled_draft(text, stem)
    if found < PLAN_SECTIONS and not draft:
        return  # a draft may print only the sections it proposes (B and F at least)
    top = squash(" ".join([stem, *first_lines(text, TOP_LINES_FOR_STATUS)]))
    if re.search(r"\b(?:appeal|tribunal|send ?35|sen ?35)\b", top):
        return  # an appeal form or tribunal paper lists the plan's sections too
    if "annual review" in top and not re.search(
        r"(?<!review of )(?<!review of the )\b(?:ehc|education, health and care) plan\b", top
    ):
        return  # the review's own paperwork ("Annual review of EHC plan"), not the plan
    kind = "ehcp_draft" if draft else "ehcp_final"
    weight = PLAN_SCORE_PER_SECTION * max(found, PLAN_SECTIONS)  # titled: as sure as four
    if titled_plan(text):  # titled a plan and laid out as one: whatever therapy it gives
        weight = max(weight, max(scores.values(), default=0) + 1)
    scores[kind] = max(scores.get(kind, 0), weight)


_DRAFT = re.compile(
    r"\bdraft\b|\bfor consultation\b|\bworking copy\b|\bv(?:ersion ?)?0\.\d+\b|"
    r"\bconsultation (?:version|copy)\b|\b(?:issued|sent) for comments?\b|\bfor comment\b|"
    r"\bawaiting (?:\w+ )?comments\b|\bnot valid until\b|^proposed\b|"
    r"\bproposed (?:amendments|amended plan|plan|(?:ehc|education,? health and care) plan)\b|"
    r"\bplan\W{1,3}proposed\b|\bfor (?:[a-z]+ ){1,4}comments?\b|"
    r"\b(?:within|have) 15 (?:calendar )?days\b"
)
"""A plan not yet final: a draft, or a plan or amendments the council proposes (s.38 CFA),
with the fifteen days the family has to comment on it."""


_FINAL_TO_COME = re.compile(
    r"\bnot (?:yet )?(?:be )?(?:the |a |your |this )?final\b|\buntil (?:it is )?finali[sz]ed\b|"
    r"\b(?:the|a) final (?:ehc |education,? health and care )?plan (?:will|must|is to|would|can)\b|"
    r"\b(?:in|with|before|until|into) the final (?:ehc |education,? health and care )?plan\b|"
    r"\b(?:in|into) its final form\b"
)
"""A draft's own words about the final plan to come ("DRAFT - NOT FINAL", "the final plan
will be issued after you have had 15 days"), which do not make it final."""


def titled_draft(text: str, stem: str) -> bool:
    """ "Draft" and not "final" in the title lines (a final plan may mention its draft).

    The title lines run to a plan's version table, whose last row may make a draft
    final, and a scan's "D R A F T" counts as the word. The file name is read only when
    the document's own lines say neither: people save drafts as "final plan.docx".
    """
    for words in (
        " ".join(_last_version(_title_lines(text))),
        stem,
    ):  # the document's own words before its file name
        top = re.sub(r"\bd ?r ?a ?f ?t\b", "draft", squash(words))
        if re.search(r"\bfinal\b", _FINAL_TO_COME.sub(" ", top)):
            return False
        if _DRAFT.search(top):
            return True
    return False


def _title_lines(text: str) -> list[str]:
    """The title lines, run on to the end of a version table that starts among them."""
    lines = first_lines(text, TOP_LINES_FOR_DRAFT + VERSION_ROWS)
    top = lines[:TOP_LINES_FOR_DRAFT]
    for line in lines[TOP_LINES_FOR_DRAFT:]:
        if not (top and _VERSION_ROW.match(top[-1]) and _VERSION_ROW.match(line)):
            break
        top.append(line)
    return top


VERSION_ROWS = 8
_VERSION_ROW = re.compile(r"^\s*(?:v(?:ersion)?\s*)?\d+\.\d+\s+\S")
"""A row of a version table read from a PDF without its cell borders ("3.0 23/02/2026
FINAL - issued")."""


def _last_version(lines: list[str]) -> list[str]:
    """The lines with each run of table rows cut to its last row: a plan's version table
    lists the drafts before it ("Proposed amended plan | 09/01/2026"), and only its last
    row says what this copy is. A details table's own "Version" or "Status" row is kept
    wherever it stands ("Version | 1.0 consultation")."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        rows = (" | " in line and " | " in following) or bool(
            _VERSION_ROW.match(line) and _VERSION_ROW.match(following)
        )
        if rows and not _STATUS_ROW.match(line):
            continue
        kept.append(line)
    return kept


_STATUS_ROW = re.compile(r"\s*(?:document |plan )?(?:version|status|stage)\s*:?\s*\|", re.I)


def mentions_draft_plan(text: str) -> bool:
    """An e-mail carrying a plan says which it is in its subject or its own words."""
    head = text[:HEAD_CHARS]
    draft = re.search(r"\b(?:draft|proposed) (?:ehc ?p?|plan|education)", head, re.I)
    # the fifteen days a family has to comment and name a school are the draft's
    return bool(draft or re.search(r"\b15 (?:calendar )?days\b", head, re.I))
