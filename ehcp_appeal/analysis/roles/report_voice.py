"""Whose statement a report sentence is: the family's relayed view, or a bare test result.

A report quotes other people and other documents. The author's own description of
the child, the child's own words and what school staff say about lessons are the
needs an appeal relies on. Two kinds of sentence are not:

- what the family told the author ("Mrs Hale told me that ...", "They told me that
  ..." under the parents' views): the parents' own view, which the plan records in
  its own right, not a need the professional has identified;
- a test result as the subject ("Her reading scores are below average, which
  suggests ..."): evidence for a need stated elsewhere, unless a joined clause goes
  on to state the need with the child as subject ("..., and he needs longer").
"""

import re
from collections import Counter
from functools import cache

from ehcp_appeal.analysis.gated_pattern import GatedPattern

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx)\.?"
_FAMILY = (
    r"(?:both|his|her|their|the|[A-Z][a-z]+['’]s) (?:parents?|mother|father|mum|dad|carers?|"
    r"foster carers?|family|grandparents?|grandmother|grandfather)|parents|mum|dad"
)
_REPORTING = (
    r"(?:told|tell|tells|report|reports|reported|said|say|says|describe|describes|described|"
    r"explain|explains|explained|mention|mentions|mentioned|feel|feels|felt|note|notes|noted|"
    r"(?:are|is|were|was) (?:worried|concerned))"
)
_FAMILY_HEADING = re.compile(r"\b(?:parents?|parental|family|carers?)\b", re.IGNORECASE)
_SCORE_SUBJECT = GatedPattern(
    re.compile(
        r"^(?:(?:on|in) the [^,]{1,40}, )?"
        r"(?:(?!(?:has|have|had|is|are|was|were|does|did)\b)[\w'’/-]+ ){0,8}?"
        r"(?:scores?|ratings?|index|quotient|results?)(?: (?:of|on|in|for) [^,;]{1,40}?)? "
        r"(?:is|are|was|were|fall|falls|fell|lie|lies|place|places|placed|sit|sits|"
        r"put|puts|remain|remains|came|comes)\b",
        re.IGNORECASE,
    )
)


def surname(text: str, child: str) -> str:
    """The child's family name: the capitalised word most often after the first name."""
    if not child:
        return ""
    found = Counter(re.findall(rf"\b{re.escape(child)} ([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)", text))
    return found.most_common(1)[0][0] if found else ""


@cache
def family_voice(family_name: str, heading: str) -> re.Pattern[str]:
    """A sentence opening in which the family reports something to the author.

    "They" counts only under a heading about the parents or family, where the
    family is who "they" are; a title with the child's surname names a parent.
    """
    subjects = [_FAMILY, "you"]  # a clinic letter to the family: "You told me that ..."
    if family_name:
        # a double-barrelled name: each parent may bear one half ("Mrs Haddad", "Mr Fenwick")
        parts = [family_name, *family_name.split("-")] if "-" in family_name else [family_name]
        name = "(?:" + "|".join(re.escape(part) for part in parts if part) + ")"
        subjects.append(rf"(?-i:{_TITLE} (?:and {_TITLE} )?(?:[A-Z][a-z]+ )?{name})")
    if _FAMILY_HEADING.search(heading):
        subjects.append("they")
    return re.compile(
        rf"^(?:{'|'.join(subjects)}) (?:have |has |had )?(?:also )?{_REPORTING}\b",
        re.IGNORECASE,
    )


def relayed_by_family(text: str, voice: re.Pattern[str] | None) -> bool:
    """Whether the sentence opens with the family telling the author something."""
    return voice is not None and bool(voice.match(text.strip()))


def score_only(text: str, child: str) -> bool:
    """A test result as subject, with no joined clause stating the need of the child."""
    match = _SCORE_SUBJECT.match(text.strip())
    if match is None:
        return False
    names = r"he|she|they" + (rf"|{re.escape(child)}" if child else "")
    joined = re.compile(
        rf"(?:[,;]\s*(?:and|so|but|yet)?|\b(?:and|so|but|yet))\s+(?:{names})\b", re.I
    )
    return joined.search(text, match.end()) is None


_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")
_AUTHOR_AT_WORK = re.compile(
    r"\bI (?:have |had |would )?(?:assessed|observed|recommend|met|saw|visited|administered|"
    r"tested|reviewed|spoke|used|completed|carried|understand|note|noted|was asked|am an?|"
    r"work)\b|\bmy (?:assessment|observation|visit|report|opinion|recommendations?)\b",
    re.IGNORECASE,
)
_OF_SOMEONE_ELSE = re.compile(
    r"^(?:he|she|they|his|her)\b|\b(?:my|our) (?:son|daughter|child|grandson|granddaughter)\b",
    re.IGNORECASE,
)
OWN_VOICE_SHARE = 0.6
"""First-person sentences, as a share of the whole, from which a document is the child's."""


def speaks_for_self(sentences: list[str]) -> bool:
    """Whether a document is the child's or young person's own account ("My statement",
    "What I think"), where "I" is the child throughout and a heading such as "What I want"
    introduces wishes, not a professional's advice.

    A professional's report says "I" too, but of its own work ("I assessed", "my
    observation"), and a parent's account says "he" and "my son": either keeps the
    document someone else's.
    """
    if len(sentences) < 5:
        return False
    first = sum(1 for text in sentences if _FIRST_PERSON.search(text))
    others = sum(
        1 for text in sentences if _AUTHOR_AT_WORK.search(text) or _OF_SOMEONE_ELSE.search(text)
    )
    return first >= OWN_VOICE_SHARE * len(sentences) and others <= 0.2 * len(sentences)
