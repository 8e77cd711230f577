"""`main.py --self-test`: the core's self-test, then the window drawn once off screen.

In a frozen build the Qt plugins (platforms, image formats, the PDF module) are the parts
most easily left out, so the window is actually built and saved as a picture.
"""

import os
import sys
import tempfile
from pathlib import Path

from ehcp_appeal.selftest import run_self_test as run_core_self_test


def run_self_test() -> int:
    status = run_core_self_test()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import run

    with tempfile.TemporaryDirectory(prefix="ehcp-self-test-") as folder:
        picture = Path(folder) / "window.png"
        try:
            drawn = run(["--demo", "--screenshot", str(picture), "--page", "bundle"])
        except Exception as error:  # report, never crash: this is a diagnostic
            print(f"FAILED  window: {error}")
            return 1
        if drawn != 0 or not picture.is_file() or picture.stat().st_size < 10_000:
            print("FAILED  window: the main window could not be drawn")
            return 1
        print(f"ok      window: drawn off screen ({picture.stat().st_size // 1024} KB picture)")
    print("All checks passed." if status == 0 else "Some checks failed.")
    return status


if __name__ == "__main__":
    sys.exit(run_self_test())
