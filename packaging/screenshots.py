"""Render the README screenshots from the demo profile: python packaging/screenshots.py OUTDIR [--lang nl].

Drives the real window (offscreen or under Xvfb) and saves what it paints; only fictional demo data
is ever on screen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from caseworker_desktop import i18n
from caseworker_desktop.app import ensure_demo_profile, profile_root
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.ui.main_window import MainWindow


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


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
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
