"""Use cases for the action plan: versions, SMART goals, the landlord's conditions.

Versions. A case's first plan is version 1, a draft edited in place until counsellor and tenant agree
it. An agreed plan is never edited: changing it starts a new draft version with copies of its goals
and conditions. The agreed version stays the plan in force (the one evaluations and the landlord's
agreement rest on) while the change is being worked out; it becomes superseded only when the new
version is agreed. A draft change that is given up can be discarded, and the agreed version simply
stays in force. Every version stays readable.

Sharing. A goal is stored with the care-team scope unless it is shared with the landlord; then it gets
the landlord scope, which needs a landlord consent in force and is never allowed for special-category
data. The landlord's conditions are landlord-facing by nature and always carry the landlord scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker_desktop.domain.consent import (
    ConsentFacts,
    ConsentRecipient,
    check_landlord_share,
    landlord_consent_in_force,
)
from caseworker_desktop.domain.engagement import LifeDomain
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.plan import (
    ConditionInput,
    GoalActor,
    GoalInput,
    Plan,
    PlanInput,
    PlanStatus,
    plan_findings,
    validate_agreed_on,
    validate_plan,
)
from caseworker_desktop.domain.scopes import DataCategory, SharingScope, check_scope
from caseworker_desktop.domain.status import RUNNING, CaseStatus
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.case_status import transition
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case
from caseworker_desktop.store.models_trajectory import Consent, Goal, PlanCondition, PlanVersion
from caseworker_desktop.store.uow import UnitOfWork


# --- what the services hand out ---------------------------------------------------------------------
@dataclass(frozen=True)
class GoalView:
    id: str
    position: int
    description: str
    measure: str
    tenant_agrees: bool
    realism: str
    deadline: date | None
    domain: LifeDomain | None
    actor: GoalActor
    steps: str
    category: DataCategory
    landlord_shared: bool

    def as_input(self) -> GoalInput:
        return GoalInput(
            description=self.description,
            measure=self.measure,
            tenant_agrees=self.tenant_agrees,
            realism=self.realism,
            deadline=self.deadline,
            domain=self.domain,
            actor=self.actor,
            steps=self.steps,
            category=self.category,
            landlord_shared=self.landlord_shared,
            id=self.id,
        )


@dataclass(frozen=True)
class ConditionView:
    id: str
    position: int
    text: str


@dataclass(frozen=True)
class PlanView:
    id: str
    case_id: str
    number: int
    status: PlanStatus
    agreed_on: date | None
    goals: tuple[GoalView, ...]
    conditions: tuple[ConditionView, ...]

    @property
    def editable(self) -> bool:
        return self.status == PlanStatus.DRAFT

    @property
    def landlord_goals(self) -> tuple[GoalView, ...]:
        return tuple(g for g in self.goals if g.landlord_shared)

    def as_input(self) -> PlanInput:
        return PlanInput(
            goals=[g.as_input() for g in self.goals],
            conditions=[ConditionInput(c.text, c.id) for c in self.conditions],
        )


@dataclass(frozen=True)
class PlanVersionSummary:
    id: str
    number: int
    status: PlanStatus
    agreed_on: date | None


@dataclass(frozen=True)
class NewVersion:
    """A new draft version; `unshared` goals were landlord-shared in the version it copies, but the
    landlord consent is no longer in force, so the copies are private."""

    plan: PlanView
    unshared: int


@dataclass(frozen=True)
class EarlierPlan:
    """The plan of the episode before this one (relapse), shown read-only."""

    case_id: str
    case_number: str
    plan: PlanView


@dataclass(frozen=True)
class LandlordPart:
    """What of the plan in force the landlord may read: its shared goals and its conditions."""

    plan_id: str
    number: int
    agreed_on: date | None
    goals: tuple[GoalView, ...]
    conditions: tuple[ConditionView, ...]


@dataclass(frozen=True)
class PlanOverview:
    """Everything the plan screen needs at once."""

    versions: tuple[PlanVersionSummary, ...]  # newest first
    current: PlanView | None  # the latest version
    in_force_id: str | None  # the latest agreed version
    case_status: CaseStatus
    landlord_consent: bool  # a landlord consent is in force today
    earlier: EarlierPlan | None  # the previous episode's plan, after a relapse

    @property
    def running(self) -> bool:
        return self.case_status in RUNNING


# --- shared with the evaluation service ---------------------------------------------------------------
def consents_of(session: Session, case_id: str) -> list[ConsentFacts]:
    """The case's consents as the domain rules take them, read straight from the consent table."""
    facts = []
    for row in session.scalars(select(Consent).where(Consent.case_id == case_id, Consent.deleted.is_(False))):
        if row.recipient not in ConsentRecipient._value2member_map_:
            continue
        facts.append(
            ConsentFacts(
                recipient=ConsentRecipient(row.recipient),
                given_on=row.given_on,
                withdrawn_on=row.withdrawn_on,
                organisation_id=row.organisation_id,
            )
        )
    return facts


def versions_of(session: Session, case_id: str) -> list[PlanVersion]:
    """Live versions of the case's plan, oldest first."""
    return list(
        session.scalars(
            select(PlanVersion)
            .where(PlanVersion.case_id == case_id, PlanVersion.deleted.is_(False))
            .order_by(PlanVersion.number)
        )
    )


def in_force_of(session: Session, case_id: str) -> PlanVersion | None:
    agreed = [v for v in versions_of(session, case_id) if v.status == PlanStatus.AGREED.value]
    return agreed[-1] if agreed else None


def goals_of(session: Session, plan_id: str) -> list[Goal]:
    return list(
        session.scalars(
            select(Goal).where(Goal.plan_id == plan_id, Goal.deleted.is_(False)).order_by(Goal.position)
        )
    )


def conditions_of(session: Session, plan_id: str) -> list[PlanCondition]:
    return list(
        session.scalars(
            select(PlanCondition)
            .where(PlanCondition.plan_id == plan_id, PlanCondition.deleted.is_(False))
            .order_by(PlanCondition.position)
        )
    )


def goal_view(goal: Goal) -> GoalView:
    return GoalView(
        id=goal.id,
        position=goal.position,
        description=goal.description,
        measure=goal.measure,
        tenant_agrees=goal.tenant_agrees,
        realism=goal.realism,
        deadline=goal.deadline,
        domain=LifeDomain(goal.domain) if goal.domain in LifeDomain._value2member_map_ else None,
        actor=GoalActor(goal.actor) if goal.actor in GoalActor._value2member_map_ else GoalActor.TENANT,
        steps=goal.steps,
        category=DataCategory(goal.category)
        if goal.category in DataCategory._value2member_map_
        else DataCategory.GENERAL,
        landlord_shared=goal.landlord_shared,
    )


def plan_view(session: Session, plan: PlanVersion) -> PlanView:
    return PlanView(
        id=plan.id,
        case_id=plan.case_id,
        number=plan.number,
        status=PlanStatus(plan.status),
        agreed_on=plan.agreed_on,
        goals=tuple(goal_view(g) for g in goals_of(session, plan.id)),
        conditions=tuple(ConditionView(c.id, c.position, c.text) for c in conditions_of(session, plan.id)),
    )


def open_new_version(uow: UnitOfWork, case_id: str, today: date) -> tuple[PlanVersion, int]:
    """The draft in which the plan in force is being changed: the existing draft if there is one,
    otherwise a new version copying the latest agreed one. Returns it with the number of goals that
    lost their landlord sharing because no landlord consent is in force any more."""
    session = uow.session
    versions = versions_of(session, case_id)
    if not versions:
        raise RuleViolation("plan_none_to_change")
    latest = versions[-1]
    if latest.status == PlanStatus.DRAFT.value:
        return latest, 0
    source = in_force_of(session, case_id)
    if source is None:  # pragma: no cover - a case's latest version is a draft or the agreed one
        raise RuleViolation("plan_none_to_change")
    draft = PlanVersion(case_id=case_id, number=latest.number + 1, status=PlanStatus.DRAFT.value)
    uow.add(draft)
    session.flush()
    consent = landlord_consent_in_force(consents_of(session, case_id), today)
    unshared = _copy_content(uow, source.id, draft.id, keep_landlord_sharing=consent)
    return draft, unshared


def _copy_content(uow: UnitOfWork, source_id: str, target_id: str, *, keep_landlord_sharing: bool) -> int:
    session = uow.session
    unshared = 0
    for goal in goals_of(session, source_id):
        shared = goal.landlord_shared and keep_landlord_sharing
        if goal.landlord_shared and not shared:
            unshared += 1
        uow.add(
            Goal(
                plan_id=target_id,
                position=goal.position,
                description=goal.description,
                measure=goal.measure,
                tenant_agrees=goal.tenant_agrees,
                realism=goal.realism,
                deadline=goal.deadline,
                domain=goal.domain,
                actor=goal.actor,
                steps=goal.steps,
                category=goal.category,
                landlord_shared=shared,
                scope=(SharingScope.LANDLORD if shared else SharingScope.CARE_TEAM).value,
            )
        )
    for condition in conditions_of(session, source_id):
        uow.add(
            PlanCondition(
                plan_id=target_id,
                position=condition.position,
                text=condition.text,
                scope=SharingScope.LANDLORD.value,
            )
        )
    session.flush()
    return unshared


# --- the service ----------------------------------------------------------------------------------------
class PlanService(StoreService):
    # --- reading --------------------------------------------------------------------------------------
    def overview(self, case_id: str) -> PlanOverview:
        """The versions, the latest one in full, the case's status, the landlord consent and the
        previous episode's plan, read in one go for the plan screen."""
        today = self._today()
        with self._uow() as uow:
            session = uow.session
            case = session.get_one(Case, case_id)
            versions = versions_of(session, case_id)
            current = plan_view(session, versions[-1]) if versions else None
            if current is not None:
                uow.audit(AuditAction.READ, PlanVersion.kind, current.id)
            agreed = [v for v in versions if v.status == PlanStatus.AGREED.value]
            earlier: EarlierPlan | None = None
            if case.previous_case_id is not None:
                previous = session.get_one(Case, case.previous_case_id)
                source = in_force_of(session, previous.id)
                if source is None:
                    previous_versions = versions_of(session, previous.id)
                    source = previous_versions[-1] if previous_versions else None
                if source is not None:
                    uow.audit(AuditAction.READ, PlanVersion.kind, source.id)
                    earlier = EarlierPlan(previous.id, previous.number, plan_view(session, source))
            return PlanOverview(
                versions=tuple(
                    PlanVersionSummary(v.id, v.number, PlanStatus(v.status), v.agreed_on)
                    for v in reversed(versions)
                ),
                current=current,
                in_force_id=agreed[-1].id if agreed else None,
                case_status=CaseStatus(case.status),
                landlord_consent=landlord_consent_in_force(consents_of(session, case_id), today),
                earlier=earlier,
            )

    def current(self, case_id: str) -> PlanView | None:
        """The latest version (a draft being worked on, or the agreed plan); None before the first."""
        with self._uow() as uow:
            versions = versions_of(uow.session, case_id)
            if not versions:
                return None
            uow.audit(AuditAction.READ, PlanVersion.kind, versions[-1].id)
            return plan_view(uow.session, versions[-1])

    def in_force(self, case_id: str) -> PlanView | None:
        """The latest agreed version, which stays in force while a change is drafted."""
        with self._uow() as uow:
            plan = in_force_of(uow.session, case_id)
            if plan is None:
                return None
            uow.audit(AuditAction.READ, PlanVersion.kind, plan.id)
            return plan_view(uow.session, plan)

    def versions(self, case_id: str) -> tuple[PlanVersionSummary, ...]:
        """All versions, newest first (superseded ones included: they stay readable)."""
        with self._uow() as uow:
            return tuple(
                PlanVersionSummary(v.id, v.number, PlanStatus(v.status), v.agreed_on)
                for v in reversed(versions_of(uow.session, case_id))
            )

    def version(self, plan_id: str) -> PlanView:
        with self._uow() as uow:
            plan = uow.session.get(PlanVersion, plan_id)
            if plan is None or plan.deleted:
                raise RuleViolation("plan_unknown")
            uow.audit(AuditAction.READ, PlanVersion.kind, plan.id)
            return plan_view(uow.session, plan)

    def plan_for_case(self, case_id: str) -> PlanView | None:
        """The plan of a case as it stood: the agreed one, else its latest draft. A new episode uses
        this with its previous case's id to show the old plan read-only."""
        with self._uow() as uow:
            plan = in_force_of(uow.session, case_id)
            if plan is None:
                versions = versions_of(uow.session, case_id)
                plan = versions[-1] if versions else None
            if plan is None:
                return None
            uow.audit(AuditAction.READ, PlanVersion.kind, plan.id)
            return plan_view(uow.session, plan)

    def previous_episode_plan(self, case_id: str) -> EarlierPlan | None:
        """For a case reopened after a relapse: the plan of the episode it follows, if it had one."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if case.previous_case_id is None:
                return None
            previous = uow.session.get_one(Case, case.previous_case_id)
            number = previous.number
        plan = self.plan_for_case(previous.id)
        return EarlierPlan(previous.id, number, plan) if plan else None

    def landlord_consent_in_force(self, case_id: str) -> bool:
        with self._uow() as uow:
            return landlord_consent_in_force(consents_of(uow.session, case_id), self._today())

    def landlord_part(self, case_id: str) -> LandlordPart:
        """The landlord-facing part of the plan in force, for the agreement and landlord documents.
        Refused while no landlord consent is in force (withdrawal stops it at once)."""
        with self._uow() as uow:
            if not landlord_consent_in_force(consents_of(uow.session, case_id), self._today()):
                raise RuleViolation("landlord_consent_missing")
            plan = in_force_of(uow.session, case_id)
            if plan is None:
                raise RuleViolation("plan_not_agreed")
            uow.audit(AuditAction.READ, PlanVersion.kind, plan.id)
            view = plan_view(uow.session, plan)
            return LandlordPart(view.id, view.number, view.agreed_on, view.landlord_goals, view.conditions)

    # --- writing ----------------------------------------------------------------------------------------
    def save_draft(self, case_id: str, data: PlanInput) -> PlanView:
        """Save what is typed as the draft version (version 1 when there is no plan yet). SMART
        findings never stop this; hard problems raise ValidationFailed keyed per goal field."""
        today = self._today()
        plan = validate_plan(data, today)
        with self._uow() as uow:
            self._running_case(uow, case_id)
            self._check_sharing(uow, case_id, plan, today)
            record = self._draft_for_writing(uow, case_id)
            self._write(uow, record, plan)
            uow.session.flush()
            return plan_view(uow.session, record)

    def agree(
        self,
        case_id: str,
        data: PlanInput,
        *,
        agreed_on: date | None = None,
        despite_findings: bool = False,
    ) -> PlanView:
        """Save what is typed and mark the draft agreed. The earlier agreed version becomes superseded,
        and a case still in intake moves to active support.

        Goals that are not SMART are refused with `plan_smart_findings` unless the counsellor has
        seen the findings and agrees despite them (despite_findings=True)."""
        today = self._today()
        on = agreed_on or today
        validate_agreed_on(on, today)
        plan = validate_plan(data, today)
        if not plan.goals:
            raise RuleViolation("plan_needs_goal")
        with self._uow() as uow:
            case = self._running_case(uow, case_id)
            status = CaseStatus(case.status)
            if status not in (CaseStatus.INTAKE, CaseStatus.ACTIVE):
                raise RuleViolation("plan_agree_needs_intake", status=status.value)
            self._check_sharing(uow, case_id, plan, today)
            # Asked last, so confirming the remarks is never followed by a refusal.
            findings = plan_findings(data, today)
            if findings and not despite_findings:
                raise RuleViolation("plan_smart_findings", goals=len(findings))
            record = self._draft_for_writing(uow, case_id)
            previous = in_force_of(uow.session, case_id)
            if previous is not None and previous.agreed_on is not None and on < previous.agreed_on:
                raise ValidationFailed(
                    {
                        "agreed_on": Issue(
                            "plan_agreed_before_previous", {"date": previous.agreed_on.isoformat()}
                        )
                    }
                )
            self._write(uow, record, plan)
            for version in versions_of(uow.session, case_id):
                if version.status == PlanStatus.AGREED.value and version.id != record.id:
                    version.status = PlanStatus.SUPERSEDED.value
            record.status = PlanStatus.AGREED.value
            record.agreed_on = on
            if status == CaseStatus.INTAKE:
                transition(uow, case_id, CaseStatus.ACTIVE, effective_on=on)
            uow.session.flush()
            return plan_view(uow.session, record)

    def start_new_version(self, case_id: str) -> NewVersion:
        """Change the agreed plan: a new draft version with copies of its goals and conditions (or the
        draft already started). The agreed version stays in force until the new one is agreed."""
        with self._uow() as uow:
            self._running_case(uow, case_id)
            record, unshared = open_new_version(uow, case_id, self._today())
            return NewVersion(plan_view(uow.session, record), unshared)

    def start_from_previous(self, case_id: str) -> PlanView:
        """A new episode's first draft, starting from the previous episode's plan."""
        with self._uow() as uow:
            case = self._running_case(uow, case_id)
            if versions_of(uow.session, case_id):
                raise RuleViolation("plan_exists")
            if case.previous_case_id is None:
                raise RuleViolation("plan_no_previous_episode")
            source = in_force_of(uow.session, case.previous_case_id)
            if source is None:
                earlier = versions_of(uow.session, case.previous_case_id)
                source = earlier[-1] if earlier else None
            if source is None:
                raise RuleViolation("plan_no_previous_plan")
            draft = PlanVersion(case_id=case_id, number=1, status=PlanStatus.DRAFT.value)
            uow.add(draft)
            uow.session.flush()
            consent = landlord_consent_in_force(consents_of(uow.session, case_id), self._today())
            _copy_content(uow, source.id, draft.id, keep_landlord_sharing=consent)
            return plan_view(uow.session, draft)

    def discard_draft(self, case_id: str) -> None:
        """Give up the draft version being worked on; the agreed version (if any) stays in force."""
        with self._uow() as uow:
            self._running_case(uow, case_id)
            versions = versions_of(uow.session, case_id)
            if not versions or versions[-1].status != PlanStatus.DRAFT.value:
                raise RuleViolation("plan_no_draft")
            draft = versions[-1]
            for goal in goals_of(uow.session, draft.id):
                uow.tombstone(goal)
            for condition in conditions_of(uow.session, draft.id):
                uow.tombstone(condition)
            uow.tombstone(draft)

    # --- helpers ------------------------------------------------------------------------------------------
    def _running_case(self, uow: UnitOfWork, case_id: str) -> Case:
        case = uow.session.get(Case, case_id)
        if case is None or case.deleted:
            raise RuleViolation("case_unknown")
        if CaseStatus(case.status) not in RUNNING:
            raise RuleViolation("plan_case_not_running", status=case.status)
        return case

    def _check_sharing(self, uow: UnitOfWork, case_id: str, plan: Plan, today: date) -> None:
        """Each landlord-shared goal: not special-category, and a landlord consent in force."""
        if not plan.landlord_goals:
            return
        consents = consents_of(uow.session, case_id)
        issues: dict[str, Issue] = {}
        for index, goal in enumerate(plan.goals):
            if goal.landlord_shared:
                try:
                    check_landlord_share(goal.category, consents, today)
                except RuleViolation as refused:
                    issues[f"goals.{index}.landlord_shared"] = refused.issue
        if issues:
            raise ValidationFailed(issues)

    def _draft_for_writing(self, uow: UnitOfWork, case_id: str) -> PlanVersion:
        versions = versions_of(uow.session, case_id)
        if not versions:
            draft = PlanVersion(case_id=case_id, number=1, status=PlanStatus.DRAFT.value)
            uow.add(draft)
            uow.session.flush()
            return draft
        latest = versions[-1]
        if latest.status != PlanStatus.DRAFT.value:
            raise RuleViolation("plan_agreed_is_fixed")
        return latest

    def _write(self, uow: UnitOfWork, record: PlanVersion, plan: Plan) -> None:
        """Make the version's goals and conditions what the plan says: update by id, add new ones,
        tombstone the ones no longer there."""
        session = uow.session
        goals = {g.id: g for g in goals_of(session, record.id)}
        kept: set[str] = set()
        for position, goal in enumerate(plan.goals):
            row = goals.get(goal.id or "")
            if row is None or row.id in kept:
                row = Goal(plan_id=record.id, position=position, description=goal.description)
                uow.add(row)
            else:
                kept.add(row.id)
            check_scope(goal.category, goal.scope)
            row.position = position
            row.description = goal.description
            row.measure = goal.measure
            row.tenant_agrees = goal.tenant_agrees
            row.realism = goal.realism
            row.deadline = goal.deadline
            row.domain = goal.domain.value if goal.domain else ""
            row.actor = goal.actor.value
            row.steps = goal.steps
            row.category = goal.category.value
            row.landlord_shared = goal.landlord_shared
            row.scope = goal.scope.value
        for goal_id, row in goals.items():
            if goal_id not in kept:
                uow.tombstone(row)

        conditions = {c.id: c for c in conditions_of(session, record.id)}
        kept_conditions: set[str] = set()
        for position, condition in enumerate(plan.conditions):
            existing = conditions.get(condition.id or "")
            if existing is None or existing.id in kept_conditions:
                existing = PlanCondition(plan_id=record.id, position=position, text=condition.text)
                uow.add(existing)
            else:
                kept_conditions.add(existing.id)
            existing.position = position
            existing.text = condition.text
            existing.scope = SharingScope.LANDLORD.value
        for condition_id, existing in conditions.items():
            if condition_id not in kept_conditions:
                uow.tombstone(existing)
