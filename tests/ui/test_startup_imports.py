"""The window opens without loading what only later work needs: the migration tool (the
data folder is current), Word, the calendar libraries, the plan check, and the pages it
is not showing."""

import subprocess
import sys
from pathlib import Path

from ehcp_appeal.db.database import open_database
from tests.core.test_lazy_imports import ROOT, denied

# Open the window as main.py does and, at its first paint, list what has been loaded.
WINDOW_SCRIPT = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
out = sys.argv[1]

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "MainWindow":
            with open(out, "w", encoding="utf-8") as handle:
                handle.write("\\n".join(sorted(sys.modules)))
            os._exit(0)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
from ui.app import run
run([])
"""


def test_the_window_starts_without_the_modules_it_does_not_need(
    tmp_path: Path, data_home: Path
) -> None:
    open_database(data_home).close()  # an existing, current data folder with no cases
    listing = tmp_path / "modules.txt"
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT, str(listing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert listing.exists(), done.stderr
    modules = set(listing.read_text(encoding="utf-8").split())
    assert "ui.main_window" in modules and "PySide6.QtWidgets" in modules
    assert denied(modules) == []
    # the PDF makers load when a bundle or a council report is made, not with the window
    assert not any(m.startswith(("reportlab", "pypdf")) for m in modules)
    # only the page shown at the start is built; the others load when first opened
    pages = {m for m in modules if m.startswith("ui.pages.") and m.endswith("_page")}
    assert pages == {"ui.pages.cases_page"}
