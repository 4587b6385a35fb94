"""ReferralService: registering, reading back and editing a referral."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
)
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, Client, HouseholdMember, OutboxEntry, ProfileInfo
from tests.services.service_support import USER_NAME, full_referral, small_referral


def members(data: ReferralInput) -> list[tuple[str, str, Relation, str]]:
    return [(m.first_name, m.last_name, m.relation, m.birth_year) for m in data.household]


def device_code(workspace: Workspace) -> str:
    with workspace.store.unit_of_work("test") as uow:
        return uow.session.get_one(ProfileInfo, 1).device_code


def test_register_then_load_round_trips_every_field(
    workspace: Workspace, landlord_id: str, landlord_contact_id: str
) -> None:
    typed = full_referral(landlord_id, landlord_contact_id)
    case_id = workspace.referrals.register(copy.deepcopy(typed))
    detail = workspace.referrals.load(case_id)
    loaded = detail.referral

    # Stored in canonical form: bare register digits, amounts in Belgian notation with cents.
    expected = dataclasses.replace(
        typed,
        national_number="85072312351",
        monthly_rent="650,00",
        arrears_amount="1234,56",
        household=loaded.household,
    )
    assert loaded == expected
    assert members(loaded) == members(typed)
    assert all(m.id for m in loaded.household)
    assert loaded.problems == {Problem.ARREARS, Problem.NUISANCE}
    assert loaded.eviction_procedure is True
    assert loaded.next_date == date(2026, 3, 10)
    assert loaded.landlord_contact_id == landlord_contact_id

    assert detail.id == case_id
    assert detail.status == CaseStatus.REFERRED
    assert detail.counsellor == USER_NAME
    assert detail.previous_case_id is None and detail.previous_case_number is None
    assert detail.closing_reason is None
    assert detail.allowed_next == {CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.CLOSED}
    assert [(e.from_status, e.to_status, e.at) for e in detail.history] == [
        (None, CaseStatus.REFERRED, date(2026, 3, 2))
    ]


def test_the_loaded_input_registers_again_unchanged(workspace: Workspace, landlord_id: str) -> None:
    """What load() hands the form must pass validation as is (amounts, register number)."""
    first = workspace.referrals.load(workspace.referrals.register(full_referral(landlord_id))).referral
    again = dataclasses.replace(first, household=[dataclasses.replace(m, id=None) for m in first.household])
    second = workspace.referrals.load(workspace.referrals.register(again)).referral
    assert dataclasses.replace(second, household=[]) == dataclasses.replace(first, household=[])
    assert members(second) == members(first)


def test_the_birth_date_is_taken_from_the_register_number(workspace: Workspace, landlord_id: str) -> None:
    workspace.referrals.register(full_referral(landlord_id))
    with workspace.store.unit_of_work("test") as uow:
        client = uow.session.scalars(select(Client)).one()
        assert (client.national_number, client.birth_date) == ("85072312351", date(1985, 7, 23))


def test_case_numbers_are_unique_and_count_up(workspace: Workspace, landlord_id: str) -> None:
    code = device_code(workspace)
    numbers = [
        workspace.referrals.load(
            workspace.referrals.register(
                small_referral(landlord_id, f"Voornaam{i}", "Peeters", "Markt", "Gent")
            )
        ).number
        for i in range(3)
    ]
    assert numbers == [f"2026-0001-{code}", f"2026-0002-{code}", f"2026-0003-{code}"]
    assert len(code) == 3 and code == workspace.user.user_id.replace("-", "")[:3].upper()


def test_update_changes_fields_and_tombstones_removed_household_members(
    workspace: Workspace, landlord_id: str, landlord_contact_id: str
) -> None:
    case_id = workspace.referrals.register(full_referral(landlord_id, landlord_contact_id))
    loaded = workspace.referrals.load(case_id).referral
    ali, lina, fatma = loaded.household

    edited = dataclasses.replace(
        loaded,
        first_name="Helena",
        street="Naamsestraat",
        house_number="101",
        box="",
        phone="",
        national_number="",
        arrears_amount="2.000",
        arrears_months="5",
        problems={Problem.ARREARS, Problem.UPKEEP},
        eviction_procedure=False,
        next_date=None,
        landlord_contact_id=None,
        question="Nieuwe vraag.",
        household=[
            dataclasses.replace(lina, birth_year="2014"),
            ali,
            HouseholdMemberInput("Noah", "Ünal", Relation.CHILD, "2025"),
        ],
    )
    workspace.referrals.update(case_id, edited)
    after = workspace.referrals.load(case_id).referral

    assert (after.first_name, after.street, after.house_number, after.box) == (
        "Helena",
        "Naamsestraat",
        "101",
        "",
    )
    assert (after.phone, after.national_number) == ("", "")
    assert (after.arrears_amount, after.arrears_months) == ("2000,00", "5")
    assert after.problems == {Problem.ARREARS, Problem.UPKEEP}
    assert after.eviction_procedure is False
    assert after.next_date is None
    assert after.landlord_contact_id is None
    assert after.question == "Nieuwe vraag."
    by_id = {m.id: m for m in after.household}
    assert set(by_id) >= {ali.id, lina.id}
    assert fatma.id not in by_id
    assert by_id[lina.id].birth_year == "2014"
    assert sorted(m.first_name for m in after.household) == ["Ali", "Lina", "Noah"]

    with workspace.store.unit_of_work("test") as uow:
        removed = uow.session.get_one(HouseholdMember, fatma.id)
        assert removed.deleted is True
        operations = list(
            uow.session.scalars(select(OutboxEntry.operation).where(OutboxEntry.record_id == fatma.id))
        )
        client = uow.session.scalars(select(Client)).one()
        assert client.birth_date is None
    assert operations == ["create", "delete"]


def test_register_writes_outbox_and_audit_for_each_record(workspace: Workspace, landlord_id: str) -> None:
    with workspace.store.unit_of_work("test") as uow:
        before = len(uow.session.scalars(select(OutboxEntry)).all())
    workspace.referrals.register(full_referral(landlord_id))
    with workspace.store.unit_of_work("test") as uow:
        entries = uow.session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()[before:]
        created = sorted(e.record_kind for e in entries if e.operation == "create")
        audited = {a.record_kind for a in uow.session.scalars(select(AuditEntry))}
    assert created == sorted(
        ["client", "case", "referral", "tenancy", "status_change"] + ["household_member"] * 3
    )
    assert {"client", "case", "referral", "tenancy", "status_change", "household_member"} <= audited


def test_load_is_written_to_the_audit_trail(workspace: Workspace, landlord_id: str) -> None:
    case_id = workspace.referrals.register(full_referral(landlord_id))
    workspace.referrals.load(case_id)
    with workspace.store.unit_of_work("test") as uow:
        reads = [
            (a.record_kind, a.actor)
            for a in uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "read"))
        ]
    assert ("case", workspace.user.user_id) in reads
    assert ("client", workspace.user.user_id) in reads


def test_unknown_landlord_is_refused_and_nothing_is_stored(workspace: Workspace, landlord_id: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.register(full_referral("no-such-partner"))
    assert caught.value.issue.code == "landlord_unknown"
    assert workspace.caseload.rows() == []
    # The failed attempt used no case number.
    number = workspace.referrals.load(workspace.referrals.register(full_referral(landlord_id))).number
    assert number.startswith("2026-0001-")


def test_removed_landlord_is_refused(workspace: Workspace, landlord_id: str) -> None:
    case_id = workspace.referrals.register(full_referral(landlord_id))
    workspace.partners.remove(landlord_id)
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.register(full_referral(landlord_id))
    assert caught.value.issue.code == "landlord_unknown"
    with pytest.raises(RuleViolation):
        workspace.referrals.update(case_id, workspace.referrals.load(case_id).referral)


def test_invalid_input_is_refused_before_anything_is_stored(workspace: Workspace, landlord_id: str) -> None:
    data = full_referral(landlord_id)
    data.postcode = "30"
    data.source = None
    with pytest.raises(ValidationFailed) as caught:
        workspace.referrals.register(data)
    assert caught.value.issues == {"postcode": Issue("postcode"), "source": Issue("required")}
    assert workspace.caseload.rows() == []


def test_update_with_invalid_input_keeps_the_stored_referral(workspace: Workspace, landlord_id: str) -> None:
    case_id = workspace.referrals.register(full_referral(landlord_id))
    before = workspace.referrals.load(case_id).referral
    bad = dataclasses.replace(before, first_name="Nieuw", referral_date=date(2030, 1, 1))
    with pytest.raises(ValidationFailed):
        workspace.referrals.update(case_id, bad)
    assert workspace.referrals.load(case_id).referral == before


def test_register_uses_the_default_source_fields(workspace: Workspace, landlord_id: str) -> None:
    data = small_referral(landlord_id, "Jan", "Janssens", "Markt", "Gent")
    loaded = workspace.referrals.load(workspace.referrals.register(data)).referral
    assert loaded.source == ReferralSource.OCMW
    assert (loaded.monthly_rent, loaded.arrears_amount, loaded.arrears_months) == ("", "", "")
    assert loaded.household == []
    assert loaded.eviction_procedure is False
