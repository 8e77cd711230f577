"""Provision written as labelled lines ("What: ...", "Who: ...", "When: ...") read as one record.

Some templates set out each provision as a short form rather than a table row: a
line for what is provided, then lines for who, when and for how long. A web-form
export puts each field label on a line of its own with the value on the next line;
the label and its value are one field all the same. Read one line
at a time, the "What" line would be judged without its frequency and the "When: As
appropriate" line would pass for a provision of its own. Grouped, a record becomes
a table row with a header, so it is quoted and judged exactly as a row is.
"""

import re

from ehcp_appeal.analysis.reading.blocks import Block

_FIELDS = {
    "Provision": r"what|provision|support|intervention|strategy|description|provision description",
    "Who": r"who|staff(?:ing)?(?: and ratio)?|by whom|delivered by|provided by|lead",
    "How often": r"when|frequency|how often|how much",
    "How long": r"how long|duration|length",
    "Group size": r"group size|ratio",
    "Why": r"why|reason|purpose|rationale",
    "Where": r"where|setting",
    "Review": r"review(?:ed by)?|monitoring",
}
_QUALIFIER = r"(?:\s*/\s*[a-z]+(?: [a-z]+)?)?"
"""A second word after a slash ("Frequency / amount") names the same field."""
_LABEL = re.compile(
    r"^(?P<label>(?:"
    + "|".join(_FIELDS.values())
    + r")"
    + _QUALIFIER
    + r")\s*[:–-]\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_INNER_LABEL = re.compile(
    r"\s(?=(?:delivered by|provided by|who|frequency|how often|duration|how long|group size|where"
    r"|linked outcome)\s*:)",
    re.IGNORECASE,
)
"""A second field run into the same line ("... every school day Delivered by: ...")."""
_OTHER_FIELD = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2})\s*:\s*(?P<value>\S.{0,80})$")
"""A field of the record the reader has no name for ("Linked outcome: E1")."""
_STARTS_RECORD = re.compile(
    r"^(?P<label>provision type|type of provision|provision area|area of need|category)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
"""A form's first field, naming the kind of provision before its description."""
_UPDATED = re.compile(r"^(?:last )?(?:updated|amended|edited)\b.{0,60}\b(?:by|on)\b", re.IGNORECASE)
"""A record's own stamp ("Last updated 11/11/2026 by ..."), not part of the provision."""
_SENTENCE_END = re.compile(r"[.;!?)]\s*$")
CARD_FIELDS = 2
"""Different known field labels a run of two-column rows needs to be read as cards."""
_CARD_LABEL = re.compile(r"^\s*[A-Z][a-z]+(?: [a-z]+){0,3}\s*:?\s*$")
"""A card's label cell: a few words, capital first, no sentence."""
_FIELD_CELL = re.compile(r"^\s*[A-Z][A-Za-z/ ]{1,30}:\s*$")
_LABEL_ONLY = re.compile(
    r"^(?P<label>" + "|".join(_FIELDS.values()) + r")\b(?:\s+(?:and|or|of|by|size|ratio|"
    r"duration|length|frequency|delivered|responsible|whom)){0,4}\s*:?$",
    re.IGNORECASE,
)


def _field(label: str) -> str:
    label = re.sub(_QUALIFIER + "$", "", label, flags=re.IGNORECASE) or label
    for name, pattern in _FIELDS.items():
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return name
    return label.title()


def _card_rows(blocks: list[Block]) -> set[int]:
    """Two-column rows set out as cards: label cells without colons ("Provision",
    "Delivered by", "How often"), a provision's label among them. A card may be cut by
    a page break into two tables, so a run of such rows is taken whatever its tables."""
    found: set[int] = set()
    run: list[int] = []
    for index, block in enumerate([*blocks, Block(text="", page=0)]):
        if block.kind == "row" and len(block.cells) == 2 and _CARD_LABEL.match(block.cells[0]):
            run.append(index)
            continue
        fields = {_field(blocks[row].cells[0].strip()) for row in run}
        if "Provision" in fields and len(fields & set(_FIELDS)) >= CARD_FIELDS:
            found.update(run)
        run = []
    return found


def _split_fields(blocks: list[Block]) -> list[Block]:
    """Blocks with fields run into one line split into a line each; a two-cell row whose
    first cell is a field label ("Delivered by: | Base teacher", or a card's "How often |
    Every lesson") read as that field's line."""
    out: list[Block] = []
    cards = _card_rows(blocks)
    for index, block in enumerate(blocks):
        if index in cards:
            label = block.cells[0].strip().rstrip(":")
            block = Block(text=f"{label}: {block.cells[1].strip()}", page=block.page)
        elif block.kind == "row" and len(block.cells) == 2 and _FIELD_CELL.match(block.cells[0]):
            block = Block(
                text=f"{block.cells[0].strip()} {block.cells[1].strip()}", page=block.page
            )
        if block.kind == "para" and _LABEL.match(block.text):
            parts = _INNER_LABEL.split(block.text)
            out.extend(Block(text=part.strip(), page=block.page) for part in parts if part.strip())
        else:
            out.append(block)
    return out


def _labelled(blocks: list[Block], index: int) -> tuple[str, str, int] | None:
    """(label, value, blocks used) for "Label: value", or a label line then its value line."""
    block = blocks[index]
    if block.kind != "para":
        return None
    match = _LABEL.match(block.text)
    if match is not None:
        return match.group("label"), match.group("value").strip(), 1
    match = _LABEL_ONLY.match(block.text.strip())
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if match is None or following is None or following.kind != "para":
        return None
    if _LABEL.match(following.text) or _LABEL_ONLY.match(following.text.strip()):
        return None
    return match.group("label"), following.text.strip(), 2


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

    blocks = _split_fields(list(blocks))
    index = 0
    while index < len(blocks):
        block = blocks[index]
        found = _labelled(blocks, index)
        starts = _STARTS_RECORD.match(block.text) if block.kind == "para" else None
        if found is None and starts is not None:
            flush()
            record.append((starts.group("label").title(), starts.group("value").strip(), block))
            index += 1
            continue
        if found is None and record and block.kind == "para" and not block.heading_hint:
            name, value, last = record[-1]
            if _UPDATED.match(block.text):
                index += 1  # the record's stamp: dropped, and the record is complete
                flush()
                continue
            if not _SENTENCE_END.search(value) and block.text[:1].islower():
                # the value runs on to the next line ("... with a teaching" / "assistant")
                record[-1] = (name, f"{value} {block.text.strip()}", last)
                index += 1
                continue
            other = _OTHER_FIELD.match(block.text.strip())
            if other is not None:
                record.append((other.group("label"), other.group("value"), block))
                index += 1
                continue
        if found is None:
            flush()
            grouped.append(block)
            index += 1
            continue
        label, value, used = found
        name = _field(label)
        if any(name == seen for seen, _value, _block in record) or (name == "Provision" and record):
            flush()
        record.append((name, value, blocks[index + used - 1]))
        index += used
    flush()
    return grouped
