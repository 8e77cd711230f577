"""Every text rectangle of a page with its text, from two page-wide calls into pdfium.

Asking pdfium for one rectangle's text makes it walk every character of the page, and
asking for the character at a point walks them up to that character; one report page has
about fifty rectangles, so those walks were most of the time spent reading a long report.
Here pdfium is asked once for the text of the whole page, which it breaks into lines the
way it breaks a rectangle's text, and once for the page's characters in order. A line
is found in the page's characters and shared among its rectangles where the characters
pass from one rectangle into the next (a bullet, then its text); each rectangle's share
is taken as its text, and its first character as the character at its left edge, only
when all of these hold (each checked with a call that reads one character, not the page):

- no other rectangle overlaps it, so no other character falls inside it;
- its share is found, character for character, where the rectangle's characters are:
  its first and last character lie inside the rectangle, and the characters before and
  after it (skipping white space) do not;
- its first character's box holds the point the reader asks about, which lies inside
  the rectangle and so inside no other rectangle's characters.

Anything else (an overlap, a line that cannot be shared out, a character pdfium leaves
out of the page's text) is read the long way, rectangle by rectangle, so the text is
always what ``BoundedText.text`` and ``BoundedText.char_at`` would give.
"""

import itertools
from dataclasses import dataclass

from ehcp_appeal.analysis.reading.pdf_text import BoundedText

_EVERYWHERE = (-1e7, -1e7, 1e7, 1e7)
Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True)
class Run:
    """A text rectangle, its text, and the character at its left edge (read when asked)."""

    box: Box
    text: str
    char: int | None  # None: not known yet; ask ``BoundedText.char_at``


def page_runs(bounded: BoundedText, count: int) -> list[Run]:
    """The page's ``count`` rectangles (``count_rects`` called already), in their order."""
    boxes = [bounded.rect(index) for index in range(count)]
    known = _from_lines(bounded, boxes)
    return [
        Run(box, *known[index]) if index in known else Run(box, bounded.text(*box), None)
        for index, box in enumerate(boxes)
    ]


def _from_lines(bounded: BoundedText, boxes: list[Box]) -> dict[int, tuple[str, int]]:
    """Text and first character of the rectangles of each line of the page, checked."""
    if not boxes:
        return {}
    whole = bounded.page_text()
    if whole is None:
        return {}
    pieces = bounded.text(*_EVERYWHERE).split("\r\n")
    groups = _line_groups(boxes)
    if len(pieces) != len(groups):
        return {}
    lonely = _overlapping(boxes)
    known: dict[int, tuple[str, int]] = {}
    cursor = 0
    for piece, group in zip(pieces, groups, strict=True):
        if any(index in lonely for index in group):
            continue
        found = _locate(bounded, whole, piece, [boxes[index] for index in group], cursor)
        if found is not None:
            runs, cursor = found
            known.update(zip(group, runs, strict=True))
    return known


def _line_groups(boxes: list[Box]) -> list[list[int]]:
    """Consecutive rectangles that share a line, as pdfium writes them on one line."""
    groups: list[list[int]] = []
    for index, box in enumerate(boxes):
        if groups:
            last = boxes[groups[-1][-1]]
            if box[1] < last[3] and last[1] < box[3]:
                groups[-1].append(index)
                continue
        groups.append([index])
    return groups


def _overlapping(boxes: list[Box]) -> set[int]:
    """Rectangles that overlap another by some area."""
    order = sorted(range(len(boxes)), key=lambda index: boxes[index][1])
    found: set[int] = set()
    for position, one in enumerate(order):
        a = boxes[one]
        for other in itertools.islice(order, position + 1, None):
            b = boxes[other]
            if b[1] >= a[3]:
                break
            if max(a[0], b[0]) < min(a[2], b[2]) and max(a[1], b[1]) < min(a[3], b[3]):
                found.update((one, other))
    return found


def _inside(box: Box | None, rect: Box) -> bool:
    if box is None:
        return False
    left, bottom, right, top = box
    if left > right:
        left, right = right, left
    if bottom > top:
        bottom, top = top, bottom
    return rect[0] <= left and right <= rect[2] and rect[1] <= bottom and top <= rect[3]


def _locate(
    bounded: BoundedText, whole: str, piece: str, rects: list[Box], cursor: int
) -> tuple[list[tuple[str, int]], int] | None:
    """Each rectangle's text and first character, when a line of them is found in the
    page's characters and every check holds; with the position after the line."""
    body = piece.rstrip(" ")
    if not body.strip() or body[0].isspace() or "\r" in body or "\n" in body:
        return None
    start = whole.find(body, cursor)
    if start < 0:
        return None
    end = start + len(body)
    firsts = [start]
    for number in range(1, len(rects)):
        first = _first_inside(bounded, whole, firsts[-1] + 1, end, rects[number:])
        if first is None:
            return None
        firsts.append(first)
    runs = []
    for number, rect in enumerate(rects):
        first = firsts[number]
        following = number + 1 < len(rects)
        stop = firsts[number + 1] if following else end
        last = first + len(whole[first:stop].rstrip()) - 1
        if not _checked(bounded, whole, first, last, rect):
            return None
        runs.append(
            (piece[first - start : stop - start] if following else piece[first - start :], first)
        )
    return runs, end


def _first_inside(
    bounded: BoundedText, whole: str, low: int, end: int, rects: list[Box]
) -> int | None:
    """The first character from ``low`` (white space aside) inside any of ``rects``: the
    characters of a line's runs come in the runs' order, so a binary search finds it."""
    places = [index for index in range(low, end) if not whole[index].isspace()]
    low_at, high_at = 0, len(places)
    while low_at < high_at:
        middle = (low_at + high_at) // 2
        box = bounded.char_box(places[middle])
        if any(_inside(box, rect) for rect in rects):
            high_at = middle
        else:
            low_at = middle + 1
    return places[low_at] if low_at < len(places) else None


def _checked(bounded: BoundedText, whole: str, first: int, last: int, rect: Box) -> bool:
    """The characters ``first``..``last`` are all of the rectangle's run, and the point
    the reader asks about lies in the first one's box (and so in no earlier character's)."""
    if last < first:
        return False
    box = bounded.char_box(first)
    if not (_inside(box, rect) and _inside(bounded.char_box(last), rect)):
        return False
    before = first - 1
    while before >= 0 and whole[before].isspace():
        before -= 1
    after = last + 1
    while after < len(whole) and whole[after].isspace():
        after += 1
    if before >= 0 and _inside(bounded.char_box(before), rect):
        return False
    if after < len(whole) and _inside(bounded.char_box(after), rect):
        return False
    left, bottom, right, top = rect
    x, y = left + 0.5, (top + bottom) / 2
    if box is None or not (left < x < right and bottom < y < top):
        return False
    upright = (min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3]))
    return _inside((x, y, x, y), upright)
