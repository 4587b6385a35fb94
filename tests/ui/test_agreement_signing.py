"""Signing the agreement through the window: prepare, three parties draw on the pad, copies made."""

from __future__ import annotations

import io
import math

import pypdf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.agreement import AgreementStatus
from caseworker_desktop.domain.signing_flow import SigningStep
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agreement_panel import AgreementPanel
from caseworker_desktop.ui.signature_pad import SignaturePad
from caseworker_desktop.ui.signing_dialog import SigningDialog
from tests.agreements.agreement_support import agreed_case
from tests.support import PASSPHRASE
from tests.ui.conftest import click, type_into


def open_panel(qtbot: QtBot, workspace: Workspace, case_id: str) -> AgreementPanel:
    panel = AgreementPanel(workspace, case_id)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def draw_signature(pad: SignaturePad, shift: int = 0) -> None:
    """Two strokes of a scribble, with real mouse events."""
    for row in (70, 110):
        points = [QPoint(40 + 14 * i, row + round(22 * math.sin((i + shift) / 2.0))) for i in range(24)]
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(pad, point)
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def sign_through_dialog(qtbot: QtBot, panel: AgreementPanel, slot_key: str, place: str, shift: int) -> None:
    click(qtbot, panel.sign_buttons[slot_key])
    dialog = panel.signing
    assert isinstance(dialog, SigningDialog)
    qtbot.waitExposed(dialog)
    # Step 1: the exact stored text is on screen; Next refuses until reading is ticked.
    assert panel.shown is not None and "Voorwaarden van de verhuurder" in dialog.text_view.toPlainText()
    click(qtbot, dialog.next_button)
    assert dialog.flow.step == SigningStep.READ and dialog.error.isVisible()
    click(qtbot, dialog.read_check)
    click(qtbot, dialog.next_button)
    assert dialog.flow.step == SigningStep.SIGN
    # Step 2: place and the drawing.
    if not dialog.place_edit.text():
        type_into(qtbot, dialog.place_edit, place)
    click(qtbot, dialog.next_button)
    assert dialog.flow.step == SigningStep.SIGN  # nothing drawn yet
    draw_signature(dialog.pad_box.pad, shift)
    click(qtbot, dialog.next_button)
    assert dialog.flow.step == SigningStep.CONFIRM
    # Step 3: a wrong passphrase signs nothing and keeps the dialog open.
    type_into(qtbot, dialog.passphrase.edit, "niet de juiste zin")
    click(qtbot, dialog.next_button)
    assert dialog.isVisible() and dialog.error.isVisible()
    type_into(qtbot, dialog.passphrase.edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.signed, timeout=5000):
        click(qtbot, dialog.next_button)


def test_three_parties_sign_on_the_pad_and_each_copy_carries_the_signatures(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case = agreed_case(workspace, landlord_id)
    panel = open_panel(qtbot, workspace, case.case_id)
    assert panel.prepare_button.isEnabled()
    click(qtbot, panel.prepare_button)
    assert panel.shown is not None and panel.shown.status == AgreementStatus.DRAFT
    assert set(panel.sign_buttons) == {"tenant", "landlord", "counsellor"}

    for shift, slot in enumerate(("tenant", "landlord", "counsellor")):
        sign_through_dialog(qtbot, panel, slot, "Gent", shift)

    state = workspace.agreements.state(case.case_id)
    assert state.in_force is not None and state.in_force.status == AgreementStatus.IN_FORCE
    assert panel.sign_buttons == {}
    assert "in force" in panel.state_label.text() or "van kracht" in panel.state_label.text()
    for signature in state.in_force.signatures:
        assert signature.image.startswith(b"\x89PNG")

    for party in ("tenant", "landlord", "counsellor"):
        click(qtbot, panel.copy_buttons[party])
        preview = panel.preview
        assert preview is not None
        reader = pypdf.PdfReader(io.BytesIO(preview.pdf))
        images = [image for page in reader.pages for image in page.images]
        assert len(images) >= 3, party  # the three drawn signatures (a logo would add one)
        assert f"party={party}" in str(reader.metadata.get("/Keywords"))
        preview.close()
    QApplication.processEvents()


def test_plan_change_after_signing_shows_the_banner_and_offers_the_next_version(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    from tests.agreements.agreement_support import sign_all

    case = agreed_case(workspace, landlord_id)
    sign_all(workspace, workspace.agreements.prepare(case.case_id, "nl"))
    data = workspace.plans.start_new_version(case.case_id).plan.as_input()
    data.conditions[0].text = "Huur vóór de 3de betalen"
    workspace.plans.agree(case.case_id, data)

    panel = open_panel(qtbot, workspace, case.case_id)
    assert panel.banner.isVisible()
    assert panel.prepare_button.isEnabled() and "2" in panel.prepare_button.text()
    click(qtbot, panel.prepare_button)
    assert panel.shown is not None and panel.shown.number == 2
    assert "Huur vóór de 3de betalen" in panel.text_view.toPlainText()


def test_without_landlord_consent_the_panel_says_why_and_offers_nothing(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    from tests.trajectory.plan_support import withdraw_consent

    case = agreed_case(workspace, landlord_id)
    withdraw_consent(workspace, case.consent_id, workspace.today())
    panel = open_panel(qtbot, workspace, case.case_id)
    assert panel.banner.isVisible() and not panel.prepare_button.isEnabled()
    assert "verhuurder" in panel.banner.text() or "landlord" in panel.banner.text()


def test_a_party_who_signed_on_paper_gets_the_scan_attached(
    qtbot: QtBot, workspace: Workspace, landlord_id: str, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from caseworker_desktop.domain.agreement import SignMethod
    from tests.agreements.agreement_support import TINY_PNG

    case = agreed_case(workspace, landlord_id)
    panel = open_panel(qtbot, workspace, case.case_id)
    click(qtbot, panel.prepare_button)
    scan = tmp_path / "scan.png"
    scan.write_bytes(TINY_PNG)
    not_a_picture = tmp_path / "scan.txt"
    not_a_picture.write_text("no picture", encoding="utf-8")

    click(qtbot, panel.sign_buttons["landlord"])
    dialog = panel.signing
    assert isinstance(dialog, SigningDialog)
    click(qtbot, dialog.read_check)
    click(qtbot, dialog.next_button)
    type_into(qtbot, dialog.place_edit, "Kortrijk")
    click(qtbot, dialog.paper_choice)
    assert dialog.scan_button.isEnabled() and not dialog.pad_box.isEnabled()
    monkeypatch.setattr(dialog, "_ask_scan_path", lambda: str(not_a_picture))
    click(qtbot, dialog.scan_button)
    assert dialog.error.isVisible() and dialog.place_edit.text() == "Kortrijk"  # typed text kept
    monkeypatch.setattr(dialog, "_ask_scan_path", lambda: str(scan))
    click(qtbot, dialog.scan_button)
    click(qtbot, dialog.next_button)
    type_into(qtbot, dialog.passphrase.edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.signed, timeout=5000):
        click(qtbot, dialog.next_button)

    view = workspace.agreements.version(panel.shown.id if panel.shown else "")
    signature = view.signature_for("landlord")
    assert signature is not None and signature.method == SignMethod.PAPER and signature.image == TINY_PNG
    assert signature.place == "Kortrijk"
