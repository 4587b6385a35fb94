"""Where the shipped resources (translations, fonts, document wording) are, without importing Qt."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """resources/ at the top of the checkout (editable install), or inside the installed package."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources directory not found next to the package")
