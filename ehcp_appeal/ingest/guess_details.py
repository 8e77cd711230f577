"""A document's title, author and direction (to or from the council), from its text.

Each fills a blank the person can correct. A letterhead, a running head or a generic
file name ("scan.pdf") is passed over for the line that names the document.
"""

import re
from pathlib import PurePath

from ehcp_appeal.domain import DOCUMENT_KINDS
from ehcp_appeal.ingest.guess_dates import find_dates
from ehcp_appeal.ingest.guess_tables import (
    BODY_CHARS,
    SIGN_OFF,
    TOP_LINES,
    kind_tables,
    phrase_pattern,
    squash,
)

_GENERIC_NAME = re.compile(
    r"^(img|image|scan|scanned|doc|document|file|photo|pxl|dsc|dcim|screenshot|"
    r"whatsapp image|untitled|attachment|download|new document)[\W_]*[\w-]*$",
    re.I,
)
JUNK_META = re.compile(
    r"^(untitled|anonymous|unknown|user|admin|owner|microsoft word.*|.*\.(docx?|pdf))$", re.I
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_NAME = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor)\.?\s+)?"
    rf"(?:[{_UPPER}][{_LETTER}'’-]+|[{_UPPER}]\.?)(?:[ \t]+[{_UPPER}][{_LETTER}'’-]+){{1,3}}"
)
"""A person's name, accents included (Gráinne, Siân, Zoë)."""
_NAME_LABEL = re.compile(
    r"^(?:Author|Authors|Name|Signed|Signature|From|Therapist|Psychologist|Clinician|Assessor|"
    r"(?:Written|Prepared|Assessed|Seen|Report) by)\s+"
)
"""A form's label before the author's name ("Therapist Sophie Trenchard")."""
_DOCUMENT_WORD = re.compile(
    r"\b(advice|report|assessment|plan|certificate|letter|views|review|statement|notice|"
    r"form|summary|direction|order|decision)\b",
    re.I,
)
_PAGE_MARK = re.compile(r"\bpage\s+\d+\b", re.IGNORECASE)
"""A running head or footer ("OT report: Finley. Page 1") is not the title."""
_RE_LINE = re.compile(r"^\s*(?:re|subject|ref)\s*[:\-–]\s*(.{3,200})$", re.I)


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
            p for rule in kind_tables()["rules"] if rule["kind"] == kind for p in rule["phrases"]
        ]
        matching = [
            line.rstrip(":")
            for line in lines[:25]
            if _heading_like(line.rstrip(":"))
            and any(phrase_pattern(p).search(squash(line)) for p in phrases)
        ]
        # A letterhead ("... Psychology Service") often comes before the real title
        # ("Educational Psychology Advice"): prefer a line that names a document.
        named = [line for line in matching if _DOCUMENT_WORD.search(line)]
        if named or matching:
            return (named or matching)[0][:300]
    meta_title = meta.get("title", "").strip()
    if len(meta_title) >= 3 and not JUNK_META.match(meta_title):
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
    tables = kind_tables()
    prefixes = "|".join(re.escape(p) for p in tables["role_prefixes"])
    roles = "|".join(re.escape(r) for r in sorted(tables["roles"], key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<name>{_NAME})[ \t]*(?:,|\(|–|—|-|\r?\n)[ \t]*"
        rf"(?P<role>(?:[A-Z][a-z]+[ \t]+)?(?i:(?:(?:{prefixes})[ \t]+)*(?:{roles})))(?!\w)"
    )
    sample = text[:BODY_CHARS]
    sign_off = SIGN_OFF.search(sample)
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
    markers = list(kind_tables()["council_markers"])
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
    sign_off = next((i for i, line in enumerate(lines) if SIGN_OFF.match(line.lower())), None)
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


def display_name(address: str) -> str:
    name = address.split("<", 1)[0].strip().strip('"').strip()
    return name or address.strip()
