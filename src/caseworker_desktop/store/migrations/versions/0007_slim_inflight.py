"""Mutations in flight keep what they carried instead of their sealed JSON, keyed by sending order.

A first push writes and removes one in-flight row per record; the mutation's JSON with its ciphertext
made each row twice the size of what it carried. Rows in flight when the laptop is upgraded are kept:
their ids, base versions and payloads are taken out of the old JSON, so they are still sent again
first, with the same ids.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.rename_table("sync_inflight", "sync_inflight_0006")
    op.create_table(
        "sync_inflight",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("mutation_id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("slot"),
    )
    # The old rows had no order of their own; the outbox order they cover is the one they were made in.
    op.execute(
        "INSERT INTO sync_inflight "
        "(slot, kind, record_id, mutation_id, case_id, base_version, deleted, payload, last_seq) "
        "SELECT row_number() OVER (ORDER BY last_seq, kind, record_id), kind, record_id, "
        "json_extract(mutation, '$.mutation_id'), json_extract(mutation, '$.case_id'), "
        "json_extract(mutation, '$.base_version'), coalesce(json_extract(mutation, '$.deleted'), 0), "
        "payload, last_seq FROM sync_inflight_0006"
    )
    op.drop_table("sync_inflight_0006")


def downgrade() -> None:
    # Down to 0006 the rows would need their ciphertext, which needs the team key: rows in flight are
    # dropped instead, and their records' unpushed outbox entries send them again (as new mutations).
    op.drop_table("sync_inflight")
    op.create_table(
        "sync_inflight",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("mutation", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )
