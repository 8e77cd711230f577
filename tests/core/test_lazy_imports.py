"""Start-up loads only what it uses: ``--help`` and an everyday command on a current data
folder import no migration tool, no Word, no calendar library and no plan check.

Each check runs in a fresh interpreter and reads ``sys.modules`` at the end, so a module
imported by anything on the way (a new top-level import in a service, say) is caught.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

DENIED = ("alembic", "docx", "icalendar", "holidays", "ehcp_appeal.analysis")

# Run the command line as ``python -m ehcp_appeal ARGS`` does, then list what was loaded.
CLI_SCRIPT = """
import runpy, sys
out, sys.argv = sys.argv[1], ["ehcp_appeal", *sys.argv[2:]]
try:
    runpy.run_module("ehcp_appeal", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
with open(out, "w", encoding="utf-8") as handle:
    handle.write("\\n".join(sorted(sys.modules)))
"""


def loaded_by_cli(tmp_path: Path, *args: str) -> set[str]:
    listing = tmp_path / "modules.txt"
    done = subprocess.run(
        [sys.executable, "-c", CLI_SCRIPT, str(listing), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert listing.exists(), done.stderr
    return set(listing.read_text(encoding="utf-8").split())


def denied(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == d or m.startswith(f"{d}.") for d in DENIED))


def test_help_loads_no_feature_module(tmp_path: Path) -> None:
    modules = loaded_by_cli(tmp_path, "--help")
    assert "ehcp_appeal.cli" in modules  # the listing is real
    assert denied(modules) == []
    core = {m for m in modules if m.startswith("ehcp_appeal")}
    assert core <= {"ehcp_appeal", "ehcp_appeal.__main__", "ehcp_appeal.cli", "ehcp_appeal.errors"}
    assert not any(m.startswith(("sqlalchemy", "sqlmodel")) for m in modules)


@pytest.mark.parametrize(
    ("args", "module", "needed"),
    [
        (("case", "list"), "cases", ()),
        (("search", "--all-cases", "therapy"), "evidence", ()),
        (("deadlines", "--event", "decision_letter=2026-01-10"), "deadlines", ("holidays",)),
    ],
)
def test_everyday_commands_on_a_current_folder_load_no_migration_tool(
    tmp_path: Path, data_home: Path, args: tuple[str, ...], module: str, needed: tuple[str, ...]
) -> None:
    from ehcp_appeal.db.database import open_database

    open_database(data_home).close()  # migrated now: no migration is due for the command
    modules = loaded_by_cli(tmp_path, *args)
    assert f"ehcp_appeal.cli.{module}" in modules
    assert {m.split(".")[0] for m in denied(modules)} == set(needed)


def test_a_command_loads_only_its_own_module(tmp_path: Path) -> None:
    modules = loaded_by_cli(tmp_path, "case", "--help")
    assert "ehcp_appeal.cli.cases" in modules
    assert not {"ehcp_appeal.cli.evidence", "ehcp_appeal.cli.deadlines"} & modules


def test_the_table_matches_what_each_module_registers() -> None:
    """COMMANDS names each command's module and help line; the module must agree."""
    import argparse
    import importlib

    from ehcp_appeal.cli import COMMANDS, PlainParser

    for module in {module for module, _help in COMMANDS.values()}:
        subparsers = PlainParser().add_subparsers(parser_class=PlainParser)
        importlib.import_module(f"ehcp_appeal.cli.{module}").register(subparsers)
        registered = {action.dest: action.help for action in subparsers._choices_actions}
        listed = {name: help for name, (mod, help) in COMMANDS.items() if mod == module}
        assert registered == listed, module
        assert isinstance(subparsers, argparse._SubParsersAction)
