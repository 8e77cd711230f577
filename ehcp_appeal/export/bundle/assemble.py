"""Put the bundle together: front matter, documents, stamps, page labels, bookmarks, links.

The stamped number of every page equals its PDF page label (roman for the cover and index,
then 1, 2, 3 ... for the documents), so "page 37" means the same in the index, on the
paper and in the PDF reader's page box: the commonest complaint about bundles, avoided.
"""

import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ehcp_appeal.export.bundle import front_matter
from ehcp_appeal.export.bundle.front_matter import CoverFacts, IndexEntry
from ehcp_appeal.export.bundle.page_ops import Geometry, PageWorker
from ehcp_appeal.export.bundle.rules import SectionRule
from ehcp_appeal.export.bundle.sources import SourcePdf
from ehcp_appeal.export.ics import write_atomically_with
from ehcp_appeal.progress import Progress


@dataclass(frozen=True)
class PlacedDocument:
    id: str
    title: str
    section: str
    number: str  # its tab in the index, e.g. "C3"
    first_page: int
    last_page: int
    sha256: str
    converter: str


@dataclass(frozen=True)
class AssembledBundle:
    path: Path
    total_pages: int
    front_pages: int
    documents: tuple[PlacedDocument, ...]
    sha256: str
    size_bytes: int
    labels: tuple[str, ...] = field(repr=False)


def roman(number: int) -> str:
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    result = ""
    for value, letters in numerals:
        while number >= value:
            result += letters
            number -= value
    return result


def page_range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def place(
    sections: Sequence[tuple[SectionRule, Sequence[SourcePdf]]],
) -> list[tuple[SectionRule, list[tuple[SourcePdf, PlacedDocument]]]]:
    """Number every page from 1 in bundle order, giving each document its tab and range."""
    page = 1
    placed = []
    for rule, sources in sections:
        rows = []
        for number, source in enumerate(sources, start=1):
            document = source.document
            rows.append(
                (
                    source,
                    PlacedDocument(
                        id=document.id,
                        title=document.title or document.original_name,
                        section=rule.id,
                        number=f"{rule.letter}{number}",
                        first_page=page,
                        last_page=page + source.pages - 1,
                        sha256=document.sha256,
                        converter=source.converter,
                    ),
                )
            )
            page += source.pages
        if rows:
            placed.append((rule, rows))
    return placed


def index_entries(
    placed: Sequence[tuple[SectionRule, Sequence[tuple[SourcePdf, PlacedDocument]]]],
) -> list[IndexEntry]:
    entries: list[IndexEntry] = []
    for rule, rows in placed:
        first, last = rows[0][1].first_page, rows[-1][1].last_page
        entries.append(
            IndexEntry(
                number=rule.letter,
                title=rule.title,
                date="",
                author="",
                pages=page_range(first, last),
                target=first - 1,
                heading=True,
            )
        )
        for source, doc in rows:
            info = source.document
            author = info.author + (f", {info.author_role}" if info.author_role else "")
            entries.append(
                IndexEntry(
                    number=doc.number,
                    title=doc.title,
                    date=info.date.strftime("%d/%m/%Y") if info.date else "Undated",
                    author=author,
                    pages=page_range(doc.first_page, doc.last_page),
                    target=doc.first_page - 1,
                )
            )
    return entries


def assemble(
    out: Path,
    cover: CoverFacts,
    sections: Sequence[tuple[SectionRule, Sequence[SourcePdf]]],
    left_out: Sequence[str],
    progress: Progress,
) -> AssembledBundle:
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.constants import PageLabelStyle
    from pypdf.generic import Fit

    placed = place(sections)
    front = front_matter.build(cover, index_entries(placed), left_out)
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front.pdf)))
    total_sources = sum(len(rows) for _, rows in placed)
    done = 0
    for _rule, rows in placed:
        for source, _doc in rows:
            progress.step(done, total_sources, f"Adding {source.document.title}")
            writer.append(source.reader, import_outline=False)
            done += 1
    progress.step(total_sources, total_sources, "Numbering the pages")
    worker = PageWorker(writer)
    labels: list[str] = []
    geometries: list[Geometry] = []
    for number, page in enumerate(writer.pages):
        label = roman(number + 1) if number < front.pages else str(number - front.pages + 1)
        labels.append(label)
        geometries.append(worker.finish(page, label))
        if number % 200 == 0:
            progress.check()
    total = len(writer.pages)
    writer.set_page_label(0, front.pages - 1, style=PageLabelStyle.LOWERCASE_ROMAN)
    if total > front.pages:
        writer.set_page_label(front.pages, total - 1, style=PageLabelStyle.DECIMAL, start=1)

    def fit(index: int) -> Fit:
        # /XYZ destinations: Qt's PDF viewer warns about /Fit ones and some readers zoom.
        g = geometries[index]
        top = g.y0 + (g.width if g.rotation in (90, 270) else g.height)
        return Fit.xyz(left=g.x0, top=top, zoom=0)

    writer.add_outline_item(title="Cover", page_number=0, fit=fit(0))
    writer.add_outline_item(title="Index", page_number=1, fit=fit(1))
    for rule, rows in placed:
        first_index = front.pages + rows[0][1].first_page - 1
        parent = writer.add_outline_item(
            title=f"{rule.letter}. {rule.title}", page_number=first_index, fit=fit(first_index)
        )
        for _source, doc in rows:
            index = front.pages + doc.first_page - 1
            writer.add_outline_item(
                title=f"{doc.number} {doc.title} ({page_range(doc.first_page, doc.last_page)})",
                page_number=index,
                parent=parent,
                fit=fit(index),
            )
    for spot in front.links:
        target = front.pages + spot.target
        writer.add_annotation(
            page_number=spot.front_page,
            annotation=Link(
                rect=spot.rect, target_page_index=target, fit=fit(target), border=[0, 0, 0]
            ),
        )
    writer.page_mode = "/UseOutlines"
    writer.add_metadata(
        {
            "/Title": cover.heading,
            "/Creator": "EHCP Appeal",
            "/CreationDate": dt.datetime.now(dt.UTC).strftime("D:%Y%m%d%H%M%SZ"),
        }
    )
    write_atomically_with(out, writer.write)  # streamed: a large bundle is never held twice
    digest, size = _sha256(out), out.stat().st_size
    documents = tuple(doc for _, rows in placed for _, doc in rows)
    return AssembledBundle(out, total, front.pages, documents, digest, size, tuple(labels))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
