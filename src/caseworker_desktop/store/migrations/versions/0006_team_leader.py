"""The team leader's desk: case reassignments, the income source at intake, and indexes for the team view.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
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


_TEAM_INDEXES = {
    "ix_contact_held": 'CREATE INDEX ix_contact_held ON contact (case_id, "on") WHERE planned = 0 AND deleted = 0',
    "ix_outreach_attempt_reached": (
        'CREATE INDEX ix_outreach_attempt_reached ON outreach_attempt (case_id, "on") '
        "WHERE deleted = 0 AND result IN ('reached', 'appointment_made')"
    ),
    "ix_court_event_hearing": (
        'CREATE INDEX ix_court_event_hearing ON court_event (case_id, "on") '
        "WHERE event = 'hearing' AND deleted = 0"
    ),
    "ix_intake_team": (
        "CREATE INDEX ix_intake_team ON intake (case_id, held_on, income_source) WHERE deleted = 0"
    ),
    "ix_closure_team": (
        "CREATE INDEX ix_closure_team ON closure "
        "(case_id, closed_on, reason, goals_achieved, eviction_avoided) WHERE deleted = 0"
    ),
    "ix_referral_team": "CREATE INDEX ix_referral_team ON referral (case_id, source, problems) WHERE deleted = 0",
    "ix_tenancy_team": "CREATE INDEX ix_tenancy_team ON tenancy (case_id, landlord_id) WHERE deleted = 0",
    "ix_client_birth_date": "CREATE INDEX ix_client_birth_date ON client (id, birth_date) WHERE deleted = 0",
    "ix_case_finished": (
        "CREATE INDEX ix_case_finished ON case_file (status, referral_date, status_changed_at, id) "
        "WHERE deleted = 0"
    ),
    "ix_household_member_relation": (
        "CREATE INDEX ix_household_member_relation ON household_member (client_id, relation) "
        "WHERE deleted = 0"
    ),
}


def upgrade() -> None:
    op.create_table(
        "reassignment",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("from_counsellor_id", sa.String(length=36), nullable=False),
        sa.Column("from_counsellor_name", sa.String(length=200), nullable=False),
        sa.Column("to_counsellor_id", sa.String(length=36), nullable=False),
        sa.Column("to_counsellor_name", sa.String(length=200), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reassignment_case_id", "reassignment", ["case_id"])
    # A plain ADD COLUMN: existing intakes simply have no income source registered yet.
    op.add_column("intake", sa.Column("income_source", sa.String(length=30), nullable=True))
    # Narrow partial indexes for the team view's read of every case (store.team_query).
    for statement in _TEAM_INDEXES.values():
        op.execute(statement)
    op.create_index("ix_case_counsellor", "case_file", ["counsellor_id", "counsellor_name"])


def downgrade() -> None:
    op.drop_index("ix_case_counsellor", "case_file")
    for name in reversed(_TEAM_INDEXES):
        op.execute(f"DROP INDEX {name}")
    op.drop_column("intake", "income_source")
    op.drop_index("ix_reassignment_case_id", "reassignment")
    op.drop_table("reassignment")
