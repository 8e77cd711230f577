"""Working document: the council's imported plan wording and the written versions (WD1, WD2...).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 04:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "planwording",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("source_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("sections_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("imported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "workingdocumentversion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("pages_exact", sa.Boolean(), nullable=False),
        sa.Column("content_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "number", name="uq_wdversion_case_number"),
    )
    with op.batch_alter_table("workingdocumentversion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workingdocumentversion_case_id"), ["case_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("workingdocumentversion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workingdocumentversion_case_id"))
    op.drop_table("workingdocumentversion")
    op.drop_table("planwording")
