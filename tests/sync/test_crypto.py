"""Sealing and opening payloads: what opens, and what is refused as broken rather than crashing."""

from __future__ import annotations

import base64

import pytest

from caseworker_desktop.protocol import aad
from caseworker_desktop.sync.crypto import SealBroken, TeamCipher, new_team_key, open_sealed, seal

AAD = aad("team", "record", "contact", 1)


def test_a_sealed_payload_opens_with_its_key_and_associated_data() -> None:
    key = new_team_key()
    assert open_sealed(key, seal(key, b'{"id":"record"}', AAD), AAD) == b'{"id":"record"}'


@pytest.mark.parametrize(
    "ciphertext",
    [
        "not base64!",  # a character outside the alphabet
        "QUJD\nREVG",  # a line break, which a lenient decoder would skip
        "QUJDRA=",  # padding in the wrong place
        "QUJDRA===",  # too much padding
        "é" * 8,  # not even ASCII
        base64.b64encode(b"short").decode(),  # decodes, but shorter than a nonce and tag
    ],
)
def test_text_that_is_not_a_well_formed_seal_is_refused(ciphertext: str) -> None:
    with pytest.raises(SealBroken):
        open_sealed(new_team_key(), ciphertext, AAD)


def test_another_key_or_other_associated_data_does_not_open() -> None:
    key = new_team_key()
    sealed = seal(key, b"payload", AAD)
    with pytest.raises(SealBroken):
        open_sealed(new_team_key(), sealed, AAD)
    with pytest.raises(SealBroken):
        open_sealed(key, sealed, aad("team", "record", "contact", 2))


def test_one_cipher_for_a_whole_sync_seals_and_opens_like_the_functions() -> None:
    key, other = new_team_key(), new_team_key()
    cipher = TeamCipher(key)
    sealed = [cipher.seal(f"record {n}".encode(), AAD) for n in range(3)]
    assert len(set(sealed)) == 3  # a fresh nonce every time
    assert [open_sealed(key, text, AAD) for text in sealed] == [b"record 0", b"record 1", b"record 2"]
    assert cipher.open(seal(key, b"back", AAD), AAD) == b"back"
    with pytest.raises(SealBroken):
        cipher.open(sealed[0], aad("team", "record", "contact", 2))  # another version
    with pytest.raises(SealBroken):
        TeamCipher(other).open(sealed[0], AAD)
