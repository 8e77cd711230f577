#!/usr/bin/env python3
"""Write the labelled document-kind set: documents of every kind a family collects.

Each document is invented (councils, people, schools and services do not exist; phone
numbers are in the 01632 960xxx range, e-mail addresses at example.org). File names are
neutral on purpose ("doc07.pdf", "scan_2025_03.docx") so that only the text can say what a
document is; `labels.json` records the kind each one is. The output is byte-for-byte
repeatable: reportlab invariant mode, fixed zip timestamps and core properties, and
fixed dates in every e-mail.

    python benchmarks/document_kinds/generate.py
    python benchmarks/score_kinds.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.plaintext import eml, plain  # noqa: E402
from evaluation_kit.sectioned import Doc, write_docx, write_pdf  # noqa: E402

from document_kinds.content import DOCUMENTS  # noqa: E402

# Neutral names a parent's downloads folder really holds; none names a kind.
STEMS = [
    "doc{n:02d}",
    "scan_2025_{n:02d}",
    "Document ({n})",
    "attachment{n}",
    "download ({n})",
    "IMG_{n:04d}",
    "file{n}",
    "New Microsoft Word Document ({n})",
    "print{n:03d}",
    "20250{m}{n:02d}",
]


def names(count: int) -> list[str]:
    rng = random.Random(20250311)
    out: list[str] = []
    used: set[str] = set()
    while len(out) < count:
        stem = rng.choice(STEMS).format(n=rng.randint(1, 99), m=rng.randint(1, 9))
        if stem not in used:
            used.add(stem)
            out.append(stem)
    return out


def main() -> int:
    rng = random.Random(4117)
    docs = list(DOCUMENTS)
    rng.shuffle(docs)
    stems = names(len(docs))
    labels: dict[str, str] = {}
    for old in HERE.iterdir():
        if old.suffix in (".pdf", ".docx", ".txt", ".eml"):
            old.unlink()
    for stem, (kind, fmt, blocks, extra) in zip(stems, docs, strict=True):
        name = f"{stem}.{fmt}"
        if extra.get("name"):
            name = extra["name"]
        assert name not in labels, name
        labels[name] = kind
        target = HERE / name
        if fmt == "pdf":
            write_pdf(
                Doc(
                    name,
                    blocks,
                    header=extra.get("header", ""),
                    footer=extra.get("footer", ""),
                    sans=extra.get("sans", False),
                ),
                target,
            )
        elif fmt == "docx":
            write_docx(
                Doc(
                    name,
                    blocks,
                    header=extra.get("header", ""),
                    footer=extra.get("footer", ""),
                    sans=extra.get("sans", False),
                ),
                target,
            )
        elif fmt == "txt":
            target.write_text(plain(blocks), encoding="utf-8")
        elif fmt == "eml":
            target.write_bytes(eml(extra["headers"], plain(blocks)))
        else:
            raise ValueError(fmt)
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2) + "\n", encoding="utf-8"
    )
    counts: dict[str, int] = {}
    for kind in labels.values():
        counts[kind] = counts.get(kind, 0) + 1
    print(
        f"wrote {len(labels)} documents: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
