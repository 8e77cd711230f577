"""The throwaway PostgreSQL cluster the team-mode tests run against."""

from sqlalchemy import create_engine, text


def test_each_test_gets_its_own_empty_database(pg_url: str, pg_cluster) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE marker (id integer)"))
        tables = conn.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'")
        ).scalar_one()
    engine.dispose()
    assert tables == 1
    other = pg_cluster.create_database()
    engine = create_engine(pg_cluster.url(other))
    with engine.connect() as conn:
        count = conn.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'")
        ).scalar_one()
    engine.dispose()
    pg_cluster.drop_database(other)
    assert count == 0
