"""Passphrase policy: length over composition, guessable passphrases refused (NIST SP 800-63B)."""

from __future__ import annotations

import pytest

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.passphrase import MAX_LENGTH, MIN_LENGTH, assess, normalise


def test_limits_are_12_and_1024() -> None:
    assert (MIN_LENGTH, MAX_LENGTH) == (12, 1024)


def test_empty_is_refused() -> None:
    assert assess("").problem == Issue("passphrase_empty")


@pytest.mark.parametrize("text", ["a", "Xq7#pL2!vR9", "zwaluw🏠kat"])
def test_shorter_than_12_is_refused_however_random(text: str) -> None:
    strength = assess(text)
    assert len(text) < 12
    assert strength.problem == Issue("passphrase_too_short", {"minimum": 12})
    assert not strength.acceptable


@pytest.mark.parametrize(
    "text",
    ["password1234", "Password1234!", "qwertyuiop123", "1234567890123", "abcabcabcabc", "azertyazerty12"],
)
def test_common_and_patterned_passwords_are_refused(text: str) -> None:
    strength = assess(text)
    assert len(text) >= 12
    assert strength.problem == Issue("passphrase_guessable")
    assert strength.score < 3


def test_personal_hints_lower_the_score() -> None:
    text = "sofieclaesleuven"
    assert assess(text, ("Sofie Claes", "sofieclaes", "leuven")).problem == Issue("passphrase_guessable")


def test_four_random_words_are_accepted() -> None:
    strength = assess("tegel wolk appelboom fietsbel")
    assert strength.acceptable
    assert strength.problem is None
    assert strength.score >= 3


def test_all_lowercase_without_digits_or_symbols_is_accepted() -> None:
    # No composition rules: a long plain sentence is fine.
    assert assess("de kat van de buren slaapt altijd op ons dak").acceptable


def test_128_characters_are_accepted() -> None:
    text = ("rivier lantaarn kompas tulp tegel wolk appelboom fietsbel " * 3)[:128]
    assert len(text) == 128
    strength = assess(text)
    assert strength.acceptable
    assert strength.length == 128


def test_exactly_the_maximum_is_accepted() -> None:
    text = ("rivier lantaarn kompas tulp " * 40)[:MAX_LENGTH]
    assert assess(text).acceptable


def test_longer_than_1024_is_refused() -> None:
    strength = assess("rivier lantaarn kompas tulp " * 40)
    assert strength.problem == Issue("passphrase_too_long", {"maximum": 1024})


@pytest.mark.parametrize(
    "text",
    ["ça va très bien, mon ami — zeker", "Ünal’s fiets staat in de gang ☂", "Ёжик в тумане идёт домой"],
)
def test_pasted_unicode_is_accepted(text: str) -> None:
    assert assess(text).acceptable


def test_normalise_makes_composed_and_decomposed_input_equal() -> None:
    composed = "café crème brûlée"
    decomposed = "cafe\u0301 cre\u0300me bru\u0302le\u0301e"
    assert composed != decomposed
    assert normalise(composed) == normalise(decomposed)


def test_length_is_counted_after_normalisation() -> None:
    # Eleven visible characters typed with combining accents are still too short.
    text = "e\u0301" * 11
    assert len(text) == 22
    assert assess(text).problem == Issue("passphrase_too_short", {"minimum": 12})
