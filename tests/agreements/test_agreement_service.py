"""AgreementService on a real encrypted store: preparing, freezing, signing, addenda and refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.agreement import AgreementStatus, SignMethod, text_hash
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.services.agreements import NewSignature
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import OutboxEntry
from caseworker_desktop.store.profile import WrongPassphrase
from tests.agreements.agreement_support import TINY_PNG, agreed_case, sign_all
from tests.support import PASSPHRASE
from tests.trajectory.plan_support import landlord_goal, smart_goal, withdraw_consent


def test_draft_holds_landlord_goals_and_conditions_but_no_private_goal(
    workspace: Workspace, landlord_id: str
) -> None:
    today = workspace.today()
    case = agreed_case(
        workspace,
        landlord_id,
        landlord_goal(today, description="Betaalt de huur vóór de 5de"),
        smart_goal(today, description="Gaat naar de sportclub PRIVATE-MARKER"),
        conditions=("Laat de technische dienst binnen",),
    )
    draft = workspace.agreements.prepare(case.case_id, "nl")
    assert draft.status == AgreementStatus.DRAFT
    assert "Betaalt de huur vóór de 5de" in draft.text
    assert "Laat de technische dienst binnen" in draft.text
    assert "PRIVATE-MARKER" not in draft.text
    assert "Els Wouters" in draft.text  # the landlord's fixed contact person
    assert [s.key for s in draft.slots] == ["tenant", "landlord", "counsellor"]
    english = workspace.agreements.prepare(case.case_id, "en")
    assert english.id == draft.id and "Housing support agreement" in english.text


def test_signing_freezes_the_text_and_all_three_bring_it_into_force(
    workspace: Workspace, landlord_id: str
) -> None:
    case = agreed_case(workspace, landlord_id)
    draft = workspace.agreements.prepare(case.case_id, "nl")
    first = workspace.agreements.sign(
        draft.id,
        draft.shown_hash,
        NewSignature("tenant", "Karim Vermeulen", "Gent", SignMethod.DRAWN, TINY_PNG, "{}"),
        PASSPHRASE,
    )
    assert first.status == AgreementStatus.SIGNING
    assert first.frozen_hash == text_hash(draft.text)
    assert [s.key for s in first.missing] == ["landlord", "counsellor"]
    done = sign_all(workspace, first)
    assert done.status == AgreementStatus.IN_FORCE
    assert done.in_force_on == workspace.today()
    state = workspace.agreements.state(case.case_id)
    assert state.in_force is not None and state.in_force.id == done.id
    assert not state.needs_new_version
    with pytest.raises(RuleViolation) as refused:
        workspace.agreements.prepare(case.case_id, "nl")
    assert refused.value.issue.code == "agreement_up_to_date"


def test_signature_on_another_text_than_shown_is_refused(workspace: Workspace, landlord_id: str) -> None:
    case = agreed_case(workspace, landlord_id)
    draft = workspace.agreements.prepare(case.case_id, "nl")
    with pytest.raises(RuleViolation) as refused:
        workspace.agreements.sign(
            draft.id,
            text_hash("other text"),
            NewSignature("tenant", "K", "Gent", SignMethod.DRAWN, TINY_PNG),
            PASSPHRASE,
        )
    assert refused.value.issue.code == "agreement_text_changed"


def test_wrong_passphrase_writes_nothing(workspace: Workspace, landlord_id: str) -> None:
    case = agreed_case(workspace, landlord_id)
    draft = workspace.agreements.prepare(case.case_id, "nl")
    with pytest.raises(WrongPassphrase):
        workspace.agreements.sign(
            draft.id,
            draft.shown_hash,
            NewSignature("tenant", "K", "Gent", SignMethod.DRAWN, TINY_PNG),
            "wrong one",
        )
    assert workspace.agreements.version(draft.id).signatures == ()


@pytest.mark.parametrize(
    ("signature", "code"),
    [
        (NewSignature("tenant", " ", "Gent", SignMethod.DRAWN, TINY_PNG), "signature_name_missing"),
        (NewSignature("tenant", "K", "", SignMethod.DRAWN, TINY_PNG), "signature_place_missing"),
        (NewSignature("tenant", "K", "Gent", SignMethod.DRAWN, TINY_PNG, ink_blank=True), "signature_blank"),
        (NewSignature("tenant", "K", "Gent", SignMethod.PAPER, b""), "signature_scan_missing"),
        (NewSignature("neighbour", "K", "Gent", SignMethod.DRAWN, TINY_PNG), "agreement_unknown_signer"),
    ],
)
def test_incomplete_signatures_are_refused(
    workspace: Workspace, landlord_id: str, signature: NewSignature, code: str
) -> None:
    case = agreed_case(workspace, landlord_id)
    draft = workspace.agreements.prepare(case.case_id, "nl")
    with pytest.raises(RuleViolation) as refused:
        workspace.agreements.sign(draft.id, draft.shown_hash, signature, PASSPHRASE)
    assert refused.value.issue.code == code


def test_plan_change_after_signing_keeps_signed_version_and_asks_for_a_new_one(
    workspace: Workspace, landlord_id: str
) -> None:
    case = agreed_case(workspace, landlord_id)
    signed = sign_all(workspace, workspace.agreements.prepare(case.case_id, "nl"))
    new = workspace.plans.start_new_version(case.case_id).plan
    data = new.as_input()
    data.conditions[0].text = "Huur vóór de 3de betalen en 50 euro extra op de achterstal"
    workspace.plans.agree(case.case_id, data)

    state = workspace.agreements.state(case.case_id)
    assert state.needs_new_version
    assert state.in_force is not None and state.in_force.id == signed.id
    untouched = workspace.agreements.version(signed.id)
    assert untouched.text == signed.text and untouched.frozen_hash == signed.frozen_hash
    assert "50 euro extra" not in untouched.text

    addendum = workspace.agreements.prepare(case.case_id, "nl")
    assert addendum.number == 2 and addendum.status == AgreementStatus.DRAFT
    assert "50 euro extra" in addendum.text and "aanhangsel" in addendum.text
    sign_all(workspace, addendum)
    state = workspace.agreements.state(case.case_id)
    assert state.in_force is not None and state.in_force.number == 2
    assert workspace.agreements.version(signed.id).status == AgreementStatus.SUPERSEDED


def test_private_goal_change_does_not_call_for_a_new_version(workspace: Workspace, landlord_id: str) -> None:
    case = agreed_case(workspace, landlord_id)
    sign_all(workspace, workspace.agreements.prepare(case.case_id, "nl"))
    data = workspace.plans.start_new_version(case.case_id).plan.as_input()
    data.goals[1].description = "Gaat drie keer per week naar de sportclub"
    workspace.plans.agree(case.case_id, data)
    assert not workspace.agreements.state(case.case_id).needs_new_version


def test_without_landlord_consent_nothing_is_prepared_or_signed(
    workspace: Workspace, landlord_id: str
) -> None:
    case = agreed_case(workspace, landlord_id)
    draft = workspace.agreements.prepare(case.case_id, "nl")
    withdraw_consent(workspace, case.consent_id, workspace.today())
    assert workspace.agreements.state(case.case_id).blocked == "landlord_consent_missing"
    for attempt in (
        lambda: workspace.agreements.prepare(case.case_id, "nl"),
        lambda: workspace.agreements.sign(
            draft.id,
            draft.shown_hash,
            NewSignature("tenant", "K", "Gent", SignMethod.DRAWN, TINY_PNG),
            PASSPHRASE,
        ),
    ):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.issue.code == "landlord_consent_missing"


def test_co_tenants_sign_too_and_agreement_records_sync_with_landlord_scope(
    workspace: Workspace, landlord_id: str
) -> None:
    case = agreed_case(workspace, landlord_id)
    draft = workspace.agreements.prepare(case.case_id, "nl", co_tenants=("Sara Vermeulen",))
    assert [s.key for s in draft.slots] == ["tenant", "co_tenant:1", "landlord", "counsellor"]
    assert "Medehuurder: Sara Vermeulen" in draft.text
    assert sign_all(workspace, draft).status == AgreementStatus.IN_FORCE
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        scopes = {
            (e.record_kind, e.scope)
            for e in uow.session.scalars(select(OutboxEntry))
            if e.record_kind.startswith("agreement")
        }
    assert scopes == {("agreement", "landlord"), ("agreement_signature", "landlord")}
