"""No device reads or writes another team's rows; a revoked device is refused everywhere at once."""

from __future__ import annotations

import pytest

from caseworker_desktop.protocol import DeviceInfo, DeviceStatus, ErrorCode, Me, MutationStatus
from caseworker_desktop.server.credentials import new_token
from tests.server.server_support import Device, Server


@pytest.fixture
def two_teams(server: Server) -> tuple[Device, Device]:
    leader_a = server.leader(server.new_team())
    leader_b = server.leader(server.new_team())
    server.push(leader_a, leader_a.mutation("shared-id", 0), leader_a.mutation("only-a", 0))
    return leader_a, leader_b


def test_another_team_pulls_nothing_of_ours(server: Server, two_teams: tuple[Device, Device]) -> None:
    leader_a, leader_b = two_teams
    assert len(server.pull(leader_a).envelopes) == 2
    assert server.pull(leader_b).envelopes == []
    assert server.pull(leader_b, after=0, limit=2000).cursor == 0


def test_the_same_record_id_in_another_team_is_another_record(
    server: Server, two_teams: tuple[Device, Device]
) -> None:
    leader_a, leader_b = two_teams
    before = {e.record_id: e for e in server.pull(leader_a).envelopes}

    [conflict] = server.push(leader_b, leader_b.mutation("shared-id", 1)).results
    assert conflict.status is MutationStatus.CONFLICT and conflict.current is None  # A's version is not seen
    [created] = server.push(leader_b, leader_b.mutation("shared-id", 0)).results
    assert created.status is MutationStatus.ACCEPTED and created.version == 1 and created.seq == 1

    after = {e.record_id: e for e in server.pull(leader_a).envelopes}
    assert after == before
    [b_only] = server.pull(leader_b).envelopes
    assert b_only.ciphertext != before["shared-id"].ciphertext


def test_a_mutation_id_is_per_team(server: Server, two_teams: tuple[Device, Device]) -> None:
    leader_a, leader_b = two_teams
    mutation = leader_a.mutation("x", 0)
    [in_a] = server.push(leader_a, mutation).results
    [in_b] = server.push(leader_b, mutation).results
    assert in_a.status is in_b.status is MutationStatus.ACCEPTED
    assert in_b.seq == 1  # a fresh acceptance in B, not A's stored answer
    assert in_a.seq == 3


def test_another_teams_leader_cannot_touch_our_devices(server: Server) -> None:
    team_a = server.new_team()
    leader_a = server.leader(team_a)
    pending_a = server.enrolled(team_a)
    leader_b = server.leader(server.new_team())
    server.error(server.approve(leader_b, pending_a), 404, ErrorCode.NOT_FOUND)
    server.error(
        server.call("POST", f"/v1/team/devices/{leader_a.id}/revoke", leader_b), 404, ErrorCode.NOT_FOUND
    )
    assert (
        Me.model_validate_json(server.call("GET", "/v1/me", pending_a).content).status is DeviceStatus.PENDING
    )
    assert (
        Me.model_validate_json(server.call("GET", "/v1/me", leader_a).content).status is DeviceStatus.APPROVED
    )
    listed = server.call("GET", "/v1/team/devices", leader_b).json()["devices"]
    assert {d["device_id"] for d in listed} == {leader_b.id}


def test_a_revoked_device_is_refused_on_every_route(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    counsellor = server.counsellor(team, leader)
    target = server.enrolled(team)
    response = server.call("POST", f"/v1/team/devices/{counsellor.id}/revoke", leader)
    assert DeviceInfo.model_validate_json(response.content).status is DeviceStatus.REVOKED

    routes = [
        ("GET", "/v1/me", None),
        ("GET", "/v1/pull", None),
        ("POST", "/v1/push", {"mutations": [counsellor.mutation("r", 0).model_dump()]}),
        ("GET", "/v1/team/devices", None),
        ("PUT", "/v1/team/key", {"wrapped_key": "AAAA"}),
        ("POST", f"/v1/team/devices/{target.id}/approve", {"wrapped_key": "AAAA"}),
        ("POST", f"/v1/team/devices/{leader.id}/revoke", None),
    ]
    before = server.counts()
    for method, path, body in routes:
        response = server.call(method, path, counsellor, json_body=body)
        server.error(response, 401, ErrorCode.DEVICE_REVOKED)
        assert response.headers["WWW-Authenticate"] == "Bearer"
    assert server.counts() == before


def test_a_revoked_leader_loses_its_key_on_the_server(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    again = server.call("POST", f"/v1/team/devices/{leader.id}/revoke", leader)
    assert again.status_code == 200
    server.error(server.call("GET", "/v1/me", leader), 401, ErrorCode.DEVICE_REVOKED)


@pytest.mark.parametrize("token", [None, "", "not-a-token", new_token()])
def test_no_or_unknown_token_is_unauthenticated(server: Server, token: str | None) -> None:
    for method, path in [("GET", "/v1/me"), ("GET", "/v1/pull"), ("GET", "/v1/team/devices")]:
        response = server.call(method, path, token=token)
        server.error(response, 401, ErrorCode.UNAUTHENTICATED)
