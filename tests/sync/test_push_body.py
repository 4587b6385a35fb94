"""The laptop writes push requests itself (push_body): the server must read exactly what the
protocol's models would have sent, whatever the ids, versions and texts."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.protocol import OutgoingMutation, PushRequest, push_body

_ID = st.text(min_size=1, max_size=64)
_MUTATION = st.builds(
    OutgoingMutation,
    mutation_id=_ID,
    record_id=_ID,
    kind=st.text(min_size=1, max_size=40),
    case_id=st.none() | st.text(max_size=64),
    base_version=st.integers(min_value=0, max_value=2**53),
    deleted=st.booleans(),
    ciphertext=st.text(),
)


@given(st.lists(_MUTATION, max_size=20))
def test_the_written_request_reads_as_the_models_request(mutations: list[OutgoingMutation]) -> None:
    expected = PushRequest(mutations=[mutation.message() for mutation in mutations])
    body = push_body(mutations)
    assert PushRequest.model_validate_json(body) == expected
    assert json.loads(body) == json.loads(expected.model_dump_json())
