"""The agreement's PDF copies: one per party, sealed, checkable by any reader and by `verify`."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from caseworker_desktop import verify_cli
from caseworker_desktop.documents.seal import parse_agreement_tag, verify_pdf
from caseworker_desktop.domain.agreement import SignMethod
from caseworker_desktop.services.agreements import NewSignature
from caseworker_desktop.services.workspace import Workspace
from tests.agreements.agreement_support import TINY_PNG, agreed_case, sign_all
from tests.support import PASSPHRASE


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def images_in(pdf: bytes) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def signed(workspace: Workspace, landlord_id: str) -> str:
    case = agreed_case(workspace, landlord_id)
    return sign_all(workspace, workspace.agreements.prepare(case.case_id, "nl")).id


def test_each_party_gets_its_own_marked_copy_with_every_signature(workspace: Workspace, signed: str) -> None:
    certificate = workspace.seal.certificate()
    for party, marking in (
        ("tenant", "Exemplaar voor de huurder"),
        ("landlord", "Exemplaar voor de verhuurder"),
        ("counsellor", "Exemplaar voor de woonbegeleider"),
    ):
        pdf, ref = workspace.agreement_documents.copy(signed, party)
        assert ref.record_id == signed
        assert marking in text_of(pdf)
        assert images_in(pdf) == 3  # three signatures; no logo was set
        check = verify_pdf(pdf, certificate)
        assert check.ok
        tag = parse_agreement_tag(check.keywords)
        assert tag is not None and (tag.agreement_id, tag.version, tag.party) == (signed, 1, party)


def test_one_changed_byte_fails_the_seal_and_verify_command(
    workspace: Workspace, signed: str, profile_root: Path, tmp_path: Path
) -> None:
    pdf, _ = workspace.agreement_documents.copy(signed, "landlord")
    original = tmp_path / "copy.pdf"
    original.write_bytes(pdf)
    data_dir = profile_root.parent  # verify looks for <data dir>/profile/organisation-seal.pem
    assert (profile_root / "organisation-seal.pem").read_bytes() == workspace.seal.certificate()
    assert verify_cli.main([str(original), "--data-dir", str(data_dir), "--lang", "en"]) == 0

    text_at = pdf.index(b"stream") + 40  # a byte of the first page's content
    for position in (text_at, len(pdf) // 2, len(pdf) - 30):
        tampered = bytearray(pdf)
        tampered[position] ^= 0x01
        path = tmp_path / f"tampered-{position}.pdf"
        path.write_bytes(bytes(tampered))
        assert not verify_pdf(bytes(tampered), workspace.seal.certificate()).ok
        assert verify_cli.main([str(path), "--data-dir", str(data_dir)]) != 0


def test_a_draft_prints_as_a_copy_for_signing_and_paper_signatures_bring_their_scan(
    workspace: Workspace, landlord_id: str
) -> None:
    case = agreed_case(workspace, landlord_id)
    draft = workspace.agreements.prepare(case.case_id, "en")
    pdf, _ = workspace.agreement_documents.copy(draft.id, "landlord")
    assert "Copy for signing" in text_of(pdf) and images_in(pdf) == 0
    view = workspace.agreements.sign(
        draft.id,
        draft.shown_hash,
        NewSignature("landlord", "Els Wouters", "Gent", SignMethod.PAPER, TINY_PNG),
        PASSPHRASE,
    )
    pdf, _ = workspace.agreement_documents.copy(view.id, "landlord")
    text = text_of(pdf)
    assert "Signed on paper" in text and "Scan of the page signed on paper" in text
    assert images_in(pdf) == 1  # the scan, on a page of its own


def test_exports_and_prints_are_in_the_audit_trail(workspace: Workspace, signed: str) -> None:
    from sqlalchemy import select

    from caseworker_desktop.services.document_support import Output
    from caseworker_desktop.store.models import AuditEntry

    _, ref = workspace.agreement_documents.copy(signed, "tenant")
    workspace.document_support.record_output(ref, Output.SAVED)
    workspace.document_support.record_output(ref, Output.PRINTED)
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        actions = [
            e.action for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.record_id == signed))
        ]
    assert actions.count("export") == 1 and actions.count("print") == 1


def test_after_withdrawal_only_the_landlords_copy_is_refused(workspace: Workspace, landlord_id: str) -> None:
    from caseworker_desktop.domain.errors import RuleViolation
    from tests.trajectory.plan_support import withdraw_consent

    case = agreed_case(workspace, landlord_id)
    signed = sign_all(workspace, workspace.agreements.prepare(case.case_id, "nl"))
    withdraw_consent(workspace, case.consent_id, workspace.today())
    for party in ("landlord", "archive"):
        with pytest.raises(RuleViolation) as refused:
            workspace.agreement_documents.copy(signed.id, party)
        assert refused.value.issue.code == "landlord_consent_missing"
    for party in ("tenant", "counsellor"):
        pdf, _ = workspace.agreement_documents.copy(signed.id, party)
        assert verify_pdf(pdf, workspace.seal.certificate()).ok
