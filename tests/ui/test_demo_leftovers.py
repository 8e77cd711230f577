"""A ``--demo`` run removes its temporary data folder when it ends."""

import os
import subprocess
import sys
from pathlib import Path

from ehcp_appeal.demo import DEMO_PREFIX

ROOT = Path(__file__).resolve().parents[2]


def test_demo_run_leaves_no_folder_behind(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "deadlines.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    env.pop("EHCP_APPEAL_HOME", None)
    result = subprocess.run(
        [sys.executable, "main.py", "--demo", "--screenshot", str(out), "--page", "deadlines"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()
    assert list(temp.glob(DEMO_PREFIX + "*")) == []
