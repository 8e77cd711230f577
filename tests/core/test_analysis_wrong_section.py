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
