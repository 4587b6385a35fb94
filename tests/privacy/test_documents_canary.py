"""Canary for the agreement and the documents: signing, previewing and printing every document leaves
no client data on disk except in the one file the user chose to save, and the public certificate
beside the profile names only the organisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.ui.agreement_panel import AgreementPanel
from caseworker_desktop.ui.pdf_preview import PdfPreviewDialog
from tests.agreements.agreement_support import sign_all
from tests.privacy.canary_support import MARK, leaks, marker
from tests.support import FAST_KDF, PASSPHRASE, FakeClock
from tests.trajectory.plan_support import add_landlord_consent, landlord_goal, plan_input, smart_goal
from tests.ui.conftest import click


def test_documents_leave_nothing_behind_but_the_chosen_file(
    qtbot: QtBot, isolated: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, temp = isolated
    clock = FakeClock()
    profiles = ProfileService(base / "profile", clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)
    workspace = profiles.set_up(
        name="An Peeters", organisation="CAW Test", team="Wonen", passphrase=PASSPHRASE, repeat=PASSPHRASE
    ).workspace
    landlord = workspace.partners.save(
        PartnerInput(
            kind=PartnerKind.PRIVATE_LANDLORD,
            name="Verhuur Testdal",
            contacts=[ContactInput(name="Els Wouters", fixed_contact=True)],
        )
    )
    case_id = workspace.referrals.register(
        ReferralInput(
            first_name=marker("First"),
            last_name=marker("Last"),
            street=marker("Street"),
            house_number="3",
            postcode="9000",
            municipality="Gent",
            landlord_id=landlord,
            referral_date=workspace.today(),
            source=ReferralSource.LANDLORD,
            problems={Problem.NUISANCE},
        )
    )
    workspace.referrals.change_status(case_id, CaseStatus.INTAKE)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    workspace.plans.agree(
        case_id,
        plan_input(
            today,
            landlord_goal(today, description=marker("SharedGoal")),
            smart_goal(today, description=marker("PrivateGoal")),
            conditions=(marker("Condition"),),
        ),
        despite_findings=True,
    )
    sign_all(workspace, workspace.agreements.prepare(case_id, "nl"))

    outside = tmp_path / "chosen"
    outside.mkdir()
    panel = AgreementPanel(workspace, case_id)
    qtbot.addWidget(panel)
    panel.show()
    saved: list[str] = []
    for button in [*panel.copy_buttons.values(), *panel.document_buttons.values()]:
        if not button.isEnabled():
            continue
        click(qtbot, button)
        preview = panel.preview
        if not isinstance(preview, PdfPreviewDialog):
            continue  # refused with a reason (no evaluation held yet, not closed)
        assert MARK.casefold() not in preview.windowTitle().casefold()  # names stay out of file names
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(outside / f"printed-{len(saved)}.pdf"))
        assert preview.print_to(printer)
        target = outside / f"saved-{len(saved)}.pdf"
        monkeypatch.setattr(preview, "_ask_save_path", lambda t=target: str(t))
        assert preview.save_document()
        saved.append(target.name)
        preview.close()
    assert len(saved) >= 5  # three party copies, the plan in two forms, the tenant's file

    # The chosen folder holds exactly what was saved and printed, nothing half-written beside it.
    assert sorted(p.name for p in outside.iterdir()) == sorted(
        [*saved, *(f"printed-{n}.pdf" for n in range(len(saved)))]
    )
    assert leaks(base, temp) == []
    # PDF text is compressed and font-encoded, so a stray PDF would slip past the marker search: no
    # file may appear at all beyond the profile's own.
    assert [p for p in temp.rglob("*") if p.is_file()] == []
    found = {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()}
    allowed = {
        "keys.json",
        "caseworker.db",
        "caseworker.db-wal",
        "caseworker.db-shm",
        "organisation-seal.pem",
    }
    assert found <= {f"profile/{name}" for name in allowed} | {"logs/caseworker.log"}, found
    certificate = (base / "profile" / "organisation-seal.pem").read_bytes()
    subject = x509.load_pem_x509_certificate(certificate).subject.rfc4514_string()
    assert "CAW Test" in subject and MARK not in subject
    workspace.close()
