"""--demo-team-leader: a demo profile of its own, set up once as a team leader's."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker_desktop import app
from caseworker_desktop.services import demo_team
from caseworker_desktop.services.demo import DEMO_PASSPHRASE
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.workspace import Workspace
from tests.support import FAST_KDF


def test_the_option_opens_a_separate_profile_directory(tmp_path: Path) -> None:
    args = app.parse_args(["--demo-team-leader", "--data-dir", str(tmp_path)])
    assert args.demo_team_leader and not args.demo
    root = app.profile_root(tmp_path, args.demo, args.demo_team_leader)
    assert root == tmp_path / "demo-team-leader"
    assert root not in (app.profile_root(tmp_path, True), app.profile_root(tmp_path, False))
    assert not app.parse_args([]).demo_team_leader


def test_the_team_leader_demo_is_populated_once_and_opens_the_team_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populated: list[str] = []

    def populate_team_demo(workspace: Workspace) -> None:
        populated.append(workspace.user.name)
        workspace.settings.set_profile_role("team_leader")  # as the real one does

    # The demo data itself is services.demo_team's own concern (and test); here only the profile around it.
    monkeypatch.setattr(demo_team, "populate_team_demo", populate_team_demo)
    original = ProfileService.__init__

    def cheap(self: ProfileService, root: Path, **kwargs: object) -> None:
        original(self, root, kdf=FAST_KDF)  # type: ignore[arg-type]

    monkeypatch.setattr(ProfileService, "__init__", cheap)
    root = tmp_path / "demo-team-leader"
    assert demo_team.ensure_team_demo_profile(root) == DEMO_PASSPHRASE
    assert demo_team.ensure_team_demo_profile(root) == DEMO_PASSPHRASE
    assert populated == ["Demo Teamverantwoordelijke"]

    workspace = ProfileService(root).unlock(DEMO_PASSPHRASE)
    try:
        assert workspace.settings.profile_role() == "team_leader"
        assert TeamService(workspace.store, workspace.user.user_id, workspace.clock).access().allowed
    finally:
        workspace.close()
