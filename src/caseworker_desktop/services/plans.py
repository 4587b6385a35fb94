"""Use cases for the action plan: versions, SMART goals, the landlord's conditions."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class PlanService(StoreService):
    """Being written for issue 3."""
