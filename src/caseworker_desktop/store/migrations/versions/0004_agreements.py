"""The tripartite agreement, its signatures, and the organisation's document seal.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("basis_hash", sa.String(length=64), nullable=False),
        sa.Column("signers", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("frozen_at", sa.DateTime(), nullable=True),
        sa.Column("in_force_on", sa.Date(), nullable=True),
        sa.Column("superseded_on", sa.Date(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["plan_id"], ["plan_version.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agreement_case_id", "agreement", ["case_id"])
    op.create_table(
        "agreement_signature",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("slot", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("ink", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agreement_signature_agreement_id", "agreement_signature", ["agreement_id"])
    op.create_table(
        "organisation_seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("private_key_pem", sa.LargeBinary(), nullable=False),
        sa.Column("certificate_pem", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("organisation_seal")
    op.drop_index("ix_agreement_signature_agreement_id", "agreement_signature")
    op.drop_table("agreement_signature")
    op.drop_index("ix_agreement_case_id", "agreement")
    op.drop_table("agreement")
