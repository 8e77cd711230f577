"""Plain-text reader and the page splitting that text-like formats share."""

from typing import Any

from ehcp_appeal.ingest.result import encode

PAGE_CHARS = 3000


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) first; Windows files typed in Notepad are often cp1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def split_pages(text: str, page_chars: int = PAGE_CHARS) -> list[str]:
    """Pages end at form feeds; long stretches are cut near ``page_chars`` at a line break.

    The cut keeps search snippets and page references short enough to be useful.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    pages: list[str] = []
    for chunk in text.split("\f"):
        while len(chunk) > page_chars:
            cut = chunk.rfind("\n", page_chars // 2, page_chars)
            if cut == -1:
                cut = chunk.rfind(" ", page_chars // 2, page_chars)
            if cut == -1:
                cut = page_chars
            pages.append(chunk[:cut])
            chunk = chunk[cut:].lstrip("\n")
        pages.append(chunk)
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages or [""]


def read(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    return encode(split_pages(decode_text(data)))
