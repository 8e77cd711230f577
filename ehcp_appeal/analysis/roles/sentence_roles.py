"""What each report sentence is: the step between reading a report and matching it.

Every sentence, bullet and table cell gets one role, with the cue that decided it and
how sure that cue is. Only current needs and recommendations (and home advice, kept
but raising nothing) go on to be matched against the plan; every other role is kept
so that a reader can see why a sentence was not taken:

- ``need``: a current difficulty the author identifies;
- ``recommendation``: provision the author asks for (third person, reported speech
  and options included: "Mia will have ...", "she recommended that ...", "Plan B: ...");
- ``reason``: why a provision is needed, what happens without it, why something was
  not recommended, or the report talking about itself ("the table below sets out ...");
- ``assessment``: how a test went, whether its results are valid, a score or range;
- ``history``: background, past events, what the family relayed;
- ``resolved``: a difficulty that has gone;
- ``strength``: progress, strengths and facts of daily life that are not a difficulty;
- ``plan_comment``: a comment on what the current plan includes or leaves out;
- ``home``: advice for the family at home;
- ``in_place``: support the child already receives;
- ``other``: greetings, sign-offs, lead-ins.

The decisions are cue rules, not a trained model: each rule names its cue, so a
family or advocate can see and dispute it (benchmarks/README.md records the choice).
"""

import re
from dataclasses import dataclass

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.gated_pattern import GatedPattern
from ehcp_appeal.analysis.literal_scan import lowered_or_none
from ehcp_appeal.analysis.reading.blocks import normalise_quotes
from ehcp_appeal.analysis.roles.report_sentences import (
    about_child,
    asks_for_provision,
    cue,
    in_third_person,
    low_score,
    names_amount,
    need_as_consequence,
    need_clause,
    need_shape,
    present_state,
    provision_shape,
    recommends,
    strength_alone,
    tells_of_child,
    without_denials,
    without_enjoyed_things,
)
from ehcp_appeal.analysis.roles.report_voice import relayed_by_family, score_only
from ehcp_appeal.analysis.roles.role_classifier import TAKEN, untaken_role

ROLE_NAMES = {
    "need": "Current need",
    "recommendation": "Recommendation",
    "reason": "Reason or consequence",
    "assessment": "Assessment or test result",
    "history": "History or background",
    "resolved": "Difficulty now resolved",
    "strength": "Strength, progress or daily life",
    "plan_comment": "Comment on the current plan",
    "home": "Advice for home",
    "in_place": "Support already in place",
    "other": "Not about the child's needs",
}
"""Plain names for the roles, for people reading the result."""
ROLES = tuple(ROLE_NAMES)
# How far each kind of evidence can be trusted: a cue in the sentence itself is
# surer than the heading it stands under, which is surer than its shape alone.
SURE, HEADING, SHAPE = 0.9, 0.75, 0.65
HEADING_ALONE = 0.45
"""A paragraph taken as advice only because of the heading it stands under, with no word
asking for anything and no amount of help (how often, how long, who). Under a
recommendations heading, prose argues as much as it asks: on the studied evaluation sets
such sentences were right about one time in four as missing provision (the reasons, the
history and the child's difficulties around the advice), so what they raise is only worth
a look."""


_HAS_CONDITION = GatedPattern(
    re.compile(
        r"\b(?:has|have) (?:a |an )?(?:[\w-]+ ){0,4}"
        r"(?:disorder|impairment|syndrome|difficulty|difficulties|condition|profile)\b",
        re.IGNORECASE,
    )
)
"""The child has a condition, however the sentence goes on to explain it."""
_AMEND = GatedPattern(
    re.compile(r"\b(?:plan|section [a-k])\b[^.]{0,6}\b(?:should|must)\b", re.IGNORECASE)
)
"""Asking for the plan to change ("Section F should specify ...") is advice, not comment."""


@dataclass(frozen=True)
class SentenceRole:
    """One sentence's role, the cue that decided it and how sure that cue is."""

    role: str
    cue: str
    certainty: float
    reason: str = ""  # home | health for advice that is not educational

    @property
    def kind(self) -> str | None:
        """The item kind a role feeds ("need" or "recommendation"), or None."""
        if self.role == "need":
            return "need"
        return "recommendation" if self.role in ("recommendation", "home") else None


def _hit(group: str, text: str) -> str:
    """The words of ``text`` that a role cue group matched, quoted, or ""."""
    match = lexicon.indexed("sentence_roles", "cues").search(group, text)
    return f'"{match.group(0).strip()}"' if match else ""


def _report_hit(group: str, text: str) -> str:
    match = lexicon.indexed("report_cues", "sentence").search(group, text)
    return f'"{match.group(0).strip()}"' if match else ""


def _under(category: str | None, listed: bool) -> str:
    where = f"under a {category} heading" if category else "with no heading"
    return f"{'a list item ' if listed else ''}{where}"


_CONTRACTIONS = (
    (re.compile(r"\bwon't\b", re.IGNORECASE), "will not", "won't"),
    (re.compile(r"\bcan't\b", re.IGNORECASE), "cannot", "can't"),
    (re.compile(r"\bshan't\b", re.IGNORECASE), "shall not", "shan't"),
    (re.compile(r"\b(\w+)n't\b", re.IGNORECASE), r"\1 not", "n't"),
    (re.compile(r"\bI'm\b"), "I am", "i'm"),
    (re.compile(r"\b(I|we|you|they)'ve\b", re.IGNORECASE), r"\1 have", "'ve"),
    (re.compile(r"\b(I|we|you|they|he|she)'ll\b", re.IGNORECASE), r"\1 will", "'ll"),
    (re.compile(r"\b(I|we|you|they|he|she)'d like\b", re.IGNORECASE), r"\1 would like", "'d like"),
)
"""Each contraction's pattern, its words, and letters every match holds (lower case)."""


def spelled_out(text: str) -> str:
    """The sentence with straight quotes and its contractions written out, as the cues are:
    a parent's or a young person's own words ("she doesn't understand", "I'd like") say
    what a professional's "does not" and "would like" say.

    Most apostrophes are possessives, so a contraction is only looked for when the
    sentence holds its letters. No replacement holds an apostrophe, so writing one out
    never makes another appear; a sentence with a character ``re`` folds onto a Latin
    letter ("ſhan't") is given every pattern.
    """
    text = normalise_quotes(text)
    if "'" not in text:
        return text
    lowered = lowered_or_none(text)
    for pattern, words, letters in _CONTRACTIONS:
        if lowered is None or letters in lowered:
            text = pattern.sub(words, text)
    return text


def assign_role(
    text: str,
    category: str | None,
    listed: bool,
    child: str = "",
    family: re.Pattern[str] | None = None,
) -> SentenceRole:
    """The role of one sentence: the cue rules decide whether it is taken (a need or
    advice); one not taken keeps a sure cue's role ("no longer a concern" is resolved),
    and otherwise is named by the kind it is worded like (role_classifier)."""
    if category == "voice" and child:  # "What is hard for me": "I" is the child
        found = _rule_role(in_third_person(text, child), None, listed, child, family)
    else:
        found = _rule_role(text, category, listed, child, family)
    sure = found.certainty >= SURE and found.role != "other"
    if found.role in TAKEN or sure or len(text.split()) < 4:
        return found
    likely = untaken_role(without_enjoyed_things(text), category, listed, child)
    if likely == found.role:
        return found
    return SentenceRole(likely, f"worded like {ROLE_NAMES[likely].lower()}", SHAPE)


def _rule_role(
    text: str,
    category: str | None,
    listed: bool,
    child: str = "",
    family: re.Pattern[str] | None = None,
) -> SentenceRole:
    """The role the cue rules give one sentence, given the heading category it stands under.

    ``listed`` is true for a bullet, numbered item or table row: under a needs or
    recommendations heading a list item is taken as such even without a cue word.
    ``family`` matches an opening in which the family tells the author something.
    """
    if len(text.split()) < 4 or text.rstrip().endswith(":"):
        return SentenceRole("other", "too short to state anything, or a lead-in", SURE)
    if _CONTACT.search(text) and len(text.split()) < 16:
        return SentenceRole("other", "a name and telephone number: who to contact", SURE)
    if _SIGN_OFF.match(text):
        return SentenceRole("other", "a name and a job title: who signed it", SURE)
    text = spelled_out(text)
    if category == "in_place":
        return SentenceRole("in_place", _under(category, listed), HEADING)
    if category == "skip":
        return SentenceRole("other", _under("skipped", listed), HEADING)
    if category == "plan_comment" and not _firm(text):  # "It describes a different child."
        # the heading says what it is: the classifier does not rename it
        return SentenceRole("plan_comment", _under("comments on the plan", listed), SURE)
    if category == "adjustments":  # shown as advice, but not special educational provision
        return SentenceRole("recommendation", _under("adjustments", listed), HEADING, "adjustment")
    early = _commentary(text)
    if early is not None:
        return early
    if (hit := _report_hit("not_current", text)) and not (
        cue("strong_need", text) and about_child(text, child)
    ):
        return SentenceRole("other", hit, SURE)  # "when I observed, she could not ..." is a need
    if hit := _report_hit("resolved", text) or _hit("resolved", text):
        return SentenceRole("resolved", hit, SURE)
    if hit := _hit("progress", text):  # "now ..., which she could not do in May"
        return SentenceRole("strength", hit, SURE)
    if hit := _report_hit("eligibility", text):
        return SentenceRole("reason", hit, SURE)  # argues that a plan is needed
    if _already_had(text):
        return SentenceRole("in_place", _hit("in_place", text), SURE)
    advice = _advice(text, category, listed, child)
    if advice is not None:
        return advice
    if relayed_by_family(text, family):
        return SentenceRole("history", "the family's account, relayed", SURE)
    if (hit := _hit("in_place", text)) and not (cue("need", text) or low_score(text)):
        return SentenceRole("in_place", hit, SURE)  # "currently has significant anxiety" is not
    return _need_or_not(text, category, listed, child)


def _already_had(text: str) -> bool:
    """Support the child already has ("currently sees the counsellor weekly"), said with no
    advice word, even under a recommendations heading or listed in a table of support."""
    return bool(_hit("in_place", text)) and not (
        _firm(text) or cue("need", text) or low_score(text) or _hit("third_person", text)
    )


_QUOTED_FIRST_PERSON = re.compile(r"^[\"“‘'][^\"”’]{0,40}\bI\b")
"""A sentence that is wholly a quotation in the first person ("“I can't type when my hands
go stiff”"): the child or young person speaking, as views pages quote them."""


def _in_own_words(text: str, child: str) -> bool:
    """The child quoted or reported by name ("Isla said that she still finds maths
    'really confusing'"), or quoted in the first person: a child's view of a difficulty is
    a need like any other."""
    if _QUOTED_FIRST_PERSON.match(text):
        return True
    return bool(child) and bool(
        re.match(rf"{re.escape(child)} (?:said|says|told me|explained|describes|described)\b", text)
    )


def _firm(text: str) -> bool:
    return lexicon.indexed("sentence_roles", "cues").any("firm", text)


_AVERAGE_RESULT = re.compile(
    r"(?<!now )\b(?:with)?in the (?:high )?(?:average|typical|normal) range\b", re.IGNORECASE
)
_SET_AGAINST = re.compile(
    r"\b(?:but|although|though|whereas|while|however|below|borderline|slow|weak\w*|low)\b",
    re.IGNORECASE,
)
"""A result in the average range set against a weaker one ("..., but her spelling is well
below"), which makes the sentence about the weaker one."""


def _commentary(text: str) -> SentenceRole | None:
    """Sentences about the plan, the report or a test, or giving a reason, not advice."""
    if hit := _hit("reason_always", text):
        return SentenceRole("reason", hit, SURE)
    if hit := _hit("assessment", text):  # "should be interpreted with caution"
        return SentenceRole("assessment", hit, SURE)
    if _AVERAGE_RESULT.search(text) and not _SET_AGAINST.search(text):
        return SentenceRole("assessment", "a result in the average range, and nothing weaker", SURE)
    if (hit := _hit("plan_comment", text)) and not _AMEND.search(text):
        return SentenceRole("plan_comment", hit, SURE)
    if not _firm(text) and (hit := _hit("reason", text)):
        return SentenceRole("reason", hit, SURE)
    return None


def _advice(text: str, category: str | None, listed: bool, child: str) -> SentenceRole | None:
    """A recommendation (or home advice) when the sentence asks for provision."""
    third = _hit("third_person", text)
    third = third if third and provision_shape(text) else _hit("option", text)
    if hit := _hit("home", text):
        return SentenceRole("home", hit, SURE, "home")  # "her parents may wish to attend"
    advice = bool(third) or recommends(text, category, listed)
    if advice and category != "recommendations" and need_as_consequence(text):
        return None
    if advice and not third and not listed and _progress_only(text):
        return None  # "He has made some progress in the group": a strength, whatever the heading
    if advice and category == "needs" and not cue("recommendation", text) and not third:
        advice = asks_for_provision(text) and not need_shape(text, child)
    if not advice:
        return None
    decided = third or _report_hit("recommendation", text)
    if listed and not decided and tells_of_child(text, child):
        return SentenceRole("reason", "a statement about the child beside the advice", SHAPE)
    certainty = SURE if decided else HEADING
    if not decided:
        asks = asks_for_provision(text)
        if not listed and not asks and not names_amount(text):
            certainty = HEADING_ALONE
        decided = "asks for provision" if asks else _under(category, listed)
    if category in ("background", "history") and not re.search(r"should|recommend", text, re.I):
        return SentenceRole("history", _under(category, listed), HEADING)
    if category == "home" or cue("home", text):
        return SentenceRole("home", decided, certainty, "home")
    if cue("health", text):
        return SentenceRole("recommendation", decided, certainty, "health")
    if cue("placement", text):  # Section I names the school, not F
        return SentenceRole("recommendation", decided, certainty, "placement")
    return SentenceRole("recommendation", decided, certainty)


def _progress_only(text: str) -> bool:
    """Progress or a strength, with no word asking for anything: a recommendations section
    often opens with what has gone well before it says what is needed."""
    return bool(_hit("strength", text)) and not (
        _firm(text) or cue("recommendation", text) or asks_for_provision(text) or cue("need", text)
    )


_SIGN_OFF = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},"
    r"(?: (?:[A-Z(][\w()'’/-]*|of|for|and|in|the|with))+\.?$"
)
"""A name and a job title, as a report is signed ("Tomasz Wieczorek, Occupational
Therapist."): who wrote the report, though its title names a kind of provision."""
_CONTACT = re.compile(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b|\b0\d{4} ?\d{6}\b|\+44 ?\d")
"""A telephone number: a report's signature or contact line, not a statement."""
_STILL = re.compile(
    r"\bstill\b(?! (?:enjoys?|likes?|loves?|learning|making|improving|developing|progressing|"
    r"keen|happy)\b)|\b(?:usually|can|could|will) only\b|"
    r"\bonly (?:ever|manages?|uses?|says?|reads?|writes?)\b|"
    r"\b(?:finish(?:es|ed)?|complet(?:es|ed)|wr(?:ote|ites)|manag(?:es|ed)|reads?|sa(?:id|ys)|"
    r"us(?:es|ed)) only\b",
    re.I,
)
"""What a child still does or only manages ("She still sounds out unfamiliar words letter by
letter", "he usually only manages two sentences"): under a heading for the child's needs
these describe what is hard, though no word of difficulty is used."""


def _not_need(category: str | None, cue_text: str) -> SentenceRole:
    """What a sentence that states no current difficulty is, by where it stands."""
    role = {
        "assessment": "assessment",
        "background": "history",
        "history": "history",
        "recommendations": "reason",
        "plan_comment": "plan_comment",
    }.get(category or "", "other")
    return SentenceRole(role, cue_text, HEADING if category else SHAPE)


def _need_or_not(text: str, category: str | None, listed: bool, child: str) -> SentenceRole:
    stated = without_denials(text)
    if stated != text and not (cue("need", stated) or low_score(stated)):
        return SentenceRole("strength", "every difficulty it names is denied", SURE)
    text = stated
    if score_only(text, child):
        return SentenceRole("assessment", "a test result as its subject", SURE)
    if (hit := _report_hit("history", text)) and not cue("diagnosis", text):
        return SentenceRole("history", hit, SURE)  # a diagnosis stays a need
    if (hit := _report_hit("not_need", need_clause(text))) and not _HAS_CONDITION.search(text):
        return SentenceRole("strength", hit, SURE)  # "a disorder consistent with" stays a need
    if _in_own_words(text, child) and cue("need", text):
        return SentenceRole("need", "the child's own words", HEADING)
    if hit := strength_alone(text):
        return SentenceRole("strength", hit, SURE)
    scored = category != "assessment" and low_score(text) and about_child(text, child)
    strong = cue("strong_need", text) or scored
    listed_need = category == "needs" and listed
    if cue("scores", text) and not strong and not listed_need:
        return SentenceRole("assessment", _report_hit("scores", text), SURE)
    found = _report_hit("strong_need", text) or _report_hit("need", text)
    if category in ("background", "history"):
        habitual = cue("need", text) and (cue("habitual", text) or category == "background")
        if (strong or habitual) and present_state(text) and about_child(text, child):
            return SentenceRole("need", f"{found} in the present tense", HEADING)
        return _not_need(category, _under(category, listed))
    if category == "needs":
        if listed or cue("need", text) or strong:
            return SentenceRole("need", found or _under(category, listed), HEADING)
        if _STILL.search(text) and about_child(text, child):
            return SentenceRole("need", "what the child still does, under a needs heading", SHAPE)
        return _not_need(category, "no difficulty stated")
    past_summary = category != "assessment" and cue("summary_past", text)
    if need_shape(text, child) and (cue("present", text) or past_summary):
        return SentenceRole("need", f"the child with {found or 'a low score'}", SHAPE + 0.1)
    if listed and category is None and (hit := _report_hit("strong_need", text)):
        return SentenceRole("need", f"a list item naming {hit}", SHAPE)  # "Slow processing"
    if not about_child(text, child) and category is None:
        return SentenceRole("other", "not about the child", SHAPE)
    return _not_need(category, "no difficulty stated")
