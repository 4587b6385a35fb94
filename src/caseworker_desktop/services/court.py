"""Use cases for the court procedure around a case."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class CourtService(StoreService):
    """Being written for issue 3."""
