"""Half-typed forms saved at lock time and handed back after unlock."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.models import Draft


@dataclass(frozen=True)
class SavedDraft:
    key: str
    form: str
    payload: dict[str, Any]


class DraftService(StoreService):
    def save(self, key: str, form: str, payload: dict[str, Any]) -> None:
        with self._uow() as uow:
            uow.session.merge(Draft(key=key, form=form, payload=json.dumps(payload), saved_at=self._clock()))

    def all(self) -> list[SavedDraft]:
        """Drafts stay until their form is saved or discarded, so a crash after unlock loses none."""
        with self._uow() as uow:
            rows = uow.session.scalars(select(Draft).order_by(Draft.saved_at)).all()
            return [SavedDraft(r.key, r.form, json.loads(r.payload)) for r in rows]

    def discard(self, key: str) -> None:
        with self._uow() as uow:
            uow.session.execute(delete(Draft).where(Draft.key == key))
