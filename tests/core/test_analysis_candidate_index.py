"""Scoring through the candidate index picks the same plan line as scoring every line."""

import random
from pathlib import Path

from ehcp_appeal.analysis.judging.checker import MATCH_THRESHOLD
from ehcp_appeal.analysis.matching.matching import Match, Matcher

SENTENCES = [
    line.split("\t")[-1]
    for line in (Path(__file__).parents[1] / "data" / "sentence_roles" / "dev.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]


def _brute(matches: list[Match]) -> Match | None:
    return max(matches, key=lambda match: match.score) if matches else None


def _case(seed: int) -> tuple[Matcher, list[str], list[str]]:
    rng = random.Random(seed)
    plan = rng.sample(SENTENCES, rng.randint(1, 25))
    reports = rng.sample(SENTENCES, rng.randint(1, 40))
    return Matcher(plan, reports, [rng.random() < 0.5 for _ in plan]), plan, reports


def test_lines_left_out_score_no_more_than_the_ceiling() -> None:
    left_out = 0
    for seed in range(30):
        matcher, plan, reports = _case(seed)
        for text in reports:
            possible, ceiling = matcher.could_match(text)
            assert Matcher.CHARS < ceiling < MATCH_THRESHOLD
            for index in range(len(plan)):
                if index not in possible:
                    left_out += 1
                    assert matcher.score(text, index).score <= ceiling, (text, plan[index])
    assert left_out > 1000  # the index does leave lines out


def test_best_above_a_floor_is_the_best_line_when_it_reaches_the_floor() -> None:
    for seed in range(30):
        matcher, plan, reports = _case(seed)
        for text in reports:
            expected = _brute([matcher.score(text, index) for index in range(len(plan))])
            assert expected is not None
            for floor in (0.1, 0.2, MATCH_THRESHOLD, 0.5):
                wanted = expected if expected.score >= floor else None
                assert matcher.best(text, floor=floor) == wanted


def test_best_is_the_best_of_every_allowed_line_first_of_equals() -> None:
    rng = random.Random(5)
    for seed in range(30):
        matcher, plan, reports = _case(seed)
        for text in reports:
            allowed = [i for i in range(len(plan)) if rng.random() < 0.7]
            expected = _brute([matcher.score(text, index) for index in allowed])
            assert matcher.best(text, allowed) == expected
            assert matcher.best(text) == _brute(
                [matcher.score(text, index) for index in range(len(plan))]
            )


def test_best_statement_is_the_best_of_every_statement_first_of_equals() -> None:
    for seed in range(30):
        matcher, plan, reports = _case(seed)
        for index in range(len(plan)):
            scored = [(matcher.score(text, index), n) for n, text in enumerate(reports)]
            expected = max(scored, key=lambda pair: pair[0].score)
            assert matcher.best_statement(reports, index) == expected
        assert matcher.best_statement([], 0) is None


def test_repeated_statements_score_as_the_first_time() -> None:
    plan, reports = SENTENCES[:10], SENTENCES[10:60]
    matcher = Matcher(plan, reports, [True] * len(plan))
    first = [matcher.score(text, 3) for text in reports]
    assert [matcher.score(text, 3) for text in reports] == first
    fresh = Matcher(plan, reports, [True] * len(plan))
    assert [fresh.score(text, 3) for text in reversed(reports)] == first[::-1]
