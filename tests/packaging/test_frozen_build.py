"""The Linux one-folder build is made from this checkout and passes its own self-test."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(1200)
@pytest.mark.skipif(
    not (os.environ.get("CI") == "true" or os.environ.get("EHCP_APPEAL_BUILD_TEST") == "1")
    or shutil.which("dpkg-query") is None,
    reason="builds the installer (about a minute): runs in CI, or set EHCP_APPEAL_BUILD_TEST=1",
)
def test_linux_build_runs_its_self_test() -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    for check in ("data folder", "import", "plan check", "bundle", "working document", "window"):
        assert f"ok      {check}:" in output, output[-3000:]
    assert "All checks passed." in output
    assert (ROOT / "dist" / "ehcp-appeal-linux-x86_64.tar.gz").stat().st_size > 10_000_000
