"""The agreement as PDF: one copy per party, printed from the stored (signed) text, sealed with the
organisation's key so any PDF reader shows whether the file was changed after it was made."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from caseworker_desktop.documents.model import (
    Block,
    Bullets,
    Document,
    Heading,
    Paragraph,
    ScanPage,
    SignatureBox,
    Signatures,
)
from caseworker_desktop.documents.render import render
from caseworker_desktop.documents.seal import seal_pdf
from caseworker_desktop.domain.agreement import AgreementStatus, BlockKind, Party, SignMethod, TextBlock
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.services.agreements import AgreementService, AgreementView, SignatureView
from caseworker_desktop.services.document_support import DocumentRef, DocumentSupport
from caseworker_desktop.services.seal import SealService

# A print for signing on paper is not yet anyone's copy.
ARCHIVE = "archive"


def agreement_tag(view: AgreementView, party: str) -> str:
    """Machine-readable and name-free; `caseworker-desktop verify` reads it back from a sealed copy."""
    content_hash = view.frozen_hash or view.shown_hash
    return (
        f"cwd-agreement/1 id={view.id} version={view.number} party={party} hash={content_hash} "
        f"code={view.verification_code} case={view.case_number}"
    )


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone()


def _text_blocks(blocks: tuple[TextBlock, ...]) -> Iterator[Block]:
    items: list[str] = []
    for block in blocks:
        if block.kind == BlockKind.ITEM:
            items.append(block.text)
            continue
        if items:
            yield Bullets(tuple(items))
            items = []
        if block.kind == BlockKind.HEADING:
            yield Heading(block.text)
        elif block.kind == BlockKind.PARAGRAPH and block.text:
            yield Paragraph(block.text)
    if items:
        yield Bullets(tuple(items))


class AgreementDocumentService:
    def __init__(self, agreements: AgreementService, support: DocumentSupport, seal: SealService) -> None:
        self._agreements = agreements
        self._support = support
        self._seal = seal

    def copy(self, agreement_id: str, party: Party | str) -> tuple[bytes, DocumentRef]:
        """The sealed copy for one party, or `ARCHIVE` for a print to be signed on paper."""
        document, view = self.document(agreement_id, party)
        common = self._support.common(view.language)
        sealed = seal_pdf(
            render(document),
            self._seal.key(),
            reason=str(common["signature"]["seal_reason"]).format(
                case_number=view.case_number, version=view.number
            ),
            location=document.letterhead.organisation,
        )
        return sealed, DocumentRef("agreement", view.id)

    def document(self, agreement_id: str, party: Party | str) -> tuple[Document, AgreementView]:
        """The copy's layout before rendering and sealing."""
        view = self._agreements.version(agreement_id)
        party_key = party.value if isinstance(party, Party) else party
        if party_key != ARCHIVE and view.status == AgreementStatus.DRAFT:
            party_key = ARCHIVE  # nobody signed: whatever is printed is a copy for signing
        # The landlord's copy and a copy to sign with the landlord go to the landlord: after a
        # withdrawal of the consent they are refused; the tenant's and the counsellor's stay available.
        if party_key in (Party.LANDLORD.value, ARCHIVE) and not self._agreements.landlord_may_receive(
            view.case_id
        ):
            raise RuleViolation("landlord_consent_missing")
        return self._document(view, party_key, self._support.common(view.language)), view

    def _document(self, view: AgreementView, party: str, common: dict[str, Any]) -> Document:
        blocks = view.blocks
        title = blocks[0].text if blocks and blocks[0].kind == BlockKind.TITLE else ""
        body = blocks[1:] if title else blocks
        wording = common["signature"]
        content: list[Block] = list(_text_blocks(body))
        content.append(Heading(str(wording["heading"])))
        content.append(
            Signatures(
                tuple(self._box(view, slot.key, slot.signer.value, slot.name, common) for slot in view.slots)
            )
        )
        roles = wording["roles"]
        for slot in view.slots:
            signature = view.signature_for(slot.key)
            if signature is not None and signature.method == SignMethod.PAPER:
                caption = str(wording["scan_caption"]).format(
                    role=roles[slot.signer.value], name=signature.name
                )
                content.append(ScanPage(caption, signature.image))
        return Document(
            title=title,
            letterhead=self._support.letterhead(),
            blocks=tuple(content),
            page_label=str(common["page_label"]),
            language=view.language,
            copy_for=str(common["copy_for"][party]),
            footer_note=str(wording["verification"]).format(code=view.verification_code, version=view.number),
            keywords=agreement_tag(view, party),
            author=self._support.letterhead().organisation,
        )

    def _box(
        self, view: AgreementView, slot_key: str, signer: str, name: str, common: dict[str, Any]
    ) -> SignatureBox:
        wording = common["signature"]
        role = str(wording["roles"][signer])
        signature: SignatureView | None = view.signature_for(slot_key)
        if signature is None:
            return SignatureBox(role, name, (), None, str(wording["not_signed"]))
        when = _local(signature.signed_at)
        moment = str(common["date_time"]).format(date=when.strftime("%d/%m/%Y"), time=when.strftime("%H:%M"))
        details = (str(wording["signed"]).format(place=signature.place, when=moment),)
        if signature.method == SignMethod.PAPER:
            return SignatureBox(role, signature.name, details, None, str(wording["on_paper"]))
        return SignatureBox(role, signature.name, details, signature.image)
