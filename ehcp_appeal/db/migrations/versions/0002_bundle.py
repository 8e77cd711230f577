"""Bundle: per-profile document choices, the versions made, and converted renditions.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bundlechoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("profile", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "profile", "document_id", name="uq_bundlechoice_doc"),
    )
    with op.batch_alter_table("bundlechoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundlechoice_case_id"), ["case_id"], unique=False)
    op.create_table(
        "bundleexport",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("profile", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("made_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bundleexport", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundleexport_case_id"), ["case_id"], unique=False)
    op.create_table(
        "rendition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("converter", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("pdf_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_sha256", "converter", name="uq_rendition"),
    )
    with op.batch_alter_table("rendition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rendition_source_sha256"), ["source_sha256"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("rendition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rendition_source_sha256"))
    op.drop_table("rendition")
    with op.batch_alter_table("bundleexport", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundleexport_case_id"))
    op.drop_table("bundleexport")
    with op.batch_alter_table("bundlechoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundlechoice_case_id"))
    op.drop_table("bundlechoice")
