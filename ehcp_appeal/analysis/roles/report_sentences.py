"""Judging one report sentence by its shape: a need, a recommendation, or neither.

Headings help, but writers put needs in observations and background prose and bury
advice in letters, so the sentence's own shape carries most of the weight:

- a need has the child as its subject ("he", "Mia", "her reading") and a difficulty
  predicate, a negated ability ("does not yet", "cannot"), a low score (below the
  16th percentile, "two years behind") or a named condition;
- a recommendation asks for provision: an obligation or advice word ("should",
  "recommend"), a request ("we would like her to have ..."), "needs" followed by a
  provision rather than by a difficulty, or, under an advice heading or in a list, a
  noun phrase that names a provision, a quantity or a member of staff.
"""

import re
from functools import cache, lru_cache

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.gated_pattern import GatedPattern
from ehcp_appeal.analysis.judging.quantities import group_of, has_time
from ehcp_appeal.analysis.judging.staff import staff_of
from ehcp_appeal.analysis.matching.matching import concepts

_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)
_PERCENTILE = GatedPattern(
    re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)? (?:percentile|centile)\b", re.I)
)
_YEARS_BEHIND = GatedPattern(
    re.compile(
        r"\b(?:typical of|expected (?:of|for)|like) (?:a child|children|pupils?) "
        r"(?:[\w-]+ ){0,2}(?:years?|months?) younger\b|"
        r"\b(?:years?|months?) (?:behind|below)\b",
        re.I,
    )
)
_REQUEST = GatedPattern(
    re.compile(  # "does not ask for help" is a need, not a request
        r"(?<!not )(?<!never )(?<!n't )(?<!n’t )"
        r"\b(?:would like|want|wants|ask|asks|are asking|hope) (?:for )?(?:\w+ ){0,2}?"
        r"(?:to (?:have|receive|get|attend|be given|be offered|join|access)|for)\b",
        re.I,
    )
)
_NEEDS_OBJECT = GatedPattern(
    re.compile(r"\b(?:needs|requires)\s+(?P<object>(?!to\b)[^.;]{3,})", re.I)
)


@lru_cache(maxsize=8192)
def cue(group: str, text: str) -> bool:
    """Whether a sentence carries one of the report cues of ``group``.

    Kept per sentence: the role rules ask the same question of a sentence several times.
    """
    return lexicon.indexed("report_cues", "sentence").any(group, text)


_DROPPED_SUBJECT = re.compile(
    r"^(?:struggles|finds it|cannot|can't|won't|refuses|avoids|becomes|loses|forgets|"
    r"has difficulty|is unable|tends to)\b",
    re.IGNORECASE,
)
"""A note written without its subject ("Struggles with written instructions and won't read
aloud"): the child is who it is about."""


_HARD_FOR_CHILD = re.compile(
    r"^[^.;:]{0,60}\b(?:hard|harder|difficult|a struggle|a challenge|tricky) "
    r"for (?:him|her|them)\b",
    re.IGNORECASE,
)
"""A task said to be hard for the child ("Trips to the supermarket remain hard for him")."""


def about_child(text: str, child: str) -> bool:
    """The child is the subject: named, or a pronoun, near the start of the sentence.

    The subject may follow an opening clause or two ("At lunch, when the hall is
    busy, Sam ...", "Written work is a sticking point: he ..."), so the words after each
    of the first two commas or colons count too.
    """
    if _DROPPED_SUBJECT.match(text) or _HARD_FOR_CHILD.match(text):
        return True
    words = text.split()
    openings = [" ".join(words[:7])]
    for index, word in enumerate(words[:12]):
        if word.endswith((",", ":")) and len(openings) < 3:
            openings.append(" ".join(words[index + 1 : index + 6]))
    return any(_PRONOUN.search(opening) or (child and child in opening) for opening in openings)


_EVENTS = re.compile(
    r"\b(?:has|have|had) (?!become|been|grown)\w+\b|"
    r"\b(?:reports?|says?|said|told|explained|noted)\b(?: (?:me|us))?(?: that)?",
    re.I,
)


def present_state(text: str) -> bool:
    """A present tense that describes the child now, not a count of past events.

    "Has arrived late on 19 occasions" and "reports that ..." tell a history; "is
    often involved in fights" and "has become withdrawn" describe the present.
    """
    return cue("present", _EVENTS.sub(" ", text))


_CONTRAST = GatedPattern(
    re.compile(
        r"(?:,|;|\s[-–—])\s*(?:but|yet|whereas|although|though)\s+|,\s*however,\s*|;\s*however,?\s+",
        re.I,
    )
)


def need_clause(text: str) -> str:
    """The part of a sentence that states the need, when a strength comes first.

    "His reading accuracy is age-appropriate, yet he understands little of what he
    reads" is about comprehension; matched whole, its strength would find Section B's
    sentence about accuracy and hide the need. The clause after the last contrast
    word is kept when it states a difficulty.
    """
    parts = _CONTRAST.split(text)
    if len(parts) > 1 and (cue("need", parts[-1]) or low_score(parts[-1])):
        return parts[-1]
    return text


def low_score(text: str) -> bool:
    """A score a standard deviation or more below average, or a gap of years, is a need."""
    for match in _PERCENTILE.finditer(text):
        if int(match.group("n")) < 16:
            return True
    return bool(_YEARS_BEHIND.search(text))


def need_shape(text: str, child: str) -> bool:
    """The child as subject with a difficulty, a negated ability or a low score."""
    if not about_child(text, child):
        return False
    return cue("need", text) or low_score(text)


def provision_shape(text: str) -> bool:
    """Names a kind of provision, or says how often, how long, or who delivers."""
    if concepts(text) & _provision_concepts():
        return True  # asked first: reading the amounts costs far more
    return names_amount(text)


def names_amount(text: str) -> bool:
    """Says how often, how long, who delivers or in what group: words for a kind of help
    ("steps", "the workplace") also name the child's day, but an amount is asked for."""
    return has_time(text) or staff_of(text)[0] is not None or group_of(text)[0] is not None


@cache
def _provision_concepts() -> frozenset[str]:
    return frozenset(lexicon.load("concepts")["provisions"])


def _names_provision(text: str) -> bool:
    """A kind of provision or an amount of it; a role alone may be a signature line."""
    return bool(concepts(text) & _provision_concepts()) or has_time(text)


def asks_for_provision(text: str) -> bool:
    """A request ("we would like her to have ...") or "needs" followed by a provision."""
    if _REQUEST.search(text) and provision_shape(text):
        return True
    match = _NEEDS_OBJECT.search(text)
    if match is None:
        return False
    obj = match.group("object")
    if cue("need", obj):
        return False
    if _CHILD_NEEDS.search(text[: match.start()]):
        return names_amount(obj)
    return provision_shape(obj)


_CHILD_NEEDS = re.compile(
    r"^(?!(?:the|this|that|it|everyone|staff|school|each|every|all|any)\b)"
    r"(?:he|she|they|[A-Z][\w'’-]+)(?: (?:also|still|often|now|usually|sometimes|generally))?"
    r" (?:[^,;]* and )?$|"
    r"(?:,|;| and| but) (?:he|she|they)(?: (?:also|still|often|now|usually|sometimes))? $",
    re.IGNORECASE,
)
"""The child as the one who needs ("Sienna has a mild learning disability and needs", "and
he needs"): what follows says what the child needs in order to manage, and is advice only
when it names an amount of help ("He needs 10 minutes of messy play every day"). "The
classroom needs acoustic treatment" and "everyone who teaches Freya needs training" ask."""


def need_as_consequence(text: str) -> bool:
    """ "He cannot fasten buttons, so he needs an adult to help" states a need.

    The advice is only the consequence of the difficulty, in the words a report uses to
    describe the child; firm advice words ("should", "recommend") still make it advice.
    """
    match = lexicon.compiled_label("report_cues", "sentence", "consequence").match(text)
    if match is None or cue("firm_advice", text):
        return False
    cause = match.group("cause")
    return (cue("need", cause) or low_score(cause)) and not cue("recommendation", cause)


_ASIDE = re.compile(
    r"^(?:I|we) (?:accept|agree|confirm|understand|note|acknowledge|have been|was|am|saw|met"
    r"|observed|spoke)\b"
    r"|\b(?:told me|said that|says that|reported that|explained that)\b"
    r"|^it would be (?:impossible|difficult|hard|unlikely|unrealistic)\b",
    re.IGNORECASE,
)
"""What the author concedes, relays or judges between pieces of advice ("I accept that
...", "He told me he would try this if ...")."""
_SO_FAR = re.compile(
    r"^(?:(?:[A-Z][\w'’-]+|he|she|they) (?:has|have) (?:had|received|attended|completed)|"
    r"(?:completed|attended|received) )\b",
    re.IGNORECASE,
)
"""What the child has had or done so far ("Isla has had weekly therapy for a year"), told
among the advice as the reason for it."""


def recommends(text: str, category: str | None, listed: bool) -> bool:
    """Whether the sentence asks for provision, given the heading it stands under."""
    if cue("recommendation", text) or asks_for_provision(text):
        return True
    if cue("home", text) and cue("home_benefit", text):
        return True  # "Playdough and beads at home will help build up his hands"
    if category == "recommendations":
        if _ASIDE.search(text) or _SO_FAR.match(text):
            return False  # what the author concedes, relays or judges, or what has been
        return listed or (text.rstrip().endswith(".") and _names_provision(text))
    if category == "home":
        return listed or cue("modal", text)  # "might practise", "would make easier"
    return False


def without_denials(text: str) -> str:
    """The sentence with denied difficulties ("shows no signs of anxiety") taken out."""
    return lexicon.indexed("report_cues", "sentence").sub("denial", " ", text)


_FIRST_PERSON = (
    (re.compile(r"\bI(?:['’]m| am)\b"), "{child} is"),
    (re.compile(r"\bI(?:['’]ve| have)\b"), "{child} has"),
    (re.compile(r"\bI(?:['’]ll)\b"), "{child} will"),
    (re.compile(r"\bI(?:['’]d)\b"), "{child} would"),
    (re.compile(r"\bI (?:don['’]t|do not)\b"), "{child} does not"),
    (re.compile(r"\b[Mm]y\b"), "{child}'s"),
    (re.compile(r"\b(?:I|me|myself)\b"), "{child}"),
)


_I_DO = re.compile(
    r"\bI (get|feel|find|forget|freeze|struggle|hate|panic|worry|lose|need|go|say)\b"
)
"""Everyday verbs a child uses of a difficulty ("I get worried", "I freeze"), which the
rules know in the third person ("gets", "freezes")."""
_THIRD_PERSON = {"worry": "worries", "go": "goes"}


def in_third_person(text: str, child: str) -> str:
    """A child's own words about themselves, told of the child ("I can't read the board"
    becomes "Sam can't read the board"), so that the rules see whose difficulty it is."""
    text = _I_DO.sub(lambda found: f"{child} {_THIRD_PERSON.get(found[1], found[1] + 's')}", text)
    for pattern, replacement in _FIRST_PERSON:
        text = pattern.sub(replacement.format(child=child), text)
    return text


_OF_CHILD = (
    r"(?:(?:often|still|usually|only|also|now|rarely|sometimes|easily|always|never|already)\s+)?"
    r"(?:is|are|was|were|can|cannot|can['’]t|could|does|did|learns|finds|gets|tends|"
    r"becomes|loses|struggles|knows|understands|forgets|copes|manages|responds|settles)\b"
)


def tells_of_child(text: str, child: str) -> bool:
    """A list item that says what the child is or does ("She cannot pick up new words just
    by listening"): in a table of advice, the reason beside a recommendation."""
    subject = rf"(?:he|she|they|{re.escape(child)})" if child else r"(?:he|she|they)"
    return bool(re.match(rf"{subject}\s+{_OF_CHILD}", text, re.IGNORECASE))


_ENJOYED_THING = re.compile(
    r"\b(?:something|an activity|activities|a task|tasks|a game|games|things?) (?:that )?"
    r"(?:he|she|they|[A-Z][\w'’-]+) (?:enjoys|enjoyed|likes|liked|loves|loved)\b"
)
"""A thing the child enjoys named inside a sentence about something else."""


def without_enjoyed_things(text: str) -> str:
    """The sentence without a thing the child enjoys named in passing ("asked to stop an
    activity he enjoyed, he swept the materials off the table"): what it says of the child
    is the rest."""
    return _ENJOYED_THING.sub(" ", text)


def strength_alone(text: str) -> str:
    """The strength cue of a sentence that states no difficulty outside it, quoted, or "".

    The words of a need inside the strength itself ("she now ties her laces, which she
    could not do at 12") are the progress it describes, not a difficulty.
    """
    text = without_enjoyed_things(text)
    match = lexicon.indexed("sentence_roles", "cues").search("strength", text)
    if match is None or cue("need", text[: match.start()] + " " + text[match.end() :]):
        return ""
    return f'"{match.group(0).strip()}"'
