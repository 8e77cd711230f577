"""Full-text search over page text: the only module that knows about SQLite FTS5.

An external-content FTS5 table mirrors ``page.text`` through triggers, so ordinary ORM
writes keep the index current. A PostgreSQL backend would replace this module (with
tsvector) and nothing else.
"""

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

FTS_TABLE = "page_fts"

CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "text, content='page', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER IF NOT EXISTS page_ai AFTER INSERT ON page BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END",
    f"CREATE TRIGGER IF NOT EXISTS page_ad AFTER DELETE ON page BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES('delete', old.id, old.text); END",
    f"CREATE TRIGGER IF NOT EXISTS page_au AFTER UPDATE ON page BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES('delete', old.id, old.text); "
    f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END",
)

DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS page_au",
    "DROP TRIGGER IF EXISTS page_ad",
    "DROP TRIGGER IF EXISTS page_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

HIT_START = "\u27e6"
HIT_END = "\u27e7"


def is_fulltext_object(name: str) -> bool:
    """True for the FTS table and its shadow tables, which the models do not describe."""
    return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")


def create_index(conn: Connection) -> None:
    for statement in CREATE_STATEMENTS:
        conn.execute(text(statement))


def drop_index(conn: Connection) -> None:
    for statement in DROP_STATEMENTS:
        conn.execute(text(statement))


def check_available(conn: Connection) -> bool:
    """Some Python builds ship SQLite without FTS5; say so plainly instead of failing later."""
    try:
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts5_probe USING fts5(a)"))
        conn.execute(text("DROP TABLE IF EXISTS temp.fts5_probe"))
    except Exception:
        return False
    return True


_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def to_match_query(user_query: str) -> str:
    """Turn what a person types into a safe FTS5 query.

    Words are ANDed, "quoted phrases" stay phrases and a trailing * makes a prefix term.
    Everything is quoted, so punctuation such as ``self-esteem`` or ``EHCP:`` can never
    become FTS5 syntax. Returns "" when nothing searchable is left.
    """
    parts: list[str] = []
    for match in _TOKEN.finditer(user_query):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words).replace('"', '""') + '"')
            continue
        prefix = word.endswith("*")
        for piece in _WORD.findall(word):
            quoted = '"' + piece.replace('"', '""') + '"'
            parts.append(quoted)
        if prefix and parts and _WORD.findall(word):
            parts[-1] += "*"
    return " ".join(parts)


@dataclass(frozen=True)
class PageHit:
    page_id: int
    document_id: str
    page_no: int
    snippet: str
    rank: float


def search_pages(
    conn: Connection,
    user_query: str,
    case_ids: list[str] | None,
    limit: int = 50,
    include_deleted: bool = False,
) -> list[PageHit]:
    """Pages matching the query, best first, with the hits marked in the snippet.

    ``case_ids`` of None searches every case (archived ones too: an advocate looking for
    an old email must find it).
    """
    match = to_match_query(user_query)
    if not match:
        return []
    where = [f"{FTS_TABLE} MATCH :match"]
    params: dict[str, object] = {"match": match, "limit": limit}
    if not include_deleted:
        where.append("d.deleted_at IS NULL")
    if case_ids is not None:
        names = []
        for i, case_id in enumerate(case_ids):
            params[f"c{i}"] = case_id
            names.append(f":c{i}")
        where.append(f"d.case_id IN ({', '.join(names) or 'NULL'})")
    sql = (
        f"SELECT p.id, p.document_id, p.page_no, "
        f"snippet({FTS_TABLE}, 0, '{HIT_START}', '{HIT_END}', '…', 12) AS snip, "
        f"bm25({FTS_TABLE}) AS rank "
        f"FROM {FTS_TABLE} JOIN page p ON p.id = {FTS_TABLE}.rowid "
        f"JOIN document d ON d.id = p.document_id "
        f"WHERE {' AND '.join(where)} ORDER BY rank LIMIT :limit"
    )
    rows = conn.execute(text(sql), params).all()
    return [PageHit(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]
