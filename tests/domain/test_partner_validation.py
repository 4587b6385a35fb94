"""validate_partner: the partner directory form."""

from __future__ import annotations

import copy

import pytest

from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.partners import (
    LANDLORD_KINDS,
    ContactInput,
    PartnerInput,
    PartnerKind,
    validate_partner,
)


def good_partner() -> PartnerInput:
    return PartnerInput(
        kind=PartnerKind.SOCIAL_RENTAL_AGENCY,
        name="  SVK Webra ",
        street="Statiestraat 5",
        postcode="2300",
        municipality="Turnhout",
        phone="014 12 34 56",
        email="info@svk.example.be",
        contacts=[
            ContactInput(
                name=" An Peeters ", role="woonconsulent", phone="0470 12 34 56", fixed_contact=True
            ),
            ContactInput(name="Jef Claes", email="jef@svk.example.be", id="contact-2"),
        ],
    )


def test_good_partner_is_cleaned() -> None:
    clean = validate_partner(good_partner())
    assert clean.name == "SVK Webra"
    assert clean.kind == PartnerKind.SOCIAL_RENTAL_AGENCY
    assert [c.name for c in clean.contacts] == ["An Peeters", "Jef Claes"]
    assert [c.fixed_contact for c in clean.contacts] == [True, False]
    assert clean.contacts[1].id == "contact-2"


def test_only_the_name_is_required() -> None:
    clean = validate_partner(PartnerInput(kind=PartnerKind.OCMW, name="OCMW Leuven"))
    assert (clean.postcode, clean.phone, clean.email, clean.contacts) == ("", "", "", [])


@pytest.mark.parametrize(
    ("field", "value", "issue"),
    [
        ("name", " ", Issue("required")),
        ("postcode", "23000", Issue("postcode")),
        ("phone", "123", Issue("phone")),
        ("email", "info@svk", Issue("email")),
        ("street", "s" * 201, Issue("too_long", {"maximum": 200})),
        ("municipality", "m" * 101, Issue("too_long", {"maximum": 100})),
    ],
)
def test_bad_partner_fields(field: str, value: str, issue: Issue) -> None:
    data = good_partner()
    setattr(data, field, value)
    before = copy.deepcopy(data)
    with pytest.raises(ValidationFailed) as caught:
        validate_partner(data)
    assert caught.value.issues == {field: issue}
    assert data == before


@pytest.mark.parametrize(
    ("field", "value", "issue"),
    [
        ("name", "", Issue("required")),
        ("phone", "0470", Issue("phone")),
        ("email", "jef@", Issue("email")),
        ("role", "r" * 101, Issue("too_long", {"maximum": 100})),
    ],
)
def test_bad_contact_fields_are_keyed_by_position(field: str, value: str, issue: Issue) -> None:
    data = good_partner()
    setattr(data.contacts[1], field, value)
    with pytest.raises(ValidationFailed) as caught:
        validate_partner(data)
    assert caught.value.issues == {f"contacts.1.{field}": issue}


def test_only_one_fixed_contact() -> None:
    data = good_partner()
    data.contacts[1].fixed_contact = True
    with pytest.raises(ValidationFailed) as caught:
        validate_partner(data)
    assert caught.value.issues == {"contacts": Issue("one_fixed_contact")}


def test_landlord_kinds() -> None:
    assert {
        PartnerKind.SOCIAL_HOUSING_COMPANY,
        PartnerKind.SOCIAL_RENTAL_AGENCY,
        PartnerKind.PRIVATE_LANDLORD,
    } == LANDLORD_KINDS
    assert PartnerKind.OCMW not in LANDLORD_KINDS
