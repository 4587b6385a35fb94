"""Bad requests get an ErrorBody with a fitting status, never quote what was sent, and change nothing."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest

from caseworker_desktop.protocol import (
    MAX_CIPHERTEXT_BYTES,
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    MAX_REQUEST_BYTES,
    PROTOCOL_HEADER,
    ErrorBody,
    ErrorCode,
)
from caseworker_desktop.server.app import create_app
from tests.server.server_support import Device, Server

MARKER = "Zuurstofmasker-7731"  # stands for client text a careless error message would echo


@pytest.fixture
def leader(server: Server) -> Device:
    device = server.leader(server.new_team())
    server.push(device, device.mutation("existing", 0))
    return device


def _mutation(leader: Device, **changes: Any) -> dict[str, Any]:
    return {**leader.mutation("r1", 0).model_dump(), **changes}


def _bodies(leader: Device) -> Iterator[tuple[str, bytes]]:
    yield "not json", f'{{"mutations": [{MARKER}'.encode()
    yield "wrong type", json.dumps({"mutations": [_mutation(leader, base_version=MARKER)]}).encode()
    yield "negative version", json.dumps({"mutations": [_mutation(leader, base_version=-1)]}).encode()
    yield "unknown field", json.dumps({"mutations": [_mutation(leader, **{MARKER: 1})]}).encode()
    yield "missing field", json.dumps({"mutations": [{"mutation_id": MARKER}]}).encode()
    yield "not base64", json.dumps({"mutations": [_mutation(leader, ciphertext=MARKER + "!")]}).encode()
    yield "too long an id", json.dumps({"mutations": [_mutation(leader, record_id=MARKER * 10)]}).encode()
    yield "a list", json.dumps([MARKER]).encode()
    yield "empty", b""
    good = leader.mutation("r1", 0).model_dump()
    yield "batch too big", json.dumps({"mutations": [good] * (MAX_PUSH_BATCH + 1)}).encode()


def test_malformed_pushes_are_refused_without_echo(server: Server, leader: Device) -> None:
    before = server.counts()
    for label, body in _bodies(leader):
        response = server.call("POST", "/v1/push", leader, content=body)
        error = server.error(response, 422, ErrorCode.MALFORMED)
        assert MARKER not in response.text, label
        assert error.detail, label
    assert server.counts() == before


def test_malformed_enrolment_is_refused_without_echo(server: Server) -> None:
    before = server.counts()
    for body in (
        {"code": MARKER, "device_name": "x"},
        {"code": MARKER, "device_name": "", "public_key": "A" * 44},
        {"code": 12345678, "device_name": MARKER, "public_key": MARKER * 3},
    ):
        response = server.call("POST", "/v1/enrol", json_body=body)
        server.error(response, 422, ErrorCode.MALFORMED)
        assert MARKER not in response.text
    assert server.counts() == before


@pytest.mark.parametrize("query", [{"after": -1}, {"limit": 0}, {"limit": MAX_PULL_PAGE + 1}, {"after": "x"}])
def test_bad_pull_parameters(server: Server, leader: Device, query: dict[str, Any]) -> None:
    server.error(server.call("GET", "/v1/pull", leader, params=query), 422, ErrorCode.MALFORMED)


@pytest.mark.parametrize("protocol", [None, "", "2", "1.0"])
def test_the_protocol_header_is_required(server: Server, leader: Device, protocol: str | None) -> None:
    before = server.counts()
    for method, path, body in [
        ("GET", "/v1/me", None),
        ("GET", "/v1/pull", None),
        ("POST", "/v1/push", {"mutations": [leader.mutation("r2", 0).model_dump()]}),
        ("POST", "/v1/enrol", {"code": "AAAA-BBBB-CCCC-DDDD", "device_name": "x", "public_key": "A" * 44}),
        ("GET", "/v1/no-such-route", None),
    ]:
        response = server.call(method, path, leader, json_body=body, protocol=protocol)
        server.error(response, 426, ErrorCode.PROTOCOL_VERSION)
        assert response.headers[PROTOCOL_HEADER] == "1"
    assert server.counts() == before


def test_health_needs_no_header_and_no_token(server: Server) -> None:
    response = server.call("GET", "/v1/health", protocol=None)
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "protocol": 1}


def test_an_oversize_ciphertext_refuses_the_whole_batch(server: Server, leader: Device) -> None:
    before = server.counts()
    big = base64.b64encode(bytes(MAX_CIPHERTEXT_BYTES + 1)).decode()
    body = {"mutations": [leader.mutation("fine", 0).model_dump(), _mutation(leader, ciphertext=big)]}
    response = server.call("POST", "/v1/push", leader, json_body=body)
    error = server.error(response, 413, ErrorCode.TOO_LARGE)
    assert "mutations.1.ciphertext" in error.detail
    assert server.counts() == before
    at_limit = base64.b64encode(bytes(MAX_CIPHERTEXT_BYTES)).decode()
    fits = server.call(
        "POST", "/v1/push", leader, json_body={"mutations": [_mutation(leader, ciphertext=at_limit)]}
    )
    assert fits.status_code == 200


def test_a_body_over_the_limit_is_refused_while_streaming(server: Server, leader: Device) -> None:
    before = server.counts()
    chunk = b" " * (1024 * 1024)

    def stream() -> Iterator[bytes]:
        for _ in range(MAX_REQUEST_BYTES // len(chunk) + 1):
            yield chunk

    response = server.client.post(
        "/v1/push",
        content=stream(),
        headers={PROTOCOL_HEADER: "1", "Authorization": f"Bearer {leader.token}"},
    )
    server.error(response, 413, ErrorCode.TOO_LARGE)
    assert server.counts() == before


def test_a_declared_oversize_body_is_refused_before_reading() -> None:
    app = create_app("sqlite://")
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        raise AssertionError("the body was read")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/push",
        "raw_path": b"/v1/push",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"x-caseworker-protocol", b"1"),
            (b"content-length", str(MAX_REQUEST_BYTES + 1).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    body = ErrorBody.model_validate_json(b"".join(m.get("body", b"") for m in sent[1:]))
    assert body.code is ErrorCode.TOO_LARGE


def test_unknown_routes_and_methods_answer_in_protocol_terms(server: Server, leader: Device) -> None:
    server.error(server.call("GET", "/v1/records", leader), 404, ErrorCode.NOT_FOUND)
    server.error(server.call("GET", "/v1/push", leader), 405, ErrorCode.MALFORMED)
    server.error(server.call("DELETE", "/v1/team/key", leader), 405, ErrorCode.MALFORMED)
    missing = server.call("POST", "/v1/team/devices/no-such-device/revoke", leader)
    server.error(missing, 404, ErrorCode.NOT_FOUND)


def test_answers_are_not_cached(server: Server, leader: Device) -> None:
    assert server.call("GET", "/v1/me", leader).headers["Cache-Control"] == "no-store"
    assert server.call("GET", "/v1/me", leader, protocol=None).headers["Cache-Control"] == "no-store"
