"""Demo data folders: each run owns one; folders of runs that have ended are swept away."""

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ehcp_appeal import demo


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def _ended_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="asks the OS whether a process lives")
def test_sweep_removes_folders_of_ended_runs_only(temp_root: Path) -> None:
    ended = temp_root / f"{demo.DEMO_PREFIX}ended"
    ended.mkdir()
    (ended / demo.OWNER_FILE).write_text(str(_ended_pid()))
    mine = demo.new_demo_home()
    unrelated = temp_root / "someone-elses-folder"
    unrelated.mkdir()
    assert not ended.exists()  # swept when the new home was made
    assert mine.is_dir() and (mine / demo.OWNER_FILE).read_text() == str(os.getpid())
    assert unrelated.is_dir()
    assert demo.sweep_stale_demo_homes() == []  # this run's folder is in use


def test_a_folder_without_owner_is_swept_only_when_old(temp_root: Path) -> None:
    old = temp_root / f"{demo.DEMO_PREFIX}old"
    old.mkdir()
    assert demo.sweep_stale_demo_homes() == []
    later = dt.datetime.now() + demo.STALE_AFTER + dt.timedelta(minutes=1)
    assert demo.sweep_stale_demo_homes(later) == [old]
    assert not old.exists()


def test_remove_demo_home_only_removes_demo_folders(temp_root: Path, tmp_path: Path) -> None:
    home = demo.new_demo_home()
    other = temp_root / "keep-me"
    other.mkdir()
    demo.remove_demo_home(other)
    assert other.is_dir()
    demo.remove_demo_home(home)
    assert not home.exists()
