"""The vague line of Section F that answers a report's advice, when no line matches it.

Councils often answer a report's precise advice with a line too vague to match it on
words. That line is reported as not specific; reporting the advice as missing too would
tell the family the plan says nothing, which is untrue, and make two findings of one
fault. So the advice is taken as answered, vaguely, by such a line.
"""

from typing import TYPE_CHECKING

from ehcp_appeal.analysis.judging.staff import therapist_to_assistant
from ehcp_appeal.analysis.matching.matching import Match, disciplines, provision_kinds

if TYPE_CHECKING:
    from ehcp_appeal.analysis.judging.checker import Checker

VAGUE_ANSWER = 0.22
"""A vague line of F scoring this much against advice it shares a concept with is
taken as the plan's (vague) answer to it; below it the two are about different things."""


def vague_answer(checker: "Checker", advice: str) -> Match | None:
    """A vague line of F on the same provision as the advice, if there is one.

    The nearest line first ("Speech and language therapy advice to staff" for termly
    training by the therapist): one naming only the need ("supported to organise his
    work") answers any advice on that need; one naming kinds of provision answers only
    advice of those kinds. Failing that, a line from the same profession.
    """
    nearest = checker.nearest(advice, ("F",))
    if nearest is None or nearest.score < VAGUE_ANSWER or not nearest.shared:
        return _vague_service(checker, advice)
    verdict = checker.judged.get(nearest.index)
    if verdict is None or verdict.specific:
        return _vague_service(checker, advice)
    line_kinds = provision_kinds(checker.items[nearest.index].whole)
    if line_kinds >= provision_kinds(advice) or not line_kinds:
        return nearest
    return _vague_service(checker, advice)


_THERAPY = frozenset(
    {
        "direct_therapy",
        "physio_programme",
        "ot_programme",
        "language_programme",
        "counselling_therapy",
    }
)
"""The kinds that are a profession's own work, which a line naming only the profession
("SALT input") answers; its training, groups and equipment are not."""


def _vague_service(checker: "Checker", advice: str) -> Match | None:
    """A vague line of F offering the same kind of provision from the same profession
    as the advice ("Occupational therapy advice and a programme as appropriate" for
    a fortnightly programme from an occupational therapist, "Access to ELSA support"
    for six weekly ELSA sessions): the plan answers that advice, vaguely, in words too
    few to match. A different kind from the same profession (staff training, a group)
    is not answered by it; a line naming the profession and no kind at all ("SALT input
    to be reviewed termly") answers the profession's own therapy or programme. Of several such
    lines, the one sharing most words."""
    kinds, named = provision_kinds(advice), disciplines(advice)
    if not kinds:
        return None
    answers = []
    for index, verdict in checker.judged.items():
        whole = checker.items[index].whole
        line_named = disciplines(whole)
        same_profession = bool(named & line_named) or not (named or line_named)
        line_kinds = provision_kinds(whole)
        general = (  # "SALT input", as needed: unless an assistant is to give it instead
            bool(named & line_named)
            and not line_kinds
            and kinds <= _THERAPY
            and not therapist_to_assistant(advice, whole)
        )
        if not verdict.specific and same_profession and (kinds & line_kinds or general):
            answers.append(index)
    if not answers:
        return None
    scored = checker.matcher.best(advice, answers)
    return scored if scored is not None else Match(answers[0], 0.0, ())
