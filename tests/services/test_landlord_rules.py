"""A referral's landlord must be a landlord, and its contact person must work there."""

from __future__ import annotations

from datetime import timedelta

import pytest

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.services.caseload import fold
from caseworker_desktop.services.workspace import Workspace


def referral(workspace: Workspace, landlord_id: str, contact_id: str | None = None) -> ReferralInput:
    return ReferralInput(
        first_name="Ayşe",
        last_name="Yılmaz",
        street="Kerkstraat",
        house_number="3",
        postcode="9000",
        municipality="Gent",
        landlord_id=landlord_id,
        landlord_contact_id=contact_id,
        referral_date=workspace.clock().date() - timedelta(days=4),
        source=ReferralSource.OCMW,
        problems={Problem.NUISANCE},
    )


def test_an_ocmw_is_not_accepted_as_landlord(workspace: Workspace) -> None:
    ocmw = workspace.partners.save(PartnerInput(kind=PartnerKind.OCMW, name="OCMW Lindegem"))
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.register(referral(workspace, ocmw))
    assert caught.value.issue.code == "landlord_not_a_landlord"


def test_contact_person_of_another_partner_is_refused(workspace: Workspace, landlord_id: str) -> None:
    other = workspace.partners.save(
        PartnerInput(
            kind=PartnerKind.PRIVATE_LANDLORD, name="Firma Verhuur", contacts=[ContactInput(name="X")]
        )
    )
    stranger = workspace.partners.contacts(other)[0].id
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.register(referral(workspace, landlord_id, stranger))
    assert caught.value.issue.code == "landlord_contact_unknown"
    own = workspace.partners.contacts(landlord_id)[0].id
    case_id = workspace.referrals.register(referral(workspace, landlord_id, own))
    assert workspace.referrals.load(case_id).referral.landlord_contact_id == own


def test_next_date_before_referral_is_refused(workspace: Workspace, landlord_id: str) -> None:
    data = referral(workspace, landlord_id)
    data.next_date = workspace.clock().date() - timedelta(days=30)
    with pytest.raises(ValidationFailed) as caught:
        workspace.referrals.register(data)
    assert set(caught.value.issues) == {"next_date"}


@pytest.mark.parametrize(
    ("name", "typed"), [("Yılmaz", "yilmaz"), ("Michał", "michal"), ("Søren", "soren"), ("Hélène", "HELENE")]
)
def test_search_folding_covers_letters_without_a_decomposition(name: str, typed: str) -> None:
    assert fold(typed) in fold(name)


def test_today_is_the_laptops_calendar_day_not_utcs(monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from datetime import datetime

    from caseworker_desktop.store.uow import local_date

    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    try:
        # 23:30 UTC on 24 November is 00:30 on 25 November in Brussels.
        assert local_date(datetime(2026, 11, 24, 23, 30)).isoformat() == "2026-11-25"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
