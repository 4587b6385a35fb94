"""Changing the passphrase reseals the key only; the recovery key resets a forgotten passphrase."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from caseworker_desktop.store.keys import WrongSecret, format_recovery_key, parse_recovery_key
from caseworker_desktop.store.models import Partner
from caseworker_desktop.store.profile import OpenStore, Profile, WrongPassphrase
from tests.store.store_support import ACTOR, FAST_KDF, NEW_PASSPHRASE, PASSPHRASE, PROFILE_ID


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_partner(store: OpenStore, name: str) -> None:
    with store.unit_of_work(ACTOR) as uow:
        uow.add(Partner(partner_kind="svk", name=name))


def partner_names(store: OpenStore) -> list[str]:
    with store.unit_of_work(ACTOR) as uow:
        return list(uow.session.scalars(select(Partner.name).order_by(Partner.name)))


def test_change_passphrase_rewraps_the_key_without_touching_the_database(
    make_profile: Callable[[], Profile], store: OpenStore, profile_dir: Path
) -> None:
    add_partner(store, "SVK Webra")
    store.close()
    db = profile_dir / "caseworker.db"
    before_db, before_keys = sha256(db), (profile_dir / "keys.json").read_bytes()

    make_profile().change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    assert sha256(db) == before_db
    assert (profile_dir / "keys.json").read_bytes() != before_keys
    with pytest.raises(WrongPassphrase):
        make_profile().unlock(PASSPHRASE)
    reopened = make_profile().unlock(NEW_PASSPHRASE)
    try:
        assert partner_names(reopened) == ["SVK Webra"]
    finally:
        reopened.close()


def test_change_passphrase_needs_the_current_one(
    make_profile: Callable[[], Profile], store: OpenStore, profile_dir: Path
) -> None:
    store.close()
    keys_before = (profile_dir / "keys.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        make_profile().change_passphrase("dit is het niet hoor", NEW_PASSPHRASE)
    assert (profile_dir / "keys.json").read_bytes() == keys_before
    make_profile().unlock(PASSPHRASE).close()


def test_recovery_key_resets_the_passphrase(
    make_profile: Callable[[], Profile], created: tuple[OpenStore, str]
) -> None:
    store, recovery = created
    add_partner(store, "Woonpunt Zennevallei")
    store.close()

    recovered = make_profile().reset_with_recovery_key(recovery, NEW_PASSPHRASE)
    try:
        assert partner_names(recovered) == ["Woonpunt Zennevallei"]
    finally:
        recovered.close()
    with pytest.raises(WrongPassphrase):
        make_profile().unlock(PASSPHRASE)
    make_profile().unlock(NEW_PASSPHRASE).close()


@pytest.mark.parametrize(
    "retype",
    [
        lambda key: key.lower(),
        lambda key: key.replace("-", ""),
        lambda key: key.replace("-", " ").lower(),
        lambda key: f"  {key.replace('-', '')[:26]}-{key.replace('-', '')[26:]}  ",
    ],
    ids=["lower case", "no dashes", "spaces lower case", "other grouping"],
)
def test_recovery_key_as_retyped_from_paper(
    make_profile: Callable[[], Profile],
    created: tuple[OpenStore, str],
    retype: Callable[[str], str],
) -> None:
    store, recovery = created
    store.close()
    make_profile().reset_with_recovery_key(retype(recovery), NEW_PASSPHRASE).close()
    make_profile().unlock(NEW_PASSPHRASE).close()


def test_recovery_key_still_works_after_a_passphrase_change(
    make_profile: Callable[[], Profile], created: tuple[OpenStore, str]
) -> None:
    store, recovery = created
    store.close()
    make_profile().change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    make_profile().reset_with_recovery_key(recovery, "derde wachtwoord voor deze laptop").close()
    make_profile().unlock("derde wachtwoord voor deze laptop").close()


@pytest.mark.parametrize(
    "wrong",
    [
        format_recovery_key(bytes(32)),  # well formed, wrong key
        format_recovery_key(os.urandom(32)),
        "ABCD-EFGH",  # too short
        "dit is geen herstelsleutel",
        "",
    ],
    ids=["zero key", "random key", "too short", "not base32", "empty"],
)
def test_wrong_recovery_key_fails_and_counts_as_an_attempt(
    make_profile: Callable[[], Profile], store: OpenStore, profile_dir: Path, wrong: str
) -> None:
    store.close()
    keys_before = (profile_dir / "keys.json").read_bytes()
    with pytest.raises(WrongPassphrase) as caught:
        make_profile().reset_with_recovery_key(wrong, NEW_PASSPHRASE)
    assert caught.value.failures == 1
    assert (profile_dir / "keys.json").read_bytes() == keys_before
    make_profile().unlock(PASSPHRASE).close()


def test_recovery_key_of_another_profile_fails(tmp_path: Path, created: tuple[OpenStore, str]) -> None:
    other_store, other_recovery = Profile(tmp_path / "other", kdf=FAST_KDF).create(PROFILE_ID, PASSPHRASE)
    other_store.close()
    created[0].close()
    with pytest.raises(WrongPassphrase):
        Profile(created[0].db_path.parent, kdf=FAST_KDF).reset_with_recovery_key(
            other_recovery, NEW_PASSPHRASE
        )


def test_key_file_holds_only_sealed_copies(profile_dir: Path, created: tuple[OpenStore, str]) -> None:
    store, recovery = created
    data = json.loads((profile_dir / "keys.json").read_bytes())
    assert set(data) == {"format", "profile_id", "kdf", "passphrase_seal", "recovery_seal"}
    raw_text = (profile_dir / "keys.json").read_text()
    for secret in (store.key_copy(), parse_recovery_key(recovery)):
        assert base64.b64encode(secret).decode() not in raw_text
        assert secret.hex() not in raw_text
    assert recovery not in raw_text


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_format_round_trips_with_misread_characters(raw: bytes) -> None:
    text = format_recovery_key(raw)
    assert parse_recovery_key(text) == raw
    misread = text.replace("O", "0").replace("I", "1").replace("B", "8").lower()
    assert parse_recovery_key(misread) == raw


@pytest.mark.parametrize("text", ["", "AAAA", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "!!!!"])
def test_recovery_key_of_the_wrong_size_is_refused(text: str) -> None:
    with pytest.raises(WrongSecret):
        parse_recovery_key(text)
