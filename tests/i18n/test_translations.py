"""Dutch must be complete and faithful: every source string translated, placeholders intact,
the catalogue current with the code, and the compiled .qm built from the committed .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from caseworker_desktop.i18n import catalogue_path, resources_dir

ROOT = Path(__file__).resolve().parents[2]
TS = resources_dir() / "i18n" / "caseworker_nl.ts"
PLACEHOLDER = re.compile(r"%\d")


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def test_every_message_is_translated() -> None:
    missing = []
    for context, source, message in messages(TS):
        translation = message.find("translation")
        assert translation is not None
        # A count-dependent message holds one form per plural instead of a plain text.
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            f.strip() for f in forms
        ):
            missing.append(f"{context}: {source}")
    assert missing == []


def test_placeholders_and_accelerators_survive_translation() -> None:
    broken = []
    for context, source, message in messages(TS):
        text = message.findtext("translation") or ""
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            broken.append(f"{context}: {source!r} -> {text!r}")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            broken.append(f"accelerator {context}: {source!r} -> {text!r}")
    assert broken == []


def test_catalogue_is_current_with_the_code(tmp_path: Path) -> None:
    """Running lupdate over the sources finds no string the catalogue lacks."""
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "caseworker_desktop").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    before = {(c, s) for c, s, _ in messages(TS)}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert after - before == set(), "strings in the code that the catalogue lacks: run lupdate"
    assert before - after == set(), "strings in the catalogue no longer in the code: run lupdate"


def test_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == catalogue_path("nl").read_bytes(), "run lrelease"


@pytest.mark.parametrize(
    ("context", "source", "expected"),
    [("MainWindow", "&Lock", "&Vergrendelen"), ("Labels", "Rent arrears", "Huurachterstal")],
)
def test_translator_serves_dutch(qapp, context: str, source: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(catalogue_path("nl")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate(context, source) == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_screens_come_up_in_dutch(qtbot, profiles) -> None:  # type: ignore[no-untyped-def]
    """Widget tr() contexts match the catalogue (class names), so whole screens are Dutch."""
    from caseworker_desktop.ui.main_window import MainWindow

    translator = QTranslator()
    assert translator.load(str(catalogue_path("nl")))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(profiles)
        qtbot.addWidget(window)
        assert window.setup_view.create_button.text() == "Profiel aanmaken"
        assert window.unlock_view.unlock_button.text() == "Ontgrendelen"
        assert (
            window.caseload_model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            == "Cliënt"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
