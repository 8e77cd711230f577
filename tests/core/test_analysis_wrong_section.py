"""Educational provision outside Section F: therapy, habilitation and training for staff."""

import pytest

from ehcp_appeal.analysis.judging.findings import educational_therapy, health_only
from ehcp_appeal.analysis.matching.matching import concepts
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.result import SourceDocument, analyse_documents


def test_a_referral_to_camhs_is_health_provision() -> None:
    assert health_only(
        "Sam has been referred to the CAMHS trauma pathway for assessment and therapy."
    )
    assert health_only(
        "Six sessions of adapted bereavement support from the Community Learning Disability Team."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The diabetes nurse will give a two-hour session for classroom staff on managing hypos.",
        "A clinical psychologist will train the teaching assistants in emotion coaching.",
        "A habilitation officer will teach Amir to use his long cane in the new building.",
        "The physiotherapist will run a weekly exercise group in school.",
        "Nia will receive speech and language therapy in two blocks of six weeks a year.",
        "The nurse will give Nia's class teacher and assistant a training session on tics.",
        "The sensory service will provide half a day of training for the nursery team.",
        "Pupil Premium Plus will fund one-to-one phonics tuition twice a week in school.",
        "A weekly 40-minute self-advocacy group with the school's learning mentor.",
        "Sam will attend a weekly study skills group run by the learning support department.",
        # a clinical team as who delivers does not make training for staff health care
        "The school nursing team will provide an awareness session on tics for school staff.",
        "Access to Work will fund dyslexia awareness training for Sam's supervisor at work.",
        "The school will provide catch-up for learning missed because of Sam's diabetes.",
        # teaching by a teacher or tutor, staff shown how, transition visits: whoever
        # arranges or pays for them
        "The hospital school outreach teacher will teach Sam one-to-one for an hour each week.",
        "The children's team will pay for a volunteer maths tutor to visit Sam for two hours "
        "a week.",
        "The kinship support team provides a mentor who sees Sam at school once a week.",
        "The adoption support service will offer school staff a half-day session on attachment.",
        "The adult therapy service will show college staff how to use Sam's communication "
        "passport.",
        "Two supported induction visits to the college with his learning support key worker.",
        "When Sam is in hospital, the ward will arrange teaching for him through the Hospital "
        "Education Service.",
    ],
)
def test_provision_that_educates_or_trains_is_educational(text: str) -> None:
    assert educational_therapy(text)


@pytest.mark.parametrize(
    "text",
    [
        "The community nurse will review Amir's medication in clinic every three months.",
        "The family will be offered a short-breaks assessment by the disabled children's team.",
        "A physiotherapist will assess Amir for a new wheelchair.",
        "The college nurse will train residential staff to give his rescue medication.",
    ],
)
def test_health_and_care_provision_stays_put(text: str) -> None:
    assert not educational_therapy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers at the academy will receive autism awareness training from the outreach team.",
        "Mia's postural care programme, with her standing frame, will be carried out in school.",
    ],
)
def test_staff_training_and_school_postural_programmes_are_educational(text: str) -> None:
    assert educational_therapy(text)


@pytest.mark.parametrize(
    "text",
    [
        "The CAMHS practitioner will visit school twice a term to coach Amir's key worker.",
        "A speech and language therapist will assess Amir's understanding and advise his teachers.",
        "The neuropsychology service will give Amir's teachers a training session on brain injury.",
        "The outreach teacher will provide a training session for Amir's class teacher.",
    ],
)
def test_coaching_advising_or_training_the_teaching_staff_is_educational(text: str) -> None:
    assert educational_therapy(text)


def test_training_staff_to_give_medication_under_a_healthcare_plan_is_health() -> None:
    text = (
        "The epilepsy nurse will train named staff to give buccal midazolam in line with "
        "Amir's individual healthcare plan."
    )
    assert not educational_therapy(text)


def _plan_and_report(g_lines: list[str], advice: list[str]) -> dict:
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section F: Special educational provision", 1, heading_hint=True),
            Block("A teaching assistant will read with Nia for 15 minutes every day.", 1),
            Block("Section G: Health provision", 1, heading_hint=True),
            *[Block(line, 1) for line in g_lines],
        ],
    )
    report = SourceDocument(
        "report.pdf",
        [
            Block("Recommendations", 1, heading_hint=True),
            *[Block(line, 1, bullet=True) for line in advice],
        ],
    )
    return analyse_documents(plan, [report])


def test_educational_advice_answered_in_g_is_in_the_wrong_section() -> None:
    """Whatever its wording, a G line that answers educational advice is misplaced."""
    line = "The brain injury team will give the class staff a talk on memory aids in June."
    result = _plan_and_report(
        [line],
        ["Nia's class staff should have a talk on memory aids from the brain injury team."],
    )
    kinds = {(finding["kind"], finding["text"]) for finding in result["findings"]}
    assert ("provision_in_wrong_section", line) in kinds
    assert not any(kind == "provision_missing_from_f" for kind, _text in kinds)


def test_advice_answered_by_a_clinic_line_in_g_raises_nothing() -> None:
    """A recommendation whose only answer is clinical care in G is health advice."""
    line = "Nia's hearing will be reviewed by the audiology service every year."
    result = _plan_and_report([line], ["Nia's hearing should be reviewed every year."])
    assert not [f for f in result["findings"] if f["kind"] != "section_missing"]
    assert result["needs"][0]["status"] == "not_educational"


@pytest.mark.parametrize(
    "text",
    [
        "Nia will continue to be seen by the children's hearing service every six months.",
        "The continence nurse will train two named staff in clean intermittent catheterisation.",
        "The CAMHS team will offer Nia eight sessions of cognitive behavioural therapy.",
        "The therapy service will write an eating and drinking plan for Nia's swallowing.",
        "The dietitian will review Nia's weight and diet every three months.",
        "Nia's family will receive two short breaks a month from the disabled children's team.",
        "Review by the children's physiotherapist in school once a term, with a new programme.",
        "Training for school staff by the children's diabetes nursing team each September.",
    ],
)
def test_clinical_appointments_and_procedures_are_health(text: str) -> None:
    assert health_only(text)
    assert not educational_therapy(text)


def test_a_line_in_g_answers_only_the_advice_that_matches_it_best() -> None:
    line = "The sensory service will give the class team half a day of training on deafblindness."
    result = _plan_and_report(
        [line],
        [
            "I will give the class team half a day of training on deafblindness.",
            "All class staff should be taught on-body signing to use with Nia every day.",
        ],
    )
    status = {need["text"][:12]: need["status"] for need in result["needs"]}
    assert status == {"I will give ": "wrong_section", "All class st": "missing_from_f"}


def test_advice_sharing_only_a_topic_with_a_clinic_line_is_still_missing() -> None:
    line = "Nia's hearing aids will be checked by the audiology service every three months."
    advice = "Seat Nia near the speaker, and check her hearing aids at the start of each lesson."
    result = _plan_and_report([line], [advice])
    assert result["needs"][0]["status"] == "missing_from_f"


def _plan_with_h2(h2_lines: list[str], advice: list[str]) -> dict:
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section F: Special educational provision", 1, heading_hint=True),
            Block("A teaching assistant will read with Nia for 15 minutes every day.", 1),
            Block("Section H2: Other social care provision", 1, heading_hint=True),
            *[Block(line, 1) for line in h2_lines],
        ],
    )
    report = SourceDocument(
        "report.pdf",
        [
            Block("Recommendations", 1, heading_hint=True),
            *[Block(line, 1, bullet=True) for line in advice],
        ],
    )
    return analyse_documents(plan, [report])


def test_social_care_activity_in_h2_is_in_its_place_but_training_is_not() -> None:
    club = "The children's social care team will fund a weekly place at a youth drama club."
    training = "The Virtual School will provide attachment training for the school's staff."
    result = _plan_with_h2(
        [club, training],
        [
            "Nia's social worker will arrange a weekly place at a youth drama club for her.",
            "School staff should receive attachment training from the Virtual School.",
        ],
    )
    kinds = {(finding["kind"], finding["text"]) for finding in result["findings"]}
    assert ("provision_in_wrong_section", training) in kinds
    assert not any(text == club for _kind, text in kinds)
    assert not any(kind == "provision_missing_from_f" for kind, _text in kinds)


def test_a_mental_health_assessment_and_treatment_is_health_care() -> None:
    text = "Kai has been referred to CAMHS, who will assess his anxiety and offer treatment."
    assert health_only(text) and not educational_therapy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Weekly trauma-focused therapy with the mental health team's psychologist until May.",
        "Two trained adults will use the cough assist machine when Sam has a chest infection.",
        "A moving and handling plan for all of Sam's transfers, written by the physiotherapist.",
        "Sam's carer must be signed off as competent in tracheostomy care by the nursing team.",
    ],
)
def test_clinical_therapy_and_procedures_in_g_are_health(text: str) -> None:
    assert health_only(text)
    assert not educational_therapy(text)


def test_a_group_that_teaches_managing_anger_is_educational_wherever_it_sits() -> None:
    line = "An anger management group run by the youth service, eight weekly sessions."
    assert educational_therapy(line)
    result = _plan_and_report(
        [line], ["Sam should attend an anger management group for eight weekly sessions."]
    )
    kinds = {(finding["kind"], finding["text"]) for finding in result["findings"]}
    assert ("provision_in_wrong_section", line) in kinds


def test_clinical_advice_answered_by_a_clinical_line_in_g_is_not_missing_from_f() -> None:
    """Advice that is itself a procedure is answered by the procedure in G, in other words."""
    line = (
        "Sam will be with a member of staff signed off as competent in tracheostomy care by "
        "the community nurses at all times in school."
    )
    advice = (
        "Sam must be accompanied at all times, including on trips, by an adult trained in "
        "tracheostomy care."
    )
    result = _plan_and_report([line], [advice])
    assert not any(f["kind"] == "provision_missing_from_f" for f in result["findings"])
    assert result["needs"][0]["status"] == "not_educational"


@pytest.mark.parametrize(
    "text",
    [
        "The speech and language therapist will train Sam's teaching assistant each term.",
        "I will train his class teacher in using visual supports, in a one-hour session.",
    ],
)
def test_training_one_named_member_of_staff_is_staff_training(text: str) -> None:
    assert educational_therapy(text)
    assert "staff_training" in concepts(text)


def test_a_stretching_programme_is_a_physiotherapy_programme() -> None:
    assert "physio_programme" in concepts("A daily stretching programme for Sam's calves.")


@pytest.mark.parametrize(
    "text",
    [
        "Independent travel training from the travel training team, two sessions a week.",
        "A job coach will teach him the tasks of his work placement one day a week.",
        "Owen will attend a weekly Zones of Regulation group at the learning centre.",
        "Zain will have 30 minutes of catch-up teaching for any lesson he misses.",
        "School staff working with Kacper will be trained in Makaton by the therapy service.",
        "Care staff will follow a toileting programme with Callum every two hours.",
    ],
)
def test_training_for_life_and_work_and_teaching_in_h_or_g_is_educational(text: str) -> None:
    """CFA 2014 s.21(5): care that trains the young person (to travel, to work, to manage
    feelings or personal care) or teaches is special educational provision."""
    assert educational_therapy(text)


def test_provision_written_into_the_social_care_needs_is_in_the_wrong_section() -> None:
    """Section D describes needs; "Nia will be supported by an adult at lunchtimes" written
    there answers educational advice where it cannot be enforced."""
    line = (
        "Nia will be supported by an adult during lunchtimes and playtimes so she can play safely."
    )
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section B: Special educational needs", 1, heading_hint=True),
            Block("Nia finds it hard to play with other children at unstructured times.", 1),
            Block("Section D: Social care needs", 1, heading_hint=True),
            Block("Nia is looked after by the council and has a social worker.", 1),
            Block(line, 1),
            Block("Section F: Special educational provision", 1, heading_hint=True),
            Block("A teaching assistant will read with Nia for 15 minutes every day.", 1),
        ],
    )
    report = SourceDocument(
        "report.pdf",
        [
            Block("Recommendations", 1, heading_hint=True),
            Block(
                "An adult should support Nia during lunchtimes and playtimes, setting up games.",
                1,
                bullet=True,
            ),
        ],
    )
    kinds = {(f["kind"], f["text"]) for f in analyse_documents(plan, [report])["findings"]}
    assert ("provision_in_wrong_section", line) in kinds


@pytest.mark.parametrize(
    "advice",
    [
        "In my view Nia needs a place at a small specialist school for pupils with anxiety.",
        "I recommend a specialist independent school for able autistic pupils, with small classes.",
        "We recommend that the dual placement continues at three days here and two at Northfield.",
        "Nia should move to a special school with on-site therapists.",
    ],
)
def test_a_recommended_school_or_placement_raises_nothing_about_f(advice: str) -> None:
    """Section I names the school; F holds the provision, so a placement is not missing
    from F."""
    result = _plan_and_report([], [advice])
    assert not [f for f in result["findings"] if f["kind"] == "provision_missing_from_f"]
    assert result["needs"][0]["status"] == "placement"


def test_a_work_placement_or_a_visit_to_a_school_is_still_provision() -> None:
    """Only the child's school or placement is Section I's: a supported work placement
    or visits to a new school are provision, and missing from F when F lacks them."""
    result = _plan_and_report(
        [],
        [
            "Nia needs a supported work placement at the college farm one day a week.",
            "Nia should attend a special school open day with her key adult before July.",
        ],
    )
    statuses = [need["status"] for need in result["needs"]]
    assert statuses == ["missing_from_f", "missing_from_f"]


def test_a_session_on_a_topic_given_to_staff_in_social_care_is_in_the_wrong_section() -> None:
    """Training school staff educates whoever offers it (CFA 2014 s.21(5)), so a social care
    section holding it holds special educational provision."""
    plan = SourceDocument(
        "plan.docx",
        [
            Block("Section F: Special educational provision", 1, heading_hint=True),
            Block("A teaching assistant will read with Nia for 15 minutes every day.", 1),
            Block("Section H2: Other social care provision", 1, heading_hint=True),
            Block(
                "The adoption support team will offer a twilight session on attachment and "
                "trauma awareness to staff at Nia's school.",
                1,
            ),
        ],
    )
    report = SourceDocument(
        "report.pdf",
        [
            Block("Recommendations", 1, heading_hint=True),
            Block(
                "Every adult who works with Nia should have training in attachment and trauma.",
                1,
                bullet=True,
            ),
        ],
    )
    result = analyse_documents(plan, [report])
    kinds = {finding["kind"] for finding in result["findings"]}
    assert "provision_in_wrong_section" in kinds
    assert "provision_missing_from_f" not in kinds


def test_training_staff_in_a_childs_medical_care_is_health_provision() -> None:
    """Epilepsy or diabetes awareness for the staff who teach the child, and a seizure
    record for the nurse, are health care in Section G; training in how to teach is not."""
    assert not educational_therapy(
        "The epilepsy nurse will give epilepsy awareness training to the staff who teach Sam "
        "once a year."
    )
    assert not educational_therapy(
        "The class teacher will keep a record of any absences staff see and send it to the "
        "epilepsy nurse each half term."
    )
    assert educational_therapy(
        "The speech and language therapist will train the staff who teach Sam to use "
        "his visual timetable, once a term."
    )
