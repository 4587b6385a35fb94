"""Privacy property of the team exports: whatever a team registered, the workbook, the CSV file and the
PDF carry no name, address, register number or free text, and no count below the threshold.

Each example builds a real encrypted profile through the services, plants marker strings in every text
a counsellor can type about a tenant (and in the counsellors' names), lets the team leader compute the
figures through TeamService, exports all three, and searches every byte for the markers: each member of
the xlsx archive, the CSV, and the PDF both as extracted text and with its streams inflated.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from caseworker_desktop.domain.followup import ClosureInput, ContactInput, ContactKind, GoalsAchieved
from caseworker_desktop.domain.partners import ContactInput as PartnerContact
from caseworker_desktop.domain.partners import PartnerInput, PartnerKind
from caseworker_desktop.domain.plan import EvaluationDecision, EvaluationInput, GoalResult, GoalResultInput
from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
)
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.domain.team_figures import SUPPRESSION_THRESHOLD, year_period
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.settings import ROLE_TEAM_LEADER
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.team_export import TeamExportService
from caseworker_desktop.services.workspace import Workspace
from tests.privacy.canary_support import MARK, forms, marker
from tests.support import FAST_KDF, PASSPHRASE, FakeClock
from tests.team.test_team_report_support import csv_rows, pdf_streams, pdf_text
from tests.trajectory.plan_support import add_landlord_consent, landlord_goal, plan_input, smart_goal

TODAY = date(2026, 11, 24)  # FakeClock's day
HIDDEN = f"< {SUPPRESSION_THRESHOLD}"


def national_number(birth: date, serial: int) -> str:
    """A valid number for someone born in the 1900s (check digits per domain/national_register.py)."""
    first_nine = f"{birth:%y%m%d}{serial:03d}"
    return f"{first_nine}{97 - int(first_nine) % 97:02d}"


@dataclass(frozen=True)
class Tenant:
    days_ago: int
    source: ReferralSource
    problems: frozenset[Problem]
    path: str  # "referred" | "intake" | "active" | "closed"
    avoided: bool
    counsellor: int  # 0: the profile's own user; 1, 2: colleagues the cases are handed to
    household: tuple[Relation, ...]


tenants = st.builds(
    Tenant,
    days_ago=st.integers(min_value=0, max_value=320),
    source=st.sampled_from(ReferralSource),
    problems=st.frozensets(st.sampled_from(Problem), min_size=1, max_size=3),
    path=st.sampled_from(["referred", "intake", "active", "closed"]),
    avoided=st.booleans(),
    counsellor=st.integers(min_value=0, max_value=2),
    household=st.lists(st.sampled_from([Relation.PARTNER, Relation.CHILD]), max_size=2).map(tuple),
)


def register(workspace: Workspace, landlord_id: str, number: int, tenant: Tenant) -> tuple[str, str]:
    birth = date(1950 + number % 45, 1 + number % 12, 1 + number % 27)
    nrn = national_number(birth, 1 + number % 900)
    case_id = workspace.referrals.register(
        ReferralInput(
            first_name=marker(f"First{number}"),
            last_name=marker(f"Last{number}"),
            national_number=nrn,
            phone="0470 12 34 56",
            street=marker(f"Street{number}"),
            house_number="12",
            postcode="9000",
            municipality="Gent",
            household=[
                HouseholdMemberInput(marker(f"Member{number}"), marker("MemberLast"), relation, "1990")
                for relation in tenant.household
            ],
            landlord_id=landlord_id,
            referral_date=TODAY - timedelta(days=tenant.days_ago),
            source=tenant.source,
            referrer_name=marker("Referrer"),
            problems=set(tenant.problems),
            arrears_amount="1.200,00" if Problem.ARREARS in tenant.problems else "",
            steps_taken=marker("Steps"),
            question=marker("Question"),
        )
    )
    workspace.contacts.add_note(case_id, marker("WorkingNote"))
    if tenant.path != "referred":
        workspace.referrals.change_status(case_id, CaseStatus.INTAKE)
    if tenant.path in ("active", "closed"):
        workspace.referrals.change_status(case_id, CaseStatus.ACTIVE)
        workspace.contacts.log(
            case_id,
            ContactInput(
                on=TODAY,
                kind=ContactKind.HOME_VISIT,
                duration="45",
                with_whom=marker("WithWhom"),
                summary=marker("Summary"),
                personal_note=marker("ContactNote"),
            ),
        )
    if tenant.path == "closed":
        workspace.closure.close(
            case_id,
            ClosureInput(
                closed_on=TODAY,
                reason=ClosingReason.GOALS_REACHED if tenant.avoided else ClosingReason.EVICTED,
                motivation=marker("Motivation"),
                goals_achieved=GoalsAchieved.YES if tenant.avoided else GoalsAchieved.NO,
                eviction_avoided=tenant.avoided,
                housing_situation=marker("HousingSituation"),
            ),
        )
    return case_id, nrn


def evaluated_case(workspace: Workspace, landlord_id: str) -> str:
    """One case with an agreed plan and a held evaluation, each text a marker."""
    case_id, _ = register(
        workspace,
        landlord_id,
        999,
        Tenant(30, ReferralSource.LANDLORD, frozenset({Problem.ARREARS}), "intake", True, 0, ()),
    )
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    workspace.plans.agree(
        case_id,
        plan_input(
            today,
            smart_goal(today, description=marker("PrivateGoal")),
            landlord_goal(today, description=marker("SharedGoal")),
        ),
        despite_findings=True,  # a marker is no SMART goal; the plan is agreed anyway
    )
    evaluation = workspace.evaluations.plan(case_id, today)
    goals = workspace.evaluations.detail(evaluation).goals
    workspace.evaluations.record(
        evaluation,
        EvaluationInput(
            held_on=today,
            results=[GoalResultInput(goal.goal_id, GoalResult.PARTLY, marker("GoalNote")) for goal in goals],
            landlord_summary=marker("LandlordSummary"),
            private_notes=marker("EvaluationNotes"),
            decision=EvaluationDecision.CONTINUE,
            next_on=today + timedelta(days=60),
        ),
    )
    return case_id


def shown_counts(rows: list[list[str]]) -> list[str]:
    """Every count the (Dutch) CSV shows: each base, and each value that is a number of episodes."""
    about = rows[1][0]
    not_counts = {
        "Begeleide cliënten per voltijdse woonbegeleider per jaar",
        "Lopende dossiers per woonbegeleider op het einde van de periode",
        "Gemiddelde duur, van aanmelding tot afsluiting (dagen)",
        "Gemiddelde tijd van aanmelding tot intake (dagen)",
        "Uithuiszetting vermeden (aandeel van de afgesloten, gestarte dossiers)",
        "Doelen bereikt (aandeel van de afgesloten, gestarte dossiers)",
        "Arbeidstijd (VTE)",
        "Cliënten per VTE per jaar",
    }
    counts = []
    for section, key, category, value, base in rows[1:]:
        if section == about:
            continue
        counts.append(base)
        if key not in not_counts and category not in not_counts:
            counts.append(value)
    return counts


@settings(
    max_examples=6,
    deadline=None,
    # an example builds a whole profile: shrinking a failure would take minutes, the markers say enough
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(tenants, min_size=1, max_size=12))
def test_no_client_data_and_no_small_count_in_any_export(team: list[Tenant]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        clock = FakeClock()
        profiles = ProfileService(root / "profile", clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)
        workspace = profiles.set_up(
            name=marker("CounsellorSelf"),
            organisation="CAW Testdal",
            team="Wonen",
            passphrase=PASSPHRASE,
            repeat=PASSPHRASE,
        ).workspace
        try:
            landlord = workspace.partners.save(
                PartnerInput(
                    kind=PartnerKind.SOCIAL_HOUSING_COMPANY,
                    name=marker("Landlord"),
                    street=marker("LandlordStreet"),
                    contacts=[PartnerContact(name=marker("LandlordContact"), fixed_contact=True)],
                )
            )
            workspace.settings.set_profile_role(ROLE_TEAM_LEADER)
            actor = workspace.user.user_id
            team_service = TeamService(workspace.store, actor, clock)
            numbers = []
            for number, tenant in enumerate(team):
                case_id, nrn = register(workspace, landlord, number, tenant)
                numbers.append(nrn)
                if tenant.counsellor and tenant.path != "closed":
                    team_service.reassign(
                        case_id,
                        f"colleague-{tenant.counsellor}",
                        marker(f"Colleague{tenant.counsellor}"),
                        marker("ReassignReason"),
                    )
            evaluated_case(workspace, landlord)

            figures = team_service.figures(team_service.facts(), year_period(2026))
            exporter = TeamExportService(
                workspace.store, actor, clock, workspace.document_support, team_service
            )
            out = root / "chosen"
            out.mkdir()
            exporter.save_xlsx(figures, out / "team.xlsx")
            exporter.save_csv(figures, out / "team.csv")
            exporter.save_report(figures, out / "team.pdf", language="en")
        finally:
            workspace.close()

        xlsx = (out / "team.xlsx").read_bytes()
        with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
            members = [archive.read(name) for name in archive.namelist()]
        pdf = (out / "team.pdf").read_bytes()
        csv = (out / "team.csv").read_bytes()
        blobs = {
            "csv": csv,
            "pdf text": pdf_text(pdf).encode("utf-8"),
            "pdf streams": pdf_streams(pdf),
            **{f"xlsx member {n}": member for n, member in enumerate(members)},
        }
        needles = [*forms(MARK), *(nrn.encode() for nrn in numbers), b"colleague-"]
        for name, blob in blobs.items():
            assert not [n for n in needles if n in blob], name

        rows = csv_rows(csv)
        for text in shown_counts(rows):
            assert text in ("", HIDDEN, "—") or int(text) == 0 or int(text) >= SUPPRESSION_THRESHOLD, text
        # the exports hold what was registered (an empty file would pass the search too)
        referred = len(team) + 1  # every referral above falls in 2026, and so does the evaluated case
        shown = str(referred) if referred >= SUPPRESSION_THRESHOLD else HIDDEN
        assert ["Cijfers", "Aanmeldingen (dossiers)", "", shown, shown] in rows
        assert "Registration and outcomes" in pdf_text(pdf)
