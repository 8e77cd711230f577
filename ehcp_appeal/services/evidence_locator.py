"""Finding the numbered paragraph a report's sentence sits in, for the evidence footnote.

Tribunal footnotes cite page and paragraph ("p.3, para 6"). Professional reports number
their paragraphs or sections ("6. Recommendations", "5.2 ..."), so the paragraph of a
sentence is the last such number printed before it, on its page or an earlier one. When
no number is found the citation simply gives the page; nothing is guessed.
"""

import re

from sqlmodel import col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Page

_NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+[A-Z(]", re.M)
_WORDS_TO_MATCH = 6


def _start_of(sentence: str, text: str) -> int | None:
    """Where the sentence begins in the page text, whatever line breaks split it."""
    words = re.findall(r"\S+", sentence)[:_WORDS_TO_MATCH]
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text, re.I)
    return match.start() if match else None


def paragraph_number(pages: dict[int, str], page: int, sentence: str) -> str:
    """The paragraph before ``sentence`` on ``page`` (or the pages before), or ''.

    A numbered point under a numbered heading ("6. Recommendations" then "2. A named key
    adult ...") is cited as "6, point 2", so the number cannot be taken for section 2.
    """
    text = pages.get(page, "")
    start = _start_of(sentence, text)
    if start is None:
        return ""
    line_end = text.find("\n", start)
    limits = [(text, line_end if line_end >= 0 else len(text))]
    limits += [(pages[p], len(pages[p])) for p in sorted(pages, reverse=True) if p < page]
    found: list[tuple[str, bool]] = []  # (number, is a heading), nearest first
    for chunk, limit in limits:
        for match in reversed([m for m in _NUMBERED.finditer(chunk) if m.start() < limit]):
            rest = chunk[match.start() :].split("\n", 2)
            found.append((match.group(1), _is_heading(rest[0], rest[1] if len(rest) > 1 else "")))
    if not found:
        return ""
    number, heading = found[0]
    if heading:
        return number
    parent = next((n for n, is_heading in found[1:] if is_heading), None)
    if _after_the_point(text, start):
        return parent or ""  # a paragraph of its own after a numbered point: not part of it
    return f"{parent}, point {number}" if parent else number


def _after_the_point(text: str, start: int) -> bool:
    """The sentence opens its own line after a finished one, so it is not in the point."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    previous = text[: max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1]
    return previous.endswith(".") and not _NUMBERED.match(text[line_start:])


def _is_heading(line: str, next_line: str) -> bool:
    """A short numbered line that ends without punctuation and is not continued below."""
    words = line.split()
    continued = next_line[:1].islower()
    return 1 < len(words) <= 8 and not continued and not line.rstrip().endswith((".", ",", ";"))


def locate_paragraph(db: Database, document_id: str, page: int | None, sentence: str) -> str:
    """The numbered paragraph of a sentence in a case document, from its stored page text."""
    if not document_id or not page or not sentence.strip():
        return ""
    with db.session() as session:
        rows = session.exec(
            select(Page.page_no, Page.text)
            .where(Page.document_id == document_id, col(Page.page_no) <= page)
            .order_by(col(Page.page_no))
        ).all()
    return paragraph_number({number: text for number, text in rows}, page, sentence)
