"""The server writes push answers and pull pages as JSON by hand, for speed; what it writes must be
what the protocol models would write, for any ids, kinds, authors and bytes."""

from __future__ import annotations

import json
from datetime import datetime
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker_desktop.protocol import MutationResult, MutationStatus, PullPage
from caseworker_desktop.server.records import _WRITTEN, _accepted_json, _page_json, envelope_message

texts = st.text(max_size=30)
ids = st.text(min_size=1, max_size=30)
rows = st.builds(
    SimpleNamespace,
    team_id=ids,
    record_id=ids,
    kind=ids,
    case_id=st.none() | texts,
    version=st.integers(min_value=1, max_value=2**40),
    seq=st.integers(min_value=1, max_value=2**40),
    deleted=st.booleans(),
    author=texts,
    device_id=texts,
    ciphertext=st.binary(max_size=60),
    updated_at=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
)


@settings(max_examples=200, deadline=None)
@given(
    page=st.lists(rows, max_size=6, unique_by=lambda row: (row.team_id, row.seq)),
    cursor=st.integers(min_value=0, max_value=2**40),
    more=st.booleans(),
)
def test_a_page_is_what_the_model_writes(page: list[SimpleNamespace], cursor: int, more: bool) -> None:
    # Rows of earlier examples may share a team and seq with these, which one database never holds.
    _WRITTEN.clear()
    model = PullPage(
        envelopes=[envelope_message(row) for row in page],
        cursor=cursor,
        more=more,
    )
    written = _page_json(page, cursor, more)
    assert PullPage.model_validate_json(written) == model
    assert json.loads(written) == json.loads(model.model_dump_json())


@settings(max_examples=200, deadline=None)
@given(mutation_id=ids, version=st.integers(min_value=1, max_value=2**40), seq=st.integers(min_value=1))
def test_an_acceptance_is_what_the_model_writes(mutation_id: str, version: int, seq: int) -> None:
    model = MutationResult(mutation_id=mutation_id, status=MutationStatus.ACCEPTED, version=version, seq=seq)
    assert json.loads(_accepted_json(mutation_id, version, seq)) == json.loads(model.model_dump_json())


def test_an_envelope_is_written_once_and_again_only_when_it_is_another_version() -> None:
    """Pages reuse what was written for an envelope (every laptop of a team pulls the same new ones);
    a row with the same team and seq but another record, version or moment is written afresh."""
    _WRITTEN.clear()
    row = SimpleNamespace(
        team_id="t",
        record_id="r",
        kind="contact",
        case_id=None,
        version=1,
        seq=7,
        deleted=False,
        author="w",
        device_id="d",
        ciphertext=b"one",
        updated_at=datetime(2026, 11, 24, 9, 0),
    )
    first = _page_json([row], 7, False)
    assert len(_WRITTEN) == 1
    assert _page_json([row], 7, False) == first and len(_WRITTEN) == 1
    restored = SimpleNamespace(**{**vars(row), "version": 2, "ciphertext": b"two"})
    again = json.loads(_page_json([restored], 7, False))
    assert again["envelopes"][0]["version"] == 2 and len(_WRITTEN) == 2
