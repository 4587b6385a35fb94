"""CaseloadService.rows: one row per case with the address, landlord and status the list shows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from caseworker_desktop.domain.partners import PartnerInput, PartnerKind
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.caseload import CaseloadIndex
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, Case
from tests.services.service_support import USER_NAME, full_referral, small_referral


def test_rows_show_the_case_as_the_list_needs_it(workspace: Workspace, landlord_id: str) -> None:
    case_id = workspace.referrals.register(full_referral(landlord_id))
    [row] = workspace.caseload.rows()
    assert row.id == case_id
    assert row.number == workspace.referrals.load(case_id).number
    assert row.client_name == "Ünal, Hélène"
    assert row.address == "Kerkstraat 12 bus 3, 3000 Leuven"
    assert row.landlord == "Woonpunt Zennevallei"
    assert row.status == CaseStatus.REFERRED
    assert row.counsellor == USER_NAME
    assert row.next_date == date(2026, 3, 10)
    assert row.referral_date == date(2026, 2, 27)
    assert row.days_since_referral(date(2026, 3, 2)) == 3


def test_address_without_a_box(workspace: Workspace, landlord_id: str) -> None:
    workspace.referrals.register(small_referral(landlord_id, "Jan", "Janssens", "Markt", "Gent"))
    [row] = workspace.caseload.rows()
    assert row.address == "Markt 1, 3000 Gent"
    assert row.next_date is None


def test_rows_follow_changes(workspace: Workspace, landlord_id: str) -> None:
    other = workspace.partners.save(PartnerInput(kind=PartnerKind.SOCIAL_RENTAL_AGENCY, name="SVK Webra"))
    case_id = workspace.referrals.register(full_referral(landlord_id))
    workspace.referrals.change_status(case_id, CaseStatus.CLOSED, reason=ClosingReason.MOVED)
    data = workspace.referrals.load(case_id).referral
    data.landlord_id = other
    data.last_name = "Yilmaz"
    workspace.referrals.update(case_id, data)
    [row] = workspace.caseload.rows()
    assert (row.status, row.landlord, row.client_name) == (CaseStatus.CLOSED, "SVK Webra", "Yilmaz, Hélène")


def test_every_case_once_and_tombstoned_cases_left_out(workspace: Workspace, landlord_id: str) -> None:
    ids = [
        workspace.referrals.register(small_referral(landlord_id, f"Voornaam{i}", "Peeters", "Markt", "Gent"))
        for i in range(4)
    ]
    with workspace.store.unit_of_work("test") as uow:
        uow.tombstone(uow.session.get_one(Case, ids[0]))
    rows = workspace.caseload.rows()
    assert sorted(r.id for r in rows) == sorted(ids[1:])
    assert len({r.number for r in rows}) == 3


def test_reading_the_caseload_is_audited(workspace: Workspace, landlord_id: str) -> None:
    workspace.caseload.rows()
    with workspace.store.unit_of_work("test") as uow:
        reads = uow.session.scalars(select(AuditEntry).where(AuditEntry.record_kind == "caseload")).all()
    assert [(a.action, a.record_id, a.actor) for a in reads] == [("read", "all", workspace.user.user_id)]


def test_searching_the_rows_from_the_store(workspace: Workspace, landlord_id: str) -> None:
    workspace.referrals.register(full_referral(landlord_id))
    workspace.referrals.register(small_referral(landlord_id, "Jérôme", "Dubois", "Rue de l'Église", "Liège"))
    workspace.referrals.register(small_referral(landlord_id, "Jan", "Janssens", "Kerkstraat", "Gent"))
    rows = workspace.caseload.rows()
    index = CaseloadIndex(rows)

    def names(query: str) -> set[str]:
        return {rows[i].client_name for i in index.search(query)}

    assert names("unal") == {"Ünal, Hélène"}
    assert names("HELENE") == {"Ünal, Hélène"}
    assert names("eglise liege") == {"Dubois, Jérôme"}
    assert names("kerkstraat") == {"Ünal, Hélène", "Janssens, Jan"}
    assert names("kerkstraat gent") == {"Janssens, Jan"}
    number = next(r.number for r in rows if r.client_name == "Dubois, Jérôme")
    assert names(number) == {"Dubois, Jérôme"}
    assert names(number.lower()) == {"Dubois, Jérôme"}
