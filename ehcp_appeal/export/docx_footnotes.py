"""Real Word footnotes for python-docx, which has no footnote API of its own.

The tribunal asks for each change's evidence as a footnote, and a footnote Word and
LibreOffice number, place at the foot of the page and keep with their reference is
only possible with the footnotes part (``word/footnotes.xml``): its relationship from
the document, its content type, the two separator footnotes every reader expects,
and a ``w:footnoteReference`` run where each note is cited. Formatting is direct
(superscript reference, 10-point note) so no extra styles are needed.
"""

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from docx.text.run import Run

FOOTNOTES_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_EMPTY = f"""<w:footnotes xmlns:w="{_W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"
 w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"
 w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
</w:footnotes>"""
NOTE_SIZE_HALF_POINTS = 20  # 10-point footnote text


class Footnotes:
    """The document's footnotes part; ``add`` cites a new note after a paragraph's runs."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        part = next(
            (rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FOOTNOTES),
            None,
        )
        if part is None:
            part = XmlPart(
                PackURI("/word/footnotes.xml"),
                FOOTNOTES_CONTENT_TYPE,
                parse_xml(_EMPTY),
                document.part.package,
            )
            document.part.relate_to(part, RT.FOOTNOTES)
            self._declare_in_settings()
        if not isinstance(part, XmlPart):
            raise ValueError("footnotes can only be added to a document this module created")
        self.root: BaseOxmlElement = part.element
        ids = [int(note.get(qn("w:id"))) for note in self.root.findall(qn("w:footnote"))]
        self.next_id = max([0, *ids]) + 1

    def _declare_in_settings(self) -> None:
        """Word expects the separators named in the settings' footnote properties."""
        settings = self.document.settings.element
        if settings.find(qn("w:footnotePr")) is not None:
            return
        properties = parse_xml(
            f'<w:footnotePr xmlns:w="{_W}"><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
            "</w:footnotePr>"
        )
        anchor = settings.find(qn("w:compat"))
        if anchor is not None:
            anchor.addprevious(properties)
        else:
            settings.append(properties)

    def add(self, paragraph: Paragraph, text: str, font: str) -> int:
        """Put a footnote reference at the end of ``paragraph`` and the note in the part."""
        note_id = self.next_id
        self.next_id += 1
        reference: Run = paragraph.add_run()
        reference.font.superscript = True
        reference._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{_W}" w:id="{note_id}"/>'))
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
        note = parse_xml(
            f'<w:footnote xmlns:w="{_W}" w:id="{note_id}"><w:p>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:rPr>{fonts}<w:sz w:val="{NOTE_SIZE_HALF_POINTS}"/>'
            '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr>{fonts}<w:sz w:val="{NOTE_SIZE_HALF_POINTS}"/></w:rPr>'
            f'<w:t xml:space="preserve"> {escaped}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
        self.root.append(note)
        return note_id


def footnote_texts(document: DocxDocument) -> dict[int, str]:
    """Each real footnote's id and text (separators left out), for reading a document back."""
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            part = rel.target_part
            root = part.element if isinstance(part, XmlPart) else parse_xml(part.blob)
            notes = {}
            for note in root.findall(qn("w:footnote")):
                if note.get(qn("w:type")) in ("separator", "continuationSeparator"):
                    continue
                text = "".join(t.text or "" for t in note.iter(qn("w:t")))
                notes[int(note.get(qn("w:id")))] = text.strip()
            return notes
    return {}
