"""Score sentence roles on evaluation sets: is each report sentence taken or left out rightly?

Usage: python benchmarks/score_set_roles.py SET_DIR [SET_DIR ...]

An evaluation set's truth names every need and recommendation in its reports (these must
be taken) and the sentences that look like one but are not (``non_needs``: reasons,
results, history, comments on the plan...; these must be left out). Each is looked up
among the sentences the report reader gave a role, by the largest share of its words a
read sentence holds, or, when the reader split it into sentences, by its pieces together
(taken if any piece is); one not read at all counts as wrong. Reading the reports alone, the
figure does not depend on whether the plan was read.
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.reading.reading import read_path
from ehcp_appeal.analysis.roles.report_items import read_report

FOUND = 0.8
"""Share of a truth sentence's words a read sentence must hold to be the same sentence."""


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


def best_record(text: str, records: list[dict]) -> dict | None:
    """The read sentence that holds the truth sentence; or, when the reader split it (a
    table cell or a quotation of several sentences), its pieces together, taken when any
    piece is taken."""
    wanted = words(text)
    best, best_share = None, 0.0
    for record in records:
        held = set(words(record["text"]))
        share = sum(word in held for word in wanted) / max(1, len(wanted))
        if share > best_share:
            best, best_share = record, share
    if best_share >= FOUND:
        return best
    return _pieces(wanted, records)


def _pieces(wanted: list[str], records: list[dict]) -> dict | None:
    """The read sentences lying wholly inside the truth sentence, if they cover it."""
    inside = set(wanted)
    pieces = [
        record
        for record in records
        if (own := words(record["text"])) and sum(w in inside for w in own) / len(own) >= FOUND
    ]
    covered = {word for record in pieces for word in words(record["text"])}
    if not pieces or sum(word in covered for word in wanted) / max(1, len(wanted)) < FOUND:
        return None
    taken = [record for record in pieces if record["taken"]]
    return taken[0] if taken else pieces[0]


def score_case(folder: Path) -> tuple[int, int, list[str]]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    records: dict[str, list[dict]] = {}
    for name in truth["reports"]:
        _, read = read_report(read_path(folder / name), name)
        records[name] = [record.to_json() for record in read]
    wanted = [(item["report"], item["text"], True) for item in truth["needs"]]
    wanted += [(item["report"], item["text"], False) for item in truth.get("non_needs", [])]
    right, misses = 0, []
    for report, text, taken in wanted:
        record = best_record(text, records.get(report, []))
        if record is not None and record["taken"] == taken:
            right += 1
            continue
        got = "not read" if record is None else f"{record['role']} ({record['cue']})"
        misses.append(f"{'take' if taken else 'leave'}: {text[:80]} -> {got}")
    return right, len(wanted), misses


def main() -> None:
    total_right = total = 0
    for set_dir in map(Path, sys.argv[1:]):
        for folder in sorted(p for p in set_dir.iterdir() if (p / "truth.json").exists()):
            right, count, misses = score_case(folder)
            total_right, total = total_right + right, total + count
            print(f"{folder.name}: roles {right}/{count} ({right / max(1, count):.1%})")
            for miss in misses:
                print(f"    {miss}")
    print(
        f"OVERALL: roles taken or left out rightly {total_right}/{total} "
        f"({total_right / max(1, total):.1%})"
    )


if __name__ == "__main__":
    main()
