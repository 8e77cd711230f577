"""The Word chronology names the people a letter went between, as the window does."""

from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.export.chronology import write_chronology
from ehcp_appeal.services import cases, evidence

pytestmark = pytest.mark.both_engines


def test_word_chronology_gives_names_not_addresses(db: Database, tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Leon Hart <leon.hart@example.org>"
    message["To"] = "Jo Marsh <jo@example.org>"
    message["Subject"] = "Occupational therapy assessment"
    message["Date"] = "Wed, 14 Oct 2026 10:00:00 +0100"
    message.set_content("Dear Jo,\n\nWe will commission the assessment.\n\nKind regards,\nLeon")
    mail = tmp_path / "ot.eml"
    mail.write_bytes(bytes(message))
    case_id = cases.create_case(db, cases.CaseDetails(name="Jo's son")).id
    evidence.import_files(db, case_id, [mail])

    out = tmp_path / "chronology.docx"
    write_chronology(db, case_id, out)

    cells = [cell.text for row in docx.Document(str(out)).tables[0].rows for cell in row.cells]
    assert any("Leon Hart to Jo Marsh" in text for text in cells)
    assert not any("@" in text for text in cells)
