"""The shared literal scan, the per-label candidates and the gated role patterns find
exactly what a plain search finds."""

import random
import re

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.gated_pattern import GatedPattern
from ehcp_appeal.analysis.literal_scan import LiteralScan
from ehcp_appeal.analysis.pattern_index import PatternTable
from ehcp_appeal.analysis.roles import report_sentences, report_voice, sentence_roles
from ehcp_appeal.analysis.roles.restated import RESTATED, Said

WORDS = [
    "he", "she", "needs", "requires", "would", "like", "to", "have", "ask", "asks", "for",
    "not", "never", "n't", "but", "yet", "however,", "however", ";", ",", "-", "scores",
    "index", "is", "below", "the", "plan", "section", "f", "should", "must", "has", "a",
    "disorder", "years", "behind", "5th", "percentile", "ſcores", "HOWEVER", "Needs",
    "younger", "like", "children", "two", "months", "though", "Mia", "reading", "help",
]  # fmt: skip


SHAPES = [
    "She scored at the 5th percentile in reading.",
    "He reads like a child two years younger; he is 14 months behind.",
    "We would like her to have a laptop, but he does not ask for help.",
    "Her reading scores are below average, and she needs longer.",
    "He has a severe language disorder; however, he copes.",
    "Section F should specify the hours; the plan must say who.",
    "Mia needs a quiet space ſcores",
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_the_scan_finds_every_occurrence_nested_and_overlapping() -> None:
    scan = LiteralScan()
    scan.add(["school", "school days", "hool", "days off", "day"])
    assert scan.present("missed school days off") == {
        "school",
        "school days",
        "hool",
        "days off",
        "day",
    }
    assert scan.present("a schoolday") == {"school", "hool", "day"}
    assert scan.present("nothing here") == frozenset()


def test_literals_added_later_are_found_in_a_text_scanned_before() -> None:
    scan = LiteralScan()
    scan.add(["read"])
    assert scan.present("reading aloud") == {"read"}
    scan.add(["aloud"])
    assert scan.present("reading aloud") == {"read", "aloud"}
    assert LiteralScan().present("anything") == frozenset()  # no literals at all


def test_every_label_asked_alone_gives_the_alternations_answer() -> None:
    """Asked one label at a time, in any order, as the role rules ask."""
    table = lexicon.load("report_cues")["sentence"]
    indexed = PatternTable(table, re.IGNORECASE)
    rng = random.Random(4)
    labels = list(table)
    pieces = [re.sub(r"[\\()?|\[\]*+{}^$]", " ", p) for ps in table.values() for p in ps]
    for text in _texts(9, 200):
        text = f"{text} {rng.choice(pieces)}"
        rng.shuffle(labels)
        for label in labels:
            expected = lexicon.compiled("report_cues", "sentence")[label].search(text)
            found = indexed.search(label, text)
            assert (found and found.span()) == (expected and expected.span()), (label, text)
            assert indexed.any(label, text) == bool(expected)
            assert indexed.search(label, text) is found  # asked again: the same answer


def test_the_gated_role_patterns_find_what_the_patterns_find() -> None:
    gated = [
        report_sentences._PERCENTILE,
        report_sentences._YEARS_BEHIND,
        report_sentences._REQUEST,
        report_sentences._NEEDS_OBJECT,
        report_sentences._CONTRAST,
        report_voice._SCORE_SUBJECT,
        sentence_roles._HAS_CONDITION,
        sentence_roles._AMEND,
    ]
    for pattern in gated:
        assert isinstance(pattern, GatedPattern)
        plain = pattern.pattern
        for text in [*_texts(len(plain.pattern), 400), *SHAPES]:
            assert pattern.split(text) == plain.split(text), (plain.pattern, text)
            assert bool(pattern.match(text)) == bool(plain.match(text)), (plain.pattern, text)
            found, expected = pattern.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span())
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_a_restatement_is_found_among_many_earlier_items() -> None:
    """The words' lists of earlier items find what comparing with every item finds."""
    from ehcp_appeal.analysis.matching.words import tokens

    for seed, size, longest in [(2, 30, 6), (5, 20, 12), (7, 60, 9)]:
        rng = random.Random(seed)
        vocabulary = [f"zq{chr(97 + n // 26)}{chr(97 + n % 26)}k" for n in range(size)]
        said = Said()
        earlier: list[frozenset[str]] = []
        restated = 0
        for _ in range(600):
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, longest)))
            own = frozenset(tokens(text))
            expected = len(own) >= 2 and any(
                len(own & other) >= RESTATED * len(own) for other in earlier
            )
            assert said.restates(text, "need") == expected, text
            restated += expected
            if not expected:
                earlier.append(own)
        assert 0 < restated < 600  # both answers were given


def test_a_lookbehind_prefix_checked_apart_finds_the_prefixed_match() -> None:
    """The concepts' "not inside a word" prefix: the first place the pattern matches may
    be inside a word, and the match is then the next place outside one."""
    table = {"maths": [r"maths?\b", r"numeracy"], "ear": [r"ear defenders?", r"ears?\b"]}
    indexed = PatternTable(table, re.IGNORECASE, prefix="(?<![a-z])")
    plain = {
        label: re.compile("(?<![a-z])(?:" + "|".join(f"(?:{p})" for p in ps) + ")", re.I)
        for label, ps in table.items()
    }
    texts = [
        "the aftermath of maths",
        "AFTERMATH",
        "Maths",
        "near the ear, his EARS and ear defenders",
        "fear; clear years",
        "ſmaths math",
        "",
        *_texts(5, 200),
    ]
    for text in texts:
        for label, pattern in plain.items():
            expected, found = pattern.search(text), indexed.search(label, text)
            assert (found and found.span()) == (expected and expected.span()), (label, text)
        assert indexed.labels(text) == {label for label, p in plain.items() if p.search(text)}


def test_counting_and_replacing_with_the_patterns_alone_follows_the_alternation() -> None:
    """Overlapping patterns, two starting at one place, one whose match is passed over:
    the alternation's own matches, counted and replaced, whatever the order."""
    table = {
        "staff": [
            r"teaching assistant",
            r"assistant\w*",
            r"\bteach\w*",
            r"speech and language",
            r"language therap\w+",
            r"staff",
            r"x*",  # may match empty: the alternation itself is used
        ]
    }
    rng = random.Random(8)
    words = ["teaching", "assistant", "assistants", "speech", "and", "language", "therapist"]
    words += ["staff", "teacher", "the", "x", "ſtaff"]
    for size in (2, 3, 4, 6):
        for _ in range(150):
            patterns = rng.sample(table["staff"][:6], size)
            if rng.random() < 0.2:
                patterns.append(table["staff"][6])
            indexed = PatternTable({"staff": patterns}, re.IGNORECASE)
            plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
            assert indexed.count("staff", text) == len(plain.findall(text)), (patterns, text)
            assert indexed.sub("staff", " ", text) == plain.sub(" ", text), (patterns, text)
            assert indexed.sub("staff", r"<\g<0>>", text) == plain.sub(r"<\g<0>>", text)


def test_a_plain_phrase_is_its_own_literal_as_its_parse_says() -> None:
    from ehcp_appeal.analysis.pattern_literals import plain_literal, required_literal_sets

    patterns = [p for ps in lexicon.load("report_cues")["sentence"].values() for p in ps]
    concepts = lexicon.load("concepts")
    patterns += [
        p for group in ("needs", "provisions") for ps in concepts[group].values() for p in ps
    ]
    plain = [p for p in patterns if plain_literal(p) is not None]
    assert plain  # the lexicons hold plain phrases
    for pattern in [*plain, "Ear defenders", "a-b, c's", "ab"]:
        literal = plain_literal(pattern)
        assert literal is not None
        expected = required_literal_sets(f"(?:{pattern})", re.IGNORECASE)
        assert expected == ([frozenset([literal])] if len(literal) >= 3 else []), pattern
    for special in [r"read(?:ing)?", "a.b", "café", "x|y", r"\bword", ""]:
        assert plain_literal(special) is None


def test_a_pattern_is_split_only_at_its_own_top_level_bars() -> None:
    from ehcp_appeal.analysis.pattern_literals import alternatives

    assert alternatives(r"teaching assistant|\bta\b|key (?:adult|worker)") == [
        "teaching assistant",
        r"\bta\b",
        "key (?:adult|worker)",
    ]
    assert alternatives(r"[|]a|b\|c|[]|]d|(?<!x|y)e") == ["[|]a", r"b\|c", "[]|]d", "(?<!x|y)e"]
    assert alternatives(r"a|(?i:B)|c") == ["a", "(?i:B)", "c"]
    for whole in [
        "plain words",
        r"(a)|b",  # numbered group
        r"(?P<n>a)|b",
        r"(a)x|\1",  # refers back
        r"(?i)a|b",  # flags for the whole pattern
        r"a(?#one|two)|b",
        r"a)|(b",  # not a pattern
        "a|b\\",
    ]:
        assert alternatives(whole) == [whole]


def test_a_table_of_split_patterns_answers_as_the_whole_patterns() -> None:
    """Candidates name the table's own patterns, and every answer is the alternation's."""
    table = {"roles": [r"teaching assistant|\bta\b|mentor", r"\bteacher\b|senco", r"staff|\bot\b"]}
    indexed = PatternTable(table, re.IGNORECASE)
    plain = re.compile("|".join(f"(?:{p})" for p in table["roles"]), re.IGNORECASE)
    texts = ["The TA and the teacher", "a mentor; staff", "not a teacher", "ot", "", "ſenco"]
    for text in [*texts, *_texts(3, 200)]:
        expected = [n for n, p in enumerate(table["roles"]) if re.search(p, text, re.I)]
        assert [n for n in indexed.candidates("roles", text) if n in expected] == expected
        found = indexed.search("roles", text)
        assert (found and found.span()) == ((m := plain.search(text)) and m.span()), text
        assert indexed.sub("roles", " ", text) == plain.sub(" ", text)
        assert indexed.count("roles", text) == len(plain.findall(text))


def test_a_scan_begun_before_new_literals_never_answers_for_them() -> None:
    """Literals registered while a text is being scanned (another thread building a
    table) start afresh: the text is scanned again for them, never answered without."""
    scan = LiteralScan()
    scan.add(["read"])
    before = scan._generation
    assert scan.present("reading aloud") == {"read"}
    scan.add(["aloud"])
    before.recent["late text"] = frozenset()  # an answer the older scan stores late
    assert scan.known("late text") is None
    assert scan.present("reading aloud") == {"read", "aloud"}
    scan.add(["read"])  # nothing new: what was found is kept
    assert scan.known("reading aloud") == {"read", "aloud"}
