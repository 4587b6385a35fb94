"""Three-way merge of one record's fields, for a pulled change that meets pending local edits.

A field changed on one side only takes that side's value. A field changed on both sides to different
values is a conflict: the local value stays until the user chooses, the remote one is kept beside it.
Nothing is merged inside a value, so a narrative text is never stitched together from two versions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Bookkeeping that each side sets for itself; never compared or merged.
BOOKKEEPING = frozenset({"version", "updated_at", "author", "created_at"})


@dataclass(frozen=True)
class FieldConflict:
    field: str
    local: Any
    remote: Any


@dataclass(frozen=True)
class Merged:
    values: dict[str, Any]
    conflicts: tuple[FieldConflict, ...]

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge(base: Mapping[str, Any], local: Mapping[str, Any], remote: Mapping[str, Any]) -> Merged:
    values: dict[str, Any] = dict(remote)
    conflicts = []
    for name in _fields(base, local, remote):
        if name in BOOKKEEPING:
            continue
        mine, theirs, before = local.get(name), remote.get(name), base.get(name)
        if mine in (theirs, before):
            values[name] = theirs
        elif theirs == before:
            values[name] = mine
        else:
            values[name] = mine
            conflicts.append(FieldConflict(name, mine, theirs))
    return Merged(values, tuple(conflicts))


def _fields(*sides: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for side in sides:
        seen.update(dict.fromkeys(side))
    return list(seen)
