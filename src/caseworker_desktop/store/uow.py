"""Unit of work: one transaction per use case, with the outbox and audit kept in step.

Every syncable record added, changed or tombstoned inside a unit of work gets its version bumped, its
author and time stamped, an outbox entry and an audit entry, all in the same transaction as the change
itself. Hard deletes of syncable records are refused: a deletion must travel to the other laptops as a
tombstone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from caseworker_desktop.domain.scopes import SharingScope
from caseworker_desktop.store import audit
from caseworker_desktop.store.models import OutboxEntry, SyncFields

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def local_date(utc: datetime) -> date:
    """The calendar day on the laptop for a naive UTC time: just after midnight in Brussels is
    still yesterday in UTC, and a referral typed then is dated today, not in the future."""
    return utc.replace(tzinfo=UTC).astimezone().date()


class HardDeleteRefused(Exception):
    pass


def _changed(session: Session, obj: SyncFields) -> bool:
    return session.is_modified(obj, include_collections=False)


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session], actor: str, clock: Clock) -> None:
        self._factory = factory
        self.actor = actor
        self.clock = clock
        self._session: Session | None = None
        # Set while sync writes what the server sent: those rows keep the server's version and author,
        # and must not go back into the outbox as if typed here.
        self.applying_remote = False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self._session.info["uow"] = self
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if exc_type is None:
                session.commit()  # its flush still needs the cached head of entries not yet written
            else:
                session.rollback()
        finally:
            session.info.pop("audit_head", None)
            session.close()
            self._session = None

    def add(self, record: Any) -> None:
        self.session.add(record)

    def tombstone(self, record: SyncFields) -> None:
        record.deleted = True

    def audit(self, action: audit.AuditAction, kind: str, record_id: str) -> None:
        audit.append(
            self.session,
            at=self.clock(),
            actor=self.actor,
            action=action,
            kind=kind,
            record_id=record_id,
        )


def _stamp(session: Session, _ctx: Any, _instances: Any) -> None:
    uow: UnitOfWork | None = session.info.get("uow")
    if uow is None or uow.applying_remote:
        return
    for obj in list(session.deleted):
        if isinstance(obj, SyncFields):
            raise HardDeleteRefused(f"{obj.kind} records are tombstoned, never deleted")
    now = uow.clock()
    pending: list[tuple[SyncFields, str, int]] = []
    for obj in list(session.new):
        if isinstance(obj, SyncFields):
            if not obj.id:
                obj.id = str(uuid.uuid4())
            # Column defaults only land at INSERT; the outbox needs them now.
            if obj.scope is None:
                obj.scope = SharingScope.CARE_TEAM.value
            if obj.deleted is None:
                obj.deleted = False
            obj.created_at = now
            pending.append((obj, "create", 0))
    for obj in list(session.dirty):
        if isinstance(obj, SyncFields) and _changed(session, obj):
            base = obj.version
            op = "delete" if obj.deleted else "update"
            pending.append((obj, op, base))
    for obj, op, base in pending:
        obj.version = base + 1
        obj.updated_at = now
        obj.author = uow.actor
        if obj.scope == SharingScope.PERSONAL.value:
            continue  # personal working notes never leave this laptop: nothing to push
        session.add(
            OutboxEntry(
                mutation_id=str(uuid.uuid4()),
                record_kind=obj.kind,
                record_id=obj.id,
                base_version=base,
                new_version=obj.version,
                operation=op,
                scope=obj.scope,
                created_at=now,
            )
        )
    for obj, op, _ in pending:
        action = {
            "create": audit.AuditAction.CREATE,
            "update": audit.AuditAction.CHANGE,
            "delete": audit.AuditAction.DELETE,
        }[op]
        audit.append(session, at=now, actor=uow.actor, action=action, kind=obj.kind, record_id=obj.id)


def make_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _stamp)
    return factory
