"""Key dates: rounds for events that come back, and the history of every change.

Revision ID: 0005
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("keydate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("round", sa.Integer(), nullable=False, server_default="1"))
        batch_op.drop_constraint("uq_keydate_case_event", type_="unique")
        batch_op.create_unique_constraint(
            "uq_keydate_case_event_round", ["case_id", "event", "round"]
        )
    with op.batch_alter_table("keydate", schema=None) as batch_op:
        batch_op.alter_column("round", server_default=None)
    op.create_table(
        "keydatechange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("batch", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("event", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("old_date", sa.Date(), nullable=True),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("old_note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("new_note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("changed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("undone_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("keydatechange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_keydatechange_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_keydatechange_batch"), ["batch"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("keydatechange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_keydatechange_batch"))
        batch_op.drop_index(batch_op.f("ix_keydatechange_case_id"))
    op.drop_table("keydatechange")
    # Later rounds cannot fit the one-date-per-event table: keep the latest of each event.
    op.execute(
        "DELETE FROM keydate WHERE EXISTS (SELECT 1 FROM keydate AS later WHERE "
        "later.case_id = keydate.case_id AND later.event = keydate.event "
        "AND later.round > keydate.round)"
    )
    with op.batch_alter_table("keydate", schema=None) as batch_op:
        batch_op.drop_constraint("uq_keydate_case_event_round", type_="unique")
        batch_op.create_unique_constraint("uq_keydate_case_event", ["case_id", "event"])
        batch_op.drop_column("round")
