"""A passphrase entry with show/hide and a live strength meter (zxcvbn, via the domain)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from caseworker_desktop.domain.passphrase import MAX_LENGTH, assess
from caseworker_desktop.ui.labels import issue_text


class PassphraseField(QWidget):
    changed = Signal(str)

    def __init__(self, *, with_meter: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(MAX_LENGTH)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.toggled.connect(self._toggle_echo)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.meter: QProgressBar | None = None
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        if with_meter:
            self.meter = QProgressBar()
            self.meter.setRange(0, 4)
            self.meter.setTextVisible(True)
            self.meter.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.meter.setFormat("")
            self.meter.hide()
            layout.addWidget(self.meter)
            layout.addWidget(self.advice)
        self.hints: tuple[str, ...] = ()
        self.edit.textChanged.connect(self._on_text)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def _on_text(self, text: str) -> None:
        if self.meter is not None:
            self._update_meter(text)
        self.changed.emit(text)

    def _update_meter(self, text: str) -> None:
        assert self.meter is not None
        self.meter.setVisible(bool(text))
        if not text:
            self.advice.clear()
            return
        strength = assess(text, self.hints)
        words = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        verdict = {
            "passphrase_too_short": self.tr("Too short"),
            "passphrase_too_long": self.tr("Too long"),
            "passphrase_guessable": self.tr("Too easy to guess"),
        }
        # A refused passphrase is never labelled "strong", whatever its score.
        label = verdict.get(strength.problem.code, "") if strength.problem else words[strength.score]
        self.meter.setValue(strength.score if strength.acceptable else min(strength.score, 1))
        self.meter.setFormat(label)
        colour = "#b3261e" if not strength.acceptable else "#2e7d32"
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.advice.setStyleSheet(f"color: {colour};")
        self.advice.setText(
            issue_text(strength.problem)
            if strength.problem
            else self.tr("Good: this passphrase is accepted.")
        )
