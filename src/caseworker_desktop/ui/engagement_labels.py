"""Translated texts for the engagement part of the trajectory (codes and enums to words)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.domain.consent import ConsentRecipient, InformedHow
from caseworker_desktop.domain.engagement import Attitude, LifeDomain, OutreachChannel, OutreachResult
from caseworker_desktop.domain.scopes import DataCategory

translate = QCoreApplication.translate


def _day(iso: object) -> str:
    try:
        return date.fromisoformat(str(iso)).strftime("%d/%m/%Y")
    except ValueError:
        return ""


def channel_label(channel: OutreachChannel) -> str:
    return {
        OutreachChannel.LETTER: translate("EngagementLabels", "Letter"),
        OutreachChannel.POSTCARD: translate("EngagementLabels", "Coloured postcard"),
        OutreachChannel.TEXT_MESSAGE: translate("EngagementLabels", "Text message"),
        OutreachChannel.PHONE: translate("EngagementLabels", "Phone call"),
        OutreachChannel.SOCIAL_MEDIA: translate("EngagementLabels", "Social media"),
        OutreachChannel.HOME_VISIT: translate("EngagementLabels", "Home visit"),
        OutreachChannel.VIA_HOSPITAL: translate("EngagementLabels", "Via the hospital"),
        OutreachChannel.VIA_SERVICE: translate("EngagementLabels", "Via another service"),
        OutreachChannel.OTHER: translate("EngagementLabels", "Other way"),
    }[channel]


def result_label(result: OutreachResult) -> str:
    return {
        OutreachResult.NO_ANSWER: translate("EngagementLabels", "No answer"),
        OutreachResult.MESSAGE_LEFT: translate("EngagementLabels", "Message left"),
        OutreachResult.DOOR_NOT_OPENED: translate("EngagementLabels", "Door not opened"),
        OutreachResult.RETURNED_MAIL: translate("EngagementLabels", "Mail returned"),
        OutreachResult.REACHED: translate("EngagementLabels", "Tenant reached"),
        OutreachResult.APPOINTMENT_MADE: translate("EngagementLabels", "Appointment made"),
        OutreachResult.REFUSED: translate("EngagementLabels", "Tenant refused contact"),
        OutreachResult.OTHER: translate("EngagementLabels", "Other result"),
    }[result]


def attitude_label(attitude: Attitude) -> str:
    return {
        Attitude.AVOIDS_HELP: translate("EngagementLabels", "Avoids help"),
        Attitude.ACCEPTS_VISITS: translate("EngagementLabels", "Accepts visits but sees no problem"),
        Attitude.ASKS_FOR_HELP: translate("EngagementLabels", "Asks for help"),
    }[attitude]


def life_domain_label(domain: LifeDomain) -> str:
    return {
        LifeDomain.PHYSICAL_SOCIAL: translate("EngagementLabels", "Physical and social functioning"),
        LifeDomain.MENTAL_WELLBEING: translate("EngagementLabels", "Mental well-being"),
        LifeDomain.DAYTIME_LEISURE: translate("EngagementLabels", "Daytime activities and leisure"),
        LifeDomain.ADMINISTRATION_FINANCES: translate("EngagementLabels", "Administration and finances"),
        LifeDomain.RELATIONSHIPS_NETWORK: translate("EngagementLabels", "Relationships and network"),
        LifeDomain.HOUSEHOLD_TASKS: translate(
            "EngagementLabels", "Household tasks (cleaning, cooking, upkeep)"
        ),
    }[domain]


def life_domain_hint(domain: LifeDomain) -> str:
    """What the counsellor looks at in a domain."""
    return {
        LifeDomain.PHYSICAL_SOCIAL: translate(
            "EngagementLabels", "Health, mobility, getting about, contact with others in daily life."
        ),
        LifeDomain.MENTAL_WELLBEING: translate(
            "EngagementLabels", "Mood, stress, worries, how the tenant copes."
        ),
        LifeDomain.DAYTIME_LEISURE: translate(
            "EngagementLabels", "Work, school, volunteering, a day structure, hobbies."
        ),
        LifeDomain.ADMINISTRATION_FINANCES: translate(
            "EngagementLabels", "Mail, forms, income, debts, paying rent and bills on time."
        ),
        LifeDomain.RELATIONSHIPS_NETWORK: translate(
            "EngagementLabels", "Family, friends, neighbours, people the tenant can call on."
        ),
        LifeDomain.HOUSEHOLD_TASKS: translate(
            "EngagementLabels", "Cleaning, cooking, laundry, ventilating, small repairs."
        ),
    }[domain]


def rating_label(rating: int) -> str:
    """The meaning of a rating on the 1–5 scale used at intake."""
    return {
        1: translate("EngagementLabels", "1 – serious problems, acute help needed"),
        2: translate("EngagementLabels", "2 – clear problems"),
        3: translate("EngagementLabels", "3 – some problems, partly manages"),
        4: translate("EngagementLabels", "4 – mostly manages"),
        5: translate("EngagementLabels", "5 – manages well, a strength"),
    }[rating]


def data_category_label(category: DataCategory) -> str:
    return {
        DataCategory.GENERAL: translate("EngagementLabels", "General"),
        DataCategory.FINANCIAL: translate("EngagementLabels", "Financial"),
        DataCategory.HEALTH: translate("EngagementLabels", "Health (special category)"),
        DataCategory.ADDICTION: translate("EngagementLabels", "Addiction (special category)"),
        DataCategory.PSYCHIATRIC: translate("EngagementLabels", "Psychiatric (special category)"),
        DataCategory.JUSTICE: translate("EngagementLabels", "Justice (special category)"),
    }[category]


def recipient_label(recipient: ConsentRecipient) -> str:
    return {
        ConsentRecipient.TEAM: translate("EngagementLabels", "The counsellor's team"),
        ConsentRecipient.LANDLORD: translate("EngagementLabels", "The landlord (housing problem only)"),
        ConsentRecipient.ORGANISATION: translate("EngagementLabels", "Another organisation"),
    }[recipient]


def informed_how_label(how: InformedHow) -> str:
    return {
        InformedHow.ORALLY: translate("EngagementLabels", "Orally"),
        InformedHow.IN_WRITING: translate("EngagementLabels", "In writing"),
        InformedHow.BROCHURE: translate("EngagementLabels", "With the brochure"),
        InformedHow.OTHER: translate("EngagementLabels", "Otherwise"),
    }[how]


def not_recorded_text() -> str:
    """What the screen shows where a text was not recorded at the tenant's request."""
    return translate("EngagementLabels", "(not recorded at the tenant's request)")


def _category_list(params: dict[str, Any]) -> str:
    values = params.get("categories", [])
    return ", ".join(
        data_category_label(DataCategory(v)) for v in values if v in DataCategory._value2member_map_
    )


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Sentences for the rule and validation codes of this part, keyed by code."""
    return {
        "choose_one": translate("EngagementLabels", "Choose one of the options."),
        "before_referral": translate(
            "EngagementLabels", "This date lies before the date of referral (%1)."
        ).replace("%1", _day(params.get("referral_date", ""))),
        "tenant_agreement_required": translate(
            "EngagementLabels",
            "Fill in the day the tenant agreed: support starts only with the tenant's agreement.",
        ),
        "not_started_motivation_required": translate(
            "EngagementLabels", "Write down why you decide not to start: a motivation is required."
        ),
        "intake_category": translate(
            "EngagementLabels",
            "Mark this domain as general or as health, addiction, psychiatric or justice information.",
        ),
        "intake_before_start": translate(
            "EngagementLabels",
            "The intake can be saved once the tenant has agreed to start (see Outreach and start).",
        ),
        "intake_field_unknown": translate("EngagementLabels", "This part of the intake does not exist."),
        "consent_organisation_required": translate(
            "EngagementLabels", "Choose the organisation from the partner directory or type its name."
        ),
        "consent_organisation_unknown": translate(
            "EngagementLabels", "This organisation is no longer in the partner directory."
        ),
        "consent_landlord_as_organisation": translate(
            "EngagementLabels",
            "This is the tenant's landlord: record a landlord consent instead, which covers the housing "
            "problem only.",
        ),
        "consent_purpose_required": translate(
            "EngagementLabels", "Write down for what purpose the information may be shared."
        ),
        "consent_categories_required": translate(
            "EngagementLabels", "Tick at least one kind of information that may be shared."
        ),
        "consent_landlord_special": translate(
            "EngagementLabels",
            "The landlord may never receive health, addiction, psychiatric or justice information "
            "(%1). Untick it.",
        ).replace("%1", _category_list(params)),
        "consent_withdrawn_before_given": translate(
            "EngagementLabels", "A consent cannot be withdrawn before it was given (%1)."
        ).replace("%1", _day(params.get("given_on", ""))),
        "consent_already_withdrawn": translate(
            "EngagementLabels", "This consent was already withdrawn on %1."
        ).replace("%1", _day(params.get("withdrawn_on", ""))),
        "consent_team_not_withdrawable": translate(
            "EngagementLabels",
            "Sharing within the team is part of the support the tenant was told about at intake; it "
            "cannot be withdrawn. Stopping the support closes the case.",
        ),
    }
