"""The tripartite agreement of a case, and the documents printed from the case.

The top says where the agreement stands and what is missing: which version is in force, who still has
to sign, or that the plan changed and a new version is needed. The exact text of the chosen version is
shown beside its signatures; each missing signature has its own button. Every copy and document opens
in a preview first; saving and printing happen from there and are written to the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.agreement import AgreementStatus, Party, SignerSlot, SignMethod
from caseworker_desktop.domain.errors import Issue, RuleViolation
from caseworker_desktop.services.agreements import AgreementState, AgreementView
from caseworker_desktop.services.document_support import DocumentRef
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agreement_labels import (
    agreement_issue_text,
    agreement_status_label,
    party_copy_label,
    signer_label,
)
from caseworker_desktop.ui.dates import day_text
from caseworker_desktop.ui.form_support import ErrorLabel, record_table
from caseworker_desktop.ui.pdf_preview import PdfPreviewDialog
from caseworker_desktop.ui.signing_dialog import SigningDialog, agreement_html

BANNER_STYLE = "background: #fff4ce; border: 1px solid #e0c25c; border-radius: 4px; padding: 6px;"
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class AgreementPanel(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.state: AgreementState | None = None
        self.shown: AgreementView | None = None
        self.preview: PdfPreviewDialog | None = None
        self.signing: SigningDialog | None = None
        self._build()
        self.reload()

    def title(self) -> str:
        return self.tr("Agreement and documents")

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.state_label = QLabel()
        self.state_label.setObjectName("agreementState")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.banner = QLabel()
        self.banner.setObjectName("agreementBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.error = ErrorLabel()

        prepare = QGroupBox(self.tr("Prepare"))
        prepare_row = QHBoxLayout(prepare)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        prepare_row.addWidget(QLabel(self.tr("Language of the agreement")))
        prepare_row.addWidget(self.language)
        self.co_tenant_box = QWidget()
        self.co_tenant_row = QHBoxLayout(self.co_tenant_box)
        self.co_tenant_row.setContentsMargins(12, 0, 0, 0)
        self.co_tenant_checks: list[QCheckBox] = []
        prepare_row.addWidget(self.co_tenant_box)
        prepare_row.addStretch(1)
        self.prepare_button = QPushButton()
        self.prepare_button.setObjectName("prepareAgreement")
        self.prepare_button.clicked.connect(self._prepare)
        prepare_row.addWidget(self.prepare_button)

        self.version_choice = QComboBox()
        self.version_choice.setObjectName("agreementVersion")
        self.version_choice.activated.connect(self._version_chosen)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("agreementText")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.signatures = record_table([self.tr("Party"), self.tr("Name"), self.tr("Signature")])
        self.signatures.setObjectName("agreementSignatures")
        right_layout.addWidget(QLabel(self.tr("Signatures")))
        right_layout.addWidget(self.signatures, 1)
        self.sign_box = QVBoxLayout()
        right_layout.addLayout(self.sign_box)
        self.sign_buttons: dict[str, QPushButton] = {}
        copies = QGroupBox(self.tr("Copies of this version"))
        copies_layout = QGridLayout(copies)
        self.copy_buttons: dict[str, QPushButton] = {}
        for index, party in enumerate(Party):
            button = QPushButton(party_copy_label(party))
            button.setObjectName(f"copy_{party.value}")
            button.clicked.connect(lambda _=False, p=party.value: self._open_copy(p))
            copies_layout.addWidget(button, index // 2, index % 2)
            self.copy_buttons[party.value] = button
        self.paper_button = QPushButton(self.tr("Print to sign on paper"))
        self.paper_button.setObjectName("copy_archive")
        self.paper_button.clicked.connect(lambda: self._open_copy("archive"))
        copies_layout.addWidget(self.paper_button, 1, 1)
        right_layout.addWidget(copies)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.version_choice)
        left_layout.addWidget(self.text_view, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        documents = QGroupBox(self.tr("Documents of this case"))
        grid = QGridLayout(documents)
        self.document_buttons: dict[str, QPushButton] = {}
        for index, (key, text) in enumerate(self._document_titles().items()):
            button = QPushButton(text)
            button.setObjectName(f"document_{key}")
            button.clicked.connect(lambda _=False, k=key: self._open_document(k))
            grid.addWidget(button, index // 3, index % 3)
            self.document_buttons[key] = button

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.error)
        layout.addWidget(prepare)
        layout.addWidget(splitter, 1)
        layout.addWidget(documents)

    def _document_titles(self) -> dict[str, str]:
        return {
            "plan_full": self.tr("Action plan (tenant)"),
            "plan_landlord": self.tr("Action plan — landlord extract"),
            "tenant_file": self.tr("Tenant's own file"),
            "evaluation_full": self.tr("Latest evaluation report"),
            "evaluation_landlord": self.tr("Latest evaluation — landlord extract"),
            "closure_letter": self.tr("Closure letter to the landlord"),
        }

    # --- reading --------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.state = self._workspace.agreements.state(self.case_id)
        latest = self.state.latest
        if latest is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(latest.language)))
        keep = self.shown.id if self.shown else None
        self.version_choice.clear()
        for view in self.state.versions:
            self.version_choice.addItem(
                self.tr("Version %1 — %2")
                .replace("%1", str(view.number))
                .replace("%2", agreement_status_label(view.status)),
                view.id,
            )
        chosen = next((v for v in self.state.versions if v.id == keep), latest)
        self._show_version(chosen)
        self._fill_co_tenants()
        self._update_state()

    def _fill_co_tenants(self) -> None:
        assert self.state is not None
        for check in self.co_tenant_checks:
            self.co_tenant_row.removeWidget(check)
            check.deleteLater()
        self.co_tenant_checks = []
        latest = self.state.latest
        chosen = {s.name for s in latest.slots if s.key.startswith("co_tenant")} if latest else set()
        for name in self.state.candidates:
            check = QCheckBox(self.tr("%1 co-signs as co-tenant").replace("%1", name))
            check.setProperty("person", name)
            check.setChecked(name in chosen)
            self.co_tenant_row.addWidget(check)
            self.co_tenant_checks.append(check)
        self.co_tenant_box.setVisible(bool(self.co_tenant_checks))

    def _update_state(self) -> None:
        state = self.state
        assert state is not None
        latest = state.latest
        in_force = state.in_force
        if in_force is not None:
            text = (
                self.tr("Version %1 is in force since %2.")
                .replace("%1", str(in_force.number))
                .replace("%2", day_text(in_force.in_force_on))
            )
        else:
            text = self.tr("No agreement is in force yet.")
        if latest is not None and latest.status in (AgreementStatus.DRAFT, AgreementStatus.SIGNING):
            missing = ", ".join(f"{signer_label(s.signer)} ({s.name})" for s in latest.missing)
            text += " " + self.tr("Version %1: still to sign: %2.").replace("%1", str(latest.number)).replace(
                "%2", missing
            )
        self.state_label.setText(text)

        banner = ""
        if state.blocked:
            banner = agreement_issue_text(Issue(state.blocked))
        elif state.needs_new_version:
            banner = self.tr(
                "The plan changed on a point that concerns the landlord. The signed version stays as it "
                "is; prepare a new version and let everyone sign it again."
            )
        elif state.draft_outdated:
            banner = self.tr("The plan changed since this draft was made: update the draft before signing.")
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))

        if latest is None:
            label = self.tr("Prepare the agreement")
        elif latest.status == AgreementStatus.DRAFT:
            label = self.tr("Update the draft")
        else:
            label = self.tr("Prepare version %1").replace("%1", str(latest.number + 1))
        self.prepare_button.setText(label)
        can_prepare = not state.blocked and (
            latest is None or latest.status == AgreementStatus.DRAFT or state.needs_new_version
        )
        self.prepare_button.setEnabled(can_prepare)
        self.co_tenant_box.setEnabled(can_prepare)
        self.language.setEnabled(can_prepare)

    def _show_version(self, view: AgreementView | None) -> None:
        self.shown = view
        self.text_view.setHtml(agreement_html(view.blocks) if view else "")
        if view is not None:
            self.version_choice.setCurrentIndex(max(0, self.version_choice.findData(view.id)))
        self.version_choice.setVisible(view is not None)
        self._fill_signatures(view)
        for button in self.copy_buttons.values():
            button.setEnabled(view is not None and view.status != AgreementStatus.DRAFT)
        self.paper_button.setEnabled(
            view is not None and view.status in (AgreementStatus.DRAFT, AgreementStatus.SIGNING)
        )

    def _fill_signatures(self, view: AgreementView | None) -> None:
        self.signatures.setRowCount(0)
        for button in self.sign_buttons.values():
            self.sign_box.removeWidget(button)
            button.deleteLater()
        self.sign_buttons = {}
        if view is None:
            return
        for row, slot in enumerate(view.slots):
            signature = view.signature_for(slot.key)
            if signature is None:
                status = self.tr("Not signed yet")
            else:
                status = (
                    self.tr("Signed in %1 on %2")
                    .replace("%1", signature.place)
                    .replace("%2", _moment(signature.signed_at))
                    if signature.method == SignMethod.DRAWN
                    else self.tr("Signed on paper in %1 on %2 (scan attached)")
                    .replace("%1", signature.place)
                    .replace("%2", _moment(signature.signed_at))
                )
            self.signatures.insertRow(row)
            for column, text in enumerate(
                (signer_label(slot.signer), signature.name if signature else slot.name, status)
            ):
                self.signatures.setItem(row, column, QTableWidgetItem(text))
        self.signatures.resizeColumnsToContents()
        if view.status in (AgreementStatus.DRAFT, AgreementStatus.SIGNING) and not (
            self.state and self.state.blocked
        ):
            for slot in view.missing:
                button = QPushButton(
                    self.tr("Sign as %1 (%2)…")
                    .replace("%1", signer_label(slot.signer).lower())
                    .replace("%2", slot.name)
                )
                button.setObjectName(f"sign_{slot.key}")
                button.clicked.connect(lambda _=False, s=slot: self._sign(s))
                self.sign_box.addWidget(button)
                self.sign_buttons[slot.key] = button

    def _version_chosen(self, index: int) -> None:
        assert self.state is not None
        chosen = self.version_choice.itemData(index)
        self._show_version(next((v for v in self.state.versions if v.id == chosen), None))

    # --- acting ---------------------------------------------------------------------------------------
    def _prepare(self) -> None:
        co_tenants = tuple(str(c.property("person")) for c in self.co_tenant_checks if c.isChecked())
        try:
            view = self._workspace.agreements.prepare(
                self.case_id, str(self.language.currentData()), co_tenants
            )
        except RuleViolation as refused:
            self.error.show_text(agreement_issue_text(refused.issue))
            return
        self.error.show_text("")
        self.shown = view
        self.reload()
        self.changed.emit()

    def _sign(self, slot: SignerSlot) -> None:
        view = self.shown
        assert view is not None
        earlier = [s.place for s in view.signatures]
        self.signing = SigningDialog(self._workspace, view, slot, earlier[-1] if earlier else "", self)
        self.signing.signed.connect(self._signed)
        self.signing.open()

    def _signed(self, view: AgreementView) -> None:
        self.shown = view
        self.reload()
        self.changed.emit()

    def _open_copy(self, party: str) -> None:
        view = self.shown
        assert view is not None
        self._preview(
            lambda: self._workspace.agreement_documents.copy(view.id, party),
            self.tr("agreement-%1-v%2-%3.pdf")
            .replace("%1", view.case_number)
            .replace("%2", str(view.number))
            .replace("%3", party),
        )

    def _open_document(self, key: str) -> None:
        documents = self._workspace.case_documents
        language = str(self.language.currentData())
        case_id = self.case_id
        makers: dict[str, Callable[[], tuple[bytes, DocumentRef]]] = {
            "plan_full": lambda: documents.plan_full(case_id, language),
            "plan_landlord": lambda: documents.plan_landlord(case_id, language),
            "tenant_file": lambda: documents.tenant_file(case_id, language),
            "evaluation_full": lambda: documents.evaluation_full(self._latest_evaluation(), language),
            "evaluation_landlord": lambda: documents.evaluation_landlord(self._latest_evaluation(), language),
            "closure_letter": lambda: documents.closure_letter(case_id, language),
        }
        assert self.state is not None
        # Case number only: a file name turns up in recent-file lists, a client's name must not.
        self._preview(makers[key], f"{key.replace('_', '-')}-{self.state.case_number}.pdf")

    def _latest_evaluation(self) -> str:
        held = [row for row in self._workspace.evaluations.evaluations(self.case_id) if row.held]
        if not held:
            raise RuleViolation("evaluation_not_held")
        return held[-1].id

    def _preview(self, make: Callable[[], tuple[bytes, DocumentRef]], name: str) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf, ref = make()
        except RuleViolation as refused:
            self.error.show_text(agreement_issue_text(refused.issue))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error.show_text("")
        preview = PdfPreviewDialog(pdf, ref, name, self._workspace.document_support.record_output, self)
        # Gone once closed, so the document's bytes do not linger in memory with the panel.
        preview.finished.connect(preview.deleteLater)
        self.preview = preview
        preview.open()

    # --- the case window's editor interface -------------------------------------------------------------
    def draft(self) -> dict[str, object]:
        return {}

    def restore_draft(self, payload: dict[str, object]) -> None:
        del payload


def _moment(utc: datetime) -> str:
    return utc.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")
