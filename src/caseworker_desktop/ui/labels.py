"""Human words for the domain's codes and enums, translated through Qt.

The domain names problems with codes (it cannot translate); this is the one place that turns them
into sentences, so Dutch and English stay complete together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.partners import PartnerKind
from caseworker_desktop.domain.referral import Problem, ReferralSource, Relation
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.ui import (
    agenda_labels,
    agreement_labels,
    court_labels,
    engagement_labels,
    followup_labels,
    plan_labels,
    sync_labels,
)

# lupdate recognises translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def status_label(status: CaseStatus) -> str:
    return {
        CaseStatus.REFERRED: translate("Labels", "Referred"),
        CaseStatus.OUTREACH: translate("Labels", "Outreach"),
        CaseStatus.INTAKE: translate("Labels", "Intake"),
        CaseStatus.ACTIVE: translate("Labels", "Active support"),
        CaseStatus.CLOSED: translate("Labels", "Closed"),
        CaseStatus.AFTERCARE: translate("Labels", "Aftercare"),
        CaseStatus.ENDED: translate("Labels", "Ended"),
    }[status]


def status_action_label(status: CaseStatus) -> str:
    """The button that moves a case into this status."""
    return {
        CaseStatus.REFERRED: translate("Labels", "Back to referred"),
        CaseStatus.OUTREACH: translate("Labels", "Start outreach"),
        CaseStatus.INTAKE: translate("Labels", "Start intake"),
        CaseStatus.ACTIVE: translate("Labels", "Start support"),
        CaseStatus.CLOSED: translate("Labels", "Close case…"),
        CaseStatus.AFTERCARE: translate("Labels", "Start aftercare"),
        CaseStatus.ENDED: translate("Labels", "End case"),
    }[status]


def problem_label(problem: Problem) -> str:
    return {
        Problem.ARREARS: translate("Labels", "Rent arrears"),
        Problem.UPKEEP: translate("Labels", "Poor upkeep of the dwelling"),
        Problem.NUISANCE: translate("Labels", "Nuisance / living-together problems"),
    }[problem]


def source_label(source: ReferralSource) -> str:
    return {
        ReferralSource.LANDLORD: translate("Labels", "Landlord"),
        ReferralSource.OCMW: translate("Labels", "OCMW"),
        ReferralSource.POLICE: translate("Labels", "Police"),
        ReferralSource.NEIGHBOURS: translate("Labels", "Neighbours"),
        ReferralSource.HOSPITAL: translate("Labels", "Hospital"),
        ReferralSource.OTHER_SERVICE: translate("Labels", "Other service"),
        ReferralSource.TENANT: translate("Labels", "Tenant themselves"),
        ReferralSource.OTHER: translate("Labels", "Other"),
    }[source]


def relation_label(relation: Relation) -> str:
    return {
        Relation.PARTNER: translate("Labels", "Partner"),
        Relation.CHILD: translate("Labels", "Child"),
        Relation.PARENT: translate("Labels", "Parent"),
        Relation.OTHER: translate("Labels", "Other"),
    }[relation]


def partner_kind_label(kind: PartnerKind) -> str:
    return {
        PartnerKind.SOCIAL_HOUSING_COMPANY: translate("Labels", "Social housing company"),
        PartnerKind.SOCIAL_RENTAL_AGENCY: translate("Labels", "Social rental agency"),
        PartnerKind.PRIVATE_LANDLORD: translate("Labels", "Private landlord"),
        PartnerKind.OCMW: translate("Labels", "OCMW"),
        PartnerKind.OTHER_SERVICE: translate("Labels", "Other service"),
    }[kind]


def closing_reason_label(reason: ClosingReason) -> str:
    return {
        ClosingReason.NOT_STARTED: translate("Labels", "Decided not to start"),
        ClosingReason.GOALS_REACHED: translate("Labels", "Goals reached"),
        ClosingReason.TENANT_STOPPED: translate("Labels", "Tenant stopped the support"),
        ClosingReason.NOT_REACHED: translate("Labels", "Tenant could not be reached"),
        ClosingReason.MOVED: translate("Labels", "Tenant moved"),
        ClosingReason.EVICTED: translate("Labels", "Tenant was evicted"),
        ClosingReason.REFERRED_ON: translate("Labels", "Referred on"),
        ClosingReason.DECEASED: translate("Labels", "Tenant deceased"),
        ClosingReason.OTHER: translate("Labels", "Other reason"),
    }[reason]


def issue_text(issue: Issue) -> str:
    """One clear sentence for a validation or rule problem."""
    p = issue.params
    texts = {
        "required": translate("Labels", "This field is required."),
        "too_long": translate("Labels", "This is too long (at most %1 characters).").replace(
            "%1", str(p.get("maximum", ""))
        ),
        "postcode": translate("Labels", "A Belgian postcode has four digits, for example 9000."),
        "email": translate("Labels", "This is not an e-mail address (for example naam@voorbeeld.be)."),
        "phone": translate(
            "Labels", "This is not a phone number (for example 09 123 45 67 or 0470 12 34 56)."
        ),
        "amount": translate("Labels", "Type an amount in euro, for example 1.250,00."),
        "amount_too_large": translate("Labels", "This amount is too large."),
        "whole_number": translate("Labels", "Type a whole number."),
        "out_of_range": translate("Labels", "Type a number from %1 to %2.")
        .replace("%1", str(p.get("minimum", "")))
        .replace("%2", str(p.get("maximum", ""))),
        "date_in_future": translate("Labels", "This date lies in the future."),
        "nrn_format": translate("Labels", "A national register number has 11 digits (YY.MM.DD-SSS.CC)."),
        "nrn_checksum": translate(
            "Labels", "The check digits do not match: please check the number for typos."
        ),
        "nrn_date": translate("Labels", "The birth date in this national register number does not exist."),
        "landlord_required": translate("Labels", "Choose the landlord (or add it to the partner directory)."),
        "landlord_unknown": translate("Labels", "This landlord is no longer in the partner directory."),
        "landlord_not_a_landlord": translate(
            "Labels",
            "This partner is not a landlord: choose a housing company, rental agency or private landlord.",
        ),
        "landlord_contact_unknown": translate(
            "Labels", "This contact person does not belong to the chosen landlord."
        ),
        "next_before_referral": translate("Labels", "The next date lies before the date of referral."),
        "problems_required": translate("Labels", "Tick at least one problem."),
        "arrears_amount_required": translate(
            "Labels", "Rent arrears is ticked: fill in the amount of the arrears."
        ),
        "one_fixed_contact": translate("Labels", "Only one contact person can be the fixed contact."),
        "passphrase_empty": translate("Labels", "Type a passphrase."),
        "passphrase_too_short": translate(
            "Labels", "Use at least %1 characters; a short sentence works well."
        ).replace("%1", str(p.get("minimum", ""))),
        "passphrase_too_long": translate("Labels", "Use at most %1 characters.").replace(
            "%1", str(p.get("maximum", ""))
        ),
        "passphrase_guessable": translate(
            "Labels",
            "This passphrase is too easy to guess (a common password, name or pattern). "
            "Try a few unrelated words.",
        ),
        "passphrase_mismatch": translate("Labels", "The two passphrases are not the same."),
        "status_unchanged": translate("Labels", "The case already has this status."),
        "status_not_allowed": translate("Labels", "A case cannot go from “%1” to “%2”.")
        .replace("%1", status_label(CaseStatus(p["current"])) if "current" in p else "")
        .replace("%2", status_label(CaseStatus(p["target"])) if "target" in p else ""),
        "status_reopen_as_new_episode": translate(
            "Labels", "A closed case is not reopened in place: start a new episode linked to it."
        ),
        "status_ended_is_final": translate(
            "Labels", "An ended case cannot change status; start a new episode instead."
        ),
        "status_close_needs_reason": translate("Labels", "Choose the reason for closing."),
        "status_close_needs_motivation": translate(
            "Labels", "Write down why: this reason needs a motivation."
        ),
        "status_not_started_after_start": translate(
            "Labels", "Support has already started, so “decided not to start” cannot be the reason."
        ),
        "status_reopen_running": translate("Labels", "Only a closed or ended case can get a new episode."),
        "scope_special_to_landlord": translate(
            "Labels",
            "Health, addiction, psychiatric and justice information can never be shared with the landlord.",
        ),
    }
    if issue.code in texts:
        return texts[issue.code]
    for part in (
        engagement_labels,
        plan_labels,
        followup_labels,
        court_labels,
        agenda_labels,
        agreement_labels,
        sync_labels,
    ):
        found = part.issue_texts(p).get(issue.code)
        if found:
            return str(found)
    from caseworker_desktop.ui import team_labels  # it builds on this module: imported when needed

    found = team_labels.issue_texts(p).get(issue.code)
    if found:
        return found
    return translate("Labels", "This value is not accepted.")
