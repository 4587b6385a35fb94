"""Use cases for outreach attempts, the tenant's attitude, the decision to start, consent and the intake."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, select

from caseworker_desktop.domain.consent import (
    ConsentFacts,
    ConsentInput,
    ConsentRecipient,
    InformedHow,
    categories_from_text,
    categories_text,
    validate_consent,
    validate_withdrawal,
)
from caseworker_desktop.domain.consent import (
    landlord_consent_in_force as landlord_in_force,
)
from caseworker_desktop.domain.engagement import (
    INTAKE_TEXT_FIELDS,
    NOT_RECORDED,
    Attitude,
    DomainInput,
    IntakeInput,
    LifeDomain,
    OutreachChannel,
    OutreachInput,
    OutreachResult,
    OutreachSpan,
    all_not_recordable,
    domain_key,
    outreach_span,
    read_back,
    validate_intake,
    validate_not_start,
    validate_outreach,
    validate_start,
)
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.domain.team_figures import IncomeSource
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.case_status import transition
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case, Partner, Tenancy
from caseworker_desktop.store.models_trajectory import (
    CaseProfile,
    Consent,
    Intake,
    IntakeDomain,
    OutreachAttempt,
)
from caseworker_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class OutreachAttemptView:
    id: str
    on: date
    channel: OutreachChannel
    result: OutreachResult
    note: str


@dataclass(frozen=True)
class EngagementState:
    """Where the case stands between referral and plan."""

    status: CaseStatus
    referral_date: date
    attitude: Attitude | None
    landlord_mandate_on: date | None
    tenant_agreement_on: date | None
    not_started_motivation: str
    outreach: OutreachSpan


@dataclass(frozen=True)
class ConsentView:
    id: str
    recipient: ConsentRecipient
    organisation_id: str | None
    organisation: str  # the partner's name, the typed name, or "" for team and landlord
    purpose: str
    categories: frozenset[DataCategory]
    given_on: date
    informed_how: InformedHow | None
    withdrawn_on: date | None
    in_force: bool


def _not_started(case: Case) -> bool:
    return case.closing_reason == ClosingReason.NOT_STARTED.value


class EngagementService(StoreService):
    # --- shared lookups -------------------------------------------------------------------------------
    def _profile(self, uow: UnitOfWork, case_id: str, *, create: bool) -> CaseProfile | None:
        profile = uow.session.scalars(
            select(CaseProfile).where(CaseProfile.case_id == case_id, CaseProfile.deleted.is_(False))
        ).first()
        if profile is None and create:
            uow.session.get_one(Case, case_id)  # an unknown case fails here, not at the insert
            profile = CaseProfile(case_id=case_id)
            uow.add(profile)
        return profile

    def _attempts(self, uow: UnitOfWork, case_id: str) -> list[OutreachAttempt]:
        return list(
            uow.session.scalars(
                select(OutreachAttempt)
                .where(OutreachAttempt.case_id == case_id, OutreachAttempt.deleted.is_(False))
                .order_by(OutreachAttempt.on, literal_column("outreach_attempt.rowid"))
            )
        )

    def _consent_rows(self, uow: UnitOfWork, case_id: str) -> list[Consent]:
        return list(
            uow.session.scalars(
                select(Consent)
                .where(Consent.case_id == case_id, Consent.deleted.is_(False))
                .order_by(Consent.given_on, literal_column("consent.rowid"))
            )
        )

    # --- outreach -------------------------------------------------------------------------------------
    def add_outreach(self, case_id: str, data: OutreachInput) -> str:
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            clean = validate_outreach(data, self._today(), case.referral_date)
            attempt = OutreachAttempt(
                case_id=case_id,
                on=clean.on,
                channel=clean.channel.value,
                result=clean.result.value,
                note=clean.note,
            )
            uow.add(attempt)
            uow.session.flush()
            return attempt.id

    def remove_outreach(self, attempt_id: str) -> None:
        """An attempt logged by mistake; it goes as a tombstone."""
        with self._uow() as uow:
            uow.tombstone(uow.session.get_one(OutreachAttempt, attempt_id))

    def outreach(self, case_id: str) -> list[OutreachAttemptView]:
        """The attempts in date order; the read is written to the audit trail."""
        with self._uow() as uow:
            rows = self._attempts(uow, case_id)
            uow.audit(AuditAction.READ, OutreachAttempt.kind, case_id)
            return [
                OutreachAttemptView(r.id, r.on, OutreachChannel(r.channel), OutreachResult(r.result), r.note)
                for r in rows
            ]

    def outreach_summary(self, case_id: str) -> OutreachSpan:
        """How many attempts over how many days, from the first to the last attempt."""
        with self._uow() as uow:
            return outreach_span([r.on for r in self._attempts(uow, case_id)])

    # --- attitude and the decision to start ----------------------------------------------------------
    def state(self, case_id: str) -> EngagementState:
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            profile = self._profile(uow, case_id, create=False)
            uow.audit(AuditAction.READ, CaseProfile.kind, case_id)
            return EngagementState(
                status=CaseStatus(case.status),
                referral_date=case.referral_date,
                attitude=Attitude(profile.attitude) if profile and profile.attitude else None,
                landlord_mandate_on=profile.landlord_mandate_on if profile else None,
                tenant_agreement_on=profile.tenant_agreement_on if profile else None,
                not_started_motivation=profile.not_started_motivation if profile else "",
                outreach=outreach_span([r.on for r in self._attempts(uow, case_id)]),
            )

    def set_attitude(self, case_id: str, attitude: Attitude | None) -> None:
        with self._uow() as uow:
            profile = self._profile(uow, case_id, create=True)
            assert profile is not None
            profile.attitude = attitude.value if attitude else None

    def start_outreach(self, case_id: str, on: date | None = None) -> None:
        """Referred → outreach: the counsellor starts trying to reach the tenant."""
        with self._uow() as uow:
            transition(uow, case_id, CaseStatus.OUTREACH, effective_on=on)

    def record_start(
        self, case_id: str, landlord_mandate_on: date | None, tenant_agreement_on: date | None
    ) -> None:
        """The tenant agrees: store the mandates and move the case to intake (from referred or outreach)."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            decision = validate_start(
                landlord_mandate_on, tenant_agreement_on, self._today(), case.referral_date
            )
            transition(uow, case_id, CaseStatus.INTAKE, effective_on=decision.tenant_agreement_on)
            profile = self._profile(uow, case_id, create=True)
            assert profile is not None
            profile.landlord_mandate_on = decision.landlord_mandate_on
            profile.tenant_agreement_on = decision.tenant_agreement_on

    def decide_not_to_start(self, case_id: str, motivation: str, on: date | None = None) -> None:
        """Close the case as not started; the written motivation is required."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            decision = validate_not_start(
                motivation, on if on is not None else self._today(), self._today(), case.referral_date
            )
            transition(
                uow,
                case_id,
                CaseStatus.CLOSED,
                reason=ClosingReason.NOT_STARTED,
                motivation=decision.motivation,
                effective_on=decision.on,
            )
            profile = self._profile(uow, case_id, create=True)
            assert profile is not None
            profile.not_started_motivation = decision.motivation

    # --- consent --------------------------------------------------------------------------------------
    def add_consent(self, case_id: str, data: ConsentInput) -> str:
        clean = validate_consent(data, self._today())
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if clean.given_on < case.referral_date:
                # Consent is asked within this support, so it cannot predate the referral.
                raise ValidationFailed(
                    {"given_on": Issue("before_referral", {"referral_date": case.referral_date.isoformat()})}
                )
            tenancy = uow.session.scalars(select(Tenancy).where(Tenancy.case_id == case_id)).first()
            organisation_id = clean.organisation_id
            if clean.recipient == ConsentRecipient.ORGANISATION and organisation_id:
                partner = uow.session.get(Partner, organisation_id)
                if partner is None or partner.deleted:
                    raise ValidationFailed({"organisation": Issue("consent_organisation_unknown")})
                if tenancy is not None and tenancy.landlord_id == organisation_id:
                    # The landlord has its own, narrower consent; it is not "any organisation".
                    raise ValidationFailed({"organisation": Issue("consent_landlord_as_organisation")})
            if clean.recipient == ConsentRecipient.LANDLORD:
                organisation_id = tenancy.landlord_id if tenancy else None
            consent = Consent(
                case_id=case_id,
                recipient=clean.recipient.value,
                organisation_id=organisation_id,
                organisation_name=clean.organisation_name,
                purpose=clean.purpose,
                categories=categories_text(clean.categories),
                given_on=clean.given_on,
                informed_how=clean.informed_how.value,
            )
            uow.add(consent)
            uow.session.flush()
            return consent.id

    def withdraw_consent(self, consent_id: str, on: date | None = None) -> None:
        """From this day on the consent is no longer in force, for every check that asks."""
        with self._uow() as uow:
            consent = uow.session.get_one(Consent, consent_id)
            consent.withdrawn_on = validate_withdrawal(
                ConsentRecipient(consent.recipient),
                consent.given_on,
                consent.withdrawn_on,
                on if on is not None else self._today(),
                self._today(),
            )

    def consent_list(self, case_id: str) -> list[ConsentView]:
        today = self._today()
        with self._uow() as uow:
            rows = self._consent_rows(uow, case_id)
            names = {
                p.id: p.name
                for p in uow.session.scalars(
                    select(Partner).where(
                        Partner.id.in_({r.organisation_id for r in rows if r.organisation_id})
                    )
                )
            }
            uow.audit(AuditAction.READ, Consent.kind, case_id)
            views = []
            for r in rows:
                facts = self._facts(r)
                informed = r.informed_how if r.informed_how in InformedHow._value2member_map_ else None
                views.append(
                    ConsentView(
                        id=r.id,
                        recipient=facts.recipient,
                        organisation_id=r.organisation_id,
                        organisation=(
                            ""
                            if facts.recipient == ConsentRecipient.TEAM
                            else names.get(r.organisation_id or "", "") or r.organisation_name
                        ),
                        purpose=r.purpose,
                        categories=facts.categories,
                        given_on=r.given_on,
                        informed_how=InformedHow(informed) if informed else None,
                        withdrawn_on=r.withdrawn_on,
                        in_force=facts.in_force(today),
                    )
                )
            return views

    @staticmethod
    def _facts(row: Consent) -> ConsentFacts:
        return ConsentFacts(
            recipient=ConsentRecipient(row.recipient),
            given_on=row.given_on,
            withdrawn_on=row.withdrawn_on,
            organisation_id=row.organisation_id,
            categories=categories_from_text(row.categories),
        )

    def consents(self, case_id: str) -> list[ConsentFacts]:
        """The facts other parts check sharing against (domain.consent.check_landlord_share)."""
        with self._uow() as uow:
            return [self._facts(r) for r in self._consent_rows(uow, case_id)]

    def landlord_consent_in_force(self, case_id: str, on: date | None = None) -> bool:
        return landlord_in_force(self.consents(case_id), on if on is not None else self._today())

    # --- intake ---------------------------------------------------------------------------------------
    def intake(self, case_id: str) -> IntakeInput | None:
        """The saved intake as the form shows it (None before the first save); texts the tenant asked
        not to record come back empty and named in `not_recorded`."""
        with self._uow() as uow:
            record = uow.session.scalars(
                select(Intake).where(Intake.case_id == case_id, Intake.deleted.is_(False))
            ).first()
            if record is None:
                return None
            uow.audit(AuditAction.READ, Intake.kind, record.id)
            data = IntakeInput(
                held_on=record.held_on,
                housing_skills_rating=record.housing_skills_rating,
                income_source=_income_source(record.income_source),
            )
            for key in INTAKE_TEXT_FIELDS:
                text, hidden = read_back(getattr(record, key))
                setattr(data, key, text)
                if hidden:
                    data.not_recorded.add(key)
            for row in self._domain_rows(uow, case_id).values():
                domain = LifeDomain(row.domain)
                text, hidden = read_back(row.notes)
                data.domains[domain] = DomainInput(
                    rating=row.rating, notes=text, category=DataCategory(row.category)
                )
                if hidden:
                    data.not_recorded.add(domain_key(domain, "notes"))
            team = [r for r in self._consent_rows(uow, case_id) if r.recipient == ConsentRecipient.TEAM]
            if team and team[0].informed_how in InformedHow._value2member_map_:
                data.team_informed_how = InformedHow(team[0].informed_how)
            return data

    def _domain_rows(self, uow: UnitOfWork, case_id: str) -> dict[str, IntakeDomain]:
        return {
            row.domain: row
            for row in uow.session.scalars(
                select(IntakeDomain).where(IntakeDomain.case_id == case_id, IntakeDomain.deleted.is_(False))
            )
        }

    def domain_categories(self, case_id: str) -> dict[LifeDomain, DataCategory]:
        """How each life domain was marked at intake (special categories keep it from the landlord)."""
        with self._uow() as uow:
            return {
                LifeDomain(d): DataCategory(r.category) for d, r in self._domain_rows(uow, case_id).items()
            }

    def save_intake(self, case_id: str, data: IntakeInput) -> None:
        """Save the intake (the status does not change). The first save also records that the tenant
        was told the team shares the file, unless a team consent is already there."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if CaseStatus(case.status) in (CaseStatus.REFERRED, CaseStatus.OUTREACH) or _not_started(case):
                raise RuleViolation("intake_before_start")
            clean = validate_intake(data, self._today(), case.referral_date)
            record = uow.session.scalars(
                select(Intake).where(Intake.case_id == case_id, Intake.deleted.is_(False))
            ).first()
            if record is None:
                record = Intake(case_id=case_id)
                uow.add(record)
            record.held_on = clean.held_on
            record.housing_skills_rating = clean.housing_skills_rating
            record.housing_skills_notes = clean.housing_skills_notes
            record.own_question = clean.own_question
            record.services_involved = clean.services_involved
            record.household_situation = clean.household_situation
            record.income_source = clean.income_source.value if clean.income_source else None
            rows = self._domain_rows(uow, case_id)
            for assessment in clean.domains:
                row = rows.get(assessment.domain.value)
                if row is None:
                    row = IntakeDomain(case_id=case_id, domain=assessment.domain.value)
                    uow.add(row)
                row.rating = assessment.rating
                row.notes = assessment.notes
                row.category = assessment.category.value
            if not any(r.recipient == ConsentRecipient.TEAM for r in self._consent_rows(uow, case_id)):
                uow.add(
                    Consent(
                        case_id=case_id,
                        recipient=ConsentRecipient.TEAM.value,
                        given_on=clean.held_on,
                        informed_how=clean.team_informed_how.value,
                    )
                )

    def not_record(self, case_id: str, key: str) -> bool:
        """The tenant asks that an intake text already in the file is not recorded: it is replaced by
        the not-recorded marker at once, the rest of the intake untouched. `key` is a field key as in
        IntakeInput.not_recorded. False when there was no stored text to remove."""
        if key not in all_not_recordable():
            raise RuleViolation("intake_field_unknown", field=key)
        with self._uow() as uow:
            record: Intake | IntakeDomain | None
            if key.startswith("domain."):
                record = self._domain_rows(uow, case_id).get(key.split(".")[1])
                attribute = "notes"
            else:
                record = uow.session.scalars(
                    select(Intake).where(Intake.case_id == case_id, Intake.deleted.is_(False))
                ).first()
                attribute = key
            if record is None or getattr(record, attribute) in ("", NOT_RECORDED):
                return False
            setattr(record, attribute, NOT_RECORDED)
            return True


def _income_source(stored: str | None) -> IncomeSource | None:
    """A stored income source, None when none was registered (or a newer app's value arrived)."""
    if stored is None or stored not in IncomeSource._value2member_map_:
        return None
    return IncomeSource(stored)
