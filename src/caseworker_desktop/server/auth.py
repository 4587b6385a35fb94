"""Who is calling: the device behind the bearer token, its worker, team and organisation.

Every route that touches team data gets a Caller and filters by `caller.team.id`; nothing else in a
request can name a team.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, cast

from fastapi import Depends, Header, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import ColumnElement, ScalarSelect, bindparam, select
from sqlalchemy.orm import Session

from caseworker_desktop.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, DeviceStatus, ErrorCode, Role
from caseworker_desktop.server.credentials import digest
from caseworker_desktop.server.database import Database
from caseworker_desktop.server.errors import ApiError
from caseworker_desktop.server.models import Device, Organisation, Team, Worker


async def protocol_header(
    _version: Annotated[
        str, Header(alias=PROTOCOL_HEADER, description=f"the protocol version, {PROTOCOL_VERSION}")
    ],
) -> None:
    """Puts the header into the OpenAPI schema; ProtocolGate has enforced it before routing.
    (async: a function that does nothing is not worth a trip to a worker thread)"""


_bearer = HTTPBearer(auto_error=False, description="The device token handed out once at enrolment.")


class Level(Enum):
    ANY = "any"  # pending devices too: they must be able to ask whether they were approved
    APPROVED = "approved"
    LEADER = "leader"


@dataclass
class Caller:
    session: Session
    device: Device
    worker: Worker
    team: Team
    organisation: Organisation
    level: Level

    @property
    def role(self) -> Role:
        return Role(self.worker.role)

    def check(self) -> None:
        status = DeviceStatus(self.device.status)
        if status is DeviceStatus.REVOKED:
            raise ApiError(ErrorCode.DEVICE_REVOKED)
        if self.level is Level.ANY:
            return
        if status is not DeviceStatus.APPROVED:
            raise ApiError(ErrorCode.DEVICE_PENDING, "a team leader has not approved this device yet")
        if self.level is Level.LEADER and self.role is not Role.TEAM_LEADER:
            raise ApiError(ErrorCode.FORBIDDEN, "only a team leader may do this")

    def lock(self) -> None:
        """Take the team's row lock for the rest of the transaction, then look again.

        Pushes, key uploads, approvals and revocations of one team then happen one after the other;
        a device revoked while this request waited for the lock is refused here.
        """
        # The row must be read, not just selected: an ORM result refreshes the team (its next sequence
        # number, its key flag) only as its rows are fetched, and a stale copy read before the lock
        # hands out sequence numbers another push has just used.
        self.session.scalars(
            select(Team)
            .where(Team.id == self.team.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).one()
        self.session.refresh(self.device)
        self.check()


def _database(request: Request) -> Database:
    return cast(Database, request.app.state.database)


async def _write_session(request: Request) -> AsyncIterator[Session]:
    database = _database(request)
    # SQLite has one writer at a time, and a write transaction there holds the write lock from its
    # first statement (the token lookup) to its commit in the route, a later hop on the worker threads.
    # Writers that queued for the lock on those threads could take them all and leave the holder no
    # thread to finish on: they wait their turn here instead, on the event loop.
    async with _writer_turn(request) if not database.is_postgresql else contextlib.nullcontext():
        session = database.session(write=True)
        try:
            yield session
        finally:
            await _close(session)


def _writer_turn(request: Request) -> asyncio.Lock:
    state = request.app.state
    turn: asyncio.Lock | None = getattr(state, "sqlite_writer_turn", None)
    if turn is None:
        turn = state.sqlite_writer_turn = asyncio.Lock()
    return turn


async def _read_session(request: Request) -> AsyncIterator[Session]:
    # Making a session does no I/O; closing one still in a transaction (a rollback) goes to a worker thread.
    session = _database(request).session(write=False)
    try:
        yield session
    finally:
        await _close(session)


async def _close(session: Session) -> None:
    """Close the request's session. A route that ended its transaction itself (a push commits, a pull
    closes after its read) leaves nothing to send to the database, and the close is done here instead
    of on a worker thread, a hop fewer for every request of a team syncing together."""
    if session.in_transaction():
        await run_in_threadpool(session.close)
    else:
        session.close()


WriteSession = Annotated[Session, Depends(_write_session)]
ReadSession = Annotated[Session, Depends(_read_session)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]


def authenticate(session: Session, credentials: HTTPAuthorizationCredentials | None, level: Level) -> Caller:
    if credentials is None:
        raise ApiError(ErrorCode.UNAUTHENTICATED, "no device token")
    row = session.execute(
        select(Device, Worker, Team, Organisation)
        .join(Worker, Worker.id == Device.worker_id)
        .join(Team, Team.id == Device.team_id)
        .join(Organisation, Organisation.id == Team.organisation_id)
        .where(Device.token_hash == digest(credentials.credentials))
    ).one_or_none()
    if row is None:
        raise ApiError(ErrorCode.UNAUTHENTICATED, "unknown device token")
    device, worker, team, organisation = row
    caller = Caller(session, device, worker, team, organisation, level)
    caller.check()
    return caller


@dataclass(frozen=True)
class Pusher:
    """An approved device about to write, with its team's row locked and the next sequence number."""

    device_id: str
    worker_id: str
    team_id: str
    next_seq: int


def status_error(status: str) -> ApiError | None:
    """What Level.APPROVED refuses a device with this status with, as Caller.check would."""
    if status == DeviceStatus.REVOKED:
        return ApiError(ErrorCode.DEVICE_REVOKED)
    if status != DeviceStatus.APPROVED:
        return ApiError(ErrorCode.DEVICE_PENDING, "a team leader has not approved this device yet")
    return None


# Built once: it runs for every push, and building it again was Python done while others wait.
_LOCK_FOR_PUSH = (
    select(Device.id, Device.status, Device.worker_id, Device.team_id, Team.next_seq)
    .join(Team, Team.id == Device.team_id)
    .where(Device.token_hash == bindparam("token"))
    .with_for_update(of=Team)
)


def lock_for_push(session: Session, credentials: HTTPAuthorizationCredentials | None) -> Pusher:
    """authenticate(Level.APPROVED) and Caller.lock() in one statement: the device is found by its
    token and its team's row locked together, so the status read is the one under the lock (a device
    revoked while this request waited is refused). A push of a busy team waits for the lock; one round
    trip instead of three, and no ORM objects, keeps the lock short for everyone behind it."""
    if credentials is None:
        raise ApiError(ErrorCode.UNAUTHENTICATED, "no device token")
    row = (
        session.connection().execute(_LOCK_FOR_PUSH, {"token": digest(credentials.credentials)}).one_or_none()
    )
    if row is None:
        raise ApiError(ErrorCode.UNAUTHENTICATED, "unknown device token")
    refused = status_error(row.status)
    if refused is not None:
        raise refused
    return Pusher(row.id, row.worker_id, row.team_id, row.next_seq)


def refusal(session: Session, credentials: HTTPAuthorizationCredentials | None) -> ApiError | None:
    """Why authenticate(Level.APPROVED) would refuse this token, or None when it would not; for a
    route that has read on the assumption that the token is good (see records.pull)."""
    if credentials is None:
        return ApiError(ErrorCode.UNAUTHENTICATED, "no device token")
    status = session.scalar(select(Device.status).where(Device.token_hash == digest(credentials.credentials)))
    if status is None:
        return ApiError(ErrorCode.UNAUTHENTICATED, "unknown device token")
    return status_error(status)


def approved_team(token_hash: ColumnElement[str]) -> ScalarSelect[str]:
    """The team of the device whose token hashes to `token_hash` (a bound parameter: see digest) if
    that device is approved, as a scalar subquery (NULL otherwise), for a read that checks its caller
    in the same statement."""
    return (
        select(Device.team_id)
        .where(Device.token_hash == token_hash, Device.status == DeviceStatus.APPROVED.value)
        .scalar_subquery()
    )


def _any_device(credentials: Credentials, session: ReadSession) -> Caller:
    return authenticate(session, credentials, Level.ANY)


def _approved_reader(credentials: Credentials, session: ReadSession) -> Caller:
    return authenticate(session, credentials, Level.APPROVED)


def _approved_writer(credentials: Credentials, session: WriteSession) -> Caller:
    return authenticate(session, credentials, Level.APPROVED)


def _leader_reader(credentials: Credentials, session: ReadSession) -> Caller:
    return authenticate(session, credentials, Level.LEADER)


def _leader_writer(credentials: Credentials, session: WriteSession) -> Caller:
    return authenticate(session, credentials, Level.LEADER)


AnyDevice = Annotated[Caller, Depends(_any_device)]
ApprovedReader = Annotated[Caller, Depends(_approved_reader)]
ApprovedWriter = Annotated[Caller, Depends(_approved_writer)]
LeaderReader = Annotated[Caller, Depends(_leader_reader)]
LeaderWriter = Annotated[Caller, Depends(_leader_writer)]
