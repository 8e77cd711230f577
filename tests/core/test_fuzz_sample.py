"""A fast sample of hostile files per format through the real import: nothing escapes.

The same generator as benchmarks/fuzz_import.py (which runs hundreds per format), with
a fixed seed so a failure here is the same file every time.
"""

import hashlib
from pathlib import Path, PurePath

import pytest
from sqlmodel import select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.integrity import check_folder
from ehcp_appeal.db.models import Document, Page
from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest import word
from ehcp_appeal.ingest.sandbox import Limits
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.fuzz_inputs import (
    FORMATS,
    docx_corrupt_deflate,
    docx_unknown_compression,
    samples,
    seed_file,
)

SEED = 20260
MUTATIONS_PER_FORMAT = 4
LIMITS = Limits(wall_seconds=30, cpu_seconds=20)


def _stored(db: Database) -> dict[str, tuple[str, str]]:
    """Every document's original hash (as re-read from the store) and its page text."""
    out = {}
    with db.session() as session:
        for document in session.exec(select(Document)).all():
            pages = session.exec(
                select(Page.text).where(Page.document_id == document.id).order_by(Page.page_no)
            ).all()
            read = hashlib.sha256(db.store.read_bytes(document.sha256)).hexdigest()
            out[document.id] = (read, "\f".join(pages))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_files_are_refused_in_one_line_and_change_nothing_stored(
    db: Database, tmp_path: Path, fmt: str
) -> None:
    case_id = create_case(db, CaseDetails(name="Sam")).id
    earlier_folder = tmp_path / "earlier"
    earlier_folder.mkdir()
    earlier = []
    for kind in ("pdf", "docx"):
        path = earlier_folder / f"earlier.{kind}"
        path.write_bytes(seed_file(kind))
        earlier.append(path)
    assert evidence.import_files(db, case_id, earlier).failures == []
    before = _stored(db)

    folder = tmp_path / "hostile"
    folder.mkdir()
    files = samples(fmt, MUTATIONS_PER_FORMAT, SEED)
    for sample in files:
        (folder / sample.name).write_bytes(sample.data)
    report = evidence.import_files(db, case_id, [folder], limits=LIMITS)  # raises nothing

    assert report.failures, "crafted attacks must be refused"
    refused = {PurePath(f.file.split(" › ")[0]).name for f in report.failures}
    assert {f"empty.{fmt}", f"random.{fmt}"} <= refused
    for failure in report.failures:
        line = failure.describe()
        name = PurePath(failure.file.split(" › ")[-1]).name
        assert "\n" not in line and "Traceback" not in line, line
        assert line.count(name) == 1, line
    after = _stored(db)
    assert {doc: after[doc] for doc in before} == before
    assert all(read == _sha(db, doc) for doc, (read, _text) in after.items())
    assert check_folder(db).sound


def _sha(db: Database, doc_id: str) -> str:
    with db.session() as session:
        document = session.get(Document, doc_id)
        assert document is not None
        return document.sha256


@pytest.mark.parametrize("build", [docx_corrupt_deflate, docx_unknown_compression])
def test_a_word_part_that_cannot_be_unpacked_is_called_damaged_by_name(build: object) -> None:
    """zlib's error and zipfile's unknown method once escaped the Word reader's checks."""
    with pytest.raises(UnreadableFileError) as caught:
        word.read(build(), {"name": "plan.docx"})  # type: ignore[operator]
    assert caught.value.message.startswith("plan.docx is damaged")
