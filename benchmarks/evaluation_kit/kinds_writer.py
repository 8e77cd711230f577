"""The one writer of the labelled document-kind sets (document_kinds_b onwards).

Each set is data: content modules listing, for every document, the file name a person
would have saved it under, its kind and format, and its text or blocks. This module turns
an entry into its file (.pdf and .docx through the kit's document writer, .txt and .eml
through plaintext.py), damages scanned text the same way every run (seeded by the file
name), and writes labels.json, so a set's generate.py is a few lines and every set
regenerates byte for byte.
"""

from __future__ import annotations

import json
import random
import zlib
from collections import Counter
from pathlib import Path

from evaluation_kit.plaintext import eml, ocr, plain
from evaluation_kit.sectioned import Doc, write_docx, write_pdf

OUTPUTS = (".pdf", ".docx", ".txt", ".eml")


def text_of(entry: dict) -> str:
    """The document's text: written out, or the blocks as pasted, then damaged by OCR
    when it came off a scanner (seeded by its file name, so the damage never changes)."""
    text = entry["text"].strip() + "\n" if "text" in entry else plain(entry["blocks"])
    if entry.get("ocr"):
        # True: a flatbed scan; a number: a phone photograph's heavier misreading rate.
        rate = 0.04 if entry["ocr"] is True else float(entry["ocr"])
        seed = zlib.crc32(entry["name"].encode())
        text = ocr(text, seed, rate=rate, running=entry.get("running", ""))
        if entry["ocr"] is not True:
            text = photographed(text, seed)
    return text


def photographed(text: str, seed: int) -> str:
    """What a phone photograph adds to OCR: the page's curl cuts letters off the ends of
    some lines, and the table or the facing page comes through as lines of marks."""
    rng = random.Random(seed ^ 0x5EED)
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > 30 and rng.random() < 0.12:
            line = line[: -rng.randint(2, 7)]
        out.append(line)
        if rng.random() < 0.05:
            out.append(rng.choice(["' ; .. ,", "|| l", "~ - _ .", "i ! '", "ﬁ ;"]))
    return "\n".join(out).rstrip("\n") + "\n"


def blocks_of(entry: dict) -> list:
    """Blocks for a .pdf or .docx; a scanned document's OCR text becomes one block per line."""
    if entry.get("ocr") or "text" in entry:
        return [("p", line) if line else ("gap",) for line in text_of(entry).split("\n")]
    return entry["blocks"]


def write(entry: dict, target: Path) -> None:
    fmt = target.suffix
    if fmt in (".pdf", ".docx"):
        doc = Doc(
            target.name,
            blocks_of(entry),
            header=entry.get("header", ""),
            footer=entry.get("footer", ""),
            sans=entry.get("sans", False),
            style="folder",
            accent=entry.get("accent", "1F4E79"),
            watermark=entry.get("watermark", ""),
        )
        (write_pdf if fmt == ".pdf" else write_docx)(doc, target)
    elif fmt == ".txt":
        text = text_of(entry)
        if entry.get("crlf"):
            text = text.replace("\n", "\r\n")
        target.write_bytes(text.encode("utf-8"))
    elif fmt == ".eml":
        target.write_bytes(
            eml(
                entry["headers"],
                text_of(entry),
                qp=entry.get("qp", False),
                html_part=entry.get("html", False),
            )
        )
    else:
        raise ValueError(target.name)


def run(here: Path, documents: list[dict]) -> int:
    """Write every document of a labelled kind set into ``here``, with its labels.json."""
    names = [e["name"] for e in documents]
    dupes = sorted(n for n, c in Counter(names).items() if c > 1)
    if dupes:
        raise SystemExit(f"file names used twice: {dupes}")
    for old in here.iterdir():
        if old.suffix in OUTPUTS:
            old.unlink()
    labels: dict[str, str] = {}
    for entry in documents:
        write(entry, here / entry["name"])
        labels[entry["name"]] = entry["kind"]
    (here / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2) + "\n", encoding="utf-8"
    )
    counts = Counter(labels.values())
    formats = Counter(Path(n).suffix for n in labels)
    print(
        f"wrote {len(labels)} documents: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        + "; formats: "
        + ", ".join(f"{k} {v}" for k, v in sorted(formats.items()))
    )
    return 0
