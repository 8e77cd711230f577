"""The structured block: one paragraph, heading or table row read from a document."""

import re
from dataclasses import dataclass, field

BULLET_GLYPHS = "\x7f•◦▪▫■□●○‣⁃∙·-–—*>"
_BULLET = re.compile(r"^\s*(?:\(cid:127\)|[" + re.escape(BULLET_GLYPHS) + r"])\s+")
_NUMBER = re.compile(
    r"^\s*(?P<num>(?:(?:[A-K]|H[12])[.\s]?)?\d{1,3}(?:\.\d{1,3})*(?:[a-z](?=[.)]))?[.):]?|"
    r"\(?[a-z]\)|\(?[ivx]{1,4}\))"
    r"\s+(?=\S)"
)
_AREA_CODE = re.compile(
    r"^\s*(?P<num>(?!KS\d)(?:[A-Z]{2,5}|[A-Z]&[A-Z])\d{1,2}(?:[.-]\d{1,2})*)(?:\t|\s+(?=[A-Z]))"
)
"""A paragraph code made of an area of need's initials and a number ("SP1-2", "SEMH1",
"C&I2"): plans that cross-reference needs and provision print it in the margin. "KS2" at a
paragraph's start is the key stage, not a code."""
_TAG = re.compile(r"^\[(?P<tag>[A-Z][\w'’ &/-]{2,40})\]\s+(?=[A-Z])")
"""A bracketed tag before a list item ("[Independent living] A consistent approach ..."):
plans that file provision under the preparing-for-adulthood outcomes label each item
with its theme, which is not part of what the item says."""
_BARE_NUMBER = re.compile(r"(?:(?:[A-K]|H[12])[.\s]?)?\d{1,3}(?:\.\d{1,3})*[.):]?|\(?[a-z]\)")


@dataclass(frozen=True)
class Block:
    """A unit of text with where it came from.

    Table rows keep their cells so that the who and how-often cells stay with the
    provision of the same row; ``heading_hint`` records typographic evidence (a heading
    style or an all-bold paragraph) that the plan reader weighs with the wording.
    """

    text: str
    page: int
    kind: str = "para"  # para | row
    cells: tuple[str, ...] = field(default_factory=tuple)
    heading_hint: bool = False
    number: str = ""
    bullet: bool = False
    table: int = -1
    style: str = ""


def fold(text: str) -> str:
    """Whitespace folded to single spaces, as the contract compares text.

    ``str.split`` splits at exactly the characters ``\\s`` matches, several times faster
    than a substitution; reading and checking fold every line.
    """
    return " ".join(text.split())


def strip_marker(text: str) -> tuple[str, str, bool]:
    """Split a list marker (bullet glyph or paragraph number) from the text it labels.

    Returns (text, number, is_bullet). Numbers like "B4." or "3.1" are kept apart because
    they are not part of a quoted sentence but do say where a paragraph starts.
    """
    text = text.lstrip()
    match = _BULLET.match(text)
    if match:
        rest = text[match.end() :]
        tag = _TAG.match(rest)
        return (rest[tag.end() :] if tag and len(tag.group("tag").split()) <= 4 else rest), "", True
    match = _AREA_CODE.match(text)
    if match:
        return text[match.end() :].lstrip("\t "), match.group("num"), False
    match = _NUMBER.match(text)
    if match and _is_marker(match.group("num"), text[match.end() - 1]):
        rest = text[match.end() :]
        lettered = match.group("num").endswith(")") and rest[:1].isdigit()  # "a) 1:1 support"
        # "F3.1 movement breaks": a section's letter with a dotted number is never a quantity
        sectioned = re.fullmatch(r"(?:[A-K]|H[12])\.?\d{1,3}(?:\.\d{1,3})+\.?", match.group("num"))
        if rest[:1].isupper() or rest[:1] in "‘'\"(" or lettered or sectioned:
            return rest.lstrip("\t "), match.group("num").strip("(.):"), False
    return text, "", False


def unwrap_numbered_row(block: Block) -> Block:
    """A two-cell row whose first cell is only a paragraph number is a numbered paragraph.

    Plans laid out as a grid put "B3." in a narrow left column and the paragraph beside
    it; read as a row, the number would pass for a cell and the paragraph lose its place.
    A lone section letter is not a number, and does not match here.
    """
    if block.kind != "row":
        return block
    cells = [cell for cell in block.cells if cell.strip()]
    first = cells[0].strip() if len(cells) == 2 else ""
    if not _BARE_NUMBER.fullmatch(first) or re.fullmatch(r"H\s?[12]\.?", first):
        return block  # "H1" beside a title names a section, which the plan reader handles
    number = cells[0].strip().strip("(.):").replace(" ", "")
    return Block(text=fold(cells[1]), page=block.page, number=number, table=block.table)


def is_list_marker(text: str) -> bool:
    """A bullet glyph or a paragraph number standing alone ("•", "3.", "B4.", "(c)")."""
    text = text.strip()
    if text == "(cid:127)" or (len(text) == 1 and text in BULLET_GLYPHS):
        return True
    return bool(_BARE_NUMBER.fullmatch(text))


def _is_marker(num: str, following: str) -> bool:
    """A bare "3" before a word is usually a quantity or a date, not a paragraph number."""
    return num[-1] in ".):" or following == "\t" or num[0].isalpha() or "." in num


_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "etc.",
    "approx.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "No.",
    "cf.",
    "vs.",
    "Inc.",  # "Read Write Inc. Phonics", a programme named after its publisher
)
_SPLIT = re.compile(r"(?<=[.!?])([\"'’”)]?)\s+(?=[A-Z‘“\"'(])")


_INLINE_NUMBER = re.compile(r"(?<=[.!?;])\s+\(?\d{1,2}[.)]\s+(?=[A-Z‘“\"'(])")


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences without breaking at common abbreviations.

    A numbered list run into one paragraph ("1. Cerebral palsy. 2. Language delay.")
    is split at its numbers, which are list markers and not part of any item.
    """
    return [piece for part in _INLINE_NUMBER.split(fold(text)) for piece in _sentences(part)]


def _sentences(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SPLIT.finditer(text):
        candidate = text[start : match.start() + len(match.group(1))]
        last_word = candidate.rsplit(" ", 1)[-1]
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", last_word):
            continue
        pieces.append(candidate.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return [piece for piece in pieces if piece]


_PLAIN_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise_quotes(text: str) -> str:
    """Typographic quotes and dashes as plain ASCII, for comparing text only.

    Asked of every sentence several times; text that is all ASCII has none of them,
    and is given back without translating it character by character.
    """
    return text if text.isascii() else text.translate(_PLAIN_QUOTES)
