"""Findings carry a confidence and its reasons; unsure ones are shown, not asserted."""

from pathlib import Path
from types import SimpleNamespace

from ehcp_appeal.analysis.judging.confidence import ASSERT_AT, split
from ehcp_appeal.analysis.judging.confidence import _missing as missing_confidence
from ehcp_appeal.analysis.judging.findings import Finding, compare
from ehcp_appeal.analysis.judging.vague_certainty import vague_certainty
from ehcp_appeal.analysis.matching.matching import concepts
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.result import SourceDocument, analyse_documents, analyse_files
from ehcp_appeal.analysis.roles.report_items import ReportItem
from tests.core.analysis_fixtures.cases import build_case


def _vague(text: str, terms: list[str]) -> Finding:
    return Finding("provision_not_specific", text, "plan.docx", 1, "", "F", terms=terms)


def vague_confidence(finding: Finding, whole: str | None = None) -> tuple[float, str]:
    return vague_certainty(finding.text, finding.terms, whole)


def test_a_provision_naming_who_how_often_and_how_long_is_only_worth_a_look() -> None:
    named = _vague(
        "A teaching assistant will give Sam 20 minutes of support each day.", ["support"]
    )
    bare = _vague("Sam will have access to support with his reading.", ["access to"])
    capped = _vague("A teaching assistant will support Sam for up to 20 minutes daily.", ["up to"])
    hedged = _vague(
        "A trained TA will support Sam for 20 minutes daily, with regular reviews by the SENCo.",
        ["regular"],
    )
    assert vague_confidence(named)[0] < ASSERT_AT
    assert vague_confidence(hedged)[0] < ASSERT_AT  # one hedge word in a specific provision
    assert vague_confidence(bare)[0] >= ASSERT_AT
    assert vague_confidence(capped)[0] >= ASSERT_AT  # the amount itself is left open


def test_a_table_row_is_rated_on_its_staff_and_frequency_cells_too() -> None:
    first_cell = _vague("Small-group language group (Language for Thinking)", ["small group"])
    row = "Small-group language group | Teaching assistant | Twice a week, 20 minutes | Retelling"
    assert vague_confidence(first_cell)[0] >= ASSERT_AT
    assert vague_confidence(first_cell, row)[0] < ASSERT_AT


def test_a_small_group_with_how_often_and_how_long_is_only_worth_a_look() -> None:
    """Only the group's size is left open; without a session's length the amount is too."""
    timed = _vague("EAL small-group teaching three times a week for 30 minutes.", ["small group"])
    untimed = _vague("Literacy teaching in a small group each week.", ["small group"])
    hedged = _vague(
        "Teaching in a small group, as appropriate, three times a week for 30 minutes.",
        ["small group", "as appropriate"],
    )
    assert vague_confidence(timed)[0] < ASSERT_AT
    assert vague_confidence(untimed)[0] >= ASSERT_AT
    assert vague_confidence(hedged)[0] >= ASSERT_AT


def test_a_rule_for_every_occasion_said_without_a_hedge_is_only_worth_a_look() -> None:
    """How something is always done needs no amount; a hedge still makes it vague."""
    rules = [
        "When Poppy needs to be corrected, adults will speak to her privately and briefly.",
        "Instead of sanctions such as losing playtime, staff will use 'time in' with her.",
        "All adults in the nursery class will use Makaton signs alongside their speech.",
        "All video material shown in sessions to be subtitled.",
    ]
    for text in rules:
        assert vague_confidence(_vague(text, []))[0] < ASSERT_AT, text
    hedged = _vague("When Poppy is upset, adults will support her as needed.", ["as needed"])
    plain = _vague("Adults will support Poppy with her feelings.", [])
    assert vague_confidence(hedged)[0] >= ASSERT_AT
    assert vague_confidence(plain)[0] >= ASSERT_AT


def test_split_keeps_every_finding_once() -> None:
    sure = _vague("a", [])
    unsure = _vague("b", [])
    sure.confidence, unsure.confidence = 0.9, 0.2
    assert split([sure, unsure]) == ([sure], [unsure])


def test_result_has_confidence_why_possible_and_roles(tmp_path: Path) -> None:
    plan, reports = build_case(tmp_path)
    result = analyse_files(plan, reports)
    assert result["findings"], "the fixture case has findings"
    for finding in result["findings"]:
        assert ASSERT_AT <= finding["confidence"] <= 1 and finding["why"]
    for finding in result["possible"]:
        assert 0 <= finding["confidence"] < ASSERT_AT and finding["why"]
    assert {record["role"] for record in result["roles"]} >= {"need", "recommendation"}
    taken = {record["text"] for record in result["roles"] if record["taken"]}
    assert {need["text"] for need in result["needs"]} <= taken
    assert all(need["role"] and need["cue"] for need in result["needs"])


def test_a_shortfall_too_small_to_tell_apart_in_words_is_not_raised() -> None:
    assert compare("once every 12 weeks", "once every 13 weeks") == []
    assert compare("once a week", "once a month") == ["about once a month instead of 1 time a week"]


def test_an_area_heading_or_a_standing_rule_is_only_worth_a_look() -> None:
    heading = _vague("Communication and interaction", [])
    rule = _vague("Unless Sam agrees in advance, no teacher will ask him to read aloud.", [])
    assert vague_confidence(heading)[0] < ASSERT_AT
    assert vague_confidence(rule)[0] < ASSERT_AT


def test_a_short_area_label_is_a_heading_but_a_sentence_is_not() -> None:
    assert vague_confidence(_vague("Communication and interaction", []))[0] < ASSERT_AT
    assert vague_confidence(_vague("Multi-sensory approach to learning.", []))[0] >= ASSERT_AT


def test_a_need_whose_every_concept_section_b_names_is_only_worth_a_look() -> None:
    """Councils state a report's need in general words: when B already names all that the
    need is about, its absence is a question, not a finding."""
    b_lines = ["Kai has literacy difficulties.", "He can be anxious in busy places."]
    named = frozenset(concept for line in b_lines for concept in concepts(line))
    checker = SimpleNamespace(
        items=[SimpleNamespace(section="B", whole=line) for line in b_lines],
        named_concepts=lambda section: named if section == "B" else frozenset(),
        nearest=lambda text, sections: None,
    )

    def rated(text: str) -> float:
        need = ReportItem("need", text, "ep.docx", 1, "", role="need", cue="cannot")
        return missing_confidence(checker, need, "B")[0]  # type: ignore[arg-type]

    assert rated("His reading age is two years behind and he cannot read aloud.") < ASSERT_AT
    assert rated("He cannot sleep before a test and is tired all day.") >= ASSERT_AT


def test_missing_advice_whose_topic_the_check_does_not_know_is_only_worth_a_look() -> None:
    """Without a topic the check cannot see a plan line that says the same in other words."""
    checker = SimpleNamespace(
        items=[], named_concepts=lambda section: frozenset(), nearest=lambda text, sections: None
    )

    def rated(text: str, section: str) -> tuple[float, str]:
        role = "need" if section == "B" else "recommendation"
        item = ReportItem(role, text, "ep.docx", 1, "", role=role, cue="should")
        return missing_confidence(checker, item, section)  # type: ignore[arg-type]

    unknown = "Poppy holds it all in at school, and as soon as she gets in the car she explodes."
    assert not concepts(unknown)
    assert rated(unknown, "B")[0] < ASSERT_AT
    assert "names nothing the check knows" in rated(unknown, "B")[1]
    known = "She is very anxious in busy places and cannot read aloud."
    assert concepts(known) and rated(known, "B")[0] >= ASSERT_AT
    by_profession = "A review by the educational psychologist in the summer term."
    assert not concepts(by_profession)
    assert rated(by_profession, "F")[0] >= ASSERT_AT


def test_a_need_whose_nearest_b_line_nearly_matches_is_only_worth_a_look() -> None:
    """A line just short of the match is most often the council's own rewording of the need;
    a clear miss, or the same near miss in Section F, is still asserted."""
    from ehcp_appeal.analysis.judging.checker import MATCH_THRESHOLD

    def rated(gap: float, section: str) -> float:
        line = SimpleNamespace(score=MATCH_THRESHOLD - gap)
        checker = SimpleNamespace(
            items=[],
            named_concepts=lambda section: frozenset(),
            nearest=lambda text, sections: line,
        )
        role = "need" if section == "B" else "recommendation"
        text = "She is very anxious in busy places and cannot read aloud."
        item = ReportItem(role, text, "ep.docx", 1, "", role=role, cue="cannot")
        return missing_confidence(checker, item, section)[0]  # type: ignore[arg-type]

    assert rated(0.02, "B") < ASSERT_AT
    assert rated(0.2, "B") >= ASSERT_AT
    assert rated(0.02, "F") >= ASSERT_AT


def test_a_permission_stated_for_every_lesson_is_only_worth_a_look() -> None:
    """ "Sam may answer in writing in all lessons" sets its own scope; "Sam may use a
    time-out card" leaves when and how often to the school."""
    everywhere = _vague("Sam may answer in writing in all lessons and assessments.", [])
    where = _vague("Where a course assesses speaking, Sam may submit a recording made at home.", [])
    loose = _vague("Sam may use a time-out card.", [])
    warned = _vague("Sam will be told of any change to his timetable by his key adult.", [])
    assert vague_confidence(everywhere)[0] < ASSERT_AT
    assert vague_confidence(where)[0] < ASSERT_AT
    assert vague_confidence(warned)[0] < ASSERT_AT
    assert vague_confidence(loose)[0] >= ASSERT_AT


_SECTION_NAMES = {
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (section 2)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def _lettered_plan(d_heading: str) -> SourceDocument:
    names = {"A": "Views, interests and aspirations", **_SECTION_NAMES}
    blocks = []
    for section in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        heading = d_heading if section == "D" else f"Section {section}: {names[section]}"
        blocks.append(Block(heading, 1, heading_hint=True))
        blocks.append(Block(f"What the council wrote for Sam under {heading}.", 1))
    return SourceDocument("plan.docx", blocks)


def test_a_section_whose_words_head_an_unread_heading_is_only_worth_a_look() -> None:
    """The section may be there under a heading the reader did not take for it: its
    absence is shown with that heading, not asserted."""
    report = SourceDocument("r.pdf", [Block("Sam enjoys football and drawing.", 1)])
    unread = analyse_documents(_lettered_plan("Our notes on social care for Sam"), [report])
    assert "D" not in [s["id"] for s in unread["plan"]["sections"]]
    assert not [f for f in unread["findings"] if f["kind"] == "section_missing"]
    (possible,) = [f for f in unread["possible"] if f["kind"] == "section_missing"]
    assert possible["text"] == "D" and "Our notes on social care" in possible["why"]
    absent = analyse_documents(_lettered_plan("Notes for the family"), [report])
    assert [f["text"] for f in absent["findings"] if f["kind"] == "section_missing"] == ["D"]


def test_a_section_whose_letter_starts_an_unread_heading_is_only_worth_a_look() -> None:
    blocks = [
        Block("A What Sam and his family want", 1),
        Block("Sam likes football and wants to be a chef.", 1),
    ]
    for section in ("B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        blocks += [
            Block(f"Section {section}: {_SECTION_NAMES[section]}", 1, heading_hint=True),
            Block(f"What the council wrote for Sam in Section {section}.", 1),
        ]
    report = SourceDocument("r.pdf", [Block("Sam enjoys football and drawing.", 1)])
    result = analyse_documents(SourceDocument("plan.docx", blocks), [report])
    assert not [f for f in result["findings"] if f["kind"] == "section_missing"]
    (possible,) = [f for f in result["possible"] if f["kind"] == "section_missing"]
    assert possible["text"] == "A" and "A What Sam" in possible["why"]


def test_a_section_whose_purpose_an_unread_heading_states_is_only_worth_a_look() -> None:
    """ "Funding the family controls" says what Section J is for without its words or its
    letter: its absence is shown with that heading, not asserted."""
    names = {"A": "Views, interests and aspirations", **_SECTION_NAMES}
    blocks = []
    for section in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        heading = (
            "Funding the family controls"
            if section == "J"
            else f"Section {section}: {names[section]}"
        )
        blocks.append(Block(heading, 1, heading_hint=True))
        blocks.append(Block(f"What the council wrote for Sam under {heading}.", 1))
    report = SourceDocument("r.pdf", [Block("Sam enjoys football and drawing.", 1)])
    result = analyse_documents(SourceDocument("plan.docx", blocks), [report])
    assert "J" not in [s["id"] for s in result["plan"]["sections"]]
    assert not [f for f in result["findings"] if f["kind"] == "section_missing"]
    (possible,) = [f for f in result["possible"] if f["kind"] == "section_missing"]
    assert possible["text"] == "J" and "Funding the family controls" in possible["why"]
