"""The codebase keeps its shape: ruff clean, strict mypy on the core, and the layering of DESIGN.md."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "caseworker_desktop"
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint_and_format() -> None:
    lint = _run(str(BIN / "ruff"), "check", "src", "tests")
    assert lint.returncode == 0, lint.stdout
    fmt = _run(str(BIN / "ruff"), "format", "--check", "src")
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_strict_on_domain_store_services() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "sqlcipher3",
        "httpx",
        "caseworker_desktop.store",
        "caseworker_desktop.services",
        "caseworker_desktop.ui",
    ),
    "store": ("PySide6", "caseworker_desktop.services", "caseworker_desktop.ui"),
    "services": ("PySide6", "caseworker_desktop.ui"),
    "ui": ("caseworker_desktop.store", "sqlalchemy", "sqlcipher3"),
    "documents": ("PySide6", "caseworker_desktop.store", "sqlalchemy"),
    "sync": ("PySide6", "caseworker_desktop.ui", "caseworker_desktop.services", "caseworker_desktop.server"),
    "server": (
        "PySide6",
        "caseworker_desktop.store",
        "caseworker_desktop.services",
        "caseworker_desktop.ui",
        "caseworker_desktop.domain",
    ),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_import_only_downwards(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            if name.startswith(FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []
