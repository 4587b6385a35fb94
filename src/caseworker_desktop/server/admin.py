"""What the administrator does from the command line: organisations, teams, invitations, revocation.

Each function works inside the caller's session and leaves committing to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker_desktop.protocol import DeviceStatus, Role
from caseworker_desktop.server.credentials import code_hash, new_enrolment_code, new_id, now
from caseworker_desktop.server.models import Device, EnrolmentCode, Organisation, Team, Worker


class AdminError(Exception):
    """A refusal worded for the administrator."""


@dataclass(frozen=True)
class Invitation:
    code: str  # shown once; only its hash is stored
    worker: Worker
    team: Team
    expires_at: datetime


def create_organisation(session: Session, name: str) -> Organisation:
    if not name.strip():
        raise AdminError("An organisation needs a name.")
    organisation = Organisation(id=new_id(), name=name.strip())
    session.add(organisation)
    return organisation


def create_team(session: Session, organisation_id: str, name: str) -> Team:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise AdminError(f"There is no organisation with id {organisation_id}.")
    if not name.strip():
        raise AdminError("A team needs a name.")
    team = Team(
        id=new_id(), organisation_id=organisation.id, name=name.strip(), next_seq=1, team_key_set=False
    )
    session.add(team)
    return team


def _issue_code(
    session: Session, worker: Worker, team: Team, days: int, moment: datetime | None
) -> Invitation:
    if days < 1:
        raise AdminError("An enrolment code must stay valid for at least one day.")
    code = new_enrolment_code()
    expires_at = (moment or now()) + timedelta(days=days)
    session.add(EnrolmentCode(code_hash=code_hash(code), worker_id=worker.id, expires_at=expires_at))
    return Invitation(code=code, worker=worker, team=team, expires_at=expires_at)


def invite(
    session: Session, team_id: str, name: str, role: Role, days: int = 7, *, moment: datetime | None = None
) -> Invitation:
    """A new worker in the team, and a one-time code for their first device."""
    team = session.get(Team, team_id)
    if team is None:
        raise AdminError(f"There is no team with id {team_id}.")
    if not name.strip():
        raise AdminError("A worker needs a name.")
    worker = Worker(id=new_id(), team_id=team.id, name=name.strip(), role=role.value)
    session.add(worker)
    session.flush()  # the models have no relationships, so the code's row must not go in first
    return _issue_code(session, worker, team, days, moment)


def invite_device(
    session: Session, worker_id: str, days: int = 7, *, moment: datetime | None = None
) -> Invitation:
    """Another one-time code for a worker who is already known, e.g. for a replacement laptop."""
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise AdminError(f"There is no worker with id {worker_id}.")
    return _issue_code(session, worker, session.get_one(Team, worker.team_id), days, moment)


def team_devices(session: Session, team_id: str) -> list[tuple[Device, Worker]]:
    if session.get(Team, team_id) is None:
        raise AdminError(f"There is no team with id {team_id}.")
    rows = session.execute(
        select(Device, Worker)
        .join(Worker, Worker.id == Device.worker_id)
        .where(Device.team_id == team_id)
        .order_by(Device.enrolled_at, Device.id)
    ).all()
    return [(row[0], row[1]) for row in rows]


def revoke(session: Session, device_id: str) -> tuple[Device, Worker, bool]:
    """Revoke a device; the flag says whether it was revoked already."""
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"There is no device with id {device_id}.")
    # The same lock the API's approvals take, so an approval in flight cannot undo this revocation.
    session.execute(select(Team.id).where(Team.id == device.team_id).with_for_update())
    session.refresh(device)
    worker = session.get_one(Worker, device.worker_id)
    if device.status == DeviceStatus.REVOKED:
        return device, worker, True
    device.status = DeviceStatus.REVOKED.value
    device.revoked_at = now()
    device.wrapped_key = None
    return device, worker, False
