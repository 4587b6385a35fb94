"""The demo caseload: complete, plausible, legal and reproducible."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.fields import amount_cents
from caseworker_desktop.domain.national_register import NationalNumber, parse_national_number
from caseworker_desktop.domain.partners import LANDLORD_KINDS, PartnerKind
from caseworker_desktop.domain.passphrase import assess
from caseworker_desktop.domain.referral import Problem, ReferralSource, validate_referral
from caseworker_desktop.domain.status import (
    REOPENABLE,
    RUNNING,
    CaseStatus,
    ClosingReason,
    allowed_next,
)
from caseworker_desktop.services.caseload import CaseRow
from caseworker_desktop.services.demo import DEMO_PASSPHRASE, populate_demo
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.referrals import CaseDetail
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store import audit
from caseworker_desktop.store.keys import KdfParams
from caseworker_desktop.store.models import OutboxEntry

CASES = 60
FAST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
START = datetime(2026, 3, 16, 9, 0)
USER = {"name": "Demo Woonbegeleider", "organisation": "CAW Demo", "team": "Team Wonen"}


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
    populate_demo(ws, cases=CASES)
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
    assert outbox is not None and outbox > CASES * 5
    assert {"partner", "contact_person", "client", "case", "referral", "tenancy", "status_change"} <= kinds
    assert chain.intact and chain.entries > outbox


def test_same_seed_gives_the_same_caseload(tmp_path: Path, details: list[CaseDetail]) -> None:
    again = new_workspace(tmp_path / "again")
    other = new_workspace(tmp_path / "other")
    try:
        populate_demo(again, cases=CASES)
        populate_demo(other, seed=7, cases=CASES)

        def fingerprint(ws: Workspace) -> list[tuple[str, str, CaseStatus, date]]:
            return [
                (r.client_name, r.address, r.status, r.referral_date)
                for r in sorted(ws.caseload.rows(), key=lambda r: r.number)
            ]

        expected = [
            (
                f"{d.referral.last_name}, {d.referral.first_name}",
                d.status,
                d.referral.referral_date,
            )
            for d in details
        ]
        assert [(name, status, day) for name, _, status, day in fingerprint(again)] == expected
        assert [name for name, *_ in fingerprint(other)] != [name for name, *_ in expected]
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
