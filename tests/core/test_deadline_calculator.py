"""Each statutory timescale, its adjustments, and the working it shows."""

import datetime as dt

import pytest

from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.rules.calculator import Deadline, compute_deadlines

D = dt.date


def deadline(rule_id: str, phase: str | None = None, **events: dt.date) -> Deadline:
    found = {d.id: d for d in compute_deadlines(events, phase)}
    return found[rule_id]


# The appeal deadline (HESC r.20(1)(c) and r.12)


def test_ipsea_worked_example_runs_to_the_first_working_day_in_january() -> None:
    result = deadline(
        "appeal_deadline", decision_letter=D(2026, 10, 1), mediation_certificate=D(2026, 11, 29)
    )
    assert result.date == D(2027, 1, 4)  # 1 January is a Friday holiday, then a weekend
    for shown in ("1 October 2026", "1 December 2026", "29 November 2026", "29 December 2026"):
        assert shown in result.rule
    assert "Christmas" in result.rule
    assert "4 January 2027" in result.rule
    assert "later" in result.rule
    assert "r.20(1)(c)" in result.source


def test_later_of_uses_the_certificate_when_it_gives_more_time() -> None:
    result = deadline(
        "appeal_deadline", decision_letter=D(2027, 3, 10), mediation_certificate=D(2027, 4, 20)
    )
    assert result.date == D(2027, 5, 20)


def test_later_of_uses_the_decision_letter_when_it_gives_more_time() -> None:
    # 1 month after 25 March is Sunday 25 April (moved to the 26th): still earlier than 10 May.
    result = deadline(
        "appeal_deadline", decision_letter=D(2027, 3, 10), mediation_certificate=D(2027, 3, 25)
    )
    assert result.date == D(2027, 5, 10)
    assert "26 April 2027" in result.rule


def test_appeal_deadline_from_the_decision_letter_alone_says_it_may_be_later() -> None:
    result = deadline("appeal_deadline", decision_letter=D(2027, 3, 10))
    assert result.date == D(2027, 5, 10)
    assert "mediation certificate" in result.rule.lower()


def test_appeal_deadline_from_the_certificate_alone() -> None:
    result = deadline("appeal_deadline", mediation_certificate=D(2027, 4, 20))
    assert result.date == D(2027, 5, 20)


@pytest.mark.parametrize(
    ("decision_letter", "expected"),
    [
        (D(2027, 10, 25), D(2028, 1, 4)),  # 25 December; 3 January 2028 is a holiday
        (D(2027, 11, 1), D(2028, 1, 4)),  # 1 January itself is in the window
        (D(2027, 10, 24), D(2027, 12, 24)),  # Friday 24 December is before the window
        (D(2027, 11, 2), D(2028, 1, 4)),  # Sunday 2 January: next working day
    ],
)
def test_christmas_window(decision_letter: dt.date, expected: dt.date) -> None:
    assert deadline("appeal_deadline", decision_letter=decision_letter).date == expected


def test_a_weekend_just_before_christmas_moves_only_to_the_next_working_day() -> None:
    # Sunday 24 December 2028 is outside the window: the next working day is the 27th.
    result = deadline("appeal_deadline", decision_letter=D(2028, 10, 24))
    assert result.date == D(2028, 12, 27)
    assert "Sunday" in result.rule


@pytest.mark.parametrize(
    ("decision_letter", "expected"),
    [
        (D(2027, 6, 15), D(2027, 9, 1)),  # 15 August: first working day after 31 August
        (D(2026, 6, 30), D(2026, 9, 1)),  # Sunday 30 August, in the window
        (D(2027, 6, 1), D(2027, 9, 1)),  # 1 August
        (D(2027, 5, 31), D(2027, 8, 2)),  # Saturday 31 July is before August
    ],
)
def test_august_window(decision_letter: dt.date, expected: dt.date) -> None:
    result = deadline("appeal_deadline", decision_letter=decision_letter)
    assert result.date == expected
    assert ("after 31 August" in result.rule) is (expected.month == 9)


def test_appeal_deadline_on_a_weekend_moves_to_the_next_working_day() -> None:
    result = deadline("appeal_deadline", decision_letter=D(2026, 12, 31))
    assert result.date == D(2027, 3, 1)  # 28 February 2027 is a Sunday
    assert "28 February 2027" in result.rule and "last day" in result.rule


def test_appeal_deadline_on_easter_monday_moves_to_tuesday() -> None:
    result = deadline("appeal_deadline", decision_letter=D(2027, 1, 29))
    assert result.date == D(2027, 3, 30)
    assert "Easter Monday" in result.rule


# Family deadlines under the SEND Regulations do not move


def test_mediation_contact_is_two_months_and_does_not_move_off_a_weekend() -> None:
    result = deadline("mediation_contact", decision_letter=D(2026, 12, 31))
    assert result.date == D(2027, 2, 28)
    assert "Friday 26 February 2027" in result.rule
    assert result.party == "family"


def test_mediation_contact_in_a_leap_year() -> None:
    assert deadline("mediation_contact", decision_letter=D(2027, 12, 31)).date == D(2028, 2, 29)


def test_draft_plan_comments_count_the_day_served_as_day_one() -> None:
    result = deadline("draft_plan_comments", draft_plan_served=D(2027, 3, 3))
    assert result.date == D(2027, 3, 17)
    assert "day 1" in result.rule


def test_draft_plan_comments_ending_on_easter_monday_say_act_before_easter() -> None:
    result = deadline("draft_plan_comments", draft_plan_served=D(2027, 3, 15))
    assert result.date == D(2027, 3, 29)
    assert "Easter Monday" in result.rule
    assert "Thursday 25 March 2027" in result.rule  # Good Friday is skipped too


# The council's duties move to the next working day


def test_assessment_timescales_in_weeks() -> None:
    events = {"request_received": D(2026, 3, 2)}
    found = {d.id: d.date for d in compute_deadlines(events)}
    assert found["decide_whether_to_assess"] == D(2026, 4, 13)
    assert found["decide_not_to_issue"] == D(2026, 6, 22)
    assert found["final_plan"] == D(2026, 7, 20)


def test_a_duty_on_easter_monday_moves_to_tuesday() -> None:
    result = deadline("decide_whether_to_assess", request_received=D(2026, 2, 23))
    assert result.date == D(2026, 4, 7)
    assert "Easter Monday" in result.rule and "Tuesday 7 April 2026" in result.rule


def test_a_duty_on_christmas_day_moves_past_the_holidays_but_not_to_january() -> None:
    result = deadline("decide_whether_to_assess", request_received=D(2026, 11, 13))
    assert result.date == D(2026, 12, 29)


def test_a_request_received_on_a_saturday_gives_a_monday_deadline() -> None:
    assert deadline("decide_whether_to_assess", request_received=D(2026, 3, 7)).date == D(
        2026, 4, 20
    )


def test_review_and_amendment_timescales() -> None:
    found = {
        d.id: d.date
        for d in compute_deadlines(
            {"review_meeting": D(2027, 3, 1), "amendment_proposals": D(2026, 12, 31)}
        )
    }
    assert found["review_decision"] == D(2027, 3, 30)  # 29 March 2027 is Easter Monday
    assert found["amended_plan_from_review"] == D(2027, 5, 24)
    assert found["amended_plan"] == D(2027, 2, 25)


def test_amended_plan_due_on_new_years_day_moves_to_the_next_working_day() -> None:
    assert deadline("amended_plan", amendment_proposals=D(2026, 11, 6)).date == D(2027, 1, 4)


# Phase transfer (reg 18)


@pytest.mark.parametrize(
    ("start", "phase", "expected"),
    [
        (D(2027, 9, 1), None, D(2027, 2, 15)),
        (D(2027, 9, 1), "school", D(2027, 2, 15)),
        (D(2027, 9, 1), "post16", D(2027, 3, 31)),
        (D(2026, 9, 1), None, D(2026, 2, 16)),  # 15 February 2026 is a Sunday
        (D(2029, 9, 1), "post16", D(2029, 4, 3)),  # Saturday, then Easter Sunday and Monday
        (D(2027, 2, 10), None, D(2026, 2, 16)),  # the 15 February before the date given
    ],
)
def test_phase_transfer(start: dt.date, phase: str | None, expected: dt.date) -> None:
    result = deadline("phase_transfer", phase, transfer_year_start=start)
    assert result.date == expected
    assert "reg 18" in result.source


def test_post16_transfer_can_be_given_as_its_own_event() -> None:
    result = deadline("phase_transfer", post16_transfer_year_start=D(2027, 9, 1))
    assert result.date == D(2027, 3, 31)
    assert "post-16" in result.rule


# Shape and errors


def test_results_are_in_date_order_and_follow_only_from_the_events_given() -> None:
    found = compute_deadlines(
        {"request_received": D(2026, 3, 2), "decision_letter": D(2026, 10, 1)}
    )
    assert [d.date for d in found] == sorted(d.date for d in found)
    assert {d.id for d in found} == {
        "decide_whether_to_assess",
        "decide_not_to_issue",
        "final_plan",
        "mediation_contact",
        "appeal_deadline",
    }


def test_json_has_exactly_the_contract_keys() -> None:
    (item,) = [
        d.to_json()
        for d in compute_deadlines({"draft_plan_served": D(2027, 3, 3)})
        if d.id == "draft_plan_comments"
    ]
    assert set(item) == {"id", "date", "title", "rule", "source"}
    assert item["date"] == "2027-03-17"


def test_an_unknown_event_is_refused_with_the_names_to_use() -> None:
    with pytest.raises(InvalidInputError, match="decision_letter"):
        compute_deadlines({"decision_leter": D(2026, 10, 1)})


def test_an_unknown_phase_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="post16"):
        compute_deadlines({"transfer_year_start": D(2027, 9, 1)}, phase="university")


def test_no_events_no_deadlines() -> None:
    assert compute_deadlines({}) == []
