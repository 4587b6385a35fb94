"""Joining a team and managing its devices: enrolment, the team key, approval, revocation."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import select

from caseworker_desktop.protocol import (
    Approval,
    DeviceInfo,
    DeviceList,
    DeviceStatus,
    EnrolRequest,
    EnrolResponse,
    ErrorCode,
    Me,
    Role,
    TeamKeyUpload,
    fingerprint,
)
from caseworker_desktop.server.auth import (
    AnyDevice,
    Caller,
    LeaderReader,
    LeaderWriter,
    WriteSession,
    protocol_header,
)
from caseworker_desktop.server.credentials import (
    code_hash,
    decode_public_key,
    digest,
    iso,
    new_id,
    new_token,
    now,
)
from caseworker_desktop.server.errors import ApiError, documented
from caseworker_desktop.server.models import Device, EnrolmentCode, Organisation, Team, Worker

router = APIRouter(prefix="/v1", dependencies=[Depends(protocol_header)])

_AUTH = (ErrorCode.UNAUTHENTICATED, ErrorCode.DEVICE_REVOKED)
_LEADER = (*_AUTH, ErrorCode.DEVICE_PENDING, ErrorCode.FORBIDDEN)
DeviceId = Annotated[str, Path(max_length=64)]


def _fingerprint(public_key: str) -> str:
    raw = decode_public_key(public_key)
    assert raw is not None  # stored only after the same check at enrolment
    return fingerprint(raw)


def _require_base64(text: str, field: str) -> None:
    try:
        base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(ErrorCode.MALFORMED, f"{field} is not base64") from None


def device_info(device: Device, worker: Worker) -> DeviceInfo:
    return DeviceInfo(
        device_id=device.id,
        device_name=device.name,
        worker_id=worker.id,
        worker_name=worker.name,
        role=Role(worker.role),
        status=DeviceStatus(device.status),
        fingerprint=_fingerprint(device.public_key),
        public_key=device.public_key,
        enrolled_at=iso(device.enrolled_at),
    )


@router.post(
    "/enrol",
    response_model=EnrolResponse,
    responses=documented(ErrorCode.ENROLMENT_CODE_INVALID),
    summary="Join a team with a one-time enrolment code",
)
def enrol(request: EnrolRequest, session: WriteSession) -> EnrolResponse:
    raw_public = decode_public_key(request.public_key)
    if raw_public is None:
        # Checked before the code is spent, so a client bug does not burn a one-time code.
        raise ApiError(ErrorCode.MALFORMED, "public_key is not a raw 32-byte X25519 key in base64")
    moment = now()
    code = session.scalars(
        select(EnrolmentCode).where(EnrolmentCode.code_hash == code_hash(request.code)).with_for_update()
    ).one_or_none()
    if code is None or code.used_at is not None or code.expires_at <= moment:
        # One answer for unknown, used and expired: a guesser learns nothing about which codes exist.
        raise ApiError(ErrorCode.ENROLMENT_CODE_INVALID)
    code.used_at = moment
    worker = session.get_one(Worker, code.worker_id)
    team = session.scalars(select(Team).where(Team.id == worker.team_id).with_for_update()).one()
    organisation = session.get_one(Organisation, team.organisation_id)
    # The first leader device of a keyless team is trusted at once: someone has to create the team key,
    # and the code came from the administrator.
    first_leader = worker.role == Role.TEAM_LEADER and not team.team_key_set
    status = DeviceStatus.APPROVED if first_leader else DeviceStatus.PENDING
    token = new_token()
    device = Device(
        id=new_id(),
        worker_id=worker.id,
        team_id=team.id,
        name=request.device_name,
        public_key=base64.b64encode(raw_public).decode("ascii"),
        token_hash=digest(token),
        status=status.value,
        wrapped_key=None,
        enrolled_at=moment,
        approved_at=moment if first_leader else None,
    )
    session.add(device)
    session.commit()
    return EnrolResponse(
        device_id=device.id,
        token=token,
        team_id=team.id,
        team_name=team.name,
        organisation=organisation.name,
        worker_id=worker.id,
        worker_name=worker.name,
        role=Role(worker.role),
        status=status,
        fingerprint=fingerprint(raw_public),
    )


@router.get("/me", response_model=Me, responses=documented(*_AUTH), summary="This device and its team")
def me(caller: AnyDevice) -> Me:
    approved = caller.device.status == DeviceStatus.APPROVED
    return Me(
        device_id=caller.device.id,
        team_id=caller.team.id,
        team_name=caller.team.name,
        organisation=caller.organisation.name,
        worker_id=caller.worker.id,
        worker_name=caller.worker.name,
        role=caller.role,
        status=DeviceStatus(caller.device.status),
        fingerprint=_fingerprint(caller.device.public_key),
        team_key_ready=caller.team.team_key_set,
        wrapped_key=caller.device.wrapped_key if approved else None,
    )


@router.put(
    "/team/key",
    status_code=204,
    response_class=Response,
    responses=documented(*_LEADER, ErrorCode.TEAM_KEY_EXISTS),
    summary="Store the new team key, wrapped for the leader's own device (once per team)",
)
def upload_team_key(upload: TeamKeyUpload, caller: LeaderWriter) -> Response:
    caller.lock()
    if caller.team.team_key_set:
        raise ApiError(ErrorCode.TEAM_KEY_EXISTS)
    _require_base64(upload.wrapped_key, "wrapped_key")
    caller.device.wrapped_key = upload.wrapped_key
    caller.team.team_key_set = True
    caller.session.commit()
    return Response(status_code=204)


@router.get(
    "/team/devices",
    response_model=DeviceList,
    responses=documented(*_LEADER),
    summary="Every device of the caller's team, whatever its status",
)
def list_devices(caller: LeaderReader) -> DeviceList:
    rows = caller.session.execute(
        select(Device, Worker)
        .join(Worker, Worker.id == Device.worker_id)
        .where(Device.team_id == caller.team.id)
        .order_by(Device.enrolled_at, Device.id)
    ).all()
    return DeviceList(devices=[device_info(device, worker) for device, worker in rows])


def _team_device(caller: Caller, device_id: str) -> tuple[Device, Worker]:
    """A device of the caller's own team; another team's device answers exactly like a missing one."""
    row = caller.session.execute(
        select(Device, Worker)
        .join(Worker, Worker.id == Device.worker_id)
        .where(Device.id == device_id, Device.team_id == caller.team.id)
    ).one_or_none()
    if row is None:
        raise ApiError(ErrorCode.NOT_FOUND, "no such device in this team")
    device, worker = row
    return device, worker


@router.post(
    "/team/devices/{device_id}/approve",
    response_model=DeviceInfo,
    responses=documented(*_LEADER, ErrorCode.NOT_FOUND),
    summary="Approve a pending device, handing it the team key wrapped for its public key",
)
def approve_device(device_id: DeviceId, approval: Approval, caller: LeaderWriter) -> DeviceInfo:
    caller.lock()
    if caller.device.wrapped_key is None:
        raise ApiError(ErrorCode.FORBIDDEN, "this device does not hold the team key")
    target, worker = _team_device(caller, device_id)
    # An approved device without a key is a second leader device that enrolled before the key existed.
    keyless = target.status == DeviceStatus.APPROVED and target.wrapped_key is None
    if target.status != DeviceStatus.PENDING and not keyless:
        raise ApiError(ErrorCode.FORBIDDEN, "only a pending device can be approved")
    _require_base64(approval.wrapped_key, "wrapped_key")
    target.status = DeviceStatus.APPROVED.value
    target.wrapped_key = approval.wrapped_key
    target.approved_at = now()
    caller.session.commit()
    return device_info(target, worker)


@router.post(
    "/team/devices/{device_id}/revoke",
    response_model=DeviceInfo,
    responses=documented(*_LEADER, ErrorCode.NOT_FOUND),
    summary="Revoke a device: it is refused from its next request on",
)
def revoke_device(device_id: DeviceId, caller: LeaderWriter) -> DeviceInfo:
    caller.lock()
    target, worker = _team_device(caller, device_id)
    if target.status != DeviceStatus.REVOKED:
        target.status = DeviceStatus.REVOKED.value
        target.revoked_at = now()
        target.wrapped_key = None  # no use to anyone any more
    caller.session.commit()
    return device_info(target, worker)
