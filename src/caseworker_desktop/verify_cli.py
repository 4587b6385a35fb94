"""`caseworker-desktop verify FILE.pdf`: is this an unaltered agreement sealed by this profile?

Runs without Qt and without the passphrase: it needs only the PDF and the profile's public seal
certificate. Exit codes: 0 unaltered agreement, 1 altered or not sealed by this profile, 2 cannot
tell (no such file, not a PDF, no seal, not an agreement, no certificate).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from caseworker_desktop.app import data_dir, profile_root
from caseworker_desktop.documents.seal import AgreementTag, parse_agreement_tag, verify_pdf

CERTIFICATE_FILE = "organisation-seal.pem"
EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_UNKNOWN = 2

# The GUI's catalogues need Qt; a handful of sentences kept here lets this command run without it.
MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "ok": (
            "Ongewijzigde overeenkomst: dossier {case}, versie {version} van de overeenkomst, "
            "exemplaar voor {party}, verificatiecode {code}, verzegeld op {when}."
        ),
        "altered": (
            "Gewijzigd: {file} is niet meer het bestand dat verzegeld werd. Het is beschadigd of er "
            "werd iets in veranderd na het verzegelen."
        ),
        "other_signer": (
            "Niet van dit profiel: {file} werd verzegeld met de sleutel van een andere organisatie of "
            "een ander profiel, niet met die van dit profiel."
        ),
        "added_after_signing": (
            "Aangevuld na het verzegelen: {file} werd door dit profiel verzegeld, maar daarna werd er "
            "iets aan toegevoegd (bijvoorbeeld een opmerking, een handtekening of een ingevuld veld). "
            "Dat toegevoegde deel valt niet onder het zegel."
        ),
        "not_pdf": "Geen PDF: {file} is geen leesbaar PDF-bestand.",
        "no_signature": "Geen zegel: {file} is een PDF zonder zegel van Caseworker Desktop.",
        "not_agreement": (
            "Geen overeenkomst: {file} is ongewijzigd en door dit profiel verzegeld, maar het is geen "
            "overeenkomst."
        ),
        "file_not_found": "Bestand niet gevonden: {file}",
        "file_unreadable": "Kan het bestand niet lezen: {file}",
        "no_certificate": (
            "Geen organisatiecertificaat gevonden: gezocht naar {path}. Open het profiel eerst één keer "
            "in Caseworker Desktop op deze computer, of geef de juiste map op met --data-dir (en --demo "
            "voor het demoprofiel)."
        ),
        "bad_certificate": "Het organisatiecertificaat in {path} is onleesbaar.",
        "unknown_time": "onbekend tijdstip",
    },
    "en": {
        "ok": (
            "Unaltered agreement: case {case}, agreement version {version}, copy for {party}, "
            "verification code {code}, sealed on {when}."
        ),
        "altered": (
            "Altered: {file} is no longer the file that was sealed. It is damaged or something in it "
            "was changed after sealing."
        ),
        "other_signer": (
            "Not from this profile: {file} was sealed with the key of another organisation or another "
            "profile, not with this profile's key."
        ),
        "added_after_signing": (
            "Added to after sealing: {file} was sealed by this profile, but something was added to it "
            "afterwards (for instance a comment, a signature or a filled-in field). That added part is "
            "not covered by the seal."
        ),
        "not_pdf": "Not a PDF: {file} is not a readable PDF file.",
        "no_signature": "No seal: {file} is a PDF without a Caseworker Desktop seal.",
        "not_agreement": (
            "Not an agreement: {file} is unaltered and sealed by this profile, but it is not an agreement."
        ),
        "file_not_found": "File not found: {file}",
        "file_unreadable": "Cannot read the file: {file}",
        "no_certificate": (
            "No organisation certificate found: looked for {path}. Open the profile once in Caseworker "
            "Desktop on this computer first, or name the right folder with --data-dir (and --demo for "
            "the demo profile)."
        ),
        "bad_certificate": "The organisation certificate in {path} is unreadable.",
        "unknown_time": "an unknown time",
    },
}

PARTY_NAMES: dict[str, dict[str, str]] = {
    "nl": {
        "tenant": "de huurder",
        "landlord": "de verhuurder",
        "counsellor": "de woonbegeleider",
        "archive": "het archief",
    },
    "en": {
        "tenant": "the tenant",
        "landlord": "the landlord",
        "counsellor": "the counsellor",
        "archive": "the archive",
    },
}

_REFUSALS = {"altered", "other_signer", "added_after_signing"}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="caseworker-desktop verify",
        description="Check that a PDF is an unaltered agreement sealed by this profile.",
    )
    parser.add_argument("file", type=Path, help="the agreement PDF to check")
    parser.add_argument("--data-dir", type=Path, default=None, help="where profiles are kept")
    parser.add_argument("--demo", action="store_true", help="check against the demo profile")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the answer")
    return parser.parse_args(argv)


def _sealed_on(when: datetime | None, lang: str) -> str:
    if when is None:
        return MESSAGES[lang]["unknown_time"]
    return when.astimezone().strftime("%d/%m/%Y %H:%M")  # local time, Belgian notation


def _agreement_line(tag: AgreementTag, when: datetime | None, lang: str) -> str:
    return MESSAGES[lang]["ok"].format(
        case=tag.case_number,
        version=tag.version,
        party=PARTY_NAMES[lang][tag.party],
        code=tag.code,
        when=_sealed_on(when, lang),
    )


def check(file: Path, certificate_path: Path, lang: str) -> tuple[int, str]:
    """The exit code and the sentence to print; separate from main() so the GUI could reuse it."""
    text = MESSAGES[lang]
    if not file.is_file():
        return EXIT_UNKNOWN, text["file_not_found"].format(file=file)
    if not certificate_path.is_file():
        return EXIT_UNKNOWN, text["no_certificate"].format(path=certificate_path)
    try:
        pdf = file.read_bytes()
    except OSError:
        return EXIT_UNKNOWN, text["file_unreadable"].format(file=file)
    try:
        certificate = certificate_path.read_bytes()
    except OSError:
        return EXIT_UNKNOWN, text["bad_certificate"].format(path=certificate_path)
    result = verify_pdf(pdf, certificate)
    if result.problem == "bad_certificate":
        return EXIT_UNKNOWN, text["bad_certificate"].format(path=certificate_path)
    if result.problem in _REFUSALS:
        return EXIT_REFUSED, text[result.problem].format(file=file)
    if not result.ok:
        return EXIT_UNKNOWN, text.get(result.problem, text["not_pdf"]).format(file=file)
    tag = parse_agreement_tag(result.keywords)
    if tag is None:
        return EXIT_UNKNOWN, text["not_agreement"].format(file=file)
    return EXIT_OK, _agreement_line(tag, result.signed_at, lang)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    certificate_path = profile_root(data_dir(args.data_dir), args.demo) / CERTIFICATE_FILE
    code, message = check(args.file, certificate_path, args.lang)
    print(message)
    return code
