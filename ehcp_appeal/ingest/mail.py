"""E-mail .eml reader (runs in the sandbox child): headers, body text and attachments."""

import email
import email.policy
import email.utils
import re
from email.message import EmailMessage
from pathlib import PurePath
from typing import Any

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest.filetypes import is_supported
from ehcp_appeal.ingest.html_text import html_text
from ehcp_appeal.ingest.result import Attachment, encode
from ehcp_appeal.ingest.text import split_pages

MiB = 1024 * 1024
MAX_BYTES = 25 * MiB
MAX_PARTS = 500
MAX_DEPTH = 10
MAX_HEADER_BYTES = 64 * 1024


def read(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    name = options.get("name", "The e-mail")
    if len(data) > MAX_BYTES:
        raise UnreadableFileError(f"{name} is over {MAX_BYTES // MiB} MB, too large for an e-mail.")
    _check_headers(data, name)
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    _check_structure(message, name, depth=0, count=[0])
    if not message.keys():
        raise UnreadableFileError(f"{name} is not an e-mail (it has no headers).")
    meta = {
        "sender": _header(message, "From"),
        "recipient": _header(message, "To"),
        "subject": _header(message, "Subject"),
        "date": _date(message),
    }
    heading = "\n".join(
        f"{label}: {meta[key]}"
        for label, key in (("From", "sender"), ("To", "recipient"), ("Date", "date"))
        if meta[key]
    )
    if meta["subject"]:
        heading += f"\nSubject: {meta['subject']}"
    body = _body(message)
    attachments, skipped = _attachments(message)
    return encode(split_pages(f"{heading}\n\n{body}"), meta, [], attachments, skipped)


def _check_headers(data: bytes, name: str) -> None:
    """Long headers hit quadratic paths in the stdlib parser; real ones are short."""
    end = data.find(b"\n\n")
    end_crlf = data.find(b"\r\n\r\n")
    ends = [e for e in (end, end_crlf) if e != -1]
    header_block = data[: min(ends)] if ends else data
    for line in re.split(rb"\r?\n(?![ \t])", header_block):
        if len(line) > MAX_HEADER_BYTES:
            raise UnreadableFileError(f"{name} has a header longer than any real e-mail's.")


def _check_structure(part: EmailMessage, name: str, depth: int, count: list[int]) -> None:
    count[0] += 1
    if depth > MAX_DEPTH or count[0] > MAX_PARTS:
        raise UnreadableFileError(
            f"{name} is nested too deeply or has too many parts to be a real e-mail."
        )
    if part.is_multipart():
        for child in part.iter_parts():
            _check_structure(child, name, depth + 1, count)  # type: ignore[arg-type]


def _header(message: EmailMessage, key: str) -> str:
    try:
        value = message.get(key)
    except Exception:
        return ""
    return " ".join(str(value).split()) if value else ""


def _date(message: EmailMessage) -> str:
    try:
        parsed = email.utils.parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return ""
    return parsed.date().isoformat()


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except Exception:
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_text(content) if part.get_content_subtype() == "html" else content


def _attachments(message: EmailMessage) -> tuple[list[Attachment], list[str]]:
    """Files the sender attached. Inline pictures (logos, signatures) are left out."""
    found: list[Attachment] = []
    skipped: list[str] = []
    for number, part in enumerate(message.iter_attachments(), start=1):
        filename = _safe_name(part.get_filename() or "", number, part.get_content_type())
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner_message = inner[0] if isinstance(inner, list) and inner else None
            if isinstance(inner_message, EmailMessage):
                found.append(Attachment(filename, inner_message.as_bytes()))
            continue
        if part.get_content_disposition() == "inline" and part.get_content_maintype() == "image":
            continue
        if not is_supported(filename):
            skipped.append(filename)
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            found.append(Attachment(filename, payload))
    return found, skipped


def _safe_name(raw: str, number: int, content_type: str) -> str:
    name = PurePath(raw.replace("\\", "/")).name.strip()
    name = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", name)[:200]
    if name:
        return name
    extension = {"application/pdf": ".pdf", "message/rfc822": ".eml", "text/plain": ".txt"}
    return f"attachment-{number}{extension.get(content_type, '')}"
