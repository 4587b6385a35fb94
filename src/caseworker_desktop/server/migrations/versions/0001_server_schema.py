"""Server schema: organisations, teams, workers, enrolment codes, devices, envelopes, mutation log.

Revision ID: 0001
Revises:
Create Date: 2026-11-24 03:14:52
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation"),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("team_key_set", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name="fk_team_organisation_id_organisation"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_team"),
    )
    op.create_index("ix_team_organisation_id", "team", ["organisation_id"])
    op.create_table(
        "worker",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.CheckConstraint("role IN ('counsellor', 'team_leader')", name="ck_worker_role"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name="fk_worker_team_id_team"),
        sa.PrimaryKeyConstraint("id", name="pk_worker"),
    )
    op.create_index("ix_worker_team_id", "worker", ["team_id"])
    op.create_table(
        "enrolment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name="fk_enrolment_code_worker_id_worker"),
        sa.PrimaryKeyConstraint("code_hash", name="pk_enrolment_code"),
    )
    op.create_index("ix_enrolment_code_worker_id", "enrolment_code", ["worker_id"])
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("wrapped_key", sa.String(length=512), nullable=True),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("status IN ('pending', 'approved', 'revoked')", name="ck_device_status"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name="fk_device_team_id_team"),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name="fk_device_worker_id_worker"),
        sa.PrimaryKeyConstraint("id", name="pk_device"),
        sa.UniqueConstraint("token_hash", name="uq_device_token_hash"),
    )
    op.create_index("ix_device_team_id", "device", ["team_id"])
    op.create_index("ix_device_worker_id", "device", ["worker_id"])
    op.create_table(
        "envelope",
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["author"], ["worker.id"], name="fk_envelope_author_worker"),
        sa.ForeignKeyConstraint(["device_id"], ["device.id"], name="fk_envelope_device_id_device"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name="fk_envelope_team_id_team"),
        sa.PrimaryKeyConstraint("team_id", "record_id", name="pk_envelope"),
    )
    op.create_index("ix_envelope_team_seq", "envelope", ["team_id", "seq"], unique=True)
    op.create_table(
        "mutation",
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("mutation_id", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name="fk_mutation_team_id_team"),
        sa.PrimaryKeyConstraint("team_id", "mutation_id", name="pk_mutation"),
    )


def downgrade() -> None:
    for table in ("mutation", "envelope", "device", "enrolment_code", "worker", "team", "organisation"):
        op.drop_table(table)
