"""The rules file: complete against the contract, and refused loudly when damaged."""

import json
from pathlib import Path

import pytest

from ehcp_appeal.rules.deadline_rules import RulesFileError, load_rules, load_rules_from, rules_path

CONTRACT_IDS = {
    "decide_whether_to_assess",
    "decide_not_to_issue",
    "final_plan",
    "draft_plan_comments",
    "mediation_contact",
    "appeal_deadline",
    "review_decision",
    "amended_plan",
    "phase_transfer",
}
CONTRACT_EVENTS = {
    "request_received",
    "draft_plan_served",
    "decision_letter",
    "mediation_certificate",
    "review_meeting",
    "amendment_proposals",
    "transfer_year_start",
}


def test_every_contract_deadline_and_event_is_in_the_rules() -> None:
    rules = load_rules()
    assert set(rules.rule_ids) >= CONTRACT_IDS
    assert {name for name, info in rules.events.items() if info.in_contract} == CONTRACT_EVENTS


def test_every_rule_names_its_source_and_explains_itself() -> None:
    for rule in load_rules().rules:
        assert rule.source.strip(), rule.id
        assert len(rule.explanation) > 30, rule.id


@pytest.mark.parametrize(
    ("rule_id", "exceptions_source"),
    [
        ("decide_whether_to_assess", "reg 5(4)"),
        ("decide_not_to_issue", "reg 10(4)"),
        ("final_plan", "reg 13(3)"),
        ("plan_after_reassessment", "reg 27(3)"),
    ],
)
def test_the_regulation_exceptions_apply_to_their_duties(
    rule_id: str, exceptions_source: str
) -> None:
    rule = load_rules().rule(rule_id)
    assert rule.party == "council"
    assert rule.exceptions == ("a", "b", "c", "d")
    assert rule.exceptions_source == exceptions_source


def test_family_deadlines_and_council_duties_are_told_apart() -> None:
    rules = load_rules()
    family = {r.id for r in rules.rules if r.party == "family"}
    assert {"draft_plan_comments", "mediation_contact", "appeal_deadline"} <= family
    council = {r.id for r in rules.rules if r.party == "council"}
    assert {"final_plan", "review_decision", "amended_plan", "phase_transfer"} <= council


def test_the_decisions_the_law_leaves_open_are_written_down() -> None:
    topics = " ".join(topic.lower() for topic, _ in load_rules().decisions)
    assert "month" in topics and "beginning with" in topics and "christmas" in topics


def _damaged(tmp_path: Path, change: dict[str, object]) -> Path:
    data = json.loads(rules_path().read_text(encoding="utf-8"))
    data["rules"][0].update(change)
    path = tmp_path / "deadlines.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "change",
    [
        {"unit": "fortnights"},
        {"from": "no_such_event"},
        {"exceptions": ["z"]},
        {"party": "school"},
        {"amount": 0},
    ],
)
def test_a_damaged_rules_file_is_refused_with_its_name(
    tmp_path: Path, change: dict[str, object]
) -> None:
    path = _damaged(tmp_path, change)
    with pytest.raises(RulesFileError, match=r"deadlines\.json"):
        load_rules_from(path)


def test_an_unreadable_rules_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deadlines.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesFileError, match="could not be read"):
        load_rules_from(path)
