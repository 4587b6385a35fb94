"""Builders for the agreement tests: a case whose plan is agreed with the landlord consent in force."""

from __future__ import annotations

import random
from dataclasses import dataclass

from caseworker_desktop.domain.agreement import SignMethod
from caseworker_desktop.domain.plan import GoalInput
from caseworker_desktop.services.agreements import AgreementView, NewSignature
from caseworker_desktop.services.demo_agreements import scribble
from caseworker_desktop.services.workspace import Workspace
from tests.support import PASSPHRASE
from tests.trajectory.plan_support import (
    add_landlord_consent,
    case_in_intake,
    landlord_goal,
    plan_input,
    smart_goal,
)

# A small black PNG stands in for ink wherever the picture itself does not matter.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000040000000208060000007fa87d630000001349444154789c63"
    "646060f8cf80049818d000001e480103433f7f8c0000000049454e44ae426082"
)


@dataclass(frozen=True)
class AgreedCase:
    case_id: str
    consent_id: str


def agreed_case(
    workspace: Workspace, landlord_id: str, *goals: GoalInput, conditions: tuple[str, ...] = ()
) -> AgreedCase:
    case_id = case_in_intake(workspace, landlord_id)
    consent_id = add_landlord_consent(workspace, case_id)
    today = workspace.today()
    chosen = goals or (landlord_goal(today), smart_goal(today))
    workspace.plans.agree(
        case_id, plan_input(today, *chosen, conditions=conditions or ("Huur vóór de 5de betalen",))
    )
    return AgreedCase(case_id, consent_id)


def sign_all(workspace: Workspace, view: AgreementView, place: str = "Gent") -> AgreementView:
    """Every missing party signs with its own drawn ink (so each copy holds distinct pictures)."""
    for number, slot in enumerate(view.missing):
        png, ink = scribble(random.Random(number))
        view = workspace.agreements.sign(
            view.id,
            view.shown_hash,
            NewSignature(slot.key, slot.name, place, SignMethod.DRAWN, png, ink_json=ink),
            PASSPHRASE,
        )
    return view
