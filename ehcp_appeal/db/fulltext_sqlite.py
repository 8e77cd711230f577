"""Full-text search on SQLite: the only module that knows about FTS5.

An external-content FTS5 table mirrors ``page.text`` through triggers, so ordinary ORM
writes keep the index current. Callers import ``ehcp_appeal.db.fulltext``, which sends
a data folder's database here and a team server to ``fulltext_postgres``.
"""

from sqlalchemy import Connection, text

from ehcp_appeal.db.search_query import HIT_END, HIT_START, PageHit, parse_query

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


def to_match_query(user_query: str) -> str:
    """Turn what a person types into a safe FTS5 query.

    Words are ANDed, "quoted phrases" stay phrases and a trailing * makes a prefix term.
    Everything is quoted, so punctuation such as ``self-esteem`` or ``EHCP:`` can never
    become FTS5 syntax. Returns "" when nothing searchable is left.
    """
    parts = []
    for term in parse_query(user_query):
        quoted = '"' + " ".join(term.words).replace('"', '""') + '"'
        parts.append(quoted + ("*" if term.prefix else ""))
    return " ".join(parts)


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
    params: dict[str, object] = {"match": match, "limit": limit}
    where = [f"{FTS_TABLE} MATCH :match"]
    scope = _scope_filter(case_ids, include_deleted, params)
    if scope:
        where.append(scope)
    # The page's document and number are looked up for the best hits only: SQLite works
    # out these correlated lookups (and the snippet) after sorting, where a join would
    # run for every hit before the sort.
    page_column = f"(SELECT p.{{}} FROM page p WHERE p.id = {FTS_TABLE}.rowid)"
    sql = (
        f"SELECT {FTS_TABLE}.rowid, {page_column.format('document_id')}, "
        f"{page_column.format('page_no')}, "
        f"snippet({FTS_TABLE}, 0, '{HIT_START}', '{HIT_END}', '…', 12) AS snip, "
        f"bm25({FTS_TABLE}) AS rank FROM {FTS_TABLE} "
        f"WHERE {' AND '.join(where)} ORDER BY rank LIMIT :limit"
    )
    rows = conn.execute(text(sql), params).all()
    return [PageHit(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]


def _scope_filter(
    case_ids: list[str] | None, include_deleted: bool, params: dict[str, object]
) -> str:
    """The pages a search may return, as a condition on the index's rowid.

    Joining every hit to its page and document and then filtering costs tens of
    milliseconds for a common word over 50,000 pages. Instead SQLite builds the set of
    allowed (or, across all cases, trashed) page ids once, from the document indexes,
    and tests each hit against it before ranking it, so only pages in scope are ranked.
    The unary ``+`` keeps the set a filter: offered to FTS5 as a rowid constraint it
    would run the full-text query once per page.
    """
    if case_ids is None:
        if include_deleted:
            return ""
        return (
            f"+{FTS_TABLE}.rowid NOT IN (SELECT pg.id FROM page pg WHERE pg.document_id IN "
            "(SELECT d.id FROM document d WHERE d.deleted_at IS NOT NULL))"
        )
    names = []
    for i, case_id in enumerate(case_ids):
        params[f"c{i}"] = case_id
        names.append(f":c{i}")
    trash = "" if include_deleted else " AND d.deleted_at IS NULL"
    return (
        f"+{FTS_TABLE}.rowid IN (SELECT pg.id FROM page pg WHERE pg.document_id IN "
        f"(SELECT d.id FROM document d WHERE d.case_id IN ({', '.join(names) or 'NULL'}){trash}))"
    )
