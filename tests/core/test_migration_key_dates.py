"""The key-date rounds migration keeps every recorded date and allows later rounds."""

from pathlib import Path

from ehcp_appeal.db.engine import make_engine
from ehcp_appeal.db.migrate import run_command


def test_existing_key_dates_become_round_one_and_survive_a_round_trip(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "keydates.sqlite3")
    run_command(engine, "upgrade", "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            'INSERT INTO "case" (id, name, child_name, year_group, school, local_authority, '
            "appeal_type, tribunal_reference, notes, archived, created_at, updated_at) VALUES "
            "('c1', 'Kept', '', '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO keydate (case_id, event, date, note) VALUES "
            "('c1', 'review_meeting', '2025-05-01', 'first')"
        )
    run_command(engine, "upgrade", "0005")
    with engine.begin() as conn:
        rows = conn.exec_driver_sql("SELECT event, round, date, note FROM keydate").fetchall()
        assert rows == [("review_meeting", 1, "2025-05-01", "first")]
        conn.exec_driver_sql(
            "INSERT INTO keydate (case_id, event, round, date, note) VALUES "
            "('c1', 'review_meeting', 2, '2026-05-05', '')"
        )
    run_command(engine, "downgrade", "0002")
    with engine.begin() as conn:
        rows = conn.exec_driver_sql("SELECT event, date FROM keydate").fetchall()
    engine.dispose()
    assert rows == [("review_meeting", "2026-05-05")]  # the latest round is kept
