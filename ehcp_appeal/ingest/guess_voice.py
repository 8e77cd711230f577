"""Whose own words a document is, by its voice: a family's account or the child's.

A parent's statement, a grandparent's notes for a meeting and a young person's views
rarely carry a title the kind tables know, but they are written in a voice no
professional uses: a parent says "our son" and "I am Jack's dad" where a report says
"his mother", and a child says "I like" and "I can't" without saying what they observed
or assessed.
"""

import re

_PARENT_VOICE = re.compile(
    r"\bi(?: am|'m) (?:(?:\w+ )?\w+'s|his|her|their) (?:mum|mother|dad|father|parents?|step-?mum|"
    r"step-?dad|stepmother|stepfather|grandmother|grandfather|gran|nan|grandad|"
    r"(?:foster |kinship )?carer|guardian)\b|"
    r"\b(?:my|our) (?:son|daughter|grandson|granddaughter|foster (?:son|daughter)|only child)\b|"
    r"\b(?:written|kept|completed|prepared) by (?:his|her|their|[\w-]+'s) (?:mum|mother|dad|"
    r"father|parents|grandmother|grandfather|carer)\b"
)
"""A parent, grandparent or carer writing of the child in the first person near the top ("I
am Jack's dad", "our son"), or a document saying it was written by one: a professional
writes "his mother" and "your son". A letter in
that voice is correspondence; anything else is the family's own account of the child."""
_CHILD_SAYS = re.compile(
    r"\bi(?:'m| am)? (?:like|love|hate|want|wish|don'?t like|do not like|feel|get (?:upset|"
    r"angry|worried|scared|cross|stuck)|(?:am|'m) (?:good at|proud|scared|worried)|find it hard|"
    r"can'?t|cannot|enjoy|liked|want(?:ed)? to)\b"
)
_AUTHOR_SAYS = re.compile(
    r"\bi (?:observed|assessed|saw|met|visited|recommend|would recommend|have recommended|"
    r"administered|reviewed|examined|consider|am writing)\b"
)
CHILD_SAYINGS = 3
"""First-person sayings ("I like", "I want", "I can't") near the top that make a document
the child's own words, when no professional speaks of observing or assessing."""


def voiced_kind(head: str) -> str | None:
    """Whose own words a document that is not a letter is, by its voice near the top: a
    parent, grandparent or carer writing of the child, or the child speaking for
    themselves (their views, a statement, what they told someone who wrote it down). A
    professional who quotes a child also says what they observed, assessed or recommend."""
    if _PARENT_VOICE.search(head):
        return "parent_views"
    if _child_speaks(head):
        return "child_views"
    return None


def _child_speaks(text: str) -> bool:
    """Enough of the child's own first-person sayings, and no author observing or
    assessing."""
    return len(_CHILD_SAYS.findall(text)) >= CHILD_SAYINGS and not _AUTHOR_SAYS.search(text)


_VIEWS_SUBJECT = re.compile(
    r"^subject:.*\b(?:my|our|parents?'?|parental|family) views\b|"
    r"^\W{0,3}(?:our|my) (?:comments|views|response) on (?:[\w'’-]+ )?(?:draft|proposed) "
    r"(?:ehc )?plan\b|"
    r"\b(?:these|here) are (?:my|our) comments\b",
    re.M,
)
"""An e-mail sent as someone's views ("Subject: my views for Daniel's assessment"), or a
family's comments on a draft plan set out under their own heading ("Our comments on Ruby's
proposed plan") or sent as the reply the council asked for ("These are my comments on
Tegan's draft plan, within the 15 days")."""


def emailed_views(text: str) -> str | None:
    """The views an e-mail carries, by its subject: the child's own when the child speaks
    in it, else the family's."""
    lowered = text[:2000].lower()
    if not _VIEWS_SUBJECT.search(lowered):
        return None
    own_parent = _OWN_PARENT.search(lowered) and not _OWN_CHILD.search(lowered)
    return "child_views" if _child_speaks(lowered) or own_parent else "parent_views"


_OWN_PARENT = re.compile(r"\bmy (?:mum|dad|mother|father|parents|carers?|nan|gran|grandad)\b")
"""The writer's own parent ("my mum said I should write this"): the child is writing."""
_OWN_CHILD = re.compile(r"\bmy (?:son|daughter|child|grandson|granddaughter|boy|girl)\b")
