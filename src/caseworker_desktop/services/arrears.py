"""Use cases for arrears, payment plans, FBU applications and LAC meetings."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class ArrearsService(StoreService):
    """Being written for issue 3."""
