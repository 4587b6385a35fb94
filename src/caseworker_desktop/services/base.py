"""What every store-backed service shares: the open store, who acts, and the clock."""

from __future__ import annotations

from datetime import date

from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock, UnitOfWork, local_date


class StoreService:
    def __init__(self, store: OpenStore, actor: str, clock: Clock) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock

    def _today(self) -> date:
        return local_date(self._clock())

    def _uow(self) -> UnitOfWork:
        return self._store.unit_of_work(self._actor, self._clock)
