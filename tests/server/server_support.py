"""A test server on a real database, and devices that enrol and seal like the laptop does."""

from __future__ import annotations

import base64
import itertools
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import MetaData, func, select

from caseworker_desktop.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    EnrolResponse,
    ErrorBody,
    ErrorCode,
    Me,
    Mutation,
    PullPage,
    PushRequest,
    PushResponse,
    Role,
    aad,
)
from caseworker_desktop.server import admin
from caseworker_desktop.server.database import Database
from caseworker_desktop.server.models import Base
from caseworker_desktop.sync import crypto

_names = itertools.count(1)


@dataclass
class Team:
    id: str
    organisation_id: str


@dataclass
class Device:
    id: str
    token: str
    team_id: str
    worker_id: str
    role: Role
    private_key: bytes
    public_key: bytes
    team_key: bytes | None = None
    _mutations: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def mutation(
        self, record_id: str, base_version: int, body: dict[str, Any] | None = None, *, kind: str = "note"
    ) -> Mutation:
        """A change sealed with the team key for the version it will get if accepted."""
        key = self.team_key or bytes(32)
        plaintext = json.dumps(body or {"n": next(self._mutations)}).encode()
        sealed = crypto.seal(key, plaintext, aad(self.team_id, record_id, kind, base_version + 1))
        return Mutation(
            mutation_id=str(uuid.uuid4()),
            record_id=record_id,
            kind=kind,
            base_version=base_version,
            ciphertext=sealed,
        )


class Server:
    def __init__(self, client: TestClient, database: Database) -> None:
        self.client = client
        self.database = database

    # --- raw HTTP ------------------------------------------------------------------------------------------
    def call(
        self,
        method: str,
        path: str,
        device: Device | None = None,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        protocol: str | None = str(PROTOCOL_VERSION),
        token: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        headers: dict[str, str] = {}
        if protocol is not None:
            headers[PROTOCOL_HEADER] = protocol
        bearer = token if token is not None else device.token if device is not None else None
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer}"
        if json_body is not None:
            content = json.dumps(json_body).encode()
        return self.client.request(method, path, headers=headers, content=content, params=params)

    def error(self, response: httpx.Response, status: int, code: ErrorCode) -> ErrorBody:
        assert response.status_code == status, response.text
        body = ErrorBody.model_validate_json(response.content)
        assert body.code is code, response.text
        return body

    # --- administration, straight on the database ------------------------------------------------------
    def new_team(self) -> Team:
        with self.database.session(write=True) as session:
            organisation = admin.create_organisation(session, f"CAW {next(_names)}")
            session.flush()
            team = admin.create_team(session, organisation.id, f"Wonen {next(_names)}")
            session.commit()
            return Team(team.id, organisation.id)

    def invite(self, team: Team, role: Role = Role.COUNSELLOR, **kwargs: Any) -> str:
        with self.database.session(write=True) as session:
            invitation = admin.invite(session, team.id, f"Worker {next(_names)}", role, **kwargs)
            session.commit()
            return invitation.code

    # --- the device side -------------------------------------------------------------------------------
    def enrol(self, code: str, name: str = "Laptop") -> tuple[httpx.Response, bytes, bytes]:
        private, public = crypto.new_device_key()
        response = self.call(
            "POST",
            "/v1/enrol",
            json_body={"code": code, "device_name": name, "public_key": base64.b64encode(public).decode()},
        )
        return response, private, public

    def enrolled(self, team: Team, role: Role = Role.COUNSELLOR) -> Device:
        response, private, public = self.enrol(self.invite(team, role))
        assert response.status_code == 200, response.text
        answer = EnrolResponse.model_validate_json(response.content)
        return Device(answer.device_id, answer.token, answer.team_id, answer.worker_id, role, private, public)

    def leader(self, team: Team) -> Device:
        """The team's first leader device, with the team key created and uploaded."""
        device = self.enrolled(team, Role.TEAM_LEADER)
        device.team_key = crypto.new_team_key()
        wrapped = crypto.wrap_team_key(device.team_key, device.public_key)
        response = self.call("PUT", "/v1/team/key", device, json_body={"wrapped_key": wrapped})
        assert response.status_code == 204, response.text
        return device

    def approve(self, leader: Device, device: Device) -> httpx.Response:
        assert leader.team_key is not None
        wrapped = crypto.wrap_team_key(leader.team_key, device.public_key)
        return self.call(
            "POST", f"/v1/team/devices/{device.id}/approve", leader, json_body={"wrapped_key": wrapped}
        )

    def counsellor(self, team: Team, leader: Device) -> Device:
        """An approved counsellor device that opened its wrapped team key itself."""
        device = self.enrolled(team)
        assert self.approve(leader, device).status_code == 200
        me = Me.model_validate_json(self.call("GET", "/v1/me", device).content)
        assert me.wrapped_key is not None
        device.team_key = crypto.unwrap_team_key(me.wrapped_key, device.private_key)
        return device

    def push(self, device: Device, *mutations: Mutation) -> PushResponse:
        response = self.call(
            "POST",
            "/v1/push",
            device,
            content=PushRequest(mutations=list(mutations)).model_dump_json().encode(),
        )
        assert response.status_code == 200, response.text
        return PushResponse.model_validate_json(response.content)

    def pull(self, device: Device, after: int = 0, limit: int | None = None) -> PullPage:
        params: dict[str, Any] = {"after": after}
        if limit is not None:
            params["limit"] = limit
        response = self.call("GET", "/v1/pull", device, params=params)
        assert response.status_code == 200, response.text
        return PullPage.model_validate_json(response.content)

    # --- looking inside the database -----------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.database.session(write=False) as session:
            return {
                table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables
            }

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table in the database, the migration bookkeeping included."""
        metadata = MetaData()
        metadata.reflect(self.database.engine)
        with self.database.engine.connect() as conn:
            return {
                table.name: [tuple(row) for row in conn.execute(select(table))]
                for table in metadata.sorted_tables
            }
