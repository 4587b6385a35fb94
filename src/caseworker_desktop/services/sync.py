"""Joining a team, syncing, and the conflicts a sync leaves for the user.

The status never guesses: it is what the last attempt and the store say (last success, the last error
as a code, what waits in the outbox, what waits for a team consent, open conflicts). Keys and the device
token live in the encrypted store only.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import func, select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.protocol import (
    Approval,
    DeviceInfo,
    DeviceStatus,
    EnrolRequest,
    Role,
    TeamKeyUpload,
    fingerprint,
)
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.models import Case, Client
from caseworker_desktop.store.models_sync import SyncConflict, SyncMeta
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock
from caseworker_desktop.sync.crypto import new_device_key, new_team_key, unwrap_team_key, wrap_team_key
from caseworker_desktop.sync.engine import SyncEngine, SyncReport, TeamKeys, unpushed
from caseworker_desktop.sync.records import MODELS, write_payload
from caseworker_desktop.sync.transport import TIMEOUT, HttpTransport, SyncError, allowed_address

ClientFactory = Callable[[str], httpx.Client]
OFFLINE_CODES = frozenset({"offline", "timeout"})


_clients: dict[str, httpx.Client] = {}
_clients_lock = threading.Lock()


def default_client(server: str) -> httpx.Client:
    """One client per server address for the whole process. Making a client loads the certificate
    store (tens of milliseconds: more than a whole sync with nothing to do), and a kept-alive
    connection spares every later sync its connection set-up."""
    with _clients_lock:
        client = _clients.get(server)
        if client is None or client.is_closed:
            client = _clients[server] = httpx.Client(base_url=server, follow_redirects=False, timeout=TIMEOUT)
        return client


@dataclass(frozen=True)
class SyncStatus:
    joined: bool
    server: str
    team: str
    organisation: str
    role: Role | None
    device_status: DeviceStatus | None
    fingerprint: str
    has_team_key: bool
    last_success: datetime | None
    last_attempt: datetime | None
    last_error: str | None  # a SyncError code of the last attempt, None when it succeeded
    pending: int
    conflicts: int
    # Of the pending records, those the last successful sync kept back because the tenant was not yet
    # told about sharing with the team (never more than are pending now).
    held_back: int = 0

    @property
    def offline(self) -> bool:
        return self.last_error in OFFLINE_CODES

    @property
    def can_sync(self) -> bool:
        return self.joined and self.has_team_key and self.device_status == DeviceStatus.APPROVED


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    record_id: str
    case_id: str | None
    case_number: str
    client_name: str
    field: str
    local_value: Any
    remote_value: Any
    local_author: str
    local_at: datetime | None
    remote_author: str
    remote_at: datetime | None


class SyncService(StoreService):
    def __init__(
        self, store: OpenStore, actor: str, clock: Clock, client_factory: ClientFactory = default_client
    ) -> None:
        super().__init__(store, actor, clock)
        self._client_factory = client_factory
        self._lock = threading.Lock()  # one sync at a time, whether started by hand or by the timer

    # --- status ---------------------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        meta = self._meta()
        pending = unpushed(self._store, self._clock)
        with self._uow() as uow:
            conflicts = uow.session.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
            )
        return SyncStatus(
            joined="device_id" in meta,
            server=meta.get("server", ""),
            team=meta.get("team_name", ""),
            organisation=meta.get("organisation", ""),
            role=Role(meta["role"]) if "role" in meta else None,
            device_status=DeviceStatus(meta["status"]) if "status" in meta else None,
            fingerprint=meta.get("fingerprint", ""),
            has_team_key="team_key" in meta,
            last_success=_time(meta.get("last_success")),
            last_attempt=_time(meta.get("last_attempt")),
            last_error=meta.get("last_error") or None,
            pending=pending,
            conflicts=int(conflicts or 0),
            held_back=min(int(meta.get("held_back") or 0), pending),
        )

    # --- joining --------------------------------------------------------------------------------------
    def join(self, server: str, code: str, device_name: str) -> SyncStatus:
        server = server.strip().rstrip("/")
        if not allowed_address(server):
            raise RuleViolation("sync_address_not_allowed")
        if "device_id" in self._meta():
            raise RuleViolation("sync_already_joined")
        private, public = new_device_key()
        transport = HttpTransport(self._client_factory(server))
        answer = transport.enrol(
            EnrolRequest(
                code=code.strip().upper(),
                device_name=device_name.strip()[:100] or "laptop",
                public_key=base64.b64encode(public).decode("ascii"),
            )
        )
        values = {
            "server": server,
            "device_id": answer.device_id,
            "token": answer.token,
            "device_private": base64.b64encode(private).decode("ascii"),
            "team_id": answer.team_id,
            "team_name": answer.team_name,
            "organisation": answer.organisation,
            "worker_id": answer.worker_id,
            "role": answer.role.value,
            "status": answer.status.value,
            "fingerprint": fingerprint(public),
        }
        self._set_meta(values)
        return self.refresh()

    def refresh(self) -> SyncStatus:
        """Ask the server where this device stands; pick up the team key once approved. The team
        leader's first device makes the team key and keeps it wrapped for itself."""
        meta = self._meta()
        if "device_id" not in meta:
            return self.status()
        transport = self._transport(meta)
        try:
            me = transport.me()
        except SyncError as failed:
            self._record_attempt(failed.code)
            raise
        updates = {"status": me.status.value, "role": me.role.value, "team_name": me.team_name}
        private = base64.b64decode(meta["device_private"])
        if me.status == DeviceStatus.APPROVED and "team_key" not in meta:
            if me.wrapped_key:
                updates["team_key"] = base64.b64encode(unwrap_team_key(me.wrapped_key, private)).decode(
                    "ascii"
                )
            elif me.role == Role.TEAM_LEADER and not me.team_key_ready:
                key = new_team_key()
                public = base64.b64decode(self._own_public(private))
                transport.upload_team_key(TeamKeyUpload(wrapped_key=wrap_team_key(key, public)))
                updates["team_key"] = base64.b64encode(key).decode("ascii")
        self._set_meta(updates)
        return self.status()

    # --- syncing ----------------------------------------------------------------------------------------
    def sync_now(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        with self._lock:
            meta = self._meta()
            if "device_id" not in meta:
                raise RuleViolation("sync_not_joined")
            if "team_key" not in meta:
                self.refresh()
                meta = self._meta()
                if "team_key" not in meta:
                    raise SyncError("device_pending")
            keys = TeamKeys(meta["team_id"], base64.b64decode(meta["team_key"]), meta["device_id"])
            engine = SyncEngine(self._store, self._clock, keys, self._transport(meta))
            try:
                report = engine.sync(progress)
            except SyncError as failed:
                if failed.code == "device_revoked":
                    self._set_meta({"status": DeviceStatus.REVOKED.value})
                self._record_attempt(failed.code)
                raise
            self._record_attempt(None, held_back=report.held_back)
            return report

    # --- conflicts --------------------------------------------------------------------------------------
    def conflicts(self) -> tuple[ConflictView, ...]:
        with self._uow() as uow:
            session = uow.session
            rows = session.scalars(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.detected_at)
            ).all()
            views = []
            for row in rows:
                case = session.get(Case, row.case_id) if row.case_id else None
                client = session.get(Client, case.client_id) if case else None
                views.append(
                    ConflictView(
                        id=row.id,
                        kind=row.kind,
                        record_id=row.record_id,
                        case_id=row.case_id,
                        case_number=case.number if case else "",
                        client_name=f"{client.first_name} {client.last_name}" if client else "",
                        field=row.field,
                        local_value=json.loads(row.local_value),
                        remote_value=json.loads(row.remote_value),
                        local_author=row.local_author,
                        local_at=row.local_at,
                        remote_author=row.remote_author,
                        remote_at=row.remote_at,
                    )
                )
            return tuple(views)

    def resolve(self, conflict_id: str, keep: str) -> None:
        """Keep this laptop's value ('local') or take the other device's ('remote'); the record then
        goes out with the next sync."""
        if keep not in ("local", "remote"):
            raise ValueError(keep)
        with self._uow() as uow:
            session = uow.session
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise RuleViolation("sync_conflict_gone")
            if keep == "remote":
                row = session.get(MODELS[conflict.kind], conflict.record_id)
                if row is not None:
                    write_payload(row, {conflict.field: json.loads(conflict.remote_value)})
            else:
                # Touch the record so it goes out again even if its earlier edits were already sent.
                row = session.get(MODELS[conflict.kind], conflict.record_id)
                if row is not None:
                    session.add(row)
                    row.updated_at = self._clock()
            conflict.resolved_at = self._clock()
            conflict.resolution = keep

    # --- the team leader's side -------------------------------------------------------------------------
    def devices(self) -> tuple[DeviceInfo, ...]:
        return tuple(self._transport(self._meta()).devices().devices)

    def approve(self, device: DeviceInfo, fingerprint_seen: str) -> DeviceInfo:
        """Give a device the team key, after the leader compared the fingerprint on both screens."""
        if _normalised(fingerprint_seen) != _normalised(device.fingerprint):
            raise RuleViolation("sync_fingerprint_mismatch")
        if _normalised(fingerprint(base64.b64decode(device.public_key))) != _normalised(device.fingerprint):
            raise RuleViolation("sync_fingerprint_mismatch")  # the server's list does not add up
        meta = self._meta()
        if "team_key" not in meta:
            raise RuleViolation("sync_no_team_key")
        wrapped = wrap_team_key(base64.b64decode(meta["team_key"]), base64.b64decode(device.public_key))
        return self._transport(meta).approve(device.device_id, Approval(wrapped_key=wrapped))

    def revoke(self, device_id: str) -> DeviceInfo:
        return self._transport(self._meta()).revoke(device_id)

    # --- helpers --------------------------------------------------------------------------------------
    def _transport(self, meta: dict[str, str]) -> HttpTransport:
        if "server" not in meta:
            raise RuleViolation("sync_not_joined")
        return HttpTransport(self._client_factory(meta["server"]), meta.get("token"))

    def _own_public(self, private: bytes) -> str:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        public = X25519PrivateKey.from_private_bytes(private).public_key()
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def _meta(self) -> dict[str, str]:
        with self._uow() as uow:
            return {row.key: row.value for row in uow.session.scalars(select(SyncMeta))}

    def _set_meta(self, values: dict[str, str]) -> None:
        with self._uow() as uow:
            for key, value in values.items():
                uow.session.merge(SyncMeta(key=key, value=value))

    def _record_attempt(self, error: str | None, held_back: int = 0) -> None:
        now = self._clock().isoformat()
        values = {"last_attempt": now, "last_error": error or ""}
        if error is None:
            values["last_success"] = now
            values["held_back"] = str(held_back)
        self._set_meta(values)


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _normalised(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())
