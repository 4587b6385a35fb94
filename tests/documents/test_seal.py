"""The organisation seal: a sealed PDF verifies, and no changed byte anywhere passes for unaltered."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from caseworker_desktop.documents.seal import (
    AgreementTag,
    OrganisationKey,
    SealCheck,
    create_organisation_key,
    parse_agreement_tag,
    seal_pdf,
    verify_pdf,
)

PROFILE_ID = "0b7f9a52-3c1d-4e8f-9a6b-2d4c8e1f5a37"
TAG = (
    "cwd-agreement/1 id=5e0c8f3a-9b2d-4c71-8e6f-1a2b3c4d5e6f version=2 party=landlord "
    f"hash={'3f' * 32} code=ABCD-EFGH-JK23 case=2026-LAP1-0007"
)
PAGE_TEXT = "Afsprakennota tussen huurder en verhuurder"


def make_pdf(keywords: str = TAG, pages: int = 3) -> bytes:
    buffer = BytesIO()
    # Uncompressed so the test can find (and change) a byte of the page text.
    canvas = Canvas(buffer, pageCompression=0)
    canvas.setKeywords(keywords)
    canvas.setTitle("Overeenkomst")
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 760, f"{PAGE_TEXT} - pagina {page}")
        canvas.drawString(72, 740, "De huurder betaalt de achterstand af in 12 maanden.")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_organisation_key("CAW Oost-Vlaanderen", PROFILE_ID, datetime.now(UTC))


@pytest.fixture(scope="module")
def other_key() -> OrganisationKey:
    return create_organisation_key("CAW Elders", "9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", datetime.now(UTC))


@pytest.fixture(scope="module")
def sealed(key: OrganisationKey) -> bytes:
    return seal_pdf(make_pdf(), key, reason="Overeenkomst versie 2", location="Gent", contact="CAW")


def changed(pdf: bytes, position: int) -> bytes:
    data = bytearray(pdf)
    # Swapping hex digit case keeps the value; every other change alters it. Both must be caught.
    data[position] = ord("a") if data[position] != ord("a") else ord("b")
    return bytes(data)


def hole(pdf: bytes) -> tuple[int, int]:
    """Where the signature's hex /Contents sits: the one range the digest skips."""
    match = re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+\d+\s*\]", pdf)
    assert match is not None
    return int(match.group(1)), int(match.group(2))


# --- the key ------------------------------------------------------------------------------------------


def test_organisation_key_is_a_self_signed_rsa_3072_seal_certificate(key: OrganisationKey) -> None:
    certificate = x509.load_pem_x509_certificate(key.certificate_pem)
    private = serialization.load_pem_private_key(key.private_key_pem, password=None)
    assert isinstance(private, rsa.RSAPrivateKey)
    assert private.key_size == 3072
    assert certificate.issuer == certificate.subject
    subject = certificate.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "CAW Oost-Vlaanderen"
    assert subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "CAW Oost-Vlaanderen"
    assert subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == PROFILE_ID
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    assert certificate.not_valid_after_utc - certificate.not_valid_before_utc > timedelta(days=30 * 365)
    assert certificate.not_valid_before_utc < datetime.now(UTC)


def test_organisation_key_without_organisation_or_with_a_long_name() -> None:
    plain = create_organisation_key("", PROFILE_ID, datetime(2026, 11, 24, 10, 0))
    subject = x509.load_pem_x509_certificate(plain.certificate_pem).subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Caseworker Desktop"
    assert subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME) == []
    long_name = "Centrum Algemeen Welzijnswerk " * 4
    made = create_organisation_key(long_name, "profiel met é", datetime(2026, 11, 24, 10, 0))
    subject = x509.load_pem_x509_certificate(made.certificate_pem).subject
    assert len(subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value) == 64
    assert subject.get_attributes_for_oid(NameOID.USER_ID)[0].value == "profiel met é"


# --- sealing and the good case ------------------------------------------------------------------------


def test_sealed_pdf_verifies_and_carries_its_signed_keywords(key: OrganisationKey, sealed: bytes) -> None:
    check = verify_pdf(sealed, key.certificate_pem)
    assert check.ok, check
    assert check.problem == ""
    assert check.keywords == TAG
    assert check.signed_at is not None
    assert abs(check.signed_at - datetime.now(UTC)) < timedelta(minutes=10)


def test_sealed_pdf_is_still_a_readable_pdf_with_the_same_pages(sealed: bytes) -> None:
    reader = PdfReader(BytesIO(sealed))
    assert len(reader.pages) == 3
    assert PAGE_TEXT in reader.pages[2].extract_text()
    assert reader.metadata is not None and reader.metadata.get("/Keywords") == TAG
    fields = reader.get_fields() or {}
    assert fields["OrganisationSeal"]["/FT"] == "/Sig"


def test_sealing_twice_gives_two_independently_valid_files(key: OrganisationKey) -> None:
    pdf = make_pdf()
    first = seal_pdf(pdf, key, reason="r", location="l")
    second = seal_pdf(pdf, key, reason="r", location="l")
    assert verify_pdf(first, key.certificate_pem).ok
    assert verify_pdf(second, key.certificate_pem).ok


# --- changed bytes ------------------------------------------------------------------------------------


def positions_to_change(pdf: bytes) -> dict[str, int]:
    start, end = hole(pdf)
    contents = pdf[start + 1 : end - 1]
    der_hex_end = len(contents.rstrip(b"0"))
    return {
        "header": 5,
        "page text": pdf.index(PAGE_TEXT.encode()) + 3,
        "keywords": pdf.index(b"version=2") + len(b"version="),
        "byte range": pdf.index(b"/ByteRange") + 12,
        "signature hex start": start + 1,
        # sha256 OID in the CMS digestAlgorithms set: unsigned, and ignored by validators
        "cms envelope": start + 1 + contents.index(b"608648016503040201") + 4,
        "signature hex middle": start + 1 + der_hex_end // 2,
        "signature value": start + 1 + der_hex_end - 10,
        "signature padding": start + 1 + der_hex_end + 40,
        "closing bracket": end - 1,
        "startxref": pdf.rindex(b"startxref") + 11,
        "near the end": len(pdf) - 3,
        "last byte": len(pdf) - 1,
    }


@pytest.mark.parametrize(
    "where",
    [
        "header",
        "page text",
        "keywords",
        "byte range",
        "signature hex start",
        "cms envelope",
        "signature hex middle",
        "signature value",
        "signature padding",
        "closing bracket",
        "startxref",
        "near the end",
        "last byte",
    ],
)
def test_one_changed_byte_is_never_ok(key: OrganisationKey, sealed: bytes, where: str) -> None:
    position = positions_to_change(sealed)[where]
    check = verify_pdf(changed(sealed, position), key.certificate_pem)
    assert not check.ok
    assert check.problem in {"altered", "not_pdf"}
    assert check.keywords == ""


def test_a_lower_cased_hex_digit_in_the_signature_is_caught(key: OrganisationKey, sealed: bytes) -> None:
    start, end = hole(sealed)
    letter = re.search(rb"[A-F]", sealed[start:end])
    assert letter is not None
    data = bytearray(sealed)
    data[start + letter.start()] = data[start + letter.start()] + 0x20
    check = verify_pdf(bytes(data), key.certificate_pem)
    assert not check.ok and check.problem == "altered"


@settings(max_examples=40, deadline=None)
@given(fraction=st.floats(min_value=0, max_value=1, exclude_max=True), delta=st.integers(1, 255))
def test_property_no_single_changed_byte_verifies(
    key: OrganisationKey, sealed: bytes, fraction: float, delta: int
) -> None:
    position = int(fraction * len(sealed))
    data = bytearray(sealed)
    data[position] = (data[position] + delta) % 256
    check = verify_pdf(bytes(data), key.certificate_pem)
    assert not check.ok
    assert isinstance(check, SealCheck)


# --- later updates, other keys, no seal ---------------------------------------------------------------


def append_update(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object()
    info["/Keywords"] = generic.TextStringObject(TAG.replace("version=2", "version=9"))
    writer.mark_update(info_ref)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_incremental_update_after_sealing_is_refused(key: OrganisationKey, sealed: bytes) -> None:
    updated = append_update(sealed)
    assert updated.startswith(sealed)
    check = verify_pdf(updated, key.certificate_pem)
    assert not check.ok
    assert check.problem == "added_after_signing"
    assert check.intact and check.signed_by_key and not check.whole_file
    # what was sealed, not what was added
    assert check.keywords == TAG
    assert PdfReader(BytesIO(updated)).metadata["/Keywords"].endswith("case=2026-LAP1-0007")


def test_appended_garbage_is_refused(key: OrganisationKey, sealed: bytes) -> None:
    assert not verify_pdf(sealed + b"\n% just a comment\n", key.certificate_pem).ok


def test_a_pdf_sealed_by_another_key_is_not_ours(key: OrganisationKey, other_key: OrganisationKey) -> None:
    foreign = seal_pdf(make_pdf(), other_key, reason="r", location="l")
    check = verify_pdf(foreign, key.certificate_pem)
    assert not check.ok
    assert check.problem == "other_signer"
    assert check.intact and not check.signed_by_key
    assert check.keywords == "" and check.signed_at is None
    assert verify_pdf(foreign, other_key.certificate_pem).ok


def test_an_unsealed_pdf_has_no_signature(key: OrganisationKey) -> None:
    check = verify_pdf(make_pdf(), key.certificate_pem)
    assert not check.ok and check.problem == "no_signature"


@pytest.mark.parametrize(
    "data",
    [b"", b"hello", b"\x00" * 5000, b"%PDF-1.7\n", b"%PDF-1.4\n%garbage\n1 0 obj\n<<", b"PK\x03\x04zip"],
)
def test_garbage_is_answered_not_raised(key: OrganisationKey, data: bytes) -> None:
    check = verify_pdf(data, key.certificate_pem)
    assert not check.ok
    assert check.problem in {"not_pdf", "altered", "no_signature"}


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_truncated_copies_are_refused(key: OrganisationKey, sealed: bytes, fraction: float) -> None:
    check = verify_pdf(sealed[: int(len(sealed) * fraction)], key.certificate_pem)
    assert not check.ok
    assert check.problem == "altered"


def test_an_unusable_certificate_is_the_callers_problem(sealed: bytes) -> None:
    assert verify_pdf(sealed, b"not a certificate").problem == "bad_certificate"
    assert verify_pdf(sealed, b"").problem == "bad_certificate"


def test_verifying_is_silent(
    key: OrganisationKey, other_key: OrganisationKey, capsys: pytest.CaptureFixture[str]
) -> None:
    # pyHanko logs refusals with tracebacks and certificate subjects; none of that may leak out.
    foreign = seal_pdf(make_pdf(), other_key, reason="r", location="l")
    verify_pdf(foreign, key.certificate_pem)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


# --- the agreement tag --------------------------------------------------------------------------------


def test_agreement_tag_is_parsed() -> None:
    assert parse_agreement_tag(TAG) == AgreementTag(
        agreement_id="5e0c8f3a-9b2d-4c71-8e6f-1a2b3c4d5e6f",
        version=2,
        party="landlord",
        content_hash="3f" * 32,
        code="ABCD-EFGH-JK23",
        case_number="2026-LAP1-0007",
    )


def test_agreement_tag_tolerates_unknown_keys_in_any_order() -> None:
    words = TAG.split()
    shuffled = " ".join([words[0], "lang=nl", *reversed(words[1:]), "future=yes"])
    tag = parse_agreement_tag(shuffled)
    assert tag is not None and tag.version == 2 and tag.case_number == "2026-LAP1-0007"


@pytest.mark.parametrize(
    "keywords",
    [
        "",
        "cwd-agreement/2" + TAG.removeprefix("cwd-agreement/1"),
        "x" + TAG,
        TAG.replace("version=2", "version=two"),
        TAG.replace("version=2", "version=0"),
        TAG.replace("party=landlord", "party=neighbour"),
        TAG.replace("hash=" + "3f" * 32, "hash=" + "3f" * 31),
        TAG.replace("code=ABCD-EFGH-JK23", "code=ABCD-EFGH"),
        TAG.replace("id=5e0c8f3a", "id=5e0c8f3"),
        TAG.replace(" case=2026-LAP1-0007", ""),
        TAG + " version=3",
        TAG + " stray",
    ],
)
def test_agreement_tag_is_strict_on_prefix_and_required_keys(keywords: str) -> None:
    assert parse_agreement_tag(keywords) is None
