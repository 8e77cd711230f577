"""Vague and specific Section F wording, including whole table rows."""

import pytest

from ehcp_appeal.analysis.judging.specificity import is_intro, judge


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Noah will have access to a quiet area when he needs it.", "as needed"),
        ("Noah will have opportunities to take part in social skills activities.", "opportunities"),
        ("Noah will receive regular speech and language therapy.", "regular"),
        ("Extra time to complete tasks as appropriate.", "as appropriate"),
        ("Up to 10 hours of adult support per week.", "up to"),
        ("Noah would benefit from a peer mentor.", "would benefit"),
        ("Support from the learning support team as required.", "as required"),
        ("The setting will consider a reading intervention.", "the setting will"),
        ("A literacy programme, subject to review.", "subject to review"),
    ],
)
def test_hedged_wording_is_not_specific(text: str, term: str) -> None:
    verdict = judge(text)
    assert not verdict.specific and term in verdict.terms
    assert verdict.detail


@pytest.mark.parametrize(
    "text",
    [
        "Noah will receive support from a teaching assistant.",
        "Noah will be taught in a small group.",
    ],
)
def test_soft_words_without_quantity_are_not_specific(text: str) -> None:
    assert not judge(text).specific


@pytest.mark.parametrize(
    "text",
    [
        "Twice a week, for 15 minutes, a teaching assistant will pre-teach Noah topic vocabulary.",
        "Noah will be provided with a writing slope and a pencil grip for all written work.",
        (
            "Adults will wait at least ten seconds after asking Noah a question "
            "and will support spoken information with pictures."
        ),
        "A Speech and Language Therapist will see Noah individually for 45 minutes every week.",
        (
            "Noah will be taught in a group of no more than six pupils four times "
            "a week for 45 minutes."
        ),
        # a placement's class size and staffing is the whole school week
        "Teaching in a class of no more than ten pupils, with a teacher and two assistants.",
        # occasions listed together, and a counted set of visits before a date
        "Every break and lunchtime the library will be open to Noah, supervised by a mentor.",
        "Adapted rulers will be on his desk in every science, technology and art lesson.",
        "At least four visits to his new school before July 2027, including one taster session.",
        # an arrangement already agreed in writing is not an amount left open
        "Noah may wear trainers instead of school shoes, as agreed in writing with the head.",
    ],
)
def test_specific_provision(text: str) -> None:
    assert judge(text).specific


def test_table_row_is_judged_whole() -> None:
    cell = "Access to a sensory circuit planned by the occupational therapist"
    assert not judge(cell).specific
    row = f"{cell} | Teaching assistant trained by the OT | Twice a day, 15 minutes each time"
    assert judge(cell, row).specific
    vague_row = "Lunchtime support | Lunchtime staff | As required"
    assert not judge("Lunchtime support", vague_row).specific


def test_introductions_are_not_provisions() -> None:
    assert is_intro(
        "The provision in this section will be made by Oakfield School unless "
        "another provider is named."
    )
    assert is_intro("The provision below will be made by the school.")
    assert is_intro("Elm Primary School will make this provision until July 2027.")
    assert is_intro("This provision will be made by Elm Primary School.")
    assert is_intro("Elm Academy is responsible for making this provision.")
    assert is_intro("Elm Academy will provide the following.")
    assert not is_intro("Elm Academy will provide the following software on a laptop: Clicker.")
    assert not is_intro("The provision for speech will be delivered by a therapist weekly.")
    assert not is_intro("Noah will have a daily check-in with a key adult.")
    assert is_intro(
        "Northgate High School will provide the following, funded from its notional SEN "
        "budget and top-up funding."
    )
    assert is_intro("Contributed by: Hollins Mead School and SEND Case Officer.")
    assert is_intro(
        "Brackley Vale College will deliver the following study programme, three days a week."
    )
    assert is_intro(
        "Wrathall Primary School will deliver the following, with advice from the services."
    )
    assert is_intro("Pupil Premium Plus will be used alongside the school's notional SEN budget.")
    assert is_intro("Elm College will provide the support below.")
    assert is_intro("Elm Primary School will put this provision in place, overseen by the SENCo.")
    assert is_intro("The Learning Support Coordinator, Mr Lee, is responsible for arranging it.")
    assert is_intro("The table sets out the weekly hours of each part of Sam's programme.")
    assert not is_intro("The table will be adjusted to Sam's height by the physiotherapist.")
    assert not is_intro("A teaching assistant for 10 hours a week, funded from the top-up.")
    assert is_intro("Wave 1 describes how teaching in the class will be adapted for Sam.")
    assert not is_intro("Wave 2: a reading group of four, three times a week for 20 minutes.")


@pytest.mark.parametrize(
    "text",
    [
        "Phonics with a teacher, three times a week for 20 minutes, with up to five pupils.",
        "A weekly 40-minute social skills group of up to six other children, led by the SENCo.",
        "Three 15-minute sessions a week of place value work with a teaching assistant, in a "
        "group of up to four.",
    ],
)
def test_up_to_before_a_number_of_pupils_is_a_group_size_not_a_hedge(text: str) -> None:
    assert judge(text).specific


@pytest.mark.parametrize(
    "text",
    [
        "Sami may leave class with a time-out card and go to the library, where staff sit with him",
        "Blinds will be fitted to the art room before January and lights dimmed during teaching.",
        "Adults will give Tobias one instruction at a time and check he has understood it.",
        "On stiff mornings Amira may arrive up to 9.30 am, and her first task will be reading",
        "Home tuition in maths and English from the tuition service, 5 hours a week in sessions "
        "of up to 45 minutes",
    ],
)
def test_permission_and_fixed_equipment_are_specific(text: str) -> None:
    assert judge(text).specific


def test_may_as_a_hedge_is_still_vague() -> None:
    assert "should" in judge("Sami may receive speech and language therapy.").terms


@pytest.mark.parametrize(
    "text",
    [
        "Priya will be given rest breaks during long tasks where required.",
        "Suitable visual resources will be made available.",
        "Specialist seating aids will be provided.",
        "Differentiated work in all lessons.",
        "A sensory diet throughout the day.",
    ],
)
def test_where_required_and_unnamed_items_are_not_specific(text: str) -> None:
    assert not judge(text).specific


def test_named_items_are_specific() -> None:
    text = "Specialist seating aids, such as a wobble cushion and a footrest, will be provided."
    assert judge(text).specific
    listed = "Adapted equipment (a sloped board, a pencil grip, a reading ruler) in every lesson."
    assert judge(listed).specific
    pair = "Weekly cooking, with adapted equipment (easy-grip knives and a kettle tipper)."
    assert judge(pair).specific
    scribe = "A teaching assistant to scribe for any written work longer than a few sentences."
    assert judge(scribe).specific


@pytest.mark.parametrize(
    "text",
    [
        "By the end of May, lunchtime staff will attend a 45-minute epilepsy awareness session.",
        "An occupational therapist will run a whole-day sensory course for the class team in June.",
    ],
)
def test_a_single_occasion_of_stated_length_is_specific(text: str) -> None:
    assert judge(text).specific


def test_support_assistant_is_a_role_not_vague_support() -> None:
    row = (
        "Worksheets simplified with symbols | Learning support assistant | "
        "Before every science lesson, 10 minutes"
    )
    assert judge("Worksheets simplified with symbols", row).specific


@pytest.mark.parametrize(
    "text",
    [
        "Mia will be supported to plan her written work.",
        "Swimming lessons will take place when the pool rota allows.",
        "Occupational therapy programme | As directed by the therapist | Occupational therapist",
    ],
)
def test_left_to_the_provider_or_another_professional_is_not_specific(text: str) -> None:
    assert not judge(text).specific


def test_a_professional_visit_at_a_stated_frequency_is_specific() -> None:
    text = (
        "Each term the specialist teacher will visit Mia to review her programme and advise staff."
    )
    assert judge(text).specific


@pytest.mark.parametrize(
    "text",
    [
        "Staff will prepare Mia for changes to routine.",
        "The school will provide a calm and predictable environment for Mia.",
        "Mia will have additional visits to her new school.",
        "Extra time in examinations | Examinations officer | All examinations | As agreed",
        "Picture prompts will be used with Mia where appropriate.",
    ],
)
def test_unbounded_provision_without_hedge_words_is_not_specific(text: str) -> None:
    """No time, number, group, occasion, reach or named item: the amount is left open."""
    assert not judge(text).specific


@pytest.mark.parametrize(
    "text",
    [
        "All adults will use signs and a now-and-next board with Mia throughout every session.",
        "Mia will have a wobble cushion at carpet time.",
        "Mia will have a screened workstation in her classroom.",
        "Review of the physiotherapy programme | Once a year, NHS physiotherapist",
        "Help with dressing for PE, with extra time to change | Teaching assistant | twice a week",
    ],
)
def test_bounded_provision_is_specific(text: str) -> None:
    assert judge(text).specific


def test_notes_and_lead_in_lines_are_not_provisions() -> None:
    assert is_intro("Outcome numbers refer to Section E.")
    assert is_intro("Provision to meet it:")


def test_concrete_arrangements_are_specific() -> None:
    """A named place with the event that triggers it, or care at each session, is settled."""
    assert judge(
        "A calm den with cushions will be set up in the classroom, and Zac's key adult "
        "will take him there when the room gets loud."
    ).specific
    assert judge("Two trained adults will change Zac in the hygiene room at each session.").specific
    assert judge("Zac will have a standing desk in each teaching room.").specific


def test_on_demand_without_a_named_provision_stays_vague() -> None:
    assert not judge("Zac will be supported when he needs it.").specific
    assert not judge("Staff will help Zac in the classroom when he needs a break.").specific


def test_an_arrangement_on_demand_stated_trigger_first_is_bounded() -> None:
    text = (
        "When Omar shows the warning signs in his behaviour plan, his key adult will take him "
        "to the sensory room until he is calm."
    )
    assert judge(text).specific
    assert not judge("When he needs to, Omar will go to a quiet room with an adult.").specific


def test_an_outcome_label_in_a_row_is_not_an_amount() -> None:
    assert not judge("Rest breaks", "E2 | Rest breaks | Staff | When Omar seems tired").specific
    assert judge("Rest breaks", "E2 | Rest breaks | Staff | Five minutes every hour").specific


def test_regular_is_settled_by_a_frequency_and_length_in_the_next_sentence() -> None:
    """A hedge and the amount that settles it may sit in adjacent sentences of one provision."""
    hedged = "Sam will have regular catch-ups with his mentor."
    assert not judge(hedged).specific
    whole = f"{hedged} These will last 10 minutes, at the end of every school day."
    assert judge(hedged, whole).specific
    assert not judge(hedged, f"{hedged} These will take place each week.").specific


def test_a_named_programme_with_how_often_and_who_is_specific() -> None:
    assert judge(
        "A balance programme in every PE lesson, led by a teaching assistant, planned with the "
        "physiotherapist."
    ).specific
    assert not judge("A balance programme planned with the physiotherapist.").specific
    assert not judge("SALT input to be reviewed termly by the SENCo.").specific


def test_up_to_a_number_of_friends_caps_a_group_not_an_amount() -> None:
    text = "A quiet room at lunchtime for Sam and up to three friends, with an assistant, daily."
    assert "up to" not in judge(text).terms
    assert "up to" in judge("Up to three sessions a week with an assistant.").terms


def test_may_giving_the_child_leave_to_eat_or_stay_is_an_entitlement() -> None:
    assert judge(
        "Sam may eat lunch in the quiet room with a friend each day, with a lunchtime supervisor."
    ).specific
    assert "should" in judge("Sam may have a reading intervention.").terms


def test_lunchtimes_and_breaktimes_name_an_occasion() -> None:
    assert judge("Use of the quiet room at lunchtimes, with a member of staff present.").specific
    assert not judge("Use of the quiet room, with a member of staff present.").specific


@pytest.mark.parametrize(
    ("text", "specific"),
    [
        ("Rest breaks of up to five minutes in any lesson longer than 50 minutes.", True),
        ("A time-out card: Oliver may leave any lesson for up to five minutes.", True),
        ("A movement break of up to five minutes, offered every 20 minutes in lessons.", True),
        ("A teaching assistant will support him for up to ten minutes in each lesson.", False),
    ],
)
def test_up_to_minutes_of_a_break_is_the_childs_allowance_not_a_hedge(
    text: str, specific: bool
) -> None:
    judged = judge(text)
    assert judged.specific is specific
    assert ("up to" in judged.terms) is not specific


def test_where_the_child_sits_holds_in_every_lesson() -> None:
    assert judge("Kezia will sit near the front of the class, where she can see faces.").specific
    assert not judge("Staff will prepare Kezia for changes.").specific


def test_a_weekly_total_of_hours_is_an_amount() -> None:
    text = "One-to-one support from a trained adult for all of his 15 funded hours each week."
    assert judge(text, text).specific
    assert not judge("One-to-one support as needed.", "One-to-one support as needed.").specific


def test_subjects_taught_in_a_group_of_a_stated_size_are_specific() -> None:
    """The timetable fixes how often English is taught; the group's size is the provision."""
    for text in (
        "Core subjects taught in a group of no more than eight pupils",
        "In Year 7 Sam will be taught English and maths in a group of no more than 12 pupils.",
    ):
        assert judge(text, text).specific, text
    assert not judge(
        "Sam will be taught in a small group.", "Sam will be taught in a small group."
    ).specific


@pytest.mark.parametrize(
    "text",
    [
        "Elm Academy will put the following in place, overseen by the SENCo, Mr D Quayle.",
        "No special educational provision is needed under this outcome; see Section G.",
    ],
)
def test_a_lead_in_or_a_note_that_nothing_is_needed_is_not_a_provision(text: str) -> None:
    assert is_intro(text)


@pytest.mark.parametrize(
    "text",
    [
        "What help will Sam get?",
        "What will help me",
        "School will do these things for me.",
        "Elm School will put this help in place.",
        "The SENCo, Mr O Lind, is responsible for making sure it happens.",
        "This is covered by my mentor meetings above.",
        "St Aldhelm's CE Junior School will make sure the following help is in place.",
    ],
)
def test_questions_lead_ins_and_cross_references_in_section_f_are_not_provisions(
    text: str,
) -> None:
    assert is_intro(text)


def test_teaching_for_all_of_a_subjects_lessons_says_how_often() -> None:
    text = "Small-group maths (no more than six pupils), for all of his maths lessons."
    assert judge(text, text).specific


@pytest.mark.parametrize(
    "row",
    [
        "A total communication approach. | Throughout the day | All staff",
        "Sensory learning activities as part of the class timetable. | Throughout the day",
    ],
)
def test_an_approach_only_named_is_vague_whenever_and_by_whomever(row: str) -> None:
    """When and by whom do not say what "total communication" means for this child."""
    assert not judge(row.split(" | ")[0], row).specific


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Tyler will attend the Learning Centre for 15 hours a week, increasing as he is able.",
            "increasing as able",
        ),
        (
            "The farm will provide Kai's education three days a week; the other two days will "
            "be arranged by the provider.",
            "arranged by the provider",
        ),
    ],
)
def test_an_amount_left_to_grow_or_to_the_provider_is_vague(text: str, term: str) -> None:
    assert term in judge(text).terms
