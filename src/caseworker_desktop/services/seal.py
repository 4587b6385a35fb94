"""The organisation's document seal: its key pair lives in the encrypted store, its certificate also
in a public file beside the profile so that anyone with the profile can check a PDF."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from caseworker_desktop.documents.seal import OrganisationKey, create_organisation_key
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.models import ProfileInfo
from caseworker_desktop.store.models_agreement import OrganisationSeal
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock


class SealService(StoreService):
    def __init__(self, store: OpenStore, actor: str, clock: Clock, certificate_path: Path | None) -> None:
        super().__init__(store, actor, clock)
        self._certificate_path = certificate_path
        self._key: OrganisationKey | None = None

    def key(self) -> OrganisationKey:
        """The seal key, made the first time a profile needs one (profiles older than the seal)."""
        if self._key is None:
            with self._uow() as uow:
                row = uow.session.get(OrganisationSeal, 1)
                if row is None:
                    info = uow.session.scalars(select(ProfileInfo)).one()
                    made = create_organisation_key(info.organisation, info.user_id, self._clock())
                    row = OrganisationSeal(
                        id=1,
                        private_key_pem=made.private_key_pem,
                        certificate_pem=made.certificate_pem,
                        created_at=self._clock(),
                    )
                    uow.session.add(row)
                self._key = OrganisationKey(row.private_key_pem, row.certificate_pem)
            self._publish(self._key.certificate_pem)
        return self._key

    def certificate(self) -> bytes:
        return self.key().certificate_pem

    def _publish(self, certificate: bytes) -> None:
        path = self._certificate_path
        if path is None or (path.is_file() and path.read_bytes() == certificate):
            return
        partial = path.with_suffix(".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(certificate)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
