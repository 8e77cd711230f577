"""Educational provision outside Section F: therapy, habilitation and training for staff."""

import pytest

from ehcp_appeal.analysis.findings import educational_therapy


@pytest.mark.parametrize(
    "text",
    [
        "The diabetes nurse will give a two-hour session for classroom staff on managing hypos.",
        "A clinical psychologist will train the teaching assistants in emotion coaching.",
        "A habilitation officer will teach Amir to use his long cane in the new building.",
        "The physiotherapist will run a weekly exercise group in school.",
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
