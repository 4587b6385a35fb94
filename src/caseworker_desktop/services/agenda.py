"""Use cases for the agenda across the caseload and its calendar export."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class AgendaService(StoreService):
    """Being written for issue 3."""
