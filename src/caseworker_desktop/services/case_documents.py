"""The case's printable documents besides the agreement: the action plan, the evaluation report, the
closure letter to the landlord and the tenant's own file, each as PDF.

Landlord versions are built from an allow-list: each names the few fields it prints, and every goal
passes the landlord filter (shared with the landlord, and never a special category even if it was
flagged by mistake). Nothing is struck out of a full document to make a landlord one, so a field added
to the store later can never reach a landlord by default. Landlord goals are numbered among themselves,
so a gap in the numbering cannot hint at private goals. The counsellor's personal working notes are read
by none of these documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date
from enum import StrEnum
from typing import Any

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from caseworker_desktop.documents.model import Block, Bullets, Document, Fields, Heading, Paragraph, Table
from caseworker_desktop.documents.render import render
from caseworker_desktop.domain.agreement import AgreementStatus
from caseworker_desktop.domain.consent import (
    ConsentRecipient,
    InformedHow,
    categories_from_text,
    landlord_consent_in_force,
)
from caseworker_desktop.domain.court import CourtEventKind, FbuStatus
from caseworker_desktop.domain.engagement import (
    NOT_RECORDED,
    Attitude,
    LifeDomain,
    OutreachChannel,
    OutreachResult,
)
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.followup import ContactKind, GoalsAchieved
from caseworker_desktop.domain.plan import EvaluationDecision, GoalActor, GoalResult, PlanStatus
from caseworker_desktop.domain.referral import Problem, ReferralSource, Relation
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory
from caseworker_desktop.domain.status import RUNNING, CaseStatus, ClosingReason
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.document_support import DocumentRef, DocumentSupport
from caseworker_desktop.services.parties import landlord_and_contact, postal_address
from caseworker_desktop.services.plans import (
    GoalView,
    PlanService,
    conditions_of,
    consents_of,
    goals_of,
    in_force_of,
    plan_view,
    versions_of,
)
from caseworker_desktop.services.wording import LANGUAGES
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import (
    Case,
    Client,
    HouseholdMember,
    Partner,
    ProfileInfo,
    ReferralRecord,
    StatusChange,
    Tenancy,
)
from caseworker_desktop.store.models_agreement import Agreement
from caseworker_desktop.store.models_trajectory import (
    CaseProfile,
    Closure,
    Consent,
    Contact,
    CourtEvent,
    Evaluation,
    FbuApplication,
    Goal,
    GoalEvaluation,
    Intake,
    IntakeDomain,
    LacMeeting,
    OutreachAttempt,
    Payment,
    PaymentPlan,
    PlanVersion,
)
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock, UnitOfWork

WORDING = "documents"
TAG = "cwd-document/1"

# The enumerations whose stored values the documents print, by their group under [labels] in the
# wording; a test checks every value has a label in every language.
LABELLED: dict[str, type[StrEnum]] = {
    "life_domain": LifeDomain,
    "goal_actor": GoalActor,
    "goal_result": GoalResult,
    "decision": EvaluationDecision,
    "case_status": CaseStatus,
    "closing_reason": ClosingReason,
    "goals_achieved": GoalsAchieved,
    "contact_kind": ContactKind,
    "court_event": CourtEventKind,
    "fbu_status": FbuStatus,
    "problem": Problem,
    "referral_source": ReferralSource,
    "relation": Relation,
    "outreach_channel": OutreachChannel,
    "outreach_result": OutreachResult,
    "attitude": Attitude,
    "category": DataCategory,
    "consent_recipient": ConsentRecipient,
    "informed_how": InformedHow,
    "agreement_status": AgreementStatus,
}
RATINGS = ("1", "2", "3", "4", "5")

# The renderer cannot break a table row over two pages, so a cell longer than about a page would stop
# the whole document; long texts continue on the next row of the same table instead.
CELL_LIMIT = 1200
LINE_COST = 60  # a line break in a cell uses about one whole line

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


# --- wording ----------------------------------------------------------------------------------------
class _Words:
    """One language's document wording, read by dotted key. A key missing from an organisation's own
    copy refuses the document with the key's name, rather than printing half a sentence."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __call__(self, key: str, **values: object) -> str:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise RuleViolation("wording_unreadable", file=f"{WORDING}.toml", key=key)
            node = node[part]
        if not isinstance(node, str):
            raise RuleViolation("wording_unreadable", file=f"{WORDING}.toml", key=key)

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in values:
                raise RuleViolation("wording_unreadable", file=f"{WORDING}.toml", key=key)
            return str(values[name])

        # One pass, so braces inside client text are printed as typed, never filled in.
        return _PLACEHOLDER.sub(fill, node)

    def label(self, group: str, value: str | None) -> str:
        if not value:
            return self("none")
        labels = self._data.get("labels")
        group_labels = labels.get(group) if isinstance(labels, dict) else None
        found = group_labels.get(value) if isinstance(group_labels, dict) else None
        # A value written by a newer version prints as stored rather than stopping the print.
        return found if isinstance(found, str) else value

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self("none")
        return self("yes") if value else self("no")

    def day(self, value: date | None) -> str:
        return value.strftime("%d/%m/%Y") if value else self("none")

    def money(self, cents: int | None) -> str:
        if cents is None:
            return self("none")
        sign = "-" if cents < 0 else ""
        euros, rest = divmod(abs(cents), 100)
        grouped = f"{euros:,}".replace(",", self("format.thousands"))
        return self("format.amount", amount=f"{sign}{grouped}{self('format.decimal')}{rest:02d}")

    def text(self, value: str | None) -> str:
        """Free text as recorded, with the tenant's 'do not record' shown in words."""
        if value == NOT_RECORDED:
            return self("not_recorded")
        return value if value else self("none")


def _language(language: str) -> str:
    return language if language in LANGUAGES else LANGUAGES[0]


# --- long texts ---------------------------------------------------------------------------------------
def _weight(text: str) -> int:
    return len(text) + LINE_COST * text.count("\n")


def _pieces(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """The text cut at line breaks, else between words, into parts that each fit a table cell."""
    if _weight(text) <= limit:
        return [text]
    units: list[str] = []
    for line in text.split("\n"):
        if len(line) <= limit:
            units.append(line)
            continue
        part = ""
        for word in line.split(" "):
            while len(word) > limit:  # one unbroken string longer than a cell
                if part:
                    units.append(part)
                    part = ""
                units.append(word[:limit])
                word = word[limit:]
            candidate = f"{part} {word}" if part else word
            if len(candidate) > limit:
                units.append(part)
                part = word
            else:
                part = candidate
        units.append(part)
    pieces: list[str] = []
    current: list[str] = []
    for unit in units:
        if current and _weight("\n".join([*current, unit])) > limit:
            pieces.append("\n".join(current))
            current = []
        current.append(unit)
    if current:
        pieces.append("\n".join(current))
    return pieces


def _rows(cells: Sequence[str]) -> list[tuple[str, ...]]:
    """One table row, continued on following rows where a cell is too long for one page."""
    parts = [_pieces(cell) for cell in cells]
    depth = max(len(p) for p in parts)
    return [tuple(p[i] if i < len(p) else "" for p in parts) for i in range(depth)]


def _fields(rows: Iterable[tuple[str, str]]) -> Fields:
    found: list[tuple[str, str]] = []
    for label, value in rows:
        found += [(label if i == 0 else "", piece) for i, piece in enumerate(_pieces(value))]
    return Fields(tuple(found))


def _table(header: tuple[str, ...], rows: Iterable[Sequence[str]], widths: tuple[float, ...]) -> Table:
    return Table(header, tuple(row for cells in rows for row in _rows(cells)), widths)


# --- reading helpers ----------------------------------------------------------------------------------
def _shareable(category: str) -> bool:
    """Only a known, ordinary category may reach the landlord; anything unclear stays private."""
    return category in DataCategory._value2member_map_ and DataCategory(category) not in SPECIAL_CATEGORIES


def _landlord_goal(goal: Goal | GoalView) -> bool:
    return goal.landlord_shared and _shareable(str(goal.category))


def _full_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


@dataclass(frozen=True)
class _People:
    """Who a document is about and between: names only, as the agreement prints them."""

    case_number: str
    tenant: str
    address: str
    landlord: str
    landlord_contact: str
    counsellor: str
    organisation: str


def _address(client: Client, words: _Words) -> str:
    return postal_address(client, words("format.box"))


def _people(session: Session, case: Case, words: _Words) -> _People:
    client = session.get_one(Client, case.client_id)
    tenancy = session.scalars(select(Tenancy).where(Tenancy.case_id == case.id)).first()
    landlord, contact = landlord_and_contact(session, tenancy)
    info = session.scalars(select(ProfileInfo)).one()
    return _People(
        case_number=case.number,
        tenant=_full_name(client.first_name, client.last_name),
        address=_address(client, words),
        landlord=landlord.name if landlord else "",
        landlord_contact=contact.name if contact else "",
        counsellor=case.counsellor_name or info.display_name,
        organisation=info.organisation,
    )


def _results(session: Session, evaluation_id: str) -> list[tuple[GoalEvaluation, Goal]]:
    rows = session.execute(
        select(GoalEvaluation, Goal)
        .join(Goal, Goal.id == GoalEvaluation.goal_id)
        .where(GoalEvaluation.evaluation_id == evaluation_id, GoalEvaluation.deleted.is_(False))
        .order_by(Goal.position)
    ).all()
    return [(result, goal) for result, goal in rows]


def _live(session: Session, model: Any, column: Any, value: str, *order: Any) -> list[Any]:
    return list(
        session.scalars(select(model).where(column == value, model.deleted.is_(False)).order_by(*order))
    )


# --- the service ----------------------------------------------------------------------------------------
class CaseDocumentService(StoreService):
    def __init__(
        self, store: OpenStore, actor: str, clock: Clock, support: DocumentSupport, plans: PlanService
    ) -> None:
        super().__init__(store, actor, clock)
        self._support = support
        self._plans = plans

    # --- the action plan ------------------------------------------------------------------------------
    def plan_full(self, case_id: str, language: str) -> tuple[bytes, DocumentRef]:
        """The whole plan in force (the latest draft while none is agreed), for tenant and counsellor."""
        lang = _language(language)
        words = self._words(lang)
        with self._uow() as uow:
            session = uow.session
            case = self._case(uow, case_id)
            plan = in_force_of(session, case_id)
            if plan is None:
                versions = versions_of(session, case_id)
                plan = versions[-1] if versions else None
            if plan is None:
                raise RuleViolation("plan_not_agreed")
            uow.audit(AuditAction.READ, PlanVersion.kind, plan.id)
            view = plan_view(session, plan)
            people = _people(session, case, words)
        blocks: list[Block] = [
            _fields(
                [
                    (words("field.tenant"), people.tenant),
                    (words("field.address"), people.address),
                    (words("field.counsellor"), f"{people.counsellor} ({people.organisation})"),
                    (words("field.landlord"), people.landlord or words("none")),
                ]
            ),
            Paragraph(words("plan_full.intro")),
            Heading(words("plan_full.goals")),
        ]
        for number, goal in enumerate(view.goals, start=1):
            blocks.append(Heading(words("goal.heading", number=number), level=2))
            blocks.append(_fields(self._goal_rows(words, goal)))
        if not view.goals:
            blocks.append(Paragraph(words("plan_full.no_goals")))
        blocks.append(Heading(words("plan_full.conditions")))
        blocks.extend(self._conditions(words, [c.text for c in view.conditions]))
        return self._finish(
            lang,
            words,
            title=words("plan_full.title"),
            subtitle=self._plan_subtitle(words, people.case_number, view.number, view.status, view.agreed_on),
            blocks=blocks,
            copy_for="tenant",
            kind="plan_full",
            case_number=people.case_number,
            ref=DocumentRef(PlanVersion.kind, view.id),
        )

    def plan_landlord(self, case_id: str, language: str) -> tuple[bytes, DocumentRef]:
        """The landlord's extract of the plan in force: its shared goals and the conditions. Refused
        (landlord_consent_missing) while no landlord consent is in force."""
        lang = _language(language)
        words = self._words(lang)
        part = self._plans.landlord_part(case_id)
        goals = [g for g in part.goals if _landlord_goal(g)]
        with self._uow() as uow:
            case = self._case(uow, case_id)
            people = _people(uow.session, case, words)
        blocks: list[Block] = [
            _fields(self._landlord_parties(words, people)),
            Paragraph(
                words(
                    "plan_landlord.intro",
                    version=part.number,
                    agreed_on=words.day(part.agreed_on),
                    organisation=people.organisation,
                )
            ),
            Heading(words("plan_landlord.goals")),
        ]
        for number, goal in enumerate(goals, start=1):
            blocks.append(Heading(words("goal.heading", number=number), level=2))
            blocks.append(
                _fields(
                    [
                        (words("goal.description"), goal.description),
                        (words("goal.measure"), goal.measure or words("none")),
                        (words("goal.deadline"), words.day(goal.deadline)),
                        (words("goal.actor"), words.label("goal_actor", goal.actor.value)),
                    ]
                )
            )
        if not goals:
            blocks.append(Paragraph(words("plan_landlord.no_goals")))
        blocks.append(Heading(words("plan_landlord.conditions")))
        blocks.extend(self._conditions(words, [c.text for c in part.conditions]))
        blocks.append(Paragraph(words("plan_landlord.outro", counsellor=people.counsellor)))
        return self._finish(
            lang,
            words,
            title=words("plan_landlord.title"),
            subtitle=words(
                "plan_landlord.subtitle",
                case_number=people.case_number,
                version=part.number,
                agreed_on=words.day(part.agreed_on),
            ),
            blocks=blocks,
            copy_for="landlord",
            kind="plan_landlord",
            case_number=people.case_number,
            ref=DocumentRef(PlanVersion.kind, part.plan_id),
        )

    # --- the evaluation report --------------------------------------------------------------------------
    def evaluation_full(self, evaluation_id: str, language: str) -> tuple[bytes, DocumentRef]:
        """A held evaluation in full: every goal's result and notes, both summaries, the decision."""
        lang = _language(language)
        words = self._words(lang)
        with self._uow() as uow:
            session = uow.session
            evaluation = self._held_evaluation(uow, evaluation_id)
            case = session.get_one(Case, evaluation.case_id)
            people = _people(session, case, words)
            results = _results(session, evaluation.id)
            plan_number = self._plan_number(session, [goal for _, goal in results])
            table = self._results_table(words, results) if results else None
            held_on, planned_on, next_on = evaluation.held_on, evaluation.planned_on, evaluation.next_on
            summary, private = evaluation.landlord_summary, evaluation.private_notes
            decision = evaluation.decision
        blocks: list[Block] = [
            _fields(
                [
                    (words("field.tenant"), people.tenant),
                    (words("field.counsellor"), f"{people.counsellor} ({people.organisation})"),
                    (words("evaluation.planned_on"), words.day(planned_on)),
                    (words("evaluation.held_on"), words.day(held_on)),
                    (
                        words("evaluation.plan"),
                        words("evaluation.plan_version", version=plan_number)
                        if plan_number
                        else words("none"),
                    ),
                ]
            ),
            Heading(words("evaluation.results")),
            table or Paragraph(words("evaluation.no_results")),
            Heading(words("evaluation.landlord_summary")),
            Paragraph(summary or words("none")),
            Heading(words("evaluation.private_notes")),
            Paragraph(private or words("none")),
            Heading(words("evaluation.decision_heading")),
            _fields(
                [
                    (words("evaluation.decision"), words.label("decision", decision)),
                    (words("evaluation.next_on"), words.day(next_on)),
                ]
            ),
        ]
        return self._finish(
            lang,
            words,
            title=words("evaluation.title"),
            subtitle=words("evaluation.subtitle", case_number=people.case_number, date=words.day(held_on)),
            blocks=blocks,
            copy_for="tenant",
            kind="evaluation_full",
            case_number=people.case_number,
            ref=DocumentRef(Evaluation.kind, evaluation_id),
        )

    def evaluation_landlord(self, evaluation_id: str, language: str) -> tuple[bytes, DocumentRef]:
        """The landlord's version of a held evaluation: the shared goals' results and notes, the summary
        written for the landlord and the next date. Refused while no landlord consent is in force."""
        lang = _language(language)
        words = self._words(lang)
        with self._uow() as uow:
            session = uow.session
            evaluation = self._held_evaluation(uow, evaluation_id)
            self._check_landlord_consent(session, evaluation.case_id)
            case = session.get_one(Case, evaluation.case_id)
            people = _people(session, case, words)
            shared = [(r, g) for r, g in _results(session, evaluation.id) if _landlord_goal(g)]
            rows = [
                (goal.description, words.label("goal_result", result.result), result.notes or words("none"))
                for result, goal in shared
            ]
            held_on, next_on, summary = evaluation.held_on, evaluation.next_on, evaluation.landlord_summary
        blocks: list[Block] = [
            _fields(
                [
                    *self._landlord_parties(words, people),
                    (words("evaluation.held_on"), words.day(held_on)),
                ]
            ),
            Paragraph(words("evaluation_landlord.intro")),
            Heading(words("evaluation_landlord.results")),
            _table(
                (words("evaluation.goal"), words("evaluation.result"), words("evaluation.notes")),
                rows,
                (4.5, 1.7, 4),
            )
            if rows
            else Paragraph(words("evaluation_landlord.no_results")),
            Heading(words("evaluation_landlord.summary")),
            Paragraph(summary or words("none")),
            Heading(words("evaluation_landlord.next")),
            Paragraph(
                words("evaluation_landlord.next_on", date=words.day(next_on))
                if next_on
                else words("evaluation_landlord.no_next")
            ),
        ]
        return self._finish(
            lang,
            words,
            title=words("evaluation_landlord.title"),
            subtitle=words("evaluation.subtitle", case_number=people.case_number, date=words.day(held_on)),
            blocks=blocks,
            copy_for="landlord",
            kind="evaluation_landlord",
            case_number=people.case_number,
            ref=DocumentRef(Evaluation.kind, evaluation_id),
        )

    # --- the closure letter -----------------------------------------------------------------------------
    def closure_letter(self, case_id: str, language: str) -> tuple[bytes, DocumentRef]:
        """The letter telling the landlord the support ended and its housing result: the end date,
        whether an eviction was avoided, and each shared goal's result at the last evaluation. Refused
        while no landlord consent is in force, and before the closure is recorded."""
        lang = _language(language)
        words = self._words(lang)
        with self._uow() as uow:
            session = uow.session
            case = self._case(uow, case_id)
            self._check_landlord_consent(session, case_id)
            closure = session.scalars(
                select(Closure).where(Closure.case_id == case_id, Closure.deleted.is_(False))
            ).first()
            if closure is None or CaseStatus(case.status) in RUNNING:
                raise RuleViolation("closure_not_recorded")
            uow.audit(AuditAction.READ, Closure.kind, closure.id)
            closure_id = closure.id
            people = _people(session, case, words)
            closed_on, avoided = closure.closed_on, closure.eviction_avoided
            plan = in_force_of(session, case_id)
            goals = [g for g in goals_of(session, plan.id) if _landlord_goal(g)] if plan else []
            last = session.scalars(
                select(Evaluation)
                .where(
                    Evaluation.case_id == case_id,
                    Evaluation.deleted.is_(False),
                    Evaluation.held_on.is_not(None),
                )
                .order_by(Evaluation.held_on.desc(), Evaluation.planned_on.desc())
            ).first()
            evaluated_on = last.held_on if last else None
            by_id: dict[str, str] = {}
            by_text: dict[str, str] = {}
            if last is not None:
                for result, goal in _results(session, last.id):
                    if _landlord_goal(goal):
                        by_id[goal.id] = result.result
                        by_text[goal.description] = result.result
            # A plan changed after the last evaluation holds copies of its goals: same text, new id.
            outcomes = [(g.description, by_id.get(g.id) or by_text.get(g.description)) for g in goals]
        blocks: list[Block] = [
            _fields(
                [
                    (words("closure_letter.to"), self._addressee(people)),
                    (words("closure_letter.about"), f"{people.tenant}, {people.address}".strip(", ")),
                    (words("closure_letter.date"), words.day(self._today())),
                ]
            ),
            Paragraph(
                words("closure_letter.salutation", name=people.landlord_contact)
                if people.landlord_contact
                else words("closure_letter.salutation_plain")
            ),
            Paragraph(words("closure_letter.ended", tenant=people.tenant, date=words.day(closed_on))),
            Paragraph(
                words("closure_letter.eviction_avoided" if avoided else "closure_letter.eviction_not_avoided")
            ),
        ]
        if outcomes:
            if evaluated_on is not None:
                blocks.append(Paragraph(words("closure_letter.results", date=words.day(evaluated_on))))
            else:
                blocks.append(Paragraph(words("closure_letter.no_evaluation")))
            blocks.append(
                _table(
                    (words("evaluation.goal"), words("evaluation.result")),
                    [
                        (
                            text,
                            words.label("goal_result", result) if result else words("closure_letter.unknown"),
                        )
                        for text, result in outcomes
                    ],
                    (5, 2),
                )
            )
        blocks += [
            Paragraph(words("closure_letter.thanks")),
            Paragraph(words("closure_letter.regards")),
            Paragraph(f"{people.counsellor}\n{words('closure_letter.role')}, {people.organisation}"),
        ]
        return self._finish(
            lang,
            words,
            title=words("closure_letter.title"),
            subtitle=words("closure_letter.subtitle", case_number=people.case_number),
            blocks=blocks,
            copy_for="landlord",
            kind="closure_letter",
            case_number=people.case_number,
            ref=DocumentRef(Closure.kind, closure_id),
        )

    # --- the tenant's own file --------------------------------------------------------------------------
    def tenant_file(self, case_id: str, language: str) -> tuple[bytes, DocumentRef]:
        """Everything recorded about the tenant in this case and the episodes before it (right of
        access), except the counsellor's personal working notes, which are not part of the file."""
        lang = _language(language)
        words = self._words(lang)
        with self._uow() as uow:
            session = uow.session
            case = self._case(uow, case_id)
            client = session.get_one(Client, case.client_id)
            uow.audit(AuditAction.READ, Client.kind, client.id)
            people = _people(session, case, words)
            episodes = [case]
            while episodes[-1].previous_case_id is not None:
                episodes.append(session.get_one(Case, episodes[-1].previous_case_id))
            blocks: list[Block] = [
                Paragraph(words("tenant_file.intro", organisation=people.organisation)),
                Paragraph(words("tenant_file.not_included")),
                *self._client_blocks(session, client, words),
            ]
            for episode in episodes:
                uow.audit(AuditAction.READ, Case.kind, episode.id)
                blocks += self._episode_blocks(session, episode, words)
        numbers = ", ".join(e.number for e in episodes)
        return self._finish(
            lang,
            words,
            title=words("tenant_file.title"),
            subtitle=words(
                "tenant_file.subtitle_more" if len(episodes) > 1 else "tenant_file.subtitle",
                tenant=people.tenant,
                numbers=numbers,
                date=words.day(self._today()),
            ),
            blocks=blocks,
            copy_for="tenant",
            kind="tenant_file",
            case_number=people.case_number,
            ref=DocumentRef(Case.kind, case_id),
        )

    def _client_blocks(self, session: Session, client: Client, words: _Words) -> list[Block]:
        blocks: list[Block] = [
            Heading(words("tenant_file.person")),
            _fields(
                [
                    (words("field.name"), _full_name(client.first_name, client.last_name)),
                    (words("field.national_number"), _national_number(client.national_number, words)),
                    (words("field.birth_date"), words.day(client.birth_date)),
                    (words("field.address"), _address(client, words) or words("none")),
                    (words("field.phone"), client.phone or words("none")),
                    (words("field.email"), client.email or words("none")),
                ]
            ),
        ]
        members = _live(
            session,
            HouseholdMember,
            HouseholdMember.client_id,
            client.id,
            HouseholdMember.created_at,
            literal_column("household_member.rowid"),
        )
        blocks.append(Heading(words("tenant_file.household")))
        if members:
            blocks.append(
                _table(
                    (words("field.name"), words("field.relation"), words("field.birth_year")),
                    [
                        (
                            _full_name(m.first_name, m.last_name),
                            words.label("relation", m.relation),
                            str(m.birth_year) if m.birth_year else words("none"),
                        )
                        for m in members
                    ],
                    (3, 2, 1.2),
                )
            )
        else:
            blocks.append(Paragraph(words("tenant_file.no_household")))
        return blocks

    def _episode_blocks(self, session: Session, case: Case, words: _Words) -> list[Block]:
        blocks: list[Block] = [
            Heading(words("tenant_file.episode", number=case.number)),
            Paragraph(
                words(
                    "tenant_file.episode_line",
                    date=words.day(case.referral_date),
                    status=words.label("case_status", case.status),
                    counsellor=case.counsellor_name,
                )
            ),
        ]
        for part in (
            self._referral_part,
            self._history_part,
            self._outreach_part,
            self._start_part,
            self._consent_part,
            self._intake_part,
            self._plan_part,
            self._agreement_part,
            self._contact_part,
            self._evaluation_part,
            self._closure_part,
            self._court_part,
            self._payment_part,
            self._fbu_part,
            self._lac_part,
        ):
            blocks += part(session, case, words)
        return blocks

    def _referral_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        blocks: list[Block] = []
        record = session.scalars(select(ReferralRecord).where(ReferralRecord.case_id == case.id)).first()
        if record is not None:
            problems = ", ".join(words.label("problem", p) for p in record.problems.split(",") if p)
            blocks += [
                Heading(words("tenant_file.referral"), level=2),
                _fields(
                    [
                        (words("referral.date"), words.day(case.referral_date)),
                        (words("referral.source"), words.label("referral_source", record.source)),
                        (words("referral.referrer"), record.referrer_name or words("none")),
                        (words("referral.referrer_contact"), record.referrer_contact or words("none")),
                        (words("referral.problems"), problems or words("none")),
                        (words("referral.steps_taken"), words.text(record.steps_taken)),
                        (words("referral.question"), words.text(record.question)),
                        (words("referral.eviction_procedure"), words.yes_no(record.eviction_procedure)),
                    ]
                ),
            ]
        tenancy = session.scalars(select(Tenancy).where(Tenancy.case_id == case.id)).first()
        if tenancy is not None:
            landlord, contact = landlord_and_contact(session, tenancy)
            blocks += [
                Heading(words("tenant_file.tenancy"), level=2),
                _fields(
                    [
                        (words("field.landlord"), landlord.name if landlord else words("none")),
                        (words("tenancy.contact"), contact.name if contact else words("none")),
                        (words("tenancy.rent"), words.money(tenancy.monthly_rent_cents)),
                        (words("tenancy.arrears"), words.money(tenancy.arrears_cents)),
                        (
                            words("tenancy.arrears_months"),
                            str(tenancy.arrears_months)
                            if tenancy.arrears_months is not None
                            else words("none"),
                        ),
                    ]
                ),
            ]
        return blocks

    def _history_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        changes = _live(
            session,
            StatusChange,
            StatusChange.case_id,
            case.id,
            StatusChange.created_at,
            literal_column("status_change.rowid"),
        )
        if not changes:
            return []
        rows = [
            (
                words.day(c.effective_on or (c.created_at.date() if c.created_at else None)),
                words.label("case_status", c.to_status),
                words.label("closing_reason", c.reason) if c.reason else "",
                c.motivation,
            )
            for c in changes
        ]
        return [
            Heading(words("tenant_file.history"), level=2),
            _table(
                (
                    words("field.date"),
                    words("history.status"),
                    words("history.reason"),
                    words("history.motivation"),
                ),
                rows,
                (1.4, 2, 2, 4),
            ),
        ]

    def _outreach_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        attempts = _live(
            session,
            OutreachAttempt,
            OutreachAttempt.case_id,
            case.id,
            OutreachAttempt.on,
            literal_column("outreach_attempt.rowid"),
        )
        if not attempts:
            return []
        return [
            Heading(words("tenant_file.outreach"), level=2),
            _table(
                (
                    words("field.date"),
                    words("outreach.channel"),
                    words("outreach.result"),
                    words("outreach.note"),
                ),
                [
                    (
                        words.day(a.on),
                        words.label("outreach_channel", a.channel),
                        words.label("outreach_result", a.result),
                        a.note,
                    )
                    for a in attempts
                ],
                (1.4, 2, 2, 4),
            ),
        ]

    def _start_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        profile = session.scalars(
            select(CaseProfile).where(CaseProfile.case_id == case.id, CaseProfile.deleted.is_(False))
        ).first()
        if profile is None:
            return []
        rows = [
            (words("start.attitude"), words.label("attitude", profile.attitude)),
            (words("start.landlord_mandate_on"), words.day(profile.landlord_mandate_on)),
            (words("start.tenant_agreement_on"), words.day(profile.tenant_agreement_on)),
        ]
        if profile.not_started_motivation:
            rows.append((words("start.not_started"), profile.not_started_motivation))
        if profile.aftercare_until:
            rows.append((words("start.aftercare_until"), words.day(profile.aftercare_until)))
        return [Heading(words("tenant_file.start"), level=2), _fields(rows)]

    def _consent_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        consents: list[Consent] = _live(
            session, Consent, Consent.case_id, case.id, Consent.given_on, literal_column("consent.rowid")
        )
        if not consents:
            return []
        rows = []
        for c in consents:
            organisation = ""
            if c.organisation_id:
                partner = session.get(Partner, c.organisation_id)
                organisation = partner.name if partner else ""
            categories = ", ".join(
                words.label("category", k.value) for k in sorted(categories_from_text(c.categories))
            )
            who = words.label("consent_recipient", c.recipient)
            if organisation or c.organisation_name:
                who = f"{who}:\n{organisation or c.organisation_name}"
            given = words.day(c.given_on)
            if c.informed_how:
                given = f"{given}\n{words.label('informed_how', c.informed_how).lower()}"
            rows.append(
                (who, c.purpose, categories, given, words.day(c.withdrawn_on) if c.withdrawn_on else "")
            )
        return [
            Heading(words("tenant_file.consents"), level=2),
            _table(
                (
                    words("consent.recipient"),
                    words("consent.purpose"),
                    words("consent.categories"),
                    words("consent.given_on"),
                    words("consent.withdrawn_on"),
                ),
                rows,
                (2.7, 2.6, 1.9, 1.5, 1.5),
            ),
        ]

    def _intake_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        intake = session.scalars(
            select(Intake).where(Intake.case_id == case.id, Intake.deleted.is_(False))
        ).first()
        domains: list[IntakeDomain] = _live(session, IntakeDomain, IntakeDomain.case_id, case.id)
        if intake is None and not domains:
            return []
        blocks: list[Block] = [Heading(words("tenant_file.intake"), level=2)]
        if intake is not None:
            blocks.append(
                _fields(
                    [
                        (words("intake.held_on"), words.day(intake.held_on)),
                        (words("intake.own_question"), words.text(intake.own_question)),
                        (words("intake.housing_skills"), self._rating(words, intake.housing_skills_rating)),
                        (words("intake.housing_skills_notes"), words.text(intake.housing_skills_notes)),
                        (words("intake.services_involved"), words.text(intake.services_involved)),
                        (words("intake.household_situation"), words.text(intake.household_situation)),
                    ]
                )
            )
        order = {d.value: i for i, d in enumerate(LifeDomain)}
        domains.sort(key=lambda d: order.get(d.domain, len(order)))
        if domains:
            blocks.append(
                _table(
                    (
                        words("intake.domain"),
                        words("intake.rating"),
                        words("intake.category"),
                        words("intake.notes"),
                    ),
                    [
                        (
                            words.label("life_domain", d.domain),
                            self._rating(words, d.rating),
                            words.label("category", d.category),
                            words.text(d.notes),
                        )
                        for d in domains
                    ],
                    (2.2, 2.2, 1.8, 4),
                )
            )
        return blocks

    def _plan_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        blocks: list[Block] = []
        for version in versions_of(session, case.id):
            view = plan_view(session, version)
            if view.status == PlanStatus.DRAFT or view.agreed_on is None:
                heading = words("tenant_file.plan_draft", version=view.number)
            else:
                key = "plan_superseded" if view.status == PlanStatus.SUPERSEDED else "plan_agreed"
                heading = words(
                    f"tenant_file.{key}", version=view.number, agreed_on=words.day(view.agreed_on)
                )
            blocks.append(Heading(heading, level=2))
            for number, goal in enumerate(view.goals, start=1):
                rows = self._goal_rows(words, goal)
                rows[0] = (words("goal.heading", number=number), rows[0][1])
                blocks.append(_fields(rows))
            if not view.goals:
                blocks.append(Paragraph(words("plan_full.no_goals")))
            conditions = [c.text for c in conditions_of(session, version.id)]
            if conditions:
                blocks.append(Paragraph(words("tenant_file.plan_conditions")))
                blocks.append(Bullets(tuple(conditions)))
        return blocks

    def _agreement_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        rows = _live(session, Agreement, Agreement.case_id, case.id, Agreement.number)
        if not rows:
            return []

        def status(row: Agreement) -> AgreementStatus:
            if row.superseded_on is not None:
                return AgreementStatus.SUPERSEDED
            if row.in_force_on is not None:
                return AgreementStatus.IN_FORCE
            return AgreementStatus.SIGNING if row.content_hash else AgreementStatus.DRAFT

        return [
            Heading(words("tenant_file.agreements"), level=2),
            _table(
                (
                    words("agreement.version"),
                    words("agreement.status"),
                    words("agreement.in_force_on"),
                    words("agreement.superseded_on"),
                ),
                [
                    (
                        str(r.number),
                        words.label("agreement_status", status(r).value),
                        words.day(r.in_force_on),
                        words.day(r.superseded_on),
                    )
                    for r in rows
                ],
                (1, 2, 2, 2),
            ),
        ]

    def _contact_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        contacts: list[Contact] = _live(
            session, Contact, Contact.case_id, case.id, Contact.on, literal_column("contact.rowid")
        )
        if not contacts:
            return []
        rows = []
        for c in contacts:
            kind = words.label("contact_kind", c.contact_kind)
            if c.planned:
                kind = words("contact.planned", kind=kind)
            minutes = words("contact.minutes", minutes=c.duration_min) if c.duration_min else ""
            rows.append((words.day(c.on), kind, c.with_whom, minutes, c.summary))
        return [
            Heading(words("tenant_file.contacts"), level=2),
            _table(
                (
                    words("field.date"),
                    words("contact.kind"),
                    words("contact.with_whom"),
                    words("contact.duration"),
                    words("contact.summary"),
                ),
                rows,
                (1.4, 2.05, 2.3, 1.1, 3.8),
            ),
        ]

    def _evaluation_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        evaluations: list[Evaluation] = _live(
            session, Evaluation, Evaluation.case_id, case.id, Evaluation.planned_on
        )
        if not evaluations:
            return []
        blocks: list[Block] = []
        planned = [e for e in evaluations if e.held_on is None]
        for evaluation in (e for e in evaluations if e.held_on is not None):
            blocks.append(
                Heading(words("tenant_file.evaluation", date=words.day(evaluation.held_on)), level=2)
            )
            blocks.append(
                _fields(
                    [
                        (words("evaluation.decision"), words.label("decision", evaluation.decision)),
                        (words("evaluation.next_on"), words.day(evaluation.next_on)),
                        (words("evaluation.landlord_summary"), evaluation.landlord_summary or words("none")),
                        (words("evaluation.private_notes"), evaluation.private_notes or words("none")),
                    ]
                )
            )
            results = _results(session, evaluation.id)
            if results:
                blocks.append(self._results_table(words, results))
        if planned:
            blocks += [
                Heading(words("tenant_file.evaluations_planned"), level=2),
                Paragraph(", ".join(words.day(e.planned_on) for e in planned)),
            ]
        return blocks

    def _closure_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        closure = session.scalars(
            select(Closure).where(Closure.case_id == case.id, Closure.deleted.is_(False))
        ).first()
        if closure is None:
            return []
        return [
            Heading(words("tenant_file.closure"), level=2),
            _fields(
                [
                    (words("closure.closed_on"), words.day(closure.closed_on)),
                    (words("closure.reason"), words.label("closing_reason", closure.reason)),
                    (words("closure.goals_achieved"), words.label("goals_achieved", closure.goals_achieved)),
                    (words("closure.eviction_avoided"), words.yes_no(closure.eviction_avoided)),
                    (words("closure.housing_situation"), words.text(closure.housing_situation)),
                    (words("closure.referred_to"), words.text(closure.referred_to)),
                ]
            ),
        ]

    def _court_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        events: list[CourtEvent] = _live(
            session,
            CourtEvent,
            CourtEvent.case_id,
            case.id,
            CourtEvent.on,
            literal_column("court_event.rowid"),
        )
        if not events:
            return []
        return [
            Heading(words("tenant_file.court"), level=2),
            _table(
                (words("field.date"), words("court.event"), words("court.notes")),
                [(words.day(e.on), words.label("court_event", e.event), e.notes) for e in events],
                (1.4, 2.5, 5),
            ),
        ]

    def _payment_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        plans: list[PaymentPlan] = _live(
            session, PaymentPlan, PaymentPlan.case_id, case.id, PaymentPlan.first_due_on
        )
        blocks: list[Block] = []
        for plan in plans:
            blocks += [
                Heading(words("tenant_file.payment_plan", date=words.day(plan.first_due_on)), level=2),
                _fields(
                    [
                        (words("payment.total"), words.money(plan.total_arrears_cents)),
                        (words("payment.instalment"), words.money(plan.instalment_cents)),
                        (words("payment.instalments"), str(plan.instalments)),
                        (words("payment.first_due_on"), words.day(plan.first_due_on)),
                    ]
                ),
            ]
            payments: list[Payment] = _live(session, Payment, Payment.plan_id, plan.id, Payment.due_on)
            if payments:
                blocks.append(
                    _table(
                        (
                            words("payment.due_on"),
                            words("payment.paid_on"),
                            words("payment.amount"),
                            words("payment.missed"),
                        ),
                        [
                            (
                                words.day(p.due_on),
                                words.day(p.paid_on) if p.paid_on else "",
                                words.money(p.amount_cents) if p.amount_cents else "",
                                words("yes") if p.missed else "",
                            )
                            for p in payments
                        ],
                        (1, 1, 1, 1),
                    )
                )
        return blocks

    def _fbu_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        applications: list[FbuApplication] = _live(
            session, FbuApplication, FbuApplication.case_id, case.id, FbuApplication.applied_on
        )
        blocks: list[Block] = []
        for fbu in applications:
            blocks += [
                Heading(words("tenant_file.fbu", date=words.day(fbu.applied_on)), level=2),
                _fields(
                    [
                        (words("fbu.applied_on"), words.day(fbu.applied_on)),
                        (words("fbu.arrears_months"), str(fbu.arrears_months)),
                        (words("fbu.support_accepted"), words.yes_no(fbu.support_accepted)),
                        (words("fbu.budget_counselling"), words.yes_no(fbu.budget_counselling)),
                        (words("fbu.positive_budget_plan"), words.yes_no(fbu.positive_budget_plan)),
                        (words("fbu.status"), words.label("fbu_status", fbu.status)),
                        (words("fbu.decided_on"), words.day(fbu.decided_on)),
                        (words("fbu.notes"), fbu.notes or words("none")),
                    ]
                ),
            ]
        return blocks

    def _lac_part(self, session: Session, case: Case, words: _Words) -> list[Block]:
        meetings: list[LacMeeting] = _live(session, LacMeeting, LacMeeting.case_id, case.id, LacMeeting.on)
        if not meetings:
            return []
        return [
            Heading(words("tenant_file.lac"), level=2),
            _table(
                (words("field.date"), words("lac.decision")),
                [(words.day(m.on), m.decision or words("none")) for m in meetings],
                (1.4, 7),
            ),
        ]

    # --- helpers ------------------------------------------------------------------------------------------
    def _words(self, language: str) -> _Words:
        return _Words(self._support.wording.load(WORDING, language))

    def _case(self, uow: UnitOfWork, case_id: str) -> Case:
        case = uow.session.get(Case, case_id)
        if case is None or case.deleted:
            raise RuleViolation("case_unknown")
        uow.audit(AuditAction.READ, Case.kind, case.id)
        return case

    def _held_evaluation(self, uow: UnitOfWork, evaluation_id: str) -> Evaluation:
        evaluation = uow.session.get(Evaluation, evaluation_id)
        if evaluation is None or evaluation.deleted:
            raise RuleViolation("evaluation_unknown")
        if evaluation.held_on is None:
            raise RuleViolation("evaluation_not_held")
        uow.audit(AuditAction.READ, Evaluation.kind, evaluation.id)
        return evaluation

    def _check_landlord_consent(self, session: Session, case_id: str) -> None:
        """The rule every landlord document answers to: a withdrawn consent stops them all at once."""
        if not landlord_consent_in_force(consents_of(session, case_id), self._today()):
            raise RuleViolation("landlord_consent_missing")

    @staticmethod
    def _plan_number(session: Session, goals: Sequence[Goal]) -> int | None:
        if not goals:
            return None
        return session.get_one(PlanVersion, goals[0].plan_id).number

    @staticmethod
    def _goal_rows(words: _Words, goal: GoalView) -> list[tuple[str, str]]:
        return [
            (words("goal.description"), goal.description),
            (words("goal.measure"), goal.measure or words("none")),
            (words("goal.tenant_agrees"), words.yes_no(goal.tenant_agrees)),
            (words("goal.realism"), goal.realism or words("none")),
            (words("goal.deadline"), words.day(goal.deadline)),
            (words("goal.domain"), words.label("life_domain", goal.domain.value if goal.domain else None)),
            (words("goal.actor"), words.label("goal_actor", goal.actor.value)),
            (words("goal.steps"), goal.steps or words("none")),
            (words("goal.landlord_shared"), words.yes_no(_landlord_goal(goal))),
        ]

    @staticmethod
    def _results_table(words: _Words, results: Sequence[tuple[GoalEvaluation, Goal]]) -> Table:
        return _table(
            (
                words("evaluation.goal"),
                words("evaluation.shared"),
                words("evaluation.result"),
                words("evaluation.notes"),
            ),
            [
                (
                    goal.description,
                    words.yes_no(_landlord_goal(goal)),
                    words.label("goal_result", result.result),
                    result.notes or words("none"),
                )
                for result, goal in results
            ],
            (4, 1.9, 1.7, 4),
        )

    @staticmethod
    def _conditions(words: _Words, conditions: Sequence[str]) -> Iterator[Block]:
        if conditions:
            yield Bullets(tuple(conditions))
        else:
            yield Paragraph(words("plan_full.no_conditions"))

    @staticmethod
    def _rating(words: _Words, rating: int | None) -> str:
        return words.label("rating", str(rating)) if rating is not None else words("none")

    @staticmethod
    def _landlord_parties(words: _Words, people: _People) -> list[tuple[str, str]]:
        return [
            (words("field.tenant"), people.tenant),
            (words("field.address"), people.address),
            (words("field.landlord"), people.landlord or words("none")),
            (words("field.counsellor"), f"{people.counsellor} ({people.organisation})"),
        ]

    @staticmethod
    def _addressee(people: _People) -> str:
        return "\n".join(p for p in (people.landlord, people.landlord_contact) if p)

    @staticmethod
    def _plan_subtitle(
        words: _Words, case_number: str, version: int, status: PlanStatus, agreed_on: date | None
    ) -> str:
        if status == PlanStatus.DRAFT or agreed_on is None:
            return words("plan_full.subtitle_draft", case_number=case_number, version=version)
        return words(
            "plan_full.subtitle", case_number=case_number, version=version, agreed_on=words.day(agreed_on)
        )

    def _finish(
        self,
        language: str,
        words: _Words,
        *,
        title: str,
        subtitle: str,
        blocks: Sequence[Block],
        copy_for: str,
        kind: str,
        case_number: str,
        ref: DocumentRef,
    ) -> tuple[bytes, DocumentRef]:
        common = self._support.common(language)
        letterhead = self._support.letterhead()
        document = Document(
            title=title,
            letterhead=letterhead,
            blocks=tuple(blocks),
            page_label=str(common["page_label"]),
            language=language,
            subtitle=subtitle,
            copy_for=str(common["copy_for"][copy_for]),
            # Names never go into the tag: it is readable in any PDF viewer's document properties.
            keywords=f"{TAG} kind={kind} case={case_number}",
            author=letterhead.organisation,
            created=self._clock().replace(tzinfo=UTC).isoformat(),
        )
        return render(document), ref


def _national_number(digits: str, words: _Words) -> str:
    if len(digits) == 11 and digits.isdigit():
        return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:11]}"
    return digits or words("none")
