"""Cases: the advocate's list, editing, archiving and validation of what people type."""

import datetime as dt
from dataclasses import replace

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.services import cases
from ehcp_appeal.services.cases import CaseDetails, PersonInfo

pytestmark = pytest.mark.both_engines


def test_a_new_case_keeps_every_detail_and_its_people(db: Database) -> None:
    details = CaseDetails(
        name="Ruby Okafor",
        child_name="Ruby Adaeze Okafor",
        child_dob=dt.date(2016, 5, 4),
        year_group="Year 5",
        school="Fernside Primary",
        local_authority="Westmere Council",
        appeal_type="contents",
        tribunal_reference="eh901/26/00123",
        hearing_date=dt.date(2027, 3, 10),
        notes="Parents prefer email.",
        people=(
            PersonInfo("la_caseworker", "Dana Hughes", "Westmere SEN team", "d@example.org"),
            PersonInfo("senco", "Mr Lee"),
        ),
    )
    created = cases.create_case(db, details)
    loaded = cases.get_case(db, created.id)
    expected = replace(details, id=created.id, tribunal_reference="EH901/26/00123", version=1)
    assert loaded == expected


def test_editing_replaces_details_and_people(db: Database) -> None:
    created = cases.create_case(db, CaseDetails(name="Sam", people=(PersonInfo("senco", "A"),)))
    cases.update_case(
        db, replace(created, school="Hillview", people=(PersonInfo("solicitor", "B Law"),))
    )
    loaded = cases.get_case(db, created.id)
    assert loaded.school == "Hillview"
    assert loaded.people == (PersonInfo("solicitor", "B Law"),)


def test_archived_cases_leave_the_default_list_but_are_kept(db: Database) -> None:
    first = cases.create_case(db, CaseDetails(name="First"))
    second = cases.create_case(db, CaseDetails(name="Second"))
    cases.set_archived(db, first.id, True)
    assert [c.id for c in cases.list_cases(db)] == [second.id]
    every = cases.list_cases(db, include_archived=True)
    assert {c.id for c in every} == {first.id, second.id}
    assert next(c for c in every if c.id == first.id).archived
    cases.set_archived(db, first.id, False)
    assert {c.id for c in cases.list_cases(db)} == {first.id, second.id}


def test_most_recently_changed_case_comes_first(db: Database) -> None:
    older = cases.create_case(db, CaseDetails(name="Older"))
    newer = cases.create_case(db, CaseDetails(name="Newer"))
    cases.update_case(db, replace(older, notes="touched"))
    assert [c.id for c in cases.list_cases(db)] == [older.id, newer.id]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"name": "   "}, "name"),
        ({"appeal_type": "appeal_everything"}, "appeal type"),
        ({"tribunal_reference": "12345"}, "tribunal reference"),
        ({"child_dob": dt.date.today() + dt.timedelta(days=3)}, "future"),
        ({"people": (PersonInfo("wizard", "Merlin"),)}, "role"),
    ],
)
def test_bad_details_are_refused_with_a_plain_reason(
    db: Database, change: dict[str, object], words: str
) -> None:
    with pytest.raises(InvalidInputError) as raised:
        cases.create_case(db, replace(CaseDetails(name="Valid"), **change))  # type: ignore[arg-type]
    assert words in raised.value.message.lower()
    assert cases.list_cases(db, include_archived=True) == []


def test_a_case_can_be_named_by_a_unique_prefix_of_its_id(db: Database) -> None:
    created = cases.create_case(db, CaseDetails(name="Prefix"))
    assert cases.resolve_case_id(db, created.id[:6].upper()) == created.id
    with pytest.raises(NotFoundError):
        cases.resolve_case_id(db, "ffffffffffff")
    with pytest.raises(NotFoundError):
        cases.resolve_case_id(db, created.id[:2])


def test_the_list_counts_documents_that_are_not_in_the_trash(db: Database) -> None:
    from ehcp_appeal.db.models import Document, utc_now

    created = cases.create_case(db, CaseDetails(name="Counted"))
    with db.session() as session:
        session.add(Document(case_id=created.id, sha256="a" * 64, title="kept"))
        session.add(Document(case_id=created.id, sha256="b" * 64, deleted_at=utc_now()))
    assert cases.list_cases(db)[0].documents == 1


def test_deleting_a_case_row_removes_its_people(db: Database) -> None:
    from sqlmodel import select

    from ehcp_appeal.db.models import Case, Person

    created = cases.create_case(db, CaseDetails(name="Gone", people=(PersonInfo("senco", "X"),)))
    with db.session() as session:
        session.delete(session.get(Case, created.id))
    with db.session() as session:
        assert session.exec(select(Person)).all() == []


def test_the_appeals_outcome_is_kept_listed_and_checked(db: Database) -> None:
    created = cases.create_case(db, CaseDetails(name="Sam", outcome=" consent_order "))
    assert cases.get_case(db, created.id).outcome == "consent_order"
    assert [row.outcome for row in cases.list_cases(db)] == ["consent_order"]
    cases.update_case(db, replace(created, outcome=""))
    assert cases.get_case(db, created.id).outcome == ""
    with pytest.raises(InvalidInputError, match="outcome"):
        cases.update_case(db, replace(created, outcome="victory"))
    assert cases.get_case(db, created.id).outcome == ""
