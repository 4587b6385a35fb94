"""The gate every request passes before routing: protocol version, body size, and response headers.

Plain ASGI rather than FastAPI's body limit so the refusal is an ErrorBody and works the same on every
FastAPI version the package allows.
"""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from caseworker_desktop.protocol import MAX_REQUEST_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorCode
from caseworker_desktop.server.errors import error_response

UNVERSIONED = frozenset({"/v1/health"})


class ProtocolGate:
    def __init__(self, app: ASGIApp, max_body: int = MAX_REQUEST_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _private(send)
        headers = Headers(scope=scope)
        path: str = scope["path"]
        versioned = path.startswith("/v1/") and path not in UNVERSIONED
        if versioned and headers.get(PROTOCOL_HEADER) != str(PROTOCOL_VERSION):
            response = error_response(
                ErrorCode.PROTOCOL_VERSION,
                f"this server speaks protocol {PROTOCOL_VERSION}",
                {PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            )
            await response(scope, receive, send)
            return
        declared = headers.get("content-length")
        if declared is not None and not (declared.isascii() and declared.isdigit()):
            await error_response(ErrorCode.MALFORMED, "bad Content-Length")(scope, receive, send)
            return
        if declared is not None and int(declared) > self.max_body:
            # Refused before a byte of the body is read.
            await error_response(ErrorCode.TOO_LARGE, f"requests are limited to {self.max_body} bytes")(
                scope, receive, send
            )
            return
        try:
            body = await self._read_body(receive)
        except _TooLarge:
            await error_response(ErrorCode.TOO_LARGE, f"requests are limited to {self.max_body} bytes")(
                scope, receive, send
            )
            return
        if body is None:
            return  # the client went away
        if body and "content-type" not in headers:
            # The protocol is JSON only; clients need not say so.
            scope = dict(scope)
            scope["headers"] = [*scope["headers"], (b"content-type", b"application/json")]
        await self.app(scope, _replay(body, receive), send)

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, but never more than the limit in memory: chunked uploads are counted too."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


class _TooLarge(Exception):
    pass


def _replay(body: bytes, receive: Receive) -> Receive:
    pending: list[Message] = [{"type": "http.request", "body": body, "more_body": False}]

    async def replayed() -> Message:
        # After the body, later calls (disconnect watching) go to the real channel.
        return pending.pop() if pending else await receive()

    return replayed


def _private(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            # Answers carry team data (even if sealed) and tokens: no cache anywhere may keep them.
            MutableHeaders(scope=message).setdefault("Cache-Control", "no-store")
        await send(message)

    return sending
