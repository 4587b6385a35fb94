"""DraftService: half-typed forms kept in the encrypted file across a lock."""

from __future__ import annotations

from caseworker_desktop.services.drafts import SavedDraft
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from tests.services.service_support import PASSPHRASE, StepClock

PAYLOAD = {"first_name": "Hélène", "household": [{"first_name": "Ali"}], "eviction_procedure": True}


def test_save_all_discard(workspace: Workspace) -> None:
    drafts = workspace.drafts
    assert drafts.all() == []
    drafts.save("referral:new", "referral", PAYLOAD)
    drafts.save("partner:p1", "partner", {"name": "SVK"})
    assert drafts.all() == [
        SavedDraft("referral:new", "referral", PAYLOAD),
        SavedDraft("partner:p1", "partner", {"name": "SVK"}),
    ]
    drafts.discard("referral:new")
    assert [d.key for d in drafts.all()] == ["partner:p1"]
    drafts.discard("no-such-draft")
    assert [d.key for d in drafts.all()] == ["partner:p1"]


def test_saving_the_same_key_replaces_the_draft_and_moves_it_last(
    workspace: Workspace, clock: StepClock
) -> None:
    workspace.drafts.save("referral:new", "referral", {"first_name": "Hé"})
    workspace.drafts.save("partner:p1", "partner", {"name": "SVK"})
    clock.advance(minutes=5)
    workspace.drafts.save("referral:new", "referral", PAYLOAD)
    assert workspace.drafts.all() == [
        SavedDraft("partner:p1", "partner", {"name": "SVK"}),
        SavedDraft("referral:new", "referral", PAYLOAD),
    ]


def test_drafts_survive_a_lock(profiles: ProfileService, workspace: Workspace) -> None:
    workspace.drafts.save("referral:new", "referral", PAYLOAD)
    workspace.close()
    again = profiles.unlock(PASSPHRASE)
    try:
        assert again.drafts.all() == [SavedDraft("referral:new", "referral", PAYLOAD)]
    finally:
        again.close()
