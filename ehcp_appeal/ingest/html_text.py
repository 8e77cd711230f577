"""The text of an HTML e-mail body, in one pass whose time grows with the length only.

The standard library's HTMLParser takes time that grows with the square of the input on
some malformed markup (60 kB of ``<a `` took over half a minute), and an e-mail's
attachments can multiply that. This pass finds each ``<`` once, takes the tag up to the
next ``>`` unless another ``<`` comes first (then the ``<`` is text), skips comments to
their end, and never looks back; text outside script, style and head is kept, with a line
break for each block-level tag.
"""

import html
import re

BLOCKS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table"})
HIDDEN = frozenset({"script", "style", "head"})

_TAG = re.compile(r"<[^<>]*>")
_NAME = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]{0,20})")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")


def html_text(markup: str) -> str:
    parts: list[str] = []
    hidden = 0
    position = 0
    end = len(markup)
    while position < end:
        opening = markup.find("<", position)
        if opening == -1:
            opening = end
        if not hidden and opening > position:
            parts.append(html.unescape(markup[position:opening]))
        if opening == end:
            break
        if markup.startswith("<!--", opening):
            close = markup.find("-->", opening + 4)
            position = end if close == -1 else close + 3
            continue
        tag = _TAG.match(markup, opening)
        if tag is None:  # a lone "<": it is text
            if not hidden:
                parts.append("<")
            position = opening + 1
            continue
        position = tag.end()
        name = _NAME.match(tag.group())
        if name is None:
            continue
        closing, tag_name = name.group(1) == "/", name.group(2).lower()
        if tag_name in HIDDEN:
            hidden = max(0, hidden - 1) if closing else hidden + 1
        elif tag_name in BLOCKS and not hidden:
            parts.append("\n")
    text = "".join(parts)
    return _BLANK_LINES.sub("\n\n", text).strip()
