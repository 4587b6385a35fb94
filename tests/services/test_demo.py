"""The demo caseload: complete, plausible, legal and reproducible, with the whole trajectory."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker_desktop.domain.consent import ConsentRecipient
from caseworker_desktop.domain.court import CourtEventKind
from caseworker_desktop.domain.engagement import NOT_RECORDED, IntakeInput, LifeDomain
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.fields import amount_cents
from caseworker_desktop.domain.followup import ContactKind
from caseworker_desktop.domain.national_register import NationalNumber, parse_national_number
from caseworker_desktop.domain.partners import LANDLORD_KINDS, PartnerKind
from caseworker_desktop.domain.passphrase import assess
from caseworker_desktop.domain.plan import EvaluationDecision, EvaluationState, PlanStatus, plan_findings
from caseworker_desktop.domain.referral import Problem, ReferralSource, validate_referral
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory
from caseworker_desktop.domain.status import (
    REOPENABLE,
    RUNNING,
    CaseStatus,
    ClosingReason,
    allowed_next,
)
from caseworker_desktop.services.arrears import ArrearsOverview
from caseworker_desktop.services.caseload import CaseRow
from caseworker_desktop.services.closure import ClosureView
from caseworker_desktop.services.contacts import ContactRecord, NoteRecord
from caseworker_desktop.services.court import CourtOverview
from caseworker_desktop.services.demo import DEMO_PASSPHRASE, populate_demo
from caseworker_desktop.services.engagement import ConsentView, EngagementState, OutreachAttemptView
from caseworker_desktop.services.evaluations import EvaluationRow
from caseworker_desktop.services.plans import PlanOverview, PlanView
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.referrals import CaseDetail
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store import audit
from caseworker_desktop.store.keys import KdfParams
from caseworker_desktop.store.models import OutboxEntry

CASES = 60
FAST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
START = datetime(2026, 3, 16, 9, 0)
TODAY = START.date()
USER = {"name": "Demo Woonbegeleider", "organisation": "CAW Demo", "team": "Team Wonen"}
# What the brief allows on this two-core machine for 60 cases: about ten seconds. Measured as the
# process's own CPU time, so other work on the machine does not make the test fail.
CPU_BUDGET_SECONDS = 10.0
TIMING: dict[str, float] = {}


def ticking_clock() -> Callable[[], datetime]:
    """A fixed start that moves a millisecond per call: reproducible, and history keeps its order."""
    now = [START]

    def clock() -> datetime:
        now[0] += timedelta(milliseconds=1)
        return now[0]

    return clock


def new_workspace(root: Path) -> Workspace:
    service = ProfileService(root, clock=ticking_clock(), kdf=FAST_KDF)
    return service.set_up(**USER, passphrase=DEMO_PASSPHRASE, repeat=DEMO_PASSPHRASE).workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path_factory.mktemp("profiles") / "demo")
    cpu, wall = time.process_time(), time.perf_counter()
    populate_demo(ws, cases=CASES)
    TIMING["cpu"], TIMING["wall"] = time.process_time() - cpu, time.perf_counter() - wall
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def rows(demo: Workspace) -> list[CaseRow]:
    return sorted(demo.caseload.rows(), key=lambda r: r.number)


@pytest.fixture(scope="module")
def details(demo: Workspace, rows: list[CaseRow]) -> list[CaseDetail]:
    return [demo.referrals.load(r.id) for r in rows]


def originals(details: list[CaseDetail]) -> list[CaseDetail]:
    return [d for d in details if d.previous_case_id is None]


@dataclass(frozen=True)
class Trajectory:
    """One case as every panel of the case window reads it."""

    detail: CaseDetail
    state: EngagementState
    attempts: list[OutreachAttemptView]
    consents: list[ConsentView]
    intake: IntakeInput | None
    plans: PlanOverview
    agreed: list[PlanView]  # every version that was agreed, oldest first
    evaluations: tuple[EvaluationRow, ...]
    contacts: tuple[ContactRecord, ...]
    notes: tuple[NoteRecord, ...]
    court: CourtOverview
    arrears: ArrearsOverview
    closure: ClosureView

    @property
    def referral_date(self) -> date:
        assert self.detail.referral.referral_date is not None
        return self.detail.referral.referral_date

    @property
    def status(self) -> CaseStatus:
        return self.detail.status

    @property
    def was_active(self) -> bool:
        return any(h.to_status == CaseStatus.ACTIVE for h in self.detail.history)


def read_trajectory(ws: Workspace, detail: CaseDetail) -> Trajectory:
    case_id = detail.id
    plans = ws.plans.overview(case_id)
    agreed = [ws.plans.version(v.id) for v in reversed(plans.versions) if v.agreed_on is not None]
    return Trajectory(
        detail=detail,
        state=ws.engagement.state(case_id),
        attempts=ws.engagement.outreach(case_id),
        consents=ws.engagement.consent_list(case_id),
        intake=ws.engagement.intake(case_id),
        plans=plans,
        agreed=agreed,
        evaluations=ws.evaluations.evaluations(case_id),
        contacts=ws.contacts.contacts(case_id),
        notes=ws.contacts.case_notes(case_id),
        court=ws.court.overview(case_id),
        arrears=ws.arrears.overview(case_id),
        closure=ws.closure.closure_of(case_id),
    )


@pytest.fixture(scope="module")
def trajectories(demo: Workspace, details: list[CaseDetail]) -> list[Trajectory]:
    return [read_trajectory(demo, d) for d in details]


def of_status(trajectories: list[Trajectory], *statuses: CaseStatus) -> list[Trajectory]:
    return [t for t in trajectories if t.status in statuses]


def test_demo_passphrase_is_accepted() -> None:
    assert assess(DEMO_PASSPHRASE).acceptable
    assert assess(DEMO_PASSPHRASE, tuple(USER.values())).acceptable
    assert 4 <= len(DEMO_PASSPHRASE.split()) <= 5


def test_registers_the_cases_plus_reopened_episodes(details: list[CaseDetail]) -> None:
    reopened = [d for d in details if d.previous_case_id is not None]
    assert len(originals(details)) == CASES
    assert len(reopened) >= 2
    assert len(details) == CASES + len(reopened)


def test_every_status_is_present(rows: list[CaseRow]) -> None:
    assert {r.status for r in rows} == set(CaseStatus)


def test_partner_directory(demo: Workspace) -> None:
    partners = demo.partners.summaries()
    kinds = Counter(p.kind for p in partners)
    assert 8 <= len(partners) <= 12
    assert kinds[PartnerKind.SOCIAL_HOUSING_COMPANY] >= 3
    assert kinds[PartnerKind.SOCIAL_RENTAL_AGENCY] == 2
    assert 3 <= kinds[PartnerKind.PRIVATE_LANDLORD] <= 4
    assert kinds[PartnerKind.OCMW] == 2
    assert 1 <= kinds[PartnerKind.OTHER_SERVICE] <= 2
    assert len(demo.partners.summaries(landlords_only=True)) >= 7
    for summary in partners:
        partner = demo.partners.get(summary.id)
        assert 1 <= len(partner.contacts) <= 3
        assert sum(c.fixed_contact for c in partner.contacts) == 1
        emails = [partner.email] + [c.email for c in partner.contacts]
        # Nothing real is ever contacted.
        assert all(e.endswith((".example", ".test")) for e in emails if e)


def test_every_case_loads_and_validates(details: list[CaseDetail]) -> None:
    today = START.date()
    for detail in details:
        data = detail.referral
        validate_referral(data, today)  # what the form would accept again on save
        assert data.steps_taken and data.question
        assert data.landlord_contact_id
        assert data.source is not None
        assert data.referral_date is not None
        assert today - timedelta(days=430) <= data.referral_date <= today
        assert detail.allowed_next == allowed_next(detail.status)
        if detail.status in RUNNING:
            assert data.next_date is not None
            assert data.next_date > data.referral_date


def test_referrals_look_like_the_field(demo: Workspace, details: list[CaseDetail]) -> None:
    kinds = {p.id: p.kind for p in demo.partners.summaries()}
    cases = originals(details)
    with_nrn = [d for d in cases if d.referral.national_number]
    assert CASES // 5 <= len(with_nrn) <= CASES // 2
    for detail in with_nrn:
        assert isinstance(parse_national_number(detail.referral.national_number), NationalNumber)

    for detail in details:
        data = detail.referral
        rent = amount_cents(data.monthly_rent)
        assert isinstance(rent, int)
        assert data.landlord_id is not None
        if kinds[data.landlord_id] == PartnerKind.PRIVATE_LANDLORD:
            assert 650_00 <= rent <= 1050_00
        else:
            assert kinds[data.landlord_id] in LANDLORD_KINDS
            assert 250_00 <= rent <= 650_00
        if Problem.ARREARS in data.problems:
            arrears = amount_cents(data.arrears_amount)
            months = int(data.arrears_months)
            assert isinstance(arrears, int)
            assert rent * (months - 1) < arrears <= rent * months

    sources = Counter(d.referral.source for d in cases)
    assert sources[ReferralSource.LANDLORD] > CASES // 3
    assert len(sources) >= 4
    evictions = sum(d.referral.eviction_procedure for d in cases)
    assert CASES // 20 <= evictions <= CASES * 2 // 5
    assert any(len(d.referral.problems) > 1 for d in cases)
    assert any(d.referral.box for d in cases)
    assert any(d.referral.household for d in cases)
    names = " ".join(f"{d.referral.first_name} {d.referral.last_name}" for d in cases)
    assert not names.isascii()  # accented names are part of the picture


def test_statuses_were_reached_along_legal_paths(details: list[CaseDetail]) -> None:
    for detail in details:
        history = detail.history
        assert history[0].from_status is None
        assert history[0].to_status == CaseStatus.REFERRED
        assert history[-1].to_status == detail.status
        for before, after in pairwise(history):
            assert after.from_status == before.to_status
            assert after.to_status in allowed_next(before.to_status)
            if after.to_status == CaseStatus.CLOSED:
                assert after.reason is not None
                if after.reason in (ClosingReason.NOT_STARTED, ClosingReason.OTHER):
                    assert after.motivation
        if detail.status in (CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.ENDED):
            assert detail.closing_reason is not None


def test_older_referrals_are_further_along(rows: list[CaseRow]) -> None:
    def mean_age(statuses: set[CaseStatus]) -> float:
        ages = [r.days_since_referral(START.date()) for r in rows if r.status in statuses]
        return sum(ages) / len(ages)

    finished = {CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.ENDED}
    assert mean_age(finished) > mean_age({CaseStatus.ACTIVE}) > mean_age({CaseStatus.REFERRED})


def test_reopened_episodes_follow_a_finished_case(details: list[CaseDetail]) -> None:
    by_id = {d.id: d for d in details}
    reopened = [d for d in details if d.previous_case_id is not None]
    for episode in reopened:
        assert episode.previous_case_id is not None
        earlier = by_id[episode.previous_case_id]
        assert earlier.status in REOPENABLE
        assert episode.previous_case_number == earlier.number
        assert (episode.referral.first_name, episode.referral.last_name) == (
            earlier.referral.first_name,
            earlier.referral.last_name,
        )
        assert episode.referral.referrer_name


def test_changes_went_through_outbox_and_audit(demo: Workspace) -> None:
    with demo.store.unit_of_work("test") as uow:
        outbox = uow.session.scalar(select(func.count()).select_from(OutboxEntry))
        kinds = set(uow.session.scalars(select(OutboxEntry.record_kind).distinct()))
        chain = audit.verify(uow.session)
    assert outbox is not None and outbox > CASES * 30
    assert {"partner", "contact_person", "client", "case", "referral", "tenancy", "status_change"} <= kinds
    assert {
        "outreach_attempt",
        "case_profile",
        "consent",
        "intake",
        "intake_domain",
        "plan_version",
        "goal",
        "plan_condition",
        "evaluation",
        "goal_evaluation",
        "contact",
        "court_event",
        "payment_plan",
        "payment",
        "fbu_application",
        "lac_meeting",
        "closure",
    } <= kinds
    # Personal working notes never leave the laptop, not even the demo's.
    assert "working_note" not in kinds
    assert chain.intact and chain.entries > outbox


def test_history_is_dated_as_it_happened(trajectories: list[Trajectory]) -> None:
    """Every step went through the services on its own day: the status history reads like a real one."""
    for t in trajectories:
        days = [h.at for h in t.detail.history]
        assert days == sorted(days)
        assert t.referral_date <= days[0] and days[-1] <= TODAY
    moved = [h.at for t in trajectories for h in t.detail.history[1:]]
    assert len(set(moved)) > CASES  # not all on the day the demo was made


def test_each_status_has_its_trajectory(trajectories: list[Trajectory]) -> None:
    for t in trajectories:
        planned_visit = any(c.planned and c.kind == ContactKind.HOME_VISIT for c in t.contacts)
        if t.status == CaseStatus.REFERRED:
            assert not t.attempts and t.intake is None and not t.plans.versions
        if t.status == CaseStatus.OUTREACH:
            assert t.attempts and t.state.tenant_agreement_on is None
        if t.status == CaseStatus.INTAKE:
            assert t.state.tenant_agreement_on is not None
            assert not t.agreed
            assert t.intake is not None or planned_visit  # held, or the visit for it is planned
        if t.status in (CaseStatus.INTAKE, CaseStatus.ACTIVE) or t.was_active:
            assert t.state.tenant_agreement_on is not None
        if t.was_active:
            assert t.intake is not None and t.intake.held_on is not None
            assert t.agreed, "support without an agreed plan"
            assert t.agreed[0].agreed_on is not None and t.intake.held_on <= t.agreed[0].agreed_on
            assert any(c.recipient == ConsentRecipient.TEAM for c in t.consents)
            assert t.contacts
        if t.status == CaseStatus.ACTIVE:
            assert t.plans.in_force_id is not None and t.plans.current is not None
            assert any(not e.held for e in t.evaluations), "no next evaluation planned"
        if t.status in REOPENABLE:
            assert t.closure.closed_on is not None and t.closure.reason is not None
            if t.closure.reason == ClosingReason.NOT_STARTED:
                assert t.state.not_started_motivation
            else:
                assert t.closure.closure is not None
            assert all(e.held for e in t.evaluations)  # open evaluations were cancelled at closure
        if t.status == CaseStatus.AFTERCARE:
            assert t.closure.aftercare_until is not None and t.closure.aftercare_until >= TODAY
        if t.status == CaseStatus.ENDED:
            assert t.closure.ended_on is not None and t.closure.ended_on <= TODAY
    active = of_status(trajectories, CaseStatus.ACTIVE)
    assert active and all(t.agreed for t in active)
    assert any(t.intake is not None for t in of_status(trajectories, CaseStatus.INTAKE))
    assert any(t.plans.current and not t.agreed for t in of_status(trajectories, CaseStatus.INTAKE))


def test_dates_fit_the_trajectory(trajectories: list[Trajectory]) -> None:
    """Everything lies between the referral and today, except what is planned."""
    for t in trajectories:
        first, state = t.referral_date, t.state
        assert all(first <= a.on <= TODAY for a in t.attempts)
        if state.tenant_agreement_on is not None:
            assert first <= state.tenant_agreement_on <= TODAY
            if state.landlord_mandate_on is not None:
                assert state.landlord_mandate_on <= state.tenant_agreement_on
        for consent in t.consents:
            assert first <= consent.given_on <= TODAY
            assert consent.withdrawn_on is None or consent.given_on < consent.withdrawn_on <= TODAY
        if t.intake is not None:
            assert t.intake.held_on is not None and first <= t.intake.held_on <= TODAY
        for plan in t.agreed:
            assert plan.agreed_on is not None and first <= plan.agreed_on <= TODAY
        for evaluation in t.evaluations:
            assert evaluation.planned_on > first
            if evaluation.held_on is not None:
                assert t.agreed and t.agreed[0].agreed_on is not None
                assert t.agreed[0].agreed_on < evaluation.held_on <= TODAY
        for contact in t.contacts:
            assert contact.on >= first
            assert contact.planned or contact.on <= TODAY
            if t.closure.ended_on is not None:
                assert contact.on <= t.closure.ended_on
        petitions = [e.on for e in t.court.events if e.kind == CourtEventKind.PETITION]
        for event in t.court.events:
            # The petition was filed before the landlord referred; all else follows it.
            assert event.on <= first if event.kind == CourtEventKind.PETITION else event.on > petitions[0]
            if event.kind in (CourtEventKind.JUDGMENT, CourtEventKind.EVICTION_DONE):
                assert event.on <= TODAY
            assert not event.warnings
        plans = [p for p in (t.arrears.plan, *t.arrears.earlier_plans) if p is not None]
        for payment in (p for plan in plans for p in plan.payments):
            assert payment.missed or (payment.paid_on is not None and first <= payment.paid_on <= TODAY)
            assert payment.due_on <= TODAY
        assert all(first <= f.data.applied_on <= TODAY for f in t.arrears.fbu)
        assert all(m.on >= first and (m.on <= TODAY or not m.decision) for m in t.arrears.lac)
        closure = t.closure
        if closure.closed_on is not None:
            assert first <= closure.closed_on <= TODAY
            if closure.aftercare_started_on is not None:
                assert closure.aftercare_started_on == closure.closed_on
            if closure.ended_on is not None:
                assert closure.closed_on <= closure.ended_on <= TODAY


def test_outreach_and_the_decision_to_start(trajectories: list[Trajectory]) -> None:
    attempts = [a for t in trajectories for a in t.attempts]
    assert len({a.channel for a in attempts}) >= 6
    assert len({a.result for a in attempts}) >= 5
    assert all(a.note for a in attempts)
    attitudes = Counter(t.state.attitude for t in trajectories if t.state.attitude is not None)
    assert len(attitudes) == 3

    # Someone who avoids help takes more tries than someone who asks for it.
    def tries(attitude: str) -> float:
        counts = [len(t.attempts) for t in trajectories if t.state.attitude == attitude and t.attempts]
        return sum(counts) / len(counts)

    assert tries("avoids_help") > tries("asks_for_help")
    not_started = [t for t in trajectories if t.closure.reason == ClosingReason.NOT_STARTED]
    assert not_started and all(t.state.not_started_motivation for t in not_started)
    assert any(t.state.landlord_mandate_on for t in trajectories)


def test_consents(trajectories: list[Trajectory]) -> None:
    for t in trajectories:
        if t.intake is not None:
            team = [c for c in t.consents if c.recipient == ConsentRecipient.TEAM]
            assert len(team) == 1 and team[0].given_on == t.intake.held_on
        for consent in t.consents:
            if consent.recipient == ConsentRecipient.LANDLORD:
                assert not consent.categories & SPECIAL_CATEGORIES
            if consent.recipient == ConsentRecipient.ORGANISATION:
                assert consent.organisation and consent.purpose and consent.categories
    supported = [t for t in trajectories if t.was_active]
    with_landlord = [
        t for t in supported if any(c.recipient == ConsentRecipient.LANDLORD for c in t.consents)
    ]
    assert len(with_landlord) >= len(supported) * 2 // 3  # most active cases
    organisations = [
        c for t in trajectories for c in t.consents if c.recipient == ConsentRecipient.ORGANISATION
    ]
    assert any(
        c.organisation.startswith("OCMW") and DataCategory.FINANCIAL in c.categories for c in organisations
    )
    withdrawn = [c for t in trajectories for c in t.consents if c.withdrawn_on is not None]
    assert len(withdrawn) == 1 and not withdrawn[0].in_force


def test_intakes_map_the_six_life_domains(trajectories: list[Trajectory]) -> None:
    intakes = [t.intake for t in trajectories if t.intake is not None]
    assert len(intakes) >= CASES // 2
    not_recorded = 0
    special = 0
    for intake in intakes:
        assert set(intake.domains) == set(LifeDomain)
        for domain, given in intake.domains.items():
            key = f"domain.{domain.value}.notes"
            if key in intake.not_recorded:
                not_recorded += 1
                assert given.notes == "" and given.notes != NOT_RECORDED
                continue
            assert given.rating is not None and 1 <= given.rating <= 5
            assert len(given.notes.split()) >= 5
        assert intake.housing_skills_rating is not None
        assert intake.own_question and intake.services_involved and intake.household_situation
        special += any(d.category in SPECIAL_CATEGORIES for d in intake.domains.values())
    assert not_recorded == 1
    assert 2 <= special <= len(intakes) // 2  # a few, not most


def test_plans_are_smart_and_share_only_what_they_may(trajectories: list[Trajectory]) -> None:
    goals = 0
    for t in trajectories:
        for plan in t.agreed:
            assert plan.agreed_on is not None
            assert 2 <= len(plan.goals) <= 4
            assert plan.conditions
            # Agreed without any SMART remark on the day it was agreed.
            assert not plan_findings(plan.as_input(), plan.agreed_on)
            consent = any(
                c.recipient == ConsentRecipient.LANDLORD
                and c.given_on <= plan.agreed_on
                and (c.withdrawn_on is None or c.withdrawn_on > plan.agreed_on)
                for c in t.consents
            )
            assert bool(plan.landlord_goals) == consent
            assert all(g.category not in SPECIAL_CATEGORIES for g in plan.landlord_goals)
            goals += len(plan.goals)
        statuses = [p.status for p in t.agreed]
        assert statuses.count(PlanStatus.AGREED) <= 1
        assert all(s == PlanStatus.SUPERSEDED for s in statuses[:-1])
    assert goals >= CASES
    agreed = [p for t in trajectories for p in t.agreed]
    texts = " ".join(g.description for p in agreed for g in p.goals)
    assert "huur" in texts and "post" in texts
    assert any(words in texts for words in ("technische dienst", "poetsschema", "afval"))
    assert any(g.category in SPECIAL_CATEGORIES for p in agreed for g in p.goals)
    second = [t for t in trajectories if len(t.agreed) >= 2]
    assert len(second) >= 2
    for t in second:
        assert any(e.decision == EvaluationDecision.ADJUST_PLAN for e in t.evaluations)


def test_evaluations(demo: Workspace, trajectories: list[Trajectory]) -> None:
    states = Counter(e.state for t in trajectories for e in t.evaluations)
    assert states[EvaluationState.HELD] >= CASES // 2
    assert states[EvaluationState.OVERDUE] >= 1
    assert states[EvaluationState.DUE] + states[EvaluationState.PLANNED] >= 5
    decisions = Counter(e.decision for t in trajectories for e in t.evaluations if e.held)
    assert set(decisions) == set(EvaluationDecision)
    held = next(e for t in of_status(trajectories, CaseStatus.ACTIVE) for e in t.evaluations if e.held)
    view = demo.evaluations.detail(held.id)
    assert view.goals and all(g.result is not None and g.notes for g in view.goals)
    assert view.private_notes


def test_contacts_and_working_notes(trajectories: list[Trajectory]) -> None:
    contacts = [c for t in trajectories for c in t.contacts]
    kinds = Counter(c.kind for c in contacts)
    assert set(kinds) == set(ContactKind)
    assert kinds[ContactKind.HOME_VISIT] > kinds[ContactKind.PHONE_CALL] > 0
    held = [c for c in contacts if not c.planned]
    assert all(c.duration_min and c.with_whom and c.summary for c in held)
    coming = [c for c in contacts if c.planned and c.on > TODAY and c.kind == ContactKind.HOME_VISIT]
    assert len(coming) >= 5
    assert any(c.planned and c.on < TODAY for c in contacts)  # a visit that was never logged as held
    assert sum(1 for c in contacts if c.personal_note) + sum(len(t.notes) for t in trajectories) >= 3
    assert any(t.closure.aftercare_contacts for t in trajectories)


def test_court_procedures(trajectories: list[Trajectory]) -> None:
    soon = 0
    for t in trajectories:
        kinds = [e.kind for e in t.court.events]
        if t.detail.referral.eviction_procedure and t.detail.previous_case_id is None:
            assert CourtEventKind.PETITION in kinds and CourtEventKind.HEARING in kinds
        else:
            assert not kinds
        if t.closure.reason == ClosingReason.EVICTED:
            assert t.court.eviction_done is not None and t.closure.closed_on is not None
            assert t.court.eviction_done <= t.closure.closed_on
        if t.court.next_hearing is not None and t.court.next_hearing.soon:
            soon += 1
            assert t.status in RUNNING
    assert soon >= 2  # the hearing banner shows on a couple of cases
    events = Counter(e.kind for t in trajectories for e in t.court.events)
    assert events[CourtEventKind.JUDGMENT] >= 2
    assert events[CourtEventKind.HEARING] > events[CourtEventKind.PETITION]  # some were adjourned


def test_arrears_payment_plans_fbu_and_lac(trajectories: list[Trajectory]) -> None:
    plans = [t.arrears.plan for t in trajectories if t.arrears.plan is not None]
    assert len(plans) >= 5
    for t in trajectories:
        if t.arrears.plan is not None:
            assert Problem.ARREARS in t.detail.referral.problems and t.agreed
    assert sum(1 for p in plans if p.payments) >= 5
    assert any(p.status.missed or any(x.missed for x in p.payments) for p in plans)
    assert any(p.status.paid_cents > 0 and p.status.remaining_cents > 0 for p in plans)
    fbu = [f for t in trajectories for f in t.arrears.fbu]
    assert fbu and any(f.data.decided_on is not None for f in fbu)
    lac = [m for t in trajectories for m in t.arrears.lac]
    assert any(m.decision for m in lac)


def test_closures_aftercare_and_end(trajectories: list[Trajectory]) -> None:
    records = [t.closure.closure for t in trajectories if t.closure.closure is not None]
    assert {r.eviction_avoided for r in records} == {True, False}
    assert all(r.housing_situation for r in records)
    assert all(r.referred_to for r in records if r.reason == ClosingReason.REFERRED_ON)
    assert len({r.reason for r in records}) >= 4
    aftercare = of_status(trajectories, CaseStatus.AFTERCARE)
    ends = [t.closure.aftercare_until for t in aftercare]
    assert any(end is not None and end <= TODAY + timedelta(days=45) for end in ends)
    ended = of_status(trajectories, CaseStatus.ENDED)
    assert any(t.closure.aftercare_started_on is not None for t in ended)
    assert any(t.closure.aftercare_started_on is None for t in ended)


def test_texts_are_filled_in(trajectories: list[Trajectory]) -> None:
    texts: list[str] = []
    for t in trajectories:
        texts += [a.note for a in t.attempts]
        texts += [c.summary + c.personal_note + c.with_whom for c in t.contacts]
        texts += [n.text for n in t.notes]
        texts += [e.notes for e in t.court.events]
        for plan in [*t.agreed, *([t.plans.current] if t.plans.current else [])]:
            texts += [g.description + g.measure + g.realism + g.steps for g in plan.goals]
            texts += [c.text for c in plan.conditions]
        if t.intake is not None:
            texts += [d.notes for d in t.intake.domains.values()]
            texts += [t.intake.own_question, t.intake.services_involved, t.intake.household_situation]
        if t.closure.closure is not None:
            texts.append(t.closure.closure.housing_situation)
    assert texts
    assert not [text for text in texts if "{" in text or "}" in text]


def test_reopened_episode_can_start_from_the_earlier_plan(trajectories: list[Trajectory]) -> None:
    reopened = [t for t in trajectories if t.detail.previous_case_id is not None]
    assert {t.status for t in reopened} >= {CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE}
    assert any(t.plans.earlier is not None and t.plans.current is not None for t in reopened)


def fingerprint(ws: Workspace) -> list[tuple[object, ...]]:
    """The caseload and the shape of every trajectory, without the random record ids."""
    result: list[tuple[object, ...]] = []
    for row in sorted(ws.caseload.rows(), key=lambda r: r.number):
        t = read_trajectory(ws, ws.referrals.load(row.id))
        result.append(
            (
                row.client_name,
                row.address,
                row.status,
                row.referral_date,
                tuple(h.at for h in t.detail.history),
                tuple((a.on, a.channel) for a in t.attempts),
                tuple((c.on, c.kind, c.summary) for c in t.contacts),
                tuple((p.agreed_on, tuple(g.description for g in p.goals)) for p in t.agreed),
                tuple((e.planned_on, e.held_on) for e in t.evaluations),
                tuple((e.kind, e.on) for e in t.court.events),
                t.closure.closed_on,
                t.closure.ended_on,
            )
        )
    return result


def test_same_seed_gives_the_same_caseload(tmp_path: Path, demo: Workspace) -> None:
    again = new_workspace(tmp_path / "again")
    other = new_workspace(tmp_path / "other")
    try:
        populate_demo(again, cases=CASES)
        populate_demo(other, seed=7, cases=20)
        assert fingerprint(again) == fingerprint(demo)
        names = {r.client_name for r in demo.caseload.rows()}
        assert {r.client_name for r in other.caseload.rows()} - names
    finally:
        again.close()
        other.close()


def test_refuses_a_profile_that_is_already_in_use(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "used")
    try:
        populate_demo(ws, cases=3)
        with pytest.raises(RuleViolation):
            populate_demo(ws, cases=3)
    finally:
        ws.close()


def test_small_caseloads_work_too(tmp_path: Path) -> None:
    for cases in (1, 7, 15):
        ws = new_workspace(tmp_path / f"small{cases}")
        try:
            populate_demo(ws, seed=cases, cases=cases)
            assert len([r for r in ws.caseload.rows() if r.number]) >= cases
        finally:
            ws.close()


def test_is_fast_enough(demo: Workspace) -> None:
    """60 cases with their whole trajectory in well under ten seconds of CPU on this laptop class."""
    assert TIMING["cpu"] < CPU_BUDGET_SECONDS, TIMING
