"""PartnerService: the directory of landlords and services, with contact persons."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.services.partners import ContactSummary, PartnerSummary
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import ContactPerson, OutboxEntry


def svk() -> PartnerInput:
    return PartnerInput(
        kind=PartnerKind.SOCIAL_RENTAL_AGENCY,
        name=" SVK Webra ",
        street="Statiestraat 5",
        postcode="2300",
        municipality="Turnhout",
        phone="014 12 34 56",
        email="info@svk.example.be",
        contacts=[
            ContactInput(name="Jef Claes", role="technische dienst", phone="0470 11 22 33"),
            ContactInput(
                name="An Peeters", role="woonconsulent", email="an@svk.example.be", fixed_contact=True
            ),
        ],
    )


def test_save_and_get_round_trip(workspace: Workspace) -> None:
    pid = workspace.partners.save(svk())
    got = workspace.partners.get(pid)
    assert (got.kind, got.name, got.street, got.postcode, got.municipality, got.phone, got.email) == (
        PartnerKind.SOCIAL_RENTAL_AGENCY,
        "SVK Webra",
        "Statiestraat 5",
        "2300",
        "Turnhout",
        "014 12 34 56",
        "info@svk.example.be",
    )
    by_name = {c.name: c for c in got.contacts}
    assert set(by_name) == {"Jef Claes", "An Peeters"}
    assert by_name["An Peeters"].fixed_contact is True
    assert by_name["An Peeters"].email == "an@svk.example.be"
    assert by_name["Jef Claes"].phone == "0470 11 22 33"
    assert all(c.id for c in got.contacts)


def test_contacts_list_the_fixed_contact_first(workspace: Workspace) -> None:
    pid = workspace.partners.save(svk())
    contacts = workspace.partners.contacts(pid)
    assert [(c.name, c.role, c.fixed_contact) for c in contacts] == [
        ("An Peeters", "woonconsulent", True),
        ("Jef Claes", "technische dienst", False),
    ]
    assert all(isinstance(c, ContactSummary) for c in contacts)


def test_summaries_sorted_filtered_and_counted(workspace: Workspace) -> None:
    svk_id = workspace.partners.save(svk())
    ocmw_id = workspace.partners.save(
        PartnerInput(kind=PartnerKind.OCMW, name="OCMW Leuven", municipality="Leuven")
    )
    private_id = workspace.partners.save(PartnerInput(kind=PartnerKind.PRIVATE_LANDLORD, name="Agnes Maes"))
    assert workspace.partners.summaries() == [
        PartnerSummary(private_id, "Agnes Maes", PartnerKind.PRIVATE_LANDLORD, "", 0),
        PartnerSummary(ocmw_id, "OCMW Leuven", PartnerKind.OCMW, "Leuven", 0),
        PartnerSummary(svk_id, "SVK Webra", PartnerKind.SOCIAL_RENTAL_AGENCY, "Turnhout", 2),
    ]
    assert [s.name for s in workspace.partners.summaries(landlords_only=True)] == ["Agnes Maes", "SVK Webra"]


def test_updating_keeps_listed_contacts_and_tombstones_the_others(workspace: Workspace) -> None:
    pid = workspace.partners.save(svk())
    data = workspace.partners.get(pid)
    jef = next(c for c in data.contacts if c.name == "Jef Claes")
    an = next(c for c in data.contacts if c.name == "An Peeters")
    jef.role = "hersteldienst"
    data.contacts = [jef, ContactInput(name="Lotte Smet", role="onthaal")]
    data.name = "SVK Webra vzw"

    assert workspace.partners.save(data, pid) == pid
    contacts = workspace.partners.contacts(pid)
    assert [(c.name, c.role) for c in contacts] == [("Jef Claes", "hersteldienst"), ("Lotte Smet", "onthaal")]
    assert next(c.id for c in contacts if c.name == "Jef Claes") == jef.id
    assert workspace.partners.get(pid).name == "SVK Webra vzw"
    assert [s.contacts for s in workspace.partners.summaries()] == [2]

    with workspace.store.unit_of_work("test") as uow:
        removed = uow.session.get_one(ContactPerson, an.id)
        assert removed.deleted is True
        operations = list(
            uow.session.scalars(select(OutboxEntry.operation).where(OutboxEntry.record_id == an.id))
        )
    assert operations == ["create", "delete"]

    # Saving the same list again tombstones nothing more.
    workspace.partners.save(workspace.partners.get(pid), pid)
    assert len(workspace.partners.contacts(pid)) == 2


def test_invalid_partner_is_not_saved(workspace: Workspace) -> None:
    data = svk()
    data.email = "info@"
    data.contacts[0].name = ""
    with pytest.raises(ValidationFailed) as caught:
        workspace.partners.save(data)
    assert caught.value.issues == {"email": Issue("email"), "contacts.0.name": Issue("required")}
    assert workspace.partners.summaries() == []


def test_remove_tombstones_the_partner(workspace: Workspace) -> None:
    pid = workspace.partners.save(svk())
    other = workspace.partners.save(PartnerInput(kind=PartnerKind.OCMW, name="OCMW Leuven"))
    workspace.partners.remove(pid)
    assert [s.id for s in workspace.partners.summaries()] == [other]
