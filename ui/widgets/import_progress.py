"""One running import of evidence files: its progress bar, its Cancel button, its report."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from ehcp_appeal import settings
from ehcp_appeal.services import evidence
from ehcp_appeal.services.evidence import ImportReport
from ehcp_appeal.wording import count
from ui.context import AppContext
from ui.tasks import Task

FILE_FILTER = "Evidence (*.pdf *.docx *.txt *.eml *.jpg *.jpeg *.png);;All files (*)"


def import_summary(report: ImportReport) -> str:
    """One short paragraph a parent can read at a glance; details follow line by line."""
    parts = [f"Imported {count(len(report.imported), 'document')}."]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} already in this case.")
    if report.failures:
        parts.append(f"{len(report.failures)} could not be imported:")
    if report.cancelled:
        parts.append("Stopped at your request; the documents imported so far are kept.")
    lines = [" ".join(parts)]
    lines += [f"• {f.describe()}" for f in report.failures]
    return "\n".join(lines)


class ImportProgress(QWidget):
    """Runs one import at a time off the GUI thread; visible only while it runs.

    A forty-file import takes a while, so the user sees each file's name and can stop
    between files; what was imported before stopping is kept.
    """

    message = Signal(str)
    imported = Signal(str, str)  # case id, id of the first document imported
    running_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        self.cancel_button = QPushButton("&Cancel import")
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.setVisible(False)

    def ask(self, case_id: str) -> None:
        """Let the user choose files, then import them into the case."""
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import evidence", str(self.start_folder()), FILE_FILTER
        )
        if names:
            settings.put(settings.LAST_IMPORT_FOLDER, str(Path(names[0]).parent))
            self.start(case_id, [Path(name) for name in names])

    @staticmethod
    def start_folder() -> Path:
        """The user's Documents folder, then the last folder imported from."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return settings.import_folder(Path(documents) if documents else Path.home())

    def start(self, case_id: str, paths: list[Path]) -> bool:
        """Import ``paths`` into the case; False when an import is already running."""
        if self.task is not None:
            return False
        self.progress.setRange(0, max(1, len(paths)))
        self.progress.setValue(0)
        self.setVisible(True)
        self.message.emit("Importing…")

        def done(report: ImportReport) -> None:
            self.message.emit(import_summary(report))
            if report.imported:
                self.context.events.documents_changed.emit(case_id)
                self.imported.emit(case_id, report.imported[0].id)

        def step(done_count: int, total: int, name: str) -> None:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done_count)
            if name:
                self.message.emit(f"Reading {name} ({done_count + 1} of {total})…")

        db = self.context.db
        self.task = self.context.runner.start(
            lambda progress: evidence.import_files(db, case_id, paths, progress=progress),
            done,
            self.message.emit,
            step,
            owner=self,
        )
        self.task.signals.finished.connect(self._finished)
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.message.emit("Stopping after the current file…")

    def _finished(self) -> None:
        self.task = None
        self.setVisible(False)
        self.running_changed.emit(False)
