"""Loading the analysis word lists, which ship as data under resources/analysis/."""

import json
import re
from functools import cache
from typing import Any

from ehcp_appeal.analysis.pattern_index import PatternTable
from ehcp_appeal.paths import resources_dir


@cache
def load(name: str) -> dict[str, Any]:
    """One JSON lexicon, read once per process; the data can change without code changes."""
    path = resources_dir() / "analysis" / f"{name}.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@cache
def compiled(name: str, key: str) -> dict[str, re.Pattern[str]]:
    """A ``{label: [pattern, ...]}`` table as one alternation per label."""
    table = load(name)[key]
    return {
        label: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for label, patterns in table.items()
    }


@cache
def compiled_label(name: str, key: str, label: str) -> re.Pattern[str]:
    """One label of ``compiled``: a table's other labels cost time to compile, unused."""
    patterns = load(name)[key][label]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def indexed(name: str, key: str) -> PatternTable:
    """The table of ``compiled``, searched through an index of its literals: the same
    matches, several times faster on long tables (see pattern_index)."""
    return PatternTable(load(name)[key], re.IGNORECASE)
