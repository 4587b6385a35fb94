"""Push and pull: the team's ordered log of sealed envelopes, with compare-and-swap on versions."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import select

from caseworker_desktop.protocol import (
    MAX_CIPHERTEXT_BYTES,
    MAX_PULL_PAGE,
    ErrorCode,
    MutationResult,
    MutationStatus,
    PullPage,
    PushRequest,
    PushResponse,
)
from caseworker_desktop.protocol import Envelope as EnvelopeMessage
from caseworker_desktop.server.auth import ApprovedReader, ApprovedWriter, protocol_header
from caseworker_desktop.server.credentials import iso, now
from caseworker_desktop.server.errors import ApiError, documented
from caseworker_desktop.server.models import Envelope, MutationLog

router = APIRouter(prefix="/v1", dependencies=[Depends(protocol_header)])

DEFAULT_PULL_PAGE = 1000
_MAX_CIPHERTEXT_TEXT = 4 * -(-MAX_CIPHERTEXT_BYTES // 3)  # its base64 length
_ERRORS = (ErrorCode.UNAUTHENTICATED, ErrorCode.DEVICE_REVOKED, ErrorCode.DEVICE_PENDING)


def _json(message: PushResponse | PullPage) -> Response:
    # Serialised once here; returning the model would make FastAPI validate every envelope again.
    return Response(message.model_dump_json(), media_type="application/json")


def envelope_message(row: Envelope) -> EnvelopeMessage:
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
def push(request: PushRequest, caller: ApprovedWriter) -> Response:
    # Every payload is checked before anything is written: a bad batch changes nothing at all.
    payloads = [_ciphertext(mutation.ciphertext, i) for i, mutation in enumerate(request.mutations)]
    caller.lock()
    session, team = caller.session, caller.team
    mutation_ids = {mutation.mutation_id for mutation in request.mutations}
    record_ids = {mutation.record_id for mutation in request.mutations}
    seen = {
        row.mutation_id: row
        for row in session.scalars(
            select(MutationLog).where(
                MutationLog.team_id == team.id, MutationLog.mutation_id.in_(mutation_ids)
            )
        )
    }
    envelopes = {
        row.record_id: row
        for row in session.scalars(
            select(Envelope).where(Envelope.team_id == team.id, Envelope.record_id.in_(record_ids))
        )
    }
    moment = now()
    results: list[MutationResult] = []
    for mutation, payload in zip(request.mutations, payloads, strict=True):
        earlier = seen.get(mutation.mutation_id)
        if earlier is not None:
            results.append(MutationResult.model_validate_json(earlier.result))
            continue
        current = envelopes.get(mutation.record_id)
        if (current.version if current is not None else 0) != mutation.base_version:
            # Not logged: a replay of a conflicting mutation is simply compared again.
            results.append(
                MutationResult(
                    mutation_id=mutation.mutation_id,
                    status=MutationStatus.CONFLICT,
                    current=envelope_message(current) if current is not None else None,
                )
            )
            continue
        if current is None:
            current = Envelope(team_id=team.id, record_id=mutation.record_id)
            session.add(current)
            envelopes[mutation.record_id] = current
        seq = team.next_seq
        team.next_seq = seq + 1
        current.kind = mutation.kind
        current.case_id = mutation.case_id
        current.version = mutation.base_version + 1
        current.seq = seq
        current.deleted = mutation.deleted
        current.author = caller.worker.id
        current.device_id = caller.device.id
        current.ciphertext = payload
        current.updated_at = moment
        result = MutationResult(
            mutation_id=mutation.mutation_id, status=MutationStatus.ACCEPTED, version=current.version, seq=seq
        )
        log = MutationLog(
            team_id=team.id,
            mutation_id=mutation.mutation_id,
            record_id=mutation.record_id,
            status=result.status.value,
            version=result.version,
            seq=seq,
            result=result.model_dump_json(),
        )
        session.add(log)
        seen[mutation.mutation_id] = log
        results.append(result)
    session.commit()
    return _json(PushResponse(results=results))


@router.get(
    "/pull",
    response_model=PullPage,
    responses=documented(*_ERRORS),
    summary="The team's envelopes after a sequence number, in order, one page at a time",
)
def pull(
    caller: ApprovedReader,
    after: Annotated[
        int, Query(ge=0, le=2**63 - 1, description="the cursor of the previous page; 0 for everything")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = DEFAULT_PULL_PAGE,
) -> Response:
    rows = caller.session.scalars(
        select(Envelope)
        .where(Envelope.team_id == caller.team.id, Envelope.seq > after)
        .order_by(Envelope.seq)
        .limit(limit + 1)  # one more than asked tells whether another page follows
    ).all()
    page = rows[:limit]
    return _json(
        PullPage(
            envelopes=[envelope_message(row) for row in page],
            cursor=page[-1].seq if page else after,
            more=len(rows) > limit,
        )
    )
