"""Full-text search over page text: the one module callers import, for either engine.

A data folder's SQLite database searches with FTS5 (``fulltext_sqlite``); a team's
PostgreSQL server with a tsvector column and a GIN index (``fulltext_postgres``). Both
read the query the same way (``search_query``) and find the same pages; this module only
picks the backend from the connection's dialect.
"""

from types import ModuleType

from sqlalchemy import Connection

from ehcp_appeal.db import fulltext_postgres, fulltext_sqlite
from ehcp_appeal.db.search_query import HIT_END, HIT_START, PageHit

__all__ = [
    "HIT_END",
    "HIT_START",
    "PageHit",
    "check_available",
    "create_index",
    "drop_index",
    "is_fulltext_object",
    "search_pages",
]


def backend(conn: Connection) -> ModuleType:
    return fulltext_postgres if conn.dialect.name == "postgresql" else fulltext_sqlite


def is_fulltext_object(name: str) -> bool:
    """True for the search index's own tables, columns and indexes (either engine), which
    the models do not describe and schema comparisons must leave alone."""
    return fulltext_sqlite.is_fulltext_object(name) or fulltext_postgres.is_fulltext_object(name)


def create_index(conn: Connection) -> None:
    backend(conn).create_index(conn)


def drop_index(conn: Connection) -> None:
    backend(conn).drop_index(conn)


def check_available(conn: Connection) -> bool:
    return bool(backend(conn).check_available(conn))


def search_pages(
    conn: Connection,
    user_query: str,
    case_ids: list[str] | None,
    limit: int = 50,
    include_deleted: bool = False,
) -> list[PageHit]:
    """Pages matching the query, best first, the hits marked between HIT_START and HIT_END.

    ``case_ids`` of None searches every case (archived ones too: an advocate looking for
    an old email must find it).
    """
    result: list[PageHit] = backend(conn).search_pages(
        conn, user_query, case_ids, limit, include_deleted
    )
    return result
