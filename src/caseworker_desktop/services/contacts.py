"""Use cases for the contact log and personal working notes."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class ContactService(StoreService):
    """Being written for issue 3."""
