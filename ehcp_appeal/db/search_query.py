"""What a person types into the search box, read once for every search engine.

Words are all required, "quoted phrases" stay phrases and a trailing * makes a prefix
term. Both backends (SQLite's FTS5 and PostgreSQL's tsvector) render the same terms into
their own syntax, so the two cannot drift apart in how they read a query.
"""

import re
import unicodedata
from dataclasses import dataclass

HIT_START = "\u27e6"
HIT_END = "\u27e7"

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_TOKEN_CHARS = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    """One required term: a single word or a phrase; ``prefix`` for ``word*``."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class PageHit:
    page_id: int
    document_id: str
    page_no: int
    snippet: str
    rank: float


def parse_query(user_query: str) -> list[Term]:
    """The terms of a query; punctuation never becomes syntax. Empty when nothing is left."""
    terms: list[Term] = []
    for match in _TOKEN.finditer(user_query):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                terms.append(Term(tuple(words)))
            continue
        pieces = _WORD.findall(word)
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            terms.append(Term((piece,), prefix=last and word.endswith("*")))
    return terms


def _folding_table() -> tuple[str, str]:
    """Latin letters with diacritics and their plain letters (é -> e), as SQLite's
    ``remove_diacritics`` folds them; used in SQL ``translate`` and in Python alike."""
    source, target = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1]
        if base != char and base.isascii() and base.isalpha():
            source.append(char)
            target.append(base)
    return "".join(source), "".join(target)


FOLD_FROM, FOLD_TO = _folding_table()
_FOLD = str.maketrans(FOLD_FROM, FOLD_TO)


def tokens(word: str) -> list[str]:
    """The index tokens of a word as SQLite's unicode61 tokenizer cuts them: runs of
    letters and digits, diacritics folded, lower case (``Self-Esteem's`` -> self, esteem, s)."""
    return [piece.lower() for piece in _TOKEN_CHARS.findall(word.translate(_FOLD))]
