"""Indexed pattern tables find exactly what the plain alternations find, only sooner."""

import random
import re

import pytest

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.gated_pattern import GatedPattern
from ehcp_appeal.analysis.literal_scan import folding_characters
from ehcp_appeal.analysis.pattern_index import PatternTable
from ehcp_appeal.analysis.pattern_literals import required_literal_sets, required_literals

TABLES = [
    ("report_cues", "sentence"),
    ("report_cues", "headings"),
    ("sentence_roles", "cues"),
    ("areas", "words"),
    ("areas", "headings"),
]
FILLER = [
    "he",
    "she",
    "Mia",
    "finds",
    "it",
    "hard",
    "to",
    "the",
    "lesson",
    "with",
    "a",
    "teaching",
    "assistant",
    "every",
    "week",
    "below",
    "average",
    "should",
    "would",
    "benefit",
    "from",
    "struggles",
    "anxious",
    "noise",
    "hall",
    "reading",
    "spelling",
    "speech",
    "therapy",
    "ear",
    "defenders",
    ",",
    ".",
    ";",
    ":",
    "'",
    "’",
    "ſtruggles",
    "K",
    "15th",
    "percentile",
    "two",
    "years",
]


def _sentences(seed: int, table: dict[str, list[str]], count: int) -> list[str]:
    """Random sentences mixing filler words with pieces of the table's own patterns."""
    rng = random.Random(seed)
    pieces = [re.sub(r"[\\()?|\[\]*+{}^$]", " ", p) for ps in table.values() for p in ps]
    out = []
    for _ in range(count):
        words = [rng.choice(FILLER) for _ in range(rng.randint(3, 18))]
        for _ in range(rng.randint(0, 3)):
            words.insert(rng.randint(0, len(words)), rng.choice(pieces))
        text = " ".join(words)
        out.append(text.upper() if rng.random() < 0.1 else text)
    return out


@pytest.mark.parametrize(("name", "key"), TABLES)
def test_search_gives_the_alternations_match(name: str, key: str) -> None:
    table = lexicon.load(name)[key]
    indexed = PatternTable(table, re.IGNORECASE)
    for text in _sentences(len(name) + len(key), table, 300):
        for label, pattern in lexicon.compiled(name, key).items():
            expected = pattern.search(text)
            found = indexed.search(label, text)
            assert (found and (found.span(), found.group(0))) == (
                expected and (expected.span(), expected.group(0))
            ), (label, text)
            assert indexed.any(label, text) == bool(expected)
            assert indexed.count(label, text) == len(pattern.findall(text))
            assert indexed.sub(label, "#", text) == pattern.sub("#", text)


def test_labels_with_a_prefix_match_the_concept_patterns() -> None:
    data = lexicon.load("concepts")
    table = {name: ps for group in ("needs", "provisions") for name, ps in data[group].items()}
    indexed = PatternTable(table, re.IGNORECASE, prefix="(?<![a-z])")
    plain = {
        name: re.compile("(?<![a-z])(?:" + "|".join(f"(?:{p})" for p in ps) + ")", re.IGNORECASE)
        for name, ps in table.items()
    }
    for text in [*_sentences(7, table, 300), "aftermath", "MATHS", "ſpeech"]:
        expected = frozenset(name for name, pattern in plain.items() if pattern.search(text))
        assert indexed.labels(text) == expected, text


def test_every_match_holds_one_of_the_required_literals() -> None:
    rng = random.Random(3)
    folding = folding_characters()
    table = lexicon.load("report_cues")["sentence"]
    for patterns in table.values():
        for pattern in patterns:
            literals = required_literals(pattern, re.IGNORECASE)
            if literals is None:
                continue
            compiled = re.compile(pattern, re.IGNORECASE)
            for text in _sentences(rng.randint(0, 99), {"x": [pattern]}, 5):
                match = compiled.search(text)
                # a text holding a letter that re folds onto ASCII ("ſ") skips the index
                if match and folding.isdisjoint(text):
                    assert any(literal in text.lower() for literal in literals), (pattern, text)


def test_literals_are_read_through_groups_and_alternatives() -> None:
    assert required_literals(r"\bstruggl", re.I) == {"struggl"}
    assert required_literals(r"below (the level|average)", re.I) == {"the level", "average"}
    assert required_literals(r"(?:the|a) level", re.I) == {" level"}
    assert required_literals(r"(?:ear defenders|noise[- ]cancel)", re.I) == {
        "ear defenders",
        "cancel",
    }
    assert required_literals(r"\d+ times", re.I) == {" times"}
    assert required_literals(r"a|b", re.I) is None  # too short to index: always searched


def test_a_letter_re_folds_onto_ascii_is_never_missed() -> None:
    indexed = PatternTable({"need": ["struggl"]}, re.IGNORECASE)
    assert indexed.any("need", "He ſtruggles with reading")
    assert re.search("struggl", "He ſtruggles", re.IGNORECASE)


def test_candidates_never_leave_out_a_pattern_that_matches() -> None:
    """Staff roles are searched only among the candidates, so none that matches may be left."""
    patterns = [pattern for pattern, _rank, _label in lexicon.load("quantities")["staff"]["roles"]]
    table = PatternTable({"roles": patterns}, re.IGNORECASE)
    for text in [*_sentences(11, {"roles": patterns}, 300), "a ſpeech therapist"]:
        chosen = set(table.candidates("roles", text))
        for number, pattern in enumerate(patterns):
            if re.search(pattern, text, re.IGNORECASE):
                assert number in chosen, (pattern, text)


def test_a_gated_pattern_finds_what_the_pattern_finds() -> None:
    """The amount patterns skip texts without their words, and find the same everywhere else."""
    from ehcp_appeal.analysis.judging.quantities import _amount_patterns

    amounts = [
        "twice a week",
        "30 minutes",
        "every day",
        "3 x 20 minutes per week",
        "half an hour",
        "six sessions over 12 weeks",
        "weekly",
        "full-time",
        "ſessions each week",
        "two hours a week",
        "1 hr 30 mins",
        "3 HRS",
    ]
    texts = _sentences(5, {"x": amounts}, 300)
    for pattern in _amount_patterns().values():
        gated = GatedPattern(pattern)
        for text in texts:
            assert [m.span() for m in gated.finditer(text)] == [
                m.span() for m in pattern.finditer(text)
            ], (pattern.pattern, text)
            assert gated.sub("#", text) == pattern.sub("#", text)
            assert bool(gated.search(text)) == bool(pattern.search(text))


def test_literals_that_begin_longer_ones_and_overlap_are_all_found() -> None:
    """One scan finds the longest literal at each place; those it begins with count too."""
    table = PatternTable(
        {
            "short": [r"\bschool\b"],
            "long": [r"school days"],
            "inside": [r"days? off"],
            "apart": [r"hool"],
        },
        re.IGNORECASE,
    )
    assert table.labels("Missed SCHOOL DAYS OFF") == {"short", "long", "inside", "apart"}
    assert table.labels("a schoolday") == {"apart"}


def test_a_pattern_is_searched_only_when_a_literal_of_every_set_it_needs_is_there() -> None:
    pattern = r"\bgaps? in (?:his|their)\b"
    sets = required_literal_sets(pattern, re.I)
    assert sets[0] == required_literals(pattern, re.I)
    assert set(sets) == {frozenset({"gap"}), frozenset({" in "}), frozenset({"his", "their"})}
    table = PatternTable({"gap": [pattern]}, re.IGNORECASE)
    assert list(table.candidates("gap", "Gaps in their reading")) == [0]
    assert list(table.candidates("gap", "a gap between his lessons")) == []
    assert list(table.candidates("gap", "gaps in reading")) == []
    assert table.search("gap", "Gaps in their reading") is not None
