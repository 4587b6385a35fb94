"""The package list in pyproject.toml names every package in src/, so an installed app is whole."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_package_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts) for init in (ROOT / "src").rglob("__init__.py")
    }
    assert found <= listed
    assert config["package-dir"]["caseworker_desktop.resources"] == "resources"
    assert (ROOT / "resources" / "i18n" / "caseworker_nl.qm").exists()
