"""The team leader's desk: the team's caseloads and figures, and handing a case to a colleague.

Only a team leader sees any of it. The role is set in the profile (SettingsService.set_profile_role);
once the profile has joined a sync server, the server's team roles must say team leader too, so a
counsellor cannot open the team view by changing a setting. A profile that never joined a server is
let in unconfirmed: it holds only the cases on this laptop, and the view says so.

The figures are built from CaseFacts (store.team_query): dates and categories, never a tenant's name,
address or story. Opening a case's content from the team view is logged (log_opened), as is the read
of the team's facts itself.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.domain.team_figures import (
    CaseFacts,
    CounsellorLoad,
    Period,
    TeamFigures,
    caseload_review,
    team_figures,
)
from caseworker_desktop.protocol import Role
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.settings import ROLE_TEAM_LEADER, SettingsService
from caseworker_desktop.store import team_query
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import AuditEntry, Case, ProfileInfo
from caseworker_desktop.store.models_sync import SyncMeta
from caseworker_desktop.store.models_trajectory import Reassignment
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock

REASON_MAX = 2000
# Audit kinds of what the team view reads; record ids, never content.
TEAM_FACTS_KIND = "team_facts"


@dataclass(frozen=True)
class TeamAccess:
    allowed: bool
    confirmed: bool  # the sync server's team roles say team leader too
    reason: str | None = None  # why not allowed: team_not_allowed | team_role_not_confirmed


class TeamService(StoreService):
    def __init__(self, store: OpenStore, actor: str, clock: Clock) -> None:
        super().__init__(store, actor, clock)
        self._settings = SettingsService(store, actor, clock)
        # Every episode as last read, with the audit trail's head right after that read. Every write
        # to a record, local or pulled, appends to the audit trail, so an unchanged head means
        # unchanged facts; the read itself is still logged each time. Reading 55,000 episodes takes
        # over a second, and the window reads them again whenever the team view opens or reloads.
        self._cached: tuple[int, list[CaseFacts]] | None = None
        self._cache_lock = threading.Lock()

    # --- who may ------------------------------------------------------------------------------------
    def access(self) -> TeamAccess:
        if self._settings.profile_role() != ROLE_TEAM_LEADER:
            return TeamAccess(allowed=False, confirmed=False, reason="team_not_allowed")
        with self._uow() as uow:
            server_role = uow.session.scalar(select(SyncMeta.value).where(SyncMeta.key == "role"))
        if server_role is None:
            return TeamAccess(allowed=True, confirmed=False)
        if server_role == Role.TEAM_LEADER.value:
            return TeamAccess(allowed=True, confirmed=True)
        return TeamAccess(allowed=False, confirmed=False, reason="team_role_not_confirmed")

    def _check(self) -> None:
        if not self.access().allowed:
            raise RuleViolation("team_not_allowed")

    # --- what the team carries ------------------------------------------------------------------------
    def today(self) -> date:
        """The local day by this service's clock: the review's "today"."""
        return self._today()

    def facts(self, since: date | None = None) -> list[CaseFacts]:
        """Every episode on this laptop, as the figures see it (the read is audited). With `since`,
        only those that can still count in a period starting that day (see team_query)."""
        self._check()
        with self._cache_lock:
            with self._uow() as uow:
                cached = self._cached
                if cached is not None and cached[0] == _audit_head(uow.session):
                    facts = cached[1]  # every episode: more than `since` asks, which is harmless
                else:
                    facts = team_query.case_facts(uow.session, since)
                    cached = None
                uow.audit(AuditAction.READ, TEAM_FACTS_KIND, "all")
                head = _audit_head(uow.session)
            if cached is not None or since is None:
                self._cached = (head, facts)
        return facts

    def caseload(
        self, facts: list[CaseFacts], today: date | None = None
    ) -> tuple[list[CounsellorLoad], CounsellorLoad]:
        """Per counsellor, then the team's row; "no recent contact" uses the quiet-weeks setting."""
        self._check()
        return caseload_review(facts, today or self._today(), self._settings.quiet_weeks())

    def figures(self, facts: list[CaseFacts], period: Period) -> TeamFigures:
        self._check()
        return team_figures(facts, period, self._settings.working_times())

    def counsellors(self) -> list[tuple[str, str]]:
        """(id, name) of everyone the cases name as holder now or before, and this profile's user;
        by name."""
        self._check()
        with self._uow() as uow:
            known = team_query.counsellors(uow.session)
            me = uow.session.execute(select(ProfileInfo.user_id, ProfileInfo.display_name)).first()
        if me is not None and me.user_id and all(cid != me.user_id for cid, _ in known):
            known.append((me.user_id, me.display_name))
        return sorted(known, key=lambda pair: (pair[1].casefold(), pair[0]))

    # --- settings of the review and the figures ---------------------------------------------------------
    def working_time(self) -> dict[str, float]:
        """Working time (full-time equivalent) by counsellor id; a counsellor not in it works full time."""
        self._check()
        return self._settings.working_times()

    def set_working_time(self, counsellor_id: str, fte: float) -> None:
        self._check()
        self._settings.set_working_time(counsellor_id, fte)

    def quiet_weeks(self) -> int:
        self._check()
        return self._settings.quiet_weeks()

    def set_quiet_weeks(self, weeks: int) -> None:
        self._check()
        self._settings.set_quiet_weeks(weeks)

    # --- acting on a case ----------------------------------------------------------------------------
    def reassign(self, case_id: str, counsellor_id: str, counsellor_name: str, reason: str) -> None:
        """Hand the case to another counsellor from today on. The reassignment record and the case's
        new counsellor are written in one unit of work, so both go out with the next sync."""
        self._check()
        text = reason.strip()
        if not text:
            raise RuleViolation("reassign_needs_reason")
        if len(text) > REASON_MAX:
            raise RuleViolation("reassign_reason_too_long", limit=REASON_MAX)
        name = counsellor_name.strip()
        if not counsellor_id or not name:
            raise RuleViolation("reassign_no_counsellor")
        with self._uow() as uow:
            case = uow.session.get(Case, case_id)
            if case is None or case.deleted:
                raise RuleViolation("case_unknown")
            if case.status == CaseStatus.ENDED.value:
                raise RuleViolation("reassign_case_ended")
            if case.counsellor_id == counsellor_id:
                raise RuleViolation("reassign_same_counsellor")
            uow.add(
                Reassignment(
                    case_id=case_id,
                    from_counsellor_id=case.counsellor_id,
                    from_counsellor_name=case.counsellor_name,
                    to_counsellor_id=counsellor_id,
                    to_counsellor_name=name,
                    on=self._today(),
                    reason=text,
                )
            )
            # The unit of work stamps both rows and writes their outbox and audit (create, change).
            case.counsellor_id = counsellor_id
            case.counsellor_name = name

    def log_opened(self, case_id: str) -> None:
        """The team leader opened a case's content from the team view: an audit read of the case."""
        self._check()
        with self._uow() as uow:
            uow.audit(AuditAction.READ, Case.kind, case_id)

    def last_sync(self) -> datetime | None:
        """When this laptop last synced with the team (how fresh the team's figures are)."""
        self._check()
        with self._uow() as uow:
            value = uow.session.scalar(select(SyncMeta.value).where(SyncMeta.key == "last_success"))
        return datetime.fromisoformat(value) if value else None


def _audit_head(session: Session) -> int:
    """The newest audit entry's number, counting one appended in this session and not yet flushed."""
    pending = session.info.get("audit_head")
    if pending is not None:
        return int(pending[0])
    return int(session.scalar(select(func.max(AuditEntry.seq))) or 0)
