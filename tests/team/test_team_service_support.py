"""Helpers for the team service, query, reassignment and demo tests (no tests of its own)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
)
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, OutboxEntry
from caseworker_desktop.store.models_sync import SyncMeta


def team_of(workspace: Workspace) -> TeamService:
    return TeamService(workspace.store, workspace.user.user_id, workspace.clock)


def as_team_leader(workspace: Workspace) -> TeamService:
    workspace.settings.set_profile_role("team_leader")
    return team_of(workspace)


def set_server_role(workspace: Workspace, role: str) -> None:
    """What joining a sync server leaves in the store: the role the server's team roles give."""
    with workspace.store.unit_of_work("test") as uow:
        uow.session.merge(SyncMeta(key="role", value=role))


def referral(
    landlord_id: str,
    referred: date,
    *,
    last_name: str = "Claes",
    national_number: str = "",
    household: list[HouseholdMemberInput] | None = None,
    source: ReferralSource = ReferralSource.LANDLORD,
    problems: frozenset[Problem] = frozenset({Problem.ARREARS}),
) -> ReferralInput:
    return ReferralInput(
        first_name="Tine",
        last_name=last_name,
        national_number=national_number,
        street="Kerkstraat",
        house_number="4",
        postcode="3000",
        municipality="Leuven",
        household=household or [],
        landlord_id=landlord_id,
        referral_date=referred,
        source=source,
        problems=set(problems),
        monthly_rent="600",
        arrears_amount="1.200,00" if Problem.ARREARS in problems else "",
    )


FAMILY = [
    HouseholdMemberInput("Ali", "Claes", Relation.PARTNER, "1983"),
    HouseholdMemberInput("Lina", "Claes", Relation.CHILD, "2015"),
]


def outbox(workspace: Workspace, kind: str, record_id: str) -> list[OutboxEntry]:
    with workspace.store.unit_of_work("test") as uow:
        return list(
            uow.session.scalars(
                select(OutboxEntry).where(OutboxEntry.record_kind == kind, OutboxEntry.record_id == record_id)
            )
        )


def audit_entries(workspace: Workspace, kind: str, record_id: str) -> list[AuditEntry]:
    with workspace.store.unit_of_work("test") as uow:
        return list(
            uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.record_kind == kind, AuditEntry.record_id == record_id)
                .order_by(AuditEntry.seq)
            )
        )
