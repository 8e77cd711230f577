"""A report's reading (items and sentence roles) turned into bytes and back, for keeping.

Reading a report and giving every sentence its role is most of a plan check's work, and it
depends on nothing but the report, so it is kept between checks (``services.analysis``).
JSON rather than pickle: a kept file is data, and a damaged or planted one can at worst be
refused, never run. Anything unexpected raises ValueError, and the caller reads afresh.
"""

import json
import zlib
from dataclasses import asdict, fields
from typing import Any

from ehcp_appeal.analysis.roles.report_items import ReportItem, RoleRecord
from ehcp_appeal.analysis.roles.sentence_roles import SentenceRole

ReportReading = tuple[list[ReportItem], list[RoleRecord]]

_ITEM_FIELDS = {field.name for field in fields(ReportItem)}
_ROLE_FIELDS = {field.name for field in fields(SentenceRole)}


def dump(reading: ReportReading) -> bytes:
    items, records = reading
    data = {
        "items": [asdict(item) for item in items],
        "records": [
            [record.text, record.document, record.page, asdict(record.role)] for record in records
        ],
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def load(data: bytes) -> ReportReading:
    """The reading ``dump`` made; ValueError for anything else."""
    try:
        found = json.loads(zlib.decompress(data).decode("utf-8"))
        items = [_item(entry) for entry in found["items"]]
        records = [
            RoleRecord(str(text), str(document), int(page), _role(role))
            for text, document, page, role in found["records"]
        ]
    except (zlib.error, UnicodeDecodeError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a kept reading: {error}") from error
    return items, records


def _item(entry: Any) -> ReportItem:
    if not isinstance(entry, dict) or set(entry) != _ITEM_FIELDS:
        raise ValueError("not a kept report item")
    return ReportItem(**entry)


def _role(entry: Any) -> SentenceRole:
    if not isinstance(entry, dict) or set(entry) != _ROLE_FIELDS:
        raise ValueError("not a kept sentence role")
    return SentenceRole(**entry)
