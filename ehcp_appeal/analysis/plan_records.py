"""Provision written as labelled lines ("What: ...", "Who: ...", "When: ...") read as one record.

Some templates set out each provision as a short form rather than a table row: a
line for what is provided, then lines for who, when and for how long. Read one line
at a time, the "What" line would be judged without its frequency and the "When: As
appropriate" line would pass for a provision of its own. Grouped, a record becomes
a table row with a header, so it is quoted and judged exactly as a row is.
"""

import re

from ehcp_appeal.analysis.blocks import Block

_FIELDS = {
    "Provision": r"what|provision|support|intervention|strategy",
    "Who": r"who|staff(?:ing)?|by whom|delivered by|provided by|lead",
    "How often": r"when|frequency|how often",
    "How long": r"how long|duration|length",
    "Group size": r"group size|ratio",
    "Where": r"where|setting",
    "Review": r"review(?:ed by)?|monitoring",
}
_LABEL = re.compile(
    r"^(?P<label>" + "|".join(_FIELDS.values()) + r")\s*[:–-]\s*(?P<value>\S.*)$", re.IGNORECASE
)


def _field(label: str) -> str:
    for name, pattern in _FIELDS.items():
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return name
    return label.title()


def group_records(blocks: tuple[Block, ...] | list[Block]) -> list[Block]:
    """Runs of labelled paragraphs with a "What"/"Provision" line become header + row pairs."""
    grouped: list[Block] = []
    record: list[tuple[str, str, Block]] = []

    def flush() -> None:
        fields = [name for name, _value, _block in record]
        if len(record) >= 2 and "Provision" in fields:
            table = -1000 - len(grouped)
            page = record[0][2].page
            values = tuple(value for _name, value, _block in record)
            grouped.append(
                Block(
                    text=" | ".join(fields), page=page, kind="row", cells=tuple(fields), table=table
                )
            )
            grouped.append(
                Block(text=" | ".join(values), page=page, kind="row", cells=values, table=table)
            )
        else:
            grouped.extend(block for _name, _value, block in record)
        record.clear()

    for block in blocks:
        match = _LABEL.match(block.text) if block.kind == "para" else None
        if match is None:
            flush()
            grouped.append(block)
            continue
        name = _field(match.group("label"))
        if any(name == seen for seen, _value, _block in record) or (name == "Provision" and record):
            flush()
        record.append((name, match.group("value").strip(), block))
    flush()
    return grouped
