"""Full-text search on a team's PostgreSQL server, giving the hits FTS5 gives on SQLite.

``page.text_search`` is a stored, generated ``tsvector`` with a GIN index, so ordinary
ORM writes keep it current, as FTS5's triggers do on SQLite. To find the same pages as
FTS5's ``porter unicode61 remove_diacritics 2`` tokenizer:

- the text first goes through ``ehcp_search_text``: punctuation becomes a space
  (``self-esteem`` is two words, ``child's`` is child + s, as in unicode61) and Latin
  diacritics are folded (café = cafe), the same table Python uses for queries;
- the configuration ``ehcp_search`` stems with Snowball's original Porter stemmer, the
  algorithm FTS5's ``porter`` uses, and has no stop words (FTS5 has none, so "the" and
  "speech and language" find what they find on SQLite).

Only the first MAX_INDEXED_CHARS of a page are indexed (a tsvector is limited to 1 MB);
a page is a page of a letter or report, far shorter.
"""

import re

from sqlalchemy import Connection, text

from ehcp_appeal.db.search_query import (
    FOLD_FROM,
    FOLD_TO,
    HIT_END,
    HIT_START,
    PageHit,
    parse_query,
    tokens,
)

CONFIG = "ehcp_search"
DICTIONARY = "ehcp_porter"
NORMALISE = "ehcp_search_text"
COLUMN = "text_search"
INDEX = "ix_page_text_search"
MAX_INDEXED_CHARS = 400_000

_PUNCTUATION_RANGES = (
    ("!", "/"),
    (":", "@"),
    ("[", "`"),
    ("{", "~"),
    ("\u00a0", "\u00bf"),
    ("\u00d7", "\u00d7"),
    ("\u00f7", "\u00f7"),
    ("\u2000", "\u206f"),
    ("\u20a0", "\u20cf"),
    ("\u2190", "\u2bff"),
    ("\u3000", "\u303f"),
)
PUNCTUATION_CLASS = "[" + "".join(f"{a}-{b}" for a, b in _PUNCTUATION_RANGES) + "]+"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


CREATE_STATEMENTS = (
    f"CREATE FUNCTION {NORMALISE}(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
    f"RETURN translate(regexp_replace(left(t, {MAX_INDEXED_CHARS}), "
    f"{_literal(PUNCTUATION_CLASS)}, ' ', 'g'), {_literal(FOLD_FROM)}, {_literal(FOLD_TO)})",
    f"CREATE TEXT SEARCH DICTIONARY {DICTIONARY} (TEMPLATE = snowball, Language = porter)",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR asciiword, word, numword, "
    f"hword_asciipart, hword_part, hword_numpart WITH {DICTIONARY}",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} DROP MAPPING IF EXISTS FOR asciihword, hword, "
    "numhword",
    f"ALTER TABLE page ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS "
    f"(to_tsvector('{CONFIG}'::regconfig, {NORMALISE}(text))) STORED",
    f"CREATE INDEX {INDEX} ON page USING gin ({COLUMN})",
)

DROP_STATEMENTS = (
    f"DROP INDEX IF EXISTS {INDEX}",
    f"ALTER TABLE page DROP COLUMN IF EXISTS {COLUMN}",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
    f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}",
    f"DROP FUNCTION IF EXISTS {NORMALISE}(text)",
)

HEADLINE_OPTIONS = (
    f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=10, ShortWord=1, "
    "MaxFragments=1, FragmentDelimiter=…"
)


def is_fulltext_object(name: str) -> bool:
    """The generated column and its index, which the models do not describe."""
    return name in (COLUMN, INDEX)


def create_index(conn: Connection) -> None:
    for statement in CREATE_STATEMENTS:
        conn.exec_driver_sql(statement)


def drop_index(conn: Connection) -> None:
    for statement in DROP_STATEMENTS:
        conn.exec_driver_sql(statement)


def check_available(conn: Connection) -> bool:
    """Every PostgreSQL has full-text search built in."""
    return True


def to_tsquery_text(user_query: str) -> str:
    """The query in ``to_tsquery`` syntax: terms ANDed, a phrase's words joined by <->,
    a prefix term ending in :*. Only letters and digits reach it, so nothing a person
    types can become operators. "" when nothing searchable is left."""
    parts = []
    for term in parse_query(user_query):
        pieces = [piece for word in term.words for piece in tokens(word)]
        if not pieces:
            continue
        phrase = " <-> ".join(pieces) + (":*" if term.prefix else "")
        parts.append(f"({phrase})" if len(pieces) > 1 else phrase)
    return " & ".join(parts)


def search_pages(
    conn: Connection,
    user_query: str,
    case_ids: list[str] | None,
    limit: int = 50,
    include_deleted: bool = False,
) -> list[PageHit]:
    """Pages matching the query, best first, the hits marked in the snippet.

    The best pages are chosen first through the GIN index and the snippet is made for
    those only (``ts_headline`` re-reads the page's text, the costly part). ``rank`` is
    negated so that, as with FTS5's bm25, a lower rank is a better hit.
    """
    query = to_tsquery_text(user_query)
    if not query:
        return []
    params: dict[str, object] = {"query": query, "limit": limit}
    # The query is written out (not taken from a CTE) so that the planner sees a constant
    # and uses the GIN index; it folds the repeated to_tsquery into one value.
    match = f"to_tsquery('{CONFIG}', :query)"
    where = [f"p.{COLUMN} @@ {match}"]
    if not include_deleted:
        where.append("d.deleted_at IS NULL")
    if case_ids is not None:
        names = []
        for i, case_id in enumerate(case_ids):
            params[f"c{i}"] = case_id
            names.append(f":c{i}")
        where.append(f"d.case_id IN ({', '.join(names) or 'NULL'})")
    sql = (
        f"SELECT best.id, best.document_id, best.page_no, "
        f"ts_headline('{CONFIG}', best.text, {match}, '{HEADLINE_OPTIONS}'), best.score "
        f"FROM (SELECT p.id, p.document_id, p.page_no, p.text, "
        f"ts_rank(p.{COLUMN}, {match}) AS score FROM page p "
        f"JOIN document d ON d.id = p.document_id WHERE {' AND '.join(where)} "
        f"ORDER BY score DESC, p.id LIMIT :limit) AS best ORDER BY best.score DESC, best.id"
    )
    # The planner takes a sequential scan for a rare word, since the page table proper
    # is small (the text and tsvector live in TOAST) and it cannot know that testing
    # every page's tsvector means reading all of them: 230 ms against 11 ms through the
    # index at 40,000 pages. So it is told to use the index, for this statement only.
    conn.execute(text("SET LOCAL enable_seqscan = off"))
    try:
        rows = conn.execute(text(sql), params).all()
    finally:
        conn.execute(text("SET LOCAL enable_seqscan = on"))
    return [PageHit(r[0], r[1], r[2], _join_marks(r[3]), -float(r[4])) for r in rows]


_ADJACENT_MARKS = re.compile(f"{HIT_END}(\\s+){HIT_START}")


def _join_marks(snippet: str) -> str:
    """One mark around a phrase's words, as FTS5 marks it (ts_headline marks each word)."""
    return _ADJACENT_MARKS.sub(r"\1", snippet)
