"""Tables for the trajectory after the referral: outreach, decision, consent, intake, plan, contacts,
evaluations, closure and aftercare, and the side threads (court, arrears, FBU, LAC).

Every table is syncable (SyncFields) and hangs off a case. Scope follows the record's nature: goals
shared with the landlord carry the landlord scope, a counsellor's working notes the personal scope
(never sent anywhere), everything else the care-team scope.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker_desktop.store.models import (
    Base,
    Case,
    Client,
    HouseholdMember,
    ReferralRecord,
    SyncFields,
    Tenancy,
)


def _case_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("case_file.id"), index=True)


class OutreachAttempt(SyncFields, Base):
    __tablename__ = "outreach_attempt"
    kind = "outreach_attempt"
    case_id: Mapped[str] = _case_fk()
    on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30))
    result: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")


class CaseProfile(SyncFields, Base):
    """Per-case facts that are not the referral: attitude, the decision to start, aftercare."""

    __tablename__ = "case_profile"
    kind = "case_profile"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    attitude: Mapped[str | None] = mapped_column(String(30), default=None)
    landlord_mandate_on: Mapped[date | None] = mapped_column(Date, default=None)
    tenant_agreement_on: Mapped[date | None] = mapped_column(Date, default=None)
    not_started_motivation: Mapped[str] = mapped_column(Text, default="")
    aftercare_until: Mapped[date | None] = mapped_column(Date, default=None)


class Consent(SyncFields, Base):
    __tablename__ = "consent"
    kind = "consent"
    case_id: Mapped[str] = _case_fk()
    recipient: Mapped[str] = mapped_column(String(20))  # team | landlord | organisation
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("partner.id"), default=None)
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[str] = mapped_column(String(200), default="")  # comma-separated DataCategory
    given_on: Mapped[date] = mapped_column(Date)
    informed_how: Mapped[str] = mapped_column(String(30), default="")
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)


class Intake(SyncFields, Base):
    __tablename__ = "intake"
    kind = "intake"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    own_question: Mapped[str] = mapped_column(Text, default="")
    housing_skills_rating: Mapped[int | None] = mapped_column(Integer, default=None)
    housing_skills_notes: Mapped[str] = mapped_column(Text, default="")
    services_involved: Mapped[str] = mapped_column(Text, default="")
    household_situation: Mapped[str] = mapped_column(Text, default="")
    # The household's main income (domain.team_figures.IncomeSource), for the funder's registration.
    income_source: Mapped[str | None] = mapped_column(String(30), default=None)


class IntakeDomain(SyncFields, Base):
    """One life domain at intake. A special category keeps it out of anything landlord-facing."""

    __tablename__ = "intake_domain"
    kind = "intake_domain"
    case_id: Mapped[str] = _case_fk()
    domain: Mapped[str] = mapped_column(String(30))
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20), default="general")


class PlanVersion(SyncFields, Base):
    __tablename__ = "plan_version"
    kind = "plan_version"
    case_id: Mapped[str] = _case_fk()
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))  # draft | agreed | superseded
    agreed_on: Mapped[date | None] = mapped_column(Date, default=None)


class PlanCondition(SyncFields, Base):
    """A condition the landlord sets for not terminating the lease; landlord scope by nature."""

    __tablename__ = "plan_condition"
    kind = "plan_condition"
    plan_id: Mapped[str] = mapped_column(ForeignKey("plan_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Goal(SyncFields, Base):
    __tablename__ = "goal"
    kind = "goal"
    plan_id: Mapped[str] = mapped_column(ForeignKey("plan_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    tenant_agrees: Mapped[bool] = mapped_column(Boolean, default=False)
    realism: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    domain: Mapped[str] = mapped_column(String(30), default="")
    actor: Mapped[str] = mapped_column(String(30), default="tenant")
    steps: Mapped[str] = mapped_column(Text, default="")
    landlord_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(20), default="general")


class Contact(SyncFields, Base):
    __tablename__ = "contact"
    kind = "contact"
    case_id: Mapped[str] = _case_fk()
    on: Mapped[date] = mapped_column(Date)
    duration_min: Mapped[int | None] = mapped_column(Integer, default=None)
    contact_kind: Mapped[str] = mapped_column(String(30))
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    planned: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkingNote(SyncFields, Base):
    """A counsellor's personal working note: personal scope, never in the outbox, never synced."""

    __tablename__ = "working_note"
    kind = "working_note"
    case_id: Mapped[str] = _case_fk()
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None)
    text: Mapped[str] = mapped_column(Text)


class Evaluation(SyncFields, Base):
    __tablename__ = "evaluation"
    kind = "evaluation"
    case_id: Mapped[str] = _case_fk()
    planned_on: Mapped[date] = mapped_column(Date)
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    landlord_summary: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(20), default=None)  # continue|adjust|close
    next_on: Mapped[date | None] = mapped_column(Date, default=None)


class GoalEvaluation(SyncFields, Base):
    __tablename__ = "goal_evaluation"
    kind = "goal_evaluation"
    evaluation_id: Mapped[str] = mapped_column(ForeignKey("evaluation.id"), index=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id"), index=True)
    result: Mapped[str] = mapped_column(String(20))  # achieved | partly | not | adjusted
    notes: Mapped[str] = mapped_column(Text, default="")


class Closure(SyncFields, Base):
    __tablename__ = "closure"
    kind = "closure"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    closed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(30))
    goals_achieved: Mapped[str] = mapped_column(String(10))  # yes | partly | no
    eviction_avoided: Mapped[bool] = mapped_column(Boolean)
    housing_situation: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(Text, default="")


class CourtEvent(SyncFields, Base):
    __tablename__ = "court_event"
    kind = "court_event"
    case_id: Mapped[str] = _case_fk()
    event: Mapped[str] = mapped_column(
        String(30)
    )  # petition|hearing|judgment|eviction_announced|eviction_done
    on: Mapped[date] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class PaymentPlan(SyncFields, Base):
    __tablename__ = "payment_plan"
    kind = "payment_plan"
    case_id: Mapped[str] = _case_fk()
    total_arrears_cents: Mapped[int] = mapped_column(Integer)
    instalment_cents: Mapped[int] = mapped_column(Integer)
    first_due_on: Mapped[date] = mapped_column(Date)
    instalments: Mapped[int] = mapped_column(Integer)


class Payment(SyncFields, Base):
    __tablename__ = "payment"
    kind = "payment"
    plan_id: Mapped[str] = mapped_column(ForeignKey("payment_plan.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    missed: Mapped[bool] = mapped_column(Boolean, default=False)


class FbuApplication(SyncFields, Base):
    """An application to the fund against evictions (FBU) with the conditions it rests on."""

    __tablename__ = "fbu_application"
    kind = "fbu_application"
    case_id: Mapped[str] = _case_fk()
    applied_on: Mapped[date] = mapped_column(Date)
    arrears_months: Mapped[int] = mapped_column(Integer)
    support_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    budget_counselling: Mapped[bool] = mapped_column(Boolean, default=False)
    positive_budget_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="submitted")  # submitted|granted|refused
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class LacMeeting(SyncFields, Base):
    __tablename__ = "lac_meeting"
    kind = "lac_meeting"
    case_id: Mapped[str] = _case_fk()
    on: Mapped[date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(Text, default="")


class Reassignment(SyncFields, Base):
    """A case handed to another counsellor by the team leader. Care-team scope like the case itself:
    the team sees who held the case when. The names are kept as they were on the day, so the history
    reads right even after someone leaves the team."""

    __tablename__ = "reassignment"
    kind = "reassignment"
    case_id: Mapped[str] = _case_fk()
    from_counsellor_id: Mapped[str] = mapped_column(String(36))
    from_counsellor_name: Mapped[str] = mapped_column(String(200))
    to_counsellor_id: Mapped[str] = mapped_column(String(36))
    to_counsellor_name: Mapped[str] = mapped_column(String(200))
    on: Mapped[date] = mapped_column(Date)  # the day it takes effect
    reason: Mapped[str] = mapped_column(Text)


# The agenda reads only what is still to come; these partial indexes hold just those rows, so it never
# walks (and decrypts) the whole contact or evaluation history of the caseload.
Index(
    "ix_contact_planned",
    Contact.on,
    Contact.case_id,
    Contact.id,
    Contact.contact_kind,
    Contact.with_whom,
    sqlite_where=text("planned = 1 AND deleted = 0"),
)
Index(
    "ix_evaluation_open",
    Evaluation.planned_on,
    Evaluation.case_id,
    Evaluation.id,
    sqlite_where=text("held_on IS NULL AND deleted = 0"),
)
# The team view (store.team_query) reads a few columns of every case's records. These narrow partial
# indexes hold just those columns, so the read walks (and decrypts) a few megabytes of index instead
# of the records with their texts, and stays in the page cache between reads. With the first and
# last held contact, the grouping walks only (case_id, on) pairs in order.
Index(
    "ix_contact_held",
    Contact.case_id,
    Contact.on,
    sqlite_where=text("planned = 0 AND deleted = 0"),
)
Index(
    "ix_outreach_attempt_reached",
    OutreachAttempt.case_id,
    OutreachAttempt.on,
    sqlite_where=text("deleted = 0 AND result IN ('reached', 'appointment_made')"),
)
Index(
    "ix_court_event_hearing",
    CourtEvent.case_id,
    CourtEvent.on,
    sqlite_where=text("event = 'hearing' AND deleted = 0"),
)
Index(
    "ix_intake_team",
    Intake.case_id,
    Intake.held_on,
    Intake.income_source,
    sqlite_where=text("deleted = 0"),
)
Index(
    "ix_closure_team",
    Closure.case_id,
    Closure.closed_on,
    Closure.reason,
    Closure.goals_achieved,
    Closure.eviction_avoided,
    sqlite_where=text("deleted = 0"),
)
Index(
    "ix_referral_team",
    ReferralRecord.case_id,
    ReferralRecord.source,
    ReferralRecord.problems,
    sqlite_where=text("deleted = 0"),
)
Index("ix_tenancy_team", Tenancy.case_id, Tenancy.landlord_id, sqlite_where=text("deleted = 0"))
Index("ix_client_birth_date", Client.id, Client.birth_date, sqlite_where=text("deleted = 0"))
Index(
    "ix_household_member_relation",
    HouseholdMember.client_id,
    HouseholdMember.relation,
    sqlite_where=text("deleted = 0"),
)
# Which cases are finished before a day (team_query._STILL_COUNTING), without reading the case rows.
Index(
    "ix_case_finished",
    Case.status,
    Case.referral_date,
    Case.status_changed_at,
    Case.id,
    sqlite_where=text("deleted = 0"),
)
# Who is in the team, as the cases say: read from this small index, not from the case rows.
Index("ix_case_counsellor", Case.counsellor_id, Case.counsellor_name)


TRAJECTORY_MODELS: tuple[type[SyncFields], ...] = (
    OutreachAttempt,
    CaseProfile,
    Consent,
    Intake,
    IntakeDomain,
    PlanVersion,
    PlanCondition,
    Goal,
    Contact,
    WorkingNote,
    Evaluation,
    GoalEvaluation,
    Closure,
    CourtEvent,
    PaymentPlan,
    Payment,
    FbuApplication,
    LacMeeting,
    Reassignment,
)
