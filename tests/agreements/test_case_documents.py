"""The case documents besides the agreement, read back from the PDF the way a person would see them:
the action plan, the evaluation report, the closure letter and the tenant's own file."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from caseworker_desktop.domain.consent import ConsentInput, ConsentRecipient, InformedHow
from caseworker_desktop.domain.court import (
    CourtEventInput,
    CourtEventKind,
    FbuInput,
    LacInput,
    PaymentPlanInput,
)
from caseworker_desktop.domain.engagement import (
    DomainInput,
    IntakeInput,
    LifeDomain,
    OutreachChannel,
    OutreachInput,
    OutreachResult,
)
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.followup import ContactKind
from caseworker_desktop.domain.plan import EvaluationDecision, EvaluationInput, GoalResult, GoalResultInput
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import ClosingReason
from caseworker_desktop.resource_files import resources_dir
from caseworker_desktop.services.case_documents import LABELLED, RATINGS, _pieces
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry
from tests.agreements.agreement_support import agreed_case
from tests.trajectory.followup_support import closure, home_visit
from tests.trajectory.plan_support import (
    add_landlord_consent,
    case_in_intake,
    landlord_goal,
    plan_input,
    smart_goal,
    withdraw_consent,
)

RENT_GOAL = "Betaalt elke maand de huur van 475 euro vóór de 5de"
PRIVATE_GOAL = "Gaat elke week twee keer naar de sportclub in de buurt"
PRIVATE_REALISM = "Karim sportte vroeger al en de club ligt om de hoek"
PRIVATE_STEPS = "Inschrijven bij de club en een eerste training samen"
RENT_REALISM = "Het leefloon komt op de eerste binnen"
RENT_STEPS = "Doorlopende opdracht instellen bij de bank"
CONDITION = "Huur vóór de 5de van de maand betalen"
RENT_RESULT_NOTE = "Drie maanden op tijd betaald"
PRIVATE_RESULT_NOTE = "Twee keer per week gaan lukte"
SUMMARY = "De huur wordt sinds augustus op tijd betaald"
PRIVATE_NOTES = "Karim vertelde over zorgen rond zijn gezondheid"
CONTACT_SUMMARY = "Budget overlopen en afbetalingsplan besproken"
CONTACT_NOTE = "Mijn eigen indruk van het gesprek blijft bij mij"
WORKING_NOTE = "Persoonlijke werknotitie die alleen ik lees"
DOMAIN_NOTE = "Opvolging door de huisarts voor de rugklachten"
HOUSING = "Blijft in de woning met zijn zus"
REFERRED_TO = "Budgetbeheer bij het OCMW Gent"
MOTIVATION = "Karim wil zelf verder met de dienst schuldbemiddeling"
COURT_NOTE = "Zitting uitgesteld op vraag van de advocaat"
OUTREACH_NOTE = "Briefje in de bus gelaten"
LAC_DECISION = "Advies om het afbetalingsplan te aanvaarden"
FBU_NOTE = "Aanvraag met het budgetplan erbij"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


def squash(text: str) -> str:
    """Whitespace out: text extraction breaks lines wherever the layout did."""
    return re.sub(r"\s+", "", text)


def shows(pdf_text: str, *needles: str) -> list[str]:
    flat = squash(pdf_text)
    return [n for n in needles if squash(n) not in flat]


def keywords(pdf: bytes) -> str:
    info = PdfReader(BytesIO(pdf)).metadata
    assert info is not None
    return str(info.get("/Keywords", ""))


@dataclass(frozen=True)
class Built:
    case_id: str
    consent_id: str
    evaluation_id: str
    case_number: str


def built_case(workspace: Workspace, landlord_id: str, *, close: bool = True) -> Built:
    """A case with every part filled in: intake, plan, contacts, evaluation, court, arrears, closure."""
    today = workspace.today()
    agreed = agreed_case(
        workspace,
        landlord_id,
        landlord_goal(today, description=RENT_GOAL, realism=RENT_REALISM, steps=RENT_STEPS),
        smart_goal(today, description=PRIVATE_GOAL, realism=PRIVATE_REALISM, steps=PRIVATE_STEPS),
        conditions=(CONDITION,),
    )
    case_id = agreed.case_id
    workspace.engagement.add_outreach(
        case_id, OutreachInput(today, OutreachChannel.LETTER, OutreachResult.NO_ANSWER, OUTREACH_NOTE)
    )
    domains = {d: DomainInput() for d in LifeDomain}
    domains[LifeDomain.PHYSICAL_SOCIAL] = DomainInput(2, DOMAIN_NOTE, DataCategory.HEALTH)
    workspace.engagement.save_intake(
        case_id, IntakeInput(held_on=today, domains=domains, own_question="Ik wil in mijn huis blijven")
    )
    workspace.engagement.add_consent(
        case_id,
        ConsentInput(
            ConsentRecipient.ORGANISATION,
            today,
            InformedHow.IN_WRITING,
            organisation_name="OCMW Gent",
            purpose="Aanvraag huurwaarborg",
            categories={DataCategory.FINANCIAL},
        ),
    )
    workspace.contacts.log(case_id, home_visit(today, summary=CONTACT_SUMMARY, personal_note=CONTACT_NOTE))
    workspace.contacts.add_note(case_id, WORKING_NOTE)
    workspace.court.add(case_id, CourtEventInput(CourtEventKind.HEARING, today, COURT_NOTE))
    workspace.arrears.save_plan(
        case_id, PaymentPlanInput(total="1.425,00", instalment="100,00", first_due_on=today)
    )
    workspace.arrears.add_fbu(
        case_id, FbuInput(applied_on=today, arrears_months="3", support_accepted=True, notes=FBU_NOTE)
    )
    workspace.arrears.add_lac(case_id, LacInput(today, LAC_DECISION))
    plan = workspace.plans.in_force(case_id)
    assert plan is not None
    notes = {RENT_GOAL: RENT_RESULT_NOTE, PRIVATE_GOAL: PRIVATE_RESULT_NOTE}
    evaluation_id = workspace.evaluations.plan(case_id, today)
    workspace.evaluations.record(
        evaluation_id,
        EvaluationInput(
            held_on=today,
            results=[GoalResultInput(g.id, GoalResult.ACHIEVED, notes[g.description]) for g in plan.goals],
            landlord_summary=SUMMARY,
            private_notes=PRIVATE_NOTES,
            decision=EvaluationDecision.CLOSE if close else EvaluationDecision.CONTINUE,
            next_on=None if close else today + timedelta(days=90),
        ),
    )
    if close:
        workspace.closure.close(
            case_id,
            closure(
                today,
                reason=ClosingReason.REFERRED_ON,
                motivation=MOTIVATION,
                housing_situation=HOUSING,
                referred_to=REFERRED_TO,
            ),
        )
    number = workspace.referrals.load(case_id).number
    return Built(case_id, agreed.consent_id, evaluation_id, number)


def refused(code: str, call: Any, *args: Any) -> None:
    with pytest.raises(RuleViolation) as caught:
        call(*args)
    assert caught.value.issue.code == code


# --- the action plan --------------------------------------------------------------------------------
def test_full_plan_shows_every_goal_with_its_smart_fields(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id, close=False)
    pdf, ref = workspace.case_documents.plan_full(built.case_id, "nl")
    text = text_of(pdf)
    assert (
        shows(
            text,
            "Actieplan",
            "Exemplaar voor de huurder",
            "Doel 1",
            "Doel 2",
            RENT_GOAL,
            PRIVATE_GOAL,
            PRIVATE_REALISM,
            PRIVATE_STEPS,
            RENT_STEPS,
            "Dagbesteding en vrije tijd",
            "Administratie en financiën",
            "De huurder gaat akkoord",
            "Gedeeld met de verhuurder",
            CONDITION,
            "versie 1, afgesproken op 24/11/2026",
            (workspace.today() + timedelta(days=90)).strftime("%d/%m/%Y"),
        )
        == []
    )
    assert ref.kind == "plan_version"
    assert keywords(pdf) == f"cwd-document/1 kind=plan_full case={built.case_number}"
    assert "Karim" not in keywords(pdf)


def test_landlord_plan_has_only_the_shared_goals_and_the_conditions(
    workspace: Workspace, landlord_id: str
) -> None:
    built = built_case(workspace, landlord_id, close=False)
    pdf, ref = workspace.case_documents.plan_landlord(built.case_id, "nl")
    text = text_of(pdf)
    assert shows(text, "Exemplaar voor de verhuurder", RENT_GOAL, CONDITION, "Doel 1", "De huurder") == []
    leaked = [
        PRIVATE_GOAL,
        PRIVATE_REALISM,
        PRIVATE_STEPS,
        RENT_REALISM,
        RENT_STEPS,
        "Doel 2",
        "Levensdomein",
    ]
    assert shows(text, *leaked) == leaked
    assert ref.kind == "plan_version"
    assert keywords(pdf) == f"cwd-document/1 kind=plan_landlord case={built.case_number}"


def test_landlord_plan_is_refused_without_landlord_consent(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    workspace.plans.agree(case_id, plan_input(workspace.today(), smart_goal(workspace.today())))
    refused("landlord_consent_missing", workspace.case_documents.plan_landlord, case_id, "nl")
    workspace.case_documents.plan_full(case_id, "nl")  # the tenant's copy needs no landlord consent


def test_full_plan_of_a_case_without_plan_is_refused(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    refused("plan_not_agreed", workspace.case_documents.plan_full, case_id, "nl")


# --- the evaluation -----------------------------------------------------------------------------------
def test_full_evaluation_has_every_goal_and_the_private_notes(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id, close=False)
    pdf, ref = workspace.case_documents.evaluation_full(built.evaluation_id, "nl")
    text = text_of(pdf)
    assert (
        shows(
            text,
            RENT_GOAL,
            PRIVATE_GOAL,
            RENT_RESULT_NOTE,
            PRIVATE_RESULT_NOTE,
            SUMMARY,
            PRIVATE_NOTES,
            "Bereikt",
            "Het plan loopt verder",
            (workspace.today() + timedelta(days=90)).strftime("%d/%m/%Y"),
        )
        == []
    )
    assert (ref.kind, ref.record_id) == ("evaluation", built.evaluation_id)


def test_landlord_evaluation_leaves_out_private_goals_and_notes(
    workspace: Workspace, landlord_id: str
) -> None:
    built = built_case(workspace, landlord_id, close=False)
    pdf, _ = workspace.case_documents.evaluation_landlord(built.evaluation_id, "nl")
    text = text_of(pdf)
    next_date = (workspace.today() + timedelta(days=90)).strftime("%d/%m/%Y")
    assert shows(text, "Exemplaar voor de verhuurder", RENT_GOAL, RENT_RESULT_NOTE, SUMMARY, next_date) == []
    leaked = [PRIVATE_GOAL, PRIVATE_RESULT_NOTE, PRIVATE_NOTES, "Het plan loopt verder"]
    assert shows(text, *leaked) == leaked


def test_an_evaluation_not_held_has_no_report(workspace: Workspace, landlord_id: str) -> None:
    agreed = agreed_case(workspace, landlord_id)
    evaluation_id = workspace.evaluations.plan(agreed.case_id, workspace.today() + timedelta(days=30))
    refused("evaluation_not_held", workspace.case_documents.evaluation_full, evaluation_id, "nl")
    refused("evaluation_not_held", workspace.case_documents.evaluation_landlord, evaluation_id, "nl")


# --- the closure letter ---------------------------------------------------------------------------------
def test_closure_letter_tells_the_housing_result_and_nothing_else(
    workspace: Workspace, landlord_id: str
) -> None:
    built = built_case(workspace, landlord_id)
    pdf, ref = workspace.case_documents.closure_letter(built.case_id, "nl")
    text = text_of(pdf)
    assert (
        shows(
            text,
            "Einde van de woonbegeleiding",
            "Exemplaar voor de verhuurder",
            "Geachte Els Wouters,",
            "beëindigd is op 24/11/2026",
            "Een uithuiszetting werd vermeden.",
            RENT_GOAL,
            "Bereikt",
            "An Peeters",
        )
        == []
    )
    leaked = [HOUSING, REFERRED_TO, MOTIVATION, PRIVATE_GOAL, "Doorverwezen", SUMMARY, PRIVATE_NOTES]
    assert shows(text, *leaked) == leaked
    assert ref.kind == "closure"


def test_closure_letter_is_refused_before_the_closure(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id, close=False)
    refused("closure_not_recorded", workspace.case_documents.closure_letter, built.case_id, "nl")


def test_withdrawing_the_landlord_consent_stops_every_landlord_document(
    workspace: Workspace, landlord_id: str
) -> None:
    built = built_case(workspace, landlord_id)
    documents = workspace.case_documents
    landlord_documents = (
        (documents.plan_landlord, built.case_id),
        (documents.evaluation_landlord, built.evaluation_id),
        (documents.closure_letter, built.case_id),
    )
    for call, record in landlord_documents:
        call(record, "nl")
    withdraw_consent(workspace, built.consent_id, workspace.today())
    for call, record in landlord_documents:
        refused("landlord_consent_missing", call, record, "nl")
    # The tenant's own documents do not depend on the landlord's consent.
    documents.plan_full(built.case_id, "nl")
    documents.evaluation_full(built.evaluation_id, "nl")
    documents.tenant_file(built.case_id, "nl")


def test_a_consent_given_later_than_today_does_not_count(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id, given_on=workspace.today() + timedelta(days=1))
    workspace.plans.agree(case_id, plan_input(workspace.today(), smart_goal(workspace.today())))
    refused("landlord_consent_missing", workspace.case_documents.plan_landlord, case_id, "nl")


# --- the tenant's own file --------------------------------------------------------------------------------
def test_tenant_file_holds_the_whole_file_but_no_working_note(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id)
    pdf, ref = workspace.case_documents.tenant_file(built.case_id, "nl")
    text = text_of(pdf)
    assert (
        shows(
            text,
            "Exemplaar voor de huurder",
            "Karim Vermeulen",
            "Brugsesteenweg 112, 9000 Gent",
            CONTACT_SUMMARY,
            PRIVATE_NOTES,
            SUMMARY,
            DOMAIN_NOTE,
            "Gezondheid (bijzondere categorie)",
            RENT_GOAL,
            PRIVATE_GOAL,
            PRIVATE_REALISM,
            CONDITION,
            RENT_RESULT_NOTE,
            PRIVATE_RESULT_NOTE,
            HOUSING,
            REFERRED_TO,
            MOTIVATION,
            COURT_NOTE,
            OUTREACH_NOTE,
            LAC_DECISION,
            FBU_NOTE,
            "Aanvraag huurwaarborg",
            "Ik wil in mijn huis blijven",
            "€ 1.425,00",
            "€ 100,00",
            "Huisbezoek",
            "Zitting",
            "Huurachterstal",
        )
        == []
    )
    assert shows(text, WORKING_NOTE, CONTACT_NOTE) == [WORKING_NOTE, CONTACT_NOTE]
    assert (ref.kind, ref.record_id) == ("case", built.case_id)


def test_tenant_file_includes_the_earlier_episodes(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id)
    workspace.closure.end_without_aftercare(built.case_id)
    new_case = workspace.referrals.reopen(built.case_id)
    workspace.contacts.log(
        new_case,
        home_visit(workspace.today(), kind=ContactKind.PHONE_CALL, summary="Nieuwe aanmelding besproken"),
    )
    pdf, _ = workspace.case_documents.tenant_file(new_case, "nl")
    text = text_of(pdf)
    new_number = workspace.referrals.load(new_case).number
    assert shows(text, new_number, built.case_number, "Nieuwe aanmelding besproken", CONTACT_SUMMARY) == []
    assert shows(text, WORKING_NOTE) == [WORKING_NOTE]


def test_reading_a_document_is_audited(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id)

    def reads(kind: str, record_id: str) -> int:
        with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
            return len(
                uow.session.scalars(
                    select(AuditEntry).where(
                        AuditEntry.action == "read",
                        AuditEntry.record_kind == kind,
                        AuditEntry.record_id == record_id,
                    )
                ).all()
            )

    before = reads("evaluation", built.evaluation_id)
    workspace.case_documents.evaluation_landlord(built.evaluation_id, "nl")
    assert reads("evaluation", built.evaluation_id) == before + 1
    before = reads("case", built.case_id)
    workspace.case_documents.tenant_file(built.case_id, "nl")
    assert reads("case", built.case_id) > before


# --- both languages and their wording -------------------------------------------------------------------
def test_every_document_renders_in_english_too(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id)
    documents = workspace.case_documents
    expected = {
        documents.plan_full: (built.case_id, ["Copy for the tenant", "Goal 2", "Life domain", "Page 1 of"]),
        documents.plan_landlord: (
            built.case_id,
            ["Copy for the landlord", "Goals that concern the landlord"],
        ),
        documents.evaluation_full: (
            built.evaluation_id,
            ["Result per goal", "Achieved", "The support is closed"],
        ),
        documents.evaluation_landlord: (built.evaluation_id, ["No further evaluation is planned."]),
        documents.closure_letter: (
            built.case_id,
            ["Dear Els Wouters,", "An eviction was avoided.", "Kind regards"],
        ),
        documents.tenant_file: (built.case_id, ["Your file", "€1,425.00", "Rent arrears", "Home visit"]),
    }
    for call, (record, words) in expected.items():
        pdf, _ = call(record, "en")
        text = text_of(pdf)
        assert shows(text, *words) == [], call.__name__
        assert PdfReader(BytesIO(pdf)).pdf_header.startswith("%PDF")


def test_an_unknown_language_falls_back_to_dutch(workspace: Workspace, landlord_id: str) -> None:
    built = built_case(workspace, landlord_id, close=False)
    pdf, _ = workspace.case_documents.plan_full(built.case_id, "fr")
    assert shows(text_of(pdf), "Exemplaar voor de huurder") == []


def _flat(table: dict[str, Any], prefix: str = "") -> set[str]:
    keys: set[str] = set()
    for key, value in table.items():
        keys |= _flat(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
    return keys


def _wording(language: str) -> dict[str, Any]:
    return tomllib.loads((resources_dir() / "documents" / language / "documents.toml").read_text("utf-8"))


def test_dutch_and_english_wording_have_the_same_keys() -> None:
    assert _flat(_wording("nl")) == _flat(_wording("en"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_stored_value_has_a_readable_label(language: str) -> None:
    labels = _wording(language)["labels"]
    missing = [
        f"{group}.{member.value}"
        for group, enum in LABELLED.items()
        for member in enum
        if not str(labels.get(group, {}).get(member.value, "")).strip()
    ]
    missing += [f"rating.{r}" for r in RATINGS if not labels["rating"].get(r)]
    assert missing == []


def test_an_organisation_copy_missing_a_key_is_refused_by_name(
    workspace: Workspace, landlord_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = built_case(workspace, landlord_id, close=False)
    own = _wording("nl")
    del own["plan_full"]["intro"]
    loader = workspace.document_support.wording
    original = loader.load
    monkeypatch.setattr(
        loader, "load", lambda name, language: own if name == "documents" else original(name, language)
    )
    with pytest.raises(RuleViolation) as caught:
        workspace.case_documents.plan_full(built.case_id, "nl")
    assert caught.value.issue.code == "wording_unreadable"
    assert caught.value.issue.params["key"] == "plan_full.intro"


def test_a_long_text_goes_on_over_several_rows_instead_of_breaking_the_print(
    workspace: Workspace, landlord_id: str
) -> None:
    built = built_case(workspace, landlord_id, close=False)
    # Either is taller than a page in the summary column of the contact table.
    long_summary = " ".join(f"zin{i} over het budget en de huur." for i in range(100))
    many_lines = "\n".join(f"regel{i} van het verslag" for i in range(150))
    today = workspace.today()
    workspace.contacts.log(built.case_id, home_visit(today, summary=long_summary))
    workspace.contacts.log(built.case_id, home_visit(today, summary=many_lines))
    pdf, _ = workspace.case_documents.tenant_file(built.case_id, "nl")
    assert shows(text_of(pdf), "zin0 over", "zin99 over het budget", "regel0 van", "regel149 van") == []
    assert all(len(piece) <= 1200 for piece in _pieces(long_summary))
    assert "".join(_pieces("x" * 3000)) == "x" * 3000
