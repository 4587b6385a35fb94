"""One party signs the agreement on the laptop: read the exact text, sign, the counsellor confirms.

The steps and what blocks them live in domain.signing_flow; this dialog only shows them. The text on
the first page is the stored text itself, and its hash goes back to the service with the signature,
so a signature can never land on a text other than the one on screen.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.agreement import BlockKind, SignerSlot, TextBlock
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.signing_flow import SigningFlow, SigningStep
from caseworker_desktop.services.agreements import AgreementView, NewSignature
from caseworker_desktop.services.profiles import MustWait, WrongPassphrase
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agreement_labels import agreement_issue_text, signer_label
from caseworker_desktop.ui.form_support import ErrorLabel
from caseworker_desktop.ui.passphrase_field import PassphraseField
from caseworker_desktop.ui.signature_pad import SignaturePadBox

SCAN_MAX_BYTES = 15_000_000
_SCAN_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def agreement_html(blocks: tuple[TextBlock, ...]) -> str:
    """The agreement as the signer reads it; every word comes from the stored text."""
    parts: list[str] = []
    in_list = False
    for block in blocks:
        if block.kind == BlockKind.ITEM:
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{escape(block.text)}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if block.kind == BlockKind.TITLE:
            parts.append(f"<h2>{escape(block.text)}</h2>")
        elif block.kind == BlockKind.HEADING:
            parts.append(f"<h3>{escape(block.text)}</h3>")
        elif block.text:
            parts.append(f"<p>{escape(block.text)}</p>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


class SigningDialog(QDialog):
    signed = Signal(object)  # the AgreementView after this signature

    def __init__(
        self,
        workspace: Workspace,
        agreement: AgreementView,
        slot: SignerSlot,
        place: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.agreement = agreement
        self.flow = SigningFlow(slot, agreement.shown_hash, place=place)
        role = signer_label(slot.signer)
        self.setWindowTitle(self.tr("Signature of the %1").replace("%1", role.lower()))
        self.resize(820, 760)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._read_page(role))
        self.pages.addWidget(self._sign_page())
        self.pages.addWidget(self._confirm_page())
        self.error = ErrorLabel()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_step()

    # --- pages ----------------------------------------------------------------------------------------
    def _read_page(self, role: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "This is exactly the text that will be signed (version %1, verification code %2). "
                "Let the signer read it at their own pace."
            )
            .replace("%1", str(self.agreement.number))
            .replace("%2", self.agreement.verification_code)
        )
        intro.setWordWrap(True)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("agreementText")
        self.text_view.setHtml(agreement_html(self.agreement.blocks))
        self.read_check = QCheckBox(
            self.tr("%1 %2 has read this text and wants to sign it.")
            .replace("%1", role)
            .replace("%2", self.flow.name)
        )
        self.read_check.setObjectName("textRead")
        self.read_check.toggled.connect(self._read_toggled)
        layout.addWidget(intro)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.read_check)
        return page

    def _sign_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name_edit = QLineEdit(self.flow.name)
        self.name_edit.setObjectName("signerName")
        self.name_edit.setMaxLength(200)
        self.place_edit = QLineEdit(self.flow.place)
        self.place_edit.setObjectName("signingPlace")
        self.place_edit.setMaxLength(100)
        form.addRow(self.tr("Name of the signer"), self.name_edit)
        form.addRow(self.tr("Signed in (place)"), self.place_edit)
        layout.addLayout(form)
        self.draw_choice = QRadioButton(self.tr("Sign here on the laptop"))
        self.draw_choice.setChecked(True)
        self.paper_choice = QRadioButton(
            self.tr("Signed on paper: attach a scan or photo of the signed page")
        )
        group = QButtonGroup(page)
        group.addButton(self.draw_choice)
        group.addButton(self.paper_choice)
        self.draw_choice.toggled.connect(self._method_changed)
        layout.addWidget(self.draw_choice)
        self.pad_box = SignaturePadBox()
        layout.addWidget(self.pad_box, 1)
        layout.addWidget(self.paper_choice)
        scan_row = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("Choose scan or photo…"))
        self.scan_button.clicked.connect(self._choose_scan)
        self.scan_preview = QLabel(self.tr("No scan chosen"))
        self.scan_preview.setMinimumHeight(80)
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.scan_preview, 1)
        layout.addLayout(scan_row)
        self._scan: bytes | None = None
        self._method_changed()
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "As the counsellor, confirm with your passphrase that this signature was given here, "
                "by this person, on this text. The signature cannot be changed afterwards."
            )
        )
        explain.setWordWrap(True)
        self.passphrase = PassphraseField(with_meter=False)
        self.passphrase.setObjectName("confirmPassphrase")
        layout.addWidget(self.summary)
        layout.addWidget(explain)
        layout.addWidget(QLabel(self.tr("Your passphrase")))
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        return page

    # --- steps ----------------------------------------------------------------------------------------
    def _show_step(self) -> None:
        step = self.flow.step
        index = {SigningStep.READ: 0, SigningStep.SIGN: 1, SigningStep.CONFIRM: 2}[step]
        self.pages.setCurrentIndex(index)
        self.step_label.setText(
            {
                SigningStep.READ: self.tr("Step 1 of 3 — read the agreement"),
                SigningStep.SIGN: self.tr("Step 2 of 3 — sign"),
                SigningStep.CONFIRM: self.tr("Step 3 of 3 — the counsellor confirms"),
            }[step]
        )
        self.back_button.setEnabled(step != SigningStep.READ)
        self.next_button.setText(self.tr("Sign") if step == SigningStep.CONFIRM else self.tr("Next"))
        if step == SigningStep.CONFIRM:
            role = signer_label(self.flow.slot.signer)
            self.summary.setText(
                self.tr("%1 %2 signs version %3 in %4.")
                .replace("%1", role)
                .replace("%2", self.flow.name)
                .replace("%3", str(self.agreement.number))
                .replace("%4", self.flow.place)
            )
            self.passphrase.setFocus()
        self.error.show_text("")

    def _read_toggled(self, checked: bool) -> None:
        self.flow.text_read = checked

    def _method_changed(self) -> None:
        drawing = self.draw_choice.isChecked()
        self.pad_box.setEnabled(drawing)
        self.scan_button.setEnabled(not drawing)

    def _collect(self) -> None:
        self.flow.name = self.name_edit.text()
        self.flow.place = self.place_edit.text()
        if self.draw_choice.isChecked():
            pad = self.pad_box.pad
            blank = pad.is_blank()
            png = None if pad.is_empty() else pad.to_png()
            self.flow.use_drawing(png, pad.ink().to_json(), blank)
        else:
            self.flow.use_scan(self._scan)

    def _next(self) -> None:
        if self.flow.step == SigningStep.SIGN:
            self._collect()
        if self.flow.step == SigningStep.CONFIRM:
            self._sign()
            return
        try:
            self.flow.advance()
        except RuleViolation as refused:
            self.error.show_text(agreement_issue_text(refused.issue))
            return
        self._show_step()

    def _back(self) -> None:
        if self.flow.step == SigningStep.SIGN:
            self._collect()
        self.flow.back()
        self._show_step()

    def _sign(self) -> None:
        flow = self.flow
        assert flow.image is not None
        signature = NewSignature(
            flow.slot.key, flow.name, flow.place, flow.method, flow.image, flow.ink_json, flow.ink_blank
        )
        try:
            view = self._workspace.agreements.sign(
                self.agreement.id, flow.shown_hash, signature, self.passphrase.text()
            )
        except WrongPassphrase:
            self.error.show_text(self.tr("That passphrase is not right. Nothing was signed."))
            self.passphrase.clear()
            return
        except MustWait as wait:
            self.error.show_text(
                self.tr("Too many wrong attempts: wait %1 seconds and try again.").replace(
                    "%1", str(round(wait.seconds))
                ),
            )
            return
        except RuleViolation as refused:
            self.error.show_text(agreement_issue_text(refused.issue))
            return
        self.passphrase.clear()
        self.signed.emit(view)
        self.accept()

    # --- the scan ---------------------------------------------------------------------------------------
    def _ask_scan_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scan or photo of the signed page"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return path or None

    def _choose_scan(self) -> None:
        path = self._ask_scan_path()
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as failure:
            self.error.show_text(
                self.tr("This file cannot be read: %1").replace("%1", failure.strerror or ""),
            )
            return
        if len(data) > SCAN_MAX_BYTES or not data.startswith(_SCAN_MAGIC):
            self.error.show_text(self.tr("Choose a PNG or JPEG picture of at most 15 MB."))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.error.show_text(self.tr("This picture cannot be opened."))
            return
        self._scan = data
        self.scan_preview.setPixmap(pixmap.scaledToHeight(80, Qt.TransformationMode.SmoothTransformation))
        self.error.show_text("")
