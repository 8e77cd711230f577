"""What the Evidence page does to one document: save details, read again, trash and restore."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ehcp_appeal.progress import Progress
from ehcp_appeal.services import evidence
from ehcp_appeal.services.evidence import DocumentInfo
from ui.context import AppContext
from ui.widgets.document_details import NEEDS_TEXT


class DocumentActions(QObject):
    """Runs each change off the GUI thread, then tells every page the case's documents changed.

    ``message`` is a sentence for the user about how it went; ``trashed`` and ``restored``
    carry the document's id so the page can offer Undo and reselect it.
    """

    message = Signal(str)
    failed = Signal(str)
    trashed = Signal(str)
    restored = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def save(self, case_id: str, doc_id: str, fields: dict[str, Any]) -> None:
        def saved(doc: DocumentInfo) -> None:
            self._changed(case_id, f"Saved the details of '{doc.title}'.")

        db = self.context.db
        self._run(lambda _p: evidence.update_metadata(db, doc_id, **fields), saved)

    def reread(self, case_id: str, doc_id: str) -> None:
        """Read the stored original again, as after installing Tesseract; details are kept."""

        def reread(doc: DocumentInfo) -> None:
            if doc.text_status in NEEDS_TEXT:
                self._changed(case_id, f"Read '{doc.title}' again, but still found no words.")
            else:
                self._changed(case_id, f"Read '{doc.title}' again: its words can be searched.")

        self.message.emit("Reading the text again…")
        db = self.context.db
        self._run(lambda progress: evidence.reread_document(db, doc_id, progress), reread)

    def trash(self, case_id: str, doc_id: str, title: str) -> None:
        def moved(_ids: list[str]) -> None:
            self.trashed.emit(doc_id)
            self._changed(case_id, f"Moved '{title}' to the trash.")

        db = self.context.db
        self._run(lambda _p: evidence.move_to_trash(db, doc_id), moved)

    def restore(self, case_id: str, doc_id: str) -> None:
        def back(_ids: list[str]) -> None:
            self.restored.emit(doc_id)
            self._changed(case_id, "The document is back.")

        db = self.context.db
        self._run(lambda _p: evidence.restore_from_trash(db, doc_id), back)

    def _changed(self, case_id: str, message: str) -> None:
        self.message.emit(message)
        self.context.events.documents_changed.emit(case_id)

    def _run(self, job: Callable[[Progress], Any], on_success: Callable[[Any], None]) -> None:
        self.context.runner.start(job, on_success, self.failed.emit, owner=self)
