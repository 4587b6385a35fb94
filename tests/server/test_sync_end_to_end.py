"""Two laptops' SyncServices against the real server (SQLite and PostgreSQL): join, approve, sync,
secrecy on the wire and in the server's tables, revocation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.followup import ContactInput, ContactKind
from caseworker_desktop.protocol import DeviceStatus, Role
from caseworker_desktop.server import admin
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.sync import SyncService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.sync.transport import SyncError
from tests.server.server_support import Server
from tests.support import FAST_KDF, PASSPHRASE, FakeClock
from tests.sync.sync_support import add_partner, inform_team
from tests.trajectory.plan_support import case_in_intake

MARK = "Qzkanariesync"
SERVER = "http://127.0.0.1:8443"


class Wire:
    """Every request body a laptop sends, as the network would carry it."""

    def __init__(self, client: httpx.Client) -> None:
        self.bodies: list[bytes] = []
        self._client = client

    def factory(self, _server: str) -> httpx.Client:
        return self._client


@pytest.fixture
def laptops(server: Server, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace, Wire]]:
    wire = Wire(server.client)
    server.client.event_hooks["request"] = [lambda request: wire.bodies.append(request.read())]
    made = []
    for name in ("Leen Leider", "Bart Begeleider"):
        clock = FakeClock()
        profiles = ProfileService(tmp_path / name, clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)
        workspace = profiles.set_up(
            name=name, organisation="CAW Test", team="Wonen", passphrase=PASSPHRASE, repeat=PASSPHRASE
        ).workspace
        workspace.sync = SyncService(workspace.store, workspace.user.user_id, workspace.clock, wire.factory)
        made.append(workspace)
    yield made[0], made[1], wire
    server.client.event_hooks["request"] = []
    for workspace in made:
        workspace.close()


def invite(server: Server, role: Role) -> tuple[str, str]:
    with server.database.session(write=True) as session, session.begin():
        organisation = admin.create_organisation(session, "CAW Test")
        team = admin.create_team(session, organisation.id, "Wonen")
        return team.id, admin.invite(session, team.id, "Leen Leider", role).code


def test_join_approve_sync_and_keep_secrets(
    server: Server, laptops: tuple[Workspace, Workspace, Wire]
) -> None:
    leader, counsellor, wire = laptops
    team_id, leader_code = invite(server, Role.TEAM_LEADER)
    with server.database.session(write=True) as session, session.begin():
        counsellor_code = admin.invite(session, team_id, "Bart Begeleider", Role.COUNSELLOR).code

    with pytest.raises(RuleViolation):
        leader.sync.join("http://example.org", leader_code, "laptop")  # plain HTTP to another host
    status = leader.sync.join(SERVER, leader_code, "Leen's laptop")
    assert (status.role, status.device_status, status.has_team_key) == (
        Role.TEAM_LEADER,
        DeviceStatus.APPROVED,
        True,
    )

    status = counsellor.sync.join(SERVER, counsellor_code, "Bart's laptop")
    assert status.device_status == DeviceStatus.PENDING and not status.can_sync
    with pytest.raises(SyncError) as refused:
        counsellor.sync.sync_now()
    assert refused.value.code == "device_pending"

    pending = [d for d in leader.sync.devices() if d.status == DeviceStatus.PENDING]
    assert len(pending) == 1 and pending[0].fingerprint == status.fingerprint
    with pytest.raises(RuleViolation):
        leader.sync.approve(pending[0], "AAAA-BBBB-CCCC-DDDD")
    leader.sync.approve(pending[0], status.fingerprint.lower().replace("-", " "))
    assert counsellor.sync.refresh().can_sync

    # The counsellor registers a case with marker data and a personal working note.
    landlord = add_partner(counsellor, name=f"{MARK} Woonmaatschappij")
    case_id = case_in_intake(counsellor, landlord, last_name=f"{MARK}Achternaam")
    counsellor.contacts.log(
        case_id,
        ContactInput(
            on=counsellor.today(),
            kind=ContactKind.HOME_VISIT,
            duration="45",
            with_whom="de huurder",
            summary=f"{MARK} huisbezoek",
            personal_note=f"{MARK}PERSOONLIJK",
        ),
    )
    report = counsellor.sync.sync_now()
    assert report.held_back > 0  # the case waits for the team consent
    inform_team(counsellor, case_id)
    counsellor.sync.sync_now()
    leader.sync.sync_now()
    assert [row.id for row in leader.caseload.rows(10)] == [case_id]
    assert leader.sync.status().last_error is None and leader.sync.status().pending == 0

    # Nothing in the clear: not in any request body, not in any table of the server.
    assert not any(MARK.encode() in body for body in wire.bodies)
    dump = json.dumps(server.dump(), default=str)
    assert MARK not in dump and "PERSOONLIJK" not in dump

    # Revoked at once: the next sync is refused and the status says so.
    leader.sync.revoke(pending[0].device_id)
    with pytest.raises(SyncError) as refused:
        counsellor.sync.sync_now()
    assert refused.value.code == "device_revoked"
    assert counsellor.sync.status().device_status == DeviceStatus.REVOKED
