"""Demo data for the team leader's desk: a team leader's laptop as it looks after a sync.

Five fictional counsellors carry the team's cases: the counsellor's demo caseload (services.demo, so
every trajectory step went through the services), two and a half years of older finished episodes,
income sources at intake, a few cases handed from one counsellor to another. The cases are then put
in the colleagues' names the way sync writes what it pulls (applying_remote: no outbox, no stamps of
this laptop), so the team view shows a whole team. Names, towns, organisations are invented; the same
seed and the same day give the same team.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from caseworker_desktop.domain.engagement import IntakeInput, OutreachChannel, OutreachInput, OutreachResult
from caseworker_desktop.domain.followup import ClosureInput, ContactInput, ContactKind, GoalsAchieved
from caseworker_desktop.domain.partners import PartnerKind
from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
)
from caseworker_desktop.domain.status import RUNNING, CaseStatus, ClosingReason
from caseworker_desktop.domain.team_figures import IncomeSource
from caseworker_desktop.services.demo import DEMO_PASSPHRASE, populate_demo
from caseworker_desktop.services.settings import ROLE_TEAM_LEADER
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import Case, Setting
from caseworker_desktop.store.models_sync import SyncMeta
from caseworker_desktop.store.models_trajectory import Intake

__all__ = [
    "TEAM_DEMO_PASSPHRASE",
    "TEAM_DEMO_USER",
    "ensure_team_demo_profile",
    "is_team_demo",
    "populate_team_demo",
]

TEAM_DEMO_PASSPHRASE = DEMO_PASSPHRASE
TEAM_DEMO_USER = {"name": "Demo Teamverantwoordelijke", "organisation": "CAW Demo", "team": "Wonen Demo"}
DEMO_KIND = "demo_profile"  # setting: which demo this profile is

# The team (fictional). Working times other than full time show in the per-counsellor figures.
_COLLEAGUES = (
    ("Lotte Vermeulen", 1.0),
    ("Wout Goossens", 0.8),
    ("Nadia El Amrani", 1.0),
    ("Bram De Smet", 0.5),
    ("Ilse Wouters", 1.0),
)
_DEMO_CASES = 150  # about 90 running: some 18 per colleague
_OLDER = 110  # finished episodes referred 15 to 30 months ago
_FIRST = ("Jan", "Els", "Karim", "Sofie", "Tomasz", "Fatima", "Wout", "Noor", "Dirk", "Ayşe", "Piet", "Marie")
_LAST = (
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Claes",
    "Dubois",
    "Yilmaz",
    "Kowalski",
    "Lambert",
)
_STREETS = ("Kerkstraat", "Molenstraat", "Lindelaan", "Schoolstraat", "Kouter", "Dorpsstraat")
_TOWNS = (("9000", "Gent"), ("9300", "Aalst"), ("9200", "Dendermonde"), ("9100", "Sint-Niklaas"))
_INCOMES = (
    (IncomeSource.LIVING_WAGE, 30),
    (IncomeSource.SICKNESS_DISABILITY, 22),
    (IncomeSource.UNEMPLOYMENT, 18),
    (IncomeSource.WORK, 14),
    (IncomeSource.PENSION, 8),
    (IncomeSource.NONE, 4),
    (IncomeSource.OTHER, 4),
)
_SOURCES = (
    (ReferralSource.LANDLORD, 55),
    (ReferralSource.OCMW, 20),
    (ReferralSource.OTHER_SERVICE, 8),
    (ReferralSource.TENANT, 7),
    (ReferralSource.POLICE, 4),
    (ReferralSource.NEIGHBOURS, 3),
    (ReferralSource.HOSPITAL, 3),
)
_REASSIGN_REASONS = (
    "Langdurige afwezigheid van de vorige begeleider.",
    "Herverdeling van de wijken binnen het team.",
    "De huurder vroeg zelf een andere begeleider.",
)


T = TypeVar("T")


class _Clock:
    """The wall clock moved back to a given day, for steps typed in the past."""

    def __init__(self, base_now: datetime) -> None:
        self.now = base_now

    def at(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 10, 0)

    def __call__(self) -> datetime:
        return self.now


def _colleague_id(seed: int, name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"caseworker-desktop-demo/{seed}/{name}"))


def _weighted(rng: random.Random, options: tuple[tuple[T, int], ...]) -> T:
    values = [value for value, _ in options]
    return rng.choices(values, [weight for _, weight in options])[0]


def _national_number(rng: random.Random, birth: date) -> str:
    """A fictional number that passes the check-digit rule."""
    serial = rng.randrange(1, 997)
    base = int(f"{birth:%y%m%d}{serial:03d}")
    check = 97 - ((2_000_000_000 + base) if birth.year >= 2000 else base) % 97
    digits = f"{base:09d}{check:02d}"
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:11]}"


def populate_team_demo(workspace: Workspace, *, seed: int = 2026) -> None:
    """Fill a freshly set-up profile as a team leader's laptop after a sync (about a minute)."""
    rng = random.Random(seed)
    today = workspace.today()
    populate_demo(workspace, seed=seed, cases=_DEMO_CASES)
    _older_history(workspace, rng, today)
    team = [(_colleague_id(seed, name), name, fte) for name, fte in _COLLEAGUES]
    _as_synced(workspace, rng, team)
    workspace.settings.set_profile_role(ROLE_TEAM_LEADER)
    for counsellor_id, _, fte in team:
        if fte != 1.0:
            workspace.settings.set_working_time(counsellor_id, fte)
    _reassign(workspace, rng, team, today)
    now = workspace.clock()
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        uow.session.merge(Setting(key=DEMO_KIND, value=ROLE_TEAM_LEADER))
        # The last sync, a couple of hours ago: the team view shows how fresh its figures are.
        synced = (now - timedelta(hours=2, minutes=10)).isoformat()
        uow.session.merge(SyncMeta(key="last_success", value=synced))
        uow.session.merge(SyncMeta(key="last_attempt", value=synced))


def is_team_demo(workspace: Workspace) -> bool:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        kind = uow.session.scalar(select(Setting.value).where(Setting.key == DEMO_KIND))
    return kind == ROLE_TEAM_LEADER


def ensure_team_demo_profile(root: Path) -> str:
    """Create the team leader's demo profile in `root` on first use; return its (public) passphrase."""
    from caseworker_desktop.services.profiles import ProfileService

    service = ProfileService(root)
    if not service.is_set_up():
        result = service.set_up(
            name=TEAM_DEMO_USER["name"],
            organisation=TEAM_DEMO_USER["organisation"],
            team=TEAM_DEMO_USER["team"],
            passphrase=TEAM_DEMO_PASSPHRASE,
            repeat=TEAM_DEMO_PASSPHRASE,
        )
        try:
            populate_team_demo(result.workspace)
        finally:
            result.workspace.close()
    return TEAM_DEMO_PASSPHRASE


# --- older episodes -------------------------------------------------------------------------------------
def _older_history(workspace: Workspace, rng: random.Random, today: date) -> None:
    """Finished episodes from before the counsellor's demo caseload, each typed in on its last day."""
    landlords = [
        p.id
        for p in workspace.partners.summaries(landlords_only=True)
        if p.kind
        in (
            PartnerKind.SOCIAL_HOUSING_COMPANY,
            PartnerKind.SOCIAL_RENTAL_AGENCY,
            PartnerKind.PRIVATE_LANDLORD,
        )
    ]
    clock = _Clock(workspace.clock())
    past = Workspace(workspace.store, clock)
    for _ in range(_OLDER):
        referred = today - timedelta(days=rng.randint(450, 910))
        while referred.weekday() >= 5:
            referred -= timedelta(days=1)
        early = rng.random() < 0.2
        closed = referred + timedelta(days=rng.randint(20, 50) if early else rng.randint(150, 330))
        aftercare = not early and rng.random() < 0.5
        clock.at(closed)
        case_id = past.referrals.register(_referral(rng, referred, rng.choice(landlords)))
        first = referred + timedelta(days=rng.randint(2, 6))
        past.engagement.start_outreach(case_id, first)
        reached = first + timedelta(days=rng.randint(0, 10))
        past.engagement.add_outreach(
            case_id, OutreachInput(first, OutreachChannel.LETTER, OutreachResult.NO_ANSWER)
        )
        if early:
            past.engagement.add_outreach(
                case_id, OutreachInput(reached, OutreachChannel.HOME_VISIT, OutreachResult.DOOR_NOT_OPENED)
            )
            past.closure.close(
                case_id,
                ClosureInput(
                    closed_on=closed,
                    reason=ClosingReason.NOT_REACHED,
                    goals_achieved=GoalsAchieved.NO,
                    eviction_avoided=rng.random() < 0.5,
                    housing_situation="Geen contact gekregen; de verhuurder volgt verder op.",
                ),
            )
            clock.at(closed + timedelta(days=rng.randint(0, 5)))
            past.closure.end_without_aftercare(case_id)
            continue
        past.engagement.add_outreach(
            case_id, OutreachInput(reached, OutreachChannel.HOME_VISIT, OutreachResult.REACHED)
        )
        agreed = reached + timedelta(days=rng.randint(1, 7))
        past.engagement.record_start(case_id, referred, agreed)
        intake_on = agreed + timedelta(days=rng.randint(3, 20))
        income = _weighted(rng, _INCOMES) if rng.random() < 0.9 else None
        past.engagement.save_intake(case_id, IntakeInput(held_on=intake_on, income_source=income))
        past.referrals.change_status(case_id, CaseStatus.ACTIVE, effective_on=intake_on)
        span = max(1, (closed - intake_on).days)
        for day in sorted(intake_on + timedelta(days=rng.randint(1, span)) for _ in range(rng.randint(4, 9))):
            past.contacts.log(
                case_id,
                ContactInput(
                    on=day,
                    kind=ContactKind.HOME_VISIT,
                    duration=str(rng.choice((30, 45, 60))),
                    with_whom="Huurder",
                    summary="Opvolging van huur en budget.",
                ),
            )
        reason = rng.choices(
            (
                ClosingReason.GOALS_REACHED,
                ClosingReason.TENANT_STOPPED,
                ClosingReason.MOVED,
                ClosingReason.REFERRED_ON,
            ),
            (70, 12, 8, 10),
        )[0]
        goals = GoalsAchieved.YES if reason == ClosingReason.GOALS_REACHED else GoalsAchieved.PARTLY
        past.closure.close(
            case_id,
            ClosureInput(
                closed_on=closed,
                reason=reason,
                goals_achieved=goals if rng.random() < 0.85 else GoalsAchieved.PARTLY,
                eviction_avoided=reason != ClosingReason.TENANT_STOPPED or rng.random() < 0.4,
                housing_situation="Woont nog in dezelfde woning; huur wordt op tijd betaald.",
                referred_to="OCMW, schuldbemiddeling" if reason == ClosingReason.REFERRED_ON else "",
            ),
        )
        if aftercare:
            until = past.closure.start_aftercare(case_id, 3)
            clock.at(until - timedelta(days=rng.randint(0, 20)))
            past.closure.end_aftercare(case_id)
        else:
            clock.at(closed + timedelta(days=rng.randint(0, 5)))
            past.closure.end_without_aftercare(case_id)


def _referral(rng: random.Random, referred: date, landlord_id: str) -> ReferralInput:
    birth = date(rng.randint(1945, 2003), rng.randint(1, 12), rng.randint(1, 28))
    postcode, town = rng.choice(_TOWNS)
    household: list[HouseholdMemberInput] = []
    shape = rng.random()
    if shape < 0.25:
        household.append(
            HouseholdMemberInput("Partner", rng.choice(_LAST), Relation.PARTNER, str(birth.year + 2))
        )
    if 0.15 < shape < 0.55:
        for n in range(rng.randint(1, 3)):
            year = str(min(referred.year - 1, birth.year + 22 + 3 * n))
            household.append(HouseholdMemberInput("Kind", "", Relation.CHILD, year))
    problems = {rng.choice((Problem.ARREARS, Problem.ARREARS, Problem.UPKEEP, Problem.NUISANCE))}
    if rng.random() < 0.3:
        problems.add(rng.choice(tuple(Problem)))
    rent = rng.randint(45, 85) * 10
    return ReferralInput(
        first_name=rng.choice(_FIRST),
        last_name=rng.choice(_LAST),
        national_number=_national_number(rng, birth),
        street=rng.choice(_STREETS),
        house_number=str(rng.randint(1, 180)),
        postcode=postcode,
        municipality=town,
        household=household,
        landlord_id=landlord_id,
        monthly_rent=str(rent),
        arrears_amount=f"{rent * rng.randint(2, 5)},00" if Problem.ARREARS in problems else "",
        referral_date=referred,
        source=_weighted(rng, _SOURCES),
        problems=problems,
    )


# --- as the sync left it ----------------------------------------------------------------------------------
def _as_synced(workspace: Workspace, rng: random.Random, team: list[tuple[str, str, float]]) -> None:
    """Put the cases in the colleagues' names, a relapse episode with whoever had the earlier one,
    and give intakes without one an income source: what the colleagues' laptops sent."""
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        uow.applying_remote = True  # as pulled: no outbox entries, no stamps of this laptop
        cases = uow.session.scalars(select(Case).order_by(Case.referral_date, Case.number)).all()
        holder: dict[str, tuple[str, str]] = {}
        kept = 0
        for n, case in enumerate(cases):
            earlier = holder.get(case.previous_case_id or "")
            if earlier is not None:
                counsellor_id, name = earlier
            elif CaseStatus(case.status) in RUNNING and kept < 4 and n % 23 == 0:
                kept += 1  # the team leader still carries a handful of cases
                counsellor_id, name = case.counsellor_id, case.counsellor_name
            else:  # a part-timer gets fewer cases
                counsellor_id, name, _ = rng.choices(team, [fte for _, _, fte in team])[0]
            case.counsellor_id, case.counsellor_name = counsellor_id, name
            holder[case.id] = (counsellor_id, name)
        for intake in uow.session.scalars(select(Intake).where(Intake.income_source.is_(None))):
            if rng.random() < 0.92:
                intake.income_source = _weighted(rng, _INCOMES).value


def _reassign(
    workspace: Workspace, rng: random.Random, team: list[tuple[str, str, float]], today: date
) -> None:
    """Three running cases handed on by the team leader: two some weeks ago, one today."""
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        running = [
            (case.id, case.counsellor_id, case.referral_date)
            for case in uow.session.scalars(
                select(Case)
                .where(Case.status.in_([s.value for s in RUNNING]), Case.deleted.is_(False))
                .order_by(Case.number)
            )
        ]
    colleagues = {counsellor_id for counsellor_id, _, _ in team}
    candidates = [c for c in running if c[1] in colleagues and (today - c[2]).days > 60]
    for (case_id, holder_id, referred), days_ago, reason in zip(
        rng.sample(candidates, min(3, len(candidates))), (40, 19, 0), _REASSIGN_REASONS, strict=False
    ):
        to_id, to_name, _ = rng.choice([c for c in team if c[0] != holder_id])
        clock = _Clock(workspace.clock())
        if days_ago:
            clock.at(max(referred + timedelta(days=1), today - timedelta(days=days_ago)))
        TeamService(workspace.store, workspace.user.user_id, clock if days_ago else workspace.clock).reassign(
            case_id, to_id, to_name, reason
        )
