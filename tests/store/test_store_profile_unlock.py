"""Creating a profile, unlocking it, and the growing wait after wrong passphrases."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker_desktop.store.engine import StoreClosed
from caseworker_desktop.store.models import Partner
from caseworker_desktop.store.profile import MustWait, OpenStore, Profile, WrongPassphrase
from caseworker_desktop.store.throttle import MAX_WAIT_S, wait_after
from tests.store.store_support import ACTOR, FAST_KDF, NEW_PASSPHRASE, PASSPHRASE, PROFILE_ID, WallClock


def add_partner(store: OpenStore, name: str) -> str:
    with store.unit_of_work(ACTOR) as uow:
        partner = Partner(partner_kind="shm", name=name)
        uow.add(partner)
        uow.session.flush()
        return partner.id


def partner_names(store: OpenStore) -> list[str]:
    with store.unit_of_work(ACTOR) as uow:
        return list(uow.session.scalars(select(Partner.name).order_by(Partner.name)))


def test_create_writes_the_profile(make_profile: Callable[[], Profile], profile_dir: Path) -> None:
    profile = make_profile()
    assert not profile.exists()
    store, recovery = profile.create(PROFILE_ID, PASSPHRASE)
    store.close()
    assert profile.exists()
    assert {p.name for p in profile_dir.iterdir()} >= {"keys.json", "caseworker.db"}
    assert profile.profile_id() == PROFILE_ID
    groups = recovery.split("-")
    assert len(groups) == 13 and all(len(g) == 4 for g in groups)


def test_create_twice_is_refused(make_profile: Callable[[], Profile], created: object) -> None:
    with pytest.raises(FileExistsError):
        make_profile().create(PROFILE_ID, PASSPHRASE)


def test_data_survives_lock_and_unlock(make_profile: Callable[[], Profile], store: OpenStore) -> None:
    add_partner(store, "Woonpunt Leuven")
    store.close()
    reopened = make_profile().unlock(PASSPHRASE)
    try:
        assert partner_names(reopened) == ["Woonpunt Leuven"]
    finally:
        reopened.close()


def test_a_closed_store_cannot_be_used_any_more(store: OpenStore) -> None:
    add_partner(store, "Woonpunt Leuven")
    store.close()
    assert store.key_copy() == bytes(32)
    with pytest.raises(StoreClosed):
        partner_names(store)


def test_passphrase_typed_decomposed_unlocks(tmp_path: Path) -> None:
    passphrase = "crème brûlée à la maison"
    store, _ = Profile(tmp_path / "accents", kdf=FAST_KDF).create(PROFILE_ID, passphrase)
    store.close()
    decomposed = unicodedata.normalize("NFD", passphrase)
    assert decomposed != passphrase
    Profile(tmp_path / "accents", kdf=FAST_KDF).unlock(decomposed).close()


def test_wrong_passphrase(make_profile: Callable[[], Profile], store: OpenStore) -> None:
    store.close()
    with pytest.raises(WrongPassphrase) as caught:
        make_profile().unlock(NEW_PASSPHRASE)
    assert caught.value.failures == 1
    assert caught.value.wait == 0


def test_growing_wait_survives_a_restart(
    make_profile: Callable[[], Profile], store: OpenStore, wall_clock: WallClock
) -> None:
    store.close()
    profile = make_profile()
    waits = []
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as caught:
            profile.unlock("niet mijn wachtwoord hoor")
        waits.append(caught.value.wait)
    assert waits == [0, 0, 2]

    # Even the right passphrase has to wait now.
    with pytest.raises(MustWait) as must:
        profile.unlock(PASSPHRASE)
    assert must.value.seconds == pytest.approx(2)

    wall_clock.advance(1.5)
    restarted = make_profile()  # the app was closed and started again
    assert restarted.throttle.failures == 3
    with pytest.raises(MustWait) as must:
        restarted.unlock(PASSPHRASE)
    assert must.value.seconds == pytest.approx(0.5)

    wall_clock.advance(0.5)
    with pytest.raises(WrongPassphrase) as caught:
        restarted.unlock("nog altijd niet het juiste")
    assert (caught.value.failures, caught.value.wait) == (4, 4)
    with pytest.raises(MustWait):
        make_profile().unlock(PASSPHRASE)

    wall_clock.advance(4)
    make_profile().unlock(PASSPHRASE).close()
    assert make_profile().throttle.failures == 0
    # After a success the free attempts are back.
    with pytest.raises(WrongPassphrase) as caught:
        make_profile().unlock("weer fout getypt vandaag")
    assert (caught.value.failures, caught.value.wait) == (1, 0)


def test_waiting_does_not_count_as_an_attempt(
    make_profile: Callable[[], Profile], store: OpenStore, wall_clock: WallClock
) -> None:
    store.close()
    profile = make_profile()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            profile.unlock("niet mijn wachtwoord hoor")
    for _ in range(5):
        with pytest.raises(MustWait):
            profile.unlock("niet mijn wachtwoord hoor")
    assert profile.throttle.failures == 3


@pytest.mark.parametrize(
    ("failures", "wait"),
    [(0, 0), (1, 0), (2, 0), (3, 2), (4, 4), (5, 8), (10, 256), (11, MAX_WAIT_S), (50, MAX_WAIT_S)],
)
def test_wait_after(failures: int, wait: float) -> None:
    assert wait_after(failures) == wait
