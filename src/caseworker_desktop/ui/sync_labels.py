"""Plain sentences for what can go wrong while joining a team or syncing.

The transport and the server name problems with stable codes; a counsellor needs to know what it
means for their work and what to do, not which HTTP status came back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.protocol import DeviceStatus, Role

translate = QCoreApplication.translate

# Failures that are expected to pass by themselves: the scheduler retries them, the status says offline.
TRANSIENT = frozenset({"offline", "timeout", "server_error"})


def sync_error_text(code: str) -> str:
    """One sentence for a SyncError code (or a sync rule code; anything else gets a general text)."""
    texts = {
        "offline": translate(
            "SyncLabels",
            "There is no connection with the team server. Your work stays on this laptop and goes out "
            "with the next sync.",
        ),
        "timeout": translate(
            "SyncLabels", "The team server did not answer in time. The app will try again by itself."
        ),
        "server_error": translate(
            "SyncLabels", "The team server has a problem. The app will try again later by itself."
        ),
        "bad_response": translate(
            "SyncLabels",
            "The answer did not come from a team server this app understands. Check the server address.",
        ),
        "unauthenticated": translate(
            "SyncLabels",
            "The team server does not recognise this laptop. Ask your team leader to check the team's "
            "devices.",
        ),
        "device_revoked": translate(
            "SyncLabels", "This laptop's access to the team was withdrawn. Ask your team leader."
        ),
        "device_pending": translate(
            "SyncLabels", "Your team leader has not approved this laptop yet. Nothing is shared until then."
        ),
        "forbidden": translate("SyncLabels", "Your role in the team does not allow this."),
        "enrolment_code_invalid": translate(
            "SyncLabels",
            "This enrolment code is not valid: it may be mistyped, already used or expired. Ask your "
            "team leader for a new code.",
        ),
        "malformed": translate(
            "SyncLabels", "The team server refused what this laptop sent. Please tell your administrator."
        ),
        "too_large": translate(
            "SyncLabels",
            "A record is too large to send (a very large scanned page, for example). The rest is synced.",
        ),
        "protocol_version": translate(
            "SyncLabels",
            "The team server uses another version of the sync protocol. Install the latest version of "
            "Caseworker Desktop or ask your administrator.",
        ),
        "not_found": translate(
            "SyncLabels", "The team server no longer knows this device. Refresh the list and try again."
        ),
        "team_key_exists": translate(
            "SyncLabels",
            "The team already has its key. This laptop receives it once the team leader approves it.",
        ),
        "unexpected": translate(
            "SyncLabels",
            "Something unexpected went wrong. Try again; if it keeps happening, tell your administrator.",
        ),
    }
    found = texts.get(code) or issue_texts({}).get(code)
    return str(found) if found else texts["unexpected"]


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Rule codes raised by the sync service (labels.issue_text asks every such module in turn)."""
    return {
        "sync_address_not_allowed": translate(
            "SyncLabels",
            "Use an address that starts with https:// (plain http:// is only allowed to this computer "
            "itself).",
        ),
        "sync_already_joined": translate("SyncLabels", "This laptop has already joined a team."),
        "sync_not_joined": translate(
            "SyncLabels", "This laptop has not joined a team yet: choose Sync › Join a team…"
        ),
        "sync_conflict_gone": translate(
            "SyncLabels", "This conflict was already resolved (here, or by a newer change)."
        ),
        "sync_fingerprint_mismatch": translate(
            "SyncLabels",
            "This is not the code of that laptop. Do not approve it: check that you picked the right "
            "device, and ask your colleague to read the code again.",
        ),
        "sync_no_team_key": translate(
            "SyncLabels",
            "This laptop does not hold the team key yet, so it cannot approve others. Sync once and "
            "try again.",
        ),
    }


def role_label(role: Role | None) -> str:
    if role is None:
        return ""
    return {
        Role.COUNSELLOR: translate("SyncLabels", "Counsellor"),
        Role.TEAM_LEADER: translate("SyncLabels", "Team leader"),
    }[role]


def device_status_label(status: DeviceStatus | None) -> str:
    if status is None:
        return ""
    return {
        DeviceStatus.PENDING: translate("SyncLabels", "Waiting for approval"),
        DeviceStatus.APPROVED: translate("SyncLabels", "Approved"),
        DeviceStatus.REVOKED: translate("SyncLabels", "Access withdrawn"),
    }[status]


def record_kind_label(kind: str) -> str:
    """What a synced record is, in words; the raw kind when it is one this version does not know."""
    labels = {
        "partner": translate("SyncLabels", "Partner"),
        "contact_person": translate("SyncLabels", "Partner contact person"),
        "client": translate("SyncLabels", "Client"),
        "household_member": translate("SyncLabels", "Household member"),
        "case": translate("SyncLabels", "Case"),
        "referral": translate("SyncLabels", "Referral"),
        "tenancy": translate("SyncLabels", "Tenancy"),
        "status_change": translate("SyncLabels", "Status change"),
        "outreach_attempt": translate("SyncLabels", "Outreach attempt"),
        "case_profile": translate("SyncLabels", "Start of support"),
        "consent": translate("SyncLabels", "Consent"),
        "intake": translate("SyncLabels", "Intake"),
        "intake_domain": translate("SyncLabels", "Intake life domain"),
        "plan_version": translate("SyncLabels", "Action plan"),
        "plan_condition": translate("SyncLabels", "Landlord condition"),
        "goal": translate("SyncLabels", "Goal"),
        "contact": translate("SyncLabels", "Contact"),
        "evaluation": translate("SyncLabels", "Evaluation"),
        "goal_evaluation": translate("SyncLabels", "Goal evaluation"),
        "closure": translate("SyncLabels", "Closure"),
        "court_event": translate("SyncLabels", "Court procedure"),
        "payment_plan": translate("SyncLabels", "Payment plan"),
        "payment": translate("SyncLabels", "Payment"),
        "fbu_application": translate("SyncLabels", "FBU application"),
        "lac_meeting": translate("SyncLabels", "LAC meeting"),
        "agreement": translate("SyncLabels", "Support agreement"),
        "agreement_signature": translate("SyncLabels", "Signature"),
    }
    return str(labels.get(kind, kind))


def field_label(name: str) -> str:
    """The fields people most often edit on two laptops at once; others keep their technical name."""
    labels = {
        "first_name": translate("SyncLabels", "First name"),
        "last_name": translate("SyncLabels", "Last name"),
        "national_number": translate("SyncLabels", "National register number"),
        "birth_date": translate("SyncLabels", "Date of birth"),
        "phone": translate("SyncLabels", "Phone"),
        "email": translate("SyncLabels", "E-mail"),
        "street": translate("SyncLabels", "Street"),
        "house_number": translate("SyncLabels", "House number"),
        "box": translate("SyncLabels", "Box"),
        "postcode": translate("SyncLabels", "Postcode"),
        "municipality": translate("SyncLabels", "Municipality"),
        "name": translate("SyncLabels", "Name"),
        "role": translate("SyncLabels", "Role"),
        "status": translate("SyncLabels", "Status"),
        "next_date": translate("SyncLabels", "Next date"),
        "summary": translate("SyncLabels", "Summary"),
        "notes": translate("SyncLabels", "Notes"),
        "note": translate("SyncLabels", "Note"),
        "description": translate("SyncLabels", "Description"),
        "measure": translate("SyncLabels", "Measure"),
        "steps": translate("SyncLabels", "Steps"),
        "deadline": translate("SyncLabels", "Deadline"),
        "question": translate("SyncLabels", "Question"),
        "steps_taken": translate("SyncLabels", "Steps already taken"),
        "on": translate("SyncLabels", "Date"),
        "monthly_rent_cents": translate("SyncLabels", "Monthly rent"),
        "arrears_cents": translate("SyncLabels", "Rent arrears"),
        "arrears_months": translate("SyncLabels", "Months of arrears"),
        "decision": translate("SyncLabels", "Decision"),
        "landlord_summary": translate("SyncLabels", "Summary for the landlord"),
        "household_situation": translate("SyncLabels", "Household situation"),
        "own_question": translate("SyncLabels", "The tenant's own question"),
        "deleted": translate("SyncLabels", "Deleted"),
    }
    return str(labels.get(name, name))
