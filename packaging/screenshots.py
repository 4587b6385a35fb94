"""Render the README screenshots from the demo profile: python packaging/screenshots.py OUTDIR [--lang nl].

Drives the real window (offscreen or under Xvfb) and saves what it paints; only fictional demo data
is ever on screen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from caseworker_desktop import i18n
from caseworker_desktop.app import ensure_demo_profile, profile_root
from caseworker_desktop.services.demo_team import ensure_team_demo_profile
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.ui.main_window import MainWindow
from caseworker_desktop.ui.team_view import CHARTS_TAB, FIGURES_TAB


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _case_with_agreement(window: MainWindow) -> str | None:
    """A running demo case whose agreement waits for a signature, or else one in force."""
    workspace = window.workspace
    assert workspace is not None
    model = window.caseload_model
    best = None
    for row in range(model.rowCount()):
        case_id = model.case_id(row)
        state = workspace.agreements.state(case_id)
        if state.latest is not None and state.latest.missing and not state.blocked:
            return case_id
        if state.in_force is not None:
            best = best or case_id
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translators = i18n.install(app, args.lang)
    root = profile_root(Path(tempfile.mkdtemp()), demo=True)
    passphrase = ensure_demo_profile(root)
    window = MainWindow(ProfileService(root), demo_passphrase=passphrase)
    window.resize(1366, 768)
    window.show()
    settle(app)
    window.grab().save(str(args.outdir / f"unlock-{args.lang}.png"))
    window.unlock_view.passphrase.edit.setText(passphrase)
    window.unlock_view.unlock_button.click()
    settle(app)
    window.grab().save(str(args.outdir / f"caseload-{args.lang}.png"))
    model = window.caseload_model
    window.open_case(model.case_id(0))
    settle(app)
    window.grab().save(str(args.outdir / f"case-{args.lang}.png"))
    agreement_case = _case_with_agreement(window)
    if agreement_case is not None:
        case_window = window.open_case(agreement_case)
        assert case_window is not None
        panel = case_window.show_panel("agreement")
        settle(app)
        window.grab().save(str(args.outdir / f"agreement-{args.lang}.png"))
        panel.copy_buttons["landlord"].click()
        settle(app)
        if panel.preview is not None:
            panel.preview.resize(900, 760)
            QTest.qWait(1500)  # QtPdf renders pages in the background
            panel.preview.grab().save(str(args.outdir / f"agreement-preview-{args.lang}.png"))
            panel.preview.close()
    case_tab = window.new_referral()
    assert case_tab is not None
    form = case_tab.referral
    form.first_name.setText("Jan")
    form.postcode.setText("90")
    form.email.setText("jan@")
    form.save()
    settle(app)
    window.grab().save(str(args.outdir / f"referral-errors-{args.lang}.png"))
    window.open_directory()
    settle(app)
    window.grab().save(str(args.outdir / f"partners-{args.lang}.png"))
    window.lock()
    _team_leader(args.outdir, args.lang)
    del translators
    return 0


def _team_leader(outdir: Path, lang: str) -> None:
    """The team leader's desk on the team demo: the review with one number clicked, the figures."""
    root = profile_root(Path(tempfile.mkdtemp()), demo=True, team_leader=True)
    passphrase = ensure_team_demo_profile(root)
    window = MainWindow(ProfileService(root), demo_passphrase=passphrase)
    window.resize(1366, 800)
    window.show()
    window.unlock_view.passphrase.edit.setText(passphrase)
    window.unlock_view.unlock_button.click()
    QTest.qWait(500)
    view = window.show_team_view()
    assert view is not None
    for _ in range(100):  # the facts are read off the GUI thread
        if view.snapshot is not None and view.snapshot.counts_from is None:
            break
        QTest.qWait(100)
    running = view.review.model.index(0, 1)
    view.review.table.setCurrentIndex(running)
    view.review.table.clicked.emit(running)
    QTest.qWait(300)
    window.grab().save(str(outdir / f"team-review-{lang}.png"))
    view.tabs.setCurrentIndex(FIGURES_TAB)
    QTest.qWait(300)
    window.grab().save(str(outdir / f"team-figures-{lang}.png"))
    view.tabs.setCurrentIndex(CHARTS_TAB)
    QTest.qWait(500)
    window.grab().save(str(outdir / f"team-charts-{lang}.png"))
    window.lock()


if __name__ == "__main__":
    raise SystemExit(main())
