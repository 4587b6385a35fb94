"""The role this profile works in. A team leader gets the team view; on a profile that joined a team
server the server's team roles have to agree, so the setting alone opens nothing there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from caseworker_desktop.services.settings import ROLE_COUNSELLOR, ROLE_TEAM_LEADER
from caseworker_desktop.ui.team_labels import role_choice_label


class RoleDialog(QDialog):
    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Role"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("Which role do you have in the team?"))
        self.counsellor = QRadioButton(role_choice_label(ROLE_COUNSELLOR))
        self.team_leader = QRadioButton(role_choice_label(ROLE_TEAM_LEADER))
        (self.team_leader if role == ROLE_TEAM_LEADER else self.counsellor).setChecked(True)
        note = QLabel(
            self.tr(
                "A team leader sees the caseloads and figures of the whole team and can hand cases over. "
                "When this laptop syncs with a team server, the server must know you as team leader too."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.counsellor)
        layout.addWidget(self.team_leader)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def role(self) -> str:
        return ROLE_TEAM_LEADER if self.team_leader.isChecked() else ROLE_COUNSELLOR
