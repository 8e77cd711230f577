"""Quantities: frequency, duration, staff, group size and their comparison."""

import pytest

from ehcp_appeal.analysis.judging.findings import compare
from ehcp_appeal.analysis.judging.quantities import FULL_TIME_MINUTES, has_time, measure


@pytest.mark.parametrize(
    ("text", "per_week", "minutes"),
    [
        ("30 minutes three times a week", 3, 90),
        ("20 minutes daily", 5, 100),
        ("every school day for 15 minutes", 5, 75),
        ("a 45-minute session once a fortnight", 0.5, 22.5),
        ("twice weekly for 15 minutes", 2, 30),
        ("three 15-minute sessions each week", 3, 45),
        ("four sessions of 45 minutes each week", 4, 180),
        ("for one hour per week", 1, 60),
        ("half an hour, twice a week", 2, 60),
        ("10 to 15 minutes at the start of each school day", 5, 50),
        ("Twice a day, 15 minutes each time", 10, 150),
        ("4 x 30 minutes per week", 4, 120),
        ("3 x 15 minutes weekly", 3, 45),
        ("Weekly, 40 minutes", 1, 40),
    ],
)
def test_minutes_per_week(text: str, per_week: float, minutes: float) -> None:
    quantity = measure(text)
    assert quantity.sessions_per_week == pytest.approx(per_week, rel=0.01)
    assert quantity.minutes_per_week == pytest.approx(minutes, rel=0.01)


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("reviewed termly", 1 / 13),
        ("once a term", 1 / 13),
        ("each half term", 1 / 6.5),
        ("monthly", 0.25),
        ("fortnightly", 0.5),
    ],
)
def test_rare_frequencies(text: str, per_week: float) -> None:
    assert measure(text).sessions_per_week == pytest.approx(per_week, rel=0.02)


def test_clock_times_and_early_leaving_are_not_durations() -> None:
    assert measure("at 8.35 am every school day").minutes_per_session is None
    assert measure("leave lessons five minutes early").minutes_per_session is None


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("direct therapy from a qualified Speech and Language Therapist", 5),
        (
            (
                "a programme devised by a Speech and Language Therapist and delivered "
                "by a teaching assistant"
            ),
            1,
        ),
        ("delivered by a teaching assistant trained in the programme", 2),
        ("Teaching assistant trained by the Occupational Therapist", 2),
        ("delivered by a teaching assistant who has been trained in the approach", 2),
        ("a teaching assistant, trained by the physiotherapist", 2),
        ("led by a qualified teacher", 3),
        ("a weekly session of 90 minutes in the training kitchen, led by a tutor", 3),
        (
            "a movement break drawn from a sensory diet that an occupational therapist will "
            "write and review each half term, given by a teaching assistant",
            1,
        ),
        ("with a trained ELSA", 2),
        # staff carrying out a therapist's programme deliver it; the therapist does not
        ("Teaching assistant, following the OT programme", 1),
        ("a teaching assistant using the speech and language therapist's targets", 1),
        # whoever is teaching the child is a teacher, however the plan words it
        ("a radio aid worn by the adult teaching him in every lesson", 3),
        # a role in brackets names the same person more exactly
        ("a named key worker (the Assistant SENCo, Mrs Lee) who will meet him each day", 3),
        # a role that reviews the programme, is agreed with, or set the targets, does not
        # deliver it
        (
            "three sessions a week delivered by a teaching assistant, with the occupational "
            "therapist reviewing and updating it each term",
            1,
        ),
        ("her targets from the NHS speech and language therapist, with her key person", 1),
    ],
)
def test_who_delivers(text: str, rank: int) -> None:
    assert measure(text).staff_rank == rank


def test_group_sizes() -> None:
    assert measure("in a small group of no more than six pupils").group_size == 6
    assert measure("in a group of twelve pupils").group_size == 12
    assert measure("individual (1:1) sessions").group_size == 1
    assert measure("a small group").group and measure("a small group").group_size is None


@pytest.mark.parametrize(
    ("recommended", "provided", "reason"),
    [
        (
            "weekly individual therapy sessions of 45 minutes from a Speech and Language Therapist",
            "a 45-minute individual session with a Speech and Language Therapist once a fortnight",
            "a week instead of",
        ),
        (
            "in a group of no more than four pupils, weekly for 30 minutes",
            "in a group of eight pupils, weekly for 30 minutes",
            "group of 8",
        ),
        (
            "weekly individual sessions of 30 minutes",
            "a weekly group session of 30 minutes",
            "rather than individually",
        ),
        (
            "literacy led by a qualified teacher, four times a week for 45 minutes",
            "literacy four times a week for 45 minutes, led by a teaching assistant",
            "teaching assistant rather than",
        ),
        (
            "weekly individual sessions of 30 minutes with an occupational therapist",
            "weekly individual sessions of 30 minutes with staff",
            "delivered by staff rather than an occupational therapist",
        ),
    ],
)
def test_less_than_recommended(recommended: str, provided: str, reason: str) -> None:
    reasons = compare(recommended, provided)
    assert any(reason in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("recommended", "provided"),
    [
        ("15 minutes three times a week", "three 15-minute sessions each week"),
        (
            "20 minutes daily, 1:1, by a trained teaching assistant",
            "an individual session of 20 minutes every school day by a trained teaching assistant",
        ),
        ("at least 20 hours per week", "20 hours per week"),
        ("ten minutes at the start of each day", "Twice a day, 15 minutes each time"),
    ],
)
def test_same_or_more_is_not_less(recommended: str, provided: str) -> None:
    assert compare(recommended, provided) == []


def test_other_pupils_are_counted_with_the_child() -> None:
    provided = "Lessons in a room with no more than 11 other students."
    assert measure(provided).group_size == 12
    assert compare("A teaching group of no more than six students.", provided) == [
        "in a group of 12 rather than 6 or fewer"
    ]


def test_every_lesson_is_at_least_daily() -> None:
    provided = "Coloured overlays will be used in every lesson, and staff trained once a year."
    assert measure(provided).sessions_per_week == 5
    assert compare("Coloured overlays should be used daily.", provided) == []


def test_a_course_of_sessions_over_a_term_is_a_weekly_rate() -> None:
    per_week = measure("Eight sessions of 40 minutes over the spring term").sessions_per_week
    assert per_week is not None and 0.5 < per_week < 0.7
    assert measure("12 sessions over 6 weeks").sessions_per_week == 2.0
    reasons = compare(
        "Three sessions a week for a whole term.", "Eight sessions over the spring term."
    )
    assert reasons and "instead of" in reasons[0]


def test_events_in_the_day_and_multi_day_courses_are_quantities() -> None:
    assert measure("Shown at each transition between activities").sessions_per_week == 5
    assert measure("before every mealtime, with the key person").sessions_per_week == 5
    assert measure("A three-day course for the classroom team").one_off
    assert measure("Led by the nursery nurse").staff_rank == 1


@pytest.mark.parametrize(
    ("recommended", "provided", "reason"),
    [
        (
            "Adult support at a ratio of 1:1 for every lesson",
            "Adult support at 1:3 in lessons",
            "group of 3",
        ),
        (
            "Support from a trained assistant full-time",
            "Support from a trained assistant for 20 hours a week",
            "a week instead of",
        ),
        (
            "A trained assistant for all of Mia's 25 funded hours",
            "A trained assistant for 12 hours per week",
            "a week instead of",
        ),
        (
            "Direct physiotherapy, 30 minutes each week",
            "A consultation with the physiotherapist each week, 30 minutes",
            "direct therapy",
        ),
        (
            "Individual teaching from a specialist teacher weekly",
            "Termly review of her programme by the specialist teacher",
            "direct",
        ),
    ],
)
def test_ratios_full_time_and_consultation_are_less(
    recommended: str, provided: str, reason: str
) -> None:
    reasons = compare(recommended, provided)
    assert any(reason in r for r in reasons), reasons


def test_a_shorter_course_is_less() -> None:
    assert measure("Counselling once a week for 12 weeks.").weeks == 12
    assert measure("Counselling | School counsellor | Once a week | Six weeks").weeks == 6
    assert measure("A 10-week programme of social skills sessions.").weeks == 10
    reasons = compare(
        "Counselling once a week for 12 weeks.",
        "Counselling | School counsellor | Once a week | Six weeks",
    )
    assert reasons == ["for 6 weeks instead of 12"]


def test_the_whole_of_each_working_day_is_full_time() -> None:
    whole_day = measure("A job coach should be with Sam for the whole of each placement day.")
    assert whole_day.minutes_per_week == FULL_TIME_MINUTES
    assert compare(
        "A job coach should be with Sam for the whole of each placement day.",
        "Job coach support on placement | Job coach | Two hours each week",
    )


def test_a_shorter_block_at_the_same_weekly_rate_is_less() -> None:
    recommended = "Direct therapy, 30 minutes each week, in a block of 10 weeks every term."
    provided = "Therapy | 30 minutes weekly, for five weeks each term | Therapist"
    assert compare(recommended, provided) == ["for 5 weeks instead of 10"]
    assert compare(recommended, "Therapy | 30 minutes weekly, in a block of 10 weeks") == []


def test_fewer_one_off_visits_are_less() -> None:
    recommended = (
        "Her start at the new school should include at least four visits with her key adult."
    )
    assert compare(recommended, "She will have two visits to the new school with her key adult.")
    assert compare(recommended, "She will have four visits to the new school.") == []
    assert measure("The adviser will make two visits each term.").occasions is None


def test_has_time_is_the_measured_amounts_answer() -> None:
    """The sentence roles ask has_time alone; it must agree with the whole measure."""
    texts = [
        "Twice a week for 30 minutes with a teaching assistant.",
        "A 90-minute awareness session for staff.",
        "A half-day training course on autism.",
        "Speech and language therapy.",
        "At 9.30am every day, half an hour of reading.",
        "One visit before the move to secondary school.",
        "He finds it hard to sit still.",
        "Three 20-minute sessions over six weeks.",
    ]
    answers = [has_time(text) for text in texts]
    assert answers == [measure(text).has_time for text in texts]
    assert True in answers and False in answers


def test_a_week_of_something_is_how_long_not_how_often() -> None:
    assert measure("Sam will have a week of work experience in Year 11.").sessions_per_week is None
    assert measure("Two sessions a week of maths catch-up.").sessions_per_week == 2


def test_a_therapist_block_then_a_programme_is_not_less_direct() -> None:
    """Direct sessions from a therapist followed by a programme keep the direct part."""
    advice = "Direct therapy from an occupational therapist: four weekly sessions of 40 minutes."
    plan = (
        "Four weekly 40-minute sessions with an occupational therapist, followed by a "
        "programme delivered by the teaching assistant twice a week."
    )
    assert not any("direct therapy" in reason for reason in compare(advice, plan))
    programme_only = "A programme delivered by the teaching assistant twice a week for 40 minutes."
    assert any("direct therapy" in reason for reason in compare(advice, programme_only))


def test_a_block_of_sessions_in_a_term_is_counted_past_the_words_before_it() -> None:
    quantity = measure("A block of eight 30-minute sessions in the spring term with a therapist.")
    assert quantity.sessions_per_week is not None
    assert abs(quantity.sessions_per_week - 8 / 13) < 0.01


def test_a_ratio_is_not_a_count_of_sessions() -> None:
    quantity = measure("Eight 1:1 sessions with a mentor in the summer term.")
    assert quantity.sessions_per_week is not None
    assert abs(quantity.sessions_per_week - 8 / 13) < 0.01


def test_the_whole_school_day_in_the_settings_own_hours_is_not_less_than_full_time() -> None:
    """A plan that gives the whole school day and counts it in its own hours (27.5 a week)
    gives what "throughout the school day" asks; a goal of building up to full time is no
    amount of provision at all."""
    recommended = "Maryam needs a teaching assistant with her throughout the school day."
    provided = (
        "A teaching assistant with Maryam for the whole of the school day (27.5 hours a week)."
    )
    assert compare(recommended, provided) == []
    assert (
        measure("A phased timetable, building up to full time over 12 weeks.").minutes_per_week
        is None
    )


def test_a_target_rate_is_not_a_session_length() -> None:
    quantity = measure("Touch-typing for 15 minutes every day until he types 20 words a minute.")
    assert (quantity.minutes_per_session, quantity.minutes_per_week) == (15.0, 75.0)


@pytest.mark.parametrize(
    "text",
    [
        "A key adult will check in with her for 15 minutes at the start and end of each day.",
        "A key adult will see her for 15 minutes at the start and at the end of each day.",
        "A key adult will meet her for 15 minutes when she arrives and for 15 minutes before "
        "she goes home every school day.",
    ],
)
def test_two_occasions_a_day_named_by_when_they_fall(text: str) -> None:
    assert measure(text).minutes_per_week == 150.0


def test_two_sessions_on_named_days_are_not_two_a_day() -> None:
    twice = measure("For 20 minutes on Monday and for 20 minutes on Thursday.")
    assert twice.minutes_per_week == 40


def test_less_extra_time_in_tests_is_less_than_recommended() -> None:
    assert compare("50% extra time in tests and examinations.", "25% extra time in tests.") == [
        "25% extra time instead of 50%"
    ]
    assert compare("25% extra time in tests.", "25% extra time in all tests.") == []


def test_visits_counted_over_a_term_compare_by_their_count() -> None:
    """Eight visits and six in a term both round to "about once a fortnight"; said in
    visits a term they are plainly different."""
    assert compare(
        "At least eight transition visits to the new school, beginning in the spring term.",
        "Six transition visits to his secondary school in the summer term.",
    ) == ["6 times a term instead of 8 times a term"]
    assert compare("A visit once every half-term.", "One visit a term.") == [
        "about once a term instead of twice a term"
    ]


def test_a_group_no_larger_than_six_is_a_group_of_six() -> None:
    assert measure("Teaching groups should be no larger than six.").group_size == 6
    assert compare(
        "Teaching groups should be no larger than six.",
        "He will be taught in a group of no more than eight students.",
    ) == ["in a group of 8 rather than 6 or fewer"]


def test_a_course_of_at_least_twelve_weeks_is_longer_than_six() -> None:
    assert compare(
        "Individual ELSA sessions of 30 minutes each week for at least 12 weeks.",
        "ELSA sessions, 30 minutes weekly for six weeks.",
    ) == ["for 6 weeks instead of 12"]


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("A visual weekly timetable, with any change explained a day in advance.", None),
        ("Daily living skills taught in the college training flat.", None),
        ("A daily report card shared with home.", None),
        ("A weekly check-in with her tutor.", 1.0),
        ("Check the daily planner with him every morning.", 5.0),
    ],
)
def test_a_weekly_thing_is_not_a_weekly_session(text: str, per_week: float | None) -> None:
    """ "Weekly" or "daily" before what it names (a timetable, living skills) says nothing
    of how often the provision happens."""
    assert measure(text).sessions_per_week == per_week


def test_therapy_stated_as_direct_stays_direct_whatever_programme_it_follows() -> None:
    text = (
        "Direct speech and language therapy from the college's speech and language therapist "
        "for 30 minutes each week, following a graded programme."
    )
    quantity = measure(text)
    assert quantity.direct and not quantity.indirect
    assert quantity.staff_rank == 5  # "from the college's therapist" delivers it
    followed = "Delivered by a teaching assistant following the therapist's programme."
    assert measure(followed).indirect


def test_hours_each_week_are_a_weekly_total_not_one_session() -> None:
    total = measure("one-to-one support from a trained adult for all of his 15 hours each week")
    assert total.sessions_per_week is None and total.minutes_per_week == 900
    at_least = measure("at least 20 hours per week")
    assert at_least.sessions_per_week is None and at_least.minutes_per_week == 1200
    assert measure("a 1 hour session each week").sessions_per_week == 1
    every = "an adult working with him one-to-one throughout every session he attends"
    assert not compare(every, "one-to-one support for all of his 15 hours each week")


def test_a_routine_at_fixed_intervals_is_how_often_not_how_long() -> None:
    """ "Changes of position every 45 minutes" happen several times a day; 45 minutes is
    the gap between them, not the length of each."""
    routine = measure("changes of position every 45 minutes through the school day")
    assert routine.sessions_per_week is not None and routine.sessions_per_week >= 25
    assert routine.minutes_per_session is None
    assert measure("30 minutes every day").minutes_per_session == 30


def test_a_role_the_author_agrees_with_delivers_nothing() -> None:
    text = "Touch typing every day; I agree with the teacher of vision impairment on this."
    assert measure(text).staff_rank is None


def test_a_group_of_the_child_and_three_others_is_a_group_of_four() -> None:
    """However the others are counted, the child is one of the group."""
    sizes = {
        measure(text).group_size
        for text in (
            "He will eat lunch in a quiet room with a small group of no more than three others.",
            "He will eat lunch in a quiet room with no more than three other students.",
            "He will eat lunch in a quiet room with up to three others.",
        )
    }
    assert sizes == {4}


def test_named_weekdays_say_how_often_a_lunchtime_or_morning_session_runs() -> None:
    """ "A lunchtime club on Mondays, Wednesdays and Fridays" runs three times a week, not
    every lunchtime; a lunchtime club with no days named is read as daily."""
    named = measure("A lunchtime club on Mondays, Wednesdays and Fridays, run by a mentor.")
    assert named.sessions_per_week == 3
    assert measure("A lunchtime club run by a mentor.").sessions_per_week == 5
