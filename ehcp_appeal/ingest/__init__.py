"""Reading untrusted evidence files into text per page and metadata, safely."""

from ehcp_appeal.ingest.filetypes import SUFFIX_TYPES, SUPPORTED_DESCRIPTION, is_supported
from ehcp_appeal.ingest.ocr import ocr_available
from ehcp_appeal.ingest.pipeline import ReadDocument, read_document

__all__ = [
    "SUFFIX_TYPES",
    "SUPPORTED_DESCRIPTION",
    "ReadDocument",
    "is_supported",
    "ocr_available",
    "read_document",
]
