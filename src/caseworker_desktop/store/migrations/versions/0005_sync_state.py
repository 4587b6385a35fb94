"""Sync state on the laptop: confirmed versions and payloads, open conflicts, device and team keys.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_record",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=False),
        sa.Column("remote_value", sa.Text(), nullable=False),
        sa.Column("local_author", sa.String(length=64), nullable=False),
        sa.Column("local_at", sa.DateTime(), nullable=True),
        sa.Column("remote_author", sa.String(length=200), nullable=False),
        sa.Column("remote_at", sa.DateTime(), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["record_id", "resolved_at"])
    op.create_table(
        "sync_parked",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.Column("parents", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )
    op.create_table(
        "sync_inflight",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("mutation", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index(
        "ix_outbox_unpushed",
        "outbox",
        ["record_kind", "record_id"],
        sqlite_where=sa.text("pushed_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_unpushed", "outbox")
    op.drop_table("sync_meta")
    op.drop_table("sync_parked")
    op.drop_table("sync_inflight")
    op.drop_index("ix_sync_conflict_open", "sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_record")
