"""The core must stay usable without Qt: the CLI, tests and a future server import it alone."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import ehcp_appeal

ROOT = Path(__file__).resolve().parents[2]


def core_modules() -> list[str]:
    names = ["ehcp_appeal"]
    for module in pkgutil.walk_packages(ehcp_appeal.__path__, "ehcp_appeal."):
        if ".migrations" in module.name:
            continue
        names.append(module.name)
    return names


def test_every_core_module_imports_without_pulling_in_qt() -> None:
    modules = core_modules()
    assert len(modules) > 10
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_no_core_source_mentions_pyside() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ehcp_appeal").rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
