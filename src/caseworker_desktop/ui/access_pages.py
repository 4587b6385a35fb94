"""The pages shown while no profile is open: first-run setup, unlock, recovery.

They only lay out fields and emit what the user asked for; the access controller does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.passphrase import MIN_LENGTH
from caseworker_desktop.ui.form_support import ErrorLabel, with_error
from caseworker_desktop.ui.passphrase_field import PassphraseField


def _card(title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
    """A centred panel of readable width, so forms do not stretch over a wide screen."""
    outer = QWidget()
    outer_layout = QHBoxLayout(outer)
    outer_layout.addStretch(1)
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setMaximumWidth(620)
    card.setMinimumWidth(480)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(28, 24, 28, 24)
    heading = QLabel(title)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    if intro:
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
    outer_layout.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
    outer_layout.addStretch(1)
    return outer, layout


class SetupView(QWidget):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card, layout = _card(
            self.tr("Welcome to Caseworker Desktop"),
            self.tr(
                "Set up your protected profile. Everything you record is stored encrypted on this "
                "laptop and opens only with your passphrase."
            ),
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.team = QLineEdit()
        self.passphrase = PassphraseField(with_meter=True)
        self.repeat = PassphraseField(with_meter=False)
        self.errors: dict[str, ErrorLabel] = {}
        for key, label, field in (
            ("name", self.tr("Your name"), self.name),
            ("organisation", self.tr("Organisation"), self.organisation),
            ("team", self.tr("Team"), self.team),
            ("passphrase", self.tr("Passphrase"), self.passphrase),
            ("repeat", self.tr("Repeat passphrase"), self.repeat),
        ):
            box, error = with_error(field)
            self.errors[key] = error
            form.addRow(label, box)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Choose a passphrase of at least %1 characters: a few unrelated words are easy to "
                "remember and hard to guess. Pasting from a password manager is fine."
            ).replace("%1", str(MIN_LENGTH))
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.create_button = QPushButton(self.tr("Create profile"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submitted)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        page = QVBoxLayout(self)
        page.addWidget(card)
        for field in (self.name, self.organisation, self.team):
            field.textChanged.connect(self._update_hints)

    def _update_hints(self) -> None:
        self.passphrase.hints = (self.name.text(), self.organisation.text(), self.team.text())

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()


class RecoveryKeyView(QWidget):
    """Shown once after setup: the recovery key, to print or save, then confirm."""

    print_requested = Signal()
    save_requested = Signal()
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card, layout = _card(
            self.tr("Your recovery key"),
            self.tr(
                "If you forget your passphrase, this key is the only way back into your profile. "
                "It is shown only now. Print it or save it, and keep it somewhere safe away from the "
                "laptop (for example in the team's locked cabinet)."
            ),
        )
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("padding: 12px; border: 1px dashed #888;")
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.stored = QCheckBox(self.tr("I have printed or saved my recovery key"))
        layout.addWidget(self.stored)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.confirmed)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        page = QVBoxLayout(self)
        page.addWidget(card)

    def show_key(self, key: str) -> None:
        groups = key.split("-")
        # Five groups a line, so no group is broken over two lines.
        self.key_label.setText("\n".join("-".join(groups[i : i + 5]) for i in range(0, len(groups), 5)))
        self.stored.setChecked(False)

    def forget_key(self) -> None:
        self.key_label.clear()


class UnlockView(QWidget):
    submitted = Signal()
    recovery_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card, layout = _card(
            self.tr("Caseworker Desktop is locked"),
            self.tr("Type your passphrase to open your case files."),
        )
        self.passphrase = PassphraseField(with_meter=False)
        self.passphrase.edit.returnPressed.connect(self.submitted)
        layout.addWidget(self.passphrase)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setStyleSheet("background: #fff4ce; padding: 8px; border-radius: 4px;")
        self.demo_hint.hide()
        layout.addWidget(self.demo_hint)
        row = QHBoxLayout()
        self.recover_button = QPushButton(self.tr("Forgot your passphrase?"))
        self.recover_button.setFlat(True)
        self.recover_button.clicked.connect(self.recovery_requested)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submitted)
        row.addWidget(self.recover_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        page = QVBoxLayout(self)
        page.addWidget(card)

    def show_demo_passphrase(self, passphrase: str | None) -> None:
        if passphrase:
            self.demo_hint.setText(
                self.tr("Demo profile with fictional cases. Passphrase: %1").replace("%1", passphrase)
            )
        self.demo_hint.setVisible(bool(passphrase))


class RecoveryView(QWidget):
    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card, layout = _card(
            self.tr("Reset your passphrase"),
            self.tr(
                "Type the recovery key you printed or saved when you set up this profile, and choose a "
                "new passphrase. Your case files stay as they are."
            ),
        )
        form = QFormLayout()
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("ABCD-EFGH-…")
        self.passphrase = PassphraseField(with_meter=True)
        self.repeat = PassphraseField(with_meter=False)
        self.errors: dict[str, ErrorLabel] = {}
        for key, label, field in (
            ("recovery_key", self.tr("Recovery key"), self.recovery_key),
            ("passphrase", self.tr("New passphrase"), self.passphrase),
            ("repeat", self.tr("Repeat new passphrase"), self.repeat),
        ):
            box, error = with_error(field)
            self.errors[key] = error
            form.addRow(label, box)
        layout.addLayout(form)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.cancelled)
        self.reset_button = QPushButton(self.tr("Reset passphrase"))
        self.reset_button.setDefault(True)
        self.reset_button.clicked.connect(self.submitted)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        page = QVBoxLayout(self)
        page.addWidget(card)

    def clear_secrets(self) -> None:
        self.recovery_key.clear()
        self.passphrase.clear()
        self.repeat.clear()
