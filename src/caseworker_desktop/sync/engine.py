"""Push the outbox, pull the team's changes, merge what meets local edits.

Push sends, per record with unpushed changes, its current row sealed with the team key and the server
version it was based on. What the server accepts is marked pushed; a conflict answer carries the
server's current envelope, which is merged like a pulled one. Pull asks for pages after the cursor;
each page and the new cursor are written in one local transaction, so a sync cut off halfway resumes
where it stopped and never applies a page twice.

Secrecy: personal-scope rows never enter the outbox. A case's records wait in the outbox until the
tenant was informed of team sharing (the team consent); directory records travel at once. A record
with an open conflict waits until the user has chosen.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from caseworker_desktop.domain.consent import ConsentRecipient
from caseworker_desktop.domain.merge import merge
from caseworker_desktop.protocol import (
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    Envelope,
    Mutation,
    MutationResult,
    MutationStatus,
    PullPage,
    PushRequest,
    PushResponse,
    aad,
)
from caseworker_desktop.store import audit
from caseworker_desktop.store.models import OutboxEntry, SyncFields
from caseworker_desktop.store.models_sync import SyncConflict, SyncInflight, SyncMeta, SyncParked, SyncRecord
from caseworker_desktop.store.models_trajectory import Consent
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock, UnitOfWork
from caseworker_desktop.sync.crypto import open_sealed, seal
from caseworker_desktop.sync.records import MODELS, case_of, decode, encode, to_payload, write_payload

REMOTE_ACTOR = "sync"
_BY_TABLE = {inspect(model).local_table.name: model for model in MODELS.values()}


class Transport:
    """What the engine needs of the server: push a batch, pull a page. `HttpTransport` does it over
    HTTP; tests may hand in anything with the same two methods."""

    def push(self, request: PushRequest) -> PushResponse:  # pragma: no cover - interface
        raise NotImplementedError

    def pull(self, after: int, limit: int) -> PullPage:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    held_back: int = 0  # records waiting for the tenant's team consent
    rejected: int = 0  # envelopes that did not open (wrong key, tampered): skipped, reported
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TeamKeys:
    team_id: str
    team_key: bytes
    device_id: str


class SyncEngine:
    def __init__(
        self,
        store: OpenStore,
        clock: Clock,
        keys: TeamKeys,
        transport: Transport,
        page_size: int = MAX_PULL_PAGE,
        batch_size: int = MAX_PUSH_BATCH,
    ) -> None:
        self._store = store
        self._clock = clock
        self._keys = keys
        self._transport = transport
        self._page_size = page_size
        self._batch_size = batch_size

    # --- the whole round ------------------------------------------------------------------------------
    def sync(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Push first, so the answers to mutations sent before (and perhaps lost) are settled before
        anything is merged; then pull; then push what the merges left to send."""
        report = SyncReport()
        self.push(report)
        self.pull(report, progress)
        self.push(report)
        return report

    # --- push -----------------------------------------------------------------------------------------
    def push(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        for _round in range(1000):  # a guard: every round settles at least one mutation
            batch = self._next_batch(report)
            if not batch:
                return report
            response = self._transport.push(PushRequest(mutations=[m for m, _ in batch]))
            self._apply_push_results(batch, response.results, report)
        return report

    def _next_batch(self, report: SyncReport) -> list[tuple[Mutation, SyncInflight]]:
        """Up to a batch of mutations: first those sent before without an answer, then the newest
        state of each record with unpushed changes. Each is remembered as in flight before it goes."""
        with self._uow() as uow:
            session = uow.session
            batch: list[tuple[Mutation, SyncInflight]] = []
            inflight = session.scalars(select(SyncInflight).limit(self._batch_size)).all()
            for item in inflight:
                batch.append((Mutation.model_validate_json(item.mutation), item))
            if batch:
                return batch
            pending = session.execute(
                select(
                    OutboxEntry.record_kind, OutboxEntry.record_id, OutboxEntry.mutation_id, OutboxEntry.seq
                )
                .where(OutboxEntry.pushed_at.is_(None))
                .order_by(OutboxEntry.seq)
            ).all()
            latest: dict[tuple[str, str], tuple[str, int]] = {}
            for kind, record_id, mutation_id, seq in pending:
                latest[(kind, record_id)] = (mutation_id, seq)
            consented = _team_consented_cases(session)
            conflicted = set(
                session.scalars(select(SyncConflict.record_id).where(SyncConflict.resolved_at.is_(None)))
            )
            held = 0
            for (kind, record_id), (mutation_id, last_seq) in latest.items():
                model = MODELS.get(kind)
                row = session.get(model, record_id) if model else None
                if row is None:
                    continue
                case_id = case_of(session, row)
                if case_id is not None and case_id not in consented:
                    held += 1
                    continue
                if record_id in conflicted or len(batch) >= self._batch_size:
                    continue
                known = session.get(SyncRecord, (kind, record_id))
                base = known.server_version if known else 0
                payload = to_payload(row)
                ciphertext = seal(
                    self._keys.team_key, encode(payload), aad(self._keys.team_id, record_id, kind, base + 1)
                )
                mutation = Mutation(
                    mutation_id=mutation_id,
                    record_id=record_id,
                    kind=kind,
                    case_id=case_id,
                    base_version=base,
                    deleted=bool(row.deleted),
                    ciphertext=ciphertext,
                )
                item = SyncInflight(
                    kind=kind,
                    record_id=record_id,
                    mutation=mutation.model_dump_json(),
                    payload=encode(payload).decode("utf-8"),
                    last_seq=last_seq,
                )
                session.add(item)
                batch.append((mutation, item))
            report.held_back = held
            return batch

    def _apply_push_results(
        self, batch: list[tuple[Mutation, SyncInflight]], results: list[MutationResult], report: SyncReport
    ) -> None:
        by_id = {result.mutation_id: result for result in results}
        with self._uow() as uow, uow.session.no_autoflush:
            session = uow.session
            uow.applying_remote = True
            now = self._clock()
            for mutation, sent in batch:
                result = by_id.get(mutation.mutation_id)
                item = session.get(SyncInflight, (mutation.kind, mutation.record_id))
                if result is None or item is None:
                    continue
                session.delete(item)
                if result.status == MutationStatus.ACCEPTED and result.version is not None:
                    session.execute(
                        update(OutboxEntry)
                        .where(
                            OutboxEntry.record_kind == mutation.kind,
                            OutboxEntry.record_id == mutation.record_id,
                            OutboxEntry.pushed_at.is_(None),
                            OutboxEntry.seq <= sent.last_seq,
                        )
                        .values(pushed_at=now)
                    )
                    payload = {**json.loads(sent.payload), "version": result.version}
                    known = session.get(SyncRecord, (mutation.kind, mutation.record_id))
                    if known is None or known.server_version < result.version:
                        _remember(session, mutation.kind, mutation.record_id, result.version, payload)
                        row = session.get(MODELS[mutation.kind], mutation.record_id)
                        if row is not None:
                            row.version = result.version
                    report.pushed += 1
                elif result.current is not None:
                    self._apply_envelope(uow, result.current, report)

    # --- pull -----------------------------------------------------------------------------------------
    def pull(
        self, report: SyncReport | None = None, progress: Callable[[int, int], None] | None = None
    ) -> SyncReport:
        report = report or SyncReport()
        while True:
            cursor = self.cursor()
            page = self._transport.pull(cursor, self._page_size)
            if not page.envelopes and page.cursor <= cursor:
                return report
            with self._uow() as uow, uow.session.no_autoflush:
                uow.applying_remote = True
                for envelope in page.envelopes:
                    self._apply_envelope(uow, envelope, report)
                self._unpark(uow, report)
                _set_meta(uow.session, "cursor", str(max(page.cursor, cursor)))
            report.pulled += len(page.envelopes)
            if progress is not None:
                progress(report.pulled, report.pulled + (self._page_size if page.more else 0))
            if not page.more:
                return report

    def cursor(self) -> int:
        with self._uow() as uow:
            value = uow.session.get(SyncMeta, "cursor")
            return int(value.value) if value else 0

    def _apply_envelope(self, uow: UnitOfWork, envelope: Envelope, report: SyncReport) -> None:
        session = uow.session
        model = MODELS.get(envelope.kind)
        if model is None:
            report.notes.append(f"unknown kind {envelope.kind}")
            return
        known = session.get(SyncRecord, (envelope.kind, envelope.record_id))
        if known is not None and known.server_version >= envelope.version:
            return  # our own push coming back, or a page seen before
        try:
            remote = decode(
                open_sealed(
                    self._keys.team_key,
                    envelope.ciphertext,
                    aad(self._keys.team_id, envelope.record_id, envelope.kind, envelope.version),
                )
            )
        except ValueError:
            report.rejected += 1
            return
        remote["id"] = envelope.record_id  # the sealed id must be the routed one (AAD binds it too)
        if _missing_parent(session, model, remote):
            session.merge(
                SyncParked(
                    kind=envelope.kind,
                    record_id=envelope.record_id,
                    envelope=envelope.model_dump_json(),
                    parents=json.dumps(_parent_ids(model, remote)),
                )
            )
            return
        parked = session.get(SyncParked, (envelope.kind, envelope.record_id))
        if parked is not None:
            session.delete(parked)
        row = session.get(model, envelope.record_id)
        pending = _pending(session, envelope.kind, envelope.record_id)
        if row is None:
            row = model()
            write_payload(row, remote)
            session.add(row)
        elif not pending:
            write_payload(row, remote)
        else:
            base = json.loads(known.payload) if known is not None else {}
            local = to_payload(row)
            result = merge(base, local, remote)
            write_payload(row, result.values)
            row.version = envelope.version
            report.merged += 1
            for conflict in result.conflicts:
                self._record_conflict(
                    session, row, envelope, conflict.field, conflict.local, conflict.remote, local
                )
                report.conflicts += 1
            if result.clean and _same(result.values, remote):
                _mark_pushed(session, envelope.kind, envelope.record_id, self._clock())
        row.version = envelope.version
        _remember(session, envelope.kind, envelope.record_id, envelope.version, remote)
        audit.append(
            session,
            at=self._clock(),
            actor=REMOTE_ACTOR,
            action=audit.AuditAction.CHANGE,
            kind=envelope.kind,
            record_id=envelope.record_id,
        )

    def _unpark(self, uow: UnitOfWork, report: SyncReport) -> None:
        """Apply parked records whose parents arrived, until a round brings nothing new."""
        session = uow.session
        while True:
            session.flush()
            parked = session.scalars(select(SyncParked)).all()
            ready = [p for p in parked if not _missing_parent(session, MODELS[p.kind], _routing(p))]
            if not ready:
                return
            for item in ready:
                envelope = Envelope.model_validate_json(item.envelope)
                session.delete(item)
                session.flush()
                self._apply_envelope(uow, envelope, report)

    def _record_conflict(
        self,
        session: Session,
        row: SyncFields,
        envelope: Envelope,
        name: str,
        local: Any,
        remote: Any,
        local_payload: dict[str, Any],
    ) -> None:
        # A newer remote value for a field already in conflict replaces the older one.
        for open_conflict in session.scalars(
            select(SyncConflict).where(
                SyncConflict.record_id == envelope.record_id,
                SyncConflict.field == name,
                SyncConflict.resolved_at.is_(None),
            )
        ):
            open_conflict.resolved_at = self._clock()
            open_conflict.resolution = "replaced"
        session.add(
            SyncConflict(
                id=str(uuid.uuid4()),
                kind=envelope.kind,
                record_id=envelope.record_id,
                case_id=case_of(session, row),
                field=name,
                local_value=json.dumps(local, ensure_ascii=False),
                remote_value=json.dumps(remote, ensure_ascii=False),
                local_author=str(local_payload.get("author") or ""),
                local_at=_parse_time(local_payload.get("updated_at")),
                remote_author=envelope.author,
                remote_at=_parse_time(envelope.updated_at),
                detected_at=self._clock(),
            )
        )

    def _uow(self) -> UnitOfWork:
        return self._store.unit_of_work(REMOTE_ACTOR, self._clock)


# --- helpers ---------------------------------------------------------------------------------------------
def _missing_parent(session: Session, model: type[SyncFields], payload: dict[str, Any]) -> bool:
    """Whether a row would point at a parent this laptop does not have (yet)."""
    for column in inspect(model).columns:
        value = payload.get(column.key)
        if value is None:
            continue
        for key in column.foreign_keys:
            parent = key.column.table.name
            parent_model = _BY_TABLE.get(parent)
            if parent_model is not None and session.get(parent_model, value) is None:
                return True
    return False


def _parent_ids(model: type[SyncFields], payload: dict[str, Any]) -> dict[str, Any]:
    return {c.key: payload.get(c.key) for c in inspect(model).columns if c.foreign_keys}


def _routing(parked: SyncParked) -> dict[str, Any]:
    value = json.loads(parked.parents)
    return value if isinstance(value, dict) else {}


def _team_consented_cases(session: Session) -> set[str]:
    return set(
        session.scalars(
            select(Consent.case_id).where(
                Consent.recipient == ConsentRecipient.TEAM.value,
                Consent.deleted.is_(False),
                Consent.withdrawn_on.is_(None),
            )
        )
    )


def _pending(session: Session, kind: str, record_id: str) -> bool:
    return (
        session.scalars(
            select(OutboxEntry.seq).where(
                OutboxEntry.record_kind == kind,
                OutboxEntry.record_id == record_id,
                OutboxEntry.pushed_at.is_(None),
            )
        ).first()
        is not None
    )


def _mark_pushed(session: Session, kind: str, record_id: str, now: datetime) -> None:
    session.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.record_kind == kind,
            OutboxEntry.record_id == record_id,
            OutboxEntry.pushed_at.is_(None),
        )
        .values(pushed_at=now)
    )


def _remember(session: Session, kind: str, record_id: str, version: int, payload: dict[str, Any]) -> None:
    text = encode(payload).decode("utf-8")
    known = session.get(SyncRecord, (kind, record_id))
    if known is None:
        session.add(SyncRecord(kind=kind, record_id=record_id, server_version=version, payload=text))
    else:
        known.server_version = version
        known.payload = text


def _same(left: dict[str, Any], right: dict[str, Any]) -> bool:
    from caseworker_desktop.domain.merge import BOOKKEEPING

    keys = (set(left) | set(right)) - BOOKKEEPING
    return all(left.get(k) == right.get(k) for k in keys)


def _set_meta(session: Session, key: str, value: str) -> None:
    session.merge(SyncMeta(key=key, value=value))


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)


def unpushed(store: OpenStore, clock: Clock) -> int:
    """How many local changes wait to be pushed (records, not edits)."""
    with store.unit_of_work(REMOTE_ACTOR, clock) as uow:
        rows: Iterable[tuple[str, str]] = uow.session.execute(
            select(OutboxEntry.record_kind, OutboxEntry.record_id)
            .where(OutboxEntry.pushed_at.is_(None))
            .distinct()
        ).all()
        return len(list(rows))
