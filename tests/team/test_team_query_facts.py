"""case_facts on a small store built through the services: every field of CaseFacts as the
trajectory left it, for a guided, closed and reopened tenant and for one still waiting."""

from __future__ import annotations

from datetime import date

from caseworker_desktop.domain.court import CourtEventInput, CourtEventKind
from caseworker_desktop.domain.engagement import IntakeInput, OutreachChannel, OutreachInput, OutreachResult
from caseworker_desktop.domain.followup import ClosureInput, ContactInput, ContactKind, GoalsAchieved
from caseworker_desktop.domain.partners import PartnerInput, PartnerKind
from caseworker_desktop.domain.referral import Problem, ReferralSource
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.domain.team_figures import (
    AgeBand,
    Assignment,
    CaseFacts,
    HouseholdType,
    IncomeSource,
    LandlordType,
)
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store import team_query
from tests.team.test_team_service_support import FAMILY, as_team_leader, referral

D = date


def _contact(on: date, planned: bool = False) -> ContactInput:
    return ContactInput(
        on=on,
        kind=ContactKind.HOME_VISIT,
        duration="45",
        with_whom="Huurder",
        summary="Budget",
        planned=planned,
    )


def test_case_facts_of_a_whole_trajectory(workspace: Workspace, landlord_id: str) -> None:
    team = as_team_leader(workspace)
    me = workspace.user
    today = workspace.today()
    assert today == D(2026, 11, 24)

    # A tenant referred by the landlord in January, reached on the second try, guided and closed.
    first = workspace.referrals.register(
        referral(
            landlord_id,
            D(2026, 1, 12),
            national_number="85.07.23-123.51",  # born 23 July 1985: 40 on the referral date
            household=FAMILY,
            problems=frozenset({Problem.ARREARS, Problem.NUISANCE}),
        )
    )
    workspace.engagement.start_outreach(first, D(2026, 1, 14))
    for on, result in ((D(2026, 1, 14), OutreachResult.NO_ANSWER), (D(2026, 1, 20), OutreachResult.REACHED)):
        workspace.engagement.add_outreach(first, OutreachInput(on, OutreachChannel.HOME_VISIT, result))
    workspace.engagement.record_start(first, D(2026, 1, 12), D(2026, 1, 21))
    workspace.engagement.save_intake(
        first, IntakeInput(held_on=D(2026, 1, 28), income_source=IncomeSource.LIVING_WAGE)
    )
    workspace.referrals.change_status(first, CaseStatus.ACTIVE)
    for on in (D(2026, 2, 10), D(2026, 9, 30), D(2026, 5, 5)):
        workspace.contacts.log(first, _contact(on))
    workspace.contacts.log(first, _contact(D(2026, 12, 2), planned=True))  # ahead: not a contact yet
    evaluation = workspace.evaluations.plan(first, D(2026, 12, 15))
    workspace.court.add(first, CourtEventInput(CourtEventKind.PETITION, D(2026, 9, 1)))
    workspace.court.add(first, CourtEventInput(CourtEventKind.HEARING, D(2026, 12, 8)))
    workspace.court.add(first, CourtEventInput(CourtEventKind.HEARING, D(2026, 10, 6)))
    workspace.closure.close(
        first,
        ClosureInput(
            closed_on=D(2026, 10, 30),
            reason=ClosingReason.GOALS_REACHED,
            goals_achieved=GoalsAchieved.PARTLY,
            eviction_avoided=True,
            housing_situation="Woont er nog.",
        ),
    )
    workspace.closure.end_without_aftercare(first)
    # The relapse: a new episode linked to the first, handed to a colleague.
    second = workspace.referrals.reopen(first)
    team.reassign(second, "c-2", "Bart Wouters", "Kent het gezin")

    # Someone else's tenant, referred by the OCMW, renting privately, nobody reached yet.
    private = workspace.partners.save(PartnerInput(kind=PartnerKind.PRIVATE_LANDLORD, name="Verhuur Peeters"))
    waiting = workspace.referrals.register(
        referral(
            private,
            D(2026, 11, 2),
            last_name="Maes",
            source=ReferralSource.OCMW,
            problems=frozenset({Problem.UPKEEP}),
        )
    )
    workspace.engagement.start_outreach(waiting, D(2026, 11, 3))
    workspace.engagement.add_outreach(
        waiting, OutreachInput(D(2026, 11, 3), OutreachChannel.LETTER, OutreachResult.NO_ANSWER)
    )

    numbers = {}
    for case_id in (first, second, waiting):
        numbers[case_id] = workspace.referrals.load(case_id).number
    mine = Assignment(me.user_id, me.name, D(2026, 1, 12))
    expected = [
        CaseFacts(
            case_id=first,
            number=numbers[first],
            status=CaseStatus.ENDED,
            referral_date=D(2026, 1, 12),
            assignments=(mine,),
            first_contact_on=D(2026, 1, 20),
            intake_on=D(2026, 1, 28),
            closed_on=D(2026, 10, 30),
            closing_reason=ClosingReason.GOALS_REACHED.value,
            eviction_avoided=True,
            goals_achieved=GoalsAchieved.PARTLY.value,
            last_contact_on=D(2026, 9, 30),
            evaluations_due=(D(2026, 12, 15),),
            hearings=(D(2026, 10, 6), D(2026, 12, 8)),
            source=ReferralSource.LANDLORD.value,
            problems=frozenset({"arrears", "nuisance"}),
            landlord_type=LandlordType.SOCIAL_HOUSING_COMPANY,
            age_band=AgeBand.FROM_35,
            household_type=HouseholdType.COUPLE_WITH_CHILDREN,
            income_source=IncomeSource.LIVING_WAGE,
        ),
        CaseFacts(
            case_id=waiting,
            number=numbers[waiting],
            status=CaseStatus.OUTREACH,
            referral_date=D(2026, 11, 2),
            assignments=(Assignment(me.user_id, me.name, D(2026, 11, 2)),),
            source=ReferralSource.OCMW.value,
            problems=frozenset({"upkeep"}),
            landlord_type=LandlordType.PRIVATE,
            household_type=HouseholdType.SINGLE,
        ),
        CaseFacts(
            case_id=second,
            number=numbers[second],
            status=CaseStatus.REFERRED,
            referral_date=today,
            assignments=(Assignment(me.user_id, me.name, today), Assignment("c-2", "Bart Wouters", today)),
            previous_case_id=first,
            source=ReferralSource.LANDLORD.value,
            problems=frozenset({"arrears", "nuisance"}),
            landlord_type=LandlordType.SOCIAL_HOUSING_COMPANY,
            age_band=AgeBand.FROM_35,  # 41 today
            household_type=HouseholdType.COUPLE_WITH_CHILDREN,
        ),
    ]
    assert evaluation
    assert team.facts() == expected
    with workspace.store.unit_of_work("test") as uow:
        assert team_query.case_facts(uow.session) == expected


def test_a_case_closed_without_the_closure_form(workspace: Workspace, landlord_id: str) -> None:
    """Deciding not to start closes the case; its date and reason come from the status history."""
    as_team_leader(workspace)
    case_id = workspace.referrals.register(referral(landlord_id, D(2026, 10, 1)))
    workspace.engagement.decide_not_to_start(case_id, "Huurachterstal intussen betaald.", D(2026, 10, 20))
    with workspace.store.unit_of_work("test") as uow:
        [facts] = team_query.case_facts(uow.session)
    assert (facts.status, facts.closed_on, facts.closing_reason) == (
        CaseStatus.CLOSED,
        D(2026, 10, 20),
        ClosingReason.NOT_STARTED.value,
    )
    assert (facts.eviction_avoided, facts.goals_achieved, facts.intake_on) == (None, None, None)


def test_the_team_reads_use_their_narrow_indexes(workspace: Workspace) -> None:
    """Each read over every case stays on its index, never the records with their texts (the
    team view's speed on 55,000 episodes rests on it)."""
    with workspace.store.unit_of_work("test") as uow:
        cursor = team_query._cursor(uow.session)
        plans = {
            query: " ".join(row[3] for row in cursor.execute(f"EXPLAIN QUERY PLAN {query}"))
            for query in team_query.QUERIES
        }
    for query, plan in plans.items():
        if "FROM case_file" in query:
            continue  # the cases themselves are read whole
        assert "INDEX" in plan, (query, plan)
        assert "ix_" in plan, (query, plan)
