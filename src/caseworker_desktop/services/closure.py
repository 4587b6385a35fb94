"""Use cases for closing a case and its aftercare."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class ClosureService(StoreService):
    """Being written for issue 3."""
