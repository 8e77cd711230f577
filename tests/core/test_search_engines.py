"""The same pages, the same queries: SQLite's FTS5 and the server's tsvector find the same pages."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.db.fulltext import search_pages
from ehcp_appeal.db.fulltext_postgres import to_tsquery_text
from ehcp_appeal.db.models import Document, Page
from ehcp_appeal.services.cases import CaseDetails, create_case

PAGES = [
    "Sam has speech and language needs; a speech and language therapist should see him weekly.",
    "Occupational therapy: 2 x 30 minute sessions per week. Therapies are to be reviewed.",
    "He has low self-esteem and struggles with self regulation in class.",
    "The council assessed Sam in 2025. The assessment found the child's needs were complex.",
    "The child’s mother met the SENCo at the café; Zoë Brown (EP) attended on-line.",
    "EHCP: Section F must specify and quantify provision, e.g. 10.5 hours/week of 1:1 support.",
    "Email from caseworker@council.gov.uk about the draft plan (WD1) and the naive wording.",
    "CAMHS referral declined. Assessing, assessed, assessments and reassessment all differ.",
    "Speech-and-language advice from the NHS trust, with a language-rich classroom.",
    "In the meeting, the school said it could not meet needs in the mainstream setting.",
    "Physiotherapy and hydrotherapy were recommended; the plan says 'access to' therapy.",
    "Naïve reading of Section B; cafe visit; ZOE reported; co-operation and cooperation.",
]

QUERIES = [
    "speech",
    "therapy",
    "therapies",
    "therapist",
    "assess*",
    "assessed",
    "reassess*",
    '"speech and language"',
    '"speech language"',
    '"low self-esteem"',
    "self-esteem",
    "self",
    "child's",
    "child’s",
    "cafe",
    "café",
    "zoe",
    "naive",
    "the",
    '"in the"',
    '"the council"',
    "EHCP:",
    "10.5",
    "hours",
    "caseworker@council.gov.uk",
    "council",
    "wd1",
    "camhs declined",
    "occupational therapy",
    "occ*",
    "phys* hydro*",
    '"access to" therapy',
    "co-operation",
    "mainstream setting school",
    "section b",
    "nothingmatchesthis",
    '"',
    "*",
]


def _load(db: Database) -> dict[int, int]:
    """The pages as documents of one case; returns each page's row id -> its PAGES index."""
    case_id = create_case(db, CaseDetails(name="Sam")).id
    ids: dict[int, int] = {}
    with db.session() as session:
        rows = []
        for index, body in enumerate(PAGES):
            document = Document(case_id=case_id, sha256=f"{index:064x}", title=f"Doc {index}")
            session.add(document)
            session.flush()
            page = Page(document_id=document.id, page_no=1, text=body)
            session.add(page)
            rows.append((page, index))
        session.flush()
        ids = {page.id: index for page, index in rows if page.id is not None}
    return ids


@pytest.fixture
def both(tmp_path: Path, server_url: str) -> Iterator[tuple[Database, Database]]:
    sqlite = open_database(tmp_path / "folder")
    server = open_database(tmp_path / "team", server=server_url)
    yield sqlite, server
    sqlite.close()
    server.close()


def _hits(db: Database, ids: dict[int, int], query: str) -> set[int]:
    with db.engine.connect() as conn:
        return {ids[hit.page_id] for hit in search_pages(conn, query, None, limit=1000)}


def test_both_engines_find_the_same_pages_for_every_query(
    both: tuple[Database, Database],
) -> None:
    sqlite, server = both
    sqlite_ids, server_ids = _load(sqlite), _load(server)
    found_something = 0
    for query in QUERIES:
        on_sqlite = _hits(sqlite, sqlite_ids, query)
        assert _hits(server, server_ids, query) == on_sqlite, query
        found_something += bool(on_sqlite)
    assert found_something >= len(QUERIES) - 5  # the comparison is not of empty sets


def test_the_servers_snippet_marks_the_hits(both: tuple[Database, Database]) -> None:
    _, server = both
    _load(server)
    with server.engine.connect() as conn:
        (hit,) = search_pages(conn, '"low self-esteem"', None)
    assert "\u27e6low self-esteem\u27e7" in hit.snippet or "\u27e6low self\u27e7" in hit.snippet


def test_typed_operators_never_reach_the_servers_query_syntax() -> None:
    assert to_tsquery_text("a & !b | c: <-> (d)") == "a & b & c & d"
    assert to_tsquery_text('"speech, language" assess*') == "(speech <-> language) & assess:*"
    assert to_tsquery_text("' : !") == ""
