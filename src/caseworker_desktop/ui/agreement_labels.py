"""Translated texts for the agreement and the printed documents (codes and enums to words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.domain.agreement import AgreementStatus, Party, Signer
from caseworker_desktop.domain.errors import Issue

translate = QCoreApplication.translate


def signer_label(signer: Signer) -> str:
    return {
        Signer.TENANT: translate("AgreementLabels", "Tenant"),
        Signer.CO_TENANT: translate("AgreementLabels", "Co-tenant"),
        Signer.LANDLORD: translate("AgreementLabels", "Landlord"),
        Signer.COUNSELLOR: translate("AgreementLabels", "Counsellor"),
    }[signer]


def party_copy_label(party: Party) -> str:
    return {
        Party.TENANT: translate("AgreementLabels", "Copy for the tenant"),
        Party.LANDLORD: translate("AgreementLabels", "Copy for the landlord"),
        Party.COUNSELLOR: translate("AgreementLabels", "Copy for the counsellor"),
    }[party]


def agreement_status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.DRAFT: translate("AgreementLabels", "Draft, not signed yet"),
        AgreementStatus.SIGNING: translate("AgreementLabels", "Being signed"),
        AgreementStatus.IN_FORCE: translate("AgreementLabels", "In force"),
        AgreementStatus.SUPERSEDED: translate("AgreementLabels", "Replaced by a later version"),
    }[status]


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Sentences for the rule codes of the agreement and the documents, keyed by code."""
    return {
        "landlord_consent_missing": translate(
            "AgreementLabels",
            "The tenant has not given (or has withdrawn) consent to share with the landlord: "
            "nothing can go to the landlord.",
        ),
        "plan_not_agreed": translate(
            "AgreementLabels", "The agreement rests on the action plan: agree the plan with the tenant first."
        ),
        "agreement_case_not_running": translate(
            "AgreementLabels", "The support has ended: an agreement can no longer be prepared or signed."
        ),
        "agreement_needs_landlord": translate(
            "AgreementLabels", "The referral names no landlord: choose the landlord in the referral first."
        ),
        "agreement_needs_landlord_contact": translate(
            "AgreementLabels",
            "The landlord has no fixed contact person: add one in the partner directory first.",
        ),
        "agreement_up_to_date": translate(
            "AgreementLabels", "The signed agreement still matches the plan: no new version is needed."
        ),
        "agreement_frozen": translate(
            "AgreementLabels", "Someone has already signed this version: it can no longer be changed."
        ),
        "agreement_missing": translate("AgreementLabels", "This agreement no longer exists."),
        "agreement_superseded": translate(
            "AgreementLabels", "This version has been replaced by a later one: sign the latest version."
        ),
        "agreement_unknown_signer": translate(
            "AgreementLabels", "This person is not a party to this version."
        ),
        "agreement_already_signed": translate(
            "AgreementLabels", "This party has already signed this version."
        ),
        "agreement_text_changed": translate(
            "AgreementLabels",
            "The text changed while it was on screen. Nothing was signed: open the signing again.",
        ),
        "signature_name_missing": translate("AgreementLabels", "Type the name of the person who signs."),
        "signature_place_missing": translate(
            "AgreementLabels", "Type the place where the signature is given."
        ),
        "signature_blank": translate(
            "AgreementLabels", "Draw the signature in the box (a dot or a short stripe is not a signature)."
        ),
        "signature_scan_missing": translate(
            "AgreementLabels", "Choose the scan or photo of the page signed on paper."
        ),
        "signing_text_not_read": translate(
            "AgreementLabels", "Tick that the signer has read the text before signing."
        ),
        "closure_not_recorded": translate(
            "AgreementLabels", "The closure letter can be made once the case is closed."
        ),
        "evaluation_not_held": translate(
            "AgreementLabels", "The report can be made once the evaluation has been held."
        ),
        "wording_unreadable": translate(
            "AgreementLabels", "The organisation's own document text %1 cannot be read: fix or remove it."
        ).replace("%1", str(params.get("file", ""))),
        "logo_too_large": translate("AgreementLabels", "The logo is too large (at most %1 kB).").replace(
            "%1", str(params.get("limit_kb", ""))
        ),
        "logo_not_an_image": translate("AgreementLabels", "The logo must be a PNG or JPEG picture."),
    }


def agreement_issue_text(issue: Issue) -> str:
    """Like labels.issue_text, but a shared code (no landlord consent …) is worded for documents."""
    from caseworker_desktop.ui.labels import issue_text  # labels imports this module

    return issue_texts(issue.params).get(issue.code) or issue_text(issue)
