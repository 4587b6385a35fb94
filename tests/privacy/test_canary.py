"""Canary: client data typed into the app must never appear on disk outside the encrypted store.

Marker strings go into every text field a counsellor can fill; the app is used as a person would
(register, search, open, edit, lock with a half-typed draft, unlock, fail) and then every file in the
profile, the logs and the temp directory is searched for the markers — while the database is open
(WAL and shared-memory files included) and after it is closed.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from caseworker_desktop import app as app_module
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.domain.referral import Problem, ReferralSource
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.ui.main_window import MainWindow
from tests.privacy.canary_support import MARK, leaks, marker
from tests.support import FAST_KDF, PASSPHRASE, FakeClock
from tests.ui.conftest import click, type_into, unlock
from tests.ui.referral_typing import choose, save


def test_no_marker_leaves_the_encrypted_store(qtbot: QtBot, isolated: tuple[Path, Path]) -> None:
    base, temp = isolated
    clock = FakeClock()
    profiles = ProfileService(base / "profile", clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)
    setup = profiles.set_up(
        name=marker("Counsellor"), organisation="CAW", team="Wonen", passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    landlord = setup.workspace.partners.save(
        PartnerInput(
            kind=PartnerKind.PRIVATE_LANDLORD,
            name=marker("Landlord"),
            street=marker("LandlordStreet"),
            contacts=[ContactInput(name=marker("Contact"), role=marker("Role"), fixed_contact=True)],
        )
    )
    setup.workspace.close()

    window = MainWindow(profiles, idle_clock=clock.monotonic, idle_tick_ms=20)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    form = window.new_referral().referral
    assert form is not None
    for key in (
        "first_name",
        "last_name",
        "street",
        "box",
        "municipality",
        "referrer_name",
        "referrer_contact",
    ):
        type_into(qtbot, getattr(form, key), marker(key))
    type_into(qtbot, form.house_number, "7")
    type_into(qtbot, form.postcode, "2000")
    type_into(qtbot, form.email, f"{MARK.lower()}@example.test")
    click(qtbot, form.household.add_button)
    type_into(qtbot, form.household.rows[0].first_name, marker("Child"))
    type_into(qtbot, form.household.rows[0].last_name, marker("ChildLast"))
    choose(form.landlord, landlord)
    choose(form.source, ReferralSource.POLICE.value)
    click(qtbot, form.problem_boxes[Problem.NUISANCE])
    form.steps_taken.setPlainText(marker("Steps"))
    form.question.setPlainText(marker("Question"))
    save(qtbot, form)
    assert form.case_id is not None

    window.show_caseload()
    type_into(qtbot, window.caseload_view.search, MARK.lower())
    assert window.caseload_model.rowCount() == 1
    window.open_case(form.case_id)

    draft = window.new_referral().referral
    assert draft is not None
    type_into(qtbot, draft.first_name, marker("Draft"))
    draft.question.setPlainText(marker("DraftQuestion"))

    # A failing save (bad postcode) and an unlock with a wrong passphrase are logged events too.
    type_into(qtbot, draft.postcode, "x")
    save(qtbot, draft)

    profile_dir = base / "profile"
    assert (profile_dir / "caseworker.db-wal").exists()
    assert leaks(profile_dir, base / "logs", temp) == []

    window.lock()
    unlock(qtbot, window, "a wrong passphrase " + MARK)
    unlock(qtbot, window)
    assert any(
        e.referral.first_name.text() == marker("Draft") for e in window.editors() if hasattr(e, "referral")
    )
    window.lock()

    # An unexpected error quoting a marker goes to the log without its message.
    try:
        raise RuntimeError(marker("ErrorMessage"))
    except RuntimeError as exc:
        app_module.log_unhandled(type(exc), exc.__traceback__)
    window.close()

    log_text = (base / "logs" / "caseworker.log").read_text(encoding="utf-8")
    assert log_text.count("profile unlocked") >= 2
    assert "builtins.RuntimeError" in log_text
    assert leaks(base, temp) == []


def test_the_scanner_would_see_a_plaintext_leak(tmp_path: Path) -> None:
    """Control: the same search finds a marker written in the clear, so a pass above means something."""
    (tmp_path / "plain.log").write_text(f"client {marker('X')}", encoding="utf-8")
    (tmp_path / "wide.bin").write_bytes(marker("Y").encode("utf-16-le"))
    assert sorted(Path(p).name for p in leaks(tmp_path)) == ["plain.log", "wide.bin"]
