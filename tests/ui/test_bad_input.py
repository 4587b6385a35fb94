"""Bad input on every field: a clear message at that field, and everything typed still there."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.partners import ContactInput
from caseworker_desktop.domain.referral import Problem, ReferralSource
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.partner_directory import PartnerDirectory
from tests.ui.conftest import click, open_unlocked, type_into
from tests.ui.referral_typing import choose, save

BAD_TEXT = {
    "national_number": "85.07.30-033.29",
    "phone": "call me maybe",
    "email": "karim(at)example",
    "postcode": "900",
    "monthly_rent": "vijfhonderd",
    "arrears_amount": "12,345",
    "arrears_months": "drie",
}


def test_every_bad_referral_field_gets_its_own_message_and_keeps_its_text(
    qtbot: QtBot, make_window, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    form = window.new_referral().referral
    for key, text in BAD_TEXT.items():
        type_into(qtbot, getattr(form, key), text)
    click(qtbot, form.household.add_button)
    type_into(qtbot, form.household.rows[0].birth_year, "1850")
    form.referral_date.setDate(QDate.currentDate().addDays(30))
    click(qtbot, form.problem_boxes[Problem.ARREARS])
    save(qtbot, form)

    assert form.case_id is None
    for key, text in BAD_TEXT.items():
        field, error = form.fields[key]
        assert error.isVisible(), key
        assert error.text(), key
        assert getattr(form, key).text() == text, key
        assert field.property("invalid") is True, key
    for required in (
        "first_name",
        "last_name",
        "street",
        "house_number",
        "municipality",
        "landlord",
        "source",
    ):
        assert form.fields[required][1].isVisible(), required
    assert form.fields["referral_date"][1].text() == "This date lies in the future."
    assert "check digits" in form.fields["national_number"][1].text()
    assert "four digits" in form.fields["postcode"][1].text()
    assert "Household member 1, birth year" in form.household.error.text()
    assert form.household.rows[0].birth_year.text() == "1850"
    assert "Nothing you typed was lost" in form.summary.text()


def test_fixing_the_fields_then_saving_works(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str
) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    form = window.new_referral().referral
    type_into(qtbot, form.first_name, "Jan")
    type_into(qtbot, form.last_name, "Smets")
    type_into(qtbot, form.street, "Kerkstraat")
    type_into(qtbot, form.house_number, "1")
    type_into(qtbot, form.postcode, "30000")
    type_into(qtbot, form.municipality, "Leuven")
    choose(form.landlord, landlord_id)
    choose(form.source, ReferralSource.OCMW.value)
    click(qtbot, form.problem_boxes[Problem.NUISANCE])
    save(qtbot, form)
    assert form.fields["postcode"][1].isVisible()
    assert form.case_id is None

    form.postcode.clear()
    type_into(qtbot, form.postcode, "3000")
    save(qtbot, form)
    assert form.case_id is not None
    assert not form.fields["postcode"][1].isVisible()
    assert form.postcode.property("invalid") is False


def test_partner_directory_bad_input_and_saving_a_landlord_with_contacts(
    qtbot: QtBot, make_window, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    directory = window.open_directory()
    assert isinstance(directory, PartnerDirectory)
    type_into(qtbot, directory.postcode, "12345")
    type_into(qtbot, directory.email, "geen-adres")
    type_into(qtbot, directory.phone, "12")
    click(qtbot, directory.save_button)
    for key in ("name", "postcode", "email", "phone"):
        assert directory.fields[key][1].isVisible(), key
    assert directory.postcode.text() == "12345"

    directory.postcode.clear()
    directory.email.clear()
    directory.phone.clear()
    type_into(qtbot, directory.name, "Sociaal Verhuurkantoor Scheldeland")
    choose(directory.kind, "svk")
    type_into(qtbot, directory.postcode, "9200")
    type_into(qtbot, directory.municipality, "Dendermonde")
    directory.add_contact(ContactInput())
    row = directory.contact_rows[0]
    type_into(qtbot, row.email, "bad@")
    click(qtbot, directory.save_button)
    assert "Contact person 1" in directory.contacts_error.text()
    row.email.clear()
    type_into(qtbot, row.name, "Mieke De Wilde")
    type_into(qtbot, row.email, "mieke@svk-scheldeland.example")
    click(qtbot, row.fixed)
    click(qtbot, directory.save_button)
    assert directory.saved_note.text()
    assert directory.partner_id is not None

    form = window.new_referral().referral
    labels = [form.landlord.itemText(i) for i in range(form.landlord.count())]
    assert "Sociaal Verhuurkantoor Scheldeland (Dendermonde)" in labels
    choose(form.landlord, directory.partner_id)
    contacts = [form.landlord_contact.itemText(i) for i in range(form.landlord_contact.count())]
    assert any("Mieke De Wilde" in c and "★" in c for c in contacts)
