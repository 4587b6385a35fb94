"""The protocol over HTTP with httpx: the device token in a header, errors as stable codes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from caseworker_desktop.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    Approval,
    DeviceInfo,
    DeviceList,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    Me,
    OutgoingMutation,
    PullPage,
    PushRequest,
    PushResponse,
    TeamKeyUpload,
    push_body,
)
from caseworker_desktop.sync.engine import Transport

M = TypeVar("M", bound=BaseModel)
TIMEOUT = httpx.Timeout(20.0, connect=5.0)


class SyncError(Exception):
    """What went wrong, as a code the interface turns into words: a protocol ErrorCode, or
    'offline' (no connection), 'timeout', 'server_error', 'bad_response'."""

    def __init__(self, code: str, status: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


def allowed_address(url: str) -> bool:
    """HTTPS, or plain HTTP only to this machine itself (a test server, a local reverse proxy)."""
    parsed = httpx.URL(url)
    if parsed.scheme == "https":
        return bool(parsed.host)
    return parsed.scheme == "http" and parsed.host in ("127.0.0.1", "localhost", "::1")


class HttpTransport(Transport):
    def __init__(self, client: httpx.Client, token: str | None = None) -> None:
        self._client = client
        self._token = token

    def _headers(self) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        return headers

    def _call(
        self,
        method: str,
        path: str,
        answer: type[M] | None,
        body: BaseModel | bytes | None = None,
        **params: Any,
    ) -> Any:
        try:
            response = self._client.request(
                method,
                path,
                headers=self._headers(),
                content=body.model_dump_json() if isinstance(body, BaseModel) else body,
                params=params or None,
            )
        except httpx.TimeoutException:
            raise SyncError("timeout") from None
        except httpx.TransportError:
            raise SyncError("offline") from None
        if response.status_code >= 400:
            try:
                error = ErrorBody.model_validate_json(response.content)
            except ValidationError:
                raise SyncError(
                    "server_error" if response.status_code >= 500 else "bad_response", response.status_code
                ) from None
            raise SyncError(error.code.value, response.status_code)
        if answer is None:
            return None
        try:
            return answer.model_validate_json(response.content)
        except ValidationError:
            raise SyncError("bad_response", response.status_code) from None

    # --- joining and the team -------------------------------------------------------------------------
    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        return self._call("POST", "/v1/enrol", EnrolResponse, request)  # type: ignore[no-any-return]

    def me(self) -> Me:
        return self._call("GET", "/v1/me", Me)  # type: ignore[no-any-return]

    def upload_team_key(self, upload: TeamKeyUpload) -> None:
        self._call("PUT", "/v1/team/key", None, upload)

    def devices(self) -> DeviceList:
        return self._call("GET", "/v1/team/devices", DeviceList)  # type: ignore[no-any-return]

    def approve(self, device_id: str, approval: Approval) -> DeviceInfo:
        return self._call("POST", f"/v1/team/devices/{device_id}/approve", DeviceInfo, approval)  # type: ignore[no-any-return]

    def revoke(self, device_id: str) -> DeviceInfo:
        return self._call("POST", f"/v1/team/devices/{device_id}/revoke", DeviceInfo)  # type: ignore[no-any-return]

    # --- records ----------------------------------------------------------------------------------------
    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", "/v1/push", PushResponse, request)  # type: ignore[no-any-return]

    def push_batch(self, mutations: Sequence[OutgoingMutation]) -> PushResponse:
        return self._call("POST", "/v1/push", PushResponse, push_body(mutations))  # type: ignore[no-any-return]

    def pull(self, after: int, limit: int) -> PullPage:
        return self._call("GET", "/v1/pull", PullPage, after=after, limit=limit)  # type: ignore[no-any-return]
