"""Per-profile settings, kept inside the encrypted file."""

from __future__ import annotations

import base64
import binascii

from sqlalchemy import select

from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.team_figures import DEFAULT_QUIET_WEEKS
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.models import Setting

AUTO_LOCK_MINUTES = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
MIN_AUTO_LOCK, MAX_AUTO_LOCK = 1, 120
ORGANISATION_LOGO = "organisation_logo"
ORGANISATION_LINES = "organisation_lines"
LOGO_MAX_BYTES = 2_000_000
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
# The team leader's desk. The role set here only opens the team view; a profile that joined a sync
# server also needs the server's team-leader role (services.team.TeamService.access).
PROFILE_ROLE = "profile_role"
ROLE_COUNSELLOR = "counsellor"
ROLE_TEAM_LEADER = "team_leader"
PROFILE_ROLES = (ROLE_COUNSELLOR, ROLE_TEAM_LEADER)
WORKING_TIME_PREFIX = "working_time."  # + counsellor id -> full-time equivalent
MIN_WORKING_TIME, MAX_WORKING_TIME = 0.1, 1.0
QUIET_WEEKS = "quiet_weeks"
MIN_QUIET_WEEKS, MAX_QUIET_WEEKS = 1, 52


class SettingsService(StoreService):
    def _get(self, key: str) -> str | None:
        with self._uow() as uow:
            return uow.session.scalars(select(Setting.value).where(Setting.key == key)).first()

    def _set(self, key: str, value: str) -> None:
        with self._uow() as uow:
            uow.session.merge(Setting(key=key, value=value))

    def auto_lock_minutes(self) -> int:
        raw = self._get(AUTO_LOCK_MINUTES)
        if not (raw and raw.isdigit()):
            return DEFAULT_AUTO_LOCK_MINUTES
        return max(MIN_AUTO_LOCK, min(MAX_AUTO_LOCK, int(raw)))

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self._set(AUTO_LOCK_MINUTES, str(max(MIN_AUTO_LOCK, min(MAX_AUTO_LOCK, minutes))))

    # --- letterhead of the printed documents -------------------------------------------------------------
    def organisation_logo(self) -> bytes | None:
        raw = self._get(ORGANISATION_LOGO)
        if not raw:
            return None
        try:
            return base64.b64decode(raw, validate=True)
        except binascii.Error:
            return None

    def set_organisation_logo(self, image: bytes | None) -> None:
        """A PNG or JPEG of at most 2 MB; None removes it (documents then show a plain mark)."""
        if image is not None:
            if len(image) > LOGO_MAX_BYTES:
                raise RuleViolation("logo_too_large", limit_kb=LOGO_MAX_BYTES // 1000)
            if not image.startswith(_IMAGE_MAGIC):
                raise RuleViolation("logo_not_an_image")
        self._set(ORGANISATION_LOGO, base64.b64encode(image).decode("ascii") if image else "")

    def organisation_lines(self) -> tuple[str, ...]:
        """Address, phone … printed under the organisation's name on every document."""
        raw = self._get(ORGANISATION_LINES) or ""
        return tuple(line for line in raw.split("\n") if line.strip())

    def set_organisation_lines(self, lines: tuple[str, ...]) -> None:
        self._set(ORGANISATION_LINES, "\n".join(line.strip() for line in lines if line.strip())[:600])

    # --- the team leader's desk -------------------------------------------------------------------------
    def profile_role(self) -> str:
        """The role this profile works in: counsellor (the default) or team_leader."""
        raw = self._get(PROFILE_ROLE)
        return raw if raw in PROFILE_ROLES else ROLE_COUNSELLOR

    def set_profile_role(self, role: str) -> None:
        if role not in PROFILE_ROLES:
            raise ValidationFailed({"profile_role": Issue("profile_role_unknown", {"role": role})})
        self._set(PROFILE_ROLE, role)

    def working_time(self, counsellor_id: str) -> float:
        """A counsellor's working time as a full-time equivalent; 1.0 unless set."""
        return _fte(self._get(WORKING_TIME_PREFIX + counsellor_id)) or 1.0

    def working_times(self) -> dict[str, float]:
        """Every working time that was set, by counsellor id (the others count as full time)."""
        with self._uow() as uow:
            rows = uow.session.execute(
                select(Setting.key, Setting.value).where(Setting.key.startswith(WORKING_TIME_PREFIX))
            ).all()
        found: dict[str, float] = {}
        for key, value in rows:
            fte = _fte(value)
            if fte is not None:
                found[key.removeprefix(WORKING_TIME_PREFIX)] = fte
        return found

    def set_working_time(self, counsellor_id: str, fte: float) -> None:
        """0.1 to 1.0 full-time equivalent, both included."""
        if not counsellor_id:
            raise RuleViolation("working_time_no_counsellor")
        if not _fte_in_range(fte):
            raise ValidationFailed(
                {
                    "working_time": Issue(
                        "working_time_out_of_range",
                        {"minimum": MIN_WORKING_TIME, "maximum": MAX_WORKING_TIME},
                    )
                }
            )
        self._set(WORKING_TIME_PREFIX + counsellor_id, repr(round(float(fte), 4)))

    def quiet_weeks(self) -> int:
        """After how many weeks without contact a running case is flagged in the caseload review."""
        raw = self._get(QUIET_WEEKS)
        if raw and raw.isdigit() and MIN_QUIET_WEEKS <= int(raw) <= MAX_QUIET_WEEKS:
            return int(raw)
        return DEFAULT_QUIET_WEEKS

    def set_quiet_weeks(self, weeks: int) -> None:
        if isinstance(weeks, bool) or not MIN_QUIET_WEEKS <= weeks <= MAX_QUIET_WEEKS:
            raise ValidationFailed(
                {
                    "quiet_weeks": Issue(
                        "quiet_weeks_out_of_range", {"minimum": MIN_QUIET_WEEKS, "maximum": MAX_QUIET_WEEKS}
                    )
                }
            )
        self._set(QUIET_WEEKS, str(int(weeks)))


def _fte_in_range(value: float) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:  # NaN
        return False
    # A hair of tolerance: 0.1 typed in a spin box may arrive as 0.09999999.
    return MIN_WORKING_TIME - 1e-9 <= value <= MAX_WORKING_TIME + 1e-9


def _fte(raw: str | None) -> float | None:
    """A stored working time, or None when it is missing or damaged."""
    try:
        value = float(raw) if raw else None
    except ValueError:
        return None
    return min(value, MAX_WORKING_TIME) if value is not None and _fte_in_range(value) else None
