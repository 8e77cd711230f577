"""Benchmark: how fast the command line and the window start (goals: ``--help`` within 6
times a bare ``python -c pass``; the window's first paint under 0.8 s with warm caches).

Run: .venv/bin/python benchmarks/startup_speed.py [--runs N] [--compare DIR]

Both figures are whole processes, launch to exit (``--help``) or launch to the first paint
of the main window on a data folder with no cases (created beforehand, so no migration is
due), with warm caches: the warm-up run also leaves compiled bytecode, as an installed app
has. The commands run in turn, A B A B, so that the ratio is taken pair by pair and a
machine that speeds up or slows down during the run does not bias it. The first round of
each is a warm-up and is not counted. ``--compare DIR`` times another checkout of the app
(an older version, say) the same way, in turn with this one, and prints both: on a busy
machine the ratio between the two is the figure to trust.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Run in a child: open the window exactly as main.py does, print the monotonic clock at
# the window's first paint and leave at once. CLOCK_MONOTONIC is system-wide, so the
# parent can subtract the moment it launched the child.
WINDOW_CHILD = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "MainWindow":
            print(f"painted {time.monotonic():.6f}", flush=True)
            os._exit(0)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
from ui.app import run
run([])
"""


def timed(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    started = time.monotonic()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    return time.monotonic() - started


def time_to_paint(env: dict[str, str], cwd: Path = ROOT) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_CHILD],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    stamp = next(line for line in done.stdout.splitlines() if line.startswith("painted "))
    return float(stamp.split()[1]) - started


def prepared(home: Path, tree: Path) -> dict[str, str]:
    """An empty, current data folder for the app in ``tree``, and the environment to use it."""
    home.mkdir()
    env = dict(os.environ, EHCP_APPEAL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm caches include compiled bytecode
    script = "from ehcp_appeal.db.database import open_database; open_database().close()"
    subprocess.run([sys.executable, "-c", script], cwd=tree, env=env, check=True)
    return env


def ms(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:6.0f} ms  "
        f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="counted runs of each command")
    parser.add_argument("--compare", type=Path, metavar="DIR", help="another checkout to time")
    args = parser.parse_args()
    trees = {"this": ROOT} | ({"other": args.compare.resolve()} if args.compare else {})
    with tempfile.TemporaryDirectory() as scratch:
        envs = {name: prepared(Path(scratch) / name, tree) for name, tree in trees.items()}
        helps: dict[str, list[float]] = {name: [] for name in trees}
        paints: dict[str, list[float]] = {name: [] for name in trees}
        bare_times: list[float] = []
        ratios: list[float] = []
        for run in range(args.runs + 1):
            bare = timed([sys.executable, "-c", "pass"], envs["this"])
            for name, tree in trees.items():
                cli = timed([sys.executable, "-m", "ehcp_appeal", "--help"], envs[name], tree)
                paint = time_to_paint(envs[name], tree)
                if run:
                    helps[name].append(cli)
                    paints[name].append(paint)
                    if name == "this":
                        ratios.append(cli / bare)
            if run:
                bare_times.append(bare)

    ratio = statistics.median(ratios)
    paint = statistics.median(paints["this"])
    print(f"python -c pass                 {ms(bare_times)}")
    print(f"python -m ehcp_appeal --help   {ms(helps['this'])}")
    print(f"--help / bare Python: {ratio:.1f} times (goal within 6): {_verdict(ratio < 6)}")
    print(f"window first paint             {ms(paints['this'])}")
    print(f"first paint goal under 0.8 s: {_verdict(paint < 0.8)}")
    if args.compare:
        print(f"{args.compare}:")
        print(f"  --help                       {ms(helps['other'])}")
        print(f"  window first paint           {ms(paints['other'])}")
        pairs = zip(paints["this"], paints["other"], strict=True)
        print(f"first paint, this / other: {statistics.median(a / b for a, b in pairs):.2f}")


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


if __name__ == "__main__":
    main()
