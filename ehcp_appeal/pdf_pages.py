"""Opening a PDF page as it is shown, with what was typed into its form fields.

A plan or a form (a draft plan sent for comments, the tribunal's appeal form) may be a
fillable PDF whose answers live in form fields, not in the page's text: text extraction
alone reads every heading and none of the answers. Pages with fields are flattened in
memory first (the file itself is never changed), so the evidence store and the plan check
read what a person sees on the page.
"""

from typing import Any


def page_as_shown(document: Any, index: int) -> Any:
    """Page ``index`` of a pypdfium2 document, its form fields drawn into its content."""
    import pypdfium2.raw as pdfium_c

    page = document[index]
    if not _has_fields(page, pdfium_c):
        return page
    if pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) != pdfium_c.FLATTEN_SUCCESS:
        return page
    page.close()  # pdfium shows the flattened content only on a page loaded afresh
    return document[index]


def _has_fields(page: Any, pdfium_c: Any) -> bool:
    count = pdfium_c.FPDFPage_GetAnnotCount(page.raw)
    for number in range(count):
        annotation = pdfium_c.FPDFPage_GetAnnot(page.raw, number)
        if not annotation:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annotation) == pdfium_c.FPDF_ANNOT_WIDGET:
                return True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annotation)
    return False
