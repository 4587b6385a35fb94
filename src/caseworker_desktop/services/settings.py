"""Per-profile settings, kept inside the encrypted file."""

from __future__ import annotations

from sqlalchemy import select

from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.models import Setting

AUTO_LOCK_MINUTES = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
MIN_AUTO_LOCK, MAX_AUTO_LOCK = 1, 120


class SettingsService(StoreService):
    def _get(self, key: str) -> str | None:
        with self._uow() as uow:
            return uow.session.scalars(select(Setting.value).where(Setting.key == key)).first()

    def _set(self, key: str, value: str) -> None:
        with self._uow() as uow:
            uow.session.merge(Setting(key=key, value=value))

    def auto_lock_minutes(self) -> int:
        raw = self._get(AUTO_LOCK_MINUTES)
        if not (raw and raw.isdigit()):
            return DEFAULT_AUTO_LOCK_MINUTES
        return max(MIN_AUTO_LOCK, min(MAX_AUTO_LOCK, int(raw)))

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self._set(AUTO_LOCK_MINUTES, str(max(MIN_AUTO_LOCK, min(MAX_AUTO_LOCK, minutes))))
