"""House styles for the evaluation documents: every constant that makes one set look unlike
another (dates, fonts, sizes, margins, colours, page furniture) as data, so that one renderer
(``evaluation_kit.sectioned.write_docx`` / ``write_pdf``) draws every set.

A document names its style (``Doc(style="headed")``); the default is "sectioned". A new
look is a new ``Style`` here, never a copy of the renderer. Changing a value changes the
bytes of every set that uses the style: ``check_identical.py`` shows which.

PDF paragraph styles are keyword arguments of reportlab's ``ParagraphStyle`` in which
``fontName`` may be "reg", "bold" or "ital" (the document's serif or sans family) and a
colour may be "accent" (the document's accent), "grey", "white" or "#RRGGBB".
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Table commands for reportlab; ("HEAD",) stands for the header row's background.
HEAD = ("HEAD",)


@dataclass(frozen=True)
class Style:
    # --- both formats
    fixed: tuple[int, int, int, int, int, int] = (2026, 5, 11, 9, 30, 0)  # every timestamp
    head_fill: str = "D9E2F3"  # header row of a ruled table (.docx)
    # --- .docx
    revision: int = 1
    margin_lr: float = 2.2  # cm
    margin_tb: float | None = 2.0  # cm; None keeps the template's
    serif: str = "Cambria"
    sans: str = "Arial"
    size: float = 10.5
    space_after: float = 6
    heading_sizes: tuple[tuple[int, float], ...] = ((1, 14), (2, 12), (3, 11))
    footer_align: str = "CENTER"
    # bold one-line kinds: size, bold, italic (None: not set), accent colour, space
    # before / after (pt), keep with next
    looks: dict = field(
        default_factory=lambda: {
            "org": dict(size=12, bold=True, accent=True),
            "small": dict(size=8.5, bold=False, after=0),
            "title": dict(size=16, bold=True, accent=True),
            "b": dict(size=11, bold=True, keep=True, before=8),
        }
    )
    cell_size: float = 9.5
    cell_after: float | None = 2  # space after each paragraph of a table cell
    np_indent: float = 1.0  # hanging indent (cm) of ("np", ...)
    onum_indent: float = 1.0  # hanging indent (cm) of ("onum", ...)
    # --- .pdf
    pdf_base: dict = field(default_factory=lambda: dict(fontSize=10.5, leading=14, spaceAfter=6))
    pdf_styles: dict = field(default_factory=lambda: dict(SECTIONED_PDF))
    pdf_keep_paragraphs: bool = False  # wrap each text paragraph in KeepTogether
    pdf_margin_lr: float = 2.2  # cm
    pdf_margin_tb: float = 2.0  # cm
    pdf_avail_less: float = 4.4  # table width is the page width less this (cm) ...
    pdf_grid_width: float | None = None  # ... or this fixed width (cm)
    pdf_rules: tuple = (
        ("GRID", (0, 0), (-1, -1), 0.6, "#505050"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        HEAD,
    )
    pdf_head_bg: str = "#D9E2F3"
    pdf_table_gap: float = 10
    pdf_producer: str | None = None  # None keeps reportlab's
    # page furniture: font (None: the body's), size, colour; the header drawn from the
    # "left" margin or flush "right", the footer "centre"d or from the "left" margin;
    # heights in cm from the top (header) and bottom (footer). {n} and {m} in a footer
    # (and in a header when format_header) are the page number and the page count.
    furniture_font: str | None = None
    furniture_size: float = 8
    furniture_colour: str = "#555555"
    header_at: tuple[str, float, float] = ("left", 2.2, 1.2)
    footer_at: tuple[str, float] = ("centre", 1.1)
    format_header: bool = False


SECTIONED_PDF: dict = {
    "org": dict(fontName="bold", fontSize=13, textColor="accent", spaceAfter=2),
    "small": dict(fontSize=8.5, leading=11, spaceAfter=0, textColor="grey"),
    "title": dict(fontName="bold", fontSize=16, leading=20, spaceBefore=8),
    "h1": dict(
        fontName="bold", fontSize=14, leading=18, spaceBefore=12, textColor="accent", keepWithNext=1
    ),
    "h2": dict(fontName="bold", fontSize=12, leading=15, spaceBefore=8, keepWithNext=1),
    "h3": dict(fontName="bold", fontSize=11, leading=14, spaceBefore=6, keepWithNext=1),
    "b": dict(fontName="bold", spaceBefore=6, keepWithNext=1),
    "p": {},
    "u": dict(spaceBefore=6, keepWithNext=1),
    "i": dict(fontName="ital"),
    "bul": dict(leftIndent=16, bulletIndent=4, spaceAfter=3),
    "lab": dict(leftIndent=14, spaceAfter=2),
    "band": dict(fontName="bold", fontSize=12, leading=15, textColor="white"),
    "cell": dict(fontSize=9.5, leading=12, spaceAfter=0),
    "cellb": dict(fontName="bold", fontSize=9.5, leading=12, spaceAfter=0),
    "np": dict(leftIndent=30, bulletIndent=0),
    "onum": dict(leftIndent=30, bulletIndent=0),
    "flab": dict(fontName="bold", fontSize=9.5, leading=12, spaceAfter=1, textColor="#333333"),
    "fval": dict(leftIndent=8, spaceAfter=7),
    "cover": dict(fontName="bold", fontSize=20, leading=28, alignment=1),
    "sig": dict(spaceAfter=0),  # a signature block's lines sit together
}

SECTIONED = Style()

# Set A: Calibri with a green accent, running "Page n of m" furniture on some plans, every
# PDF paragraph kept whole, plan sections drawn as letter tables.
LETTERED = Style(
    fixed=(2026, 3, 2, 10, 0, 0),
    head_fill="DCE8DF",
    margin_lr=2.0,
    margin_tb=1.8,
    serif="Calibri",
    sans="Calibri",
    size=11,
    space_after=5,
    heading_sizes=((1, 13), (2, 11.5), (3, 11)),
    footer_align="RIGHT",
    looks={
        "org": dict(size=12, bold=True, italic=False),
        "title": dict(size=15, bold=True, italic=False),
        "sub": dict(size=9.5, bold=False, italic=True),
        "bh": dict(size=11.5, bold=True, italic=False, keep=True, before=10),
    },
    cell_size=10,
    np_indent=1.1,
    onum_indent=0.8,
    pdf_base=dict(fontSize=10.5, leading=13.5, spaceAfter=5),
    pdf_styles={
        "org": dict(fontName="bold", fontSize=12.5, textColor="accent"),
        "title": dict(fontName="bold", fontSize=15, leading=19, spaceBefore=4),
        "sub": dict(fontSize=9.5, leading=12, textColor="#444444"),
        "h1": dict(
            fontName="bold",
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            keepWithNext=1,
            textColor="accent",
        ),
        "h2": dict(fontName="bold", fontSize=11, leading=14, spaceBefore=7, keepWithNext=1),
        "h3": dict(fontName="bold", fontSize=10.5, spaceBefore=5, keepWithNext=1),
        "bh": dict(fontName="bold", fontSize=11, spaceBefore=8, keepWithNext=1),
        "p": {},
        "i": dict(fontName="ital"),
        "bul": dict(leftIndent=16, bulletIndent=5, spaceAfter=3),
        "np": dict(leftIndent=30, bulletIndent=0),
        "onum": dict(leftIndent=30, bulletIndent=0),
        "cell": dict(fontSize=9, leading=11, spaceAfter=0),
        "cellb": dict(fontName="bold", fontSize=9, leading=11, spaceAfter=0),
        "letter": dict(fontName="bold", fontSize=16, leading=19, spaceAfter=0),
        "sig": dict(spaceAfter=0),
    },
    pdf_keep_paragraphs=True,
    pdf_margin_lr=2.0,
    pdf_margin_tb=1.9,
    pdf_avail_less=4.0,
    pdf_rules=(
        ("GRID", (0, 0), (-1, -1), 0.5, "#7D8C84"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        HEAD,
    ),
    pdf_head_bg="#DCE8DF",
    pdf_table_gap=8,
    furniture_font="Helvetica",
    furniture_size=7.5,
    header_at=("right", 2.0, 1.2),
    footer_at=("left", 1.1),
    format_header=True,
)

# Sets F and G: Calibri, plain headings, fixed-width tables with pale green header rows.
HEADED = Style(
    fixed=(2026, 3, 2, 10, 15, 0),
    head_fill="DCE8E2",
    revision=3,
    margin_lr=2.3,
    margin_tb=None,
    serif="Calibri",
    size=11,
    heading_sizes=((1, 15), (2, 12.5)),
    looks={
        "title": dict(size=17, bold=True, accent=True),
        "org": dict(size=12, bold=True, accent=True),
        "small": dict(size=8.5, bold=False, after=0),
        "b": dict(size=11.5, bold=True, keep=True, before=10),
    },
    cell_after=None,
    pdf_styles={
        "title": dict(fontName="bold", fontSize=16, leading=20, spaceAfter=8, textColor="accent"),
        "org": dict(fontName="bold", fontSize=12.5, textColor="accent", spaceAfter=2),
        "small": dict(fontSize=8.5, leading=11, spaceAfter=0, textColor="grey"),
        "h1": dict(fontName="bold", fontSize=13.5, leading=17, spaceBefore=12, textColor="accent"),
        "h2": dict(fontName="bold", fontSize=11.5, leading=15, spaceBefore=6),
        "b": dict(fontName="bold", spaceBefore=6),
        "p": {},
        "i": dict(fontName="ital"),
        "bul": dict(leftIndent=18, bulletIndent=6, spaceAfter=3),
        "onum": dict(leftIndent=24, bulletIndent=0, spaceAfter=4),
        "cell": dict(fontSize=9.5, leading=12, spaceAfter=0),
        "cellb": dict(fontName="bold", fontSize=9.5, leading=12, spaceAfter=0),
    },
    pdf_margin_tb=2.2,
    pdf_grid_width=16.5,
    pdf_rules=(
        ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
        HEAD,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ),
    pdf_head_bg="#E4ECE8",
    pdf_table_gap=8,
    pdf_producer="",
    furniture_colour="grey",
    header_at=("left", 2.2, 1.3),
    footer_at=("centre", 1.2),
)

# The second kind set: the sectioned look, plus the signature blocks and letter tables its
# letters and plans use, with its own timestamp and "Page n of m" in running heads.
FOLDER = Style(
    fixed=(2026, 12, 4, 9, 0, 0),
    pdf_styles={
        **SECTIONED_PDF,
        "sig": dict(spaceAfter=0),
        "letter": dict(fontName="bold", fontSize=16, leading=19, spaceAfter=0),
    },
    format_header=True,
)

STYLES = {"sectioned": SECTIONED, "lettered": LETTERED, "headed": HEADED, "folder": FOLDER}
