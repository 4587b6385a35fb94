"""The three-way merge, as properties over generated records."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.domain.merge import merge

FIELDS = ("summary", "on", "kind", "deleted", "amount")
values = st.one_of(st.none(), st.integers(-3, 3), st.sampled_from(["a", "b", "lange tekst"]), st.booleans())
records = st.fixed_dictionaries({name: values for name in FIELDS})


@given(records, records, records)
def test_one_sided_changes_win_and_two_sided_ones_are_conflicts(base, local, remote) -> None:  # type: ignore[no-untyped-def]
    result = merge(base, local, remote)
    conflicted = {c.field for c in result.conflicts}
    for name in FIELDS:
        if local[name] == base[name]:
            assert result.values[name] == remote[name] and name not in conflicted
        elif remote[name] == base[name] or remote[name] == local[name]:
            assert result.values[name] == local[name] and name not in conflicted
        else:
            assert name in conflicted and result.values[name] == local[name]


@given(records, records)
def test_merging_is_idempotent_and_symmetric_in_what_conflicts(base, other) -> None:  # type: ignore[no-untyped-def]
    assert merge(base, other, other).clean and merge(base, other, other).values == other
    left = {c.field for c in merge(base, other, base).conflicts}
    assert left == set()


def test_narrative_text_changed_on_both_sides_is_never_stitched() -> None:
    base = {"summary": "Huisbezoek gepland.", "version": 1}
    local = {"summary": "Huisbezoek gepland. Huurder was thuis.", "version": 2}
    remote = {"summary": "Huisbezoek gepland. Verhuurder belde.", "version": 2}
    result = merge(base, local, remote)
    assert [c.field for c in result.conflicts] == ["summary"]
    assert result.values["summary"] == local["summary"]
