"""Reads the team's case facts and works out the review and the figures off the GUI thread.

With 55,000 episodes the bulk read takes longer than a window may stay frozen, and most of it is
years of finished cases that neither the review nor this year's figures need. So it comes in two
snapshots: first the episodes that can count from the chosen period's start (and this year's), with
the review and the period's figures, which the view shows at once; then every episode, for a
period further back. The view keeps the facts in memory, so a change of period or of the
quiet-weeks setting is only arithmetic.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, QThread, Signal

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.team_figures import CaseFacts, CounsellorLoad, Period, TeamFigures
from caseworker_desktop.services.team import TeamAccess, TeamService
from caseworker_desktop.ui.background_read import BackgroundRead

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeamSnapshot:
    access: TeamAccess
    facts: list[CaseFacts]
    by_id: dict[str, CaseFacts]
    loads: list[CounsellorLoad]
    total: CounsellorLoad
    figures: TeamFigures
    last_sync: datetime | None
    counts_from: date | None  # the facts are complete for periods starting on or after it; None: all


class _Worker(QObject):
    done = Signal(object, int)  # TeamSnapshot, generation
    failed = Signal(str, int)  # rule code (or "unexpected"), generation

    def __init__(self, team: TeamService, period: Period, generation: int, stale: Callable[[], bool]) -> None:
        super().__init__()
        self._team = team
        self._period = period
        self._generation = generation
        self._stale = stale

    def run(self) -> None:
        try:
            access = self._team.access()
            if not access.allowed:
                raise RuleViolation("team_not_allowed")
            since = min(self._period.start, date(self._team.today().year, 1, 1))
            recent = self._team.facts(since)
            loads, total = self._team.caseload(recent)
            figures = self._team.figures(recent, self._period)
            last_sync = self._team.last_sync()
            by_id = {f.case_id: f for f in recent}
            self.done.emit(
                TeamSnapshot(access, recent, by_id, loads, total, figures, last_sync, since), self._generation
            )
            if self._stale():
                return
            facts = self._team.facts()
            by_id = {f.case_id: f for f in facts}
            snapshot = TeamSnapshot(access, facts, by_id, loads, total, figures, last_sync, None)
        except RuleViolation as violation:
            self.failed.emit(violation.issue.code, self._generation)
            return
        except Exception as error:
            # Only the type: a database error can quote the values it choked on.
            log.error("team figures could not be read: %s", type(error).__qualname__)
            self.failed.emit("unexpected", self._generation)
            return
        self.done.emit(snapshot, self._generation)


class TeamLoader(BackgroundRead):
    """At most one read at a time; a newer request makes older results stale."""

    loaded = Signal(object)  # TeamSnapshot
    failed = Signal(str)

    def start(self, team: TeamService, period: Period) -> None:
        generation = self._next_generation()
        worker = _Worker(team, period, generation, lambda: generation != self._generation)
        thread = self._thread_for(worker, worker.run)
        worker.done.connect(self._deliver)
        worker.failed.connect(self._fail)
        worker.done.connect(functools.partial(_quit_when_complete, thread))
        worker.failed.connect(thread.quit)
        thread.start()

    def _deliver(self, snapshot: TeamSnapshot, generation: int) -> None:
        if generation == self._generation:
            self.loaded.emit(snapshot)

    def _fail(self, code: str, generation: int) -> None:
        if generation == self._generation:
            self.failed.emit(code)


def _quit_when_complete(thread: QThread, snapshot: TeamSnapshot, _generation: int) -> None:
    if snapshot.counts_from is None:
        thread.quit()


class _WarmWorker(QObject):
    finished = Signal()

    def __init__(self, team: TeamService) -> None:
        super().__init__()
        self._team = team

    def run(self) -> None:
        try:
            self._team.facts()
        except Exception as error:  # the view reads again when opened, and says what went wrong then
            log.error("team facts could not be read ahead: %s", type(error).__qualname__)
        self.finished.emit()


class TeamWarmUp(BackgroundRead):
    """Reads every episode once after unlock, off the GUI thread, for a team leader: the service
    keeps them while nothing changes, so the team view opens from memory instead of the store."""

    def start(self, team: TeamService) -> None:
        self._next_generation()
        worker = _WarmWorker(team)
        thread = self._thread_for(worker, worker.run)
        worker.finished.connect(thread.quit)
        thread.start()
