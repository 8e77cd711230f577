"""The text inside a rectangle of a PDF page, with one call into pdfium instead of two.

pypdfium2's ``get_text_bounded`` asks pdfium for the length of the text, then for the
text, and pdfium walks every character of the page both times; the layout reader asks
once for each run of text, so on a long report that was most of the reading. Here one
call fills a buffer big enough for any rectangle of the page. pdfium then also writes
the closing NUL, which ``get_text_bounded`` leaves out, so it is dropped; the text is
otherwise the same, decoded the same way. The rectangles and the character at a point
are read the same way, into buffers kept for the page instead of new ones each time,
and so is a character's font (size, and whether it is bold), asked once per run of text.
Most runs no longer need a walk of their own: ``pdf_runs`` reads them from the page's text
as a whole, with ``page_text`` and ``char_box``, and comes here for the rest.
"""

import ctypes
import re
from typing import Any

_BOLD = 600  # font weight from which text is bold
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_NAME_SIZE = 128


class BoundedText:
    """Reads rectangles of one text page."""

    def __init__(self, textpage: Any) -> None:
        import pypdfium2.raw as pdfium_c

        self._textpage = textpage
        self._call = pdfium_c.FPDFText_GetBoundedText
        # A rectangle's text is its characters plus line breaks between lines: at most
        # three code units a character.
        self._size = 3 * max(0, textpage.count_chars()) + 16
        self._buffer = (ctypes.c_ushort * self._size)()
        self._get_rect = pdfium_c.FPDFText_GetRect
        self._char_at = pdfium_c.FPDFText_GetCharIndexAtPos
        self._edges = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(edge) for edge in self._edges]
        self._font_size = pdfium_c.FPDFText_GetFontSize
        self._font_weight = pdfium_c.FPDFText_GetFontWeight
        self._font_info = pdfium_c.FPDFText_GetFontInfo
        self._name = ctypes.create_string_buffer(_NAME_SIZE)
        self._flags = ctypes.c_int(0)
        self._flags_ref = ctypes.byref(self._flags)
        self._get_text = pdfium_c.FPDFText_GetText
        self._char_box = pdfium_c.FPDFText_GetCharBox
        self._box_refs = [self._refs[0], self._refs[2], self._refs[3], self._refs[1]]
        self._boxes: dict[int, tuple[float, float, float, float] | None] = {}

    def rect(self, index: int) -> tuple[float, float, float, float]:
        """What ``textpage.get_rect(index)`` gives: left, bottom, right, top."""
        left, top, right, bottom = self._refs
        if not self._get_rect(self._textpage.raw, index, left, top, right, bottom):
            return tuple(self._textpage.get_rect(index))  # raises pypdfium2's error
        return (
            self._edges[0].value,
            self._edges[3].value,
            self._edges[2].value,
            self._edges[1].value,
        )

    def char_at(self, x: float, y: float, x_tol: float, y_tol: float) -> int | None:
        """What ``textpage.get_index(x, y, x_tol, y_tol)`` gives."""
        index = int(self._char_at(self._textpage.raw, x, y, x_tol, y_tol))
        if index == -1:
            return None
        if index < 0:
            return self._textpage.get_index(x, y, x_tol, y_tol)  # raises pypdfium2's error
        return index

    def text(self, left: float, bottom: float, right: float, top: float) -> str:
        """What ``textpage.get_text_bounded(left, bottom, right, top)`` gives."""
        count = self._call(self._textpage.raw, left, top, right, bottom, self._buffer, self._size)
        if count <= 0:
            return ""
        if count >= self._size:  # cannot happen by the bound above; read it the long way
            return str(self._textpage.get_text_bounded(left, bottom, right, top))
        text = ctypes.string_at(self._buffer, 2 * count).decode("utf-16-le", errors="ignore")
        return text[:-1] if text.endswith("\x00") else text

    def font(self, char: int) -> tuple[float, bool]:
        """The font size of a character, and whether it is bold: by weight, by the
        force-bold flag, or by the font's name ("Arial-BoldMT")."""
        raw = self._textpage.raw
        size = float(self._font_size(raw, char))
        if self._font_weight(raw, char) >= _BOLD:
            return size, True
        self._flags.value = 0
        self._name.value = b""
        self._font_info(raw, char, self._name, _NAME_SIZE, self._flags_ref)
        name = self._name.value.decode("latin-1")
        return size, bool(self._flags.value & _FORCE_BOLD) or bool(_BOLD_NAME.search(name))

    def char_box(self, index: int) -> tuple[float, float, float, float] | None:
        """A character's box as pdfium placed it (left, bottom, right, top), or None.
        Kept: the last character of one run is asked about again beside the next."""
        if index in self._boxes:
            return self._boxes[index]
        box = None
        if self._char_box(self._textpage.raw, index, *self._box_refs):
            edges = self._edges
            box = (edges[0].value, edges[3].value, edges[2].value, edges[1].value)
        self._boxes[index] = box
        return box

    def page_text(self) -> str | None:
        """Every character of the page in order, one code unit each, or None when pdfium
        leaves some out or a character takes two code units (then indexes would not match)."""
        count = max(0, self._textpage.count_chars())
        if count == 0 or count + 1 > self._size:
            return None
        written = self._get_text(self._textpage.raw, 0, count, self._buffer)
        if written != count + 1:
            return None
        text = ctypes.string_at(self._buffer, 2 * count).decode("utf-16-le", errors="replace")
        return text if len(text) == count else None
