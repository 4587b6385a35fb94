"""Outreach, consent and intake panels, used by typing and clicking as a counsellor does."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.consent import ConsentInput, ConsentRecipient, InformedHow
from caseworker_desktop.domain.engagement import (
    NOT_RECORDED,
    Attitude,
    LifeDomain,
    OutreachChannel,
    OutreachResult,
    domain_key,
)
from caseworker_desktop.domain.partners import PartnerInput, PartnerKind
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.case_panel import CasePanel
from caseworker_desktop.ui.consent_panel import ConsentPanel
from caseworker_desktop.ui.intake_panel import IntakePanel
from caseworker_desktop.ui.outreach_panel import OutreachPanel
from tests.trajectory.engagement_support import containing, day, register
from tests.ui.conftest import click, type_into
from tests.ui.referral_typing import choose


def shown(qtbot: QtBot, panel: QWidget) -> QWidget:
    qtbot.addWidget(panel)
    panel.resize(1340, 620)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=2000)
    return panel


def type_text(qtbot: QtBot, edit: QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def qdate(workspace: Workspace, offset: int) -> QDate:
    value = day(workspace, offset)
    return QDate(value.year, value.month, value.day)


def error_of(panel, key: str) -> str:  # type: ignore[no-untyped-def]
    field, error = panel.fields[key]
    assert field.property("invalid") is True, key
    return error.text() if error.isVisibleTo(panel) else ""


def status(workspace: Workspace, case_id: str) -> CaseStatus:
    return workspace.engagement.state(case_id).status


# --- outreach and the decision to start -------------------------------------------------------------------


def test_outreach_attempts_by_typing_with_bad_input_kept(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, OutreachPanel(workspace, case_id))
    assert isinstance(panel, CasePanel)
    assert "no attempts" in panel.summary.text()

    # No way, no result and a date in the future: three messages, the note stays.
    panel.attempt_on.setDate(qdate(workspace, 3))
    type_into(qtbot, panel.note, "Kaartje in de bus")
    assert panel.dirty
    click(qtbot, panel.add_button)
    assert error_of(panel, "on") == "This date lies in the future."
    assert error_of(panel, "channel") == "Choose one of the options."
    assert error_of(panel, "result") == "Choose one of the options."
    assert panel.note.text() == "Kaartje in de bus"
    assert panel.table.rowCount() == 0

    panel.attempt_on.setDate(qdate(workspace, -6))
    choose(panel.channel, OutreachChannel.POSTCARD.value)
    choose(panel.result, OutreachResult.NO_ANSWER.value)
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.add_button)
    assert panel.fields["channel"][0].property("invalid") is False
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Coloured postcard"
    assert panel.table.item(0, 3).text() == "Kaartje in de bus"
    assert panel.note.text() == ""
    assert not panel.dirty

    panel.attempt_on.setDate(qdate(workspace, -1))
    choose(panel.channel, OutreachChannel.HOME_VISIT.value)
    choose(panel.result, OutreachResult.DOOR_NOT_OPENED.value)
    panel.note.setFocus()
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)  # Enter in the note adds the attempt
    assert panel.table.rowCount() == 2
    assert "2 attempts over 6 days" in panel.summary.text()
    assert workspace.engagement.outreach_summary(case_id).attempts == 2

    panel.table.selectRow(0)
    click(qtbot, panel.remove_button)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Home visit"


def test_attitude_is_saved_when_chosen(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, OutreachPanel(workspace, case_id))
    with qtbot.waitSignal(panel.changed):
        choose(panel.attitude, Attitude.ACCEPTS_VISITS.value)
    assert workspace.engagement.state(case_id).attitude == Attitude.ACCEPTS_VISITS
    again = shown(qtbot, OutreachPanel(workspace, case_id))
    assert again.attitude.currentText() == "Accepts visits but sees no problem"


def test_start_outreach_then_the_tenant_agrees(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id, days_ago=20)
    panel = shown(qtbot, OutreachPanel(workspace, case_id))
    assert panel.mandate_on.date() == qdate(workspace, -20)  # the referral is the landlord's mandate
    click(qtbot, panel.start_outreach_button)
    assert status(workspace, case_id) == CaseStatus.OUTREACH
    assert not panel.start_outreach_button.isEnabled()
    assert "Status: Outreach" in panel.summary.text()

    # An agreement dated in the future is refused at its field; the status does not move.
    panel.agreement_on.setDate(qdate(workspace, 2))
    click(qtbot, panel.start_button)
    assert error_of(panel, "tenant_agreement_on") == "This date lies in the future."
    assert status(workspace, case_id) == CaseStatus.OUTREACH
    assert panel.agreement_on.date() == qdate(workspace, 2)

    panel.agreement_on.setDate(qdate(workspace, -1))
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.start_button)
    state = workspace.engagement.state(case_id)
    assert state.status == CaseStatus.INTAKE
    assert (state.landlord_mandate_on, state.tenant_agreement_on) == (day(workspace, -20), day(workspace, -1))
    assert not panel.start_button.isEnabled()
    assert "the tenant agreed on" in panel.decision_state.text()
    assert not panel.dirty


def test_the_tenant_agrees_without_a_landlord_mandate(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, OutreachPanel(workspace, case_id))
    click(qtbot, panel.has_mandate)
    assert not panel.mandate_on.isEnabled()
    click(qtbot, panel.start_button)
    state = workspace.engagement.state(case_id)
    assert (state.status, state.landlord_mandate_on) == (CaseStatus.INTAKE, None)


def test_deciding_not_to_start_needs_a_motivation(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, OutreachPanel(workspace, case_id))
    assert not panel.not_start_box.isVisible()
    click(qtbot, panel.not_start_button)
    assert panel.not_start_box.isVisible()
    assert panel.motivation.hasFocus()

    click(qtbot, panel.confirm_not_start_button)
    assert "motivation is required" in error_of(panel, "motivation")
    assert status(workspace, case_id) == CaseStatus.REFERRED

    panel.not_start_on.setDate(qdate(workspace, 5))
    type_text(qtbot, panel.motivation, "Tenant already moved out.")
    click(qtbot, panel.confirm_not_start_button)
    assert error_of(panel, "not_start_on") == "This date lies in the future."
    assert panel.motivation.toPlainText() == "Tenant already moved out."
    assert status(workspace, case_id) == CaseStatus.REFERRED

    panel.not_start_on.setDate(qdate(workspace, 0))
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.confirm_not_start_button)
    detail = workspace.referrals.load(case_id)
    assert (detail.status, detail.closing_reason) == (CaseStatus.CLOSED, ClosingReason.NOT_STARTED)
    assert detail.history[-1].motivation == "Tenant already moved out."
    assert "Tenant already moved out." in panel.decision_state.text()
    assert not panel.not_start_button.isEnabled()
    assert not panel.start_button.isEnabled()


def test_outreach_draft_round_trip(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, OutreachPanel(workspace, case_id))
    choose(panel.channel, OutreachChannel.PHONE.value)
    type_into(qtbot, panel.note, "Voicemail")
    click(qtbot, panel.not_start_button)
    type_text(qtbot, panel.motivation, "Misschien niet")
    payload = panel.draft()
    other = shown(qtbot, OutreachPanel(workspace, case_id))
    other.restore_draft(payload)
    assert other.dirty
    assert other.channel.currentData() == OutreachChannel.PHONE.value
    assert other.note.text() == "Voicemail"
    assert other.motivation.toPlainText() == "Misschien niet"
    assert other.not_start_box.isVisible()


# --- consent ----------------------------------------------------------------------------------------------


def test_consents_by_typing_with_bad_input_kept(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    ocmw = workspace.partners.save(PartnerInput(kind=PartnerKind.OCMW, name="OCMW Gent", municipality="Gent"))
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, ConsentPanel(workspace, case_id))
    assert isinstance(panel, CasePanel)
    assert "No landlord consent" in panel.summary.text()

    # An organisation without a name, purpose or information: each field says so.
    choose(panel.recipient, ConsentRecipient.ORGANISATION.value)
    assert panel.organisation.isEnabled() and panel.organisation_name.isEnabled()
    panel.given_on.setDate(qdate(workspace, 1))
    click(qtbot, panel.add_button)
    assert "partner directory or type its name" in error_of(panel, "organisation")
    assert "purpose" in error_of(panel, "purpose")
    assert "Tick at least one" in error_of(panel, "categories")
    assert error_of(panel, "given_on") == "This date lies in the future."
    assert panel.table.rowCount() == 0

    type_into(qtbot, panel.organisation_name, "CGG Eclips")
    type_text(qtbot, panel.purpose, "Afstemming van de begeleiding")
    click(qtbot, panel.category_boxes[DataCategory.PSYCHIATRIC])
    panel.given_on.setDate(qdate(workspace, -1))
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.add_button)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "CGG Eclips"
    assert panel.table.item(0, 5).text() == "In force"
    assert panel.purpose.toPlainText() == ""
    assert not panel.dirty

    # A partner from the directory.
    choose(panel.recipient, ConsentRecipient.ORGANISATION.value)
    choose(panel.organisation, ocmw)
    assert not panel.organisation_name.isEnabled()
    type_text(qtbot, panel.purpose, "Budgetbegeleiding")
    click(qtbot, panel.category_boxes[DataCategory.FINANCIAL])
    click(qtbot, panel.add_button)
    assert panel.table.rowCount() == 2
    assert panel.table.item(1, 0).text() == "OCMW Gent"

    # The landlord never gets special categories: refused, the ticks stay as they were.
    choose(panel.recipient, ConsentRecipient.LANDLORD.value)
    assert not panel.organisation.isEnabled()
    assert "Never health" in panel.recipient_hint.text()
    click(qtbot, panel.category_boxes[DataCategory.GENERAL])
    click(qtbot, panel.category_boxes[DataCategory.HEALTH])
    click(qtbot, panel.add_button)
    assert "Health (special category)" in error_of(panel, "categories")
    assert panel.category_boxes[DataCategory.HEALTH].isChecked()
    assert not workspace.engagement.landlord_consent_in_force(case_id)

    click(qtbot, panel.category_boxes[DataCategory.HEALTH])
    choose(panel.informed_how, InformedHow.IN_WRITING.value)
    click(qtbot, panel.add_button)
    assert workspace.engagement.landlord_consent_in_force(case_id)
    assert "A landlord consent is in force" in panel.summary.text()
    assert panel.table.item(2, 0).text().endswith("Woonmaatschappij Testdal")


def test_withdrawing_a_consent_takes_effect_at_once(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    workspace.engagement.add_consent(
        case_id, ConsentInput(ConsentRecipient.LANDLORD, day(workspace, -10), InformedHow.ORALLY)
    )
    panel = shown(qtbot, ConsentPanel(workspace, case_id))
    assert not panel.withdraw_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.withdraw_button.isEnabled()

    panel.withdraw_on.setDate(qdate(workspace, -11))
    click(qtbot, panel.withdraw_button)
    assert "before it was given" in panel.withdraw_error.text()
    assert workspace.engagement.landlord_consent_in_force(case_id)

    panel.withdraw_on.setDate(qdate(workspace, 0))
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.withdraw_button)
    assert not workspace.engagement.landlord_consent_in_force(case_id)
    assert panel.table.item(0, 5).text().startswith("Withdrawn on")
    assert "No landlord consent" in panel.summary.text()


def test_consent_draft_round_trip(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, ConsentPanel(workspace, case_id))
    choose(panel.recipient, ConsentRecipient.ORGANISATION.value)
    type_into(qtbot, panel.organisation_name, "Huisarts")
    type_text(qtbot, panel.purpose, "Medicatie")
    click(qtbot, panel.category_boxes[DataCategory.HEALTH])
    other = shown(qtbot, ConsentPanel(workspace, case_id))
    other.restore_draft(panel.draft())
    assert other.collect() == panel.collect()
    assert other.dirty


# --- intake -----------------------------------------------------------------------------------------------


def started_case(workspace: Workspace, landlord_id: str) -> str:
    case_id = register(workspace, landlord_id)
    workspace.engagement.record_start(case_id, day(workspace, -20), day(workspace, -3))
    return case_id


def test_intake_before_the_start_explains_and_keeps_the_typing(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    assert "not agreed to start" in panel.status_hint.text()
    type_text(qtbot, panel.own_question.edit, "Help with the arrears")
    click(qtbot, panel.save_button)
    assert "once the tenant has agreed" in panel.summary.text()
    assert panel.own_question.edit.toPlainText() == "Help with the arrears"
    assert workspace.engagement.intake(case_id) is None


def test_intake_by_typing_with_bad_input_kept(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = started_case(workspace, landlord_id)
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    assert isinstance(panel, CasePanel)
    assert panel.status_hint.text() == ""
    mental = panel.domains[LifeDomain.MENTAL_WELLBEING]
    choose(mental.rating, 2)
    type_text(qtbot, mental.notes.edit, "Follow-up by a psychiatrist")
    choose(mental.category, DataCategory.PSYCHIATRIC.value)
    admin = panel.domains[LifeDomain.ADMINISTRATION_FINANCES]
    choose(admin.rating, 1)
    type_text(qtbot, admin.notes.edit, "Unopened mail, no budget overview")
    choose(panel.housing_skills_rating, 3)
    type_text(qtbot, panel.housing_skills_notes.edit, "Ventilation and mould")
    type_text(qtbot, panel.own_question.edit, "Keep the flat")
    type_text(qtbot, panel.services_involved.edit, "OCMW, CGG")
    type_text(qtbot, panel.household_situation.edit, "Single mother, two children")
    choose(panel.team_informed, InformedHow.BROCHURE.value)

    panel.held_on.setDate(qdate(workspace, 4))
    click(qtbot, panel.save_button)
    assert error_of(panel, "held_on") == "This date lies in the future."
    assert "Nothing you typed was lost" in panel.summary.text()
    assert mental.notes.edit.toPlainText() == "Follow-up by a psychiatrist"
    assert panel.household_situation.edit.toPlainText() == "Single mother, two children"
    assert workspace.engagement.intake(case_id) is None

    panel.held_on.setDate(qdate(workspace, -1))
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.save_button)
    assert panel.saved_note.text() == "Intake saved."
    assert not panel.dirty
    saved = workspace.engagement.intake(case_id)
    assert saved is not None
    assert saved.held_on == day(workspace, -1)
    assert saved.domains[LifeDomain.MENTAL_WELLBEING].rating == 2
    assert saved.domains[LifeDomain.MENTAL_WELLBEING].category == DataCategory.PSYCHIATRIC
    assert saved.domains[LifeDomain.ADMINISTRATION_FINANCES].notes == "Unopened mail, no budget overview"
    assert (saved.housing_skills_rating, saved.own_question) == (3, "Keep the flat")
    assert workspace.engagement.state(case_id).status == CaseStatus.INTAKE  # saving does not move it

    team = [c for c in workspace.engagement.consent_list(case_id) if c.recipient == ConsentRecipient.TEAM]
    assert [(c.given_on, c.informed_how) for c in team] == [(day(workspace, -1), InformedHow.BROCHURE)]
    assert not panel.team_informed.isEnabled()
    assert "With the brochure" in panel.team_note.text()

    reopened = shown(qtbot, IntakePanel(workspace, case_id))
    assert reopened.collect() == panel.collect()
    assert (
        reopened.domains[LifeDomain.MENTAL_WELLBEING].category.currentText()
        == "Psychiatric (special category)"
    )


def test_tenant_asks_not_to_record_a_note(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    secret = "Qzprive ruzie met de buurman"
    case_id = started_case(workspace, landlord_id)
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    network = panel.domains[LifeDomain.RELATIONSHIPS_NETWORK]
    type_text(qtbot, network.notes.edit, secret)
    type_text(qtbot, panel.household_situation.edit, "Lives alone")

    click(qtbot, network.notes.not_record_button)
    assert network.notes.edit.toPlainText() == ""
    assert network.notes.edit.isReadOnly()
    assert network.notes.edit.placeholderText() == "(not recorded at the tenant's request)"
    assert network.notes.not_record_button.text() == "Record after all"
    network.notes.edit.undo()  # the text cannot be brought back
    assert network.notes.edit.toPlainText() == ""
    assert secret not in str(panel.draft())

    click(qtbot, panel.save_button)
    saved = workspace.engagement.intake(case_id)
    assert saved is not None
    assert domain_key(LifeDomain.RELATIONSHIPS_NETWORK, "notes") in saved.not_recorded
    assert saved.household_situation == "Lives alone"
    assert containing(workspace, "Qzprive") == []
    assert ("intake_domain", "notes") in containing(workspace, NOT_RECORDED)

    reopened = shown(qtbot, IntakePanel(workspace, case_id))
    again = reopened.domains[LifeDomain.RELATIONSHIPS_NETWORK].notes
    assert again.not_recorded() and again.edit.isReadOnly() and again.edit.toPlainText() == ""

    # Recording after all makes the field editable again.
    click(qtbot, again.not_record_button)
    assert not again.edit.isReadOnly()
    type_text(qtbot, again.edit, "Good contact with a sister")
    click(qtbot, reopened.save_button)
    back = workspace.engagement.intake(case_id)
    assert back is not None and not back.not_recorded
    assert back.domains[LifeDomain.RELATIONSHIPS_NETWORK].notes == "Good contact with a sister"


def test_intake_reload_never_overwrites_typing(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = started_case(workspace, landlord_id)
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    type_text(qtbot, panel.own_question.edit, "Half typed")
    assert panel.dirty
    panel.reload()
    assert panel.own_question.edit.toPlainText() == "Half typed"
    other = shown(qtbot, IntakePanel(workspace, case_id))
    other.restore_draft(panel.draft())
    assert other.collect() == panel.collect()
    assert other.dirty


def test_every_intake_text_field_offers_not_recording(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = started_case(workspace, landlord_id)
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    fields = panel.text_fields()
    assert len(fields) == 10  # six domains, housing skills, own question, services, household
    for field in fields.values():
        assert field.not_record_button.isVisibleTo(panel)
        assert field.not_record_button.text() == "Tenant asks not to record this"


def test_intake_tab_order_follows_the_screen_and_ctrl_s_saves(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = started_case(workspace, landlord_id)
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    first = panel.domains[LifeDomain.PHYSICAL_SOCIAL]
    second = panel.domains[LifeDomain.MENTAL_WELLBEING]
    expected = [
        first.rating,
        first.notes.edit,
        first.notes.not_record_button,
        first.category,
        second.rating,
    ]
    panel.team_informed.setFocus()  # (Tab inside a date field walks its day, month and year first)
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    type_text(qtbot, second.notes.edit, "Tired")
    qtbot.keyClick(second.notes.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = workspace.engagement.intake(case_id)
    assert saved is not None and saved.domains[LifeDomain.MENTAL_WELLBEING].notes == "Tired"


def test_not_recording_a_saved_note_removes_it_at_once(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = started_case(workspace, landlord_id)
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    type_text(qtbot, panel.household_situation.edit, "Qzprive new partner moving in")
    type_text(qtbot, panel.own_question.edit, "Keep the flat")
    click(qtbot, panel.save_button)
    assert containing(workspace, "Qzprive") != []

    type_text(qtbot, panel.services_involved.edit, " and CGG")  # typing not saved yet
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.household_situation.not_record_button)
    assert containing(workspace, "Qzprive") == []  # gone without pressing Save
    assert "tenant's request" in panel.saved_note.text()
    assert panel.services_involved.edit.toPlainText() == " and CGG"  # the other typing stays
    assert panel.dirty
