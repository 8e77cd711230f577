"""Reading PDF, Word and text files into ordered blocks with page numbers."""

import io
import re
import zipfile
from pathlib import Path

from ehcp_appeal.analysis.reading.blocks import Block, fold, strip_marker, unwrap_numbered_row
from ehcp_appeal.analysis.reading.pdf_layout import read_pdf_pages
from ehcp_appeal.analysis.reading.word_numbering import LetteredNumbering
from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.word_elements import body_parts, on_the_page, table_cells, table_rows

SUPPORTED = ("pdf", "docx", "txt")


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
        return read_pdf_pages(pdf)
    finally:
        pdf.close()


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
    numbering = LetteredNumbering(document)
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
        for run in on_the_page(p_el, qn("w:r")):
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
        text = "".join(parts)
        label = numbering.label(p_el)  # counted for every paragraph, shown before its text
        if label and text.strip():
            text = f"{label} {text}"
        return text, style, text_runs > 0 and bold_runs == text_runs, breaks

    for element in body_parts(document.element.body):
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
            for row in table_rows(element):
                cells: list[str] = []
                bold_cells = True
                for cell in table_cells(row):
                    lines = []
                    for p_el in on_the_page(cell, qn("w:p")):
                        text, _style, bold, breaks = paragraph_info(p_el)
                        page += breaks
                        if text.strip():
                            lines.append(fold(strip_marker(text)[0]))
                            bold_cells = bold_cells and bold
                    cells.append("\n".join(lines))
                if any(cells):
                    row = Block(
                        text=" | ".join(c for c in cells if c),
                        page=page,
                        kind="row",
                        cells=tuple(cells),
                        heading_hint=bold_cells,
                        table=table_no,
                    )
                    blocks.append(unwrap_numbered_row(row))
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
