"""Report sentences judged by their shape and tables by their columns, not by headings alone."""

from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.roles.report_items import extract_items
from ehcp_appeal.analysis.roles.report_sentences import need_clause


def _kinds(blocks: list[Block]) -> dict[str, str]:
    return {item.text: item.kind for item in extract_items(blocks, "r.pdf")}


def _para(text: str) -> Block:
    return Block(text, 1)


def _heading(text: str) -> Block:
    return Block(text, 1, heading_hint=True)


def test_needs_stated_in_topic_sections_and_terse_forms() -> None:
    kinds = _kinds(
        [
            _heading("Number and reasoning"),
            _para("Ellis enjoys building with bricks and is proud of his models."),
            _para("His number skills are at the 3rd percentile for his age."),
            _para("Ellis does not yet use two-word phrases to ask for things."),
            _para("Ellis cannot walk unaided and needs a walking frame to move around school."),
            _heading("Family and early history"),
            _para("At breaktimes, when the yard is crowded, Ellis is often involved in fights."),
            _para("His aunt reports that Ellis has arrived late on 12 occasions because of worry."),
        ]
    )
    assert kinds["His number skills are at the 3rd percentile for his age."] == "need"
    assert kinds["Ellis does not yet use two-word phrases to ask for things."] == "need"
    frame = "Ellis cannot walk unaided and needs a walking frame to move around school."
    assert kinds[frame] == "need"
    assert (
        kinds["At breaktimes, when the yard is crowded, Ellis is often involved in fights."]
        == "need"
    )
    assert "Ellis enjoys building with bricks and is proud of his models." not in kinds
    assert not any(text.startswith("His aunt reports") for text in kinds)


def test_requests_and_needs_for_provision_are_recommendations() -> None:
    kinds = _kinds(
        [
            _heading("Observations"),
            _para("Ellis needs a personal workstation with a visual schedule in every lesson."),
            _para("We would like Ellis to have a swimming lesson with a trained adult each week."),
            _heading("Advice on provision"),
            _para("A sensory circuit for ten minutes at the start of each school day."),
            _para("The amounts given are the least I consider necessary."),
            _para("Specialist Physiotherapist, registered with the HCPC"),
        ]
    )
    assert kinds["Ellis needs a personal workstation with a visual schedule in every lesson."] == (
        "recommendation"
    )
    request = "We would like Ellis to have a swimming lesson with a trained adult each week."
    assert kinds[request] == "recommendation"
    assert kinds["A sensory circuit for ten minutes at the start of each school day."] == (
        "recommendation"
    )
    assert "The amounts given are the least I consider necessary." not in kinds
    assert "Specialist Physiotherapist, registered with the HCPC" not in kinds


def test_a_colon_inside_a_statement_is_not_a_run_in_label() -> None:
    kinds = _kinds(
        [
            _heading("Recommendations"),
            Block(
                "Direct physiotherapy: eight sessions of 30 minutes over the spring term.",
                1,
                bullet=True,
            ),
            _heading("Current presentation"),
            _para("His balance is poor: he falls when he turns quickly in the playground."),
        ]
    )
    assert "Direct physiotherapy: eight sessions of 30 minutes over the spring term." in kinds
    assert "His balance is poor: he falls when he turns quickly in the playground." in kinds


def test_a_provision_table_is_advice_by_its_columns_under_any_heading() -> None:
    rows = [
        ("Goal", "Strategy", "How often", "Staff"),
        (
            "Take turns in a game",
            "Turn-taking games with one peer",
            "Daily, 10 minutes",
            "Key adult",
        ),
        ("Name feelings", "Emotion cards at circle time", "Twice a week", "Class teacher"),
    ]
    blocks = [_heading("Next term")] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=3) for row in rows
    ]
    items = extract_items(blocks, "r.pdf")
    assert [(item.kind, item.text) for item in items] == [
        ("recommendation", "Turn-taking games with one peer"),
        ("recommendation", "Emotion cards at circle time"),
    ]
    assert "Daily, 10 minutes" in items[0].context


def test_letter_address_lines_and_letterheads_do_not_steer_the_reading() -> None:
    kinds = _kinds(
        [
            _heading("Westmoor Children's Therapy"),
            _para("To: Assessment Team, Westmoor Council"),
            _para("Dear colleagues,"),
            _para("Ellis has a visual impairment and depends on adults to find his way."),
            _heading("Westmoor Children's Therapy"),
        ]
    )
    assert kinds["Ellis has a visual impairment and depends on adults to find his way."] == "need"


def test_advice_addressed_to_the_family_is_home_advice() -> None:
    items = extract_items(
        [
            _heading("Recommendations"),
            _para("Ellis's grandfather would benefit from the evening workshops for parents."),
            _para("You and your partner are encouraged to join the parenting course at the hub."),
        ],
        "r.pdf",
    )
    assert [(item.kind, item.reason) for item in items] == [("recommendation", "home")] * 2


def test_shorthand_family_advice_and_medication_training_raise_no_finding() -> None:
    items = extract_items(
        [
            _heading("Recommendations"),
            Block("Parents to carry on weekly swimming at the leisure centre", 1, bullet=True),
            _para("Named staff must be trained to give buccal midazolam under her seizure plan."),
        ],
        "r.pdf",
    )
    assert [(item.kind, item.reason) for item in items] == [
        ("recommendation", "home"),
        ("recommendation", "health"),
    ]


def test_clinical_care_of_an_airway_or_a_feeding_tube_is_health_advice() -> None:
    items = extract_items(
        [
            _heading("Care plan"),
            _para("Air reaching Noah's lungs must be warmed by a heat and moisture exchanger."),
            _para("Trained staff should give his gastrostomy feeds at 10am and 2pm."),
        ],
        "r.pdf",
    )
    assert [(item.kind, item.reason) for item in items] == [("recommendation", "health")] * 2


def test_a_signature_line_is_not_advice() -> None:
    items = extract_items(
        [
            _heading("Recommendations"),
            _para("Kit Marlow-Ames, HCPC registered Occupational Therapist, 3 May 2026."),
            _para("Her attendance has fallen this year, to 82% by March 2026."),
        ],
        "r.pdf",
    )
    assert [item.text for item in items] == [
        "Her attendance has fallen this year, to 82% by March 2026."
    ]


def test_the_need_clause_after_a_strength_is_what_is_matched() -> None:
    assert (
        need_clause("His reading accuracy is age-appropriate, yet he understands little of it.")
        == "he understands little of it."
    )
    assert need_clause("She is, however, easily led and does not yet recognise teasing.") == (
        "easily led and does not yet recognise teasing."
    )
    plain = "His reading is age-appropriate, but he prefers comics."
    assert need_clause(plain) == plain  # no difficulty after the contrast: keep it whole


def test_a_refusal_or_little_output_after_a_strength_is_a_need() -> None:
    kinds = _kinds(
        [
            _heading("Strengths and needs"),
            _para(
                "Ada's stories are a real strength, but she will not ask for help and sits "
                "with a blank page."
            ),
        ]
    )
    assert list(kinds.values()) == ["need"]


def test_clinical_reassurance_and_controlled_conditions_are_not_needs() -> None:
    kinds = _kinds(
        [
            _heading("Clinical summary"),
            _para("Her sleep is poor at times, but she has no thoughts of harming herself."),
            _para("Ruth has asthma; it is well controlled with an inhaler."),
            _para("Ruth was found to have coeliac disease, which does not affect her at school."),
            _para("Her speech is much harder to understand when she is tired."),
        ]
    )
    assert kinds == {"Her speech is much harder to understand when she is tired.": "need"}


def test_prose_in_an_observation_table_is_read_like_a_paragraph() -> None:
    def row(*cells: str) -> Block:
        return Block(" | ".join(cells), 1, kind="row", cells=cells, table=0)

    kinds = _kinds(
        [
            _para("Written by the class teacher after six weeks in the setting."),
            row("Area", "What we notice"),
            row(
                "Play", "Omar loves the sand tray. He does not yet take turns with other children."
            ),
            row("Listening", "Omar follows a two-step instruction."),
        ]
    )
    assert kinds == {"He does not yet take turns with other children.": "need"}


def test_a_summing_up_line_that_introduces_a_list_is_not_a_need_itself() -> None:
    kinds = _kinds(
        [
            _heading("Summary of needs"),
            _para("In summary, Ivy has developmental coordination disorder. Her needs are these."),
            Block("Ivy cannot yet use scissors or fasten buttons.", 1, bullet=True),
            _para("Ivy finds it hard to copy from the board and her writing is slow."),
        ]
    )
    assert set(kinds) == {
        "Ivy cannot yet use scissors or fasten buttons.",
        "Ivy finds it hard to copy from the board and her writing is slow.",
    }


def test_a_statement_of_eligibility_is_neither_need_nor_advice() -> None:
    kinds = _kinds(
        [
            _heading("Conclusions"),
            _para(
                "Ivy's needs persist despite good-quality teaching and she needs more than "
                "the usual catch-up support."
            ),
        ]
    )
    assert kinds == {}


def test_habitual_difficulties_in_background_prose_are_needs_but_one_episode_is_not() -> None:
    kinds = _kinds(
        [
            _heading("Background"),
            _para("Her teacher reports that Ada has become increasingly withdrawn at lunch."),
            _para(
                "At snack time Ada would only eat plain rice cakes, and staff say this is the "
                "same every day."
            ),
            _para("On the day I visited, Ada did not answer when her name was called."),
        ]
    )
    assert set(kinds) == {
        "Her teacher reports that Ada has become increasingly withdrawn at lunch.",
        "At snack time Ada would only eat plain rice cakes, and staff say this is the same "
        "every day.",
    }


def test_a_weakest_area_and_being_left_out_are_needs() -> None:
    kinds = _kinds(
        [
            _heading("What I found"),
            _para("Of all the skills tested, working memory is his weakest area."),
            _para("Leo often hovers on the edge of games and other children leave him out."),
        ]
    )
    assert list(kinds.values()) == ["need", "need"]


def test_a_strength_is_not_a_need_unless_a_difficulty_follows_it() -> None:
    kinds = _kinds(
        [
            _heading("Findings"),
            _para(
                "Leo's verbal reasoning is a real strength and shows his difficulties are "
                "specific to literacy."
            ),
            _para("Leo's drawing is a real strength, but he cannot yet write his name."),
        ]
    )
    assert kinds == {"Leo's drawing is a real strength, but he cannot yet write his name.": "need"}


def test_softened_advice_and_requests_are_recommendations() -> None:
    kinds = _kinds(
        [
            _heading("Plan"),
            _para("For school, I would also suggest that our nurse meets Ben's teachers."),
            _para("We ask that his hearing aids continue to be checked by the audiology team."),
            _para("There are gaps in his reading, and his attendance is 62% this year."),
        ]
    )
    assert list(kinds.values()) == ["recommendation", "recommendation", "need"]


def test_a_denied_difficulty_is_not_a_need() -> None:
    kinds = _kinds(
        [
            _heading("Summary of needs"),
            Block("Ava does not have any sensory difficulties.", 1, bullet=True),
            Block("She shows no signs of anxiety in class.", 1, bullet=True),
            Block("Ava has difficulty with reading but no difficulty with number.", 1, bullet=True),
        ]
    )
    assert kinds == {"Ava has difficulty with reading but no difficulty with number.": "need"}


def test_the_familys_relayed_view_is_not_a_need_but_staff_and_child_reports_are() -> None:
    kinds = _kinds(
        [
            _para("Ellis Brannigan - speech and language advice"),
            _heading("Background"),
            _para("Ellis Brannigan lives with his parents and older brother."),
            _para("Ellis's first school was in Leeds, and Ellis has been at this school a year."),
            _para(
                "Mrs Brannigan told me that Ellis often gets frustrated when he is not understood."
            ),
            _para("His teacher told me that Ellis often finds it hard to settle in lessons."),
            _para("Ellis's foster carer told me that he often wakes distressed in the night."),
            _heading("Parents' views"),
            _para("They told me that Ellis has become more reluctant to go to school this year."),
            _heading("Ellis's views"),
            _para("Ellis told me that he finds it hard to make friends at playtime."),
        ]
    )
    assert not any(text.startswith("Mrs Brannigan told me") for text in kinds)
    assert not any(text.startswith("They told me") for text in kinds)
    assert not any(text.startswith("Ellis's foster carer") for text in kinds)
    assert (
        kinds["His teacher told me that Ellis often finds it hard to settle in lessons."] == "need"
    )
    assert kinds["Ellis told me that he finds it hard to make friends at playtime."] == "need"


def test_a_test_result_as_subject_is_evidence_unless_a_joined_clause_states_the_need() -> None:
    kinds = _kinds(
        [
            _heading("What I found"),
            _para("Ellis struggles to fasten buttons and open his lunch box."),
            _para("His Beery VMI motor coordination score was at the 4th centile."),
            _para(
                "His visual-motor scores are below average, which suggests that the difficulty "
                "lies in the control of his hand."
            ),
            _para(
                "His processing speed index of 74 places him at the 4th centile, and he needs "
                "longer than his peers to respond."
            ),
            _para("His spelling is at the 3rd percentile for his age."),
        ]
    )
    assert "His Beery VMI motor coordination score was at the 4th centile." not in kinds
    assert not any(text.startswith("His visual-motor scores") for text in kinds)
    assert (
        kinds[
            "His processing speed index of 74 places him at the 4th centile, and he needs "
            "longer than his peers to respond."
        ]
        == "need"
    )
    assert kinds["His spelling is at the 3rd percentile for his age."] == "need"


def test_eased_and_healed_difficulties_are_not_current_needs() -> None:
    kinds = _kinds(
        [
            _heading("Medical history"),
            _para("Broken wrist in March 2024 – healed."),
            _para("His earlier difficulty with loud noise has eased and he now joins assemblies."),
            _heading("Current presentation"),
            _para("Ellis struggles to hold a pencil and tires after a few lines of writing."),
        ]
    )
    assert list(kinds) == [
        "Ellis struggles to hold a pencil and tires after a few lines of writing."
    ]


def test_needs_in_development_prose_and_background_that_states_them_strongly() -> None:
    kinds = _kinds(
        [
            _heading("Background and context"),
            _para("Ellis has had a hard start, and he finds it very hard to trust new adults."),
            _para("Ellis has had difficulty settling to sleep since early childhood."),
            _heading("Development"),
            _para("Ellis tires easily by the afternoon and becomes tearful."),
            _heading("Current needs"),
            _para("He sees his father monthly, and his behaviour is often worse the next day."),
            _para("Crowded, echoing rooms such as the hall cause him real discomfort."),
            _heading("Diagnosis"),
            _para("Ellis has spastic hemiplegia affecting his right arm and leg."),
        ]
    )
    assert set(kinds.values()) == {"need"}
    assert "Ellis has had difficulty settling to sleep since early childhood." not in kinds
    assert len(kinds) == 5


def test_essential_and_expected_provision_is_advice() -> None:
    kinds = _kinds(
        [
            _heading("Emotional wellbeing"),
            _para("It is essential that Ellis has a key adult who meets him at the gate each day."),
            _para("I would expect a specialist teacher to review his reading every term."),
        ]
    )
    assert set(kinds.values()) == {"recommendation"}
    assert len(kinds) == 2


def test_omitting_words_and_losing_the_thread_are_needs() -> None:
    kinds = _kinds(
        [
            _heading("What I found"),
            _para("Ellis follows short instructions but loses the thread of longer ones."),
            _para("His sentences are short and he often leaves out the small grammatical words."),
        ]
    )
    assert set(kinds.values()) == {"need"}
    assert len(kinds) == 2


def test_topic_subheadings_within_the_advice_keep_it_advice() -> None:
    kinds = _kinds(
        [
            _heading("Recommendations"),
            _heading("Transitions and change"),
            Block(
                "A visual timetable, checked with an adult at the start of each day.",
                1,
                bullet=True,
            ),
            _heading("Understanding what he reads"),
            Block("A comprehension group of four pupils, three times a week.", 1, bullet=True),
        ]
    )
    assert set(kinds.values()) == {"recommendation"}
    assert len(kinds) == 2


def test_diabetes_care_and_an_evacuation_plan_are_health_advice() -> None:
    items = extract_items(
        [
            _heading("Recommendations"),
            Block(
                "Treat a hypo below 4 with glucose tablets, recheck after 15 minutes",
                1,
                bullet=True,
            ),
            _para("The school should draw up a personal emergency evacuation plan for him."),
        ],
        "r.pdf",
    )
    assert [(item.kind, item.reason) for item in items] == [("recommendation", "health")] * 2


def test_a_list_after_we_would_advise_the_following_is_advice() -> None:
    rest = "a quiet room with a reclining chair where Ellis can rest for 15 minutes each morning"
    early = "leaving lessons five minutes early to avoid crowded corridors"
    kinds = _kinds(
        [
            _para("Ellis tires quickly and needs to pace his activity across the week."),
            _para("In school, we would advise the following:"),
            Block(rest, 1, bullet=True),
            Block(early, 1, bullet=True),
        ]
    )
    assert kinds[rest] == "recommendation"
    assert kinds[early] == "recommendation"


def test_a_recommendation_column_is_advice_even_under_a_heading_of_support_in_place() -> None:
    """ "Support in place and what we recommend": the table sets this year's support beside
    next year's advice; the advice column is advice, the support column is not."""
    advice = "Pre-teach course vocabulary with a picture glossary for one hour a week."
    kinds = _kinds(
        [
            _heading("Support in place and what we recommend for 2026/27"),
            Block(
                "Support | This year | Recommendation for 2026/27",
                1,
                kind="row",
                table=1,
                cells=("Support", "This year", "Recommendation for 2026/27"),
            ),
            Block(
                "Vocabulary pre-teaching | Not in place | " + advice,
                1,
                kind="row",
                table=1,
                cells=("Vocabulary pre-teaching", "Not in place", advice),
            ),
        ]
    )
    assert kinds[advice] == "recommendation"
    assert "Not in place" not in kinds


def test_a_young_persons_own_statement_is_read_in_their_voice() -> None:
    """In "My statement" every "I" is the young person: "I can't use the phone" is a need,
    and a wish under "What I want" is not a professional's advice."""
    blocks = [
        _heading("My statement"),
        _para("Ben said what he wanted to say and his tutor typed it for him."),
        _heading("About me"),
        _para("My name is Ben. I am 18. I live with my dad in Elmford."),
        _para("I like working in the kitchen best because I know where everything goes."),
        _para("I can't use the phone at work because when it rings I freeze."),
        _heading("What I want"),
        _para("I used to be scared of the bus but now I go to college on my own every day."),
        _para("I want a real job with a wage and my own flat one day."),
    ]
    kinds = _kinds(blocks)
    assert kinds.get("I can't use the phone at work because when it rings I freeze.") == "need"
    assert not any(kind == "recommendation" for kind in kinds.values()), kinds


def test_a_professionals_report_in_the_first_person_is_not_the_childs_voice() -> None:
    blocks = [
        _heading("Recommendations"),
        _para("I assessed Ben at college on 3 October and I observed him in two lessons."),
        _para("I met his father, who told me that Ben is anxious about the phone."),
        _para("In my opinion Ben needs a weekly session with a mentor."),
        _para("I recommend a weekly 30-minute mentoring session with his tutor."),
        _para("I would also like staff to give Ben written instructions."),
    ]
    kinds = _kinds(blocks)
    assert kinds.get("I recommend a weekly 30-minute mentoring session with his tutor.") == (
        "recommendation"
    )
