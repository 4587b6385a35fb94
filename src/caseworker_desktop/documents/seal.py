"""Tamper evidence for the PDFs we hand out: an organisation seal (PAdES B-B) and its check.

The seal is a self-signed certificate kept per profile. It proves "this file left this profile's
laptop exactly like this", not a legal identity: there is no CA and, offline, no timestamp server.
Everything happens in memory; the private key never touches the disk outside the encrypted store.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from typing import Any

from asn1crypto import algos as asn1_algos  # type: ignore[import-untyped]
from asn1crypto import cms as asn1_cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID, ObjectIdentifier
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

SEAL_FIELD = "OrganisationSeal"
FALLBACK_NAME = "Caseworker Desktop"
_KEY_BITS = 3072
_VALIDITY = timedelta(days=30 * 365 + 8)  # thirty years including leap days
_DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning, RFC 9336
_NAME_LIMIT = 64  # RFC 5280 upper bound for CN and O
_PRINTABLE = re.compile(r"[A-Za-z0-9 '()+,\-./:=?]+")


class SealError(ValueError):
    """The PDF or the key could not be sealed (our own documents only, so this is a bug)."""


@dataclass(frozen=True)
class OrganisationKey:
    private_key_pem: bytes
    certificate_pem: bytes


def _utc(moment: datetime) -> datetime:
    # The store keeps naive UTC; an aware value is converted rather than trusted to be UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _subject(organisation: str, profile_id: str) -> x509.Name:
    organisation = organisation.strip()
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, (organisation or FALLBACK_NAME)[:_NAME_LIMIT])]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:_NAME_LIMIT]))
    if profile_id:
        # serialNumber must be a PrintableString; a profile id that is not (never a UUID) goes in UID.
        oid = NameOID.SERIAL_NUMBER if _PRINTABLE.fullmatch(profile_id) else NameOID.USER_ID
        attributes.append(x509.NameAttribute(oid, profile_id[:_NAME_LIMIT]))
    return x509.Name(attributes)


def create_organisation_key(organisation: str, profile_id: str, now: datetime) -> OrganisationKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_BITS)
    subject = _subject(organisation, profile_id)
    start = _utc(now) - timedelta(days=1)  # a verifying laptop whose clock runs a little behind
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + _VALIDITY)
        # An end-entity certificate is enough: pyhanko-certvalidator accepts it as its own trust root.
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([_DOCUMENT_SIGNING]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return OrganisationKey(
        private_key_pem=key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        certificate_pem=certificate.public_bytes(serialization.Encoding.PEM),
    )


def _asn1_certificate(certificate_pem: bytes) -> Any:
    der = x509.load_pem_x509_certificate(certificate_pem).public_bytes(serialization.Encoding.DER)
    return asn1_x509.Certificate.load(der)


class _OrganisationSigner(signers.SimpleSigner):
    """SimpleSigner that parses the RSA key once.

    SimpleSigner re-parses its key on every raw signature (twice per PDF: size estimate and real
    signature), and cryptography's RSA consistency check costs ~125 ms per parse for 3072 bits.
    """

    def __init__(self, certificate: Any, private_key: rsa.RSAPrivateKey) -> None:
        der = private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        super().__init__(
            signing_cert=certificate,
            signing_key=asn1_keys.PrivateKeyInfo.load(der),
            # Empty: the signing certificate is embedded anyway, and registering it would embed it twice.
            cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
        )
        self._private_key = private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        if digest_algorithm.lower() != "sha256":
            raise SealError("only sha256 seals are made")
        return self._private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def seal_pdf(pdf: bytes, key: OrganisationKey, *, reason: str, location: str, contact: str = "") -> bytes:
    """Return `pdf` with an invisible PAdES B-B signature appended as an incremental update."""
    try:
        private_key = serialization.load_pem_private_key(key.private_key_pem, password=None)
        if not isinstance(private_key, rsa.RSAPrivateKey):
            raise SealError("the organisation key is not an RSA key")
        signer = _OrganisationSigner(_asn1_certificate(key.certificate_pem), private_key)
        metadata = signers.PdfSignatureMetadata(
            field_name=SEAL_FIELD,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason or None,
            location=location or None,
            contact_info=contact or None,
        )
        writer = IncrementalPdfFileWriter(BytesIO(pdf))
        output = signers.sign_pdf(writer, metadata, signer=signer)
        return bytes(output.getvalue())
    except SealError:
        raise
    except Exception as exc:  # pyHanko and cryptography raise a dozen unrelated types
        raise SealError(f"could not seal the PDF ({type(exc).__name__})") from exc


@dataclass(frozen=True)
class SealCheck:
    """What verify_pdf found. `keywords` and `signed_at` are only filled when they are proven ours."""

    intact: bool
    signed_by_key: bool
    whole_file: bool
    signed_at: datetime | None
    keywords: str
    # "", "not_pdf", "no_signature", "altered", "other_signer", "added_after_signing", "bad_certificate"
    problem: str

    @property
    def ok(self) -> bool:
        return self.intact and self.signed_by_key and self.whole_file


@contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs every failed check with a traceback and the other party's certificate subject.

    A refused file is an expected answer here, and the app's log must not carry exception messages.
    """
    logger = logging.getLogger("pyhanko")
    previous = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(previous)


def _failed(problem: str) -> SealCheck:
    return SealCheck(
        intact=False, signed_by_key=False, whole_file=False, signed_at=None, keywords="", problem=problem
    )


def _looks_like_pdf(pdf: object) -> bool:
    # ISO 32000 lets the header start anywhere in the first 1024 bytes.
    return isinstance(pdf, bytes | bytearray) and b"%PDF-" in pdf[:1024]


def _hole_is_canonical(pdf: bytes, embedded: Any) -> bool:
    """The one range the digest does not cover must be exactly what pyHanko wrote.

    Whether the covered range reaches the end of the file is pyHanko's coverage verdict. Readers ignore trailing zeros after the CMS blob and accept either hex case, so without this a
    changed byte in the (large) padding or a lower-cased digit would still verify.
    """
    byte_range = [int(value) for value in embedded.byte_range]
    if len(byte_range) != 4 or byte_range[0] != 0:
        return False
    _, first_length, second_start, _ = byte_range
    contents = bytes(embedded.pkcs7_content)
    if pdf[first_length:second_start] != b"<" + contents.hex().upper().encode("ascii") + b">":
        return False
    # asn1crypto's dump() of a parsed value is its original encoding, without what trailed it.
    blob_length = len(asn1_cms.ContentInfo.load(contents).dump())
    return contents[blob_length:].count(0) == len(contents) - blob_length


def _cms_is_exactly_ours(embedded: Any, trusted: Any) -> bool:
    """Rebuild the CMS blob from its signed parts plus what our sealer always writes; demand equality.

    CMS leaves its envelope unsigned (version, digest algorithm set, certificate bag, algorithm
    parameters), and validators rightly ignore much of it. A changed byte there is still a changed
    file, so the envelope must be the one seal_pdf produces, byte for byte.
    """
    contents = bytes(embedded.pkcs7_content)
    original = asn1_cms.ContentInfo.load(contents)
    signer_infos = original["content"]["signer_infos"]
    if len(signer_infos) != 1:
        return False
    signer_info = signer_infos[0]
    sha256 = asn1_algos.DigestAlgorithm({"algorithm": "sha256"})
    expected = asn1_cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": asn1_cms.SignedData(
                {
                    "version": "v1",
                    "digest_algorithms": [sha256],
                    "encap_content_info": {"content_type": "data"},
                    "certificates": [asn1_cms.CertificateChoices(name="certificate", value=trusted)],
                    "signer_infos": [
                        {
                            "version": "v1",
                            "sid": asn1_cms.SignerIdentifier(
                                name="issuer_and_serial_number",
                                value={"issuer": trusted.issuer, "serial_number": trusted.serial_number},
                            ),
                            "digest_algorithm": sha256,
                            # covered by the RSA signature
                            "signed_attrs": signer_info["signed_attrs"].copy(),
                            "signature_algorithm": {"algorithm": "sha256_rsa"},
                            # checked by the validator against the certificate's key
                            "signature": signer_info["signature"].native,
                        }
                    ],
                }
            ),
        }
    )
    return bool(expected.dump() == original.dump())


def _signed_keywords(reader: Any, revision: int) -> str:
    resolver = reader.get_historical_resolver(revision)
    trailer = resolver.trailer_view
    if "/Info" not in trailer:
        return ""
    info = trailer.raw_get("/Info")
    # Dereferencing through the trailer would read the newest revision, not the signed one.
    if isinstance(info, generic.IndirectObject):
        info = resolver.get_object(info.reference)
    keywords = info.get("/Keywords") if isinstance(info, generic.DictionaryObject) else None
    return keywords if isinstance(keywords, str) else ""


def _pick_seal(reader: Any) -> Any:
    signatures = list(reader.embedded_regular_signatures)
    for embedded in signatures:
        if embedded.field_name == SEAL_FIELD:
            return embedded
    return signatures[0] if signatures else None


def verify_pdf(pdf: bytes, certificate_pem: bytes) -> SealCheck:
    """Check `pdf` against the organisation certificate. Never raises; see SealCheck.problem.

    "bad_certificate" is the one answer about the caller's side: `certificate_pem` is unusable.
    """
    try:
        trusted = _asn1_certificate(certificate_pem)
    except Exception:
        return _failed("bad_certificate")
    try:
        with _quiet_pyhanko():
            return _verify(pdf, trusted)
    except Exception:  # a hostile or broken file must give an answer, not a traceback
        return _failed("altered" if _looks_like_pdf(pdf) else "not_pdf")


def _verify(pdf: bytes, trusted: Any) -> SealCheck:
    if not _looks_like_pdf(pdf):
        return _failed("not_pdf")
    pdf = bytes(pdf)
    try:
        reader = PdfFileReader(BytesIO(pdf))
        embedded = _pick_seal(reader)
    except Exception:
        # It claims to be a PDF but does not hold together: whatever happened, it is not as sealed.
        return _failed("altered")
    if embedded is None:
        return _failed("no_signature")

    context = ValidationContext(trust_roots=[trusted], allow_fetching=False)
    # Any later update is refused outright, so pyHanko's (slow) diff analysis adds nothing.
    status = validate_pdf_signature(embedded, context, skip_diff=True)
    if not (status.intact and status.valid and _hole_is_canonical(pdf, embedded)):
        return _failed("altered")
    signer = status.signing_cert
    if not (status.trusted and signer.dump() == trusted.dump()):
        # Our key but another certificate around it means the embedded certificate was edited.
        same_key = signer.public_key.dump() == trusted.public_key.dump()
        return SealCheck(
            intact=not same_key,
            signed_by_key=False,
            whole_file=False,
            signed_at=None,
            keywords="",
            problem="altered" if same_key else "other_signer",
        )
    if not _cms_is_exactly_ours(embedded, trusted):
        return _failed("altered")
    coverage = status.coverage
    whole_file = coverage == SignatureCoverageLevel.ENTIRE_FILE
    if whole_file:
        problem = ""
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        problem = "added_after_signing"
    else:
        problem = "altered"
    signed_at = status.signer_reported_dt
    return SealCheck(
        intact=True,
        signed_by_key=True,
        whole_file=whole_file,
        signed_at=signed_at if isinstance(signed_at, datetime) else None,
        keywords=_signed_keywords(reader, int(embedded.signed_revision)),
        problem=problem,
    )


@dataclass(frozen=True)
class AgreementTag:
    agreement_id: str
    version: int
    party: str
    content_hash: str
    code: str
    case_number: str


AGREEMENT_TAG_PREFIX = "cwd-agreement/1"
PARTIES = ("tenant", "landlord", "counsellor", "archive")
_TAG_FIELDS = {
    "id": re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
    "version": re.compile(r"[1-9][0-9]{0,8}"),
    "party": re.compile("|".join(PARTIES)),
    "hash": re.compile(r"[0-9a-fA-F]{64}"),
    "code": re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"),
    "case": re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,39}"),
}


def parse_agreement_tag(keywords: str) -> AgreementTag | None:
    """Read the machine tag the agreement PDFs put in /Keywords; None unless every required key is sound."""
    words = keywords.strip().split()
    if not words or words[0] != AGREEMENT_TAG_PREFIX:
        return None
    values: dict[str, str] = {}
    for word in words[1:]:
        name, sep, value = word.partition("=")
        if not sep:
            return None
        if name in _TAG_FIELDS:
            if name in values:  # two different claims for one key: trust neither
                return None
            values[name] = value
    for name, pattern in _TAG_FIELDS.items():
        if name not in values or not pattern.fullmatch(values[name]):
            return None
    return AgreementTag(
        agreement_id=values["id"].lower(),
        version=int(values["version"]),
        party=values["party"],
        content_hash=values["hash"].lower(),
        code=values["code"],
        case_number=values["case"],
    )
