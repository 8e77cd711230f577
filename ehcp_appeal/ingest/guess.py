"""Guess a document's kind, date, title, author and direction from its text and file name.

Guesses only fill blanks: the user can correct each one, and a kind or date given at
import wins. The phrase tables live in ``resources/evidence/kinds.json`` so they can be
tuned without touching code.
"""

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from ehcp_appeal.domain import DOCUMENT_KINDS
from ehcp_appeal.paths import resources_dir

HEAD_CHARS = 1500
BODY_CHARS = 30_000
HEAD_WEIGHT = 3
LETTER_SCORE = 10
TOP_LINES = 40
PLAN_SECTIONS = 4  # lettered sections that make a document read as an EHC plan
PLAN_SCORE_PER_SECTION = 6
TITLE_LINES = 3  # a document's own title, before its body
HEADING_CHARS = 140  # longer lines are prose, not section headings
NAME_WORDS = 12  # a heading known by its name alone is short

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I), "dmy_name"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I), "mdy_name"),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b"), "dmy_num"),
]
_FILE_DATE = re.compile(r"(?<!\d)(20\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_GENERIC_NAME = re.compile(
    r"^(img|image|scan|scanned|doc|document|file|photo|pxl|dsc|dcim|screenshot|"
    r"whatsapp image|untitled|attachment|download|new document)[\W_]*[\w-]*$",
    re.I,
)
_JUNK_META = re.compile(
    r"^(untitled|anonymous|unknown|user|admin|owner|microsoft word.*|.*\.(docx?|pdf))$", re.I
)
_NAME = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor)\.?\s+)?"
    r"[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){1,3}"
)
_NAME_LABEL = re.compile(r"^(?:Author|Authors|Name|Signed|Signature|From)\s+")
_DOCUMENT_WORD = re.compile(
    r"\b(advice|report|assessment|plan|certificate|letter|views|review|statement|notice|"
    r"form|summary|direction|order|decision)\b",
    re.I,
)
_SIGN_OFF = re.compile(r"yours\s*(?:sincerely|faithfully)|kind regards|best wishes", re.I)
"""A letter's close; "Yoursfaithfully" too, as a scan's text often runs the words together."""
_SALUTATION = re.compile(r"^\W{0,3}(?:dear |to whom it may concern\b)")
_PAGE_MARK = re.compile(r"\bpage\s+\d+\b", re.IGNORECASE)
"""A running head or footer ("OT report: Finley. Page 1") is not the title."""
_RE_LINE = re.compile(r"^\s*(?:re|subject|ref)\s*[:\-–]\s*(.{3,200})$", re.I)


@dataclass(frozen=True)
class Guess:
    kind: str
    date: dt.date | None
    title: str
    author: str
    author_role: str
    direction: str


@functools.cache
def _tables() -> dict[str, Any]:
    with (resources_dir() / "evidence" / "kinds.json").open(encoding="utf-8") as handle:
        tables: dict[str, Any] = json.load(handle)
    return tables


@functools.cache
def _phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def _has(phrase: str, text: str) -> bool:
    """The phrase as whole words. Most phrases are absent from most documents, and a plain
    substring test rules them out some fifty times faster than the word-boundary pattern."""
    return phrase in text and _phrase(phrase).search(text) is not None


def _squash(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def guess(
    text: str, file_name: str, meta: dict[str, str] | None = None, local_authority: str = ""
) -> Guess:
    """Best guesses from a document's text (all pages joined), name and format metadata."""
    meta = meta or {}
    is_email = bool(meta.get("sender"))
    kind = guess_kind(text, file_name, meta.get("title", ""), is_email)
    author, role = guess_author(text)
    if not author and is_email:
        author = _display_name(meta["sender"])
    elif not author and meta.get("author") and not _JUNK_META.match(meta["author"]):
        author = meta["author"]
    return Guess(
        kind=kind,
        date=_iso(meta.get("date", "")) or guess_date(text, file_name),
        title=guess_title(text, file_name, kind, meta),
        author=author[:200],
        author_role=role[:200],
        direction=guess_direction(text, kind, meta, local_authority),
    )


def guess_kind(text: str, file_name: str, meta_title: str = "", is_email: bool = False) -> str:
    stem = PurePath(file_name).stem.replace("_", " ").replace("-", " ")
    head = _squash(f"{stem}\n{meta_title}\n{text[:HEAD_CHARS]}")
    body = _squash(text[:BODY_CHARS])
    scores: dict[str, int] = {}
    for rule in _tables()["rules"]:
        if not all(_has(r, head) or _has(r, body) for r in rule.get("requires", [])):
            continue
        hits = 0
        for phrase in rule["phrases"]:
            if _has(phrase, head):
                hits += HEAD_WEIGHT
            elif _has(phrase, body):
                hits += 1
        score = hits * int(rule.get("weight", 1))
        if score > scores.get(rule["kind"], 0):
            scores[rule["kind"]] = score
    if is_email:
        # An e-mail is correspondence unless it carries a decision, a tribunal's order or
        # a whole plan pasted into it.
        carried = {k: v for k, v in scores.items() if k in _SENT_BY_EMAIL and v >= EMAIL_DECISION}
        review = re.search(r"\b(?:annual )?review (?:meeting|on|summary)|annual review", head)
        if not carried and not review and _plan_sections(text) >= PLAN_SECTIONS:
            return "ehcp_draft" if _mentions_draft_plan(text) else "ehcp_final"
        return max(carried, key=lambda k: carried[k]) if carried else "correspondence"
    sections, letter = _plan_sections(text), _is_letter(text)  # each read once: both are slow
    _plan_structure(sections, text, stem, scores)
    if letter:
        scores["correspondence"] = max(scores.get("correspondence", 0), LETTER_SCORE)
        if sections < PLAN_SECTIONS:
            # A letter that speaks of a plan ("the final EHC plan is enclosed") is a letter,
            # and one that gives a decision is the decision, whatever else it mentions.
            outranked = _DECIDED_OVER if scores.get("decision_letter") else _PLAN_KINDS
            for kind in outranked:
                scores.pop(kind, None)
    title = _squash(" ".join(text.splitlines()[:_TOP_LINES_FOR_STATUS]))
    top = _squash(" ".join(_first_lines(text, TOP_LINES_EXPERT)))
    expert = _EXPERT.search(top) and not letter and "tribunal" not in title[:120]
    if (_INDEPENDENT_TITLE.search(title) or expert) and not _NOT_A_REPORT.search(title):
        scores["independent_report"] = max(scores.values(), default=0) + 1
    if not letter and (titled := _titled_kind(text, stem)) is not None:
        scores[titled] = max(scores.values(), default=0) + 1
    if sections == 0 and not is_email and not _PLAN_TITLE.search(" ".join(_first_lines(text, 3))):
        # "EHC plan" in a newsletter or a leaflet: a plan has sections or is titled one
        for kind in _PLAN_KINDS:
            scores.pop(kind, None)
    if not scores or max(scores.values()) == 0:
        return "other"
    order = list(DOCUMENT_KINDS)
    best = max(scores, key=lambda k: (scores[k], -order.index(k)))
    return "ehcp_draft" if best == "ehcp_final" and _titled_draft(text, stem) else best


_SECTION_HEADING = re.compile(
    r"^\W{0,3}(?:section|part)\s+([a-k]|\d{1,2})(?:\d)?\b|^([a-k])(?:\d)?\s*[:.)\-–—]\s+\w|"
    r"\(([a-k])\)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_TOP_LINES_FOR_STATUS = 6
_TOP_LINES_FOR_DRAFT = 12
_INDEPENDENT_TITLE = re.compile(r"\bindependent\b[^.]{0,60}\b(?:report|advice|assessment)\b")
"""A title that calls a report independent: a private expert's, whatever the profession."""
_EXPERT = re.compile(
    r"\binstructed by\b|\bprivate(?:ly)? (?:practice|commissioned)\b|"
    r"\bprepared for the first-tier tribunal\b|\bexpert (?:[\w-]+ ){0,4}report\b|"
    r"\bindependent (?:speech|occupational|educational|clinical|consultant|physiotherap)"
)
"""The marks of a report a family or their solicitor commissioned, near its top: who
instructed the author, private practice, a report prepared for the tribunal."""
TOP_LINES_EXPERT = 10
_NOT_A_REPORT = re.compile(r"\b(?:invoice|receipt|quotation|quote|fee|fees|payment)\b")
_PLAN_KINDS = ("ehcp_final", "ehcp_draft")
_PLAN_TITLE = re.compile(r"\b(?:education,? health and care|ehc) plan\b", re.IGNORECASE)
_SENT_BY_EMAIL = ("decision_letter", "tribunal_direction")
EMAIL_DECISION = 9  # a decision or order phrase in an e-mail's subject or opening lines
_DECIDED_OVER = (*_PLAN_KINDS, "annual_review", "mediation_certificate")
"""Kinds a council's letter giving a decision also talks about, but is not."""


def _plan_sections(text: str) -> int:
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


def _plan_structure(found: int, text: str, stem: str, scores: dict[str, int]) -> None:
    """Lettered sections A to K are the shape of an EHC plan, whatever words it uses.

    Draft or final is read from the title lines only: a final plan's body often
    mentions the draft it replaced. An annual review, which may walk through the
    plan's sections, keeps its own kind when its title says so. ``found`` is the number
    of sections the text has (_plan_sections).
    """
    if found < PLAN_SECTIONS:
        return
    top = _squash(" ".join([stem, *_first_lines(text, _TOP_LINES_FOR_STATUS)]))
    if re.search(r"\b(?:appeal|tribunal|send ?35|sen ?35)\b", top):
        return  # an appeal form or tribunal paper lists the plan's sections too
    if "annual review" in top and not re.search(
        r"\b(?:ehc|education, health and care) plan\b", top
    ):
        return  # the review's own paperwork, not the (amended) plan it leads to
    kind = "ehcp_draft" if _titled_draft(text, stem) else "ehcp_final"
    scores[kind] = max(scores.get(kind, 0), PLAN_SCORE_PER_SECTION * found)


_DRAFT = re.compile(
    r"\bdraft\b|\bfor consultation\b|"
    r"\bproposed (?:amendments|amended plan|plan|(?:ehc|education,? health and care) plan)\b"
)
"""A plan not yet final: a draft, or a plan or amendments the council proposes (s.38 CFA)."""


def _titled_draft(text: str, stem: str) -> bool:
    """ "Draft" and not "final" in the title lines (a final plan may mention its draft).

    The title lines run to a plan's version table, whose last row may make a draft
    final, and a scan's "D R A F T" counts as the word. The file name is read only when
    the document's own lines say neither: people save drafts as "final plan.docx".
    """
    for words in (
        " ".join(_first_lines(text, _TOP_LINES_FOR_DRAFT)),
        stem,
    ):  # the document's own words before its file name
        top = re.sub(r"\bd ?r ?a ?f ?t\b", "draft", _squash(words))
        if re.search(r"\bfinal\b", top):
            return False
        if _DRAFT.search(top):
            return True
    return False


def _titled_kind(text: str, stem: str) -> str | None:
    """The kind a document's own title names (see "titles" in kinds.json), if any; not
    asked of a letter, whose title lines are the sender's address."""
    title = _squash(" ".join([stem, *_first_lines(text, TITLE_LINES)]))
    for kind, phrases in _tables().get("titles", {}).items():
        if any(_has(phrase, title) for phrase in phrases):
            return str(kind)
    return None


def _first_lines(text: str, count: int) -> list[str]:
    """The first ``count`` lines that hold anything: a document's title and top."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
            if len(lines) == count:
                break
    return lines


def _mentions_draft_plan(text: str) -> bool:
    """An e-mail carrying a plan says which it is in its subject or its own words."""
    head = text[:HEAD_CHARS]
    draft = re.search(r"\bdraft (?:ehc ?p?|plan|education)", head, re.I)
    # the fifteen days a family has to comment and name a school are the draft's
    return bool(draft or re.search(r"\bwithin 15 (?:calendar )?days\b", head, re.I))


def _is_letter(text: str) -> bool:
    lowered = text[:BODY_CHARS].lower()
    return any(
        _SALUTATION.match(line.strip()) for line in lowered.splitlines()[:TOP_LINES]
    ) and bool(_SIGN_OFF.search(lowered))


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every plausible date in the text with its position (UK day-first for numbers)."""
    found: list[tuple[int, dt.date]] = []
    for pattern, form in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _to_date(match.groups(), form)
            if date is not None:
                found.append((match.start(), date))
    return sorted(found, key=lambda item: item[0])


def _to_date(groups: tuple[str, ...], form: str) -> dt.date | None:
    try:
        if form == "dmy_name":
            day, month, year = int(groups[0]), _MONTHS[groups[1].lower()], int(groups[2])
        elif form == "mdy_name":
            month, day, year = _MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        elif form == "iso":
            year, month, day = (int(g) for g in groups)
        else:
            day, month, year = (int(g) for g in groups)
            if year < 100:
                year += 2000
        date = dt.date(year, month, day)
    except (ValueError, KeyError):
        return None
    if not 1990 <= date.year <= dt.date.today().year + 2:
        return None
    return date


def guess_date(text: str, file_name: str = "") -> dt.date | None:
    """The document's own date: a labelled one near the top, else the first near the top.

    Lines about birth, assessment or review dates are skipped: they are dates *in* the
    document, not *of* it.
    """
    tables = _tables()
    skip = tuple(tables["date_skip_labels"])
    labels = tuple(tables["date_labels"])
    lines = [line.strip() for line in text.splitlines() if line.strip()][:TOP_LINES]
    fallback: dt.date | None = None
    for number, line in enumerate(lines):
        lowered = line.lower()
        if any(_starts_with_label(lowered, (label,)) or f" {label}" in lowered for label in skip):
            continue
        dates = find_dates(line)
        labelled = _starts_with_label(lowered, labels)
        if labelled and not dates and number + 1 < len(lines):
            dates = find_dates(lines[number + 1])
        if dates and labelled:
            return dates[0][1]
        if dates and fallback is None:
            fallback = dates[0][1]
    if fallback is not None:
        return fallback
    stem = PurePath(file_name).stem
    match = _FILE_DATE.search(stem)
    if match:
        date = _to_date(match.groups(), "iso")
        if date:
            return date
    dates = find_dates(stem.replace("_", " "))
    return dates[0][1] if dates else None


def _starts_with_label(line: str, labels: tuple[str, ...]) -> bool:
    """ "Date: ..." is a label; "Dates of involvement ..." is not."""
    return any(
        line.startswith(label) and re.match(rf"{re.escape(label)}(?![\w.])", line)
        for label in labels
    )


def guess_title(text: str, file_name: str, kind: str, meta: dict[str, str] | None = None) -> str:
    meta = meta or {}
    if meta.get("subject"):
        return meta["subject"][:300]
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line][:TOP_LINES]
    for line in lines:
        match = _RE_LINE.match(line)
        if match:
            return match.group(1).strip()[:300]
    if kind not in ("correspondence", "other"):
        phrases = [
            p for rule in _tables()["rules"] if rule["kind"] == kind for p in rule["phrases"]
        ]
        matching = [
            line.rstrip(":")
            for line in lines[:25]
            if _heading_like(line.rstrip(":"))
            and any(_phrase(p).search(_squash(line)) for p in phrases)
        ]
        # A letterhead ("... Psychology Service") often comes before the real title
        # ("Educational Psychology Advice"): prefer a line that names a document.
        named = [line for line in matching if _DOCUMENT_WORD.search(line)]
        if named or matching:
            return (named or matching)[0][:300]
    meta_title = meta.get("title", "").strip()
    if len(meta_title) >= 3 and not _JUNK_META.match(meta_title):
        return meta_title[:300]
    stem = PurePath(file_name).stem.replace("_", " ").strip()
    if stem and not _GENERIC_NAME.match(stem):
        return stem[:300]
    for line in lines[:10]:
        if _heading_like(line):
            return line[:300]
    return DOCUMENT_KINDS.get(kind, "Document") if not stem else stem[:300]


def _heading_like(line: str) -> bool:
    return (
        3 <= len(line) <= 100
        and sum(c.isalpha() for c in line) >= 3
        and not line.endswith((".", ",", ";"))
        and not line.lower().startswith(("dear ", "private", "confidential", "page "))
        and not _PAGE_MARK.search(line)
        and "@" not in line
        and not find_dates(line)
        and not line[0].isdigit()
    )


def guess_author(text: str) -> tuple[str, str]:
    """Name and role, as in "Dr Jane Smith, Educational Psychologist" or a signature block."""
    tables = _tables()
    prefixes = "|".join(re.escape(p) for p in tables["role_prefixes"])
    roles = "|".join(re.escape(r) for r in sorted(tables["roles"], key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<name>{_NAME})[ \t]*(?:,|\(|–|—|-|\r?\n)[ \t]*"
        rf"(?P<role>(?i:(?:(?:{prefixes})[ \t]+)*(?:{roles})))(?!\w)"
    )
    sample = text[:BODY_CHARS]
    sign_off = _SIGN_OFF.search(sample)
    candidates = []
    if sign_off:
        candidates.append(pattern.search(sample, sign_off.end()))
    candidates.append(pattern.search(sample))
    for match in candidates:
        if match:
            name = _NAME_LABEL.sub("", " ".join(match.group("name").split()))
            return name, " ".join(match.group("role").split())
    return "", ""


def guess_direction(
    text: str, kind: str, meta: dict[str, str] | None = None, local_authority: str = ""
) -> str:
    """from_la or to_la for letters and e-mails; "" when it cannot tell or it does not apply."""
    if kind not in ("correspondence", "decision_letter"):
        return ""
    meta = meta or {}
    markers = list(_tables()["council_markers"])
    if local_authority.strip():
        markers.append(local_authority.strip().lower())

    def council(value: str) -> bool:
        lowered = value.lower()
        return any(marker in lowered for marker in markers)

    if meta.get("sender"):
        if council(meta["sender"]):
            return "from_la"
        return "to_la" if council(meta.get("recipient", "")) else ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    salutation = next(
        (i for i, line in enumerate(lines[:TOP_LINES]) if line.lower().startswith("dear ")), None
    )
    sign_off = next((i for i, line in enumerate(lines) if _SIGN_OFF.match(line.lower())), None)
    if sign_off is not None and council(" ".join(lines[sign_off + 1 : sign_off + 6])):
        return "from_la"
    if salutation is not None and council(lines[salutation]):
        return "to_la"
    if council(" ".join(lines[:3])):
        return "from_la"
    header = lines[3:salutation] if salutation is not None else lines[3:12]
    if council(" ".join(header)):
        return "to_la"
    return "from_la" if kind == "decision_letter" else ""


def _iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _display_name(address: str) -> str:
    name = address.split("<", 1)[0].strip().strip('"').strip()
    return name or address.strip()
