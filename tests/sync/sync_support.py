"""Laptops of one team for sync tests: each its own encrypted profile, all sharing one team key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseworker_desktop.domain.consent import ConsentRecipient
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models_trajectory import Consent
from caseworker_desktop.sync.engine import SyncEngine, SyncReport, TeamKeys, Transport
from tests.support import FAST_KDF, PASSPHRASE, FakeClock

TEAM = "team-wonen"


@dataclass
class Laptop:
    name: str
    workspace: Workspace
    engine: SyncEngine

    def sync(self) -> SyncReport:
        return self.engine.sync()


def make_laptop(root: Path, name: str, team_key: bytes, transport: Transport, clock: FakeClock) -> Laptop:
    profiles = ProfileService(root / name, clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)
    workspace = profiles.set_up(
        name=name, organisation="CAW Test", team="Wonen", passphrase=PASSPHRASE, repeat=PASSPHRASE
    ).workspace
    engine = SyncEngine(
        workspace.store, workspace.clock, TeamKeys(TEAM, team_key, f"device-{name}"), transport
    )
    return Laptop(name, workspace, engine)


def add_partner(workspace: Workspace, name: str = "Woonmaatschappij Testdal") -> str:
    return workspace.partners.save(
        PartnerInput(
            kind=PartnerKind.SOCIAL_HOUSING_COMPANY,
            name=name,
            municipality="Gent",
            contacts=[ContactInput(name="Els Wouters", fixed_contact=True)],
        )
    )


def inform_team(workspace: Workspace, case_id: str) -> None:
    """The tenant was told at intake that the team shares the case."""
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        uow.add(
            Consent(
                case_id=case_id,
                recipient=ConsentRecipient.TEAM.value,
                given_on=workspace.today(),
                informed_how="orally",
            )
        )
