"""Per-profile settings, kept inside the encrypted file."""

from __future__ import annotations

import base64
import binascii

from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.models import Setting

AUTO_LOCK_MINUTES = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
MIN_AUTO_LOCK, MAX_AUTO_LOCK = 1, 120
ORGANISATION_LOGO = "organisation_logo"
ORGANISATION_LINES = "organisation_lines"
LOGO_MAX_BYTES = 2_000_000
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


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

    # --- letterhead of the printed documents -------------------------------------------------------------
    def organisation_logo(self) -> bytes | None:
        raw = self._get(ORGANISATION_LOGO)
        if not raw:
            return None
        try:
            return base64.b64decode(raw, validate=True)
        except binascii.Error:
            return None

    def set_organisation_logo(self, image: bytes | None) -> None:
        """A PNG or JPEG of at most 2 MB; None removes it (documents then show a plain mark)."""
        if image is not None:
            if len(image) > LOGO_MAX_BYTES:
                raise RuleViolation("logo_too_large", limit_kb=LOGO_MAX_BYTES // 1000)
            if not image.startswith(_IMAGE_MAGIC):
                raise RuleViolation("logo_not_an_image")
        self._set(ORGANISATION_LOGO, base64.b64encode(image).decode("ascii") if image else "")

    def organisation_lines(self) -> tuple[str, ...]:
        """Address, phone … printed under the organisation's name on every document."""
        raw = self._get(ORGANISATION_LINES) or ""
        return tuple(line for line in raw.split("\n") if line.strip())

    def set_organisation_lines(self, lines: tuple[str, ...]) -> None:
        self._set(ORGANISATION_LINES, "\n".join(line.strip() for line in lines if line.strip())[:600])
