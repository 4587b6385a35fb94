"""Trajectory tables: outreach, decision, consent, intake, plan, contacts, evaluations, closure,
court, arrears; the effective date of a status change.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 00:46:14.209789
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_profile",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("attitude", sa.String(length=30), nullable=True),
        sa.Column("landlord_mandate_on", sa.Date(), nullable=True),
        sa.Column("tenant_agreement_on", sa.Date(), nullable=True),
        sa.Column("not_started_motivation", sa.Text(), nullable=False),
        sa.Column("aftercare_until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
    )
    op.create_table(
        "closure",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("goals_achieved", sa.String(length=10), nullable=False),
        sa.Column("eviction_avoided", sa.Boolean(), nullable=False),
        sa.Column("housing_situation", sa.Text(), nullable=False),
        sa.Column("referred_to", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
    )
    op.create_table(
        "consent",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("recipient", sa.String(length=20), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("categories", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("informed_how", sa.String(length=30), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["partner.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_case_id"), ["case_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=True),
        sa.Column("contact_kind", sa.String(length=30), nullable=False),
        sa.Column("with_whom", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_case_id"), ["case_id"], unique=False)

    op.create_table(
        "court_event",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("court_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_court_event_on"), ["on"], unique=False)

    op.create_table(
        "evaluation",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("landlord_summary", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=True),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_case_id"), ["case_id"], unique=False)

    op.create_table(
        "fbu_application",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("arrears_months", sa.Integer(), nullable=False),
        sa.Column("support_accepted", sa.Boolean(), nullable=False),
        sa.Column("budget_counselling", sa.Boolean(), nullable=False),
        sa.Column("positive_budget_plan", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("fbu_application", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fbu_application_case_id"), ["case_id"], unique=False)

    op.create_table(
        "intake",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("own_question", sa.Text(), nullable=False),
        sa.Column("housing_skills_rating", sa.Integer(), nullable=True),
        sa.Column("housing_skills_notes", sa.Text(), nullable=False),
        sa.Column("services_involved", sa.Text(), nullable=False),
        sa.Column("household_situation", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
    )
    op.create_table(
        "intake_domain",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("domain", sa.String(length=30), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("intake_domain", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_domain_case_id"), ["case_id"], unique=False)

    op.create_table(
        "lac_meeting",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lac_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lac_meeting_case_id"), ["case_id"], unique=False)

    op.create_table(
        "outreach_attempt",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("result", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outreach_attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_attempt_case_id"), ["case_id"], unique=False)

    op.create_table(
        "payment_plan",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("total_arrears_cents", sa.Integer(), nullable=False),
        sa.Column("instalment_cents", sa.Integer(), nullable=False),
        sa.Column("first_due_on", sa.Date(), nullable=False),
        sa.Column("instalments", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("payment_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_plan_case_id"), ["case_id"], unique=False)

    op.create_table(
        "plan_version",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_version_case_id"), ["case_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("tenant_agrees", sa.Boolean(), nullable=False),
        sa.Column("realism", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("domain", sa.String(length=30), nullable=False),
        sa.Column("actor", sa.String(length=30), nullable=False),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.Column("landlord_shared", sa.Boolean(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan_version.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("missed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_condition",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan_version.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_condition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_condition_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "working_note",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("working_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_working_note_case_id"), ["case_id"], unique=False)

    op.create_table(
        "goal_evaluation",
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal_evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_evaluation_evaluation_id"), ["evaluation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_evaluation_goal_id"), ["goal_id"], unique=False)

    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("effective_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_column("effective_on")

    with op.batch_alter_table("goal_evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_evaluation_goal_id"))
        batch_op.drop_index(batch_op.f("ix_goal_evaluation_evaluation_id"))

    op.drop_table("goal_evaluation")
    with op.batch_alter_table("working_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_note_case_id"))

    op.drop_table("working_note")
    with op.batch_alter_table("plan_condition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_condition_plan_id"))

    op.drop_table("plan_condition")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_plan_id"))

    op.drop_table("payment")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_plan_id"))

    op.drop_table("goal")
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_version_case_id"))

    op.drop_table("plan_version")
    with op.batch_alter_table("payment_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_plan_case_id"))

    op.drop_table("payment_plan")
    with op.batch_alter_table("outreach_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_attempt_case_id"))

    op.drop_table("outreach_attempt")
    with op.batch_alter_table("lac_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lac_meeting_case_id"))

    op.drop_table("lac_meeting")
    with op.batch_alter_table("intake_domain", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_domain_case_id"))

    op.drop_table("intake_domain")
    op.drop_table("intake")
    with op.batch_alter_table("fbu_application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fbu_application_case_id"))

    op.drop_table("fbu_application")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_case_id"))

    op.drop_table("evaluation")
    with op.batch_alter_table("court_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_event_on"))
        batch_op.drop_index(batch_op.f("ix_court_event_case_id"))

    op.drop_table("court_event")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_case_id"))

    op.drop_table("contact")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_case_id"))

    op.drop_table("consent")
    op.drop_table("closure")
    op.drop_table("case_profile")
