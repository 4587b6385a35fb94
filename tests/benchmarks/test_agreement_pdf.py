"""Issue 4's figure: the agreement PDF with three signatures built in ≤ 300 ms, ≤ 1 s with the seal.

The signatures are real drawn ink (the demo's handwriting generator at the pad's size), so the PNGs
weigh what a counsellor's laptop would produce. Each copy is timed from the stored agreement: reading
it, laying it out, rendering, and (second figure) sealing it with the organisation's key.
"""

from __future__ import annotations

import random
import time

from caseworker_desktop.documents.render import render
from caseworker_desktop.domain.agreement import SignMethod
from caseworker_desktop.services.agreements import NewSignature
from caseworker_desktop.services.demo_agreements import scribble
from caseworker_desktop.services.workspace import Workspace
from tests.agreements.agreement_support import agreed_case
from tests.benchmarks.conftest import report
from tests.support import PASSPHRASE

RUNS = 15


def test_agreement_pdf_with_three_signatures(workspace: Workspace, landlord_id: str) -> None:
    case = agreed_case(workspace, landlord_id)
    view = workspace.agreements.prepare(case.case_id, "nl")
    rng = random.Random(4)
    for slot in view.missing:
        png, ink = scribble(rng)
        view = workspace.agreements.sign(
            view.id,
            view.shown_hash,
            NewSignature(slot.key, slot.name, "Gent", SignMethod.DRAWN, png, ink),
            PASSPHRASE,
        )
    documents = workspace.agreement_documents
    documents.copy(view.id, "landlord")  # fonts registered, seal key loaded: a warm application

    built, sealed = [], []
    for run in range(RUNS):
        party = ("tenant", "landlord", "counsellor")[run % 3]
        start = time.perf_counter()
        render(documents.document(view.id, party)[0])
        built.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        documents.copy(view.id, party)
        sealed.append((time.perf_counter() - start) * 1000)
    assert report("agreement PDF, 3 signatures, built", built, 300) <= 300
    assert report("agreement PDF, 3 signatures, built and sealed", sealed, 1000) <= 1000
