"""Passphrase policy after current guidance (NIST SP 800-63B): length over composition.

At least 12 characters, up to 1024 accepted, any character allowed, pasting allowed, no rules about
digits or symbols. What is refused: too short, too long, and anything a guessing attack tries early
(common passwords, keyboard walks, repeats, dates), as estimated by zxcvbn. zxcvbn only reads the first
72 characters; a longer passphrase is judged on those, which is conservative.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from zxcvbn import zxcvbn

from caseworker_desktop.domain.errors import Issue

MIN_LENGTH = 12
MAX_LENGTH = 1024
MIN_SCORE = 3  # zxcvbn score 3: about 10^8 guesses or more
_ESTIMATOR_LIMIT = 72


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (trivial) .. 4 (very strong)
    length: int
    problem: Issue | None

    @property
    def acceptable(self) -> bool:
        return self.problem is None


def normalise(passphrase: str) -> str:
    """The same passphrase typed on another keyboard or OS must give the same key."""
    return unicodedata.normalize("NFKC", passphrase)


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    text = normalise(passphrase)
    length = len(text)
    if length == 0:
        return Strength(0, 0, Issue("passphrase_empty"))
    if length > MAX_LENGTH:
        return Strength(0, length, Issue("passphrase_too_long", {"maximum": MAX_LENGTH}))
    hints = [h for h in user_inputs if h]
    result = zxcvbn(text[:_ESTIMATOR_LIMIT], user_inputs=hints)
    score = int(result["score"])
    if length < MIN_LENGTH:
        return Strength(score, length, Issue("passphrase_too_short", {"minimum": MIN_LENGTH}))
    if score < MIN_SCORE:
        return Strength(score, length, Issue("passphrase_guessable"))
    return Strength(score, length, None)
