"""Small settings dialogs. Both ask for nothing about clients."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.ui.form_support import ErrorLabel, with_error
from caseworker_desktop.ui.passphrase_field import PassphraseField


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = PassphraseField(with_meter=False)
        self.new = PassphraseField(with_meter=True)
        self.repeat = PassphraseField(with_meter=False)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        for key, label, field in (
            ("current", self.tr("Current passphrase"), self.current),
            ("passphrase", self.tr("New passphrase"), self.new),
            ("repeat", self.tr("Repeat new passphrase"), self.repeat),
        ):
            box, error = with_error(field)
            self.errors[key] = error
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


class AutoLockDialog(QDialog):
    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic lock"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 120)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        text = QLabel(self.tr("Lock the application when nobody has used it for this long."))
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.minutes)
        layout.addWidget(buttons)
