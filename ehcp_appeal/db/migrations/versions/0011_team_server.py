"""Team server: originals kept in the database in chunks, and PostgreSQL's search index.

The blob tables exist on both engines (the schema is one), but only a team server fills
them; a data folder keeps its originals as files. PostgreSQL's full-text column and GIN
index are made here, on PostgreSQL only (SQLite's FTS5 table came with 0001).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from ehcp_appeal.db import fulltext_postgres

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("stored_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("digest"),
    )
    op.create_table(
        "blobchunk",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["digest"], ["blob.digest"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("digest", "seq"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # Originals are mostly PDFs and photos, already compressed: store them out of
        # line without PostgreSQL trying (and failing) to compress them again.
        op.execute("ALTER TABLE blobchunk ALTER COLUMN data SET STORAGE EXTERNAL")
        fulltext_postgres.create_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        fulltext_postgres.drop_index(bind)
    op.drop_table("blobchunk")
    op.drop_table("blob")
