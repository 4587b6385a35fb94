"""Use cases for outreach attempts, the tenant's attitude, the decision to start, consent and the intake."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class EngagementService(StoreService):
    """Being written for issue 3."""
