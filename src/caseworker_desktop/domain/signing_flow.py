"""The steps of one signature, without a window: read the exact text, sign, let the counsellor confirm.

Going back never loses what was entered. The flow only decides when a step may be left; the service
decides whether the signature is accepted (the text's hash, the passphrase, the signer's slot).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from caseworker_desktop.domain.agreement import SignerSlot, SignMethod, check_signature_facts
from caseworker_desktop.domain.errors import RuleViolation


class SigningStep(StrEnum):
    READ = "read"  # the signer reads the exact text that will be signed
    SIGN = "sign"  # name, place, and the drawn signature or the scan of the signed paper
    CONFIRM = "confirm"  # the counsellor types their passphrase


ORDER = (SigningStep.READ, SigningStep.SIGN, SigningStep.CONFIRM)


@dataclass
class SigningFlow:
    slot: SignerSlot
    shown_hash: str  # of the text the READ step shows
    place: str = ""
    step: SigningStep = SigningStep.READ
    text_read: bool = False
    name: str = field(default="")
    method: SignMethod = SignMethod.DRAWN
    image: bytes | None = None
    ink_json: str = ""
    ink_blank: bool = True

    def __post_init__(self) -> None:
        if not self.name:
            self.name = self.slot.name

    def advance(self) -> SigningStep:
        """Move on, or raise RuleViolation with the reason this step cannot be left yet."""
        if self.step == SigningStep.READ and not self.text_read:
            raise RuleViolation("signing_text_not_read")
        if self.step == SigningStep.SIGN:
            check_signature_facts(self.name, self.place, self.method, self.image, self.ink_blank)
        if self.step == SigningStep.CONFIRM:
            raise RuleViolation("signing_last_step")
        self.step = ORDER[ORDER.index(self.step) + 1]
        return self.step

    def back(self) -> SigningStep:
        if self.step != SigningStep.READ:
            self.step = ORDER[ORDER.index(self.step) - 1]
        return self.step

    def use_drawing(self, png: bytes | None, ink_json: str, blank: bool) -> None:
        self.method = SignMethod.DRAWN
        self.image, self.ink_json, self.ink_blank = png, ink_json, blank

    def use_scan(self, image: bytes | None) -> None:
        """A scan or photo of the page signed on paper replaces any drawing."""
        self.method = SignMethod.PAPER
        self.image, self.ink_json, self.ink_blank = image, "", False
