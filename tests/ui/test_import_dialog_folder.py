"""The import dialog opens in the user's Documents folder, then in the last folder used."""

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ui.context import AppContext
from ui.widgets.import_progress import ImportProgress


def test_import_dialog_starts_in_documents_then_the_last_folder(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    letters = tmp_path / "letters"
    letters.mkdir()
    opened: list[str] = []

    def choose(_parent: object, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        opened.append(folder)
        return [str(letters / "missing.pdf")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    widget = ImportProgress(context)
    qtbot.addWidget(widget)
    monkeypatch.setattr(widget, "start", lambda case_id, paths: True)
    widget.ask("case")
    widget.ask("case")
    assert opened == [str(documents), str(letters)]
