"""Two people, one case: a save made from an older copy is refused and shows what differs."""

import multiprocessing
from dataclasses import replace
from multiprocessing.synchronize import Event
from pathlib import Path
from queue import Queue

import pytest

from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.services import amendments, cases
from ehcp_appeal.services.edit_versions import StaleEditError

pytestmark = pytest.mark.both_engines


def _edit_notes(
    home: str, case_id: str, notes: str, loaded: Event, go: Event, results: Queue
) -> None:
    """One person's window: open the case, wait (typing), then save the notes."""
    db = open_database(Path(home))
    try:
        details = cases.get_case(db, case_id)
        loaded.set()
        go.wait(60)
        try:
            cases.update_case(db, replace(details, notes=notes))
            results.put((notes, "saved", ""))
        except StaleEditError as error:
            results.put((notes, "refused", error.message))
    finally:
        db.close()


def test_two_processes_editing_one_case_the_second_save_is_refused(
    db: Database, data_home: Path
) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Ruby", notes="first notes")).id
    spawn = multiprocessing.get_context("spawn")
    results = spawn.Queue()
    people = []
    for notes in ("Alice: hearing moved to June", "Bella: school changed"):
        loaded, go = spawn.Event(), spawn.Event()
        process = spawn.Process(
            target=_edit_notes, args=(str(data_home), case_id, notes, loaded, go, results)
        )
        process.start()
        people.append((process, loaded, go))
    for _process, loaded, _go in people:
        assert loaded.wait(120), "a process could not open the case"
    outcomes = []
    for process, _loaded, go in people:  # both have the case open; they save in turn
        go.set()
        outcomes.append(results.get(timeout=120))
        process.join(60)
        assert process.exitcode == 0

    (first, first_result, _), (second, second_result, message) = outcomes
    assert (first_result, second_result) == ("saved", "refused")
    assert f"now '{first}'" in message and f"yours '{second}'" in message
    assert "not saved" in message and "Reload" in message
    assert cases.get_case(db, case_id).notes == first  # nothing lost, nothing overwritten


def test_a_save_from_the_current_version_passes_and_moves_the_version_on(db: Database) -> None:
    made = cases.create_case(db, cases.CaseDetails(name="Ruby"))
    saved = cases.update_case(db, replace(made, school="Oak Primary"))
    assert saved.version == made.version + 1
    again = cases.update_case(db, replace(saved, year_group="Year 4"))
    assert (again.school, again.year_group) == ("Oak Primary", "Year 4")
    with pytest.raises(StaleEditError) as refused:
        cases.update_case(db, replace(made, school="Elm Academy"))
    changes = {c.label: (c.theirs, c.yours) for c in refused.value.changes}
    assert changes == {"School": ("Oak Primary", "Elm Academy"), "Year group": ("Year 4", "")}
    assert cases.get_case(db, made.id).school == "Oak Primary"


def test_archiving_makes_an_older_copy_of_the_page_stale(db: Database) -> None:
    made = cases.create_case(db, cases.CaseDetails(name="Ruby"))
    cases.set_archived(db, made.id, True)
    with pytest.raises(StaleEditError, match="Archived: now 'yes', yours 'no'"):
        cases.update_case(db, replace(made, notes="typed on an old page"))
    assert cases.get_case(db, made.id).archived


def test_an_amendment_saved_meanwhile_refuses_the_older_edit(db: Database) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Ruby")).id
    made = amendments.add_amendment(
        db, case_id, "F", "add", proposed_text="Weekly speech and language therapy."
    )
    amendments.edit_amendment(
        db, made.id, made.version, proposed_text="Two sessions of therapy a week."
    )
    with pytest.raises(StaleEditError) as refused:
        amendments.edit_amendment(db, made.id, made.version, party="council")
    labels = {c.label: (c.theirs, c.yours) for c in refused.value.changes}
    assert labels == {"Asked for by": ("parent", "council")}  # only what this save changes
    kept = amendments.get_amendment(db, made.id)
    assert (kept.party, kept.proposed_text) == ("parent", "Two sessions of therapy a week.")
