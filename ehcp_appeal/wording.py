"""Small helpers for the words users read, so that no message says "1 pages"."""


def count(number: int, word: str, plural: str | None = None) -> str:
    """'1 page', '2 pages', '0 pages'; ``plural`` for words that do not just add an s."""
    return f"{number} {word if number == 1 else plural or word + 's'}"
