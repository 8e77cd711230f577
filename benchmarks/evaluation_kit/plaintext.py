"""Documents as text a family really keeps: blocks pasted into a .txt file, e-mails saved
as .eml (plain, quoted-printable, or with an HTML alternative), and text that came off a
scanner through OCR. Every output is a pure function of its inputs (OCR damage draws on a
seeded generator), so a labelled set written with these is the same byte for byte on every
run."""

from __future__ import annotations

import html
import quopri
import random
import re


def plain(blocks: list) -> str:
    """The text of the blocks as someone pasting them into a text file would keep it."""
    out: list[str] = []
    for blk in blocks:
        kind = blk[0]
        if kind in ("org", "small", "title", "b", "p", "i", "band", "u", "sub", "bh"):
            out.append(blk[1])
        elif kind == "h":
            out.append("")
            out.append(blk[2])
        elif kind in ("bul", "num"):
            out.extend(f"- {t}" for t in blk[1])
        elif kind == "lab":
            out.append(f"{blk[1]}: {blk[2]}")
        elif kind in ("grid", "mgrid", "table"):
            for row in blk[1]:
                out.append(row if isinstance(row, str) else " | ".join(row))
        elif kind == "kv":
            out.extend(f"{k}: {v}" for k, v in blk[1])
        elif kind == "field":
            out.append(blk[1])
            out.append(blk[2] or "")
        elif kind == "np":
            out.append(f"{blk[1]} {blk[2]}")
        elif kind == "sig":
            out.extend(blk[1])
        elif kind in ("pb", "gap"):
            out.append("")
        elif kind == "cover":
            out.extend(blk[1])
            out.append("")
    return "\n".join(out).strip() + "\n"


def eml(headers: dict, body: str, *, qp: bool = False, html_part: bool = False) -> bytes:
    """An e-mail as a mail program saves it: CRLF lines, fixed headers (no generated
    Message-ID or date), the body in 8 bit or quoted-printable, and optionally an HTML
    alternative of the same text with a fixed MIME boundary."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "MIME-Version: 1.0\r\n"
    text = body.replace("\r\n", "\n").replace("\n", "\r\n")

    def part(content: str, subtype: str) -> str:
        if qp:
            data = quopri.encodestring(content.encode("utf-8")).decode("ascii")
            data = data.replace("\r\n", "\n").replace("\n", "\r\n")
            enc = "quoted-printable"
        else:
            data, enc = content, "8bit"
        return (
            f"Content-Type: text/{subtype}; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: {enc}\r\n\r\n{data}"
        )

    if not html_part:
        return (head + part(text, "plain")).encode("utf-8")
    boundary = "----=_Part_0_" + str(sum(map(ord, headers.get("Subject", "")))).zfill(8)
    markup = "<html><body>" + "".join(
        f"<p>{html.escape(para).replace(chr(10), '<br>')}</p>"
        for para in body.replace("\r\n", "\n").split("\n\n")
    )
    markup += "</body></html>"
    return (
        head
        + f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        + f"--{boundary}\r\n{part(text, 'plain')}\r\n"
        + f"--{boundary}\r\n{part(markup, 'html')}\r\n"
        + f"--{boundary}--\r\n"
    ).encode("utf-8")


def quoted(text: str) -> str:
    """Text as a reply quotes it: every line behind "> "."""
    return "\n".join(">" if not line else f"> {line}" for line in text.strip().split("\n"))


# Misreadings a scanner's OCR really makes, each applied to a word now and then.
_SWAPS = (
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("I", "l"),
    ("i", "l"),
    ("e", "c"),
    ("h", "b"),
    ("O", "0"),
    ("o", "0"),
    ("S", "5"),
    ("cl", "d"),
    ("fi", "ﬁ"),
    (",", "."),
    ("t", "f"),
)


def _misread(word: str, rng: random.Random) -> str:
    choices = [(a, b) for a, b in _SWAPS if a in word]
    if not choices:
        return word
    a, b = rng.choice(choices)
    at = [m.start() for m in re.finditer(re.escape(a), word)]
    i = rng.choice(at)
    return word[:i] + b + word[i + len(a) :]


def ocr(text: str, seed: int, *, width: int = 72, rate: float = 0.04, running: str = "") -> str:
    """Text as it comes off a scanned page: lines broken at the scanner's width (some
    words hyphenated across the break), a few letters misread, a page furniture line
    (``running`` and a page number) about every forty lines, and stray marks."""
    rng = random.Random(seed)
    out: list[str] = []
    page = 1
    count = 0

    def emit(line: str) -> None:
        nonlocal page, count
        out.append(line)
        count += 1
        if count >= 38 + rng.randint(0, 6):
            page += 1
            count = 0
            out.append("")
            if running:
                out.append(running)
            out.append(f"Page {page}")
            out.append("")

    for para in text.split("\n"):
        if not para.strip():
            emit("")
            continue
        words = [_misread(w, rng) if rng.random() < rate else w for w in para.split()]
        if rng.random() < rate:
            i = rng.randrange(len(words))
            words[i : i + 2] = ["".join(words[i : i + 2])]
        line = ""
        limit = width + rng.randint(-8, 4)
        for w in words:
            if line and len(line) + 1 + len(w) > limit:
                if len(w) > 7 and w.isalpha() and rng.random() < 0.3:
                    cut = rng.randint(3, len(w) - 3)
                    emit(f"{line} {w[:cut]}-")
                    line = w[cut:]
                else:
                    emit(line)
                    line = w
                limit = width + rng.randint(-8, 4)
            else:
                line = f"{line} {w}" if line else w
        if line:
            emit(line)
        if rng.random() < rate / 2:
            emit(rng.choice(["'", "|", ".", "~", "i"]))
    return "\n".join(out).strip() + "\n"
