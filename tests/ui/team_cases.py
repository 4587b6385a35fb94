"""A small team on a test profile: cases of the profile's own user and of a colleague, registered through
the real referral service (the colleague's cases as if they came in by sync)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from caseworker_desktop.domain.engagement import IntakeInput
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.domain.team_figures import IncomeSource
from caseworker_desktop.services.referrals import ReferralService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, Case

COLLEAGUE_ID = "colleague-bart"
COLLEAGUE = "Bart Claes"


@dataclass(frozen=True)
class SmallTeam:
    mine: list[str]  # case ids of the profile's user ("An Peeters"), referred this year; the first guided
    colleague: list[str]  # Bart Claes's, one this year and one last year


def referral(
    workspace: Workspace, landlord_id: str, last_name: str, days_ago: int, source: ReferralSource
) -> ReferralInput:
    return ReferralInput(
        first_name="Noor",
        last_name=last_name,
        street="Kouter",
        house_number="9",
        postcode="9000",
        municipality="Gent",
        landlord_id=landlord_id,
        referral_date=workspace.today() - timedelta(days=days_ago),
        source=source,
        problems={Problem.ARREARS},
        arrears_amount="800,00",
    )


def small_team(workspace: Workspace, landlord_id: str, *, leader: bool = True) -> SmallTeam:
    """Today is 24/11/2026 on the test clock."""
    mine = [
        workspace.referrals.register(
            referral(workspace, landlord_id, "Teamtest", 30, ReferralSource.LANDLORD)
        ),
        workspace.referrals.register(referral(workspace, landlord_id, "Zijlstra", 60, ReferralSource.OCMW)),
    ]
    # The first one is guided: the tenant agreed and the intake was held.
    workspace.engagement.record_start(
        mine[0], workspace.today() - timedelta(days=25), workspace.today() - timedelta(days=20)
    )
    workspace.engagement.save_intake(
        mine[0],
        IntakeInput(held_on=workspace.today() - timedelta(days=18), income_source=IncomeSource.LIVING_WAGE),
    )
    colleague_desk = ReferralService(workspace.store, COLLEAGUE_ID, COLLEAGUE, workspace.clock)
    colleague = [
        colleague_desk.register(referral(workspace, landlord_id, "Collega", 10, ReferralSource.POLICE)),
        colleague_desk.register(referral(workspace, landlord_id, "Vorigjaar", 400, ReferralSource.LANDLORD)),
    ]
    if leader:
        workspace.settings.set_profile_role("team_leader")
    return SmallTeam(mine, colleague)


def case_reads(workspace: Workspace, case_id: str) -> int:
    """READ entries of the case itself in the audit trail."""
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        return len(
            uow.session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "read",
                    AuditEntry.record_kind == Case.kind,
                    AuditEntry.record_id == case_id,
                )
            ).all()
        )


def counsellor_of(workspace: Workspace, case_id: str) -> tuple[str, str]:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        case = uow.session.get_one(Case, case_id)
        return case.counsellor_id, case.counsellor_name
