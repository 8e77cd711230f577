"""``main.py --demo --screenshot`` renders the real window on the sample case and exits."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("page", ["cases", "evidence"])
def test_demo_screenshot_is_written_for_a_page(tmp_path: Path, page: str) -> None:
    out = tmp_path / f"{page}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("EHCP_APPEAL_HOME", None)  # --demo must make its own fresh data folder
    result = subprocess.run(
        [sys.executable, "main.py", "--demo", "--screenshot", str(out), "--page", page],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 600


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800), (1920, 1080)])
def test_screenshots_have_the_size_asked_for(tmp_path: Path, size: tuple[int, int]) -> None:
    """Also proves no page forces the window larger than a small laptop screen."""
    out = tmp_path / "plan.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("EHCP_APPEAL_HOME", None)
    result = subprocess.run(
        [sys.executable, "main.py", "--demo", "--screenshot", str(out), "--page", "plan-check",
         "--size", f"{size[0]}x{size[1]}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == size


@pytest.mark.parametrize("size", ["big", "1024", "10x10", "1024x"])
def test_a_bad_size_is_refused_in_one_line(tmp_path: Path, size: str) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(tmp_path / "x.png"), "--size", size],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "--size" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_an_unknown_page_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(tmp_path / "x.png"), "--page", "nope"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert not (tmp_path / "x.png").exists()
