"""Alembic environment: runs on the connection the app hands over, never on a URL."""

from alembic import context
from sqlmodel import SQLModel

from ehcp_appeal.db import models  # noqa: F401  (registers the tables)
from ehcp_appeal.db.fulltext import is_fulltext_object

target_metadata = SQLModel.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ in ("table", "column", "index") and is_fulltext_object(name))


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
