"""The signing steps without a window: what blocks each step, and that going back keeps everything."""

from __future__ import annotations

import pytest

from caseworker_desktop.domain.agreement import Signer, SignerSlot, SignMethod
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.signing_flow import SigningFlow, SigningStep

SLOT = SignerSlot("landlord", Signer.LANDLORD, "Els Wouters")


def refused(flow: SigningFlow) -> str:
    with pytest.raises(RuleViolation) as caught:
        flow.advance()
    return caught.value.issue.code


def test_reading_must_be_confirmed_before_signing() -> None:
    flow = SigningFlow(SLOT, "hash", place="Gent")
    assert flow.name == "Els Wouters"
    assert refused(flow) == "signing_text_not_read"
    flow.text_read = True
    assert flow.advance() == SigningStep.SIGN


def test_sign_step_needs_place_and_a_real_drawing_or_a_scan() -> None:
    flow = SigningFlow(SLOT, "hash", step=SigningStep.SIGN)
    assert refused(flow) == "signature_place_missing"
    flow.place = "Kortrijk"
    assert refused(flow) == "signature_blank"
    flow.use_drawing(b"png", "{}", blank=True)
    assert refused(flow) == "signature_blank"
    flow.use_scan(None)
    assert refused(flow) == "signature_scan_missing"
    flow.use_scan(b"jpeg")
    assert flow.method == SignMethod.PAPER
    assert flow.advance() == SigningStep.CONFIRM
    assert refused(flow) == "signing_last_step"


def test_going_back_keeps_what_was_entered() -> None:
    flow = SigningFlow(SLOT, "hash", place="Gent", text_read=True)
    flow.advance()
    flow.name = "Els Wouters-De Smet"
    flow.use_drawing(b"png", '{"s": 1}', blank=False)
    flow.advance()
    assert flow.back() == SigningStep.SIGN
    assert flow.back() == SigningStep.READ
    assert flow.back() == SigningStep.READ
    assert (flow.name, flow.image, flow.ink_json, flow.text_read) == (
        "Els Wouters-De Smet",
        b"png",
        '{"s": 1}',
        True,
    )
