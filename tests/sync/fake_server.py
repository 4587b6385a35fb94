"""A server of one team in memory, with the protocol's semantics, for fast engine tests.

It behaves as the real server does for push and pull (compare-and-swap on the base version, a
per-team sequence, replays answered from memory) and can lose its answers to simulate a response that
never reached the laptop after the server committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from caseworker_desktop.protocol import (
    Envelope,
    MutationResult,
    MutationStatus,
    PullPage,
    PushRequest,
    PushResponse,
)
from caseworker_desktop.sync.engine import Transport


class LostResponse(Exception):
    """The server did the work; the answer never arrived."""


@dataclass
class FakeServer:
    envelopes: dict[str, Envelope] = field(default_factory=dict)
    log: list[Envelope] = field(default_factory=list)  # by seq
    results: dict[str, MutationResult] = field(default_factory=dict)
    seq: int = 0
    lose_next_answer: bool = False

    def transport(self, device_id: str, author: str) -> Transport:
        return _Device(self, device_id, author)

    def push(self, request: PushRequest, device_id: str, author: str) -> PushResponse:
        results = []
        for mutation in request.mutations:
            if mutation.mutation_id in self.results:
                results.append(self.results[mutation.mutation_id])
                continue
            current = self.envelopes.get(mutation.record_id)
            version = current.version if current else 0
            if version != mutation.base_version:
                results.append(
                    MutationResult(
                        mutation_id=mutation.mutation_id, status=MutationStatus.CONFLICT, current=current
                    )
                )
                continue
            self.seq += 1
            envelope = Envelope(
                record_id=mutation.record_id,
                kind=mutation.kind,
                case_id=mutation.case_id,
                version=version + 1,
                seq=self.seq,
                deleted=mutation.deleted,
                author=author,
                device_id=device_id,
                ciphertext=mutation.ciphertext,
                updated_at="2026-11-24T10:00:00",
            )
            self.envelopes[mutation.record_id] = envelope
            self.log.append(envelope)
            result = MutationResult(
                mutation_id=mutation.mutation_id,
                status=MutationStatus.ACCEPTED,
                version=version + 1,
                seq=self.seq,
            )
            self.results[mutation.mutation_id] = result
            results.append(result)
        if self.lose_next_answer:
            self.lose_next_answer = False
            raise LostResponse
        return PushResponse(results=results)

    def pull(self, after: int, limit: int) -> PullPage:
        # Only the newest state of each record is served: older seqs of a record were replaced.
        live = {e.record_id: e.seq for e in self.envelopes.values()}
        page = [e for e in self.log if e.seq > after and live.get(e.record_id) == e.seq][:limit]
        cursor = page[-1].seq if page else after
        more = any(e.seq > cursor and live.get(e.record_id) == e.seq for e in self.log)
        return PullPage(envelopes=page, cursor=cursor, more=more)


@dataclass
class _Device(Transport):
    server: FakeServer
    device_id: str
    author: str

    def push(self, request: PushRequest) -> PushResponse:
        return self.server.push(request, self.device_id, self.author)

    def pull(self, after: int, limit: int) -> PullPage:
        return self.server.pull(after, limit)
