"""Pairing recommendations that matched nothing with plan lines that no recommendation claims.

A council that waters a recommendation down often rewords it too ("direct therapy
each week" becomes "a therapist will visit each half-term"; "printed lesson notes"
becomes "printed copies of the slides"), so the weakened line scores below the usual
match threshold. Reporting the recommendation as missing from Section F would then
be wrong twice over: the plan does address it, only less or vaguely. Plan lines are
written to answer the reports, so a line that no recommendation reaches and a
recommendation that reaches no line are likely to be a pair when they share
distinctive words and each is the other's best choice among those left. That last
condition keeps the pairing one to one and stops a stray line absorbing a truly missing
provision. Advice already answered elsewhere does not compete for a free line: "with her
key adult", said in passing by advice that a quiet base answers, would otherwise keep
"Teaching assistant support from a key adult" from the advice for a key adult's hours.
"""

from collections.abc import Sequence

from ehcp_appeal.analysis.matching.matching import Match, Matcher

FALLBACK_SCORE = 0.15
"""Lowest score for a pairing: below the match threshold, above unrelated lines' usual
best (about 0.1 on the development cases once shared words are required)."""
FALLBACK_WORDS = 0.2
"""Lowest weighted word overlap: the pair must share the provision's distinctive words
("buggy", "printed ... notes"), not just a concept of the same area of need."""


def pair_leftovers(
    matcher: Matcher,
    recommendations: Sequence[str],
    unmatched: Sequence[int],
    free_lines: Sequence[int],
) -> dict[int, Match]:
    """{recommendation number: match} for mutual best pairs of leftovers.

    ``recommendations`` holds every recommendation's text (all of them compete for
    each free line); ``unmatched`` numbers the ones that matched nothing;
    ``free_lines`` are plan line indices no recommendation matched.
    """
    waiting = set(unmatched)
    pairs: dict[int, Match] = {}
    if not waiting or not recommendations:
        return pairs
    waiting_only = [
        text if number in waiting else "" for number, text in enumerate(recommendations)
    ]
    for line in free_lines:
        found = matcher.best_statement(waiting_only, line)
        if found is None:
            continue
        match, number = found
        if number not in waiting:
            continue
        if match.score < FALLBACK_SCORE or match.words < FALLBACK_WORDS:
            continue
        # A recommendation keeps only the free line it scores best against.
        if number not in pairs or match.score > pairs[number].score:
            pairs[number] = match
    return pairs
