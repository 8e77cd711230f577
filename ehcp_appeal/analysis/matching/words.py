"""Content words of a statement: shorthand spelt out, stop words dropped, lightly stemmed.

The word half of matching (see matching.py) compares these; they are kept apart from
the scoring so that each stays small.
"""

import re
from functools import cache, lru_cache

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.reading.blocks import normalise_quotes

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "theirs",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "will",
        "would",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "so",
        "such",
        "than",
        "then",
        "there",
        "when",
        "where",
        "while",
        "also",
        "into",
        "about",
        "over",
        "after",
        "before",
        "during",
        "each",
        "every",
        "any",
        "all",
        "some",
        "more",
        "most",
        "other",
        "own",
        "same",
        "very",
        "just",
        "only",
        "both",
        "either",
        "neither",
        "i",
        "we",
        "you",
        "our",
        "your",
        "me",
        "my",
        "us",
        "one",
        "two",
        "three",
        "four",
        "five",
        "ten",
        "if",
        "what",
        "how",
        "why",
        "because",
        "his",
        "her",
    ]
)
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light stemmer: enough to join "difficulty" and "difficulties".

    Kept per word: a report repeats its words far more often than it has new ones.
    """
    for suffix in ("ingly", "edly", "ies", "ied", "ing", "ers", "ed", "es", "ly", "er", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:8]


@cache
def _abbreviations() -> dict[str, list[str]]:
    table: dict[str, str] = lexicon.load("concepts").get("abbreviations", {})
    return {short: long.split() for short, long in table.items()}


def tokens(text: str) -> list[str]:
    """Stemmed content words, with shorthand ("SALT", "TA") spelt out first."""
    words = _WORD.findall(normalise_quotes(text).lower().replace("'s", ""))
    expanded = [long for word in words for long in _abbreviations().get(word, [word])]
    return [stem(word) for word in expanded if word not in _STOP and len(word) > 2]
