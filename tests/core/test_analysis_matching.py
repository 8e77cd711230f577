"""Matching on meaning: paraphrases match, look-alikes sharing a word do not."""

import pytest

from ehcp_appeal.analysis.judging.checker import MATCH_THRESHOLD
from ehcp_appeal.analysis.matching.matching import Matcher, concepts

PLAN_B = [
    "Oscar struggles to hold several instructions in his head long enough to act on them.",
    "Loud and echoing places such as the hall cause Oscar real distress.",
    "Oscar's handwriting is slow and his hand tires after a few lines.",
]
PLAN_F = [
    (
        "A teaching assistant will deliver a speech and language programme to "
        "Oscar for 20 minutes three times a week."
    ),
    "Oscar will be given noise-reducing ear defenders for assemblies and fire drills.",
]


def _best(candidates: list[str], text: str) -> tuple[int, float]:
    matcher = Matcher(candidates, [text])
    match = matcher.best(text)
    assert match is not None
    return match.index, match.score


def test_reworded_need_matches_its_b_sentence() -> None:
    index, score = _best(
        PLAN_B, "Oscar has very weak working memory and loses track of multi-step instructions."
    )
    assert index == 0 and score >= MATCH_THRESHOLD
    index, score = _best(
        PLAN_B, "He is highly sensitive to noise and becomes upset in busy, loud rooms."
    )
    assert index == 1 and score >= MATCH_THRESHOLD


def test_unrelated_need_scores_below_threshold() -> None:
    _index, score = _best(
        PLAN_B, "Oscar's mathematical reasoning is below the level expected for his age."
    )
    assert score < MATCH_THRESHOLD


def test_staff_training_does_not_match_a_programme_for_the_child() -> None:
    text = (
        "All staff working with Oscar should receive training in autism from "
        "the specialist teacher."
    )
    _index, score = _best(PLAN_F, text)
    assert score < MATCH_THRESHOLD


def test_equipment_matches_in_other_words() -> None:
    index, score = _best(PLAN_F, "Oscar should be provided with ear defenders to use in the hall.")
    assert index == 1 and score >= MATCH_THRESHOLD


def test_concepts_explain_the_match() -> None:
    assert "working_memory" in concepts("He forgets what he was doing part-way through a task.")
    assert "literal_language" in concepts("She is confused by idioms and sarcasm.")


def test_therapy_session_led_by_a_therapist_matches_recommended_therapy() -> None:
    plan = [
        "Two occupational therapy sessions a month, run by the school's occupational therapist.",
        "Ruby will have a reading book changed daily by the class teacher.",
        "Ruby will have the support of a learning support assistant for the whole school day.",
        "Ruby will count objects and numerals with an adult, three times a week.",
    ]
    assert _best(plan, "Ruby requires direct occupational therapy every week.")[0] == 0
    assert _best(plan, "Ruby needs full-time adult support, including at break.")[0] == 2
    assert _best(plan, "Ruby should practise early number daily with a TA.")[0] == 3


def test_needs_described_in_other_words_find_their_b_sentence() -> None:
    plan_b = [
        "Priya needs far longer than most pupils to take in new information.",
        "Copying off the interactive board is slow for Priya and she often loses her place.",
        "Priya avoids textures such as sand and paint.",
        "Priya seldom starts conversations with classmates.",
        "Priya walks unaided but tires easily on the field.",
    ]
    pairs = {
        "Priya's processing speed is well below average.": 0,
        "Priya has difficulty copying from the whiteboard.": 1,
        "Priya is over-sensitive to touch and dislikes messy play.": 2,
        "Priya rarely initiates interaction and plays alongside others.": 3,
        "Priya walks independently for short distances before fatigue sets in.": 4,
    }
    for need, expected in pairs.items():
        index, score = _best(plan_b, need)
        assert index == expected and score >= MATCH_THRESHOLD, need


def test_memory_strategies_are_about_memory() -> None:
    assert "working_memory" in concepts("Teach memory strategies such as chunking.")
    assert "independence" not in concepts("Priya works independently on her maths.")


def test_worry_about_the_future_does_not_match_worry_about_lessons() -> None:
    plan_b = ["Anxiety about being asked questions in class stops Kemi speaking in lessons."]
    _index, score = _best(plan_b, "Kemi is anxious about her post-16 options and college.")
    assert score < MATCH_THRESHOLD


def test_a_provision_sharing_only_the_need_is_a_weaker_match() -> None:
    plan_f = ["Kemi's visual timetable will be used in every lesson for her autism."]
    _index, score = _best(plan_f, "Kemi should have a weekly mentor session about her autism.")
    assert score < MATCH_THRESHOLD


def test_adult_support_and_missed_school_days_in_other_words() -> None:
    assert "in_class_adult" in concepts("Kemi will have support from a teaching assistant.")
    assert "attendance" in concepts("Anxiety has led to Kemi missing a third of school days.")


def test_post16_and_adapted_material_provision_in_other_words() -> None:
    plan_f = [
        "Supported internship at a garden centre with a job coach two days a week.",
        "Handouts rewritten in easy-read language with photos by the learning support assistant.",
        "Daily check-in with his named mentor at 8.45 am.",
    ]
    pairs = [
        ("Oscar should have a work placement with a job coach for two days each week.", 0),
        ("Printed course materials should be simplified and given with pictures.", 1),
        ("A named key worker should meet Oscar at the start of each college day.", 2),
    ]
    matcher = Matcher(plan_f, [text for text, _ in pairs], [True] * len(plan_f))
    for text, expected in pairs:
        match = matcher.best(text)
        assert match is not None and match.index == expected and match.score >= MATCH_THRESHOLD


def test_short_provision_line_is_covered_by_a_fuller_recommendation() -> None:
    recommendation = (
        "A trained adult should check Oscar's splints and standing frame every morning "
        "before lessons begin."
    )
    plan_f = ["Equipment checks as appropriate.", "Oscar will use a laptop for written work."]
    as_provision = Matcher(plan_f, [recommendation], [True, True]).best(recommendation)
    assert as_provision is not None and as_provision.index == 0
    assert as_provision.score >= MATCH_THRESHOLD


def test_a_denied_need_does_not_cover_a_specific_one() -> None:
    plan_b = ["Oscar has no physical difficulties that affect his learning."]
    need = "Oscar's hypermobile joints make his wrists ache after handwriting and in PE."
    match = Matcher(plan_b, [need]).best(need)
    assert match is not None and match.score < MATCH_THRESHOLD


def test_needs_in_other_words_across_the_areas() -> None:
    pairs = [
        ("Oscar cannot count coins or work out his change.", "Oscar is unable to manage money."),
        (
            "Oscar does not point to show adults what he wants.",
            "Oscar is not yet using pointing to request or share interest.",
        ),
        (
            "Oscar slumps at his desk because of low muscle tone.",
            "Oscar's posture is poor and he tires when sitting upright.",
        ),
    ]
    for need, plan in pairs:
        shared = concepts(need) & concepts(plan)
        assert shared, (need, plan)


def test_a_programme_carried_out_by_an_assistant_finds_the_programme_sessions() -> None:
    plan_f = [
        (
            "Speech and language therapy consultation by a therapist | NHS therapist | "
            "Two visits a year"
        ),
        "Paired language work following the therapist's programme | Teaching assistant | Daily",
    ]
    recommendation = (
        "A teaching assistant should practise Lily's language targets with her every day "
        "for 15 minutes, as set by the therapist."
    )
    match = Matcher(plan_f, [recommendation], [True, True]).best(recommendation)
    assert match is not None and match.index == 1 and match.score >= MATCH_THRESHOLD


def test_shorthand_roles_are_spelt_out_before_comparing() -> None:
    plan = [
        "A speech and language therapist will assess Ava's understanding and advise her teachers.",
        "Ava will have a laptop for extended writing.",
    ]
    index, score = _best(plan, "SALT assessment of comprehension, with advice to teachers.")
    assert index == 0 and score >= 0.25


def test_pointing_and_gesture_as_speech_is_alternative_communication() -> None:
    assert "communication_aac" in concepts("Alternative forms of communication will be accepted.")
    assert "communication_aac" in concepts("Accept writing and gesture as equal to speech.")


def test_direct_language_therapy_meets_therapy_by_consultation() -> None:
    assert "direct_therapy" in concepts("Direct 1:1 language therapy on concepts of time")
    assert "direct_therapy" in concepts("Speech and language therapy through a termly visit.")


def test_a_retreat_space_and_a_one_to_one_adult_in_other_words() -> None:
    assert "safe_space" in concepts("Ben needs a quiet, dimly lit space he can withdraw to.")
    assert "safe_space" in concepts("A screened corner with cushions will be set up for Ben.")
    assert "in_class_adult" in concepts("An intervenor should work with Ben 1:1 all day.")
    shared = "Ben will be supported in every lesson by a teaching assistant shared with others."
    assert "in_class_adult" in concepts(shared)


def test_staff_described_by_their_training_are_not_training() -> None:
    """ "A member of staff trained in X" says who delivers, not that staff need training."""
    assert "staff_training" not in concepts("Ben needs a member of staff trained in sign.")
    assert "staff_training" in concepts("All staff should be trained in Makaton this term.")
    assert "specialist_teaching" not in concepts("Ben has a multi-sensory impairment.")
    assert "staff_training" not in concepts("Sessions with a practitioner trained in autism.")
    assert "staff_training" in concepts("Every adult who teaches him shown how to use the aid.")


def test_notice_of_changes_in_other_words() -> None:
    """ "Any change to her timetable ... sent beforehand" is the plan's "told about changes
    to her timetable in advance"."""
    report = "Any change to her timetable or tutor should be sent to her by text beforehand."
    plan = "Amy will be told about changes to her timetable in advance where possible."
    assert "transitions_change" in concepts(report) & concepts(plan)


def test_attention_autism_is_a_programme_not_attention() -> None:
    assert "attention" not in concepts("Attention Autism sessions twice a week.")
    assert "attention" in concepts("His attention drifts after a few minutes.")


def test_catch_up_teaching_in_other_words_and_a_named_teacher_is_not_a_key_adult() -> None:
    assert "catch_up" in concepts("Ben should have an hour a week to cover the maths he misses.")
    assert "catch_up" in concepts("Ben will receive catch-up support after an absence.")
    assert "key_adult" not in concepts("A named teacher should mark Ben's work each week.")


def test_organisation_timetabling_and_a_named_role_in_other_words() -> None:
    assert "executive_function" in concepts("Ben needs a visual checklist for each task.")
    assert "timetabling" in concepts("Maths will be timetabled before lunch each day.")
    assert "timetabling" in concepts("His hardest subjects should be taught in the morning.")
    assert "lunch_arrangements" not in concepts("Maths will be timetabled before lunch.")
    assert "key_adult" not in concepts("A lunch club run by a named adult should be offered.")


def test_physical_access_in_other_words() -> None:
    report = "Step-free access to every classroom, with her own lift key."
    plan = "Her lessons will be in ground-floor rooms and she will have a key to the lift."
    assert "physical_access" in concepts(report) & concepts(plan)
    assert "physical_access" not in concepts("Two adults will lift her onto the changing bed.")


def test_verbal_memory_and_recall_are_memory() -> None:
    assert "working_memory" in concepts("Weak verbal memory - recalled little of a story")
    assert "working_memory" in concepts("She struggles to retain new information.")


def test_another_professions_provision_is_a_weaker_match() -> None:
    """Staff training from a speech and language therapist is not a physiotherapist's."""
    plan = [
        "Each half-term the physiotherapist will visit to review his programme and train staff.",
        "The speech and language therapist will train all staff in his signing each September.",
    ]
    advice = "Every September the speech and language therapist should train all staff in signs."
    matcher = Matcher(plan, [advice], [True, True])
    assert matcher.score(advice, 0).score < MATCH_THRESHOLD < matcher.score(advice, 1).score


def test_hips_spine_and_positioning_are_posture() -> None:
    report = "She is at risk of hip migration if she stays in one position for long."
    plan = "Without careful positioning, her hips and spine are at risk of deformity."
    assert "muscle_tone_posture" in concepts(report) & concepts(plan)


def test_a_sensory_support_service_names_its_kind_of_support() -> None:
    assert "hearing_support" in concepts(
        "An assistant from the Hearing Support Service will visit."
    )
    assert "vision_support" in concepts("The Vision Support Team will advise staff each term.")


def test_monitoring_progress_is_review() -> None:
    assert "assessment_review" in concepts("The service will monitor Ann's progress each term.")
    assert "assessment_review" in concepts("A specialist teacher should track progress termly.")


def test_tiring_easily_and_being_very_tired_are_one_need() -> None:
    assert "fatigue" in concepts("She tires easily by the afternoon and becomes tearful.")
    assert "fatigue" in concepts("She becomes very tired in the afternoons.")
    assert "mobility" in concepts("He has spastic diplegia with tight hamstrings.")


def test_pain_however_it_is_worded_is_one_need() -> None:
    assert "pain" in concepts("Cannot kneel on the floor for more than a minute without pain.")
    assert "pain" in concepts("Kneeling on the floor is painful for him.")
    assert "pain" in concepts("His hand hurts when he writes.")
    assert "pain" not in concepts("He is anxious that he will be hurt in PE.")


def test_supervision_however_it_is_worded_is_one_provision() -> None:
    assert "supervision" in concepts("An adult to be with him at all times on the climbing frame.")
    assert "supervision" in concepts("Sam will be supervised when moving around the setting.")


def test_a_reduced_timetable_is_a_kind_of_provision() -> None:
    assert "timetabling" in concepts("She should follow a reduced timetable of five subjects.")


def test_retelling_events_is_a_need_apart_from_sentence_structure() -> None:
    retell = "He cannot retell what happened at break in the right order."
    assert "narrative" in concepts(retell)
    assert "expressive_language" not in concepts(retell)
    assert "narrative" not in concepts("He speaks in short sentences and omits word endings.")


def test_concepts_start_at_a_word_start() -> None:
    assert "maths" not in concepts("In the aftermath of the move he was unsettled.")
    assert "maths" in concepts("He finds maths very hard.")
    assert "anxiety" in concepts("He reads aloud only with great distress.")


def test_early_number_in_everyday_words_is_maths() -> None:
    for text in (
        "He can count by rote to ten but cannot say how many there are.",
        "She counts on her fingers for number bonds within 20.",
        "He has not yet mastered place value or his times tables.",
    ):
        assert "maths" in concepts(text), text
    assert "maths" not in concepts("A number of staff know him well.")


def test_a_line_the_lexicon_does_not_cover_wins_on_its_words() -> None:
    """A setting or a delivering role named in passing must not outweigh the provision's words.

    The recommendation mentions a work placement and a job coach only as where and by
    whom; the plan line that restates what is taught carries no concept at all.
    """
    plan = [
        "Access to a job coach on placement | Whole shift, three shifts a week",
        "Teaching to count change and to check a receipt for each purchase | "
        "15 minutes each college day | Tutor",
    ]
    advice = (
        "Ayo should be taught to count change and to check a receipt for each purchase, for "
        "15 minutes every day, on placement days too, by his tutor or the job coach."
    )
    report = [
        advice,
        "Ayo's job coach says he copes well on placement once he knows the tasks.",
        "On placement days the job coach meets him at the door.",
        "Ayo enjoys his placement in the cafe and wants to work with food.",
    ]
    assert not concepts(plan[1])
    match = Matcher(plan, report, [True, True]).best(advice)
    assert match is not None and match.index == 1 and match.score >= MATCH_THRESHOLD


def test_misreading_words_is_reading_and_misreading_people_is_social() -> None:
    assert concepts("He often misreads the longer words in his book.") >= {"reading"}
    assert "social_communication" not in concepts("He often misreads the longer words.")
    assert "social_communication" in concepts("He misreads social situations.")


def test_furniture_of_the_right_height_is_a_kind_of_help_the_check_knows() -> None:
    """An occupational therapist's chair and table at the right height is seating provision,
    so a plan's adjustable desk answers it and its absence from F is asserted, not doubted."""
    for text in (
        "A chair and table of the correct height should be provided in his teaching rooms.",
        "A height-adjustable desk and chair in each of Reuben's main teaching rooms.",
        "A footrest so that his feet are supported.",
        "Seating to reduce distraction where possible.",
        "He should be seated away from the door and the window.",
    ):
        assert "seating" in concepts(text), text


def test_a_low_demand_approach_is_found_in_other_words() -> None:
    """A psychologist's "declarative, low-demand language" is what a plan's "demand-reducing
    communication style" gives: the same approach, so the plan is not said to lack it."""
    report = "All adults should use declarative, low-demand language with Poppy."
    plan = "Use of a demand-reducing communication style by all adults who work with Poppy."
    assert "low_demand_approach" in concepts(report) & concepts(plan)


def test_personal_and_online_safety_is_a_kind_of_help_the_check_knows() -> None:
    for text in (
        "An online safety programme delivered in a small group by the pastoral team.",
        "A structured programme of personal safety teaching, in a small group.",
        "Sam is easily led by older students and very trusting of strangers.",
    ):
        assert "safety_awareness" in concepts(text), text


def test_everyday_words_for_behaviour_mood_attention_and_organisation_are_topics() -> None:
    """Reports describe what the child does; a plan names the area. Each report line here
    shares a topic with the plan's words, so the check can see whether B covers it."""
    pairs = [
        (
            "When he is corrected he swears and walks out of the lesson.",
            "Oscar's behaviour can be challenging when he is corrected.",
        ),
        ("She has very low self-worth and calls herself thick.", "Low self-esteem."),
        (
            "He cannot settle to anything for more than a few minutes.",
            "Oscar finds it hard to maintain attention.",
        ),
        (
            "He has very poor organisational skills and does not know where to start.",
            "Oscar needs help to organise himself and his work.",
        ),
        ("She is low in mood and has lost interest in drawing.", "She has periods of low mood."),
        ("Her mood has dipped over the last six months.", "Low mood."),
        (
            "Her free writing is short, and her written answers do not show what she knows.",
            "Her written work does not reflect her understanding.",
        ),
    ]
    for need, plan in pairs:
        assert concepts(need) & concepts(plan), (need, plan)


def test_everyday_words_for_sight_hearing_movement_and_independence_are_topics() -> None:
    pairs = [
        (
            "His distance acuity is 0.8 logMAR and he does not recognise faces across the room.",
            "Oscar has a visual impairment.",
        ),
        ("He cannot yet get up from sitting on the floor without help.", "Poor balance."),
        (
            "She cannot pick up small items between finger and thumb; her grip strength is low.",
            "Her fine motor skills are delayed.",
        ),
        (
            "She cannot yet prepare a simple meal and gets lost on routes she has not practised.",
            "She is working towards more independent living.",
        ),
        ("Tianna seeks intense sensory input, such as spinning.", "Tianna seeks movement."),
        ("He rarely starts an interaction with another child.", "Social communication."),
    ]
    for need, plan in pairs:
        assert concepts(need) & concepts(plan), (need, plan)


def test_named_programmes_are_the_kind_of_help_they_give() -> None:
    """Reports and plans name the same programme ("Lexia PowerUp", "Toe by Toe") where
    the words around it differ; the name alone says which kind of help it is."""
    pairs = [
        ("Lexia PowerUp should be increased to every day.", "A literacy group three times a week."),
        ("Toe by Toe, 1:1, every morning.", "Reading intervention daily."),
        ("A Language for Thinking group twice a week.", "Language group, twice weekly."),
        ("A Talkabout group with two peers.", "A social skills group."),
        ("Touch-type Read and Spell (TTRS) at home and school.", "Use of a laptop."),
    ]
    for advice, plan in pairs:
        assert concepts(advice) & concepts(plan), (advice, plan)


def test_sequencing_explanations_and_holding_spoken_information_are_topics() -> None:
    pairs = [
        (
            "His spoken and written explanations lack structure; he struggles to sequence events.",
            "Oscar finds it hard to tell a story or describe an event in order.",
        ),
        (
            "He has difficulty holding spoken information in mind.",
            "Oscar has a weak working memory.",
        ),
    ]
    for need, plan in pairs:
        assert concepts(need) & concepts(plan), (need, plan)


@pytest.mark.parametrize(
    ("text", "concept", "named"),
    [
        (
            "A laptop with word prediction software for longer pieces of writing.",
            "writing_equipment",
            True,
        ),
        ("Access to ICT to support recording.", "writing_equipment", True),
        (
            "Reuben will have access to technology to support his recording.",
            "writing_equipment",
            True,
        ),
        ("A low-stimulus room he can go to without asking.", "safe_space", True),
        ("A calm, dimly lit space she can go to when panic starts.", "safe_space", True),
        ("A named member of staff should be her point of contact.", "key_adult", True),
        ("Support with organisation as required.", "executive_function", True),
        ("Opportunities to develop social skills.", "social_communication", True),
        ("A full-time teaching assistant in every lesson.", "in_class_adult", True),
        ("Build his timetable up to full-time within six weeks.", "in_class_adult", False),
        ("A sensory curriculum taught in small steps.", "mobility", False),
        ("He cannot manage the steps to the hall without an adult.", "mobility", True),
        ("He cannot make or answer a telephone call.", "telephone", True),
        ("Kit finds it very hard to use the telephone or order food.", "telephone", True),
        ("He takes what people say at face value.", "literal_language", True),
        ("He cannot tell when he is being manipulated.", "safety_awareness", True),
        ("He gave his bank card details to someone he had met online.", "safety_awareness", True),
        ("He looks for a lot of movement and physical contact.", "sensory_seeking", True),
        ("He has a strong need to be in control of other children's play.", "control", True),
        ("He likes to be in charge of games and of what happens in class.", "control", True),
        ("Staff will use 'time in' with a familiar adult.", "behaviour_support", True),
        ("Warm water is the one time in the week she relaxes.", "behaviour_support", False),
        ("An adult trained in his care plan will supervise him.", "staff_training", False),
        ("All staff will be trained in his care plan.", "staff_training", True),
        ("A twilight session on attachment and trauma awareness to staff.", "staff_training", True),
        ("A Tourette's syndrome awareness session for the class team.", "staff_training", True),
        ("He does not notice that he is hungry or needs the toilet.", "interoception", True),
        ("An interoception programme twice a week.", "interoception", True),
        ("Noise overwhelms him in the hall.", "shutdown", True),
        ("She does not notice until the feeling is overwhelming.", "shutdown", False),
        ("Noisy, busy rooms can unsettle him.", "noise_sensitivity", True),
        ("He often leans on furniture or on adults for support.", "muscle_tone_posture", True),
        ("She has a limited vocabulary for describing her feelings.", "emotion_words", True),
        ("He finds it hard to recognise and talk about his emotions.", "emotion_words", True),
        ("He takes a long time to calm down after he has been upset.", "regulation", True),
        ("She is very sensitive to correction.", "self_esteem", True),
        ("She has been unable to attend school for weeks at a time.", "attendance", True),
        ("He has very limited use of his hands.", "fine_motor", True),
        ("She cannot take notes and listen at the same time.", "copying", True),
        ("His speech is often unintelligible.", "speech_sounds", True),
        ("Reuben loses or forgets equipment most days.", "executive_function", True),
        ("It can take him up to 40 minutes to calm.", "regulation", True),
        ("He has a limited vocabulary for describing how he feels.", "emotion_words", True),
        ("He needs cubes or a number line to add and subtract.", "maths", True),
        ("He finds it difficult to start and organise written work.", "executive_function", True),
        ("Noah finds it hard to explain events clearly.", "narrative", True),
        ("When I am told off I can lose my temper.", "regulation", True),
        ("When the routine changes he screams.", "transitions_change", True),
        ("Callum finds it hard to recognise people.", "vision", True),
        ("He is not yet secure in counting out change.", "money", True),
        ("Daniel still cannot cook a simple meal safely.", "independence", True),
    ],
)
def test_everyday_words_for_provision_and_what_they_are_not(
    text: str, concept: str, named: bool
) -> None:
    assert (concept in concepts(text)) is named


def test_effort_that_fades_is_tiredness() -> None:
    report = "Looking takes Ben a great deal of effort, and his attention fades after a while."
    assert "fatigue" in concepts(report) & concepts("Using his eyes tires Ben out.")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Sam has about ten absence seizures a day.", "attendance"),
        ("Sam recognises about 80 common words by sight.", "vision"),
        ("Sam depends on adults for every change of position.", "transitions_change"),
        ("Sam avoids the shared equipment in food technology.", "eating"),
    ],
)
def test_look_alike_words_name_no_concept(text: str, concept: str) -> None:
    """An absence seizure is no absence from school, words read by sight say nothing of
    eyesight, a change of position is no change of routine, food technology is a subject."""
    assert concept not in concepts(text)
    assert concept in concepts(
        {
            "attendance": "Sam's absence from school has grown this term.",
            "vision": "Sam's sight is poor in his left eye.",
            "transitions_change": "Sam finds a change of routine very hard.",
            "eating": "Sam refuses most food at lunchtime.",
        }[concept]
    )


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("His timetable should build in a rest of at least 10 minutes after lunch.", "rest_breaks"),
        ("Advice from a qualified teacher of vision impairment each term.", "vision_support"),
        ("Her knees flare for days after running.", "pain"),
        ("A written flare plan agreed with home.", "pain"),
    ],
)
def test_provisions_and_needs_in_other_words(text: str, concept: str) -> None:
    assert concept in concepts(text)


def test_printed_notes_and_access_to_notes_are_one_provision() -> None:
    report = "Printed copies of lesson slides should be given to her at the start of each lesson."
    assert "notes_handouts" in concepts(report) & concepts("Access to notes where possible.")
    assert "notes_handouts" not in concepts("She keeps her notes app on her phone.")


def test_precision_teaching_is_not_a_specialist_teacher() -> None:
    """Precision teaching is a short drill any adult can run; a specialist teacher is a
    qualified person. A plan giving the one does not give the other."""
    assert "specialist_teaching" not in concepts("Precision teaching of number facts daily.")
    assert "precision_teaching" in concepts("Precision teaching of number facts daily.")
    assert "specialist_teaching" in concepts("A weekly lesson with a specialist teacher.")


def test_a_daily_talk_with_a_named_adult_and_refusing_praise_in_other_words() -> None:
    advice = "A named adult talks with Sam for a few minutes each morning about how he feels."
    assert "key_adult" in concepts(advice)
    assert "self_esteem" in concepts("He finds it very hard to accept praise.")
    assert "self_esteem" in concepts("He will often tear up a piece of work once it is praised.")


def test_a_programme_alone_is_not_a_child_alone() -> None:
    assert "lonely" not in concepts("His needs will not be met by a programme alone.")
    assert "lonely" in concepts("He plays alone at break and has no one to sit with.")


def test_direct_work_with_a_therapist_is_direct_therapy() -> None:
    assert "direct_therapy" in concepts("He needs regular direct work with a therapist.")


def test_cause_and_effect_and_weak_muscles_in_everyday_words() -> None:
    report = "Sam does not yet understand cause and effect with toys."
    plan = "Sam is only starting to learn that he can make things happen with a switch toy."
    assert "cause_effect" in concepts(report) & concepts(plan)
    assert "muscle_tone_posture" in concepts("Weak muscles make it hard for Sam to sit up.")


def test_acoustic_treatment_of_a_room_is_not_hearing_support_for_the_child() -> None:
    """An acoustic assessment and soft furnishings change the room; a radio aid or a check
    of hearing aids serves the child. A plan giving one does not give the other."""
    room = "An acoustic assessment of the classroom, then sound-absorbing panels."
    aid = "A named adult will check Mia's radio aid each morning."
    assert "acoustics" in concepts(room)
    assert not (concepts(room) & concepts(aid) - {"hearing"})


def test_staff_using_a_therapists_advice_is_not_direct_therapy() -> None:
    """A teaching assistant using "strategies from the speech and language therapy advice"
    gives no therapy: read as direct therapy, the line would answer a recommendation for
    weekly sessions with a therapist that the plan has dropped."""
    staff = (
        "Noah's teaching assistant will use strategies from the speech and language therapy advice."
    )
    assert "direct_therapy" not in concepts(staff)
    assert "direct_therapy" in concepts("Weekly speech and language therapy in school.")


@pytest.mark.parametrize(
    ("concept", "everyday"),
    [
        ("word_finding", "Callum sometimes cannot think of the word he wants."),
        ("expressive_language", "He talks in short bursts of two or three words."),
        ("speech_sounds", "People who don't know me well often can't understand what I say."),
        ("vocabulary", "I don't know a lot of the special words used in science."),
        ("phonological", "She finds it hard to hear the separate sounds in longer words."),
        ("handwriting", "Tom writes far more slowly than other pupils in his year."),
        ("processing_speed", "He is very able, but he works slowly."),
        ("social_communication", "She does not understand what is going on between her friends."),
        ("gross_motor", "Maya often bumps into people and furniture and is unsteady on stairs."),
        ("masking", "Holding herself together at school tires her out."),
        ("receptive_language", "Noah gets lost when adults say too much at once."),
        ("emotion_words", "He finds it hard to put into words how he is feeling."),
        ("lonely", "At her village school she mostly plays on her own."),
        ("maths", "Numbers and counting are much harder for Maya than reading."),
        ("regulation", "When people do not understand him, Tomasz gets cross."),
        ("processing_speed", "He thinks far faster than he can get it down on paper."),
        ("attention", "She can only keep her mind on a lesson for a short time."),
        ("lonely", "Elsie has lost touch with most of her friends."),
        ("self_esteem", "Elsie sets herself impossibly high standards."),
        (
            "general_learning",
            "Tegan is working within the earliest stages of the engagement model.",
        ),
        ("social_communication", "He seldom goes to other people just to enjoy being with them."),
        ("vision", "He has very little functional vision."),
        ("independence", "Rhys relies on adults for everything to keep him comfortable."),
        ("mobility", "Ruma cannot change her own position."),
        ("anxiety", "She can be frightened when someone touches her."),
    ],
)
def test_a_council_s_everyday_words_name_the_need_the_report_names_technically(
    concept: str, everyday: str
) -> None:
    """Section B restates a report's "word-finding difficulties" as "cannot think of the word
    he wants": both must name the same need, or the need is reported missing from B."""
    assert concept in concepts(everyday)


def test_a_therapist_from_a_named_service_who_will_see_the_child_gives_therapy() -> None:
    text = "A speech and language therapist from Dunmere Children's Therapies will see Tomasz."
    assert "direct_therapy" in concepts(text)


def test_jumping_about_from_one_thing_to_another_is_not_a_motor_skill() -> None:
    told = "She jumps about so much that we often cannot follow the story."
    assert "gross_motor" not in concepts(told)
    assert "gross_motor" in concepts("He cannot jump with two feet together.")


@pytest.mark.parametrize(
    ("concept", "advice"),
    [
        ("staff_training", "Staff who teach Jasmine should be trained, before she returns."),
        ("seating", "A chair with a back should be provided for her at carpet time."),
        ("timetabling", "For the first half term her day should start at 9.45 am."),
        ("timetabling", "A later start on Mondays, with a quiet arrival through reception."),
        ("aac_support", "All adults should use the same total communication approach."),
        ("aac_support", "Objects of reference used before every change of activity."),
        ("sensory_circuit", "Every morning she should have a 20-minute sensory story."),
        ("independence_skills", "Community visits as appropriate."),
        ("structured_teaching", "A consistent approach across Poppy's waking day."),
    ],
)
def test_advice_in_everyday_words_names_its_kind_of_provision(concept: str, advice: str) -> None:
    """Advice whose kind of provision the check does not know is only worth a look when
    missing, as the plan may say it in words the check cannot compare."""
    assert concept in concepts(advice)


def test_a_waking_day_curriculum_is_a_provision_but_the_waking_day_is_not() -> None:
    curriculum = concepts("Poppy needs a waking day curriculum.")
    assert "structured_teaching" in curriculum
    assert "structured_teaching" not in concepts("This report covers Callum's waking day.")
