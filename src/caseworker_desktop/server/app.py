"""The FastAPI application: routes under /v1, errors as ErrorBody, nothing opened before the first request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Literal

from fastapi import APIRouter, FastAPI
from pydantic import BaseModel

from caseworker_desktop.protocol import PROTOCOL_VERSION
from caseworker_desktop.server import errors, records, team
from caseworker_desktop.server.database import Database
from caseworker_desktop.server.middleware import ProtocolGate

TITLE = "Caseworker sync server"
DESCRIPTION = (
    "An ordered per-team log of sealed envelopes. Every /v1 request except /v1/health carries the header "
    "X-Caseworker-Protocol (426 otherwise); every error is an ErrorBody."
)


class Health(BaseModel):
    status: Literal["ok"]
    protocol: int


_health = APIRouter(prefix="/v1")


@_health.get("/health", response_model=Health, summary="Liveness; needs neither token nor protocol header")
def health() -> Health:
    return Health(status="ok", protocol=PROTOCOL_VERSION)


def create_app(database_url: str) -> FastAPI:
    """The application for one database. The schema must be migrated already (`caseworker-server migrate`)."""
    database = Database(database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.dispose()

    app = FastAPI(
        title=TITLE,
        description=DESCRIPTION,
        version=f"protocol {PROTOCOL_VERSION}",
        # The interactive docs load scripts from a CDN; the schema itself is enough, and it is in the repo.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.database = database
    errors.install(app)
    app.include_router(_health)
    app.include_router(team.router)
    app.include_router(records.router)
    app.add_middleware(ProtocolGate)
    return app
