"""Push the outbox, pull the team's changes, merge what meets local edits.

Push sends, per record with unpushed changes, its current row sealed with the team key and the server
version it was based on. What the server accepts is marked pushed; a conflict answer carries the
server's current envelope, which is merged like a pulled one. Pull asks for pages after the cursor;
each page and the new cursor are written in one local transaction, so a sync cut off halfway resumes
where it stopped and never applies a page twice.

Secrecy: personal-scope rows never enter the outbox. A case's records wait in the outbox until the
tenant was informed of team sharing (the team consent); directory records travel at once. A record
with an open conflict waits until the user has chosen.

Speed: a first sync moves a whole caseload (hundreds of thousands of records), so batches and pages
are read and written a table at a time (one query per table and chunk of ids, plain column values, bulk
inserts and updates) rather than a record at a time through the ORM. The ORM is kept for the rare
paths (a merge with local edits, conflicts, parked records). The rules are the same either way.
"""

from __future__ import annotations

import contextlib
import functools
import json
import uuid
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Column, Table, inspect, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from caseworker_desktop import collector
from caseworker_desktop.domain.consent import ConsentRecipient
from caseworker_desktop.domain.merge import merge
from caseworker_desktop.protocol import (
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    MAX_REQUEST_BYTES,
    Envelope,
    MutationResult,
    MutationStatus,
    OutgoingMutation,
    PullPage,
    PushRequest,
    PushResponse,
    aad,
)
from caseworker_desktop.store import audit
from caseworker_desktop.store.engine import WAL_CHECKPOINT_PAGES, set_wal_threshold
from caseworker_desktop.store.models import AuditEntry, Base, OutboxEntry, SyncFields
from caseworker_desktop.store.models_sync import SyncConflict, SyncMeta, SyncParked, SyncRecord
from caseworker_desktop.store.models_trajectory import Consent
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock, UnitOfWork
from caseworker_desktop.sync import inflight
from caseworker_desktop.sync.crypto import TeamCipher
from caseworker_desktop.sync.records import (
    MODELS,
    among,
    case_of,
    cases_of,
    chunks,
    decode_text,
    encode,
    existing_ids,
    payload_reader,
    payload_writer,
    to_payload,
    write_payload,
)

REMOTE_ACTOR = "sync"
_BY_TABLE = {inspect(model).local_table.name: model for model in MODELS.values()}
# Parents before children, so a page's new rows can be inserted a table at a time.
_TABLE_ORDER = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
# Bulk statements go to the tables themselves: an ORM-enabled statement with many parameter sets would
# take the ORM's bulk-by-primary-key path instead of the WHERE clause written here.
_OUTBOX = Base.metadata.tables[OutboxEntry.__tablename__]
_PARKED = Base.metadata.tables[SyncParked.__tablename__]
_CONFIRMED = Base.metadata.tables[SyncRecord.__tablename__]
_AUDIT = Base.metadata.tables[AuditEntry.__tablename__]
# Rounds that accept nothing (only conflicts, or no answers) before a push gives up until the next sync.
_IDLE_ROUNDS = 1000


class Transport:
    """What the engine needs of the server: push a batch, pull a page. `HttpTransport` does it over
    HTTP; tests may hand in anything with the same two methods."""

    def push(self, request: PushRequest) -> PushResponse:  # pragma: no cover - interface
        raise NotImplementedError

    def push_batch(self, mutations: Sequence[OutgoingMutation]) -> PushResponse:
        """Push as the engine calls it. A transport that writes the request itself (HttpTransport)
        overrides this and skips the models; this default builds and validates them."""
        return self.push(PushRequest(mutations=[mutation.message() for mutation in mutations]))

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


class _Sent(NamedTuple):
    """A mutation on its way, and what to remember once the server accepts it."""

    mutation: OutgoingMutation
    payload: str  # the row as sealed, JSON
    last_seq: int  # the newest outbox entry it covers
    version: int | None  # the row's local version in `payload`, when known without parsing it
    fresh: bool  # made in this push (its base version is what is confirmed), not in flight before
    slot: int  # its row in flight (see inflight)


@dataclass
class _Plan:
    """Records with unpushed changes from the last full look at the outbox, not offered yet.

    One look serves many batches: reading the whole outbox for every batch of a first push would
    read it hundreds of times over. Each batch still reads the newest entry of its own records."""

    queue: deque[tuple[str, str]] = field(default_factory=deque)
    leftover: deque[_Sent] | None = None  # in flight, to be sent again before anything new
    latest: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # (mutation id, seq)
    looked_up_to: int = 0  # the newest outbox entry the look saw
    held: int = 0
    next_slot: int = 1

    def take_back(self, batch: list[_Sent]) -> None:
        """A batch made but not sent is first in line again (a mutation already in flight is sent
        again as it was: it may have reached the server)."""
        self.queue.extendleft(reversed([_key(sent) for sent in batch if sent.fresh]))
        self.resend([sent for sent in batch if not sent.fresh], first=True)

    def resend(self, batch: list[_Sent], *, first: bool = False) -> None:
        """Mutations in flight to be sent again, as they are, before anything new."""
        if self.leftover is None:
            self.leftover = deque()
        again = [sent._replace(fresh=False) for sent in batch]
        if first:
            self.leftover.extendleft(reversed(again))
        else:
            self.leftover.extend(again)

    def slot(self) -> int:
        taken, self.next_slot = self.next_slot, self.next_slot + 1
        return taken


class _Opened(NamedTuple):
    envelope: Envelope
    model: type[SyncFields]
    remote: dict[str, Any]
    text: str  # the payload to remember as confirmed, JSON


class SyncEngine:
    def __init__(
        self,
        store: OpenStore,
        clock: Clock,
        keys: TeamKeys,
        transport: Transport,
        page_size: int = MAX_PULL_PAGE,
        batch_size: int = MAX_PUSH_BATCH,
        batch_bytes: int = MAX_REQUEST_BYTES // 4,
    ) -> None:
        self._store = store
        self._clock = clock
        self._keys = keys
        self._cipher = TeamCipher(keys.team_key)
        self._transport = transport
        self._page_size = page_size
        self._batch_size = batch_size
        self._batch_bytes = batch_bytes
        self._bulk: _BulkWrites | None = None
        # Answers settled, and pulled records written, this many at a time (see push and pull).
        self._settle_size = 10 * batch_size
        self._apply_size = 5 * page_size

    # --- the whole round ------------------------------------------------------------------------------
    def sync(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Push first, so the answers to mutations sent before (and perhaps lost) are settled before
        anything is merged; then pull; then push what the merges left to send."""
        report = SyncReport()
        with self._bulk_writes(), collector.held_off():
            self.push(report)
            self.pull(report, progress)
            self.push(report)
        return report

    @contextlib.contextmanager
    def _bulk_writes(self) -> Iterator[None]:
        """While a sync moves many records, the store checkpoints its write-ahead log less often.

        Each checkpoint copies the log into the file and waits for the disk twice; at the usual
        threshold a first sync would do that every few batches, and copy the same index pages again
        each time. The threshold is put back afterwards and the log checkpointed then, so the next
        write elsewhere does not pay for the sync's."""
        self._bulk = _BulkWrites(self._store)
        try:
            yield
        finally:
            bulk, self._bulk = self._bulk, None
            bulk.finish()

    # --- push -----------------------------------------------------------------------------------------
    def push(self, report: SyncReport | None = None) -> SyncReport:
        """Send batches until a fresh look at the outbox, with everything sent settled, finds nothing
        more to send.

        A sender thread takes the batches in order, one request at a time, while this thread makes
        the next ones (each remembered as in flight, and committed, before it is handed over) and
        settles answers: the server is kept busy instead of waiting for the laptop, and the other way
        round. Answers are settled several batches at a time: a first push touches every record's
        outbox entry and confirmed state, and one transaction over several batches writes each touched
        index page once instead of once per batch. An answer not settled when the laptop stops is sent
        again next time, and the server replays it.

        Another device's newer version in an answer is merged before anything more is made: it can
        change what may be sent (a withdrawn team consent, say). Batches handed over but not yet sent
        are taken back and made again afterwards; one already on its way goes as it was made.
        """
        report = report or SyncReport()
        plan = _Plan()
        pending: deque[tuple[list[_Sent], Future[PushResponse]]] = deque()
        unsettled: list[tuple[list[_Sent], PushResponse]] = []
        # The records of batches pending or unsettled, kept up to date as batches come and go: building
        # it afresh for every batch would go over thousands of mutations each time.
        outstanding = _Outstanding()
        idle = 0  # answers that accepted nothing: a guard against a server that never accepts anything
        more = True
        settled_look = False  # a look found nothing with nothing sent left unsettled: the push is done

        # Rows in flight of settled mutations, still there: the next batch removes them in its own
        # transaction, so the pages they free are written once, with the new rows, instead of being
        # wiped in one commit and filled in another. Until then such a row is just a mutation that
        # would be sent again, and replayed by the server, should the laptop stop.
        finished: list[int] = []

        def settle(withdrawn: list[_Sent]) -> None:
            with self._uow() as uow, uow.session.no_autoflush:
                uow.applying_remote = True
                settled, unanswered = self._apply_push_results(uow, unsettled, report)
                plan.resend(unanswered)
                inflight.remove(uow.session, [sent.slot for sent in withdrawn if sent.fresh])
            finished.extend(settled)
            for made, _response in unsettled:
                outstanding.drop(made)
            unsettled.clear()

        def retire(uow: UnitOfWork) -> None:
            inflight.remove(uow.session, finished)
            finished.clear()

        def done() -> SyncReport:
            if finished:
                with self._uow() as uow:
                    retire(uow)
            return report

        with _Sender(self._transport) as sender:
            while True:
                while more and len(pending) < _AHEAD and idle < _IDLE_ROUNDS:
                    with self._uow() as uow:
                        batch = self._next_batch(uow.session, report, plan, outstanding)
                        retire(uow)
                        _into_flight(uow, batch)
                    if not batch:
                        more, settled_look = False, not outstanding
                        break
                    pending.append((batch, sender.send(_request(batch))))
                    outstanding.add(batch)
                    if len(pending) > 1 and self._bulk is not None:
                        self._bulk.engage()
                if not pending:
                    if unsettled:
                        settle([])
                    if settled_look or idle >= _IDLE_ROUNDS:
                        return done()
                    more = True
                    continue
                batch, answer = pending.popleft()
                try:
                    response = answer.result()
                except Exception:
                    if unsettled:
                        settle([])  # what was answered before stays answered
                    raise
                unsettled.append((batch, response))
                idle = 0 if _accepts(response) else idle + 1
                if _brings_changes(response):
                    withdrawn = [made for made, waiting in pending if waiting.cancel()]
                    pending = deque(item for item in pending if not item[1].cancelled())
                    for made in withdrawn:
                        outstanding.drop(made)
                    settle([sent for made in withdrawn for sent in made])
                    for made in withdrawn:
                        plan.take_back(made)
                    more = True
                elif sum(len(made) for made, _response in unsettled) >= self._settle_size:
                    settle([])

    def _next_batch(
        self, session: Session, report: SyncReport, plan: _Plan, sending: Container[tuple[str, str]]
    ) -> list[_Sent]:
        """Up to a batch of mutations: first those sent before without an answer, then the newest
        state of each record with unpushed changes. Records in `sending` (made already, not settled)
        are left out. Only reads: the caller remembers the batch as in flight before it goes."""
        if plan.leftover is None:
            # What an earlier sync sent without hearing back; everything in flight after this is
            # this push's own and known here.
            before = inflight.read(session)
            plan.leftover = deque(self._sealed_again(row) for row in before)
            plan.next_slot = inflight.next_slot(before)
        if plan.leftover:
            again = [plan.leftover.popleft() for _ in range(min(len(plan.leftover), self._batch_size))]
            return self._within_bytes(plan, again)
        batch: list[_Sent] = []
        looked = False
        while True:
            if not plan.queue:
                if looked:
                    break
                # A fresh look also finds what was typed since the last one; the push ends only when
                # a fresh look has nothing left to send.
                self._look(session, plan)
                looked = True
            while plan.queue and len(batch) < self._batch_size:
                take = [
                    plan.queue.popleft() for _ in range(min(len(plan.queue), self._batch_size - len(batch)))
                ]
                batch.extend(self._offer(session, [key for key in take if key not in sending], plan))
            if not plan.queue:
                report.held_back = plan.held
            if batch:
                break
        return self._within_bytes(plan, batch)

    def _within_bytes(self, plan: _Plan, batch: list[_Sent]) -> list[_Sent]:
        """The longest start of the batch whose ciphertexts fit well inside the server's request
        limit (a batch of scanned signatures would not); the rest goes back in line, first. A single
        mutation always goes, alone if need be: the protocol caps its size."""
        total = 0
        for n, sent in enumerate(batch):
            total += len(sent.mutation.ciphertext) + _ENVELOPE_BYTES
            if total > self._batch_bytes and n > 0:
                plan.take_back(batch[n:])
                return batch[:n]
        return batch

    def _sealed_again(self, row: inflight.Unanswered) -> _Sent:
        """A mutation in flight from an earlier sync, as it went: the same id, base version and
        plaintext, under a new nonce (the server knows a replay by its id)."""
        text = row.payload.encode("utf-8")
        mutation = OutgoingMutation(
            mutation_id=row.mutation_id,
            record_id=row.record_id,
            kind=row.kind,
            case_id=row.case_id,
            base_version=row.base_version,
            deleted=row.deleted,
            ciphertext=self._cipher.seal(
                text, aad(self._keys.team_id, row.record_id, row.kind, row.base_version + 1)
            ),
        )
        return _Sent(mutation, row.payload, row.last_seq, None, fresh=False, slot=row.slot)

    def _look(self, session: Session, plan: _Plan) -> None:
        """Every record with unpushed changes, in the order of its oldest unpushed change, with its
        newest one. (No ORDER BY in SQL: the partial index of unpushed entries is then what is read,
        not the whole outbox, which keeps a sync with nothing to do cheap on a large profile.)"""
        # The driver's plain tuples: they sort many times faster than rows, and a first push reads
        # hundreds of thousands of them, which SQLAlchemy's result handling cost 0.6 s.
        entries: list[tuple[int, str, str, str]] = sorted(_driver_rows(session, _UNPUSHED, ()))
        plan.latest = {}
        for seq, kind, record_id, mutation_id in entries:
            plan.latest[(kind, record_id)] = (mutation_id, seq)
        plan.queue = deque(plan.latest)  # dicts keep the order keys first appeared in: oldest first
        plan.looked_up_to = entries[-1][0] if entries else 0
        plan.held = 0

    def _newest_entries(
        self, session: Session, keys: list[tuple[str, str]], plan: _Plan
    ) -> dict[tuple[str, str], tuple[str, int]]:
        """The newest unpushed outbox entry of each of these records now: the one seen by the last
        look if it is still unpushed, or a newer one written since."""
        seen = {key: plan.latest[key] for key in keys if key in plan.latest}
        reads = session.connection()  # Core, not the ORM: plain columns, thousands of rows per batch
        still = set(
            reads.scalars(
                select(OutboxEntry.seq).where(
                    among(OutboxEntry.seq, [seq for _mutation, seq in seen.values()]),
                    OutboxEntry.pushed_at.is_(None),
                )
            )
        )
        newest = {key: entry for key, entry in seen.items() if entry[1] in still}
        wanted = set(keys)
        for seq, kind, record_id, mutation_id in reads.execute(
            select(OutboxEntry.seq, OutboxEntry.record_kind, OutboxEntry.record_id, OutboxEntry.mutation_id)
            .where(OutboxEntry.seq > plan.looked_up_to, OutboxEntry.pushed_at.is_(None))
            .order_by(OutboxEntry.seq)
        ):
            if (kind, record_id) in wanted:
                newest[(kind, record_id)] = (mutation_id, seq)
        return newest

    def _offer(self, session: Session, keys: list[tuple[str, str]], plan: _Plan) -> list[_Sent]:
        """Mutations for these records, in their order; held-back, conflicted and vanished ones are
        left out (held-back ones counted)."""
        if not keys:
            return []
        latest = self._newest_entries(session, keys, plan)
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        known: dict[tuple[str, str], int] = {}
        case_ids: dict[tuple[str, str], str | None] = {}
        for kind, ids in _by_kind(key for key in keys if key in latest).items():
            model = MODELS.get(kind)
            if model is None:
                continue
            found = _rows_with_confirmed(session, model, ids)
            for record_id, (values, version) in found.items():
                rows[(kind, record_id)] = values
                if version is not None:
                    known[(kind, record_id)] = version
            for record_id, case in cases_of(session, model, [values for values, _ in found.values()]).items():
                case_ids[(kind, record_id)] = case
        consented = _team_consented(session, {case for case in case_ids.values() if case is not None})
        conflicted = set(
            session.connection().scalars(
                select(SyncConflict.record_id).where(SyncConflict.resolved_at.is_(None))
            )
        )
        offered: list[_Sent] = []
        for key in keys:
            kind, record_id = key
            row = rows.get(key)
            newest = latest.get(key)
            if row is None or newest is None:
                continue
            case_id = case_ids.get(key)
            if case_id is not None and case_id not in consented:
                plan.held += 1
                continue
            if record_id in conflicted:
                continue
            base = known.get(key, 0)
            payload = row
            text = encode(payload)
            # Built from the store's own values, which already fit the message; validating each of a
            # first push's mutations would cost as much as sealing it (the server checks them anyway).
            mutation = OutgoingMutation(
                mutation_id=newest[0],
                record_id=record_id,
                kind=kind,
                case_id=case_id,
                base_version=base,
                deleted=bool(row["deleted"]),
                ciphertext=self._cipher.seal(text, aad(self._keys.team_id, record_id, kind, base + 1)),
            )
            offered.append(
                _Sent(
                    mutation,
                    text.decode("utf-8"),
                    newest[1],
                    payload.get("version"),
                    fresh=True,
                    slot=plan.slot(),
                )
            )
        return offered

    def _apply_push_results(
        self, uow: UnitOfWork, answered: list[tuple[list[_Sent], PushResponse]], report: SyncReport
    ) -> tuple[list[int], list[_Sent]]:
        """Settle the answers to these batches. Returns the slots of the mutations settled, whose rows
        in flight the caller retires, and the mutations the server did not answer for: they stay in
        flight, to be sent again."""
        batch = [sent for sent_batch, _response in answered for sent in sent_batch]
        results = [result for _batch, response in answered for result in response.results]
        by_id = {result.mutation_id: result for result in results}
        session = uow.session
        now = self._clock()
        settled: list[int] = []
        unanswered: list[_Sent] = []
        accepted: list[tuple[_Sent, MutationResult]] = []
        answers: list[Envelope] = []
        for sent in batch:
            mutation = sent.mutation
            result = by_id.get(mutation.mutation_id)
            if result is None:
                unanswered.append(sent)
                continue
            settled.append(sent.slot)
            if result.status == MutationStatus.ACCEPTED and result.version is not None:
                accepted.append((sent, result))
            elif result.current is not None:
                answers.append(result.current)
        if accepted:
            self._settle_accepted(session, accepted, now)
            report.pushed += len(accepted)
        if answers:
            self._apply_envelopes(uow, answers, report)
        return settled, unanswered

    def _settle_accepted(
        self, session: Session, accepted: list[tuple[_Sent, MutationResult]], now: datetime
    ) -> None:
        pushed_at = _stored(_OUTBOX.c.pushed_at, now)
        _sql_update(
            _OUTBOX, ("pushed_at",), ("record_kind", "record_id"), "pushed_at IS NULL AND seq <= ?"
        ).run(
            session,
            [
                (pushed_at, sent.mutation.kind, sent.mutation.record_id, sent.last_seq)
                for sent, _result in accepted
            ],
            stored=True,
        )
        # What was confirmed when a mutation was made is its base version, and nothing else touches
        # those records while it is on its way; only a mutation resent from an earlier sync needs a look.
        known = _known_versions(
            session, [(s.mutation.kind, s.mutation.record_id) for s, _ in accepted if not s.fresh]
        )
        for sent, _result in accepted:
            if sent.fresh and sent.mutation.base_version > 0:
                known[(sent.mutation.kind, sent.mutation.record_id)] = sent.mutation.base_version
        remembered: list[tuple[str, str, int, str]] = []
        for sent, result in accepted:
            version = result.version
            assert version is not None
            key = (sent.mutation.kind, sent.mutation.record_id)
            if key in known and known[key] >= version:
                continue
            if sent.version == version:
                text = sent.payload  # already the confirmed state, byte for byte
            else:
                text = encode({**json.loads(sent.payload), "version": version}).decode("utf-8")
            remembered.append((*key, version, text))
        _remember_many(session, remembered, known)
        _set_versions(session, [(kind, record_id, version) for kind, record_id, version, _ in remembered])
        _skip_own_changes(session, [result.seq for _, result in accepted if result.seq is not None])

    # --- pull -----------------------------------------------------------------------------------------
    def pull(
        self, report: SyncReport | None = None, progress: Callable[[int, int], None] | None = None
    ) -> SyncReport:
        """Apply pages until the server has no more.

        Pages are applied in order, and the cursor moves in the same local transaction as the pages
        it covers, so a pull cut off halfway resumes where it stopped and never applies a page twice.
        A transaction takes a few pages (a first pull writes every record's row, confirmed state and
        audit entry, and fewer commits write each touched index page fewer times), and the next page
        is asked for while one is applied: its cursor is known from the page before."""
        report = report or SyncReport()
        cursor = self.cursor()
        failed: Exception | None = None
        with _Background() as background:
            pages = self._pages(background, cursor)
            page = next(pages, None)
            while page is not None:
                with self._uow() as uow, uow.session.no_autoflush:
                    uow.applying_remote = True
                    applied = 0
                    while page is not None:
                        self._apply_envelopes(uow, page.envelopes, report)
                        self._unpark(uow, report)
                        cursor = max(page.cursor, cursor)
                        applied += len(page.envelopes)
                        report.pulled += len(page.envelopes)
                        if progress is not None:
                            progress(report.pulled, report.pulled + (self._page_size if page.more else 0))
                        if applied >= self._apply_size:
                            break
                        try:
                            page = next(pages, None)
                        except Exception as error:  # the pages applied so far are kept all the same
                            failed, page = error, None
                    _set_meta(uow.session, "cursor", str(cursor))
                if failed is not None:
                    raise failed
                if page is not None:
                    page = next(pages, None)
        return report

    def _pages(self, background: _Background, cursor: int) -> Iterator[PullPage]:
        """The pages after the cursor, each asked for while the one before is being applied."""
        page: PullPage = self._transport.pull(cursor, self._page_size)
        while page.envelopes or page.cursor > cursor:
            cursor = max(page.cursor, cursor)
            if page.more:
                background.start(self._transport.pull, cursor, self._page_size)
                if self._bulk is not None:
                    self._bulk.engage()
            yield page
            if not page.more:
                return
            page = background.result()

    def cursor(self) -> int:
        with self._uow() as uow:
            return _cursor(uow.session)

    def _apply_envelopes(self, uow: UnitOfWork, envelopes: Iterable[Envelope], report: SyncReport) -> None:
        for run in _runs(envelopes):
            self._apply_run(uow, run, report)

    def _apply_run(self, uow: UnitOfWork, envelopes: list[Envelope], report: SyncReport) -> None:
        """Apply envelopes of distinct records, in order, as one record at a time would: a record is
        parked while a parent is missing, taken whole when there are no local edits, merged when there
        are; each applied one is remembered as confirmed and goes into the audit trail."""
        session = uow.session
        session.flush()  # the bulk reads below must see what the ORM still holds back
        known, existing, pending = _local_state(
            session, [(e.kind, e.record_id) for e in envelopes if e.kind in MODELS]
        )
        opened: list[_Opened] = []
        for envelope in envelopes:
            model = MODELS.get(envelope.kind)
            if model is None:
                report.notes.append(f"unknown kind {envelope.kind}")
                continue
            version = known.get((envelope.kind, envelope.record_id))
            if version is not None and version >= envelope.version:
                continue  # our own push coming back, or a page seen before
            try:
                text = self._cipher.open(
                    envelope.ciphertext,
                    aad(self._keys.team_id, envelope.record_id, envelope.kind, envelope.version),
                ).decode("utf-8")
                remote = decode_text(text)
            except ValueError:
                report.rejected += 1
                continue
            if remote.get("id") != envelope.record_id:
                # The sealed id must be the routed one (AAD binds it too).
                remote["id"] = envelope.record_id
                text = encode(remote).decode("utf-8")
            opened.append(_Opened(envelope, model, remote, text))
        if not opened:
            return

        present = _present_parents(session, [(item.model, item.remote) for item in opened])
        parked = _parked_keys(session, [(e.envelope.kind, e.envelope.record_id) for e in opened])

        inserts: dict[type[SyncFields], list[dict[str, Any]]] = {}
        updates: dict[type[SyncFields], list[dict[str, Any]]] = {}
        unparked: list[tuple[str, str]] = []
        remembered: list[tuple[str, str, int, str]] = []
        for item in opened:
            envelope, model, remote = item.envelope, item.model, item.remote
            if _missing_parent(model, remote, present):
                session.merge(
                    SyncParked(
                        kind=envelope.kind,
                        record_id=envelope.record_id,
                        envelope=envelope.model_dump_json(),
                        parents=json.dumps(_parent_ids(model, remote)),
                    )
                )
                continue
            key = (envelope.kind, envelope.record_id)
            if key in parked:
                unparked.append(key)
            if key not in existing:
                values = payload_writer(model).stored(remote)
                values["version"] = envelope.version
                inserts.setdefault(model, []).append(values)
            elif key not in pending:
                values = payload_writer(model).stored(remote)
                values["version"] = envelope.version
                updates.setdefault(model, []).append(values)
            else:
                self._merge_local_edits(session, model, envelope, remote, report)
            present.setdefault(model, set()).add(envelope.record_id)
            remembered.append((*key, envelope.version, item.text))

        if unparked:
            _sql_delete(_PARKED, ("kind", "record_id")).run(session, unparked)
        for model in sorted(inserts, key=lambda m: _TABLE_ORDER[inspect(m).local_table.name]):
            table = inspect(model).local_table
            for group in _same_columns(inserts[model]):
                names = tuple(group[0])
                _sql_insert(table, names).run(
                    session, [tuple(row[name] for name in names) for row in group], stored=True
                )
        for model, rows in updates.items():
            table = inspect(model).local_table
            for group in _same_columns(rows):
                names = tuple(name for name in group[0] if name != "id")
                _sql_update(table, names, ("id",)).run(
                    session, [(*(row[name] for name in names), row["id"]) for row in group], stored=True
                )
        _remember_many(session, remembered, known)
        _audit_changes(session, self._clock(), [(kind, record_id) for kind, record_id, _, _ in remembered])

    def _merge_local_edits(
        self,
        session: Session,
        model: type[SyncFields],
        envelope: Envelope,
        remote: dict[str, Any],
        report: SyncReport,
    ) -> None:
        """A remote change meets unpushed local edits: a three-way merge on the last confirmed state."""
        row = session.get_one(model, envelope.record_id)
        confirmed = session.scalar(
            select(SyncRecord.payload).where(
                SyncRecord.kind == envelope.kind, SyncRecord.record_id == envelope.record_id
            )
        )
        base = json.loads(confirmed) if confirmed is not None else {}
        local = to_payload(row)
        result = merge(base, local, remote)
        write_payload(row, result.values)
        report.merged += 1
        for conflict in result.conflicts:
            self._record_conflict(
                session, row, envelope, conflict.field, conflict.local, conflict.remote, local
            )
            report.conflicts += 1
        if result.clean and _same(result.values, remote):
            _mark_pushed(session, envelope.kind, envelope.record_id, self._clock())
        row.version = envelope.version

    def _unpark(self, uow: UnitOfWork, report: SyncReport) -> None:
        """Apply parked records whose parents arrived, until a round brings nothing new."""
        session = uow.session
        while True:
            session.flush()
            parked = session.scalars(select(SyncParked)).all()
            if not parked:
                return
            items = [(MODELS[p.kind], _routing(p)) for p in parked]
            present = _present_parents(session, items)
            ready = [
                p
                for p, (model, parents) in zip(parked, items, strict=True)
                if not _missing_parent(model, parents, present)
            ]
            if not ready:
                return
            envelopes = [Envelope.model_validate_json(item.envelope) for item in ready]
            for item in ready:
                session.delete(item)
            session.flush()
            self._apply_envelopes(uow, envelopes, report)

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
_CHECKPOINT_PAGES = 10_000  # 40 MB of log between checkpoints while a sync moves many records


class _BulkWrites:
    def __init__(self, store: OpenStore) -> None:
        self._store = store
        self._engaged = False

    def engage(self) -> None:
        if not self._engaged:
            self._engaged = True
            set_wal_threshold(self._store.engine, _CHECKPOINT_PAGES)

    def finish(self) -> None:
        if self._engaged:
            set_wal_threshold(self._store.engine, WAL_CHECKPOINT_PAGES)
            with self._store.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


_ENVELOPE_BYTES = 400  # a mutation's JSON around its ciphertext: ids, kind, versions, field names
_AHEAD = 8  # batches handed to the sender ahead of the answers being read


class _NotSent(Exception):
    """A batch left unsent because an earlier request of the same push failed."""


class _Sender:
    """Sends push requests in the order handed over, one at a time, on a worker thread. After a
    failed request the ones still queued are not sent (their batches stay in flight for next time).
    Leaving waits for the request under way."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self._pool: ThreadPoolExecutor | None = None
        self._stopped = False

    def __enter__(self) -> _Sender:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stopped = True
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def send(self, mutations: list[OutgoingMutation]) -> Future[PushResponse]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="sync-push")
        return self._pool.submit(self._push, mutations)

    def _push(self, mutations: list[OutgoingMutation]) -> PushResponse:
        if self._stopped:
            raise _NotSent
        try:
            return self._transport.push_batch(mutations)
        except BaseException:
            self._stopped = True
            raise


class _Background:
    """One call at a time on a worker thread (a request to the server), while this thread goes on
    with the store. Leaving waits for a call still running, so nothing outlives the push or pull."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._running: Future[Any] | None = None

    def __enter__(self) -> _Background:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def start(self, call: Callable[..., Any], *args: Any) -> None:
        assert self._running is None, "one call at a time"
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="sync")
        self._running = self._pool.submit(call, *args)

    def result(self) -> Any:
        running, self._running = self._running, None
        assert running is not None
        return running.result()


class _Outstanding(dict[tuple[str, str], int]):
    """How many batches on their way (pending or unsettled) hold each record."""

    def add(self, batch: list[_Sent]) -> None:
        for key in _keys(batch):
            self[key] = self.get(key, 0) + 1

    def drop(self, batch: list[_Sent]) -> None:
        for key in _keys(batch):
            left = self.get(key, 0) - 1
            if left > 0:
                self[key] = left
            else:
                self.pop(key, None)


def _accepts(response: PushResponse) -> bool:
    return any(result.status == MutationStatus.ACCEPTED for result in response.results)


def _brings_changes(response: PushResponse) -> bool:
    """Whether an answer carries another device's version of a record, to be merged here."""
    return any(
        result.status != MutationStatus.ACCEPTED and result.current is not None for result in response.results
    )


def _request(batch: list[_Sent]) -> list[OutgoingMutation]:
    return [sent.mutation for sent in batch]


def _key(sent: _Sent) -> tuple[str, str]:
    return (sent.mutation.kind, sent.mutation.record_id)


def _keys(batch: list[_Sent]) -> set[tuple[str, str]]:
    return {_key(sent) for sent in batch}


def _into_flight(uow: UnitOfWork, batch: list[_Sent]) -> None:
    """Remember a batch's new mutations as in flight (one sent before is in flight already)."""
    inflight.add(
        uow.session,
        (
            inflight.Unanswered(
                sent.slot,
                sent.mutation.kind,
                sent.mutation.record_id,
                sent.mutation.mutation_id,
                sent.mutation.case_id,
                sent.mutation.base_version,
                sent.mutation.deleted,
                sent.payload,
                sent.last_seq,
            )
            for sent in batch
            if sent.fresh
        ),
    )


def _rows_with_confirmed(
    session: Session, model: type[SyncFields], ids: list[str]
) -> dict[str, tuple[dict[str, Any], int | None]]:
    """Rows of one table by id as payloads, each with the server version last confirmed for it (None
    if never). Plain SQL on the driver: a first push reads every row of the profile this way."""
    reader = payload_reader(model)
    confirmed = _QUOTE(_CONFIRMED.name)
    text = (
        f"SELECT {reader.columns}, {confirmed}.server_version "
        f"FROM json_each(?) AS ids JOIN {reader.table} ON {reader.table}.id = ids.value "
        f"LEFT OUTER JOIN {confirmed} ON {confirmed}.kind = ? AND {confirmed}.record_id = {reader.table}.id"
    )
    found: dict[str, tuple[dict[str, Any], int | None]] = {}
    for row in _driver_rows(session, text, (json.dumps(list(dict.fromkeys(ids))), model.kind)):
        payload = reader.payload(row)
        found[payload["id"]] = (payload, row[-1])
    return found


def _driver_rows(session: Session, text: str, parameters: Sequence[Any]) -> list[Any]:
    """A query's rows as the driver gives them, fetched at once, on the session's connection (and in
    its transaction): a first push reads every row of the profile, and SQLAlchemy's result handling
    of each would cost more than the query."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return list(cursor.execute(text, parameters).fetchall())
    finally:
        cursor.close()


_FOREIGN: dict[type[SyncFields], list[tuple[str, type[SyncFields]]]] = {
    model: [
        (column.key, _BY_TABLE[key.column.table.name])
        for column in inspect(model).columns
        for key in column.foreign_keys
        if key.column.table.name in _BY_TABLE
    ]
    for model in MODELS.values()
}


@dataclass(frozen=True)
class _Sql:
    """A statement written once for the store's SQLite, run for many rows as plain tuples in the
    session's transaction. The bulk writes of a first sync would otherwise spend most of their time
    in SQLAlchemy's handling of each row's parameters. Values go through the columns' own bind
    processors, so they are stored exactly as SQLAlchemy would store them."""

    text: str
    processors: tuple[Callable[[Any], Any] | None, ...]

    def run(self, session: Session, rows: Sequence[Sequence[Any]], *, stored: bool = False) -> None:
        """`stored`: the values are as the store keeps them already (see records.PayloadWriter)."""
        if not rows:
            return
        if not stored and any(self.processors):
            rows = [
                tuple(
                    value if process is None else process(value)
                    for process, value in zip(self.processors, row, strict=True)
                )
                for row in rows
            ]
        session.connection().exec_driver_sql(self.text, list(rows))


_DIALECT = sqlite.dialect()
_QUOTE = _DIALECT.identifier_preparer.quote
# Every unpushed outbox entry; the partial index of unpushed entries serves it (see SyncEngine._look).
_UNPUSHED = (
    f"SELECT seq, record_kind, record_id, mutation_id FROM {_QUOTE(_OUTBOX.name)} WHERE pushed_at IS NULL"
)


def _processor(column: Column[Any]) -> Callable[[Any], Any] | None:
    process: Callable[[Any], Any] | None = column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
    return process


def _stored(column: Column[Any], value: Any) -> Any:
    process = _processor(column)
    return value if process is None else process(value)


@functools.cache
def _sql_insert(table: Table, names: tuple[str, ...]) -> _Sql:
    columns = ", ".join(_QUOTE(name) for name in names)
    marks = ", ".join("?" for _ in names)
    return _Sql(
        f"INSERT INTO {_QUOTE(table.name)} ({columns}) VALUES ({marks})",
        tuple(_processor(table.c[name]) for name in names),
    )


@functools.cache
def _sql_update(table: Table, values: tuple[str, ...], keys: tuple[str, ...], condition: str = "") -> _Sql:
    """UPDATE setting `values` where the `keys` equal, and the extra condition (its own parameters
    last) holds."""
    where = " AND ".join([*(f"{_QUOTE(key)} = ?" for key in keys), *([condition] if condition else [])])
    assignments = ", ".join(f"{_QUOTE(name)} = ?" for name in values)
    processors = [_processor(table.c[name]) for name in (*values, *keys)]
    processors += [None] * condition.count("?")
    return _Sql(f"UPDATE {_QUOTE(table.name)} SET {assignments} WHERE {where}", tuple(processors))


@functools.cache
def _sql_delete(table: Table, keys: tuple[str, ...]) -> _Sql:
    where = " AND ".join(f"{_QUOTE(key)} = ?" for key in keys)
    return _Sql(
        f"DELETE FROM {_QUOTE(table.name)} WHERE {where}", tuple(_processor(table.c[key]) for key in keys)
    )


def _runs(envelopes: Iterable[Envelope]) -> Iterator[list[Envelope]]:
    """Consecutive stretches without a record twice: within one, the order between records does
    not matter, so it can be applied a table at a time."""
    run: list[Envelope] = []
    seen: set[tuple[str, str]] = set()
    for envelope in envelopes:
        key = (envelope.kind, envelope.record_id)
        if key in seen:
            yield run
            run, seen = [], set()
        run.append(envelope)
        seen.add(key)
    if run:
        yield run


def _same_columns(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Consecutive rows naming the same columns, for one executemany each, in their order."""
    group: list[dict[str, Any]] = []
    for row in rows:
        if group and row.keys() != group[0].keys():
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def _present_parents(
    session: Session, items: list[tuple[type[SyncFields], dict[str, Any]]]
) -> dict[type[SyncFields], set[str]]:
    """Of the parents these rows point at, the ones this laptop has."""
    wanted: dict[type[SyncFields], set[str]] = {}
    for model, payload in items:
        for key, parent in _FOREIGN[model]:
            value = payload.get(key)
            if value is not None:
                wanted.setdefault(parent, set()).add(value)
    return {parent: existing_ids(session, parent, ids) for parent, ids in wanted.items()}


def _missing_parent(
    model: type[SyncFields], payload: dict[str, Any], present: dict[type[SyncFields], set[str]]
) -> bool:
    """Whether a row would point at a parent this laptop does not have (yet)."""
    for key, parent in _FOREIGN[model]:
        value = payload.get(key)
        if value is not None and value not in present.get(parent, ()):
            return True
    return False


def _parent_ids(model: type[SyncFields], payload: dict[str, Any]) -> dict[str, Any]:
    return {c.key: payload.get(c.key) for c in inspect(model).columns if c.foreign_keys}


def _routing(parked: SyncParked) -> dict[str, Any]:
    value = json.loads(parked.parents)
    return value if isinstance(value, dict) else {}


def _team_consented(session: Session, case_ids: set[str]) -> set[str]:
    """Of these cases, those whose tenant was informed of team sharing."""
    return set(
        session.connection().scalars(
            select(Consent.case_id).where(
                among(Consent.case_id, case_ids),
                Consent.recipient == ConsentRecipient.TEAM.value,
                Consent.deleted.is_(False),
                Consent.withdrawn_on.is_(None),
            )
        )
    )


def _by_kind(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for kind, record_id in keys:
        grouped.setdefault(kind, []).append(record_id)
    return grouped


def _local_state(
    session: Session, keys: list[tuple[str, str]]
) -> tuple[dict[tuple[str, str], int], set[tuple[str, str]], set[tuple[str, str]]]:
    """For records about to be pulled: the server versions confirmed here, the records this laptop
    has, and those with local changes not pushed yet, with one query per kind (the ids go in as one
    JSON array, not hundreds of parameters)."""
    known: dict[tuple[str, str], int] = {}
    existing: set[tuple[str, str]] = set()
    pending: set[tuple[str, str]] = set()
    confirmed, outbox = _QUOTE(_CONFIRMED.name), _QUOTE(_OUTBOX.name)
    for kind, ids in _by_kind(keys).items():
        table = _QUOTE(inspect(MODELS[kind]).local_table.name)
        text = (
            f"SELECT ids.value, t.id IS NOT NULL, c.server_version, EXISTS (SELECT 1 FROM {outbox} AS o "
            "WHERE o.pushed_at IS NULL AND o.record_kind = ? AND o.record_id = ids.value) "
            f"FROM json_each(?) AS ids LEFT OUTER JOIN {table} AS t ON t.id = ids.value "
            f"LEFT OUTER JOIN {confirmed} AS c ON c.kind = ? AND c.record_id = ids.value"
        )
        for record_id, exists, version, unpushed in session.connection().exec_driver_sql(
            text, (kind, json.dumps(ids), kind)
        ):
            key = (kind, record_id)
            if exists:
                existing.add(key)
            if version is not None:
                known[key] = version
            if unpushed:
                pending.add(key)
    return known, existing, pending


def _known_versions(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The server versions last confirmed for these records, where there is one."""
    known: dict[tuple[str, str], int] = {}
    for kind, ids in _by_kind(keys).items():
        for part in chunks(ids):
            for record_id, version in session.execute(
                select(SyncRecord.record_id, SyncRecord.server_version).where(
                    SyncRecord.kind == kind, SyncRecord.record_id.in_(part)
                )
            ):
                known[(kind, record_id)] = version
    return known


def _parked_keys(session: Session, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
    if session.scalar(select(SyncParked.kind).limit(1)) is None:
        return set()  # the usual case: nothing waits for a parent
    found: set[tuple[str, str]] = set()
    for kind, ids in _by_kind(keys).items():
        for part in chunks(ids):
            found.update(
                (kind, record_id)
                for record_id in session.scalars(
                    select(SyncParked.record_id).where(
                        SyncParked.kind == kind, SyncParked.record_id.in_(part)
                    )
                )
            )
    return found


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


def _remember_many(
    session: Session, items: list[tuple[str, str, int, str]], known: dict[tuple[str, str], int]
) -> None:
    """Keep (kind, id, server version, payload) as the last state the server confirmed."""
    _sql_insert(_CONFIRMED, ("kind", "record_id", "server_version", "payload")).run(
        session, [item for item in items if (item[0], item[1]) not in known]
    )
    _sql_update(_CONFIRMED, ("server_version", "payload"), ("kind", "record_id")).run(
        session,
        [
            (version, text, kind, record_id)
            for kind, record_id, version, text in items
            if (kind, record_id) in known
        ],
    )


def _set_versions(session: Session, items: list[tuple[str, str, int]]) -> None:
    """Local rows take the version the server gave them (rows this laptop no longer has are skipped)."""
    by_model: dict[type[SyncFields], list[tuple[int, str, int]]] = {}
    for kind, record_id, version in items:
        by_model.setdefault(MODELS[kind], []).append((version, record_id, version))
    for model, rows in by_model.items():
        _sql_update(inspect(model).local_table, ("version",), ("id",), "version != ?").run(session, rows)


def _cursor(session: Session) -> int:
    value = session.get(SyncMeta, "cursor")
    return int(value.value) if value else 0


def _skip_own_changes(session: Session, seqs: list[int]) -> None:
    """Move the cursor over sequence numbers the server just gave this laptop's own changes, where
    they follow the cursor without a gap: those envelopes are what was sent, already confirmed here,
    and pulling them back would only fetch and skip them (a first push would fetch itself whole)."""
    cursor = start = _cursor(session)
    mine = set(seqs)
    while cursor + 1 in mine:
        cursor += 1
    if cursor != start:
        _set_meta(session, "cursor", str(cursor))


def _audit_changes(session: Session, at: datetime, keys: list[tuple[str, str]]) -> None:
    """audit.append for each applied record, written in one statement: the same chain, the same
    cached head for whatever the unit of work appends after."""
    if not keys:
        return
    head: tuple[int, str] | None = session.info.get("audit_head")
    if head is None:
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        head = (last.seq, last.hash) if last else (0, audit.GENESIS)
    seq, prev = head
    action = audit.AuditAction.CHANGE.value
    stored_at = _stored(_AUDIT.c.at, at)  # one moment for the lot: converted once
    entries = []
    for kind, record_id in keys:
        seq += 1
        digest = audit.entry_hash(prev, seq, at, REMOTE_ACTOR, action, kind, record_id)
        entries.append((seq, stored_at, REMOTE_ACTOR, action, kind, record_id, prev, digest))
        prev = digest
    _sql_insert(
        _AUDIT, ("seq", "at", "actor", "action", "record_kind", "record_id", "prev_hash", "hash")
    ).run(session, entries, stored=True)
    session.info["audit_head"] = (seq, prev)


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
