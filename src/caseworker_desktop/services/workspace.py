"""Everything available while a profile is unlocked; gone again at lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from caseworker_desktop.services.agenda import AgendaService
from caseworker_desktop.services.agreement_documents import AgreementDocumentService
from caseworker_desktop.services.agreements import AgreementService
from caseworker_desktop.services.arrears import ArrearsService
from caseworker_desktop.services.case_documents import CaseDocumentService
from caseworker_desktop.services.caseload import CaseloadService
from caseworker_desktop.services.closure import ClosureService
from caseworker_desktop.services.contacts import ContactService
from caseworker_desktop.services.court import CourtService
from caseworker_desktop.services.document_support import DocumentSupport
from caseworker_desktop.services.drafts import DraftService
from caseworker_desktop.services.engagement import EngagementService
from caseworker_desktop.services.evaluations import EvaluationService
from caseworker_desktop.services.overview import OverviewService
from caseworker_desktop.services.partners import PartnerService
from caseworker_desktop.services.plans import PlanService
from caseworker_desktop.services.referrals import ReferralService
from caseworker_desktop.services.seal import SealService
from caseworker_desktop.services.settings import SettingsService
from caseworker_desktop.services.sync import SyncService
from caseworker_desktop.services.wording import Wording
from caseworker_desktop.store.models import ProfileInfo
from caseworker_desktop.store.profile import OpenStore, Profile
from caseworker_desktop.store.uow import Clock, local_date


@dataclass(frozen=True)
class User:
    user_id: str
    name: str
    organisation: str
    team: str


def _no_confirmation(_passphrase: str) -> None:
    raise RuntimeError("this workspace was opened without a profile to confirm passphrases against")


class Workspace:
    def __init__(
        self,
        store: OpenStore,
        clock: Clock,
        profile: Profile | None = None,
        confirm: Callable[[str], None] | None = None,
    ) -> None:
        self._store = store
        self.clock = clock
        with store.unit_of_work("", clock) as uow:
            info = uow.session.scalars(select(ProfileInfo)).first()
        self.user = (
            User(info.user_id, info.display_name, info.organisation, info.team)
            if info
            else User("", "", "", "")
        )
        self.caseload = CaseloadService(store, self.user.user_id, clock)
        self.referrals = ReferralService(store, self.user.user_id, self.user.name, clock)
        self.partners = PartnerService(store, self.user.user_id, clock)
        self.drafts = DraftService(store, self.user.user_id, clock)
        self.settings = SettingsService(store, self.user.user_id, clock)
        actor = self.user.user_id
        self.engagement = EngagementService(store, actor, clock)
        self.plans = PlanService(store, actor, clock)
        self.evaluations = EvaluationService(store, actor, clock)
        self.contacts = ContactService(store, actor, clock)
        self.closure = ClosureService(store, actor, clock)
        self.court = CourtService(store, actor, clock)
        self.arrears = ArrearsService(store, actor, clock)
        self.agenda = AgendaService(store, actor, clock)
        self.overview = OverviewService(store, actor, clock)
        self.wording = Wording(profile.wording_path if profile else None)
        self.seal = SealService(store, actor, clock, profile.seal_certificate_path if profile else None)
        if confirm is None:
            confirm = profile.confirm_passphrase if profile else _no_confirmation
        self.agreements = AgreementService(store, actor, clock, self.wording, confirm)
        self.document_support = DocumentSupport(store, actor, clock, self.wording, self.settings)
        self.sync = SyncService(store, actor, clock)
        self.case_documents = CaseDocumentService(store, actor, clock, self.document_support, self.plans)
        self.agreement_documents = AgreementDocumentService(self.agreements, self.document_support, self.seal)
        self._closed = False

    def today(self) -> date:
        return local_date(self.clock())

    @property
    def store(self) -> OpenStore:
        return self._store

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            self._store.close()
            self._closed = True
