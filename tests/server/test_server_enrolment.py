"""Joining a team: one-time codes, the first leader and the team key, pending devices, approval."""

from __future__ import annotations

from datetime import timedelta

from caseworker_desktop.protocol import (
    DeviceInfo,
    DeviceList,
    DeviceStatus,
    EnrolResponse,
    ErrorCode,
    Me,
    Role,
    fingerprint,
)
from caseworker_desktop.server.credentials import now
from caseworker_desktop.sync import crypto
from tests.server.server_support import Server


def test_a_code_enrols_one_device_once(server: Server) -> None:
    team = server.new_team()
    code = server.invite(team)
    first, _, public = server.enrol(code)
    assert first.status_code == 200, first.text
    answer = EnrolResponse.model_validate_json(first.content)
    assert answer.status is DeviceStatus.PENDING
    assert answer.role is Role.COUNSELLOR
    assert answer.team_id == team.id
    assert answer.fingerprint == fingerprint(public)
    again, _, _ = server.enrol(code)
    server.error(again, 403, ErrorCode.ENROLMENT_CODE_INVALID)


def test_codes_are_forgiving_about_case_spaces_and_lookalikes(server: Server) -> None:
    code = server.invite(server.new_team())
    typed = " ".join(code.replace("-", "").lower()).replace("o", "0").replace("i", "1")
    response, _, _ = server.enrol(typed)
    assert response.status_code == 200, response.text


def test_an_unknown_or_expired_code_is_refused(server: Server) -> None:
    team = server.new_team()
    wrong, _, _ = server.enrol("AAAA-BBBB-CCCC-DDDD")
    server.error(wrong, 403, ErrorCode.ENROLMENT_CODE_INVALID)
    expired = server.invite(team, days=7, moment=now() - timedelta(days=7, seconds=1))
    late, _, _ = server.enrol(expired)
    server.error(late, 403, ErrorCode.ENROLMENT_CODE_INVALID)


def test_a_bad_public_key_does_not_spend_the_code(server: Server) -> None:
    code = server.invite(server.new_team())
    bad = server.call(
        "POST", "/v1/enrol", json_body={"code": code, "device_name": "Laptop", "public_key": "A" * 44}
    )
    server.error(bad, 422, ErrorCode.MALFORMED)
    good, _, _ = server.enrol(code)
    assert good.status_code == 200


def test_the_first_leader_device_is_approved_and_sets_the_team_key_once(server: Server) -> None:
    team = server.new_team()
    leader = server.enrolled(team, Role.TEAM_LEADER)
    me = Me.model_validate_json(server.call("GET", "/v1/me", leader).content)
    assert me.status is DeviceStatus.APPROVED
    assert not me.team_key_ready and me.wrapped_key is None

    team_key = crypto.new_team_key()
    wrapped = crypto.wrap_team_key(team_key, leader.public_key)
    assert server.call("PUT", "/v1/team/key", leader, json_body={"wrapped_key": wrapped}).status_code == 204
    me = Me.model_validate_json(server.call("GET", "/v1/me", leader).content)
    assert me.team_key_ready
    assert me.wrapped_key is not None
    assert crypto.unwrap_team_key(me.wrapped_key, leader.private_key) == team_key

    other = crypto.wrap_team_key(crypto.new_team_key(), leader.public_key)
    again = server.call("PUT", "/v1/team/key", leader, json_body={"wrapped_key": other})
    server.error(again, 409, ErrorCode.TEAM_KEY_EXISTS)
    me = Me.model_validate_json(server.call("GET", "/v1/me", leader).content)
    assert me.wrapped_key == wrapped


def test_a_later_leader_device_waits_for_approval(server: Server) -> None:
    team = server.new_team()
    server.leader(team)
    second = server.enrolled(team, Role.TEAM_LEADER)
    me = Me.model_validate_json(server.call("GET", "/v1/me", second).content)
    assert me.status is DeviceStatus.PENDING


def test_a_pending_counsellor_can_only_ask_about_itself(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    pending = server.enrolled(team)
    me = Me.model_validate_json(server.call("GET", "/v1/me", pending).content)
    assert me.status is DeviceStatus.PENDING
    assert me.team_key_ready and me.wrapped_key is None

    server.error(server.call("GET", "/v1/pull", pending), 403, ErrorCode.DEVICE_PENDING)
    push = server.call(
        "POST", "/v1/push", pending, json_body={"mutations": [pending.mutation("r1", 0).model_dump()]}
    )
    server.error(push, 403, ErrorCode.DEVICE_PENDING)
    assert server.pull(leader).envelopes == []


def test_the_leader_approves_with_the_wrapped_key(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    device = server.enrolled(team)
    listed = DeviceList.model_validate_json(server.call("GET", "/v1/team/devices", leader).content)
    assert {d.device_id: d.status for d in listed.devices} == {
        leader.id: DeviceStatus.APPROVED,
        device.id: DeviceStatus.PENDING,
    }
    shown = next(d for d in listed.devices if d.device_id == device.id)
    assert shown.fingerprint == fingerprint(device.public_key)

    response = server.approve(leader, device)
    assert response.status_code == 200, response.text
    assert DeviceInfo.model_validate_json(response.content).status is DeviceStatus.APPROVED
    me = Me.model_validate_json(server.call("GET", "/v1/me", device).content)
    assert me.wrapped_key is not None
    assert crypto.unwrap_team_key(me.wrapped_key, device.private_key) == leader.team_key
    assert server.pull(device).envelopes == []

    twice = server.approve(leader, device)
    server.error(twice, 403, ErrorCode.FORBIDDEN)


def test_a_counsellor_cannot_do_a_leaders_work(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    counsellor = server.counsellor(team, leader)
    pending = server.enrolled(team)
    counsellor_as_leader = type(leader)(**{**counsellor.__dict__, "role": Role.TEAM_LEADER})
    server.error(server.approve(counsellor_as_leader, pending), 403, ErrorCode.FORBIDDEN)
    server.error(server.call("GET", "/v1/team/devices", counsellor), 403, ErrorCode.FORBIDDEN)
    server.error(
        server.call("POST", f"/v1/team/devices/{leader.id}/revoke", counsellor), 403, ErrorCode.FORBIDDEN
    )
    wrapped = crypto.wrap_team_key(crypto.new_team_key(), counsellor.public_key)
    server.error(
        server.call("PUT", "/v1/team/key", counsellor, json_body={"wrapped_key": wrapped}),
        403,
        ErrorCode.FORBIDDEN,
    )
    me = Me.model_validate_json(server.call("GET", "/v1/me", pending).content)
    assert me.status is DeviceStatus.PENDING


def test_a_leader_device_without_the_key_cannot_approve(server: Server) -> None:
    team = server.new_team()
    keyless = server.enrolled(team, Role.TEAM_LEADER)
    keyless.team_key = crypto.new_team_key()  # never uploaded: the server holds no key for it
    pending = server.enrolled(team)
    server.error(server.approve(keyless, pending), 403, ErrorCode.FORBIDDEN)


def test_a_second_early_leader_device_gets_the_key_from_the_first(server: Server) -> None:
    team = server.new_team()
    first = server.enrolled(team, Role.TEAM_LEADER)
    second = server.enrolled(team, Role.TEAM_LEADER)  # also before the key exists: approved, keyless
    first.team_key = crypto.new_team_key()
    wrapped = crypto.wrap_team_key(first.team_key, first.public_key)
    assert server.call("PUT", "/v1/team/key", first, json_body={"wrapped_key": wrapped}).status_code == 204
    assert server.approve(first, second).status_code == 200
    me = Me.model_validate_json(server.call("GET", "/v1/me", second).content)
    assert me.wrapped_key is not None
    assert crypto.unwrap_team_key(me.wrapped_key, second.private_key) == first.team_key
