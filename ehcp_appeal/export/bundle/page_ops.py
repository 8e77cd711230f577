"""Page-level work on the assembled bundle without ever parsing a page's content.

Each page's own content is wrapped in ``q ... Q`` and small streams are added around it:
a scale-and-centre matrix when a page is not A4, and the bundle page number on top. This
costs microseconds a page and keeps fonts, images and the text layer exactly as they were.
"""

from dataclasses import dataclass

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    RectangleObject,
)

A4_WIDTH, A4_HEIGHT = 595.276, 841.89
TOLERANCE = 0.03  # Letter and slightly-off A4 pages are left alone rather than rescaled
STAMP_FONT = "/FBndl"
STAMP_SIZE = 11
MARGIN = 22


@dataclass(frozen=True)
class Geometry:
    """The page's box in user space and its rotation after normalising."""

    x0: float
    y0: float
    width: float
    height: float
    rotation: int


class PageWorker:
    """Shared objects (the font, the opening ``q``) made once per bundle."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self.font = self._add(
            DictionaryObject({
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica-Bold"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            })
        )  # fmt: skip
        self.open_q = self._stream(b"q\n")

    def _add(self, obj: PdfObject) -> IndirectObject:
        # pypdf 7 keeps this private; one wrapper so an API change costs one line.
        return self.writer._add_object(obj)

    def _stream(self, data: bytes) -> IndirectObject:
        stream = DecodedStreamObject()
        stream.set_data(data)
        return self._add(stream)

    def finish(self, page: DictionaryObject, label: str) -> Geometry:
        """Normalise the page to A4 portrait and stamp ``label`` at its foot, right."""
        geometry, matrix = normalise(page)
        contents = page.raw_get("/Contents") if "/Contents" in page else None
        items: list[PdfObject] = []
        if contents is not None:
            resolved = contents.get_object()
            items = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
        prefix = [self.open_q]
        if matrix is not None:
            prefix.append(self._stream(b"%s cm\n" % _numbers(matrix)))
        stamp = self._stream(b"Q\n" + stamp_operators(geometry, label))
        page[NameObject("/Contents")] = ArrayObject([*prefix, *items, stamp])
        self._font_resource(page)
        return geometry

    def _font_resource(self, page: DictionaryObject) -> None:
        if "/Resources" not in page:
            page[NameObject("/Resources")] = DictionaryObject()
        resources = page["/Resources"].get_object()
        if not isinstance(resources, DictionaryObject):  # broken: give the page its own
            resources = page[NameObject("/Resources")] = DictionaryObject()
        if "/Font" not in resources:
            resources[NameObject("/Font")] = DictionaryObject()
        fonts = resources["/Font"].get_object()
        if not isinstance(fonts, DictionaryObject):
            fonts = resources[NameObject("/Font")] = DictionaryObject()
        fonts[NameObject(STAMP_FONT)] = self.font


def _box(page: DictionaryObject) -> tuple[float, float, float, float]:
    key = "/CropBox" if "/CropBox" in page else "/MediaBox"
    box = RectangleObject(page[key]) if key in page else RectangleObject([0, 0, 612, 792])  # type: ignore[arg-type]
    x0, x1 = sorted((float(box[0]), float(box[2])))
    y0, y1 = sorted((float(box[1]), float(box[3])))
    return x0, y0, x1, y1


def normalise(page: DictionaryObject) -> tuple[Geometry, tuple[float, ...] | None]:
    """Turn landscape pages a quarter turn and fit other sizes to A4, never cropping.

    Returns the page's geometry afterwards and the matrix to put before its content
    (None when the page is already A4 in one orientation or the other).
    """
    x0, y0, x1, y1 = _box(page)
    width, height = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    rotation = int(page.get("/Rotate", 0) or 0) % 360 // 90 * 90
    sideways = rotation in (90, 270)
    if (height > width) == sideways and width != height:  # shows as landscape: turn it
        rotation = (rotation + 90) % 360
        sideways = not sideways
    page[NameObject("/Rotate")] = NumberObject(rotation)
    target_w, target_h = (A4_HEIGHT, A4_WIDTH) if sideways else (A4_WIDTH, A4_HEIGHT)
    if abs(width - target_w) <= TOLERANCE * target_w and abs(height - target_h) <= (
        TOLERANCE * target_h
    ):
        return Geometry(x0, y0, width, height, rotation), None
    scale = min(target_w / width, target_h / height, 1.0)  # shrink to fit, never enlarge
    tx = (target_w - scale * width) / 2 - scale * x0
    ty = (target_h - scale * height) / 2 - scale * y0
    a4 = RectangleObject([0, 0, target_w, target_h])
    page[NameObject("/MediaBox")] = a4
    page[NameObject("/CropBox")] = a4
    for key in ("/TrimBox", "/BleedBox", "/ArtBox"):
        if key in page:
            del page[key]
    return Geometry(0.0, 0.0, target_w, target_h, rotation), (scale, 0, 0, scale, tx, ty)


def _numbers(values: tuple[float, ...]) -> bytes:
    return b" ".join(b"%.4f" % value for value in values)


def visual_matrix(geometry: Geometry) -> tuple[float, ...]:
    """Maps upright, as-displayed coordinates to the page's user space."""
    g = geometry
    return {
        0: (1, 0, 0, 1, g.x0, g.y0),
        90: (0, 1, -1, 0, g.width + g.x0, g.y0),
        180: (-1, 0, 0, -1, g.width + g.x0, g.height + g.y0),
        270: (0, -1, 1, 0, g.x0, g.height + g.y0),
    }[g.rotation]


def text_width(text: str, size: float = STAMP_SIZE) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, "Helvetica-Bold", size))


def stamp_operators(geometry: Geometry, label: str) -> bytes:
    """The label in a small white box at the foot of the page, on the right, upright."""
    visual_width = geometry.height if geometry.rotation in (90, 270) else geometry.width
    width = text_width(label)
    x = visual_width - MARGIN - width
    y = 14.0
    pad = 3.0
    box = (x - pad, y - pad, width + 2 * pad, STAMP_SIZE + 2 * pad - 1)
    escaped = label.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"q %s cm 1 g 0 G 0.5 w %s re B 0 g BT %s %d Tf %.2f %.2f Td (%s) Tj ET Q\n" % (
        _numbers(visual_matrix(geometry)),
        _numbers(box),
        STAMP_FONT.encode(),
        STAMP_SIZE,
        x,
        y + 1,
        escaped.encode("cp1252", "replace"),
    )
