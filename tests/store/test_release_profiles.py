"""Profiles written by released versions must keep opening (DESIGN.md, convention 8).

tests/store/data/profile-0.1.0 was made by release 0.1.0 (schema 0001, cheap Argon2id so the test is
quick; the parameters travel in its keys.json). Passphrase: "vrijgave nul punt een fixture". Add one
folder per release whose schema changes; never edit an existing one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.store import audit

DATA = Path(__file__).parent / "data"
PASSPHRASE = "vrijgave nul punt een fixture"


@pytest.mark.parametrize("release", ["profile-0.1.0"])
def test_released_profile_opens_migrates_and_keeps_its_data(release: str, tmp_path: Path) -> None:
    root = tmp_path / release
    shutil.copytree(DATA / release, root)
    workspace = ProfileService(root).unlock(PASSPHRASE)
    try:
        rows = workspace.caseload.rows()
        assert [(r.client_name, r.status, r.landlord) for r in rows] == [
            ("Fixture, Ward", CaseStatus.OUTREACH, "SVK Fixturedal")
        ]
        detail = workspace.referrals.load(rows[0].id)
        assert detail.referral.arrears_amount == "1024,80"
        assert detail.referral.household[0].first_name == "Lien"
        with workspace.store.unit_of_work("test") as uow:
            assert audit.verify(uow.session).intact
    finally:
        workspace.close()
