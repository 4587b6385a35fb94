"""Use cases for evaluations of the plan: planned dates, per-goal results, decisions."""

from __future__ import annotations

from caseworker_desktop.services.base import StoreService


class EvaluationService(StoreService):
    """Being written for issue 3."""
