"""The canary's search: marker strings, and every file under some folders scanned for them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

MARK = "Qzkanarie"  # unusual enough never to occur by chance


def marker(field: str) -> str:
    return f"{MARK}{field}"


def forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.casefold().encode("utf-8")]


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.exists():
            yield from (p for p in root.rglob("*") if p.is_file())


def leaks(*roots: Path) -> list[str]:
    found = []
    needles = forms(MARK)
    for path in files_under(*roots):
        data = path.read_bytes()
        if any(n in data for n in needles):
            found.append(str(path))
    return found
