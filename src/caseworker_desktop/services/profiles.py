"""Setting up, unlocking and recovering a profile."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.passphrase import assess
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.keys import KdfParams
from caseworker_desktop.store.models import ProfileInfo
from caseworker_desktop.store.profile import MustWait, Profile, WrongPassphrase
from caseworker_desktop.store.uow import Clock, utc_now

__all__ = ["MustWait", "ProfileService", "SetupResult", "WrongPassphrase"]


@dataclass(frozen=True)
class SetupResult:
    workspace: Workspace
    recovery_key: str


def _device_code(profile_id: str) -> str:
    return uuid.UUID(profile_id).hex[:3].upper()


class ProfileService:
    def __init__(
        self,
        root: Path,
        *,
        clock: Clock = utc_now,
        wall_clock: Callable[[], float] = time.time,
        kdf: KdfParams | None = None,
    ) -> None:
        self._profile = Profile(root, wall_clock, kdf)
        self._clock = clock

    @property
    def root(self) -> Path:
        return self._profile.root

    def is_set_up(self) -> bool:
        return self._profile.exists()

    def seconds_to_wait(self) -> float:
        return self._profile.throttle.seconds_to_wait()

    def check_new_passphrase(self, passphrase: str, repeat: str, hints: tuple[str, ...]) -> None:
        strength = assess(passphrase, hints)
        if strength.problem is not None:
            raise ValidationFailed({"passphrase": strength.problem})
        if passphrase != repeat:
            raise ValidationFailed({"repeat": Issue("passphrase_mismatch")})

    def set_up(self, *, name: str, organisation: str, team: str, passphrase: str, repeat: str) -> SetupResult:
        issues: dict[str, Issue] = {}
        cleaned: dict[str, str] = {}
        for key, value in (("name", name), ("organisation", organisation), ("team", team)):
            result = fields.required_text(value, 200)
            if isinstance(result, Issue):
                issues[key] = result
            else:
                cleaned[key] = result
        try:
            self.check_new_passphrase(passphrase, repeat, (name, organisation, team))
        except ValidationFailed as failed:
            issues.update(failed.issues)
        if issues:
            raise ValidationFailed(issues)

        profile_id = str(uuid.uuid4())
        store, recovery = self._profile.create(profile_id, passphrase)
        with store.unit_of_work(profile_id, self._clock) as uow:
            uow.add(
                ProfileInfo(
                    id=1,
                    user_id=profile_id,
                    display_name=cleaned["name"],
                    organisation=cleaned["organisation"],
                    team=cleaned["team"],
                    device_code=_device_code(profile_id),
                    case_counter=0,
                    created_at=self._clock(),
                )
            )
        workspace = Workspace(store, self._clock, self._profile)
        workspace.seal.key()  # the organisation's seal is made at setup, not at the first agreement
        return SetupResult(workspace, recovery)

    def unlock(self, passphrase: str) -> Workspace:
        return Workspace(self._profile.unlock(passphrase), self._clock, self._profile)

    def change_passphrase(self, current: str, new: str, repeat: str) -> None:
        self.check_new_passphrase(new, repeat, ())
        self._profile.change_passphrase(current, new)

    def recover(self, recovery_key: str, new: str, repeat: str) -> Workspace:
        self.check_new_passphrase(new, repeat, ())
        return Workspace(self._profile.reset_with_recovery_key(recovery_key, new), self._clock, self._profile)
