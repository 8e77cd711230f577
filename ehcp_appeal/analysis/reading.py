"""Reading PDF, Word and text files into ordered blocks with page numbers."""

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from ehcp_appeal.analysis.blocks import Block, fold, strip_marker
from ehcp_appeal.errors import UnreadableFileError

SUPPORTED = ("pdf", "docx", "txt")
_STARTS_SECTION = re.compile(r"^\s*(?:section|part)\s+(?:[A-K]|H\s?[12])\b", re.IGNORECASE)
_CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…)\s*\d{1,3}$")


def read_path(path: Path) -> list[Block]:
    """Read a file from disk; any failure becomes one plain sentence naming the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError(f"{path.name}: the file does not exist.") from None
    except OSError as error:
        raise UnreadableFileError(
            f"{path.name}: the file could not be opened ({error.strerror})."
        ) from None
    return read_bytes(data, path.name, path.suffix.lstrip(".").lower())


def read_bytes(data: bytes, name: str, file_type: str) -> list[Block]:
    file_type = file_type.lower().lstrip(".")
    if file_type not in SUPPORTED:
        raise UnreadableFileError(
            f"{name}: only PDF, Word (.docx) and text files can be checked, not '.{file_type}'."
        )
    try:
        if file_type == "pdf":
            blocks = _read_pdf(data, name)
        elif file_type == "docx":
            blocks = _read_docx(data, name)
        else:
            blocks = _read_txt(data, name)
    except UnreadableFileError:
        raise
    except Exception:
        raise UnreadableFileError(
            f"{name}: the file is damaged or is not really a {file_type.upper()} file."
        ) from None
    if not any(block.text for block in blocks):
        raise UnreadableFileError(
            f"{name}: no text could be read from it (it may be a scan without a text layer)."
        )
    return blocks


# ---------------------------------------------------------------------------- PDF


def _read_pdf(data: bytes, name: str) -> list[Block]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise UnreadableFileError(
                f"{name}: the PDF is password-protected; save an unprotected copy and try again."
            ) from None
        raise UnreadableFileError(f"{name}: the PDF is damaged and cannot be read.") from None
    try:
        pages = [_page_lines(pdf[index].get_textpage()) for index in range(len(pdf))]
    finally:
        pdf.close()
    pages = _drop_running_lines(pages)
    blocks: list[Block] = []
    for page_no, lines in enumerate(pages, start=1):
        blocks.extend(_join_lines(lines, page_no))
    return blocks


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    left: float
    right: float
    size: float = 0.0

    @property
    def height(self) -> float:
        return self.top - self.bottom


def _page_lines(textpage: Any) -> list["_Line"]:
    """Group pdfium's text rectangles into visual lines, top to bottom."""
    import pypdfium2.raw as pdfium_c

    segments = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            char = textpage.get_index(left + 0.5, (top + bottom) / 2, 2, 2)
            size = (
                pdfium_c.FPDFText_GetFontSize(textpage.raw, char)
                if char is not None and char >= 0
                else 0.0
            )
            segments.append(
                _Line(text.replace("\r", " ").replace("\n", " "), top, bottom, left, right, size)
            )
    segments.sort(key=lambda seg: (-seg.top, seg.left))
    lines: list[_Line] = []
    for seg in segments:
        middle = (seg.top + seg.bottom) / 2
        for line in lines[-3:]:
            if line.bottom <= middle <= line.top:
                line.text = (
                    f"{line.text} {seg.text}"
                    if seg.left >= line.left
                    else f"{seg.text} {line.text}"
                )
                line.left, line.right = min(line.left, seg.left), max(line.right, seg.right)
                line.top, line.bottom = max(line.top, seg.top), min(line.bottom, seg.bottom)
                break
        else:
            lines.append(_Line(seg.text, seg.top, seg.bottom, seg.left, seg.right, seg.size))
    for line in lines:
        line.text = fold(line.text)
    return lines


def _middle(line: _Line) -> float:
    return (line.top + line.bottom) / 2


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", fold(line)).lower()


def _drop_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove headers and footers: lines near a page edge that recur on most pages."""
    if len(pages) < 2:
        return pages
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_line_key(line.text) for line in lines[:3] + lines[-3:]})
    threshold = max(2, (len(pages) + 1) // 2)
    running = {key for key, count in counts.items() if count >= threshold}
    cleaned = []
    for lines in pages:
        edge = {id(line) for line in lines[:3] + lines[-3:]}
        cleaned.append(
            [line for line in lines if not (id(line) in edge and _line_key(line.text) in running)]
        )
    return cleaned


def _join_lines(lines: list[_Line], page_no: int) -> list[Block]:
    """Re-join lines wrapped by the layout into paragraphs, using the page geometry.

    A paragraph ends where the vertical gap to the next line is clearly wider than the
    usual gap between wrapped lines, where the font size changes, or where the next
    line starts with a bullet or a paragraph number. Larger text is a heading hint.
    """
    if not lines:
        return []
    heights = sorted(line.height for line in lines)
    body_height = heights[len(heights) // 2]
    pitches = sorted(
        round(_middle(a) - _middle(b), 1)
        for a, b in pairwise(lines)
        if 0 < _middle(a) - _middle(b) < 3 * body_height
    )
    usual_pitch = pitches[len(pitches) // 4] if pitches else body_height * 1.4
    widest = max(line.right for line in lines)
    sizes = sorted(line.size for line in lines)
    body_size = sizes[len(sizes) // 2]
    blocks: list[Block] = []
    current: list[_Line] = []
    number = ""
    bullet = False

    def flush() -> None:
        if current:
            text = fold(" ".join(line.text for line in current))
            big = min(line.size for line in current) > body_size * 1.1
            blocks.append(
                Block(text=text, page=page_no, number=number, bullet=bullet, heading_hint=big)
            )
            current.clear()

    previous: _Line | None = None
    for line in lines:
        stripped, line_number, line_bullet = strip_marker(line.text)
        new_para = previous is None or (
            _middle(previous) - _middle(line) > usual_pitch * 1.18
            or _middle(previous) - _middle(line) < 0
            or line_number
            or line_bullet
            or _STARTS_SECTION.match(line.text)
            or _CONTENTS_ENTRY.search(previous.text)
            or previous.right < widest * 0.6
            or abs(previous.size - line.size) > 0.1 * max(previous.size, line.size, 1.0)
            or (
                previous.right < widest * 0.85
                and previous.text.rstrip().endswith((".", ":", "?", "!"))
            )
        )
        if new_para:
            flush()
            number, bullet = line_number, line_bullet
        current.append(_Line(stripped, line.top, line.bottom, line.left, line.right, line.size))
        previous = line
    flush()
    return blocks


# --------------------------------------------------------------------------- DOCX


def _read_docx(data: bytes, name: str) -> list[Block]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn

    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise UnreadableFileError(
                f"{name}: the Word file is encrypted or in the old .doc format; "
                "save it as an unprotected .docx and try again."
            )
        raise UnreadableFileError(f"{name}: the Word file is damaged and cannot be read.")
    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise UnreadableFileError(f"{name}: the Word file is damaged and cannot be read.") from None
    styles = {style.style_id: style.name for style in document.styles}
    page = 1
    blocks: list[Block] = []
    table_no = 0

    def paragraph_info(p_el: object) -> tuple[str, str, bool, int]:
        """Text, style name, all-bold flag and page breaks of one w:p element."""
        breaks = 0
        ppr = p_el.find(qn("w:pPr"))  # type: ignore[attr-defined]
        style = ""
        if ppr is not None:
            style_el = ppr.find(qn("w:pStyle"))
            if style_el is not None:
                style = styles.get(style_el.get(qn("w:val")), style_el.get(qn("w:val")) or "")
            if ppr.find(qn("w:pageBreakBefore")) is not None:
                breaks += 1
        parts: list[str] = []
        bold_runs = 0
        text_runs = 0
        for run in p_el.iter(qn("w:r")):  # type: ignore[attr-defined]
            run_text = []
            for child in run:
                if child.tag == qn("w:t"):
                    run_text.append(child.text or "")
                elif child.tag == qn("w:tab"):
                    run_text.append("\t")
                elif child.tag == qn("w:br"):
                    if child.get(qn("w:type")) == "page":
                        breaks += 1
                    else:
                        run_text.append("\n")
            joined = "".join(run_text)
            if joined.strip():
                text_runs += 1
                rpr = run.find(qn("w:rPr"))
                bold = rpr is not None and rpr.find(qn("w:b")) is not None
                if bold and rpr.find(qn("w:b")).get(qn("w:val")) in (None, "1", "true", "on"):
                    bold_runs += 1
            parts.append(joined)
        return "".join(parts), style, text_runs > 0 and bold_runs == text_runs, breaks

    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            text, style, bold, breaks = paragraph_info(element)
            if text.strip():
                body, number, bullet = strip_marker(text)
                is_list = "list" in style.lower() or element.find(".//" + qn("w:numPr")) is not None
                blocks.append(
                    Block(
                        text=fold(body),
                        page=page,
                        heading_hint=style.lower().startswith(("heading", "title")) or bold,
                        number=number,
                        bullet=bullet or is_list,
                        style=style,
                    )
                )
            page += breaks
        elif element.tag == qn("w:tbl"):
            table_no += 1
            for row in element.iter(qn("w:tr")):
                cells: list[str] = []
                bold_cells = True
                for cell in row.findall(qn("w:tc")):
                    lines = []
                    for p_el in cell.iter(qn("w:p")):
                        text, _style, bold, breaks = paragraph_info(p_el)
                        page += breaks
                        if text.strip():
                            lines.append(fold(strip_marker(text)[0]))
                            bold_cells = bold_cells and bold
                    cells.append("\n".join(lines))
                if any(cells):
                    blocks.append(
                        Block(
                            text=" | ".join(c for c in cells if c),
                            page=page,
                            kind="row",
                            cells=tuple(cells),
                            heading_hint=bold_cells,
                            table=table_no,
                        )
                    )
    return blocks


# ---------------------------------------------------------------------------- TXT


def _read_txt(data: bytes, name: str) -> list[Block]:
    if b"\x00" in data[:4096]:
        raise UnreadableFileError(f"{name}: this is not a plain text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    blocks: list[Block] = []
    for page_no, page_text in enumerate(text.split("\f"), start=1):
        for para in re.split(r"\n\s*\n", page_text):
            for line_group in _split_list_lines(para):
                body, number, bullet = strip_marker(line_group)
                if body.strip():
                    blocks.append(
                        Block(text=fold(body), page=page_no, number=number, bullet=bullet)
                    )
    return blocks


def _split_list_lines(para: str) -> list[str]:
    """Lines starting with markers are list items; a short line ends an item or heading."""
    groups: list[str] = []
    previous_short = True
    for line in (line for line in para.splitlines() if line.strip()):
        _body, number, bullet = strip_marker(line)
        if not groups or number or bullet or previous_short:
            groups.append(line.strip())
        else:
            groups[-1] += " " + line.strip()
        previous_short = len(line.strip()) < 60
    return groups
