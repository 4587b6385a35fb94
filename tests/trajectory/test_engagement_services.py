"""The engagement service on a real encrypted store: outreach, attitude, the decision to start,
consent and the intake."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.consent import (
    ConsentInput,
    ConsentRecipient,
    InformedHow,
    check_landlord_share,
)
from caseworker_desktop.domain.engagement import (
    NOT_RECORDED,
    Attitude,
    DomainInput,
    IntakeInput,
    LifeDomain,
    OutreachChannel,
    OutreachInput,
    OutreachResult,
    domain_key,
)
from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.partners import PartnerInput, PartnerKind
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import AuditEntry, OutboxEntry
from caseworker_desktop.store.models_trajectory import CaseProfile, Consent, IntakeDomain
from tests.trajectory.engagement_support import containing, day, outbox_and_audit, register


def attempt(
    workspace: Workspace,
    offset: int,
    channel: OutreachChannel = OutreachChannel.POSTCARD,
    result: OutreachResult = OutreachResult.NO_ANSWER,
    note: str = "",
) -> OutreachInput:
    return OutreachInput(day(workspace, offset), channel, result, note)


def started(workspace: Workspace, landlord_id: str) -> str:
    case_id = register(workspace, landlord_id)
    workspace.engagement.record_start(case_id, day(workspace, -20), day(workspace, -2))
    return case_id


def status(workspace: Workspace, case_id: str) -> CaseStatus:
    return workspace.engagement.state(case_id).status


# --- outreach -------------------------------------------------------------------------------------------


def test_attempts_are_listed_by_date_and_summarised(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    assert workspace.engagement.outreach_summary(case_id).attempts == 0
    workspace.engagement.add_outreach(case_id, attempt(workspace, -3, OutreachChannel.HOME_VISIT))
    workspace.engagement.add_outreach(case_id, attempt(workspace, -15, OutreachChannel.LETTER))
    workspace.engagement.add_outreach(
        case_id,
        attempt(workspace, -9, OutreachChannel.TEXT_MESSAGE, OutreachResult.MESSAGE_LEFT, "  Sms gestuurd "),
    )
    listed = workspace.engagement.outreach(case_id)
    assert [a.channel for a in listed] == [
        OutreachChannel.LETTER,
        OutreachChannel.TEXT_MESSAGE,
        OutreachChannel.HOME_VISIT,
    ]
    assert listed[1].note == "Sms gestuurd"
    summary = workspace.engagement.outreach_summary(case_id)
    assert (summary.attempts, summary.days) == (3, 13)
    assert (summary.first_on, summary.last_on) == (day(workspace, -15), day(workspace, -3))

    workspace.engagement.remove_outreach(listed[0].id)
    assert workspace.engagement.outreach_summary(case_id).days == 7
    outbox, _ = outbox_and_audit(workspace, "outreach_attempt")
    assert [e.operation for e in outbox].count("delete") == 1


def test_a_bad_attempt_is_refused_field_by_field(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id, days_ago=20)
    with pytest.raises(ValidationFailed) as caught:
        workspace.engagement.add_outreach(case_id, OutreachInput(day(workspace, 1), None, None, "x"))
    assert {k: i.code for k, i in caught.value.issues.items()} == {
        "on": "date_in_future",
        "channel": "choose_one",
        "result": "choose_one",
    }
    with pytest.raises(ValidationFailed) as caught:
        workspace.engagement.add_outreach(case_id, attempt(workspace, -21))
    assert caught.value.issues["on"].code == "before_referral"
    assert workspace.engagement.outreach(case_id) == []


def test_reading_the_attempts_is_audited(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    workspace.engagement.outreach(case_id)
    _, audit = outbox_and_audit(workspace, "outreach_attempt")
    assert [(a.action, a.record_id) for a in audit] == [(AuditAction.READ.value, case_id)]


# --- attitude and the decision to start ----------------------------------------------------------------


def test_attitude_creates_the_case_profile_once(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    assert workspace.engagement.state(case_id).attitude is None
    workspace.engagement.set_attitude(case_id, Attitude.AVOIDS_HELP)
    workspace.engagement.set_attitude(case_id, Attitude.ACCEPTS_VISITS)
    assert workspace.engagement.state(case_id).attitude == Attitude.ACCEPTS_VISITS
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        profiles = uow.session.scalars(select(CaseProfile).where(CaseProfile.case_id == case_id)).all()
        assert len(profiles) == 1 and profiles[0].version == 2
    workspace.engagement.set_attitude(case_id, None)
    assert workspace.engagement.state(case_id).attitude is None


def test_outreach_then_the_tenant_agrees(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    workspace.engagement.start_outreach(case_id)
    assert status(workspace, case_id) == CaseStatus.OUTREACH
    workspace.engagement.record_start(case_id, day(workspace, -20), day(workspace, -1))
    state = workspace.engagement.state(case_id)
    assert state.status == CaseStatus.INTAKE
    assert (state.landlord_mandate_on, state.tenant_agreement_on) == (day(workspace, -20), day(workspace, -1))
    history = workspace.referrals.load(case_id).history
    assert [(h.to_status, h.at) for h in history][-1] == (CaseStatus.INTAKE, day(workspace, -1))


def test_start_straight_from_referred_without_a_landlord_mandate(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    workspace.engagement.record_start(case_id, None, workspace.today())
    state = workspace.engagement.state(case_id)
    assert (state.status, state.landlord_mandate_on) == (CaseStatus.INTAKE, None)


def test_start_needs_the_agreement_and_leaves_the_status_alone_when_refused(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    with pytest.raises(ValidationFailed) as caught:
        workspace.engagement.record_start(case_id, day(workspace, 1), None)
    assert set(caught.value.issues) == {"landlord_mandate_on", "tenant_agreement_on"}
    assert status(workspace, case_id) == CaseStatus.REFERRED
    assert workspace.engagement.state(case_id).tenant_agreement_on is None


def test_start_is_only_possible_before_support_started(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    with pytest.raises(RuleViolation) as caught:
        workspace.engagement.record_start(case_id, None, workspace.today())
    assert caught.value.issue.code == "status_unchanged"
    with pytest.raises(RuleViolation) as caught:
        workspace.engagement.start_outreach(case_id)
    assert caught.value.issue.code == "status_not_allowed"


def test_deciding_not_to_start_closes_with_the_motivation(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    workspace.engagement.start_outreach(case_id)
    with pytest.raises(ValidationFailed) as caught:
        workspace.engagement.decide_not_to_start(case_id, "   ", workspace.today())
    assert caught.value.issues["motivation"].code == "not_started_motivation_required"
    assert status(workspace, case_id) == CaseStatus.OUTREACH

    workspace.engagement.decide_not_to_start(
        case_id, "Huurder verhuist zelf naar familie.", day(workspace, -1)
    )
    detail = workspace.referrals.load(case_id)
    assert detail.status == CaseStatus.CLOSED
    assert detail.closing_reason == ClosingReason.NOT_STARTED
    assert detail.history[-1].motivation == "Huurder verhuist zelf naar familie."
    assert detail.history[-1].at == day(workspace, -1)
    assert workspace.engagement.state(case_id).not_started_motivation == "Huurder verhuist zelf naar familie."


def test_not_starting_is_refused_once_support_is_active(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    workspace.referrals.change_status(case_id, CaseStatus.ACTIVE)
    with pytest.raises(RuleViolation) as caught:
        workspace.engagement.decide_not_to_start(case_id, "Toch niet.", workspace.today())
    assert caught.value.issue.code == "status_not_started_after_start"


# --- consent --------------------------------------------------------------------------------------------


def service_partner(workspace: Workspace, name: str = "OCMW Gent") -> str:
    return workspace.partners.save(PartnerInput(kind=PartnerKind.OCMW, name=name, municipality="Gent"))


def test_consents_for_landlord_and_organisations(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    ocmw = service_partner(workspace)
    landlord = workspace.engagement.add_consent(
        case_id,
        ConsentInput(ConsentRecipient.LANDLORD, day(workspace, -5), InformedHow.IN_WRITING, purpose=""),
    )
    workspace.engagement.add_consent(
        case_id,
        ConsentInput(
            ConsentRecipient.ORGANISATION,
            day(workspace, -4),
            InformedHow.ORALLY,
            organisation_id=ocmw,
            purpose="Budgetbegeleiding aanvragen",
            categories={DataCategory.FINANCIAL, DataCategory.GENERAL},
        ),
    )
    workspace.engagement.add_consent(
        case_id,
        ConsentInput(
            ConsentRecipient.ORGANISATION,
            day(workspace, -3),
            InformedHow.BROCHURE,
            organisation_name="  Huisarts dr. Claes ",
            purpose="Opvolging gezondheid",
            categories={DataCategory.HEALTH},
        ),
    )
    views = workspace.engagement.consent_list(case_id)
    assert [(v.recipient, v.organisation, v.in_force) for v in views] == [
        (ConsentRecipient.LANDLORD, "Woonmaatschappij Testdal", True),
        (ConsentRecipient.ORGANISATION, "OCMW Gent", True),
        (ConsentRecipient.ORGANISATION, "Huisarts dr. Claes", True),
    ]
    assert views[0].organisation_id == landlord_id
    assert views[1].categories == {DataCategory.FINANCIAL, DataCategory.GENERAL}
    assert views[2].informed_how == InformedHow.BROCHURE
    assert workspace.engagement.landlord_consent_in_force(case_id) is True
    check_landlord_share(DataCategory.GENERAL, workspace.engagement.consents(case_id), workspace.today())

    # Withdrawing takes effect at once, on that very day, for everyone who asks.
    workspace.engagement.withdraw_consent(landlord, workspace.today())
    assert workspace.engagement.landlord_consent_in_force(case_id) is False
    assert workspace.engagement.consent_list(case_id)[0].withdrawn_on == workspace.today()
    with pytest.raises(RuleViolation) as caught:
        check_landlord_share(DataCategory.GENERAL, workspace.engagement.consents(case_id), workspace.today())
    assert caught.value.issue.code == "landlord_consent_missing"
    # The day before, it still was.
    assert workspace.engagement.landlord_consent_in_force(case_id, day(workspace, -1)) is True


def test_withdrawal_is_checked(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    consent = workspace.engagement.add_consent(
        case_id, ConsentInput(ConsentRecipient.LANDLORD, day(workspace, -5), InformedHow.ORALLY)
    )
    for on, code in (
        (day(workspace, -6), "consent_withdrawn_before_given"),
        (day(workspace, 1), "date_in_future"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            workspace.engagement.withdraw_consent(consent, on)
        assert caught.value.issues["withdrawn_on"].code == code
    assert workspace.engagement.landlord_consent_in_force(case_id)
    workspace.engagement.withdraw_consent(consent, day(workspace, -5))
    with pytest.raises(RuleViolation) as caught:
        workspace.engagement.withdraw_consent(consent, workspace.today())
    assert caught.value.issue.code == "consent_already_withdrawn"


def test_organisation_consent_is_refused_for_the_landlord_or_an_unknown_partner(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    gone = service_partner(workspace, "Dienst die stopte")
    workspace.partners.remove(gone)
    for partner, code in (
        (landlord_id, "consent_landlord_as_organisation"),
        (gone, "consent_organisation_unknown"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            workspace.engagement.add_consent(
                case_id,
                ConsentInput(
                    ConsentRecipient.ORGANISATION,
                    workspace.today(),
                    InformedHow.ORALLY,
                    organisation_id=partner,
                    purpose="x",
                    categories={DataCategory.HEALTH},
                ),
            )
        assert caught.value.issues == {"organisation": caught.value.issues["organisation"]}
        assert caught.value.issues["organisation"].code == code
    assert workspace.engagement.consent_list(case_id) == []


def test_landlord_consent_never_covers_special_categories(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    with pytest.raises(ValidationFailed) as caught:
        workspace.engagement.add_consent(
            case_id,
            ConsentInput(
                ConsentRecipient.LANDLORD,
                workspace.today(),
                InformedHow.ORALLY,
                categories={DataCategory.GENERAL, DataCategory.ADDICTION},
            ),
        )
    assert caught.value.issues["categories"].code == "consent_landlord_special"
    assert workspace.engagement.landlord_consent_in_force(case_id) is False


def test_a_consent_cannot_predate_the_referral(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id, days_ago=20)
    with pytest.raises(ValidationFailed) as caught:
        workspace.engagement.add_consent(
            case_id,
            ConsentInput(
                ConsentRecipient.LANDLORD,
                day(workspace, -21),
                InformedHow.ORALLY,
                categories={DataCategory.GENERAL},
            ),
        )
    assert caught.value.issues["given_on"].code == "before_referral"
    assert workspace.engagement.landlord_consent_in_force(case_id) is False


# --- intake ---------------------------------------------------------------------------------------------


def full_intake(workspace: Workspace) -> IntakeInput:
    data = IntakeInput(held_on=day(workspace, -1))
    for index, domain in enumerate(LifeDomain):
        data.domains[domain] = DomainInput(rating=index % 5 + 1, notes=f"Notities {domain.value}")
    data.domains[LifeDomain.MENTAL_WELLBEING].category = DataCategory.PSYCHIATRIC
    data.housing_skills_rating = 2
    data.housing_skills_notes = "Verluchten lukt niet, schimmel in de badkamer."
    data.own_question = "Hulp bij het afbetalen van de achterstal."
    data.services_involved = "OCMW (leefloon), CGG"
    data.household_situation = "Alleenstaande moeder met twee kinderen."
    return data


def test_intake_cannot_be_saved_before_the_start(workspace: Workspace, landlord_id: str) -> None:
    case_id = register(workspace, landlord_id)
    with pytest.raises(RuleViolation) as caught:
        workspace.engagement.save_intake(case_id, full_intake(workspace))
    assert caught.value.issue.code == "intake_before_start"
    assert workspace.engagement.intake(case_id) is None


def test_intake_round_trip_without_changing_status(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    data = full_intake(workspace)
    workspace.engagement.save_intake(case_id, data)
    assert status(workspace, case_id) == CaseStatus.INTAKE
    assert workspace.engagement.intake(case_id) == data
    assert (
        workspace.engagement.domain_categories(case_id)[LifeDomain.MENTAL_WELLBEING]
        == DataCategory.PSYCHIATRIC
    )

    data.domains[LifeDomain.HOUSEHOLD_TASKS] = DomainInput(5, "Alles netjes.")
    data.own_question = ""
    workspace.engagement.save_intake(case_id, data)
    assert workspace.engagement.intake(case_id) == data
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        rows = uow.session.scalars(select(IntakeDomain).where(IntakeDomain.case_id == case_id)).all()
        assert len(rows) == 6  # updated in place, not added again


def test_bad_intake_is_refused_and_nothing_is_stored(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    data = full_intake(workspace)
    data.held_on = day(workspace, 2)
    data.domains[LifeDomain.DAYTIME_LEISURE].rating = 7
    with pytest.raises(ValidationFailed) as caught:
        workspace.engagement.save_intake(case_id, data)
    assert set(caught.value.issues) == {"held_on", domain_key(LifeDomain.DAYTIME_LEISURE, "rating")}
    assert workspace.engagement.intake(case_id) is None
    assert workspace.engagement.consent_list(case_id) == []


def test_first_intake_records_that_the_tenant_was_told_about_the_team(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = started(workspace, landlord_id)
    data = full_intake(workspace)
    data.team_informed_how = InformedHow.BROCHURE
    workspace.engagement.save_intake(case_id, data)
    workspace.engagement.save_intake(case_id, data)
    team = [c for c in workspace.engagement.consent_list(case_id) if c.recipient == ConsentRecipient.TEAM]
    assert len(team) == 1
    assert (team[0].given_on, team[0].informed_how, team[0].in_force) == (
        day(workspace, -1),
        InformedHow.BROCHURE,
        True,
    )
    with pytest.raises(RuleViolation) as caught:
        workspace.engagement.withdraw_consent(team[0].id, workspace.today())
    assert caught.value.issue.code == "consent_team_not_withdrawable"


def test_an_existing_team_consent_is_not_doubled(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    workspace.engagement.add_consent(
        case_id, ConsentInput(ConsentRecipient.TEAM, day(workspace, -2), InformedHow.IN_WRITING)
    )
    workspace.engagement.save_intake(case_id, full_intake(workspace))
    team = [c for c in workspace.engagement.consent_list(case_id) if c.recipient == ConsentRecipient.TEAM]
    assert [(c.given_on, c.informed_how) for c in team] == [(day(workspace, -2), InformedHow.IN_WRITING)]


SECRET = "Qzgeheim"  # what the tenant asked not to have recorded


def test_what_the_tenant_asks_not_to_record_is_never_stored(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    data = full_intake(workspace)
    # First recorded normally, then the tenant takes it back: the earlier text must go too.
    data.domains[LifeDomain.RELATIONSHIPS_NETWORK].notes = f"{SECRET} relatie met ex-partner"
    workspace.engagement.save_intake(case_id, data)
    assert containing(workspace, SECRET) == [("intake_domain", "notes")]

    data.domains[LifeDomain.RELATIONSHIPS_NETWORK].notes = f"{SECRET} relatie met ex-partner"
    data.household_situation = f"{SECRET} huisgenoot zonder papieren"
    data.not_recorded = {domain_key(LifeDomain.RELATIONSHIPS_NETWORK, "notes"), "household_situation"}
    workspace.engagement.save_intake(case_id, data)

    back = workspace.engagement.intake(case_id)
    assert back is not None
    assert back.not_recorded == data.not_recorded
    assert back.domains[LifeDomain.RELATIONSHIPS_NETWORK].notes == ""
    assert back.household_situation == ""
    assert back.own_question == data.own_question  # the rest is recorded as typed
    assert containing(workspace, SECRET) == []
    assert ("intake_domain", "notes") in containing(workspace, NOT_RECORDED)
    assert ("intake", "household_situation") in containing(workspace, NOT_RECORDED)

    # The change itself is recorded and travels (outbox, audit) — by id only, never with content.
    outbox, audit = outbox_and_audit(workspace, "intake_domain")
    assert any(e.operation == "update" for e in outbox)
    assert any(a.action == AuditAction.CHANGE.value for a in audit)
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        for entry in uow.session.scalars(select(OutboxEntry)):
            assert SECRET not in repr(vars(entry))
        for row in uow.session.scalars(select(AuditEntry)):
            assert SECRET not in repr(vars(row))

    # Recording after all: the flag goes, the new text is kept.
    data.not_recorded = set()
    data.household_situation = "Woont alleen."
    workspace.engagement.save_intake(case_id, data)
    again = workspace.engagement.intake(case_id)
    assert again is not None and again.household_situation == "Woont alleen." and not again.not_recorded


def test_consents_and_intake_are_team_scope(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    workspace.engagement.save_intake(case_id, full_intake(workspace))
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        scopes = {r.scope for r in uow.session.scalars(select(IntakeDomain))} | {
            r.scope for r in uow.session.scalars(select(Consent))
        }
    assert scopes == {"care_team"}


def test_a_stored_text_goes_at_once_when_the_tenant_asks(workspace: Workspace, landlord_id: str) -> None:
    case_id = started(workspace, landlord_id)
    key = domain_key(LifeDomain.PHYSICAL_SOCIAL, "notes")
    assert workspace.engagement.not_record(case_id, key) is False  # nothing stored yet
    data = full_intake(workspace)
    data.domains[LifeDomain.PHYSICAL_SOCIAL].notes = f"{SECRET} diabetes"
    data.services_involved = f"{SECRET} reclassering"
    workspace.engagement.save_intake(case_id, data)

    assert workspace.engagement.not_record(case_id, key) is True
    assert workspace.engagement.not_record(case_id, "services_involved") is True
    assert containing(workspace, SECRET) == []
    back = workspace.engagement.intake(case_id)
    assert back is not None
    assert back.not_recorded == {key, "services_involved"}
    assert back.own_question == data.own_question
    assert workspace.engagement.not_record(case_id, key) is False  # already only the marker
    with pytest.raises(RuleViolation):
        workspace.engagement.not_record(case_id, "held_on")
