"""Every error leaves the server as a protocol ErrorBody with a fitting status, and never quotes input."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from caseworker_desktop.protocol import ErrorBody, ErrorCode

STATUS = {
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.DEVICE_REVOKED: 401,
    ErrorCode.DEVICE_PENDING: 403,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.ENROLMENT_CODE_INVALID: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.TEAM_KEY_EXISTS: 409,
    ErrorCode.TOO_LARGE: 413,
    ErrorCode.PROTOCOL_VERSION: 426,
    ErrorCode.MALFORMED: 422,
}


class ApiError(Exception):
    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(code.value)
        self.code = code
        self.detail = detail


def error_response(
    code: ErrorCode, detail: str = "", headers: Mapping[str, str] | None = None
) -> JSONResponse:
    merged = dict(headers or {})
    if STATUS[code] == 401:
        merged.setdefault("WWW-Authenticate", "Bearer")
    return JSONResponse(
        ErrorBody(code=code, detail=detail).model_dump(mode="json"), status_code=STATUS[code], headers=merged
    )


def _where(error: Mapping[str, Any]) -> str:
    loc: Sequence[Any] = error.get("loc", ())
    if error.get("type") == "extra_forbidden":
        loc = loc[:-1]  # the unknown key is the client's own text
    return ".".join(str(part) for part in loc)


def describe_validation(errors: Sequence[Any]) -> str:
    """Where and what kind of problem, built from the schema's own names only: never the values sent."""
    parts = sorted({f"{_where(error)}: {error.get('type', 'invalid')}" for error in errors})
    shown = "; ".join(parts[:5])
    return f"{shown}; and {len(parts) - 5} more" if len(parts) > 5 else shown


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.code, exc.detail)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(ErrorCode.MALFORMED, describe_validation(exc.errors()))


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return error_response(ErrorCode.NOT_FOUND, "no such route")
    if exc.status_code == 413:
        return error_response(ErrorCode.TOO_LARGE)
    # 405 and the rest: the request does not fit the protocol. Keep the real status for the client.
    body = ErrorBody(code=ErrorCode.MALFORMED, detail=f"HTTP {exc.status_code}")
    return JSONResponse(body.model_dump(mode="json"), status_code=exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


def documented(*codes: ErrorCode) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the error codes a route can answer with."""
    by_status: dict[int, list[str]] = {}
    for code in (ErrorCode.PROTOCOL_VERSION, ErrorCode.MALFORMED, ErrorCode.TOO_LARGE, *codes):
        names = by_status.setdefault(STATUS[code], [])
        if code.value not in names:
            names.append(code.value)
    return {
        status: {"model": ErrorBody, "description": "ErrorBody with code " + " or ".join(names)}
        for status, names in sorted(by_status.items())
    }
