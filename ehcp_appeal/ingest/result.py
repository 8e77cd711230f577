"""What a reader hands back, and the parent's check that it is only that.

The child is assumed compromised when it answers: every field is type-checked and
capped here before anything reaches the database.
"""

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any

from ehcp_appeal.errors import UnreadableFileError

MAX_PAGES = 5000
MAX_PAGE_CHARS = 200_000
MAX_TOTAL_CHARS = 20_000_000
MAX_ATTACHMENTS = 100
MAX_META_CHARS = 2000
MAX_LEFT_OUT = 200

META_KEYS = ("title", "author", "sender", "recipient", "date", "subject", "created")


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another (an e-mail attachment), imported in its own right."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Extraction:
    """Text per page (index 0 is page 1) plus whatever metadata the format carries.

    ``ocr_pages`` lists pages that have no text layer but an image, so OCR may help.
    """

    pages: list[str]
    meta: dict[str, str] = field(default_factory=dict)
    ocr_pages: list[int] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)


def encode(
    pages: list[str],
    meta: dict[str, str] | None = None,
    ocr_pages: list[int] | None = None,
    attachments: list[Attachment] | None = None,
    skipped: list[str] | None = None,
) -> dict[str, Any]:
    """The JSON a reader returns from the child.

    What does not fit the limits is never dropped without a word: each part left out
    is named in ``left_out`` (part, plain message), which the import lists as failures.
    """
    attachments = attachments or []
    skipped = list(skipped or [])
    left_out: list[tuple[str, str]] = []
    if len(pages) > MAX_PAGES:
        left_out.append(("", _too_many_pages(len(pages))))
    for number, page in enumerate(pages[:MAX_PAGES], start=1):
        if len(page) > MAX_PAGE_CHARS:
            left_out.append(("", _page_too_long(number)))
    for extra in attachments[MAX_ATTACHMENTS:]:
        left_out.append((extra.name, _too_many_attachments()))
    for unsupported in skipped[MAX_ATTACHMENTS:]:
        left_out.append((unsupported, "attachment not imported: this type is not supported"))
    if len(left_out) > MAX_LEFT_OUT:
        more = len(left_out) - MAX_LEFT_OUT + 1
        left_out[MAX_LEFT_OUT - 1 :] = [("", f"and {more} more parts were left out.")]
    return {
        "pages": [page[:MAX_PAGE_CHARS] for page in pages[:MAX_PAGES]],
        "meta": {k: str(v)[:MAX_META_CHARS] for k, v in (meta or {}).items() if v},
        "ocr_pages": list(ocr_pages or []),
        "attachments": [
            {"name": a.name, "data": base64.b64encode(a.data).decode("ascii")}
            for a in attachments[:MAX_ATTACHMENTS]
        ],
        "skipped": skipped[:MAX_ATTACHMENTS],
        "left_out": [[part, message] for part, message in left_out],
    }


def _too_many_pages(count: int) -> str:
    return (
        f"only the first {MAX_PAGES:,} of its {count:,} pages were imported; "
        "split the file and import the rest separately."
    )


def _page_too_long(number: int) -> str:
    return (
        f"page {number} holds more text than the app can index; only its first "
        f"{MAX_PAGE_CHARS:,} characters can be searched."
    )


def _too_many_attachments() -> str:
    return (
        f"attachment not imported: the app takes the first {MAX_ATTACHMENTS} attachments "
        "of an e-mail; save this one from the e-mail and import it separately."
    )


def decode(raw: dict[str, Any]) -> Extraction:
    """Validate a child's answer; anything unexpected means the file is rejected."""
    pages = raw.get("pages")
    if not isinstance(pages, list) or not all(isinstance(p, str) for p in pages):
        raise _nonsense()
    if len(pages) > MAX_PAGES:
        raise UnreadableFileError(f"The file has more than {MAX_PAGES} pages; split it first.")
    pages = [p[:MAX_PAGE_CHARS].replace("\x00", "") for p in pages]
    if sum(len(p) for p in pages) > MAX_TOTAL_CHARS:
        raise UnreadableFileError("The file holds more text than the app can index.")
    meta_raw = raw.get("meta", {})
    if not isinstance(meta_raw, dict):
        raise _nonsense()
    meta = {
        key: value[:MAX_META_CHARS].replace("\x00", "").strip()
        for key, value in meta_raw.items()
        if key in META_KEYS and isinstance(value, str)
    }
    ocr_raw = raw.get("ocr_pages", [])
    if not isinstance(ocr_raw, list) or not all(
        isinstance(i, int) and 0 <= i < len(pages) for i in ocr_raw
    ):
        raise _nonsense()
    attachments = [_attachment(item) for item in _list(raw.get("attachments", []))]
    skipped = [str(s)[:300] for s in _list(raw.get("skipped", []))]
    left_out = [_left_out(item) for item in _list(raw.get("left_out", []), MAX_LEFT_OUT)]
    return Extraction(
        pages, meta, sorted(set(ocr_raw)), attachments[:MAX_ATTACHMENTS], skipped, left_out
    )


def _left_out(item: object) -> tuple[str, str]:
    if (
        not isinstance(item, list)
        or len(item) != 2
        or not all(isinstance(text, str) for text in item)
    ):
        raise _nonsense()
    return item[0][:300], item[1][:500]


def _list(value: object, most: int = MAX_ATTACHMENTS) -> list[Any]:
    if not isinstance(value, list) or len(value) > most:
        raise _nonsense()
    return value


def _attachment(item: object) -> Attachment:
    if not isinstance(item, dict):
        raise _nonsense()
    name, data = item.get("name"), item.get("data")
    if not isinstance(name, str) or not isinstance(data, str):
        raise _nonsense()
    try:
        payload = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise _nonsense() from None
    return Attachment(name=name[:300], data=payload)


def _nonsense() -> UnreadableFileError:
    return UnreadableFileError("The file's reader returned nonsense; it was not imported.")
