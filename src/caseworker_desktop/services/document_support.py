"""What every printed document shares: the letterhead, the common wording, and the audit of what
left the application (saved to a file or sent to a printer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from caseworker_desktop.documents.model import Letterhead
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.settings import SettingsService
from caseworker_desktop.services.wording import Wording
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import ProfileInfo
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock


class Output(StrEnum):
    SAVED = "saved"
    PRINTED = "printed"


@dataclass(frozen=True)
class DocumentRef:
    """Which record a document was made from, for the audit trail (never its content)."""

    kind: str  # e.g. "agreement", "plan_version", "evaluation", "closure", "case"
    record_id: str


def date_text(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y")


class DocumentSupport(StoreService):
    def __init__(
        self, store: OpenStore, actor: str, clock: Clock, wording: Wording, settings: SettingsService
    ) -> None:
        super().__init__(store, actor, clock)
        self.wording = wording
        self._settings = settings

    def common(self, language: str) -> dict[str, Any]:
        return self.wording.load("common", language)

    def letterhead(self) -> Letterhead:
        with self._uow() as uow:
            info = uow.session.scalars(select(ProfileInfo)).one()
            organisation = info.organisation
        return Letterhead(
            organisation=organisation,
            logo=self._settings.organisation_logo(),
            lines=self._settings.organisation_lines(),
        )

    def record_output(self, ref: DocumentRef, output: Output) -> None:
        """Every save and every print goes into the audit trail (preview does not: nothing leaves)."""
        action = AuditAction.EXPORT if output == Output.SAVED else AuditAction.PRINT
        with self._uow() as uow:
            uow.audit(action, ref.kind, ref.record_id)
