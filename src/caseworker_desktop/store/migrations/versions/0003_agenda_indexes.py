"""Partial indexes for the agenda: planned contacts and evaluations not yet held.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        'CREATE INDEX ix_contact_planned ON contact ("on", case_id, id, contact_kind, with_whom) '
        "WHERE planned = 1 AND deleted = 0"
    )
    op.execute(
        "CREATE INDEX ix_evaluation_open ON evaluation (planned_on, case_id, id) "
        "WHERE held_on IS NULL AND deleted = 0"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_evaluation_open")
    op.execute("DROP INDEX ix_contact_planned")
