"""Registering a referral, reading and editing it, and moving the case through its states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.fields import format_cents
from caseworker_desktop.domain.partners import LANDLORD_KINDS, PartnerKind
from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    Referral,
    ReferralInput,
    ReferralSource,
    Relation,
    validate_referral,
)
from caseworker_desktop.domain.status import (
    CaseStatus,
    ClosingReason,
    allowed_next,
    check_reopen,
)
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.case_status import transition
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import (
    Case,
    Client,
    ContactPerson,
    HouseholdMember,
    Partner,
    ProfileInfo,
    ReferralRecord,
    StatusChange,
    Tenancy,
)
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock, UnitOfWork


@dataclass(frozen=True)
class StatusEvent:
    at: date
    from_status: CaseStatus | None
    to_status: CaseStatus
    reason: ClosingReason | None
    motivation: str


@dataclass(frozen=True)
class CaseDetail:
    id: str
    number: str
    status: CaseStatus
    counsellor: str
    previous_case_id: str | None
    previous_case_number: str | None
    closing_reason: ClosingReason | None
    referral: ReferralInput
    allowed_next: frozenset[CaseStatus]
    history: tuple[StatusEvent, ...]


def _problems_text(problems: frozenset[Problem]) -> str:
    return ",".join(sorted(p.value for p in problems))


class ReferralService(StoreService):
    def __init__(self, store: OpenStore, actor: str, actor_name: str, clock: Clock) -> None:
        super().__init__(store, actor, clock)
        self._actor_name = actor_name

    def _next_number(self, uow: UnitOfWork) -> str:
        info = uow.session.get_one(ProfileInfo, 1)
        info.case_counter += 1
        # The device code keeps numbers made offline on two laptops from colliding.
        return f"{self._today().year}-{info.case_counter:04d}-{info.device_code}"

    def register(self, data: ReferralInput) -> str:
        """Validate and store a new referral; returns the new case id."""
        referral = validate_referral(data, self._today())
        with self._uow() as uow:
            self._check_landlord(uow, referral.landlord_id, referral.landlord_contact_id)
            client = Client(first_name=referral.first_name, last_name=referral.last_name)
            uow.add(client)
            uow.session.flush()
            case = Case(
                number=self._next_number(uow),
                client_id=client.id,
                status=CaseStatus.REFERRED.value,
                counsellor_id=self._actor,
                counsellor_name=self._actor_name,
                referral_date=referral.referral_date,
                status_changed_at=self._clock(),
            )
            uow.add(case)
            uow.session.flush()
            uow.add(
                ReferralRecord(
                    case_id=case.id,
                    source=referral.source.value,
                    problems=_problems_text(referral.problems),
                )
            )
            uow.add(Tenancy(case_id=case.id, landlord_id=referral.landlord_id))
            uow.add(StatusChange(case_id=case.id, from_status=None, to_status=CaseStatus.REFERRED.value))
            uow.session.flush()
            self._apply(uow, case, referral)
            return case.id

    def update(self, case_id: str, data: ReferralInput) -> None:
        referral = validate_referral(data, self._today())
        with self._uow() as uow:
            self._check_landlord(uow, referral.landlord_id, referral.landlord_contact_id)
            self._apply(uow, uow.session.get_one(Case, case_id), referral)

    def _check_landlord(self, uow: UnitOfWork, landlord_id: str, contact_id: str | None) -> None:
        landlord = uow.session.get(Partner, landlord_id)
        if landlord is None or landlord.deleted:
            raise RuleViolation("landlord_unknown")
        if PartnerKind(landlord.partner_kind) not in LANDLORD_KINDS:
            raise RuleViolation("landlord_not_a_landlord")
        if contact_id is not None:
            contact = uow.session.get(ContactPerson, contact_id)
            if contact is None or contact.deleted or contact.partner_id != landlord_id:
                raise RuleViolation("landlord_contact_unknown")

    def _apply(self, uow: UnitOfWork, case: Case, referral: Referral) -> None:
        session = uow.session
        client = session.get_one(Client, case.client_id)
        client.first_name = referral.first_name
        client.last_name = referral.last_name
        nrn = referral.national_number
        client.national_number = nrn.digits if nrn else ""
        client.birth_date = nrn.birth_date if nrn else None
        client.phone = referral.phone
        client.email = referral.email
        client.street = referral.street
        client.house_number = referral.house_number
        client.box = referral.box
        client.postcode = referral.postcode
        client.municipality = referral.municipality

        existing = {
            m.id: m
            for m in session.scalars(
                select(HouseholdMember).where(
                    HouseholdMember.client_id == client.id, HouseholdMember.deleted.is_(False)
                )
            )
        }
        kept: set[str] = set()
        for member in referral.household:
            record = existing.get(member.id or "")
            if record is None:
                record = HouseholdMember(
                    client_id=client.id,
                    first_name=member.first_name,
                    relation=member.relation.value,
                )
                uow.add(record)
            else:
                kept.add(record.id)
            record.first_name = member.first_name
            record.last_name = member.last_name
            record.relation = member.relation.value
            record.birth_year = member.birth_year
        for member_id, record in existing.items():
            if member_id not in kept:
                uow.tombstone(record)

        case.referral_date = referral.referral_date
        case.next_date = referral.next_date

        referral_record = session.scalars(
            select(ReferralRecord).where(ReferralRecord.case_id == case.id)
        ).one()
        referral_record.source = referral.source.value
        referral_record.referrer_name = referral.referrer_name
        referral_record.referrer_contact = referral.referrer_contact
        referral_record.problems = _problems_text(referral.problems)
        referral_record.steps_taken = referral.steps_taken
        referral_record.question = referral.question
        referral_record.eviction_procedure = referral.eviction_procedure

        tenancy = session.scalars(select(Tenancy).where(Tenancy.case_id == case.id)).one()
        tenancy.landlord_id = referral.landlord_id
        tenancy.landlord_contact_id = referral.landlord_contact_id
        tenancy.monthly_rent_cents = referral.monthly_rent_cents
        tenancy.arrears_cents = referral.arrears_cents
        tenancy.arrears_months = referral.arrears_months

    def load(self, case_id: str) -> CaseDetail:
        """The case as the referral form shows it; the read is written to the audit trail."""
        with self._uow() as uow:
            session = uow.session
            case = session.get_one(Case, case_id)
            client = session.get_one(Client, case.client_id)
            record = session.scalars(select(ReferralRecord).where(ReferralRecord.case_id == case.id)).one()
            tenancy = session.scalars(select(Tenancy).where(Tenancy.case_id == case.id)).one()
            members = session.scalars(
                select(HouseholdMember)
                .where(HouseholdMember.client_id == client.id, HouseholdMember.deleted.is_(False))
                .order_by(HouseholdMember.created_at, literal_column("household_member.rowid"))
            ).all()
            history = session.scalars(
                select(StatusChange)
                .where(StatusChange.case_id == case.id)
                # Changes made within one clock tick keep the order they were written in.
                .order_by(StatusChange.created_at, literal_column("status_change.rowid"))
            ).all()
            previous = session.get(Case, case.previous_case_id) if case.previous_case_id else None
            uow.audit(AuditAction.READ, "case", case.id)
            uow.audit(AuditAction.READ, "client", client.id)
            data = ReferralInput(
                first_name=client.first_name,
                last_name=client.last_name,
                national_number=client.national_number,
                phone=client.phone,
                email=client.email,
                street=client.street,
                house_number=client.house_number,
                box=client.box,
                postcode=client.postcode,
                municipality=client.municipality,
                household=[
                    HouseholdMemberInput(
                        m.first_name,
                        m.last_name,
                        Relation(m.relation),
                        str(m.birth_year) if m.birth_year else "",
                        m.id,
                    )
                    for m in members
                ],
                landlord_id=tenancy.landlord_id,
                landlord_contact_id=tenancy.landlord_contact_id,
                monthly_rent=format_cents(tenancy.monthly_rent_cents),
                arrears_amount=format_cents(tenancy.arrears_cents),
                arrears_months=str(tenancy.arrears_months) if tenancy.arrears_months is not None else "",
                referral_date=case.referral_date,
                source=ReferralSource(record.source),
                referrer_name=record.referrer_name,
                referrer_contact=record.referrer_contact,
                problems={Problem(p) for p in record.problems.split(",") if p},
                steps_taken=record.steps_taken,
                question=record.question,
                eviction_procedure=record.eviction_procedure,
                next_date=case.next_date,
            )
            status = CaseStatus(case.status)
            return CaseDetail(
                id=case.id,
                number=case.number,
                status=status,
                counsellor=case.counsellor_name,
                previous_case_id=case.previous_case_id,
                previous_case_number=previous.number if previous else None,
                closing_reason=ClosingReason(case.closing_reason) if case.closing_reason else None,
                referral=data,
                allowed_next=allowed_next(status),
                history=tuple(
                    StatusEvent(
                        at=h.effective_on or (h.created_at or self._clock()).date(),
                        from_status=CaseStatus(h.from_status) if h.from_status else None,
                        to_status=CaseStatus(h.to_status),
                        reason=ClosingReason(h.reason) if h.reason else None,
                        motivation=h.motivation,
                    )
                    for h in history
                ),
            )

    def change_status(
        self,
        case_id: str,
        target: CaseStatus,
        *,
        reason: ClosingReason | None = None,
        motivation: str = "",
        effective_on: date | None = None,
    ) -> None:
        with self._uow() as uow:
            transition(uow, case_id, target, reason=reason, motivation=motivation, effective_on=effective_on)

    def reopen(self, case_id: str) -> str:
        """Relapse: a new episode for the same client, linked to the earlier one."""
        with self._uow() as uow:
            session = uow.session
            old = session.get_one(Case, case_id)
            check_reopen(CaseStatus(old.status))
            old_referral = session.scalars(
                select(ReferralRecord).where(ReferralRecord.case_id == old.id)
            ).one()
            old_tenancy = session.scalars(select(Tenancy).where(Tenancy.case_id == old.id)).one()
            case = Case(
                number=self._next_number(uow),
                client_id=old.client_id,
                status=CaseStatus.REFERRED.value,
                counsellor_id=self._actor,
                counsellor_name=self._actor_name,
                previous_case_id=old.id,
                referral_date=self._today(),
                status_changed_at=self._clock(),
            )
            uow.add(case)
            session.flush()
            uow.add(
                ReferralRecord(
                    case_id=case.id,
                    source=old_referral.source,
                    problems=old_referral.problems,
                    eviction_procedure=old_referral.eviction_procedure,
                )
            )
            uow.add(
                Tenancy(
                    case_id=case.id,
                    landlord_id=old_tenancy.landlord_id,
                    landlord_contact_id=old_tenancy.landlord_contact_id,
                    monthly_rent_cents=old_tenancy.monthly_rent_cents,
                )
            )
            uow.add(StatusChange(case_id=case.id, from_status=None, to_status=CaseStatus.REFERRED.value))
            return case.id
