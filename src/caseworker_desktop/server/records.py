"""Push and pull: the team's ordered log of sealed envelopes, with compare-and-swap on versions."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import psycopg
from fastapi import APIRouter, Depends, Query, Response
from psycopg import sql
from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    DateTime,
    Integer,
    LargeBinary,
    Select,
    String,
    Table,
    any_,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from caseworker_desktop.protocol import (
    MAX_CIPHERTEXT_BYTES,
    MAX_PULL_PAGE,
    DeviceStatus,
    ErrorCode,
    MutationResult,
    MutationStatus,
    PullPage,
    PushRequest,
    PushResponse,
)
from caseworker_desktop.protocol import Envelope as EnvelopeMessage
from caseworker_desktop.server.auth import (
    Credentials,
    ReadSession,
    WriteSession,
    approved_team,
    lock_for_push,
    protocol_header,
    refusal,
    status_error,
)
from caseworker_desktop.server.credentials import digest, iso, now
from caseworker_desktop.server.errors import ApiError, documented
from caseworker_desktop.server.models import Base, Envelope, MutationLog, Team

router = APIRouter(prefix="/v1", dependencies=[Depends(protocol_header)])

DEFAULT_PULL_PAGE = 1000
_MAX_CIPHERTEXT_TEXT = 4 * -(-MAX_CIPHERTEXT_BYTES // 3)  # its base64 length
_ERRORS = (ErrorCode.UNAUTHENTICATED, ErrorCode.DEVICE_REVOKED, ErrorCode.DEVICE_PENDING)


@dataclass
class _Current:
    """A record's envelope as this push leaves it (read once, changed in memory, written once)."""

    team_id: str
    record_id: str
    kind: str
    case_id: str | None
    version: int
    seq: int
    deleted: bool
    author: str
    device_id: str
    ciphertext: bytes
    updated_at: datetime


_ENVELOPE = Base.metadata.tables[Envelope.__tablename__]
_MUTATION = Base.metadata.tables[MutationLog.__tablename__]
_TEAM = Base.metadata.tables[Team.__tablename__]
_COPY_FROM = 50  # rows
_ENVELOPE_COLUMNS = [column.key for column in _ENVELOPE.columns]


def envelope_message(row: _Current) -> EnvelopeMessage:
    return EnvelopeMessage(
        record_id=row.record_id,
        kind=row.kind,
        case_id=row.case_id,
        version=row.version,
        seq=row.seq,
        deleted=row.deleted,
        author=row.author,
        device_id=row.device_id,
        ciphertext=base64.b64encode(row.ciphertext).decode("ascii"),
        updated_at=iso(row.updated_at),
    )


def _ciphertext(text: str, index: int) -> bytes:
    where = f"mutations.{index}.ciphertext"
    if len(text) > _MAX_CIPHERTEXT_TEXT:
        raise ApiError(ErrorCode.TOO_LARGE, f"{where} is over {MAX_CIPHERTEXT_BYTES} bytes")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(ErrorCode.MALFORMED, f"{where} is not base64") from None
    if len(raw) > MAX_CIPHERTEXT_BYTES:
        raise ApiError(ErrorCode.TOO_LARGE, f"{where} is over {MAX_CIPHERTEXT_BYTES} bytes")
    return raw


@router.post(
    "/push",
    response_model=PushResponse,
    responses=documented(*_ERRORS),
    summary="Store a batch of sealed changes; each is accepted or answered with the current envelope",
)
def push(request: PushRequest, credentials: Credentials, session: WriteSession) -> Response:
    if len(request.mutations) < _COPY_FROM and session.get_bind().dialect.name == "postgresql":
        return _push_in_one_call(request, credentials, session)
    # The caller is known, and its team's row locked, first: pushes of one team happen one after the
    # other, each with the sequence numbers the one before left.
    pusher = lock_for_push(session, credentials)
    # Every payload is checked before anything is written: a bad batch changes nothing at all.
    payloads = [_ciphertext(mutation.ciphertext, i) for i, mutation in enumerate(request.mutations)]
    team_id = pusher.team_id
    mutation_ids = list({mutation.mutation_id for mutation in request.mutations})
    record_ids = list({mutation.record_id for mutation in request.mutations})
    # A batch is read with one query per table and written with one statement per table: a first sync
    # sends hundreds of these in a row, and a round trip per mutation would be most of its time.
    # Answers as JSON text: a replay sends back the stored text as it is, and an acceptance is
    # written once, the same bytes for the log and for the response.
    reads = _READS[session.get_bind().dialect.name]
    connection = session.connection()
    answered: dict[str, str] = dict(
        connection.execute(reads.answered, {"team": team_id, "ids": mutation_ids}).all()
    )
    envelopes = {
        row.record_id: _Current(**row._asdict())
        for row in connection.execute(reads.current, {"team": team_id, "ids": record_ids})
    }
    stored = set(envelopes)
    changed: dict[str, _Current] = {}
    logs: list[dict[str, Any]] = []
    moment = now()
    seq = pusher.next_seq
    results: list[str] = []
    for mutation, payload in zip(request.mutations, payloads, strict=True):
        earlier = answered.get(mutation.mutation_id)
        if earlier is not None:
            results.append(earlier)
            continue
        current = envelopes.get(mutation.record_id)
        if (current.version if current is not None else 0) != mutation.base_version:
            # Not logged: a replay of a conflicting mutation is simply compared again.
            results.append(_conflict_json(mutation.mutation_id, current))
            continue
        current = _Current(
            team_id=team_id,
            record_id=mutation.record_id,
            kind=mutation.kind,
            case_id=mutation.case_id,
            version=mutation.base_version + 1,
            seq=seq,
            deleted=mutation.deleted,
            author=pusher.worker_id,
            device_id=pusher.device_id,
            ciphertext=payload,
            updated_at=moment,
        )
        envelopes[mutation.record_id] = changed[mutation.record_id] = current
        result = _accepted_json(mutation.mutation_id, current.version, seq)
        logs.append(
            {
                "team_id": team_id,
                "mutation_id": mutation.mutation_id,
                "record_id": mutation.record_id,
                "status": MutationStatus.ACCEPTED.value,
                "version": current.version,
                "seq": seq,
                "result": result,
            }
        )
        answered[mutation.mutation_id] = result
        results.append(result)
        seq += 1
    with _together(session, len(logs) < _COPY_FROM):
        if seq != pusher.next_seq:
            session.connection().execute(_SET_NEXT_SEQ, {"team": team_id, "seq": seq})
        _write_envelopes(session, [vars(c) for r, c in changed.items() if r not in stored], new=True)
        _write_envelopes(session, [vars(c) for r, c in changed.items() if r in stored], new=False)
        if logs:
            _insert(session, _MUTATION, logs)
    session.commit()
    return _answer(results)


def _answer(results: list[str]) -> Response:
    return Response('{"results":[' + ",".join(results) + "]}", media_type="application/json")


def _conflict_json(mutation_id: str, current: _Current | None) -> str:
    return MutationResult(
        mutation_id=mutation_id,
        status=MutationStatus.CONFLICT,
        current=envelope_message(current) if current is not None else None,
    ).model_dump_json()


# An everyday push on PostgreSQL: the lock, the version checks, the writes and the team's next
# sequence number in one call of cw_push (migration 0002), in its own transaction, so the team's lock
# is held for the database's work alone and not across round trips and the Python between them,
# which shares the GIL with every other request of a team syncing together. The rules are push's.
_PUSH_CALL = (
    "SELECT * FROM cw_push(%(token)s, %(moment)s, %(mutation_ids)s::text[], %(record_ids)s::text[], "
    "%(kinds)s::text[], %(case_ids)s::text[], %(base_versions)s::integer[], %(deleted)s::boolean[], "
    "%(ciphertexts)s::bytea[])"
)
_REFUSED = {"unknown", DeviceStatus.PENDING.value, DeviceStatus.REVOKED.value}


def _push_in_one_call(request: PushRequest, credentials: Credentials, session: Session) -> Response:
    if credentials is None:
        raise ApiError(ErrorCode.UNAUTHENTICATED, "no device token")
    mutations = request.mutations
    try:
        payloads = [_ciphertext(mutation.ciphertext, i) for i, mutation in enumerate(mutations)]
    except ApiError:
        # A caller that would be refused hears that first, as from the other path.
        refused = refusal(session, credentials)
        if refused is not None:
            raise refused from None
        raise
    # Autocommit: the call is its own transaction, and the lock goes with its end on the server.
    connection = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    rows = connection.exec_driver_sql(
        _PUSH_CALL,
        {
            "token": digest(credentials.credentials),
            "moment": now(),
            "mutation_ids": [mutation.mutation_id for mutation in mutations],
            "record_ids": [mutation.record_id for mutation in mutations],
            "kinds": [mutation.kind for mutation in mutations],
            "case_ids": [mutation.case_id for mutation in mutations],
            "base_versions": [mutation.base_version for mutation in mutations],
            "deleted": [mutation.deleted for mutation in mutations],
            "ciphertexts": payloads,
        },
    ).all()
    session.commit()  # ends the session's (empty) transaction: the call has committed itself
    if len(rows) == 1 and rows[0].o_outcome in _REFUSED:
        outcome = rows[0].o_outcome
        if outcome == "unknown":
            raise ApiError(ErrorCode.UNAUTHENTICATED, "unknown device token")
        refused = status_error(outcome)
        assert refused is not None
        raise refused
    results: list[str] = []
    for mutation, row in zip(mutations, rows, strict=True):
        if row.o_outcome != "conflict":
            results.append(row.o_result)
            continue
        current = None
        if row.o_version is not None:
            current = _Current(
                team_id="",
                record_id=mutation.record_id,
                kind=row.o_kind,
                case_id=row.o_case_id,
                version=row.o_version,
                seq=row.o_seq,
                deleted=row.o_deleted,
                author=row.o_author,
                device_id=row.o_device_id,
                ciphertext=row.o_ciphertext,
                updated_at=row.o_updated_at,
            )
        results.append(_conflict_json(mutation.mutation_id, current))
    return _answer(results)


if tuple(PushResponse.model_fields) != ("results",) or tuple(MutationResult.model_fields) != (
    "mutation_id",
    "status",
    "version",
    "seq",
    "current",
):
    raise RuntimeError("the push answer's JSON no longer matches the protocol models")


def _accepted_json(mutation_id: str, version: int, seq: int) -> str:
    """MutationResult(status=accepted).model_dump_json(), byte for byte, without the model."""
    return json.dumps(
        {"mutation_id": mutation_id, "status": "accepted", "version": version, "seq": seq, "current": None},
        separators=(",", ":"),
        ensure_ascii=False,
    )


@dataclass(frozen=True)
class _Reads:
    answered: Select[Any]
    current: Select[Any]


def _among(column: ColumnElement[str], name: str, postgresql_array: bool) -> ColumnElement[bool]:
    """`column IN (the values bound to name)`. On PostgreSQL as one array parameter: psycopg prepares
    a statement it sees often, and the generic plan of a long IN list walks every row of the team
    and filters, slower with every push; `= ANY(array)` keeps the plan on the primary key."""
    if postgresql_array:
        return column == any_(bindparam(name, type_=postgresql.ARRAY(String)))
    return column.in_(bindparam(name, expanding=True))


# A push's statements, built once: building and keying them again for every request was Python done
# while the team's lock is held, with every other push of the team waiting.
_READS = {
    dialect: _Reads(
        select(_MUTATION.c.mutation_id, _MUTATION.c.result).where(
            _MUTATION.c.team_id == bindparam("team"), _among(_MUTATION.c.mutation_id, "ids", array)
        ),
        select(_ENVELOPE).where(
            _ENVELOPE.c.team_id == bindparam("team"), _among(_ENVELOPE.c.record_id, "ids", array)
        ),
    )
    for dialect, array in (("postgresql", True), ("sqlite", False))
}
_SET_NEXT_SEQ = update(_TEAM).where(_TEAM.c.id == bindparam("team")).values(next_seq=bindparam("seq"))
_CHANGED_COLUMNS = [name for name in _ENVELOPE_COLUMNS if name not in ("team_id", "record_id")]
_UPDATE_ENVELOPE = (
    update(_ENVELOPE)
    .where(_ENVELOPE.c.team_id == bindparam("_team"), _ENVELOPE.c.record_id == bindparam("_record"))
    .values({name: bindparam(name) for name in _CHANGED_COLUMNS})
)
_INSERTS = {table: insert(table) for table in (_ENVELOPE, _MUTATION)}


def _together(session: Session, small: bool) -> contextlib.AbstractContextManager[Any]:
    """The writes of a small push sent to PostgreSQL in one go (psycopg's pipeline mode) instead of
    one round trip each: they happen under the team's lock, which every other push of the team is
    waiting for. A large one is written with COPY, which a pipeline cannot carry."""
    if not small or session.get_bind().dialect.name != "postgresql":
        return contextlib.nullcontext()
    driver = session.connection().connection.dbapi_connection
    assert isinstance(driver, psycopg.Connection)
    return driver.pipeline()


def _binary_type(column: Column[Any]) -> str:
    """The PostgreSQL type whose binary form COPY expects for this column. Text goes as text, which
    has the same binary form as varchar; integers must be int4, as the columns are."""
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int4"
    if isinstance(kind, LargeBinary):
        return "bytea"
    if isinstance(kind, DateTime):
        return "timestamp"
    if isinstance(kind, String):
        return "text"
    raise TypeError(f"no binary COPY type for {column}")


# COPY in binary: the ciphertext goes as its bytes instead of as hex text twice its size, which
# PostgreSQL parsed back and psycopg wrote a character at a time.
_BINARY_TYPES = {
    table.name: {column.key: _binary_type(column) for column in table.columns}
    for table in (_ENVELOPE, _MUTATION)
}


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """New rows of one table. PostgreSQL takes many with COPY, which costs it a fraction of an INSERT
    per row, even a pipelined one; a few (a laptop's everyday sync) go in as one INSERT, cheaper
    than COPY's extra round trips. Elsewhere an executemany."""
    if session.get_bind().dialect.name != "postgresql" or len(rows) < _COPY_FROM:
        session.connection().execute(_INSERTS[table], rows)
        return
    names = list(rows[0])
    driver = session.connection().connection.dbapi_connection
    assert isinstance(driver, psycopg.Connection)
    columns = sql.SQL(", ").join(sql.Identifier(name) for name in names)
    statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT BINARY)").format(sql.Identifier(table.name), columns)
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        copy.set_types([_BINARY_TYPES[table.name][name] for name in names])
        for row in rows:
            copy.write_row([row[name] for name in names])


def _write_envelopes(session: Session, rows: list[dict[str, Any]], *, new: bool) -> None:
    if not rows:
        return
    if new:
        _insert(session, _ENVELOPE, rows)
        return
    session.connection().execute(
        _UPDATE_ENVELOPE,
        [
            {
                **{name: row[name] for name in _CHANGED_COLUMNS},
                "_team": row["team_id"],
                "_record": row["record_id"],
            }
            for row in rows
        ],
    )


# Built once, like a push's statements: fifty laptops pulling at once share the GIL with the push
# that holds the team's lock.
_PAGE = (
    select(_ENVELOPE)
    .where(_ENVELOPE.c.team_id == approved_team(bindparam("token")), _ENVELOPE.c.seq > bindparam("after"))
    .order_by(_ENVELOPE.c.seq)
    .limit(bindparam("limit"))
)
# A page must be read by walking the (team, seq) index, which hands the rows over in order. A team's
# first pull comes right after its first push, before autovacuum has analysed the new rows; with no
# statistics PostgreSQL expects a few hundred rows after the cursor and plans a bitmap scan of all
# the team's later envelopes and a sort of them on disk: 140-300 ms a page against 1 ms (EXPLAIN
# ANALYZE over 200,000 envelopes). Forbidding the sort for the read's transaction leaves the walk.
_WALK_THE_INDEX = "SET LOCAL enable_sort = off"


@router.get(
    "/pull",
    response_model=PullPage,
    responses=documented(*_ERRORS),
    summary="The team's envelopes after a sequence number, in order, one page at a time",
)
def pull(
    credentials: Credentials,
    session: ReadSession,
    after: Annotated[
        int, Query(ge=0, le=2**63 - 1, description="the cursor of the previous page; 0 for everything")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = DEFAULT_PULL_PAGE,
) -> Response:
    # The caller is checked in the same statement (its team, if approved): a page costs one round trip.
    # Only an empty answer needs a second look, to tell a refused caller from nothing new.
    token_hash = digest(credentials.credentials) if credentials is not None else ""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_WALK_THE_INDEX)
    # One more than asked tells whether another page follows.
    rows = connection.execute(_PAGE, {"token": token_hash, "after": after, "limit": limit + 1}).all()
    if not rows:
        refused = refusal(session, credentials)
        if refused is not None:
            raise refused
    session.close()  # the read is done: its transaction ends here, on this worker thread
    page = rows[:limit]
    return Response(
        _page_json(page, page[-1].seq if page else after, len(rows) > limit), media_type="application/json"
    )


# A page is the bulk of what the server sends; written straight as JSON it costs a fraction of what
# the models cost, with the same bytes. The field lists are checked against the models at import,
# so a field added to the protocol cannot be left out here.
_ENVELOPE_FIELDS = (
    "record_id",
    "kind",
    "case_id",
    "version",
    "seq",
    "deleted",
    "author",
    "device_id",
    "ciphertext",
    "updated_at",
)
if tuple(EnvelopeMessage.model_fields) != _ENVELOPE_FIELDS or tuple(PullPage.model_fields) != (
    "envelopes",
    "cursor",
    "more",
):
    raise RuntimeError("the pull page's JSON no longer matches the protocol models")


def _page_json(rows: Sequence[Any], cursor: int, more: bool) -> str:
    """The page as the model would write it, each envelope written once by this process and then
    reused: when a team syncs together, every laptop pulls the same new envelopes, and writing each
    one afresh for every puller was a fifth of the server's work."""
    envelopes = ",".join([_envelope_json(row) for row in rows])
    return f'{{"envelopes":[{envelopes}],"cursor":{int(cursor)},"more":{"true" if more else "false"}}}'


# Written envelopes by (team, seq) and what identifies their content: a seq is never given to another
# version of a record, and the record, version and moment guard against a database put back under a
# running server. Emptied when full; a first pull of a whole team passes through without reuse.
_WRITTEN: dict[tuple[Any, ...], str] = {}
_WRITTEN_MAX = 20_000


def _envelope_json(row: Any) -> str:
    key = (row.team_id, row.seq, row.record_id, row.version, row.updated_at)
    text = _WRITTEN.get(key)
    if text is None:
        text = json.dumps(
            {
                "record_id": row.record_id,
                "kind": row.kind,
                "case_id": row.case_id,
                "version": row.version,
                "seq": row.seq,
                "deleted": bool(row.deleted),
                "author": row.author,
                "device_id": row.device_id,
                "ciphertext": binascii.b2a_base64(row.ciphertext, newline=False).decode("ascii"),
                "updated_at": iso(row.updated_at),
            },
            separators=(",", ":"),
            ensure_ascii=False,
        )
        if len(_WRITTEN) >= _WRITTEN_MAX:
            _WRITTEN.clear()
        _WRITTEN[key] = text
    return text
