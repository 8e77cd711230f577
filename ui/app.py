"""Starts the desktop app: options, the Qt application, the data folder and the main window."""

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from ehcp_appeal import paths
from ehcp_appeal.db.backups import backup_if_due
from ehcp_appeal.db.server import DATABASE_URL_ENV
from ehcp_appeal.errors import AppError
from ehcp_appeal.progress import Progress
from ui.context import AppContext, AppEvents
from ui.dialogs.passphrase_dialog import open_data_folder
from ui.first_paint import exit_at_first_paint_if_asked
from ui.idle_lock import IdleLock
from ui.main_window import MIN_SIZE, MainWindow
from ui.pages.registry import PAGE_KEYS
from ui.tasks import TaskRunner

SETTLE_MS = 800


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="main.py", description="EHCP Appeal: prepare an EHC plan appeal, offline."
    )
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh copy of the fictional sample case"
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="save the window as PNG and exit")
    parser.add_argument("--page", choices=PAGE_KEYS, help="the page to show (with --screenshot)")
    parser.add_argument(
        "--size", type=window_size, metavar="WxH", help="the window size, e.g. 1024x640"
    )
    return parser.parse_args(argv)


def window_size(text: str) -> tuple[int, int]:
    """'1024x640' as (1024, 640); argparse turns the ValueError into exit 2 and one line."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1024x640")
    size = int(width), int(height)
    if not (MIN_SIZE[0] <= size[0] <= 8000 and MIN_SIZE[1] <= size[1] <= 8000):
        raise argparse.ArgumentTypeError(
            f"the window can be from {MIN_SIZE[0]}x{MIN_SIZE[1]} to 8000x8000, not {text}"
        )
    return size


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(11)
    app.setFont(font)
    style = paths.resources_dir() / "styles" / "app.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def seed_demo(context: AppContext) -> str:
    """Build the sample case off the GUI thread while a progress dialog shows."""
    dialog = QProgressDialog("Preparing the sample case…", "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle("EHCP Appeal")
    dialog.setMinimumDuration(500)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def job(progress: Progress) -> str:
        from ehcp_appeal import demo

        return demo.seed_demo_case(context.db, progress)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(message)

    task = context.runner.start(
        job,
        on_success=lambda case_id: outcome.update(case_id=case_id),
        on_failure=lambda message: outcome.update(error=message),
        on_progress=progressed,
        owner=dialog,
    )
    task.signals.finished.connect(loop.quit)
    loop.exec()
    dialog.close()
    if "error" in outcome:
        raise AppError(str(outcome["error"]))
    return str(outcome["case_id"])


def take_screenshot(app: QApplication, window: MainWindow, out: Path) -> None:
    """Let pending layout and background work settle, then save exactly what is shown."""
    app.processEvents()
    window.context.runner.pool.waitForDone(60_000)
    settle = QEventLoop()
    QTimer.singleShot(SETTLE_MS, settle.quit)  # results delivered, previews rendered
    settle.exec()
    window.context.runner.pool.waitForDone(60_000)
    app.processEvents()
    if not window.grab().save(str(out)):
        raise AppError(f"Could not write the screenshot to {out}.")


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not args.demo:
        return _run(args)
    from ehcp_appeal import demo  # the sample case brings the plan check with it

    home = demo.new_demo_home()
    os.environ[paths.HOME_ENV] = str(home)
    os.environ.pop(DATABASE_URL_ENV, None)  # the sample case never goes to a team's server
    try:
        return _run(args)
    finally:
        demo.remove_demo_home(home)


def _run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("EHCP Appeal")
    exit_at_first_paint_if_asked(app)
    apply_style(app)
    try:
        db = open_data_folder(paths.data_dir(), offer_encryption=not args.demo)
    except AppError as error:
        QMessageBox.critical(None, "EHCP Appeal", error.message)
        return 2
    if db is None:
        return 0
    context = AppContext(db=db, runner=TaskRunner(), events=AppEvents())
    window = MainWindow(context)
    if args.size:
        window.resize(*args.size)
    if db.encrypted:
        IdleLock(window, db.root)
    window.show()
    try:
        if args.demo:
            window.open_case(seed_demo(context))
            window.cases_page.refresh()
        if args.page:
            window.show_page(args.page)
        if args.screenshot:
            take_screenshot(app, window, Path(args.screenshot))
            window.close()
            return 0
        code = app.exec()
        with contextlib.suppress(AppError, OSError):  # a failed daily copy must not block quitting
            backup_if_due(db)
        return code
    except AppError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        context.runner.pool.waitForDone(10_000)
        db.close()
