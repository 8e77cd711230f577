"""Hostile files for the importer, generated deterministically from small valid seeds.

One generator serves the fast sample in the tests and the large run in
benchmarks/fuzz_import.py, so both try the same kinds of damage: random mutations of a
valid file (byte flips, truncation, chunks duplicated, deleted or inserted) and crafted
attacks that real readers have fallen to (zip and decompression bombs, XML entities,
images that declare billions of pixels, PDFs whose structure points at itself, e-mails
nested hundreds deep or carrying thousands of parts), plus empty files and random bytes.
"""

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from tests.core.test_evidence_samples import (
    docx_bytes,
    email_bytes,
    pdf_bytes,
    text_image_bytes,
    zip_bomb_docx,
)

FORMATS = ("pdf", "docx", "eml", "png", "jpg")
MiB = 1024 * 1024


@dataclass(frozen=True)
class Sample:
    """One file to import: ``origin`` says how it was made (mutated, crafted, empty, random)."""

    name: str
    data: bytes
    origin: str


def seed_file(fmt: str) -> bytes:
    """A small valid file of the format with the structures readers must walk."""
    words = "Sam needs speech and language therapy weekly from a qualified therapist."
    if fmt == "pdf":
        return pdf_bytes([[words, "Section F provision"], ["Page two", words]])
    if fmt == "docx":
        return docx_bytes(["Section F", words, [["Need", "Provision"], ["Speech", "Weekly"]]])
    if fmt == "eml":
        return email_bytes(
            words,
            attachments=[
                ("advice.pdf", seed_file("pdf"), "application/pdf"),
                ("note.txt", b"Short note about the review.", "text/plain"),
            ],
        )
    if fmt == "png":
        return text_image_bytes(["Sam reads well"], "PNG")
    if fmt == "jpg":
        from PIL import Image

        image = Image.new("RGB", (320, 200), (240, 240, 230))
        exif = Image.Exif()
        exif[0x0112] = 6  # orientation: rotate, so the EXIF path is exercised
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", exif=exif.tobytes())
        return buffer.getvalue()
    raise ValueError(fmt)


def mutate(data: bytes, rng: random.Random, keep: int = 8) -> tuple[bytes, str]:
    """One to three random edits after the first ``keep`` bytes (so the type check passes)."""
    out = bytearray(data)
    names = []
    for _ in range(rng.randint(1, 3)):
        operation = rng.choice(_OPERATIONS)
        names.append(operation.__name__.strip("_"))
        operation(out, rng, min(keep, len(out)))
    return bytes(out), "+".join(names)


def _flip(out: bytearray, rng: random.Random, keep: int) -> None:
    for _ in range(rng.randint(1, 16)):
        at = rng.randrange(keep, len(out)) if len(out) > keep else keep
        if at < len(out):
            out[at] ^= 1 << rng.randrange(8)


def _truncate(out: bytearray, rng: random.Random, keep: int) -> None:
    del out[rng.randint(keep, len(out)) :]


def _duplicate(out: bytearray, rng: random.Random, keep: int) -> None:
    start, end = _span(out, rng, keep)
    out[end:end] = out[start:end] * rng.randint(1, 8)


def _delete(out: bytearray, rng: random.Random, keep: int) -> None:
    start, end = _span(out, rng, keep)
    del out[start:end]


def _insert(out: bytearray, rng: random.Random, keep: int) -> None:
    at = rng.randint(keep, len(out))
    out[at:at] = rng.randbytes(rng.randint(1, 256))


def _extreme(out: bytearray, rng: random.Random, keep: int) -> None:
    """Overwrite with values that break size fields: 0, -1, the largest 16- and 32-bit."""
    value = rng.choice([b"\x00\x00\x00\x00", b"\xff\xff\xff\xff", b"\x7f\xff", b"\x80\x00"])
    at = rng.randint(keep, max(keep, len(out) - len(value)))
    out[at : at + len(value)] = value


def _span(out: bytearray, rng: random.Random, keep: int) -> tuple[int, int]:
    start = rng.randint(keep, max(keep, len(out) - 1))
    return start, min(len(out), start + rng.randint(1, 4096))


_OPERATIONS: list[Callable[[bytearray, random.Random, int], None]] = [
    _flip,
    _truncate,
    _duplicate,
    _delete,
    _insert,
    _extreme,
]


def mutate_docx_inside(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Mutate one XML part and re-zip it: damage the zip layer alone would never reach."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        items = source.infolist()
        target = rng.choice([i.filename for i in items if i.filename.endswith(".xml")])
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for item in items:
                part = source.read(item.filename)
                if item.filename == target:
                    part, _how = mutate(part, rng, keep=0)
                copy.writestr(item.filename, part)
    return out.getvalue(), f"inside-{target.replace('/', '_')}"


def fix_png_checksums(data: bytes) -> bytes:
    """Recompute each chunk's CRC, so that damage reaches the decoder instead of the check."""
    out = bytearray(data)
    at = 8
    while at + 12 <= len(out):
        (length,) = struct.unpack(">I", out[at : at + 4])
        end = at + 8 + length
        if end + 4 > len(out):
            break
        out[end : end + 4] = struct.pack(">I", zlib.crc32(out[at + 4 : end]))
        at = end + 4
    return bytes(out)


def mutated(fmt: str, count: int, seed: int) -> list[Sample]:
    """``count`` mutations of the format's seed, the same for the same ``seed``."""
    rng = random.Random(f"{fmt}-{seed}")
    base = seed_file(fmt)
    samples = []
    for number in range(count):
        if fmt == "docx" and rng.random() < 0.5:
            data, how = mutate_docx_inside(base, rng)
        else:
            data, how = mutate(base, rng)
            if fmt == "png" and rng.random() < 0.7:
                data, how = fix_png_checksums(data), how + "-crc"
        samples.append(Sample(f"{fmt}-{number:04}-{how}.{fmt}", data, "mutated"))
    return samples


def crafted(fmt: str, seed: int = 0) -> list[Sample]:
    """The crafted attacks for the format, plus an empty file and random bytes."""
    rng = random.Random(f"crafted-{fmt}-{seed}")
    made = [(name, build()) for name, build in _CRAFTED[fmt]]
    samples = [Sample(f"{name}.{fmt}", data, "crafted") for name, data in made]
    samples.append(Sample(f"empty.{fmt}", b"", "empty"))
    samples.append(Sample(f"random.{fmt}", rng.randbytes(rng.randint(1, 64 * 1024)), "random"))
    return samples


def samples(fmt: str, count: int, seed: int) -> list[Sample]:
    """Everything for one format: ``count`` mutations, then the crafted files."""
    return mutated(fmt, count, seed) + crafted(fmt, seed)


# --- PDF ---------------------------------------------------------------------------------


def raw_pdf(
    objects: list[bytes], trailer: bytes = b"/Root 1 0 R", prev_self: bool = False
) -> bytes:
    """A PDF from numbered object bodies with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    prev = b" /Prev %d" % start if prev_self else b""
    out += b"trailer\n<< /Size %d %s%s >>\n" % (len(objects) + 1, trailer, prev)
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def _page(contents: bytes = b"") -> bytes:
    return b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]" + contents + b" >>"


def pdf_self_referencing_pages() -> bytes:
    """The page tree lists itself among its kids: a naive walk never ends."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>",
            _page(),
        ]
    )


def pdf_xref_loop() -> bytes:
    """Its cross-reference section names itself as the previous one, for ever."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
        ],
        prev_self=True,
    )


def pdf_object_stream_loop() -> bytes:
    """An object stream that extends itself and holds the page that points back into it."""
    inner = b"3 0 " + _page(b" /Contents 4 0 R")
    header = b"%d " % 0
    stream = header + inner
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /ObjStm /N 1 /First 4 /Extends 5 0 R /Length %d >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
            b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream",
            b"<< /Type /ObjStm /N 1 /First 4 /Extends 5 0 R /Length 5 0 R >>\nstream\n5 0 "
            + b"5 0 R\nendstream",
        ]
    )


def pdf_deep_nesting() -> bytes:
    """A page resource nested 50,000 arrays deep: recursion in a parser meets the stack."""
    depth = 50_000
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(b" /Resources << /X " + b"[" * depth + b"]" * depth + b" >>"),
        ]
    )


def pdf_huge_page_count() -> bytes:
    """Claims a billion pages with one real one."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
            _page(),
        ]
    )


def pdf_flate_bomb() -> bytes:
    """A page's content stream inflates from a few hundred kilobytes to 200 MB of spaces."""
    packed = zlib.compress(b" " * (200 * MiB), 9)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(b" /Contents 4 0 R"),
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream",
        ]
    )


# --- Word --------------------------------------------------------------------------------


def _docx_with(part: str, transform: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(seed_file("docx"))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            copy.writestr(item.filename, transform(data) if item.filename == part else data)
    return out.getvalue()


_LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)


def docx_billion_laughs() -> bytes:
    """The classic entity expansion: nine levels of ten, a gigabyte from one kilobyte."""
    return _docx_with(
        "word/document.xml",
        lambda xml: xml.replace(b"?>", b"?>" + _LAUGHS, 1).replace(b"Section F", b"&lol9;", 1),
    )


def docx_entities_utf16() -> bytes:
    """The same expansion in UTF-16, which a byte search for '<!DOCTYPE' would miss."""

    def to_utf16(xml: bytes) -> bytes:
        text = xml.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
        text = text.replace("?>", "?>" + _LAUGHS.decode(), 1).replace("Section F", "&lol9;", 1)
        return text.encode("utf-16")

    return _docx_with("word/document.xml", to_utf16)


def docx_external_entity_in_rels() -> bytes:
    return _docx_with(
        "_rels/.rels",
        lambda xml: xml.replace(
            b"?>", b'?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1
        ),
    )


def docx_lying_sizes() -> bytes:
    """The document part inflates to 50 MB while its headers claim 1,000 bytes."""
    body = b'<?xml version="1.0"?><w:document>' + b" " * (50 * MiB) + b"</w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        local = archive.getinfo("word/document.xml").header_offset
    data = bytearray(buffer.getvalue())
    claimed = struct.pack("<I", 1000)
    data[local + 22 : local + 26] = claimed
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = claimed
    return bytes(data)


def _docx_patched(patch: Callable[[bytearray, zipfile.ZipInfo], None]) -> bytes:
    """The seed Word file with the bytes of its document part edited in place."""
    data = bytearray(seed_file("docx"))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    patch(data, info)
    return bytes(data)


def docx_corrupt_deflate() -> bytes:
    """The document part's compressed bytes are garbage: inflating it fails half-way."""

    def patch(data: bytearray, info: zipfile.ZipInfo) -> None:
        name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 :][:4])
        start = info.header_offset + 30 + name_length + extra_length
        data[start : start + 8] = b"\xff" * 8

    return _docx_patched(patch)


def docx_unknown_compression() -> bytes:
    """The document part claims compression method 99, which zipfile cannot unpack."""

    def patch(data: bytearray, info: zipfile.ZipInfo) -> None:
        data[info.header_offset + 8 : info.header_offset + 10] = struct.pack("<H", 99)
        central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02"))
        while central != -1:
            name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
            if data[central + 46 : central + 46 + name_length] == b"word/document.xml":
                data[central + 10 : central + 12] = struct.pack("<H", 99)
            central = data.find(b"PK\x01\x02", central + 4)

    return _docx_patched(patch)


def docx_many_entries() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(5000):
            archive.writestr(f"word/media/p{number}.xml", "")
    return buffer.getvalue()


# --- E-mail ------------------------------------------------------------------------------


def eml_deep_multipart(depth: int = 300) -> bytes:
    head = b"From: a@example.org\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (n, n)
        for n in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % n for n in reversed(range(depth)))
    return head + opening + b"Content-Type: text/plain\r\n\r\nInnermost words." + closing


def eml_thousands_of_attachments(count: int = 3000) -> bytes:
    tiny = [(f"n{number}.txt", b"x", "text/plain") for number in range(count)]
    return email_bytes("Many small parts.", attachments=tiny)


def eml_huge_header() -> bytes:
    return b"From: a@example.org\r\nSubject: " + b"x " * 500_000 + b"\r\n\r\nBody"


def eml_attached_bomb() -> bytes:
    """An e-mail carrying a zip-bomb Word file and an entity-expansion one."""
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return email_bytes(
        "See attached.",
        attachments=[
            ("plan.docx", zip_bomb_docx(), mime),
            ("laughs.docx", docx_billion_laughs(), mime),
        ],
    )


# --- Images ------------------------------------------------------------------------------


def _png(width: int, height: int, mode: int, idat: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, mode, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def png_declared_huge() -> bytes:
    """A few bytes claiming 100,000 by 100,000 pixels."""
    return _png(100_000, 100_000, 2, zlib.compress(b"\0" * 1000))


def png_decompression_bomb() -> bytes:
    """A valid 110-megapixel grey PNG (just under the cap) of a few hundred kilobytes."""
    width, height = 11_000, 10_000
    packer = zlib.compressobj(9)
    row = b"\0" * (width + 1)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    return _png(width, height, 0, idat)


def jpg_declared_huge() -> bytes:
    """A small JPEG whose frame header is edited to claim 65,500 by 65,500 pixels."""
    data = bytearray(seed_file("jpg"))
    frame = data.find(b"\xff\xc0")
    data[frame + 5 : frame + 9] = struct.pack(">HH", 65_500, 65_500)
    return bytes(data)


_CRAFTED: dict[str, list[tuple[str, Callable[[], bytes]]]] = {
    "pdf": [
        ("self-referencing-pages", pdf_self_referencing_pages),
        ("xref-loop", pdf_xref_loop),
        ("object-stream-loop", pdf_object_stream_loop),
        ("deep-nesting", pdf_deep_nesting),
        ("billion-pages", pdf_huge_page_count),
        ("flate-bomb", pdf_flate_bomb),
    ],
    "docx": [
        ("zip-bomb", zip_bomb_docx),
        ("billion-laughs", docx_billion_laughs),
        ("entities-utf16", docx_entities_utf16),
        ("external-entity", docx_external_entity_in_rels),
        ("lying-sizes", docx_lying_sizes),
        ("many-entries", docx_many_entries),
        ("corrupt-deflate", docx_corrupt_deflate),
        ("unknown-compression", docx_unknown_compression),
    ],
    "eml": [
        ("deep-multipart", eml_deep_multipart),
        ("thousands-of-attachments", eml_thousands_of_attachments),
        ("huge-header", eml_huge_header),
        ("attached-bombs", eml_attached_bomb),
    ],
    "png": [("declared-huge", png_declared_huge), ("decompression-bomb", png_decompression_bomb)],
    "jpg": [("declared-huge", jpg_declared_huge)],
}
