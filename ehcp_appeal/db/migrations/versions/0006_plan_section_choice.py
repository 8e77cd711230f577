"""Plan sections: the section the person chose for each heading of a plan document.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plansectionchoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("heading", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "heading", name="uq_plansectionchoice_heading"),
    )
    with op.batch_alter_table("plansectionchoice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plansectionchoice_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("plansectionchoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plansectionchoice_document_id"))
    op.drop_table("plansectionchoice")
