"""The organisation's letterhead: the logo and the address lines printed at the top of every document.

Nothing is stored until Save: choosing a logo only shows it here, so Cancel leaves the documents as
they were.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import Issue, RuleViolation
from caseworker_desktop.services.settings import LOGO_MAX_BYTES
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.form_support import ErrorLabel

MAX_LINES = 4
# What the settings service keeps of all lines together; longer text would be cut off silently.
MAX_LINES_CHARS = 600
PREVIEW_WIDTH, PREVIEW_HEIGHT = 320, 120
_IMAGE_FORMATS = (b"png", b"jpeg")


def _image_format(data: bytes) -> bytes | None:
    """The format Qt recognises from the content (not the file name), or None when it cannot decode it."""
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    found = bytes(reader.format().data())
    image = reader.read()
    return found if not image.isNull() else None


class LetterheadDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = workspace.settings
        self.setWindowTitle(self.tr("Organisation letterhead"))
        self._saved_logo = self.settings.organisation_logo()
        self._saved_lines = self.settings.organisation_lines()
        self.logo: bytes | None = self._saved_logo

        intro = QLabel(
            self.tr(
                "Every letter, agreement and plan you print or save starts with your organisation's "
                "name, this logo and these lines."
            )
        )
        intro.setWordWrap(True)

        self.logo_preview = QLabel()
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFixedSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose logo…"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove logo"))
        self.remove_button.clicked.connect(self.remove_logo)
        logo_hint = QLabel(
            self.tr("A PNG or JPEG picture of at most %1 MB.").replace("%1", str(LOGO_MAX_BYTES // 1_000_000))
        )
        logo_hint.setWordWrap(True)
        logo_hint.setStyleSheet("color: #555;")
        self.logo_error = ErrorLabel()
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.remove_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_box = QGroupBox(self.tr("Logo"))
        logo_layout = QVBoxLayout(logo_box)
        logo_layout.addLayout(logo_row)
        logo_layout.addWidget(logo_hint)
        logo_layout.addWidget(self.logo_error)

        self.lines = QPlainTextEdit()
        self.lines.setPlainText("\n".join(self._saved_lines))
        self.lines.setTabChangesFocus(True)
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.lines.setFixedHeight(self.lines.fontMetrics().lineSpacing() * (MAX_LINES + 1) + 16)
        self.lines.setPlaceholderText(self.tr("Kerkstraat 1, 9000 Gent\nTel. 09 123 45 67"))
        lines_hint = QLabel(
            self.tr("One per line, at most %1 lines, for example the address and the phone number.").replace(
                "%1", str(MAX_LINES)
            )
        )
        lines_hint.setWordWrap(True)
        lines_hint.setStyleSheet("color: #555;")
        self.lines_error = ErrorLabel()
        lines_box = QGroupBox(self.tr("Address and phone lines under the name"))
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addWidget(self.lines)
        lines_layout.addWidget(lines_hint)
        lines_layout.addWidget(self.lines_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(logo_box)
        layout.addWidget(lines_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._show_logo()

    # --- the logo ---------------------------------------------------------------------------------
    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo is not None:
            pixmap.loadFromData(self.logo)
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo: documents show a plain house mark."))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_WIDTH,
                    PREVIEW_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_button.setEnabled(self.logo is not None)

    def _ask_logo_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        return path or None

    def _issue_text(self, issue: Issue) -> str:
        # The settings service names these two; labels.py does not know them.
        if issue.code == "logo_too_large":
            limit = issue.params.get("limit_kb", LOGO_MAX_BYTES // 1000)
            return self.tr(
                "This picture is larger than %1 kB. Choose a smaller file, or save the logo "
                "smaller in a picture editor."
            ).replace("%1", str(limit))
        if issue.code == "logo_not_an_image":
            return self.tr("This file is not a PNG or JPEG picture. Choose a PNG or JPEG file.")
        return self.tr("This logo cannot be used.")

    def choose_logo(self) -> bool:
        path = self._ask_logo_path()
        if not path:
            return False
        try:
            with open(path, "rb") as handle:
                # One byte past the limit is enough to know it is too large, without reading a huge file.
                data = handle.read(LOGO_MAX_BYTES + 1)
        except OSError as error:
            self._show_error(
                self.logo_error,
                self.tr("This file could not be read: %1").replace("%1", error.strerror or str(error)),
            )
            return False
        if len(data) > LOGO_MAX_BYTES:
            self._show_error(
                self.logo_error,
                self._issue_text(Issue("logo_too_large", {"limit_kb": LOGO_MAX_BYTES // 1000})),
            )
            return False
        if _image_format(data) not in _IMAGE_FORMATS:
            self._show_error(self.logo_error, self._issue_text(Issue("logo_not_an_image")))
            return False
        self.logo_error.show_text("")
        self.logo = data
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self.logo_error.show_text("")
        self._show_logo()

    def _show_error(self, label: ErrorLabel, text: str) -> None:
        label.show_text(text)
        # Wrapped labels make the layout's own minimum too small: without this the new line would be
        # squeezed on top of the hint above it instead of the dialog growing.
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = max(self.sizeHint().height(), layout.totalHeightForWidth(self.width()))
        if self.height() < needed:
            self.resize(self.width(), needed)

    # --- saving -----------------------------------------------------------------------------------------
    def typed_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.lines.toPlainText().splitlines() if line.strip())

    def save(self) -> bool:
        lines = self.typed_lines()
        if len(lines) > MAX_LINES:
            self._show_error(
                self.lines_error,
                self.tr("At most %1 lines fit under the name; you typed %2.")
                .replace("%1", str(MAX_LINES))
                .replace("%2", str(len(lines))),
            )
            self.lines.setFocus()
            return False
        if len("\n".join(lines)) > MAX_LINES_CHARS:
            self._show_error(
                self.lines_error,
                self.tr("These lines are too long (at most %1 characters together).").replace(
                    "%1", str(MAX_LINES_CHARS)
                ),
            )
            self.lines.setFocus()
            return False
        self.lines_error.show_text("")
        if self.logo != self._saved_logo:
            try:
                self.settings.set_organisation_logo(self.logo)
            except RuleViolation as violation:
                self._show_error(self.logo_error, self._issue_text(violation.issue))
                return False
            self._saved_logo = self.logo
        if lines != self._saved_lines:
            self.settings.set_organisation_lines(lines)
            self._saved_lines = lines
        self.accept()
        return True
