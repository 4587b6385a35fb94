"""Use cases for the tripartite agreement: prepare a version from the plan in force, sign it, and see
what is missing.

A version is a draft until its first signature; a draft follows the plan (preparing it again rewrites
its text). The first signature freezes the text by its hash. Every later signature must be given on
that same text, which the signing screen proves by handing back the hash of what it showed. When the
plan's landlord-facing part changes after freezing, the signed version stays as it is and a new version
(an addendum) must be prepared and signed by everyone; the older version stays in force until then.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from caseworker_desktop.domain.agreement import (
    AgreementStatus,
    Basis,
    Content,
    Earlier,
    Parties,
    SharedGoal,
    Signer,
    SignerSlot,
    SignMethod,
    TextBlock,
    canonical_text,
    check_can_sign,
    check_signature_facts,
    compose,
    parse_text,
    status_of,
    text_hash,
    verification_code,
)
from caseworker_desktop.domain.consent import landlord_consent_in_force
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.plan import GoalActor
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory, SharingScope
from caseworker_desktop.domain.status import RUNNING, CaseStatus
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.parties import landlord_and_contact, postal_address
from caseworker_desktop.services.plans import conditions_of, consents_of, goals_of, in_force_of
from caseworker_desktop.services.wording import Wording
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import (
    Case,
    Client,
    HouseholdMember,
    ProfileInfo,
    Tenancy,
)
from caseworker_desktop.store.models_agreement import Agreement, AgreementSignature
from caseworker_desktop.store.models_trajectory import Evaluation, PlanVersion
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock, UnitOfWork

EVALUATION_INTERVAL_MONTHS = 3
ADULT_AGE = 18


@dataclass(frozen=True)
class SignatureView:
    slot: str
    name: str
    place: str
    signed_at: datetime  # UTC
    method: SignMethod
    image: bytes


@dataclass(frozen=True)
class AgreementView:
    id: str
    case_id: str
    case_number: str
    number: int
    plan_number: int
    language: str
    text: str
    slots: tuple[SignerSlot, ...]
    signatures: tuple[SignatureView, ...]
    status: AgreementStatus
    in_force_on: date | None
    superseded_on: date | None
    frozen_hash: str | None

    @property
    def blocks(self) -> tuple[TextBlock, ...]:
        return parse_text(self.text)

    @property
    def shown_hash(self) -> str:
        """The hash a signing screen hands back to prove which text it showed."""
        return text_hash(self.text)

    @property
    def verification_code(self) -> str:
        return verification_code(self.id, self.number, self.frozen_hash or self.shown_hash)

    @property
    def missing(self) -> tuple[SignerSlot, ...]:
        done = {s.slot for s in self.signatures}
        return tuple(slot for slot in self.slots if slot.key not in done)

    def signature_for(self, slot_key: str) -> SignatureView | None:
        return next((s for s in self.signatures if s.slot == slot_key), None)


@dataclass(frozen=True)
class AgreementState:
    """What the agreement screen shows for a case."""

    versions: tuple[AgreementView, ...]  # newest first
    in_force: AgreementView | None
    needs_new_version: bool  # the plan's landlord part changed since the latest frozen version
    draft_outdated: bool  # the latest version is a draft whose text no longer matches the plan
    blocked: str | None  # rule code when no agreement can be prepared now
    candidates: tuple[str, ...]  # adult household members who may be co-tenants
    case_number: str

    @property
    def latest(self) -> AgreementView | None:
        return self.versions[0] if self.versions else None


@dataclass(frozen=True)
class NewSignature:
    slot: str
    name: str
    place: str
    method: SignMethod
    image: bytes  # PNG of the drawn ink, or the scan of the signed paper page (PNG or JPEG)
    ink_json: str = ""  # the strokes, for drawn signatures
    ink_blank: bool = False


class AgreementService(StoreService):
    def __init__(
        self,
        store: OpenStore,
        actor: str,
        clock: Clock,
        wording: Wording,
        confirm_passphrase: Callable[[str], None],
    ) -> None:
        super().__init__(store, actor, clock)
        self._wording = wording
        self._confirm = confirm_passphrase

    # --- reading --------------------------------------------------------------------------------------
    def state(self, case_id: str) -> AgreementState:
        with self._uow() as uow:
            rows = self._versions(uow, case_id)
            views = tuple(self._view(uow, row) for row in reversed(rows))
            in_force = next((v for v in views if v.status == AgreementStatus.IN_FORCE), None)
            blocked: str | None = None
            basis: Basis | None = None
            try:
                basis = self._basis(uow, case_id, self._co_tenants(rows))
            except RuleViolation as refused:
                blocked = refused.issue.code
            latest = rows[-1] if rows else None
            needs_new = bool(
                basis and latest and latest.content_hash and latest.basis_hash != basis.fingerprint()
            )
            outdated = False
            if basis and latest and latest.content_hash is None:
                outdated = latest.text != self._compose(uow, case_id, basis, latest.number, latest.language)
            number = uow.session.get_one(Case, case_id).number
            return AgreementState(
                views, in_force, needs_new, outdated, blocked, self._candidates(uow, case_id), number
            )

    def version(self, agreement_id: str) -> AgreementView:
        with self._uow() as uow:
            row = uow.session.get(Agreement, agreement_id)
            if row is None or row.deleted:
                raise RuleViolation("agreement_missing")
            uow.audit(AuditAction.READ, Agreement.kind, row.id)
            return self._view(uow, row)

    def landlord_may_receive(self, case_id: str) -> bool:
        """Whether anything may go to the landlord today: the landlord consent is in force."""
        with self._uow() as uow:
            return landlord_consent_in_force(consents_of(uow.session, case_id), self._today())

    # --- preparing ------------------------------------------------------------------------------------
    def prepare(
        self, case_id: str, language: str, co_tenants: tuple[str, ...] | None = None
    ) -> AgreementView:
        """Write the draft from the plan in force: rewrite the open draft, or start the next version when
        the latest one is frozen and its basis changed."""
        with self._uow() as uow:
            rows = self._versions(uow, case_id)
            chosen = (
                self._co_tenants(rows)
                if co_tenants is None
                else tuple(n.strip() for n in co_tenants if n.strip())
            )
            basis = self._basis(uow, case_id, chosen)
            plan = in_force_of(uow.session, case_id)
            assert plan is not None  # _basis refuses without one
            latest = rows[-1] if rows else None
            if latest is not None and latest.content_hash is None:
                row = latest
            else:
                if (
                    latest is not None
                    and latest.basis_hash == basis.fingerprint()
                    and latest.language == language
                ):
                    raise RuleViolation("agreement_up_to_date")
                row = Agreement(
                    case_id=case_id,
                    number=(latest.number + 1) if latest else 1,
                    scope=SharingScope.LANDLORD.value,
                )
                self._give_up_unfinished(uow, rows)
            row.plan_id = plan.id
            row.language = language
            row.basis_hash = basis.fingerprint()
            row.signers = json.dumps([[s.key, s.signer.value, s.name] for s in basis.parties.slots()])
            row.text = self._compose(uow, case_id, basis, row.number, language)
            uow.add(row)
            uow.session.flush()
            return self._view(uow, row)

    def discard_draft(self, agreement_id: str) -> None:
        with self._uow() as uow:
            row = uow.session.get_one(Agreement, agreement_id)
            if row.content_hash is not None:
                raise RuleViolation("agreement_frozen")
            uow.tombstone(row)

    # --- signing --------------------------------------------------------------------------------------
    def sign(
        self, agreement_id: str, shown_hash: str, signature: NewSignature, passphrase: str
    ) -> AgreementView:
        """Record one party's signature, after the counsellor confirmed it is really them at the laptop."""
        self._confirm(passphrase)  # raises WrongPassphrase or MustWait; nothing is written then
        with self._uow() as uow:
            row = uow.session.get(Agreement, agreement_id)
            if row is None or row.deleted:
                raise RuleViolation("agreement_missing")
            case = uow.session.get_one(Case, row.case_id)
            if CaseStatus(case.status) not in RUNNING:
                raise RuleViolation("agreement_case_not_running")
            if not landlord_consent_in_force(consents_of(uow.session, row.case_id), self._today()):
                raise RuleViolation("landlord_consent_missing")
            slots = _slots(row)
            signed = [s.slot for s in self._signatures(uow, row.id)]
            check_can_sign(
                signature.slot,
                [s.key for s in slots],
                signed,
                row.superseded_on is not None,
                shown_hash,
                row.text,
            )
            check_signature_facts(
                signature.name, signature.place, signature.method, signature.image, signature.ink_blank
            )
            now = self._clock()
            if row.content_hash is None:
                row.content_hash = text_hash(row.text)
                row.frozen_at = now
            uow.add(
                AgreementSignature(
                    agreement_id=row.id,
                    slot=signature.slot,
                    name=signature.name.strip(),
                    place=signature.place.strip(),
                    signed_at=now,
                    method=signature.method.value,
                    image=signature.image,
                    ink=signature.ink_json if signature.method == SignMethod.DRAWN else "",
                    content_hash=row.content_hash,
                    scope=SharingScope.LANDLORD.value,
                )
            )
            signed.append(signature.slot)
            if status_of([s.key for s in slots], signed, False) == AgreementStatus.IN_FORCE:
                row.in_force_on = self._today()
                self._supersede_older(uow, row)
            uow.add(row)
            uow.session.flush()
            return self._view(uow, row)

    # --- helpers --------------------------------------------------------------------------------------
    def _versions(self, uow: UnitOfWork, case_id: str) -> list[Agreement]:
        return list(
            uow.session.scalars(
                select(Agreement)
                .where(Agreement.case_id == case_id, Agreement.deleted.is_(False))
                .order_by(Agreement.number)
            )
        )

    def _signatures(self, uow: UnitOfWork, agreement_id: str) -> list[AgreementSignature]:
        return list(
            uow.session.scalars(
                select(AgreementSignature)
                .where(AgreementSignature.agreement_id == agreement_id, AgreementSignature.deleted.is_(False))
                .order_by(AgreementSignature.signed_at)
            )
        )

    def _give_up_unfinished(self, uow: UnitOfWork, rows: list[Agreement]) -> None:
        """A partly signed version that a new one replaces can never come into force."""
        for row in rows:
            if row.content_hash is not None and row.in_force_on is None and row.superseded_on is None:
                row.superseded_on = self._today()
                uow.add(row)

    def _supersede_older(self, uow: UnitOfWork, current: Agreement) -> None:
        for row in self._versions(uow, current.case_id):
            if row.number < current.number and row.superseded_on is None:
                row.superseded_on = self._today()
                uow.add(row)

    def _co_tenants(self, rows: list[Agreement]) -> tuple[str, ...]:
        if not rows:
            return ()
        return tuple(
            name for _, signer, name in json.loads(rows[-1].signers) if signer == Signer.CO_TENANT.value
        )

    def _candidates(self, uow: UnitOfWork, case_id: str) -> tuple[str, ...]:
        case = uow.session.get_one(Case, case_id)
        year = self._today().year
        members = uow.session.scalars(
            select(HouseholdMember).where(
                HouseholdMember.client_id == case.client_id, HouseholdMember.deleted.is_(False)
            )
        )
        return tuple(
            f"{m.first_name} {m.last_name}".strip()
            for m in members
            if m.birth_year is None or year - m.birth_year >= ADULT_AGE
        )

    def _basis(self, uow: UnitOfWork, case_id: str, co_tenants: tuple[str, ...]) -> Basis:
        session = uow.session
        case = session.get_one(Case, case_id)
        if CaseStatus(case.status) not in RUNNING:
            raise RuleViolation("agreement_case_not_running")
        if not landlord_consent_in_force(consents_of(session, case_id), self._today()):
            raise RuleViolation("landlord_consent_missing")
        plan = in_force_of(session, case_id)
        if plan is None:
            raise RuleViolation("plan_not_agreed")
        tenancy = session.scalars(select(Tenancy).where(Tenancy.case_id == case_id)).first()
        if tenancy is None:
            raise RuleViolation("agreement_needs_landlord")
        landlord, contact = landlord_and_contact(session, tenancy)
        if landlord is None:
            raise RuleViolation("agreement_needs_landlord")
        if contact is None:
            raise RuleViolation("agreement_needs_landlord_contact")
        client = session.get_one(Client, case.client_id)
        info = session.scalars(select(ProfileInfo)).one()
        parties = Parties(
            tenant=f"{client.first_name} {client.last_name}".strip(),
            co_tenants=co_tenants,
            address=postal_address(client),
            landlord=landlord.name,
            landlord_contact=contact.name,
            landlord_contact_details=", ".join(p for p in (contact.phone, contact.email) if p),
            counsellor=case.counsellor_name or info.display_name,
            organisation=info.organisation,
        )
        # Landlord-shared goals only, and never special-category ones even if mis-flagged.
        goals = tuple(
            SharedGoal(g.description, g.measure, g.deadline, GoalActor(g.actor))
            for g in goals_of(session, plan.id)
            if g.landlord_shared and DataCategory(g.category) not in SPECIAL_CATEGORIES
        )
        conditions = tuple(c.text for c in conditions_of(session, plan.id))
        return Basis(parties, goals, conditions)

    def _compose(self, uow: UnitOfWork, case_id: str, basis: Basis, number: int, language: str) -> str:
        session = uow.session
        case = session.get_one(Case, case_id)
        plan = in_force_of(session, case_id)
        assert plan is not None
        today = self._today()
        evaluations = tuple(
            session.scalars(
                select(Evaluation.planned_on)
                .where(
                    Evaluation.case_id == case_id,
                    Evaluation.deleted.is_(False),
                    Evaluation.held_on.is_(None),
                    Evaluation.planned_on >= today,
                )
                .order_by(Evaluation.planned_on)
            )
        )
        earlier = self._earlier(uow, case_id, number)
        content = Content(
            basis=basis,
            case_number=case.number,
            number=number,
            plan_number=plan.number,
            evaluation_dates=evaluations,
            interval_months=EVALUATION_INTERVAL_MONTHS,
            replaces=earlier,
        )
        return canonical_text(compose(self._wording.load("agreement", language), content))

    def _earlier(self, uow: UnitOfWork, case_id: str, number: int) -> Earlier | None:
        in_force = [
            r for r in self._versions(uow, case_id) if r.number < number and r.in_force_on is not None
        ]
        if not in_force:
            return None
        return Earlier(in_force[-1].number, in_force[-1].in_force_on)

    def _view(self, uow: UnitOfWork, row: Agreement) -> AgreementView:
        case = uow.session.get_one(Case, row.case_id)
        plan = uow.session.get_one(PlanVersion, row.plan_id)
        slots = _slots(row)
        signatures = tuple(
            SignatureView(s.slot, s.name, s.place, s.signed_at, SignMethod(s.method), s.image)
            for s in self._signatures(uow, row.id)
        )
        return AgreementView(
            id=row.id,
            case_id=row.case_id,
            case_number=case.number,
            number=row.number,
            plan_number=plan.number,
            language=row.language,
            text=row.text,
            slots=slots,
            signatures=signatures,
            status=status_of(
                [s.key for s in slots], [s.slot for s in signatures], row.superseded_on is not None
            ),
            in_force_on=row.in_force_on,
            superseded_on=row.superseded_on,
            frozen_hash=row.content_hash,
        )


def _slots(row: Agreement) -> tuple[SignerSlot, ...]:
    return tuple(SignerSlot(key, Signer(signer), name) for key, signer, name in json.loads(row.signers))
